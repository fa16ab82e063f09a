"""Stage 2, normalise: conversion artefacts repaired, offsets kept back to the raw text."""

import pandas as pd
from dagster import AssetExecutionContext, MetadataValue, Output, asset

from pipeline.text.normalise import normalise

NORMALISED_COLUMNS = ["sha256", "source_file", "text", "n_chars", "raw_chars", "offset_anchors", "list_items"]


def normalise_frame(raw: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for rec in raw.itertuples(index=False):
        n = normalise(rec.text)
        rows.append(
            {
                "sha256": rec.sha256,
                "source_file": rec.source_file,
                "text": n.text,
                "n_chars": len(n.text),
                "raw_chars": len(rec.text),
                "offset_anchors": n.anchors(),
                "list_items": [(m.pos, m.marker, m.kind) for m in n.list_items],
            }
        )
    return pd.DataFrame(rows, columns=NORMALISED_COLUMNS)


@asset(group_name="normalise", kinds={"pandas"}, code_version="1")
def normalised_documents(context: AssetExecutionContext, raw_documents: pd.DataFrame) -> Output[pd.DataFrame]:
    """Each document's text with conversion artefacts repaired by general rules — LaTeX currency
    signs (`$\\notin$` → €), HTML footnote marks, PDF line breaks inside sentences and ordinals,
    page-break whitespace, bullet glyphs and enumeration marks (lifted into `list_items`), stray
    `./.` endings, web-page chrome — one paragraph per line. `offset_anchors` maps every
    normalised character back to its raw offset."""
    out = normalise_frame(raw_documents)
    kept = float((out["n_chars"] / out["raw_chars"]).min()) if len(out) else 1.0
    return Output(
        out,
        metadata={
            "dagster/row_count": len(out),
            "min_share_of_raw_chars_kept": kept,
            "chars": MetadataValue.int(int(out["n_chars"].sum()) if len(out) else 0),
        },
    )
