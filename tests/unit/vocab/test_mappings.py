"""Every vocabulary file is a mapping at its top level: ``vocab.load`` is typed as returning one."""

from __future__ import annotations

import pytest

from pipeline import vocab


@pytest.mark.parametrize("name", sorted(p.stem for p in vocab.VOCAB_DIR.glob("*.yaml")))
def test_every_vocabulary_file_is_a_mapping(name: str) -> None:
    assert isinstance(vocab.load(name), dict)
