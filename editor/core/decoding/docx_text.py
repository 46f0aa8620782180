"""The text of a Word .docx: one paragraph per line, table cells in document order."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import lxml.etree
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table

from editor.core.errors import InputError


def _table_lines(table: Table) -> list[str]:
    lines, seen = [], set()
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:  # a merged cell is listed once per grid column it spans
                continue
            seen.add(cell._tc)  # the set keeps the element proxy alive, so identity holds
            lines.extend(p.text for p in cell.paragraphs)
            for inner in cell.tables:
                lines.extend(_table_lines(inner))
    return lines


def docx_text(data: bytes, path: str | Path | None = None) -> str:
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, lxml.etree.XMLSyntaxError) as err:
        raise InputError(path, f"not a readable .docx file ({err})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.append(block.text)
    return "\n".join(lines)
