"""Recognise files that are not text by their first bytes, to name them in error messages
and to recognise a .docx by its content."""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FileKind:
    name: str  # short id: "pdf", "docx", "png", ...
    what: str  # "a PDF file"
    advice: str  # what the user can do instead

    def problem(self) -> str:
        return f"{self.what}, not plain text: {self.advice}"


_IMAGE = "an image has no text to import; run OCR on it first"
_ARCHIVE = "unpack it and import the files inside"
_OLD_OFFICE = "this format is not supported; save it as .docx or plain text"

_SIGNATURES = (
    (b"%PDF-", FileKind("pdf", "a PDF file", "PDF is not supported; export its text first")),
    (b"\x89PNG\r\n\x1a\n", FileKind("png", "a PNG image", _IMAGE)),
    (b"\xff\xd8\xff", FileKind("jpeg", "a JPEG image", _IMAGE)),
    (b"GIF87a", FileKind("gif", "a GIF image", _IMAGE)),
    (b"GIF89a", FileKind("gif", "a GIF image", _IMAGE)),
    (b"II*\x00", FileKind("tiff", "a TIFF image", _IMAGE)),
    (b"MM\x00*", FileKind("tiff", "a TIFF image", _IMAGE)),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FileKind("ole", "an old Office file (.doc, .xls)", _OLD_OFFICE)),
    (b"{\\rtf", FileKind("rtf", "an RTF document", _OLD_OFFICE)),
    (b"\x1f\x8b", FileKind("gzip", "a gzip archive", _ARCHIVE)),
    (b"7z\xbc\xaf\x27\x1c", FileKind("7z", "a 7-Zip archive", _ARCHIVE)),
    (b"Rar!\x1a\x07", FileKind("rar", "a RAR archive", _ARCHIVE)),
    (b"SQLite format 3\x00", FileKind("sqlite", "an SQLite database", "it holds no document text")),
    (b"\x7fELF", FileKind("elf", "an executable program", "it holds no document text")),
)

_ZIP_MEMBERS = (  # a member name that tells what an Office/ODF/EPUB zip holds
    ("word/document.xml", FileKind("docx", "a Word document (.docx)", "import it as .docx to extract its text")),
    ("xl/workbook.xml", FileKind("xlsx", "an Excel workbook", "export the sheet as text first")),
    ("ppt/presentation.xml", FileKind("pptx", "a PowerPoint presentation", "export its text first")),
    ("content.xml", FileKind("odf", "an OpenDocument file", _OLD_OFFICE)),
    ("META-INF/container.xml", FileKind("epub", "an EPUB book", "export its text first")),
)
_ZIP = FileKind("zip", "a ZIP archive", _ARCHIVE)


def sniff(data: bytes) -> FileKind | None:
    """The kind of a non-text file, or None when the bytes may be text."""
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return FileKind("webp", "a WebP image", _IMAGE)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    return None


def _zip_kind(data: bytes) -> FileKind:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, EOFError, ValueError):
        return _ZIP
    for member, kind in _ZIP_MEMBERS:
        if member in names:
            return kind
    return _ZIP
