"""Build the extractors' inputs (documents table and segments) straight from a raw folder with the
pure stage functions — no Dagster — for tests, the evaluation's baseline and quick experiments."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.documents import build_documents
from pipeline.sources import read_manifest, read_raw_dir
from pipeline.text.normalise import normalise
from pipeline.text.segment import segment


def load_corpus(raw_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(documents, segments) for every usable file in ``raw_dir``; segments carry ``sha256``."""
    files, _ = read_raw_dir(Path(raw_dir))
    overrides, _ = read_manifest(Path(raw_dir))
    normalised, segments = [], []
    for f in files:
        n = normalise(f.text)
        normalised.append(
            {"sha256": f.sha256, "source_file": f.source_file, "text": n.text, "n_chars": len(n.text)}
        )
        segments.extend({"sha256": f.sha256, **s.as_dict()} for s in segment(n.text, n.list_items))
    manifest = pd.DataFrame([{"file": k, **v} for k, v in sorted(overrides.items())])
    documents = build_documents(pd.DataFrame(normalised), manifest)
    return documents, pd.DataFrame(segments)
