"""Find and replace over the store: the listing writes nothing, replace-all is one undo step
attributed to the replacement, a search gone stale is refused, replacements go to a list."""
import pytest

from editor.core.errors import ConflictError, InputError
from editor.core.text.edits import Edit
from editor.core.text.find import Query
from editor.ops import history, replace, texts, typing
from editor.ops.importing import import_bytes


def _import(store, text, name):
    return import_bytes(store, text.encode(), name, None, None).document_ids[0]


@pytest.fixture
def docs(store):
    return [_import(store, "𠀀记者说：疫情防控and复工。疫情", "a.txt"),
            _import(store, "疫情好转，疫情。", "b.txt")]


def _text(store, doc):
    return texts.current(store, doc).text


def test_search_lists_every_match_and_writes_nothing(store, docs):
    before = history.undo_entry(store)
    found = replace.search(store, docs, Query("疫情"), replacement="新冠")
    assert [(h.document_id, h.start) for h in found.hits] == [(docs[0], 5), (docs[0], 15), (docs[1], 0), (docs[1], 5)]
    assert found.touched == 2 and found.documents == 2
    assert found.hits[0].before == "𠀀记者说：" and found.hits[0].after.startswith("防控and")
    assert history.undo_entry(store) == before


def test_replace_all_is_one_undo_step_attributed_to_the_replacement(store, docs):
    found = replace.search(store, docs, Query("疫情"), replacement="新冠")
    keep = found.hits[1]  # unticked
    changes = replace.replace_hits(store, found, [h for h in found.hits if h is not keep])
    assert changes.value == 3 and changes.text == set(docs)
    assert _text(store, docs[0]) == "𠀀记者说：新冠防控and复工。疫情"
    assert _text(store, docs[1]) == "新冠好转，新冠。"
    entries = store.log.entries(docs[0], store.documents.get(docs[0]).decoding_id)
    assert {e.author for e in entries} == {"replace:疫情"}
    assert history.undo_entry(store).kind == "replace"
    history.undo(store)
    assert _text(store, docs[0]) == "𠀀记者说：疫情防控and复工。疫情"
    assert _text(store, docs[1]) == "疫情好转，疫情。"


def test_regex_replacement_with_groups(store, docs):
    found = replace.search(store, docs[:1], Query(r"(防控)(and)", regex=True), replacement=r"\1 \2 ")
    replace.replace_hits(store, found, found.hits)
    assert _text(store, docs[0]) == "𠀀记者说：疫情防控 and 复工。疫情"


def test_a_search_gone_stale_is_refused_and_nothing_changes(store, docs):
    found = replace.search(store, docs, Query("疫情"), replacement="新冠")
    typing.save(store, docs[1], [typing.Group((Edit(0, 0, "【"),))], texts.current(store, docs[1]).seq)
    with pytest.raises(ConflictError, match="search again"):
        replace.replace_hits(store, found, found.hits)
    assert _text(store, docs[0]) == "𠀀记者说：疫情防控and复工。疫情"


def test_raw_text_is_found_but_never_replaced(store, docs):
    found = replace.search(store, docs, Query("疫情"), source=replace.RAW)
    assert len(found.hits) == 4
    with pytest.raises(InputError, match="raw"):
        replace.search(store, docs, Query("疫情"), source=replace.RAW, replacement="x")
    with pytest.raises(InputError):
        replace.replace_hits(store, found, found.hits)


def test_a_replacement_is_saved_to_a_list_once(store, docs):
    replace.save_to_list(store, "OCR", Query("疫请"), "疫情")
    replace.save_to_list(store, "OCR", Query("疫请"), "疫情")
    replace.save_to_list(store, "OCR", Query("abc", case_sensitive=False), "ABC")
    (lst,) = store.profiles.replacement_lists()
    assert lst.name == "OCR" and lst.enabled
    assert [(e.pattern, e.replacement, e.regex) for e in lst.entries] == [("疫请", "疫情", False),
                                                                         ("(?i)abc", "ABC", True)]
    with pytest.raises(InputError):
        replace.save_to_list(store, "OCR", Query("and", whole_words=True), "")


def test_a_replacement_is_marked_as_the_editor_s_edit(store, docs):
    from editor.ops import review

    found = replace.search(store, docs[:1], Query("疫情"), replacement="新冠")
    replace.replace_hits(store, found, found.hits[:1])
    _raw, corrected = review.marks(store, docs[0])
    assert [(m.start, m.end) for m in corrected if m.kind == "user"] == [(5, 7)]
