"""The export formats. Adding a format = a module with ``write(issue, out, options)`` + a line
in FORMATS. The export dialog and ``jiaokan export`` list what is here; the integrator writes
files with ``write_atomic(folder / f"{file_stem(meta, id)}.{fmt.extension}", ...)``."""
from __future__ import annotations

from importlib.util import find_spec

from editor.export import (brat, conll, doccano, htmlfile, jsonfile, labelstudio, md, tei, txt,
                           webanno, word)
from editor.export.base import ExportOptions, Format, Writer
from editor.export.files import file_stem, safe_name, write_atomic

FORMATS: tuple[Format, ...] = (
    Format("md", "Markdown", "md", "issue", md.write),
    Format("txt", "Plain text", "txt", "issue", txt.write),
    Format("html", "HTML page", "html", "issue", htmlfile.write),
    Format("docx", "Word document", "docx", "issue", word.write),
    Format("tei", "TEI P5 XML", "tei.xml", "issue", tei.write),
    Format("json", "Jiaokan JSON (everything)", "json", "issue", jsonfile.write),
    Format("doccano", "doccano JSONL", "jsonl", "dataset", doccano.write),
    Format("labelstudio", "Label Studio tasks", "labelstudio.json", "dataset", labelstudio.write),
    Format("conll", "CoNLL BIO (one character per line)", "conll", "dataset", conll.write),
    Format("brat", "brat standoff (zip)", "brat.zip", "dataset", brat.write),
    Format("webanno", "WebAnno TSV 3.3 for INCEpTION (zip)", "webanno.zip", "dataset", webanno.write),
)
if find_spec("spacy") is not None:  # the optional "spacy" extra
    from editor.export import spacybin

    FORMATS += (Format("spacy", "spaCy DocBin", "spacy", "dataset", spacybin.write),)

BY_NAME = {f.name: f for f in FORMATS}

__all__ = ["BY_NAME", "FORMATS", "ExportOptions", "Format", "Writer", "file_stem", "safe_name",
           "write_atomic"]
