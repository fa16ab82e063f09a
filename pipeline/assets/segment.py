"""Stage 3, segment: sentences and list items with exact offsets, headings and lead-ins."""

import pandas as pd
from dagster import Output, asset

from pipeline.text.normalise import ListMarker
from pipeline.text.segment import Segment, segment

SEGMENT_COLUMNS = ["sha256", *Segment.__dataclass_fields__]


def segment_frame(normalised: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for rec in normalised.itertuples(index=False):
        markers = [ListMarker(*m) for m in rec.list_items]
        rows.extend({"sha256": rec.sha256, **s.as_dict()} for s in segment(rec.text, markers))
    frame = pd.DataFrame(rows, columns=SEGMENT_COLUMNS)
    return frame.astype(
        {"seg": "int64", "start": "int64", "end": "int64", "paragraph": "int64", "lead_in": "Int64"}
    )


@asset(group_name="segment", kinds={"pandas", "spacy"}, code_version="1")
def document_segments(normalised_documents: pd.DataFrame) -> Output[pd.DataFrame]:
    """Sentences, list items, headings and datelines of every document, one row each, with exact
    `start`/`end` offsets into the normalised text. A list item carries `lead_in`, the `seg` of the
    sentence it completes ("We will:"), and every segment the section `heading` it sits under.
    Sentences come from spaCy's rule-based sentencizer, mended by named rules."""
    out = segment_frame(normalised_documents)
    return Output(
        out, metadata={"dagster/row_count": len(out), "list_items": int((out["kind"] == "list_item").sum())}
    )
