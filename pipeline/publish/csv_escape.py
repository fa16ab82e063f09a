"""Spreadsheet-safe CSV as a stream: the rule of the published CSVs (``tables.spreadsheet_safe``)
applied to CSV someone else writes, record by record, as its bytes arrive (Datasette's CSV export,
``datasette_plugins/escape_csv.py``).

A cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, a tab or a
carriage return first) gets a leading `'`; a cell that is a plain number (`-5`, `+1.5`) is left as
it is, since a spreadsheet reads it as that number; the header row is left as it is.
"""

from __future__ import annotations

import codecs
import csv
import io
import re

from pipeline.publish.tables import FORMULA_PREFIXES

_QUOTE_OR_NEWLINE = re.compile(r'["\n]')
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(cell: str) -> str:
    if cell.startswith(FORMULA_PREFIXES) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


class CsvFormulaEscaper:
    """Feed CSV bytes in any pieces; get back the same records, each text cell made safe. Only
    whole records are rewritten: a record is complete at a newline outside double quotes."""

    def __init__(self, header: bool = True) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""
        self._in_quotes = False
        self._header = header

    def feed(self, data: bytes) -> bytes:
        start = len(self._buffer)
        self._buffer += self._decoder.decode(data)
        boundary = -1
        for match in _QUOTE_OR_NEWLINE.finditer(self._buffer, start):
            if match.group() == '"':
                self._in_quotes = not self._in_quotes
            elif not self._in_quotes:
                boundary = match.end()
        if boundary < 0:
            return b""
        complete, self._buffer = self._buffer[:boundary], self._buffer[boundary:]
        return self._rewrite(complete)

    def finish(self) -> bytes:
        rest, self._buffer = self._buffer + self._decoder.decode(b"", final=True), ""
        return self._rewrite(rest) if rest else b""

    def _rewrite(self, text: str) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        for row in csv.reader(io.StringIO(text, newline="")):
            if self._header:
                self._header = False
                writer.writerow(row)
            else:
                writer.writerow([safe_cell(cell) for cell in row])
        return out.getvalue().encode("utf-8")
