"""The visible text of an HTML page: one line per block, without head, scripts or styles.

A page's ``<meta charset>`` (or http-equiv, or XML declaration) is a hint, not the truth:
pages declare gb2312 and are GBK, or keep a charset after being re-saved as UTF-8. The
declared codec is used when it decodes the bytes and reads about as well as what the
detector found; otherwise the detector's reading stands and the repairs say so.
"""
from __future__ import annotations

import codecs
import re

import lxml.etree
import lxml.html

from editor.core.decoding.charmodel import score
from editor.core.decoding.decode import decode, decode_as
from editor.core.errors import InputError
from editor.core.model import Decoded

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)
# What browsers read a label as (WHATWG): a page that says gb2312 may use any GBK character.
_LABELS = {"gb2312": "gbk", "x-gbk": "gbk", "csgb2312": "gbk", "chinese": "gbk", "iso-ir-58": "gbk",
           "big5": "big5", "x-x-big5": "big5", "cn-big5": "big5", "csbig5": "big5"}
_FAMILIES = ({"gb2312", "gbk", "gb18030"}, {"big5", "cp950", "big5hkscs"},
             {"utf-8", "utf-8-sig", "ascii"}, {"utf-16", "utf-16-le", "utf-16-be"})
_TIE = 8.0  # nats: the declared codec may read this much worse and still be believed

_SKIP = {"head", "script", "style", "noscript", "template", "svg", "math", "object", "iframe"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
}
_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML white space: not U+3000, not no-break space
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def declared_charset(data: bytes) -> str | None:
    """The codec a page declares in its first bytes, as browsers read it, if Python knows it."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").lower()
    label = _LABELS.get(label, label)
    try:
        return codecs.lookup(label).name.replace("_", "-")
    except LookupError:
        return None


def _family(codec: str) -> int:
    return next((i for i, f in enumerate(_FAMILIES) if codec in f), -1)


def decode_html(data: bytes, path=None) -> Decoded:
    """The page's characters: the detector's reading, or the declared one when it fits."""
    found = decode(data, path)
    declared = declared_charset(data)
    if declared is None or _family(declared) == _family(found.encoding) != -1:
        return found
    try:
        stated = decode_as(data, declared, path)
    except InputError:
        stated = None
    if stated is not None and score(stated.text).logp >= score(found.text).logp - _TIE:
        return Decoded(stated.text, stated.encoding, found.confidence, (), stated.warnings)
    note = f"the page declares {declared}, which does not fit its bytes; read as {found.encoding}"
    return Decoded(found.text, found.encoding, found.confidence, found.repairs + (note,), found.warnings)


def visible_text(markup: str) -> str:
    """Text a reader sees: block elements and <br> end lines, white space collapses as in HTML."""
    markup = _XML_DECLARATION.sub("", markup)  # lxml refuses str input that declares an encoding
    if not markup.strip():
        return ""
    root = lxml.html.document_fromstring(markup)
    parts: list[str] = []
    walk = lxml.etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walk:
        tag = el.tag if isinstance(el.tag, str) else None
        if event == "start":
            if tag in _SKIP:
                walk.skip_subtree()
                continue
            if tag in _BLOCKS:
                parts.append("\n")
            parts.append(el.text or "")
        else:  # the end of an element, a comment or a processing instruction
            if tag in _BLOCKS:
                parts.append("\n")
            parts.append(el.tail or "")
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
