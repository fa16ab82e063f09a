"""Every table, declared once: the published tables, the stage tables, rejections and quarantine.

Every other description of the tables — pandas dtypes, Arrow schemas, the Frictionless Table
Schema, the data dictionary, the column expectations, and (in ``pipeline.defs.assets.metadata``, the
Dagster wing) Dagster ``TableSchema``s — is generated from the declarations below, so the
contract in ``shared/spec/dataset-contract.md`` has one home in code (the pattern of PUDL's
``pudl/metadata``). Columns may be added; the contract's columns are never renamed or dropped.
No Dagster here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Literal, TypedDict, Unpack

import pandas as pd
import pyarrow as pa

# "list": a stage column of nested values (offset anchors, list markers); never published.
ColumnType = Literal["string", "date", "integer", "number", "boolean", "list"]

THEMES = (
    "border_security",
    "policing_intelligence",
    "returns",
    "asylum",
    "reception_welfare",
    "information_campaigns",
    "upstream_cooperation",
    "eu_international",
    "funding",
    "legal_framework",
    "governance",
)
DOC_TYPES = ("declaration", "joint_statement", "communique", "annex", "treaty", "arrangement", "other")
MODALITIES = ("will", "agree", "commit", "pledge", "undertake", "intend", "support", "should", "other")
FUNDING_KINDS = ("pledge", "disbursed")
# ISO 4217 codes of the currencies the texts' states pay in (each with its written forms in
# vocab/money*.yaml, a test ties the two): the UK, the euro area, the US, and the European
# partners outside the euro area.
CURRENCIES = ("EUR", "GBP", "USD", "CHF", "NOK", "SEK", "DKK", "PLN")
STAT_UNITS = ("people", "percent", "factor", "networks", "officers", "places", "centres", "attempts", "other")
QUALIFIERS = ("exact", "more_than", "less_than", "approximately")
DIRECTIONS = ("increase", "decrease", "level")


# Ceilings no value of these texts reaches: a value above one was misread (`£10^6`, `1e23`) or
# tampered with, and the check holds its row back (generated into expectations/ as column bounds).
MAX_AMOUNT = 1e12  # a trillion in any currency: far above any sum two governments have pledged
MAX_YEARS = 50  # no funding in these agreements runs longer; `for 99999 years` is a misreading
MAX_STATISTIC = 1e10  # more than the world's population: no count these texts report
# The GBP per EUR rate any funding row's amount_gbp / amount_eur may imply (the pound has traded
# between 0.57 and 0.98 EUR since the euro began); a rate-table conversion must match its year's
# rate within FX_RATE_TOLERANCE, and each row's total must be amount * years within TOTAL_TOLERANCE.
GBP_PER_EUR_RANGE = (0.5, 1.25)
FX_RATE_TOLERANCE = 0.005  # relative: the converted amounts are rounded to the penny or cent
TOTAL_TOLERANCE = 1e-9  # relative
FX_NONE = "none: "  # fx_source of a row whose amounts could not be converted, followed by why


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    description: str
    nullable: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    contract: bool = True  # False for columns this project adds beyond the published contract


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    ref_column: str


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: str
    sort_by: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default_factory=tuple)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.name} has no column {name!r}")


# --- fields: a column several tables hold, described once (the pattern of PUDL's fields.py) ---------

FIELDS: dict[str, Column] = {
    c.name: c
    for c in (
        Column("source_file", "string", "Path of the raw file relative to raw/."),
        Column("sha256", "string", "SHA-256 of the raw file's bytes."),
        Column("n_chars", "integer", "Length of the normalised text."),
        Column("doc_id", "string", "Foreign key to documents.doc_id."),
    )
}


class ColumnChanges(TypedDict, total=False):
    """What ``shared`` may change of a field: any of ``Column``'s attributes but its name, with its type."""

    type: ColumnType
    description: str
    nullable: bool
    unique: bool
    enum: tuple[str, ...] | None
    minimum: float | None
    maximum: float | None
    contract: bool


def shared(name: str, **differences: Unpack[ColumnChanges]) -> Column:
    """The shared field ``name`` as one table holds it: what differs there (its uniqueness, its
    bounds, a description sharper for that table) given, the rest as ``FIELDS`` declares it."""
    return replace(FIELDS[name], **differences)


def _span_columns(what: str) -> tuple[Column, ...]:
    return (
        shared("doc_id"),
        Column("text", "string", f"The {what}, verbatim from documents.text."),
        Column("char_start", "integer", "Start offset of `text` in documents.text.", minimum=0),
        Column("char_end", "integer", "End offset: documents.text[char_start:char_end] == text.", minimum=1),
    )


def _page_column() -> Column:
    return Column(
        "page",
        "integer",
        "Page of the source PDF on which the passage starts (the first page is 1); empty when the "
        "source is not a PDF.",
        nullable=True,
        minimum=1,
        contract=False,
    )


SOURCE_FORMATS = ("txt", "pdf", "html")


def _period_columns() -> tuple[Column, ...]:
    return (
        Column("period_text", "string", "The period as written (`in 21/22`, `in 2015`).", nullable=True),
        Column("period_start", "date", "First day of the period, when it can be resolved.", nullable=True),
        Column("period_end", "date", "Last day of the period, when it can be resolved.", nullable=True),
    )


_DOC_FK = (ForeignKey("doc_id", "documents", "doc_id"),)

DOCUMENTS = Table(
    name="documents",
    title="Source documents",
    description="One row per source document: its metadata, read from the text itself (or the raw "
    "manifest), and its normalised full text, which every char_start/char_end indexes into.",
    primary_key="doc_id",
    sort_by=("doc_id",),
    columns=(
        shared(
            "doc_id",
            description="Stable slug `YYYY-MM-DD-<short-slug>` from the document's date.",
            unique=True,
        ),
        Column("title", "string", "The document's own title."),
        Column("doc_date", "date", "Date of the meeting, signature or declaration.", nullable=True),
        Column("published_date", "date", "Publication date, where the text states one.", nullable=True),
        Column("place", "string", "City where it was agreed (`London`, `Paris`, ...).", nullable=True),
        Column("doc_type", "string", "Kind of document.", enum=DOC_TYPES),
        Column("parties", "string", "ISO 3166 alpha-2 codes of the parties joined by `;`, e.g. `GB;FR`."),
        Column("signatories", "string", "`Name (role, CC)` joined by `; `.", nullable=True),
        shared("source_file", unique=True),
        Column("source_url", "string", "Where the text was published, when known.", nullable=True),
        shared("sha256", unique=True),
        shared("n_chars", minimum=1),
        Column("text", "string", "The normalised full text."),
        Column(
            "doc_date_source",
            "string",
            "Where doc_date was read: `manifest`, `dateline`, `signature`, `title`, `header`, "
            "`published` (fallback), `page_metadata` (a web page's own publication date, when the "
            "text states none), `filename` (the file name's ISO date prefix, last resort), or "
            "`missing` (flagged, never guessed).",
            enum=(
                "manifest",
                "dateline",
                "signature",
                "title",
                "header",
                "published",
                "filename",
                "missing",
                "page_metadata",
            ),
            contract=False,
        ),
        Column("license", "string", "Licence of the source text.", nullable=True, contract=False),
        Column(
            "language",
            "string",
            "ISO 639-1 code of the text's language (`en`, `fr`), detected from the text; the "
            "manifest may override it.",
            contract=False,
        ),
        Column(
            "completeness",
            "string",
            "`full` or `partial` (an excerpt of the published text), from the manifest; empty when unknown.",
            nullable=True,
            enum=("full", "partial"),
            contract=False,
        ),
        Column(
            "title_source",
            "string",
            "Where title was read: `heading` (the text's own heading), `filename` (derived from the "
            "file name: the text has no heading), `manifest`, `page_metadata` (a web page's own title: "
            "`og:title`, `<h1>` or `<title>`), or `none` (neither: `Untitled document`).",
            enum=("heading", "filename", "manifest", "none", "page_metadata"),
            contract=False,
        ),
        Column(
            "source_format",
            "string",
            "Format of the raw file: `txt` (read as it is), `pdf` or `html` (its text extracted: a "
            "PDF's running headers, footers and page numbers and a web page's navigation, banners "
            "and footer are not part of `text`).",
            enum=SOURCE_FORMATS,
            contract=False,
        ),
        Column(
            "pages",
            "integer",
            "Number of pages of the source PDF; empty for other formats.",
            nullable=True,
            minimum=1,
            contract=False,
        ),
        Column(
            "publisher",
            "string",
            "The organisation that published the web page, as its metadata names it; empty when not stated.",
            nullable=True,
            contract=False,
        ),
    ),
)

COMMITMENTS = Table(
    name="commitments",
    title="Commitments",
    description="One row per undertaking: a sentence or list item in which one or more parties "
    "will do something from now on (see the annotation guideline).",
    primary_key="commitment_id",
    sort_by=("doc_id", "seq"),
    foreign_keys=_DOC_FK,
    columns=(
        Column(
            "commitment_id", "string", "Stable id, unchanged across re-runs of unchanged input.", unique=True
        ),
        _span_columns("commitment's sentence or list item")[0],
        Column("seq", "integer", "Order within the document, from 1.", minimum=1),
        *_span_columns("commitment's sentence or list item")[1:],
        Column("actor", "string", "`GB`, `FR`, `GB;FR`, or another party's name."),
        Column("theme", "string", "Primary theme (guideline's theme list).", enum=THEMES),
        Column("modality", "string", "The commitment cue's kind.", enum=MODALITIES),
        Column("deadline_text", "string", "The deadline phrase as written (`by March 2011`).", nullable=True),
        Column(
            "deadline_date", "date", "Last day the deadline allows, when it can be resolved.", nullable=True
        ),
        Column(
            "lead_in",
            "string",
            "For a list item: the lead-in sentence it completes.",
            nullable=True,
            contract=False,
        ),
        _page_column(),
    ),
)

FUNDING = Table(
    name="funding",
    title="Funding",
    description="One row per quantified amount of money that one party gives or has given for the "
    "cooperation.",
    primary_key="funding_id",
    sort_by=("doc_id", "char_start", "funding_id"),
    foreign_keys=_DOC_FK,
    columns=(
        Column(
            "funding_id", "string", "Stable id, unchanged across re-runs of unchanged input.", unique=True
        ),
        *_span_columns("sentence that states the amount"),
        Column(
            "amount",
            "number",
            "Amount in whole currency units (`€62.7 million` -> 62700000).",
            minimum=0,
            maximum=MAX_AMOUNT,
        ),
        Column("currency", "string", "ISO 4217 code.", enum=CURRENCIES),
        Column(
            "alt_amount",
            "number",
            "A parallel figure the text itself gives (`(£4m)`).",
            nullable=True,
            maximum=MAX_AMOUNT,
        ),
        Column("alt_currency", "string", "Currency of alt_amount.", nullable=True, enum=CURRENCIES),
        Column("per_year", "boolean", "The amount is stated per year."),
        Column("years", "integer", "How many years it runs.", nullable=True, minimum=1, maximum=MAX_YEARS),
        Column(
            "total_amount",
            "number",
            "Amount over the whole period (amount * years when per_year).",
            minimum=0,
            maximum=MAX_AMOUNT,
        ),
        *_period_columns(),
        Column("donor", "string", "`GB`, `FR`, or a named body."),
        Column("recipient", "string", "`GB`, `FR`, or a named body."),
        Column(
            "kind",
            "string",
            "`pledge` (new money promised) or `disbursed` (already spent).",
            enum=FUNDING_KINDS,
        ),
        Column(
            "purpose",
            "string",
            "What the money is for, a phrase from the text (in the document's language: French for "
            "French texts).",
        ),
        Column(
            "amount_gbp",
            "number",
            "total_amount in GBP (text's own parallel figure, else the shipped annual average rate); "
            "empty when it cannot be converted (a currency without a rate, no year): fx_source says why.",
            nullable=True,
            minimum=0,
            maximum=MAX_AMOUNT,
        ),
        Column(
            "amount_eur",
            "number",
            "total_amount in EUR (as amount_gbp).",
            nullable=True,
            minimum=0,
            maximum=MAX_AMOUNT,
        ),
        Column(
            "fx_source",
            "string",
            "Where the conversion came from: `text`, the rate table's source and year, or "
            f"`{FX_NONE}<why>` when an amount could not be converted (its converted column is empty).",
            nullable=True,
            contract=False,
        ),
        _page_column(),
    ),
)

STATISTICS = Table(
    name="statistics",
    title="Statistics",
    description="One row per figure the text reports about the world: counts, percentage changes, "
    "multiplicative changes.",
    primary_key="statistic_id",
    sort_by=("doc_id", "char_start", "statistic_id"),
    foreign_keys=_DOC_FK,
    columns=(
        Column(
            "statistic_id", "string", "Stable id, unchanged across re-runs of unchanged input.", unique=True
        ),
        *_span_columns("sentence that states the figure"),
        Column(
            "value", "number", "The number as stated (`75%` -> 75, `doubled` -> 2).", maximum=MAX_STATISTIC
        ),
        Column("unit", "string", "What the number counts.", enum=STAT_UNITS),
        Column("qualifier", "string", "`more than 7,500` -> more_than.", enum=QUALIFIERS),
        Column(
            "metric",
            "string",
            "What is counted, a noun phrase from the text (in the document's language: French for French "
            "texts).",
        ),
        Column("direction", "string", "`increase`, `decrease` or `level`.", enum=DIRECTIONS),
        *_period_columns(),
        Column("location", "string", "Place the figure is about.", nullable=True),
        Column(
            "figure_text",
            "string",
            "The figure as written (`more than 7,500`).",
            nullable=True,
            contract=False,
        ),
        _page_column(),
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (DOCUMENTS, COMMITMENTS, FUNDING, STATISTICS)}
# The tables whose rows are spans of a document's text (doc_id, text, char_start, char_end).
SPAN_TABLES: tuple[str, ...] = tuple(t.name for t in (COMMITMENTS, FUNDING, STATISTICS))

# Beside the tables, not one of them: the documents a release holds back (pipeline/quality/quarantine.py).
QUARANTINE = Table(
    name="quarantine",
    title="Held-back rows and documents",
    description="Every value held back from this release because a check does not trust it. A check that "
    "points at a row holds back that row only (scope `row`: one line per row and check, with its table, "
    "id and value); the document and its other rows publish. A document is held back whole (scope "
    "`document`) only for what concerns it whole: a documents row that fails (no date, no named party), "
    "a raw or normalised text that fails, a duplicate, a document over the time budget. A document held "
    "back whole that was in the previous release keeps that release's rows (carried_forward = true); "
    "the others are absent from the tables.",
    primary_key="source_file",
    sort_by=("source_file", "check", "table", "row_id"),
    columns=(
        shared("source_file"),
        shared("doc_id", description="The document's doc_id in this run's tables."),
        Column("check", "string", "The failed check: `<suite>: <expectation>(<column>)`."),
        Column("failing_rows", "string", "Ids of the rows that fail it, joined by `; `.", nullable=True),
        Column("reason", "string", "What the check asks, and a failing value."),
        Column(
            "carried_forward",
            "boolean",
            "True when the tables keep this document's rows from the previous release.",
        ),
        Column(
            "table",
            "string",
            "The table of the held-back row (scope `row`), or `documents` for a whole document.",
            nullable=True,
            contract=False,
        ),
        Column("row_id", "string", "The held-back row's id (scope `row`).", nullable=True, contract=False),
        Column(
            "value", "string", "The value the check does not trust, as read.", nullable=True, contract=False
        ),
        Column(
            "scope",
            "string",
            "`row` (that row only is held back) or `document` (the whole document is).",
            enum=("row", "document"),
            contract=False,
        ),
    ),
)

# --- the documents a release reports beside the tables ----------------------------------------

# The ingest stage's rejections, published as rejections.csv (a file may be rejected for more than
# one reason, so the key is not unique there).
REJECTIONS = Table(
    name="rejections",
    title="Rejected raw files",
    description="Every raw file (or manifest row) the pipeline could not use, with the reason.",
    primary_key="source_file",
    sort_by=("source_file", "reason", "detail"),
    columns=(
        shared("source_file", description="Path of the raw file (or manifest) relative to raw/."),
        Column("reason", "string", "Why it was rejected (empty, binary, not UTF-8, duplicate, ...)."),
        Column("detail", "string", "What exactly was wrong.", nullable=True),
    ),
)

# outputs/status/untrusted_releases.csv: the release folders that fail verification, named every run.
UNTRUSTED_RELEASES = Table(
    name="untrusted_releases",
    title="Release folders that fail verification",
    description="Every folder under outputs/releases/ named like a version that does not verify against "
    "its own SHA256SUMS, one row per problem; such a folder is never shown, compared against or read.",
    primary_key="version",
    sort_by=("version", "problem"),
    columns=(
        Column("version", "string", "The folder's name (a semantic version)."),
        Column("problem", "string", "What does not match: a file changed, missing or added."),
    ),
)

# --- stage tables: what each stage hands the next (shown in the Dagster UI, never published) ---

# The cells raw/manifest.csv may set: `file` names the row's text, the others override documents.
_MANIFEST_OVERRIDES = (
    "title",
    "doc_date",
    "published_date",
    "place",
    "doc_type",
    "parties",
    "signatories",
    "source_url",
    "license",
    "language",
    "completeness",
)


def _stage_table(name: str, title: str, description: str, key: str, *columns: Column) -> Table:
    return Table(name, title, description, tuple(columns), primary_key=key, sort_by=(key,))


RAW_DOCUMENTS = _stage_table(
    "raw_documents",
    "Raw documents",
    "Every usable file in raw/ (.txt, .pdf, .html), its bytes' SHA-256 and its text.",
    "sha256",
    shared("source_file", unique=True),
    shared("sha256", unique=True),
    Column("n_bytes", "integer", "Size of the file in bytes.", minimum=1),
    Column(
        "text",
        "string",
        "The file decoded as UTF-8 (BOM removed), or the text extracted from the PDF or web page: "
        "what every later offset maps into.",
    ),
    Column("source_format", "string", "`txt`, `pdf` or `html`.", enum=SOURCE_FORMATS),
    Column("pages", "integer", "Number of pages of a PDF.", nullable=True, minimum=1),
    Column("page_starts", "list", "Offset in `text` where each page of a PDF begins (empty otherwise)."),
    Column("meta_title", "string", "A web page's title, from its metadata.", nullable=True),
    Column(
        "meta_date", "string", "A web page's publication date (ISO 8601), from its metadata.", nullable=True
    ),
    Column(
        "meta_publisher", "string", "A web page's publishing organisation, from its metadata.", nullable=True
    ),
)
RAW_LISTING = _stage_table(
    "raw_listing",
    "Raw listing",
    "Every entry in raw/ as ingest listed it, once per run: what every later check accounts for (a "
    "file that arrives after the listing waits for the next run).",
    "source_file",
    shared("source_file", description="Path of the entry relative to raw/.", unique=True),
    Column(
        "kind",
        "string",
        "file, manifest, symlink, dangling_symlink, hidden, directory (named like a document), special "
        "or too_deep (a folder deeper than the walk goes).",
    ),
)
RAW_MANIFEST = _stage_table(
    "raw_manifest",
    "Manifest overrides",
    "Rows of raw/manifest.csv that name a file in raw/; empty cells mean 'read it from the text'.",
    "file",
    Column("file", "string", "The file (.txt, .pdf, .html) the row describes.", unique=True),
    *(Column(c, "string", f"Override for documents.{c}.", nullable=True) for c in _MANIFEST_OVERRIDES),
    Column(
        "sha256",
        "string",
        "SHA-256 the file's bytes must have: `make fetch` discards a download that differs.",
        nullable=True,
    ),
)
NORMALISED_DOCUMENTS = _stage_table(
    "normalised_documents",
    "Normalised documents",
    "Each document's text with conversion artefacts repaired, one paragraph per line.",
    "sha256",
    shared("sha256", unique=True),
    shared("source_file", unique=True),
    Column("text", "string", "The normalised text."),
    shared("n_chars"),
    Column("raw_chars", "integer", "Length of the raw text."),
    Column("offset_anchors", "list", "(normalised offset, raw offset) anchors mapping back to raw."),
    Column("list_items", "list", "(position, marker, kind) of each list marker lifted out of the text."),
    Column("language", "string", "ISO 639-1 language (manifest, else detected); its rules apply."),
    Column("page_starts", "list", "Offset in the normalised text where each page of a PDF begins."),
)
DOCUMENT_SEGMENTS = _stage_table(
    "document_segments",
    "Segments",
    "Sentences, list items, headings and datelines with exact offsets into the normalised text.",
    "sha256",
    shared("sha256"),
    Column("seg", "integer", "Position of the segment in its document, from 0."),
    Column("kind", "string", "heading, dateline, sentence or list_item."),
    Column("start", "integer", "Start offset into the normalised text."),
    Column("end", "integer", "End offset: text[start:end] is the segment."),
    Column("text", "string", "The segment's text."),
    Column("paragraph", "integer", "Paragraph (line) number in the normalised text."),
    Column("heading", "string", "Section heading the segment sits under.", nullable=True),
    Column("list_marker", "string", "Marker of the list paragraph it belongs to.", nullable=True),
    Column("lead_in", "integer", "For a list item: seg of the lead-in sentence it completes.", nullable=True),
)

EXTRACTION_LEDGER = _stage_table(
    "extraction_ledger",
    "Extraction ledger",
    "One row per document the extract step read: whether its extraction finished within the "
    "per-document time budget (PIPELINE_DOCUMENT_BUDGET_SECONDS). A document over the budget gives no "
    "rows and is held back by name; the run goes on with the others.",
    "doc_id",
    shared("doc_id", unique=True),
    Column("within_budget", "boolean", "False when the extraction ran past the budget and was stopped."),
    Column(
        "seconds",
        "number",
        "Wall-clock seconds the extraction took when it was computed (a document read back from the "
        "cache keeps the time of the run that computed it).",
        minimum=0,
    ),
)

# Asset name -> the table it holds. The published tables' assets carry the contract's names; the
# ingest stage's rejections are the published rejections table.
STAGE_TABLES: dict[str, Table] = {
    "raw_listing": RAW_LISTING,
    "raw_documents": RAW_DOCUMENTS,
    "raw_manifest": RAW_MANIFEST,
    "ingest_rejections": REJECTIONS,
    "normalised_documents": NORMALISED_DOCUMENTS,
    "document_segments": DOCUMENT_SEGMENTS,
    "extraction_ledger": EXTRACTION_LEDGER,
}
# The validate step's assets: each published table as it will be published, and what was held back.
VALIDATED_TABLES: dict[str, Table] = {f"validated_{name}": table for name, table in TABLES.items()}
ASSET_TABLES: dict[str, Table] = {**STAGE_TABLES, **TABLES, **VALIDATED_TABLES, "quarantine": QUARANTINE}


def records_frame(records: list[dict[str, Any]], table: Table) -> pd.DataFrame:
    """Rows (dicts, e.g. ``dataclasses.asdict`` of a record) as a frame with the table's columns in
    its order; a record with any other field is an error, not a silently dropped column."""
    expected = set(table.column_names)
    for record in records:
        if set(record) != expected:
            raise ValueError(f"{table.name}: record fields {sorted(record)} are not {table.column_names}")
    return pd.DataFrame(records, columns=table.column_names)


def integer_dtypes(table: Table) -> dict[str, str]:
    """NumPy integer dtypes for a stage frame's integer columns (``Int64`` where nullable)."""
    return {c.name: "Int64" if c.nullable else "int64" for c in table.columns if c.type == "integer"}


# --- generated views of the contract -------------------------------------------------------

# what ``Series.astype`` is given for each column type (the pandas names, the Arrow date, object)
PandasDtype = Literal["str", "Int64", "Float64", "boolean"] | pd.ArrowDtype | type[object]
_PANDAS_DTYPES: dict[ColumnType, PandasDtype] = {
    "string": "str",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "date": pd.ArrowDtype(pa.date32()),
    "list": object,
}
_ARROW_TYPES: dict[ColumnType, pa.DataType] = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
}
_FRICTIONLESS_TYPES: dict[ColumnType, str] = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "date": "date",
}


def arrow_schema(table: Table) -> pa.Schema:
    return pa.schema(
        [
            pa.field(
                c.name, _ARROW_TYPES[c.type], nullable=c.nullable, metadata={"description": c.description}
            )
            for c in table.columns
        ]
    )


def empty_frame(table: Table) -> pd.DataFrame:
    """The table with no rows (a copy of one built once per table: building it costs a conform)."""
    return _empty_frame(table).copy()


@cache
def _empty_frame(table: Table) -> pd.DataFrame:
    return conform(pd.DataFrame(columns=table.column_names), table)


def _to_dates(series: pd.Series) -> pd.Series:
    parsed = pd.to_datetime(series, errors="raise", format="mixed")
    return parsed.dt.date.astype(_PANDAS_DTYPES["date"])


@cache
def _resolved_dtype(column_type: ColumnType) -> Any:
    """The dtype ``astype`` makes of the column type's pandas name (``str``: pandas' default storage)."""
    return pd.api.types.pandas_dtype(_PANDAS_DTYPES[column_type])


def conform(df: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Columns in contract order with contract dtypes, rows in the table's stable order. A column
    that already has its dtype is kept as it is (converting it would give the same values: most
    frames conformed are conformed already, and a conversion costs per column)."""
    missing = [c for c in table.column_names if c not in df.columns]
    if missing:
        raise ValueError(f"{table.name}: missing contract columns {missing}")
    out = df.loc[:, table.column_names].copy()
    for col in table.columns:
        if out[col.name].dtype == _resolved_dtype(col.type):
            continue
        if col.type == "date":
            out[col.name] = (
                _to_dates(out[col.name]) if len(out) else out[col.name].astype(_PANDAS_DTYPES["date"])
            )
        else:
            out[col.name] = out[col.name].astype(_PANDAS_DTYPES[col.type])
    return out.sort_values(list(table.sort_by), kind="stable").reset_index(drop=True)


def plain_values(series: pd.Series) -> list[Any]:
    """A conformed column's values as Python objects (str, int, float, bool, datetime.date), every
    missing one None, whatever pandas called it (NA, NaN, NaT): through Arrow, where testing each
    value with ``pd.isna`` cost a second per million cells."""
    values: list[Any] = pa.Array.from_pandas(series).to_pylist()  # pyarrow has no type hints
    return values


def frictionless_schema(table: Table) -> dict[str, Any]:
    """Frictionless Table Schema (v2) descriptor."""
    fields = []
    for c in table.columns:
        f: dict[str, Any] = {
            "name": c.name,
            "type": _FRICTIONLESS_TYPES[c.type],
            "description": c.description,
        }
        constraints: dict[str, Any] = {}
        if not c.nullable:
            constraints["required"] = True
        if c.unique:
            constraints["unique"] = True
        if c.enum:
            constraints["enum"] = list(c.enum)
        if c.minimum is not None:
            constraints["minimum"] = c.minimum
        if c.maximum is not None:
            constraints["maximum"] = c.maximum
        if constraints:
            f["constraints"] = constraints
        fields.append(f)
    schema: dict[str, Any] = {"fields": fields, "primaryKey": [table.primary_key], "missingValues": [""]}
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": [fk.column], "reference": {"resource": fk.table, "fields": [fk.ref_column]}}
            for fk in table.foreign_keys
        ]
    return schema


def data_dictionary_markdown(table: Table) -> str:
    lines = [
        f"### {table.name}",
        "",
        table.description,
        "",
        f"Primary key: `{table.primary_key}`.",
        "",
        "| column | type | nullable | meaning |",
        "| --- | --- | --- | --- |",
    ]
    for c in table.columns:
        meaning = c.description + (f" One of: {', '.join(f'`{v}`' for v in c.enum)}." if c.enum else "")
        extra = "" if c.contract else " *(added by this project)*"
        lines.append(f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {meaning}{extra} |")
    return "\n".join(lines) + "\n"
