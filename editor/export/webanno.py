"""WebAnno TSV 3.3, the format INCEpTION (and WebAnno) read natively: a .zip of one
``NAME.tsv`` per document, to unzip and import as "WebAnno TSV v3.3". One file per export keeps
the registry's one-stream writer, as for brat.

Each file declares one span layer, DKPro's named entity (``#T_SP=de.tudarmstadt.ukp.dkpro.core.
api.ner.type.NamedEntity|identifier|value``), then per sentence ``#Text=`` and one line per
token: ``sentence-token``, ``begin-end``, the token, the identifier column (``*``) and the label
(``PER``). Tokens are characters, as for CoNLL (whitespace is no token), so every span boundary
is a token boundary. A span over several tokens, or stacked with another, carries its number
in brackets (``PER[3]``); stacked spans (江西省 inside 江西省总工会) are both kept, joined with ``|``: this format holds
nesting. Offsets are UTF-16 code units, as Java counts (a token after 𠀀 starts one unit
later); sentences are cut as the CoNLL export cuts them, never inside a span.
"""
from __future__ import annotations

import zipfile
from typing import BinaryIO

from editor.core.model import IssueView, Span
from editor.core.text.units import to_utf16
from editor.export.base import ExportOptions
from editor.export.brat import _unique, _without_txt
from editor.export.conll import SENTENCE_END
from editor.export.files import file_stem, safe_name
from editor.export.spans import exported_spans

HEADER = ("#FORMAT=WebAnno TSV 3.3\n"
          "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n\n\n")
_ESCAPE = str.maketrans({c: "\\" + c for c in "\\[]|_;*"} | {"\t": "\\t", "\n": "\\n", "\r": "\\r"})


def write(issue: IssueView, out: BinaryIO, options: ExportOptions) -> None:
    folder = file_stem(issue.meta, issue.id)
    names: set[str] = set()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for doc in issue.documents:
            name = _unique(safe_name(_without_txt(doc.name)) or f"document-{doc.id}", names)
            archive.writestr(f"{folder}/{name}.tsv", tsv(doc.text, exported_spans(doc, options)).encode("utf-8"))


def escape(value: str) -> str:
    return value.translate(_ESCAPE).replace("->", "-\\>")


def tsv(text: str, spans: list[Span]) -> str:
    unit = to_utf16(text)
    cover: dict[int, list[Span]] = {}
    for s in spans:
        for i in range(s.start, s.end):
            cover.setdefault(i, []).append(s)
    # A span over several tokens, or stacked with another on a token, needs its number to be told apart.
    numbered = (s for s in spans if s.end - s.start > 1 or any(len(cover[i]) > 1 for i in range(s.start, s.end)))
    numbers = {id(s): n for n, s in enumerate(numbered, start=1)}
    inside = {i for s in spans for i in range(s.start + 1, s.end)}
    cuts = [m.end() for m in SENTENCE_END.finditer(text) if m.end() not in inside]
    parts = [HEADER]
    number = 0
    for start, end in zip([0, *cuts], [*cuts, len(text)]):
        tokens = [i for i in range(start, end) if not text[i].isspace()]
        if not tokens:
            continue
        number += 1
        parts.append(f"#Text={escape(text[start:end].strip())}\n")
        for k, i in enumerate(tokens, start=1):
            marks = cover.get(i, [])
            ident = "|".join(f"*[{numbers[id(s)]}]" if id(s) in numbers else "*" for s in marks) or "_"
            value = "|".join(escape(s.label) + (f"[{numbers[id(s)]}]" if id(s) in numbers else "")
                             for s in marks) or "_"
            parts.append(f"{number}-{k}\t{unit(i)}-{unit(i + 1)}\t{escape(text[i])}\t{ident}\t{value}\n")
        parts.append("\n")
    return "".join(parts)
