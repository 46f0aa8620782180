"""Text out of an imported file, chosen by its extension and its first bytes: plain text and
Markdown are decoded, HTML reduced to its visible text, .docx read paragraph by paragraph.

The caller stores the original bytes untouched; ``Extracted`` is what the document is made of.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from editor.core.decoding.decode import candidates, decode, decode_as, text_issues
from editor.core.decoding.docx_text import docx_text
from editor.core.errors import InputError
from editor.core.decoding.html_text import decode_html, visible_text
from editor.core.decoding.magic import sniff
from editor.core.model import Decoded, TextIssue

KINDS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
         ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx"}


@dataclass(frozen=True, slots=True)
class Extracted:
    """``text`` is the document's raw text. ``decoded`` is how the bytes became characters
    (for HTML: the markup); None for .docx, which has no byte encoding of its own."""

    text: str
    kind: str  # "text", "markdown", "html", "docx"
    decoded: Decoded | None
    warnings: tuple[TextIssue, ...] = ()  # positions in ``text``

    @property
    def encoding(self) -> str:
        return self.decoded.encoding if self.decoded else self.kind

    @property
    def confidence(self) -> float:
        return self.decoded.confidence if self.decoded else 1.0

    @property
    def repairs(self) -> tuple[str, ...]:
        return self.decoded.repairs if self.decoded else ()


def extract(name: str, data: bytes) -> Extracted:
    """Raises InputError for empty, binary or unsupported files, naming the file."""
    suffix = PurePath(name).suffix.lower()
    if not data:
        raise InputError(name, "the file is empty")
    found = sniff(data)
    if found is not None and found.name == "docx":
        kind = "docx"  # a .docx by content, whatever it is called
    elif found is not None:
        raise InputError(name, found.problem())
    elif suffix not in KINDS:
        raise InputError(name, f"not a supported file type ({suffix or 'no extension'})")
    else:
        kind = KINDS[suffix]
    if kind == "docx":
        if found is None:
            raise InputError(name, "not a .docx file: its bytes are not a Word package")
        text = docx_text(data, name)
        return Extracted(text, kind, None, text_issues(text))
    if kind == "html":
        decoded = decode_html(data, name)
        text = visible_text(decoded.text)
        return Extracted(text, kind, decoded, text_issues(text))
    decoded = decode(data, name)
    return Extracted(decoded.text, kind, decoded, decoded.warnings)


_BYTE_KINDS = ("text", "markdown", "html", "paste")


def _as_document(kind: str, decoded: Decoded) -> Decoded:
    """A reading of the bytes as the document's text: an HTML page's visible text."""
    if kind != "html":
        return decoded
    text = visible_text(decoded.text)
    return Decoded(text, decoded.encoding, decoded.confidence, decoded.repairs, text_issues(text))


def _check_kind(kind: str, name: str) -> None:
    if kind not in _BYTE_KINDS:
        raise InputError(name, f"a {kind} source has no byte encoding to choose")


def readings(kind: str, data: bytes, name: str, limit: int = 5) -> list[Decoded]:
    """The plausible readings of a stored file, best first, each as the document's text:
    for choosing another decoding by eye."""
    _check_kind(kind, name)
    try:
        return [_as_document(kind, d) for d in candidates(data, limit)]
    except InputError as err:
        raise InputError(name, err.problem) from None


def read_as(kind: str, data: bytes, encoding: str, name: str) -> Decoded:
    """The document's text with the codec a person chose, to re-decode a stored file."""
    _check_kind(kind, name)
    return _as_document(kind, decode_as(data, encoding, name))
