"""Every supported suffix becomes a document with its bytes, sha256, encoding and confidence."""
import hashlib

import pytest

from editor.ops import texts
from editor.ops.importing import import_paths
from tests.ops.import_files import every_kind, lines, text

# 000 and 004 need no GBK-only character: the narrowest codec that reads them is named
KINDS = {"gbk.txt": ("text", "gb2312"), "big5.txt": ("text", "big5"), "utf16.txt": ("text", "utf-16"),
         "notes.md": ("markdown", "utf-8"), "page.html": ("html", "gb2312"), "page.htm": ("html", "utf-8"),
         "word.docx": ("docx", "docx")}


@pytest.fixture
def folder(tmp_path):
    return every_kind(tmp_path / "in")


def _result(report, name):
    (r,) = [r for r in report.results if r.path.endswith(name)]
    return r


@pytest.mark.parametrize("name", sorted(KINDS))
def test_each_suffix_is_imported_with_kind_and_encoding(store, folder, name):
    report = import_paths(store, [folder[name]], None)
    r = _result(report, name)
    source = store.sources.get(store.documents.get(r.document_ids[0]).source_id)
    assert (r.status, source.kind, r.encoding) == ("imported", *KINDS[name])


@pytest.mark.parametrize("name", sorted(KINDS))
def test_original_bytes_and_sha256_are_stored(store, folder, name):
    r = _result(import_paths(store, [folder[name]], None), name)
    doc = store.documents.get(r.document_ids[0])
    data = folder[name].read_bytes()
    assert store.sources.data(doc.source_id) == data
    assert store.sources.get(doc.source_id).sha256 == hashlib.sha256(data).hexdigest() == r.sha256


def test_decoded_text_is_the_transcription(store, folder):
    report = import_paths(store, [folder["big5.txt"], folder["utf16.txt"]], None)
    raws = [texts.current(store, r.document_ids[0]).raw for r in report.results]
    assert raws == [text("003"), text("001")]


def test_html_keeps_the_visible_text(store, folder):
    r = _result(import_paths(store, [folder["page.html"]], None), "page.html")
    assert texts.current(store, r.document_ids[0]).raw == "\n".join(ln.strip() for ln in lines("004", 6))


def test_docx_keeps_the_paragraphs(store, folder):
    r = _result(import_paths(store, [folder["word.docx"]], None), "word.docx")
    assert texts.current(store, r.document_ids[0]).raw == "\n".join(lines("001", 8))


def test_confidence_is_stored_with_the_decoding(store, folder):
    r = _result(import_paths(store, [folder["gbk.txt"]], None), "gbk.txt")
    decoding = store.sources.decoding(store.documents.get(r.document_ids[0]).decoding_id)
    assert decoding.decoded.confidence == r.confidence and 0.5 < r.confidence <= 1.0
    assert decoding.origin == "auto"


def test_a_folder_is_imported_recursively(store, tmp_path, folder):
    (tmp_path / "in" / "deeper" / "more").mkdir(parents=True)
    (tmp_path / "in" / "deeper" / "more" / "x.txt").write_text(text("004"), encoding="utf-8")
    report = import_paths(store, [tmp_path / "in"], None)
    assert len(report.by_status("imported")) == len(KINDS) + 1
    assert store.counts()["documents"] == len(KINDS) + 1


def test_document_is_named_after_the_file(store, folder):
    r = _result(import_paths(store, [folder["notes.md"]], None), "notes.md")
    assert store.documents.get(r.document_ids[0]).name == "notes"
