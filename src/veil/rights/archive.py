"""The export archive's two documents, written incrementally into a streamed ZIP.

``data.json`` (``FORMAT``/``FORMAT_VERSION``, schema in ``docs/export.schema.json``) and
``index.html`` (self-contained, offline, escaped by Jinja2's autoescape) are produced from
the same sections: each table is a header, then its rows one at a time, so memory does not
grow with the history.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any

from jinja2 import Environment

FORMAT = "veil.export"
FORMAT_VERSION = 1

JsonRow = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ColumnInfo:
    name: str
    category: str
    purpose: str
    protection: str


@dataclass(frozen=True, slots=True)
class Section:
    """One table of the subject's data, or the access log."""

    name: str
    title: str
    purpose: str
    retention: str
    columns: tuple[ColumnInfo, ...]


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class JsonWriter:
    """Writes ``data.json`` piece by piece into a binary stream."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._first_section = True
        self._first_row = True

    def _write(self, text: str) -> None:
        self._out.write(text.encode("utf-8"))

    def begin(self, header: Mapping[str, Any]) -> None:
        self._write("{" + _dump(header)[1:-1] + ',"sections":[')

    def begin_section(self, section: Section) -> None:
        meta = {
            "name": section.name,
            "purpose": section.purpose,
            "retention": section.retention,
            "columns": [
                {
                    "name": c.name,
                    "category": c.category,
                    "purpose": c.purpose,
                    "protection": c.protection,
                }
                for c in section.columns
            ],
        }
        self._write(("" if self._first_section else ",") + _dump(meta)[:-1] + ',"rows":[')
        self._first_section, self._first_row = False, True

    def rows(self, page: Sequence[JsonRow]) -> None:
        if page:
            self._write(("" if self._first_row else ",") + ",".join(_dump(row) for row in page))
            self._first_row = False

    def end_section(self) -> None:
        self._write("]}")

    def end(self) -> None:
        self._write("]}")


_HEAD = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Your Veil data</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:90rem}
table{border-collapse:collapse;margin:0 0 2rem;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3} td{white-space:pre-wrap;word-break:break-word}
.meta{color:#555}
</style></head><body>
<h1>Your Veil data</h1>
<p class="meta">Exported {{ generated_at }} (format {{ format }} v{{ version }}).
Everything Veil stores about you, table by table, and every time someone other than you
(staff or an automated job) touched your data. The same data, machine-readable, is in
<code>data.json</code>.</p>
"""
_SECTION = """<h2>{{ title }}</h2>
<p class="meta">Purpose: {{ purpose }}. Kept: {{ retention }}.</p>
<table><thead><tr>{% for c in columns %}<th title="{{ c.category }}">{{ c.name }}</th>{% endfor %}
</tr></thead><tbody>
"""
_ROWS = (
    "{% for values in rows %}<tr>{% for value in values %}<td>{{ value }}</td>{% endfor %}"
    "</tr>\n{% endfor %}"
)
_END_SECTION = "</tbody></table>\n"
_FOOT = '<p class="meta">End of export.</p></body></html>\n'


class HtmlWriter:
    """Writes ``index.html`` piece by piece; every value is escaped by autoescape."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        env = Environment(autoescape=True, keep_trailing_newline=True)
        self._head = env.from_string(_HEAD)
        self._section = env.from_string(_SECTION)
        self._rows = env.from_string(_ROWS)
        self._columns: tuple[str, ...] = ()

    def _write(self, text: str) -> None:
        self._out.write(text.encode("utf-8"))

    def begin(self, header: Mapping[str, Any]) -> None:
        self._write(self._head.render(**header))

    def begin_section(self, section: Section) -> None:
        self._columns = tuple(c.name for c in section.columns)
        self._write(
            self._section.render(
                title=section.title,
                purpose=section.purpose,
                retention=section.retention,
                columns=section.columns,
            )
        )

    def rows(self, page: Sequence[JsonRow]) -> None:
        table = [[_text(row.get(name)) for name in self._columns] for row in page]
        self._write(self._rows.render(rows=table))

    def end_section(self) -> None:
        self._write(_END_SECTION)

    def end(self) -> None:
        self._write(_FOOT)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return _dump(value)


Writer = JsonWriter | HtmlWriter


def write_all(
    writers: Sequence[Writer],
    header: Mapping[str, Any],
    sections: Iterable[tuple[Section, Iterable[Sequence[JsonRow]]]],
) -> None:
    """Feed every writer the same sections, page by page, in one pass over the data."""
    for writer in writers:
        writer.begin(header)
    for section, pages in sections:
        for writer in writers:
            writer.begin_section(section)
        for page in pages:
            for writer in writers:
                writer.rows(page)
        for writer in writers:
            writer.end_section()
    for writer in writers:
        writer.end()
