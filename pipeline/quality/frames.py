"""The frames each suite runs on: an asset's rows plus columns derived in pandas.

GX has no cross-row or cross-table expectation, so what needs another row or table (a segment
against its document's text, a row's doc_id against documents, a CSV file against its Parquet
twin) is computed here into a plain column — ``slice_matches``, ``doc_found``,
``offset_matches`` — and the suite in ``expectations/`` states what that column must hold.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.contract import FX_NONE, SPAN_TABLES, TABLES, Table
from pipeline.extract.funding import TEXT_FX, gbp_per_eur
from pipeline.sources import MANIFEST_COLUMNS

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")  # the contract's CSV section
_DAYS_PER_YEAR = 365.25


def raw_documents_frame(raw: pd.DataFrame) -> pd.DataFrame:
    """Raw files plus whether the decoded text re-encodes to the same number of bytes (a BOM
    aside); a PDF's or web page's text is extracted, not decoded, so it holds by definition."""
    out = raw.copy()
    encoded = out["text"].map(lambda t: len(t.encode("utf-8")))
    utf16 = out["text"].map(lambda t: len(t.encode("utf-16")))  # UTF-16 read with its BOM
    extracted = out["source_format"] != "txt" if "source_format" in out.columns else False
    out["utf8_round_trip"] = (
        (encoded == out["n_bytes"]) | (encoded + 3 == out["n_bytes"]) | (utf16 == out["n_bytes"]) | extracted
    )
    out["text_chars"] = out["text"].str.len().astype("int64")
    return out


def ingest_ledger_frame(raw: pd.DataFrame, rejections: pd.DataFrame, listing: pd.DataFrame) -> pd.DataFrame:
    """One row per entry ingest listed in raw/ (and per rejected manifest row): accepted or
    rejected, and how many times ingest accounted for it — 1, or it was silently dropped or
    doubled. The listing is the one ingest took (raw_listing): raw/ is not listed again, so a file
    that arrives mid-run waits for the next run instead of showing as unaccounted."""
    on_disk = (
        sorted(listing.loc[listing["kind"] != "manifest", "source_file"].astype("str"))
        if len(listing)
        else []
    )
    accepted = raw["source_file"].tolist() if len(raw) else []
    rejected = rejections["source_file"].tolist() if len(rejections) else []
    names = on_disk + sorted(set(rejected) - set(on_disk))
    times = Counter(accepted) + Counter(rejected)
    kept = set(accepted)
    reasons = dict(zip(rejected, rejections["reason"], strict=True)) if len(rejections) else {}
    details = dict(zip(rejected, rejections["detail"], strict=True)) if len(rejections) else {}
    rows = [
        {
            "source_file": name,
            "outcome": "rejected" if name in reasons else "accepted" if name in kept else "unaccounted",
            "reason": reasons.get(name),
            "detail": details.get(name),
            "times_accounted": times[name],
        }
        for name in names
    ]
    columns = ["source_file", "outcome", "reason", "detail", "times_accounted"]
    return pd.DataFrame(rows, columns=columns).astype(
        {"source_file": "str", "outcome": "str", "reason": "str", "detail": "str", "times_accounted": "int64"}
    )


def manifest_frame(manifest: pd.DataFrame) -> pd.DataFrame:
    """The manifest with every known column present (an absent manifest is an empty frame)."""
    extra = [c for c in manifest.columns if c not in MANIFEST_COLUMNS]
    out = manifest.reindex(columns=[*MANIFEST_COLUMNS, *extra])
    return out.astype({c: "str" for c in out.columns})


def normalised_frame(normalised: pd.DataFrame) -> pd.DataFrame:
    """Normalised texts plus the share of the raw characters kept."""
    out = normalised.drop(columns=["offset_anchors", "list_items"], errors="ignore").copy()
    out["share_of_raw_chars"] = (out["n_chars"] / out["raw_chars"].where(out["raw_chars"] > 0)).astype(
        "float64"
    )
    return out


def segments_frame(segments: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Segments plus: inside their text, equal to their slice, overlapping the previous one,
    and (list items) whose lead-in is an earlier segment of the same document."""
    out = segments.copy()
    n_chars = out["sha256"].map(lambda s: len(texts.get(s, ""))).astype("int64")
    out["doc_found"] = out["sha256"].isin(list(texts))
    out["inside_text"] = (out["start"] >= 0) & (out["end"] > out["start"]) & (out["end"] <= n_chars)
    out["slice_matches"] = [
        texts.get(sha, "")[s:e] == t
        for sha, s, e, t in zip(out["sha256"], out["start"], out["end"], out["text"], strict=True)
    ]
    ordered = out.sort_values(["sha256", "start", "end"], kind="stable")
    previous_end = ordered.groupby("sha256")["end"].shift(1)
    out["overlaps_previous"] = (ordered["start"] < previous_end).reindex(out.index).fillna(False).astype(bool)
    known = set(zip(out["sha256"], out["seg"], strict=True))
    is_item = out["kind"] == "list_item"
    out["lead_in_found"] = [
        (not item) or (pd.notna(lead) and int(lead) < seg and (sha, int(lead)) in known)
        for item, lead, seg, sha in zip(is_item, out["lead_in"], out["seg"], out["sha256"], strict=True)
    ]
    return out


TEXT_COLUMNS = ("sha256", "text")  # what segments are checked against: not the offset maps


def segments_and_texts_frame(segments: pd.DataFrame, normalised: pd.DataFrame) -> pd.DataFrame:
    """:func:`segments_frame` against the normalised texts they were cut from (``TEXT_COLUMNS`` of
    normalised_documents are all it reads)."""
    return segments_frame(segments, dict(zip(normalised["sha256"], normalised["text"], strict=True)))


def documents_frame(documents: pd.DataFrame) -> pd.DataFrame:
    out = documents.copy()
    out["n_chars_matches_text"] = (out["n_chars"] == out["text"].str.len()).fillna(False).astype(bool)
    return out


def cross_table_frame(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per span row of commitments, funding and statistics, with what can only be
    checked against documents: the doc exists, the offsets slice exactly the row's text, the
    row's dates lie near the document's date."""
    docs = tables["documents"].set_index("doc_id")
    doc_text = docs["text"].to_dict()
    doc_date = pd.to_datetime(docs["doc_date"].astype("object")).to_dict()
    frames = []
    for name in SPAN_TABLES:
        df = tables.get(name)
        if df is None or not len(df):
            continue
        table = TABLES[name]
        f = pd.DataFrame({"row_id": (name + ":" + df[table.primary_key].astype("str")).to_numpy()})
        f["table"] = name
        f["doc_id"] = df["doc_id"].astype("str").to_numpy()
        f["doc_found"] = f["doc_id"].isin(list(doc_text))
        f["offset_matches"] = [
            doc_text.get(d, "")[int(s) : int(e)] == t if pd.notna(s) and pd.notna(e) else False
            for d, s, e, t in zip(df["doc_id"], df["char_start"], df["char_end"], df["text"], strict=True)
        ]
        base = f["doc_id"].map(doc_date)
        for col in ("deadline_date", "period_start", "period_end"):
            if col in df.columns:
                when = pd.to_datetime(df[col].astype("object")).to_numpy()
                f[f"{col}_years_from_doc"] = (
                    (when - base.to_numpy()) / pd.Timedelta(days=1) / _DAYS_PER_YEAR
                ).astype("float64")
        if name == "funding":
            f = pd.concat([f, funding_consistency(df).reset_index(drop=True)], axis=1)
        frames.append(f)
    columns = [
        "row_id",
        "table",
        "doc_id",
        "doc_found",
        "offset_matches",
        "deadline_date_years_from_doc",
        "period_start_years_from_doc",
        "period_end_years_from_doc",
        *FUNDING_CONSISTENCY,
    ]
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype="float64") for c in columns}).astype(
            {"row_id": "str", "table": "str", "doc_id": "str", "doc_found": "bool", "offset_matches": "bool"}
        )
    return pd.concat(frames, ignore_index=True).reindex(columns=columns)


# Each funding row's values checked against each other (expectations/validated_tables.json bounds
# them; pipeline.contract documents the tolerances): the rate amount_gbp / amount_eur implies, its
# distance from the shipped rate of the year fx_source names, the converted amount in the row's
# own currency against total_amount, total_amount against amount * years, and an empty converted
# amount explained by fx_source.
FUNDING_CONSISTENCY = (
    "gbp_per_eur",
    "fx_rate_deviation",
    "own_currency_deviation",
    "total_deviation",
    "conversion_explained",
)
_RATE_YEAR = re.compile(r", (\d{4})$")


def _relative(a: pd.Series, b: pd.Series) -> pd.Series:
    return ((a - b).abs() / b.abs().where(b != 0)).astype("float64")


def _table_rate(fx_source: object) -> float:
    """The shipped GBP per EUR rate of the year a rate-table fx_source names (NaN otherwise)."""
    if not isinstance(fx_source, str) or fx_source == TEXT_FX or fx_source.startswith(FX_NONE):
        return math.nan
    m = _RATE_YEAR.search(fx_source)
    return gbp_per_eur(int(m.group(1)))[0] if m else math.nan


def funding_consistency(funding: pd.DataFrame) -> pd.DataFrame:
    """The FUNDING_CONSISTENCY columns of each funding row (NaN where a check does not apply)."""
    gbp = funding["amount_gbp"].astype("float64")
    eur = funding["amount_eur"].astype("float64")
    total = funding["total_amount"].astype("float64")
    implied = (gbp / eur.where(eur > 0)).astype("float64")
    expected = funding["fx_source"].astype("object").map(_table_rate).astype("float64")
    currency = funding["currency"].astype("str")
    own = gbp.where(currency == "GBP", eur.where(currency == "EUR"))
    per_year = funding["per_year"].astype("boolean").fillna(False).astype(bool)
    years = funding["years"].astype("Float64").fillna(1.0).astype("float64")
    stated = funding["amount"].astype("float64") * years.where(per_year, 1.0)
    fx = funding["fx_source"].astype("object")
    explained = fx.map(lambda v: isinstance(v, str) and v.startswith(FX_NONE))
    converted = gbp.notna() & eur.notna()
    return pd.DataFrame(
        {
            "gbp_per_eur": implied.to_numpy(),
            "fx_rate_deviation": _relative(implied, expected).to_numpy(),
            "own_currency_deviation": _relative(own, total).to_numpy(),
            "total_deviation": _relative(total, stated).to_numpy(),
            "conversion_explained": (converted | explained).astype(bool).to_numpy(),
        }
    )


def published_frame(release_dir: Path, tables: dict[str, Table] | None = None) -> pd.DataFrame:
    """One row per published table: do its CSV and Parquet hold the same rows and columns, and
    the first CSV text cell (if any) that a spreadsheet would run as a formula."""
    rows = []
    for name, table in (tables or TABLES).items():
        csv_path, parquet_path = release_dir / f"{name}.csv", release_dir / f"{name}.parquet"
        if not csv_path.exists() and not parquet_path.exists():
            continue
        row: dict[str, Any] = {
            "table": name,
            "csv_exists": csv_path.exists(),
            "parquet_exists": parquet_path.exists(),
        }
        if csv_path.exists() and parquet_path.exists():
            csv = pd.read_csv(csv_path, dtype="str", keep_default_na=False, encoding="utf-8")
            parquet = pd.read_parquet(parquet_path)
            row["csv_rows"], row["parquet_rows"] = len(csv), len(parquet)
            row["same_columns"] = list(csv.columns) == list(parquet.columns)
            row["mismatch"] = (
                _first_mismatch(csv, parquet, table) if row["same_columns"] else "column lists differ"
            )
            row["formula_cell"] = _first_formula_cell(csv, table)
        rows.append(row)
    columns = [
        "table",
        "csv_exists",
        "parquet_exists",
        "csv_rows",
        "parquet_rows",
        "same_columns",
        "mismatch",
        "formula_cell",
    ]
    return pd.DataFrame(rows, columns=columns).astype(
        {
            "table": "str",
            "mismatch": "str",
            "formula_cell": "str",
            "csv_rows": "Int64",
            "parquet_rows": "Int64",
        }
    )


def _unprefix(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_PREFIXES) else cell


def _first_mismatch(csv: pd.DataFrame, parquet: pd.DataFrame, table: Table) -> str | None:
    """Where the CSV's rows differ from the Parquet's: row count, ids in order, then text cells."""
    if len(csv) != len(parquet):
        return f"{len(csv)} CSV rows, {len(parquet)} Parquet rows"
    key = table.primary_key
    if key in csv.columns and csv[key].map(_unprefix).tolist() != parquet[key].astype("str").tolist():
        return f"{key} values or order differ"
    for col in (c for c in table.columns if c.type == "string" and c.name in csv.columns):
        expected = parquet[col.name].astype("object").where(parquet[col.name].notna(), "")
        for i, (got, want) in enumerate(zip(csv[col.name].map(_unprefix), expected, strict=True)):
            if got != want:
                return f"row {i} {col.name}: CSV {got[:60]!r} != Parquet {str(want)[:60]!r}"
    return None


def _first_formula_cell(csv: pd.DataFrame, table: Table) -> str | None:
    for col in (c.name for c in table.columns if c.type == "string" and c.name in csv.columns):
        bad = csv[col].str.startswith(FORMULA_PREFIXES)
        if bad.any():
            i = int(bad.to_numpy().nonzero()[0][0])
            return f"{table.name}.{col} row {i}: {csv[col].iloc[i][:60]!r}"
    return None


def evaluation_frame(evaluation: dict[str, Any]) -> pd.DataFrame:
    """Every number in the evaluation report as a row (`path`, `value`); `is_score` marks the
    precision/recall/F1 values, which must lie in 0–1."""
    rows: list[dict[str, Any]] = []

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, f"{path}.{key}" if path else str(key))
        elif isinstance(node, bool):
            return
        elif isinstance(node, int | float):
            leaf = path.rsplit(".", 1)[-1].lower()
            rows.append(
                {"path": path, "value": float(node), "is_score": leaf in ("precision", "recall", "f1")}
            )

    walk(evaluation or {}, "")
    return pd.DataFrame(rows, columns=["path", "value", "is_score"]).astype(
        {"path": "str", "value": "float64", "is_score": "bool"}
    )
