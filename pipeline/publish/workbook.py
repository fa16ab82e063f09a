"""The release's Excel workbook: a sheet per table with typed cells, and the data dictionary.

For spreadsheet users, who garble a UTF-8 CSV on opening it and see booleans as text: here dates
are dates, booleans booleans, amounts numbers; the header row is frozen and filterable. Every
text is written as a text cell, never as a formula or a link, whatever it starts with. Excel
holds at most 32,767 characters in a cell: a longer text is cut and ends with a marker saying
so, and the dictionary sheet counts the cells cut per column.

Same tables in, same bytes out: fixed document properties and zip timestamps (XlsxWriter).
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any, cast

import pandas as pd
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from pipeline import vocab
from pipeline.contract import TABLES, Column, Table, conform, plain_values
from pipeline.publish.dictionary import DICTIONARY_COLUMNS, browse, dictionary_rows

EXCEL_MAX_ROWS = 1_048_576
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
TRUNCATED_NOTE = "truncated_cells"


class WorkbookBuildError(RuntimeError):
    """The workbook just written does not hold what the tables hold."""


def workbook_name() -> str:
    return f"{vocab.load('publish')['dataset']['name']}.xlsx"


def fixed_created() -> dt.datetime:
    """The workbook's creation time: the release archive's fixed timestamp, so bytes depend on content."""
    year, month, day, hour, minute, second = vocab.load("publish")["zip_date_time"]
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)


def fit_cell(text: str, settings: Mapping[str, Any]) -> tuple[str, bool]:
    """`text` if Excel can hold it, else its start and the marker (the whole within the cell limit)."""
    limit = settings["cell_limit"]
    if len(text) <= limit:
        return text, False
    marker_template = settings["truncation_marker"]
    # the marker's own length depends on the digits of the shown count: size it for the worst case
    worst = marker_template.format(shown=limit, total=len(text))
    shown = limit - len(worst)
    return text[:shown] + marker_template.format(shown=shown, total=len(text)), True


def _width(values: list[str], header: str, settings: Mapping[str, Any]) -> int:
    longest = max([len(header), *(len(v) for v in values)])
    width: int = max(settings["min_width"], min(settings["max_width"], longest + 2))
    return width


def _cell_text(column: Column, value: object) -> str:
    if value is None:
        return ""
    # a date column's plain values are datetime.date
    return cast(dt.date, value).isoformat() if column.type == "date" else str(value)


class _Writer:
    def __init__(self, book: xlsxwriter.Workbook, settings: Mapping[str, Any]) -> None:
        self.book = book
        self.settings = settings
        self.header = book.add_format({"bold": True, "bottom": 1})
        self.date = book.add_format({"num_format": settings["date_format"]})
        self.integer = book.add_format({"num_format": "0"})
        # amounts and figures: thousands separated; whole ones without a trailing decimal point
        self.whole = book.add_format({"num_format": settings["number_format"]})
        self.fraction = book.add_format({"num_format": settings["fraction_format"]})

    def cell_writer(self, sheet: Worksheet, column: Column) -> Callable[[int, int, Any], bool]:
        """How one present value of ``column`` is written as a typed cell; True when a text had to
        be cut. Chosen once per column (a corpus has a million cells)."""
        if column.type == "string":

            def text(row: int, col: int, value: Any) -> bool:
                shown, cut = fit_cell(str(value), self.settings)
                sheet.write_string(row, col, shown)
                return cut

            return text
        kinds: dict[str, Callable[[int, int, Any], object]] = {
            "date": lambda row, col, value: sheet.write_datetime(row, col, value, self.date),
            "boolean": lambda row, col, value: sheet.write_boolean(row, col, bool(value)),
            "integer": lambda row, col, value: sheet.write_number(row, col, int(value), self.integer),
        }
        write = kinds.get(column.type, self._number_writer(sheet))

        def typed(row: int, col: int, value: Any) -> bool:
            write(row, col, value)
            return False

        return typed

    def _number_writer(self, sheet: Worksheet) -> Callable[[int, int, Any], object]:
        def number(row: int, col: int, value: Any) -> object:
            value = float(value)
            return sheet.write_number(row, col, value, self.whole if value.is_integer() else self.fraction)

        return number

    def print_layout(self, sheet: Worksheet, rows: int) -> None:
        """On paper: landscape, every column on one page's width, the header row on every page,
        the sheet's name and page numbers (it printed 67 pages of one column each). The height is
        bounded by the rows (``rows_per_page``), not left open: LibreOffice reads an open height
        (fitToHeight 0) as one page and shrank a 186-row sheet onto it."""
        layout = self.settings["print"]
        sheet.set_landscape()
        sheet.set_paper(layout["paper"])
        sheet.fit_to_pages(1, max(1, -(-(rows + 1) // layout["rows_per_page"])))
        sheet.repeat_rows(0)
        sheet.set_margins(*layout["margins"])
        sheet.set_header(layout["header"])
        sheet.set_footer(layout["footer"])

    def table_sheet(self, table: Table, frame: pd.DataFrame) -> dict[str, int]:
        """The table's sheet; returns the number of cut cells per column. A missing value is no
        cell at all (a blank cell without a format is not written to the file anyway)."""
        ordered = conform(frame, table)
        if len(ordered) >= EXCEL_MAX_ROWS:
            raise ValueError(f"{table.name}: {len(ordered)} rows do not fit in one Excel sheet")
        sheet = self.book.add_worksheet(table.name)
        cut: dict[str, int] = {}
        values = [plain_values(ordered[column.name]) for column in table.columns]
        for col, column in enumerate(table.columns):
            sheet.write_string(0, col, column.name, self.header)
            texts = [_cell_text(column, v) for v in values[col]]
            sheet.set_column(col, col, _width(texts, column.name, self.settings))
        writers = [self.cell_writer(sheet, column) for column in table.columns]
        names = [column.name for column in table.columns]
        # row by row: in constant-memory mode a row is written out once the next one starts
        for row, cells in enumerate(zip(*values, strict=True), start=1):
            for col, value in enumerate(cells):
                if value is not None and writers[col](row, col, value):
                    cut[names[col]] = cut.get(names[col], 0) + 1
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(len(ordered), 1), len(table.columns) - 1)
        self.print_layout(sheet, len(ordered))
        return cut

    def about_sheet(self, tables: Mapping[str, pd.DataFrame]) -> None:
        """What the workbook holds, first: the dataset, its licence, a line per sheet, how to read cells."""
        publish = vocab.load("publish")
        dataset, licences = publish["dataset"], publish["licenses"]
        own = dataset["license"]
        sheet = self.book.add_worksheet(self.settings["about_sheet"])
        title = self.book.add_format({"bold": True, "font_size": 14})
        lines: list[tuple[object, ...]] = [
            (dataset["title"],),
            (dataset["description"],),
            (),
            ("licence", f"{licences[own]['title']} ({own})", licences[own]["path"]),
            ("sources", "The source texts keep their own licences: see documents.license and source_url."),
            (),
            ("sheet", "rows", "what it holds"),
            *((t.name, len(tables[t.name]), f"{t.title}: {t.description}") for t in TABLES.values()),
            (
                self.settings["dictionary_sheet"],
                None,
                "What every column means, its type and allowed values.",
            ),
            (),
            *((note,) for note in self.settings["about_notes"]),
        ]
        for row, values in enumerate(lines):
            for col, value in enumerate(values):
                if value is None:
                    continue
                if isinstance(value, int):
                    sheet.write_number(row, col, value)
                else:
                    style = title if row == 0 else self.header if values[0] == "sheet" else None
                    sheet.write_string(row, col, str(value), style)
        sheet.set_column(0, 0, 18)
        sheet.set_column(1, 1, 14)
        sheet.set_column(2, 2, self.settings["max_width"] * 2)
        self.print_layout(sheet, len(lines) - 1)  # its first line heads it

    def dictionary_sheet(self, cut: Mapping[str, Mapping[str, int]]) -> None:
        sheet = self.book.add_worksheet(self.settings["dictionary_sheet"])
        headers = [*DICTIONARY_COLUMNS, "notes"]
        rows = []
        limit = self.settings["cell_limit"]
        for entry in dictionary_rows():
            n_cut = cut.get(entry["table"], {}).get(entry["column"], 0)
            note = (
                f"{n_cut} cell(s) longer than Excel's {limit:,} characters are cut here and end with "
                "“[…truncated”; the Parquet and CSV files hold the full text."
                if n_cut
                else None
            )
            rows.append([*(entry[c] for c in DICTIONARY_COLUMNS), note])
        for col, header in enumerate(headers):
            sheet.write_string(0, col, header, self.header)
            texts = ["" if values[col] is None else str(values[col]) for values in rows]
            sheet.set_column(col, col, _width(texts, header, self.settings))
        for row, values in enumerate(rows, start=1):
            for col, value in enumerate(values):
                if value is None:
                    sheet.write_blank(row, col, None)
                elif isinstance(value, bool):
                    sheet.write_boolean(row, col, value)
                elif isinstance(value, int | float):
                    sheet.write_number(row, col, value)
                else:
                    sheet.write_string(row, col, str(value))
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, len(rows), len(headers) - 1)
        self.print_layout(sheet, len(rows))


ROW_TAG = b"<row "  # texts are escaped in the XML (`&lt;`), so this only ever opens a row element
CHUNK = 1 << 20


def _count_rows(stream: IO[bytes]) -> int:
    """Row elements of a sheet's XML, counted in the bytes as they are inflated (parsing the XML
    of a large sheet cost more than writing it)."""
    rows, tail = 0, b""
    while chunk := stream.read(CHUNK):
        data = tail + chunk
        rows += data.count(ROW_TAG)
        # the tail is too short to hold a whole tag, so a tag cut by the chunk's end is counted once
        tail = data[-(len(ROW_TAG) - 1) :]
    return rows


def sheet_row_counts(path: Path) -> dict[str, int]:
    """Rows (header included) of every sheet, read from the file's XML with the standard library."""
    with zipfile.ZipFile(path) as archive:
        book = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels.iter(f"{_PKG_REL}Relationship")}
        counts = {}
        for sheet in book.iter(f"{_MAIN}sheet"):
            target = targets[sheet.get(f"{_REL}id")]
            if target is None:  # a relationship without its Target attribute: the sheet is nowhere
                raise KeyError(f"no Target for sheet {sheet.get('name')!r}")
            member = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            with archive.open(member) as fh:
                rows = _count_rows(fh)
            name = sheet.get("name")
            if name is not None:  # a sheet without a name is no table's
                counts[name] = rows
        return counts


def workbook_problems(path: Path, row_counts: Mapping[str, int]) -> list[str]:
    """What is wrong with a written workbook: a table's sheet missing or not holding every row."""
    try:
        counts = sheet_row_counts(path)
    except (OSError, KeyError, zipfile.BadZipFile, ET.ParseError) as exc:
        return [f"{path.name}: unreadable ({exc})"]
    problems = []
    for name in TABLES:
        if name not in counts:
            problems.append(f"{path.name}: no sheet {name}")
        elif counts[name] != 1 + row_counts.get(name, -1):
            problems.append(
                f"{path.name}: sheet {name} has {counts[name] - 1} rows, {row_counts.get(name)} expected"
            )
    return problems


def write_workbook(tables: Mapping[str, pd.DataFrame], target: Path) -> dict[str, dict[str, int]]:
    """Write the workbook of `tables` to `target`, checked before it is moved in; returns the cells cut."""
    settings = browse()["workbook"]
    dataset = vocab.load("publish")["dataset"]
    tmp = target.with_name(f".{target.name}.tmp")
    book = xlsxwriter.Workbook(
        str(tmp),
        {
            # each row goes to a temporary file once written (the cells of a large corpus held in
            # memory were 400 MB); XlsxWriter then gives every zip entry a fixed 1980 timestamp
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    book.set_properties(
        {
            "title": dataset["title"],
            "subject": dataset["description"],
            "author": ", ".join(c["title"] for c in dataset["contributors"]),
            "keywords": ", ".join(dataset["keywords"]),
            "comments": f"Licence: {dataset['license']}",
            "created": fixed_created(),
        }
    )
    writer = _Writer(book, settings)
    writer.about_sheet(tables)
    cut = {name: writer.table_sheet(table, tables[name]) for name, table in TABLES.items()}
    writer.dictionary_sheet(cut)
    book.close()
    problems = workbook_problems(tmp, {name: len(tables[name]) for name in TABLES})
    if problems:
        tmp.unlink(missing_ok=True)
        raise WorkbookBuildError("; ".join(problems))
    os.replace(tmp, target)
    return cut
