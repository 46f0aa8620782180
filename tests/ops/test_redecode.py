"""Re-decoding from the stored bytes: a new decoding, the old one kept as history."""
import pytest

from editor.core.text.edits import Edit
from editor.core.errors import ConflictError, InputError
from editor.core.cleanup.profiles import DEFAULT
from editor.ops import redecode, texts
from editor.ops.importing import import_bytes
from tests.ops.import_files import docx_bytes, html_bytes, lines, text


def _doc(store, data, name="a.txt"):
    return import_bytes(store, data, name, None, DEFAULT).document_ids[0]


def _decodings(store):
    return store.db.conn.execute("SELECT count(*) FROM decoding").fetchone()[0]


def test_preview_decodes_without_writing(store):
    doc = _doc(store, text("000").encode("utf-8"))
    preview = redecode.preview(store, doc, "latin-1")
    assert preview.text == text("000").encode("utf-8").decode("latin-1") and preview.encoding == "latin-1"
    assert _decodings(store) == 1 and texts.current(store, doc).raw == text("000")


def test_redecode_points_the_document_at_a_user_decoding(store):
    doc = _doc(store, text("000").encode("utf-8"))
    new = redecode.redecode(store, doc, "latin-1", None).value
    assert store.documents.get(doc).decoding_id == new
    assert store.sources.decoding(new).origin == "user"
    assert texts.current(store, doc).raw == text("000").encode("utf-8").decode("latin-1")


def test_both_decodings_stay_in_the_history(store):
    doc = _doc(store, text("000").encode("utf-8"))
    redecode.redecode(store, doc, "latin-1", None)
    entries = redecode.history(store, doc)
    assert [(e.encoding, e.origin, e.current) for e in entries] == [("utf-8", "auto", False),
                                                                    ("latin-1", "user", True)]


def test_old_edits_stay_with_the_old_decoding(store):
    doc = _doc(store, text("000").encode("utf-8"))
    texts.append(store, doc, [Edit(0, 0, "𠀀")], "user")
    old = store.documents.get(doc).decoding_id
    redecode.redecode(store, doc, "latin-1", None)
    assert store.log.latest_revision(doc, old).text.startswith("𠀀")
    assert not texts.current(store, doc).text.startswith("𠀀")
    assert [e.edits > 0 for e in redecode.history(store, doc)] == [True, False]


def test_redecode_runs_cleanup_on_the_new_raw(store):
    doc = _doc(store, text("000").encode("utf-8"))
    new = redecode.redecode(store, doc, "latin-1", DEFAULT).value
    runs = store.db.conn.execute("SELECT count(*) FROM clean_run WHERE decoding_id = ?", [new]).fetchone()
    assert runs == (1,)


def test_back_to_raw_status_after_redecode(store):
    doc = _doc(store, text("000").encode("utf-8"))
    texts.append(store, doc, [Edit(0, 0, "x")], "user")
    redecode.redecode(store, doc, "latin-1", None)
    assert store.documents.get(doc).status == "raw"


def test_a_codec_that_cannot_decode_the_bytes_is_refused(store):
    doc = _doc(store, text("000").encode("utf-8"))
    with pytest.raises(InputError, match="cannot decode as ascii"):
        redecode.preview(store, doc, "ascii")
    with pytest.raises(InputError, match="not a known encoding"):
        redecode.redecode(store, doc, "klingon", None)
    assert _decodings(store) == 1


def test_the_same_text_again_is_refused(store):
    doc = _doc(store, text("000").encode("gbk"))
    with pytest.raises(ConflictError, match="gives the text it has now"):
        redecode.redecode(store, doc, "gb18030", None)


def test_candidates_start_with_the_detected_reading(store):
    doc = _doc(store, text("003").encode("cp950"))
    found = redecode.candidates(store, doc)
    assert found[0].text == texts.current(store, doc).raw and len(found) > 1


def test_a_candidate_can_be_chosen(store):
    doc = _doc(store, text("003").encode("cp950"))
    other = redecode.candidates(store, doc)[1]
    redecode.redecode(store, doc, other, None)
    assert texts.current(store, doc).raw == other.text


def test_html_is_previewed_as_its_visible_text(store):
    doc = _doc(store, html_bytes(lines("000", 4), "gb2312", "gbk"), "p.html")
    preview = redecode.preview(store, doc, "gb18030")
    assert "<p>" not in preview.text and preview.text == "\n".join(ln.strip() for ln in lines("000", 4))


def test_a_docx_has_no_encoding_to_choose(store):
    doc = _doc(store, docx_bytes(lines("001", 3)), "w.docx")
    with pytest.raises(InputError, match="no byte encoding"):
        redecode.preview(store, doc, "gbk")
