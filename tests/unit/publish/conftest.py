"""Releases made once per session: most publishing tests start from outputs/ after a first release
of the same small tables, and building one costs a publish. A test gets a private copy (``released``);
nobody may write into the shared one: a changed file fails the session at teardown."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.publish.release import publish_release
from tests.conftest import tree_hashes
from tests.unit.publish.test_release import DAY_ONE, tables_with

Made = dict[tuple[tuple[str, ...], datetime], tuple[Path, dict[str, str]]]


@pytest.fixture(scope="session")
def _first_releases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    made: Made = {}
    yield made
    changed = {
        key: sorted(k for k, v in tree_hashes(outputs).items() ^ before.items())
        for key, (outputs, before) in made.items()
    }
    changed = {key: files for key, files in changed.items() if files}
    assert not changed, f"a test wrote into a shared first release: {changed}"


@pytest.fixture
def released(_first_releases: Made, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """``released(outputs, titles, now)``: ``outputs`` as ``publish_release(tables_with(titles),
    outputs_dir=outputs, now=now)`` leaves it on an empty folder (a copy of that release, published
    once per session); returns the release folder, ``releases/1.0.0``."""

    def copy(outputs: Path, titles: list[str], now: datetime = DAY_ONE) -> Path:
        key = (tuple(titles), now)
        if key not in _first_releases:
            source = tmp_path_factory.mktemp("first-release") / "outputs"
            publish_release(tables_with(list(titles)), outputs_dir=source, now=now)
            _first_releases[key] = (source, tree_hashes(source))
        shutil.copytree(_first_releases[key][0], outputs, symlinks=True, dirs_exist_ok=True)
        return outputs / "releases" / "1.0.0"

    return copy
