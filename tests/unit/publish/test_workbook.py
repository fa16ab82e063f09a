"""The release's Excel workbook read back with openpyxl: typed cells, frozen headers, no formulas, limits."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from pipeline import vocab
from pipeline.contract import TABLES, empty_frame
from pipeline.publish.workbook import workbook_problems, write_workbook
from tests.unit.publish.test_database import sample_tables

CELL_LIMIT = 32_767  # Excel's own limit, not read from the project's settings on purpose
DICTIONARY_SHEET = vocab.load("browse")["workbook"]["dictionary_sheet"]
ABOUT_SHEET = vocab.load("browse")["workbook"]["about_sheet"]


@pytest.fixture
def book(tmp_path) -> openpyxl.Workbook:
    path = tmp_path / "release.xlsx"
    write_workbook(sample_tables(), path)
    return openpyxl.load_workbook(path)


def records(sheet) -> list[dict]:
    header, *rows = sheet.iter_rows(values_only=True)
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_a_sheet_per_table_with_the_contract_header_every_row_and_a_frozen_header(book):
    tables = sample_tables()
    assert book.sheetnames == [ABOUT_SHEET, *TABLES, DICTIONARY_SHEET]
    for name, table in TABLES.items():
        sheet = book[name]
        assert [c.value for c in sheet[1]] == table.column_names
        assert sheet.max_row == 1 + len(tables[name])
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref is not None


def test_cells_are_typed_dates_booleans_numbers_and_blanks(book):
    funding = book["funding"]
    header = [c.value for c in funding[1]]
    row = {h: cell for h, cell in zip(header, funding[2], strict=True)}
    assert row["per_year"].data_type == "b" and row["per_year"].value is True
    assert row["amount"].data_type == "n" and row["amount"].value == 15_000_000
    assert row["years"].value == 3 and isinstance(row["years"].value, int)
    assert row["period_start"].is_date and row["period_start"].value == dt.datetime(2010, 1, 1)
    assert row["period_end"].value is None
    doc = records(book["documents"])[0]
    assert doc["doc_date"] == dt.datetime(2010, 1, 1)
    assert doc["title"] == "Joint declaration on Calais"


def test_text_that_looks_like_a_formula_stays_text(book):
    cells = [c for row in book["commitments"].iter_rows() for c in row]
    formula_like = [c for c in cells if isinstance(c.value, str) and c.value.startswith("=")]
    assert [c.value for c in formula_like] == ["=The returns of migrants will increase."]
    assert all(c.data_type == "s" for c in formula_like)
    assert not any(c.data_type == "f" for c in cells)


def test_the_data_dictionary_sheet_describes_every_column_from_the_contract(book):
    rows = records(book[DICTIONARY_SHEET])
    assert [(r["table"], r["column"]) for r in rows] == [
        (t.name, c.name) for t in TABLES.values() for c in t.columns
    ]
    theme = next(r for r in rows if (r["table"], r["column"]) == ("commitments", "theme"))
    assert theme["description"] == TABLES["commitments"].column("theme").description
    assert "returns" in theme["allowed_values"]
    assert theme["required"] is True
    doc_id = next(r for r in rows if (r["table"], r["column"]) == ("funding", "doc_id"))
    assert doc_id["references"] == "documents.doc_id"


def test_a_text_longer_than_an_excel_cell_is_cut_with_a_marker_and_the_dictionary_says_so(tmp_path):
    tables = sample_tables()
    long_text = "Calais. " * 6_000  # 48,000 characters
    tables["documents"].loc[0, "text"] = long_text
    cut = write_workbook(tables, tmp_path / "long.xlsx")
    assert cut["documents"] == {"text": 1}
    book = openpyxl.load_workbook(tmp_path / "long.xlsx")
    texts = [r["text"] for r in records(book["documents"])]
    cut_text = next(t for t in texts if t.startswith("Calais."))
    assert len(cut_text) <= CELL_LIMIT
    assert long_text.startswith(cut_text[: cut_text.index(" […truncated")])
    assert f"of {len(long_text)} characters" in cut_text
    note = next(
        r["notes"]
        for r in records(book[DICTIONARY_SHEET])
        if (r["table"], r["column"]) == ("documents", "text")
    )
    assert note.startswith("1 cell(s) longer than Excel's 32,767 characters")


def test_same_tables_in_any_row_order_give_the_same_bytes(tmp_path):
    tables = sample_tables()
    shuffled = {name: df.iloc[::-1].reset_index(drop=True) for name, df in tables.items()}
    write_workbook(tables, tmp_path / "one.xlsx")
    write_workbook(shuffled, tmp_path / "two.xlsx")
    assert (tmp_path / "one.xlsx").read_bytes() == (tmp_path / "two.xlsx").read_bytes()


def test_empty_tables_give_a_workbook_with_headers_only(tmp_path):
    write_workbook({name: empty_frame(table) for name, table in TABLES.items()}, tmp_path / "empty.xlsx")
    book = openpyxl.load_workbook(tmp_path / "empty.xlsx")
    assert [book[name].max_row for name in TABLES] == [1] * len(TABLES)


def test_the_check_reads_row_counts_back_and_names_what_is_wrong(tmp_path):
    tables = sample_tables()
    path = tmp_path / "release.xlsx"
    write_workbook(tables, path)
    counts = {name: len(df) for name, df in tables.items()}
    assert workbook_problems(path, counts) == []
    assert workbook_problems(path, {**counts, "commitments": 99}) == [
        "release.xlsx: sheet commitments has 3 rows, 99 expected"
    ]
    (tmp_path / "broken.xlsx").write_bytes(b"PK not really a zip")
    assert workbook_problems(tmp_path / "broken.xlsx", counts)[0].startswith("broken.xlsx: unreadable")


def test_the_about_sheet_comes_first_with_a_row_count_per_table_and_the_licence(book):
    tables = sample_tables()
    rows = [r for r in book[ABOUT_SHEET].iter_rows(values_only=True)]
    assert book.active.title == ABOUT_SHEET
    per_sheet = {r[0]: r[1] for r in rows if r and r[0] in TABLES}
    assert per_sheet == {name: len(df) for name, df in tables.items()}
    assert any(r[0] == "licence" and "CC-BY-4.0" in r[1] for r in rows)


@pytest.mark.parametrize("chunk", [1, 3, 4, 5, 6, 64])
def test_rows_are_counted_once_whatever_chunk_cuts_a_tag(monkeypatch, chunk):
    import io

    from pipeline.publish import workbook

    xml = b'<sheetData><row r="1"><c/></row><row r="2"/><rowBreaks/><row r="3">&lt;row x</row></sheetData>'
    monkeypatch.setattr(workbook, "CHUNK", chunk)
    assert workbook._count_rows(io.BytesIO(xml)) == 3


def test_money_has_thousands_separators_and_offsets_stay_plain(book):
    funding = book["funding"]
    header = [c.value for c in funding[1]]
    row = {h: cell for h, cell in zip(header, funding[2], strict=True)}
    assert row["amount"].number_format == "#,##0" and row["amount_gbp"].number_format == "#,##0"
    assert row["char_start"].number_format == "0"
    assert row["period_start"].number_format == "yyyy-mm-dd"


def test_a_value_with_a_fraction_keeps_its_decimals(tmp_path):
    tables = sample_tables()
    tables["funding"] = tables["funding"].assign(amount=2.5)
    path = tmp_path / "fraction.xlsx"
    write_workbook(tables, path)
    cell = openpyxl.load_workbook(path)["funding"]["F2"]
    assert cell.value == 2.5 and cell.number_format == "#,##0.0###"


def test_every_sheet_prints_landscape_one_page_wide_with_the_header_on_each_page(book):
    for name in [ABOUT_SHEET, *TABLES, DICTIONARY_SHEET]:
        sheet = book[name]
        assert sheet.page_setup.orientation == "landscape", name
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, name
        # fitToWidth absent means 1, the OOXML default; the height a page per 30 rows at most (an open
        # height, 0, is read by LibreOffice as one page)
        pages_tall = max(1, -(-sheet.max_row // 30))
        assert (sheet.page_setup.fitToWidth or 1, sheet.page_setup.fitToHeight or 1) == (1, pages_tall), name
        assert sheet.print_title_rows == "$1:$1", name
        assert "&P" in (sheet.oddFooter.center.text or ""), name


def test_a_sheet_whose_relationship_has_no_target_is_reported_unreadable(tmp_path):
    """Not an AttributeError out of the check: the workbook is reported, as any unreadable one is."""
    import zipfile

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="documents" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{pkg}"><Relationship Id="rId1"/></Relationships>',
        )
    problems = workbook_problems(path, {name: 0 for name in TABLES})
    assert len(problems) == 1 and problems[0].startswith("broken.xlsx: unreadable")
