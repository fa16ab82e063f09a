"""Imported once by the process the Dask test's worker processes are forked from (a forkserver,
tests/e2e/test_dask.py): the per-document stages the workers are sent (ingest, normalise, segment,
metadata, the baseline) run here once on two small texts of their own, one English, one French,
so their modules are imported and their models (spaCy's, py3langid's, quantulum3's) loaded once,
not once in each worker. The workers are still processes of their own: what they compute for
the seeds is sent to them, and back, through the scheduler."""

from __future__ import annotations

import tempfile
from pathlib import Path

from pipeline.baseline import baseline_rows
from pipeline.documents import build_documents
from pipeline.stages.ingest import ingest_frames
from pipeline.stages.normalise import normalise_frame
from pipeline.stages.segment import segment_frame

TEXTS = {
    "2024-03-01_warm-up.txt": "Joint statement\n\nLondon, 1 March 2024\n\n"
    "The United Kingdom will provide £1 million to France. 120 people crossed.\n",
    "2024-03-02_warm-up-fr.txt": "Déclaration commune\n\nParis, le 2 mars 2024\n\n"
    "La France versera 1 million d'euros. 120 personnes ont traversé.\n",
}


def warm_up() -> None:
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder)
        for name, text in TEXTS.items():
            (raw / name).write_text(text, encoding="utf-8")
        frames, manifest, _, _ = ingest_frames(raw)
        normalised = normalise_frame(frames, None, manifest)
        segment_frame(normalised)
        build_documents(normalised, manifest, None, None, frames)
    for name, text in TEXTS.items():
        baseline_rows(name, text)


warm_up()
