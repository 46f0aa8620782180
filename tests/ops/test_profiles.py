"""Profiles and replacement lists saved in the store, dry runs, cleaning a chosen set."""
import pytest

from editor.core.errors import InputError
from editor.core.cleanup.profiles import BUILTIN, CONSERVATIVE, DEFAULT, Profile, RuleSetting
from editor.core.progress import NullProgress
from editor.core.cleanup.rules.base import Replacement, ReplacementList
from editor.ops import profiles as ops
from editor.ops import texts
from editor.store import Store

OCR = ReplacementList("ocr", (Replacement("己经", "已经", note="己/已"),
                              Replacement(r"(\d+)\s+万元", r"\1万元", regex=True)))


def _reopen(store):
    path = store.path
    store.close()
    return Store.open(path)


def test_profiles_and_lists_round_trip_through_a_reopened_store(store):
    mine = Profile("strict", 0.8, {"script.t2s": RuleSetting(False), "punct.width": RuleSetting(True, 0.95)})
    edited_default = DEFAULT.with_setting("noise", enabled=False)
    ops.save(store, [edited_default, CONSERVATIVE, mine], [OCR, ReplacementList("off", enabled=False)], "strict")
    store = _reopen(store)
    try:
        assert store.profiles.names() == ["default", "conservative", "strict"]
        assert ops.normalized(store.profiles.get("strict")) == mine
        assert not store.profiles.get("default").enabled("noise")
        assert store.profiles.saved_names() == ["default", "strict"]  # conservative unchanged: not saved
        assert store.profiles.replacement_lists() == [OCR, ReplacementList("off", enabled=False)]
        assert [lst.name for lst in store.profiles.get("strict").replacements] == ["ocr"]
        assert ops.import_profile(store).name == "strict"
    finally:
        store.close()


def test_a_builtin_set_back_to_its_shipped_settings_is_no_longer_saved(store):
    ops.save(store, [DEFAULT.with_setting("noise", enabled=False), CONSERVATIVE], [], "default")
    ops.save(store, [DEFAULT.with_setting("noise", enabled=True), CONSERVATIVE], [], "default")
    assert store.profiles.saved_names() == [] and store.profiles.get("default").enabled("noise")


def test_profiles_and_lists_left_out_are_deleted_and_the_import_choice_falls_back(store):
    ops.save(store, [*BUILTIN.values(), Profile("mine", 0.7)], [OCR, ReplacementList("b")], "mine")
    ops.save(store, list(BUILTIN.values()), [ReplacementList("b")], "mine")
    assert store.profiles.names() == ["default", "conservative"]
    assert [lst.name for lst in store.profiles.replacement_lists()] == ["b"]
    assert ops.import_profile_name(store) == "default"


def test_a_list_that_cannot_run_is_refused_and_nothing_is_written(store):
    bad = ReplacementList("mine", (Replacement("ok", "fine"), Replacement("[0-9", "x", regex=True)))
    with pytest.raises(InputError, match=r"replacement list 'mine', row 2: bad pattern '\[0-9'"):
        ops.save(store, [DEFAULT.with_setting("noise", enabled=False), CONSERVATIVE], [bad], "default")
    assert store.profiles.saved_names() == [] and store.profiles.replacement_lists() == []


def test_dry_run_counts_what_each_list_would_replace_in_the_current_texts(seeded):
    ids = ops.scope_documents(seeded, ops.ALL)
    current = [texts.current(seeded, i).text for i in ids]
    lists = [ReplacementList("z-off", (Replacement("工会", "公会"),), enabled=False),
             ReplacementList("a", (Replacement("工人", "工友"),))]
    before = [seeded.log.latest_revision(i, seeded.documents.get(i).decoding_id).seq for i in ids]
    result = ops.dry_run(seeded, ids, lists)
    assert result.counts == {"a": sum(t.count("工人") for t in current), "z-off": sum(t.count("工会") for t in current)}
    assert result.counts["a"] > 0 and result.documents == 5
    assert result.touched == sum(1 for t in current if "工人" in t or "工会" in t)
    assert [seeded.log.latest_revision(i, seeded.documents.get(i).decoding_id).seq for i in ids] == before


def test_scopes_follow_the_issue_tree(seeded):
    rows = seeded.documents.tree()
    issue = rows[0].issue_id
    assert ops.scope_documents(seeded, ops.ALL) == [r.document_id for r in rows]
    assert ops.scope_documents(seeded, ops.ISSUE, issue_id=issue) == [r.document_id for r in rows
                                                                      if r.issue_id == issue]
    assert ops.scope_documents(seeded, ops.DOCUMENT, document_id=rows[2].document_id) == [rows[2].document_id]
    assert ops.scope_documents(seeded, ops.DOCUMENT) == []


class _CancelAfter(NullProgress):
    """Cancels once ``n`` documents were started."""

    def __init__(self, n):
        self.n, self.started = n, 0

    def report(self, done, total, message=""):
        self.started = max(self.started, done + 1 if done < total else done)

    def cancelled(self):
        return self.started >= self.n


def test_a_cancelled_clean_leaves_whole_documents_and_reports_them(seeded):
    seeded.profiles.save_replacement_list(ReplacementList("a", (Replacement("工人", "工友"),)))
    ids = ops.scope_documents(seeded, ops.ALL)
    before = {i: texts.current(seeded, i).text for i in ids}
    report = ops.clean_scope(seeded, ids, seeded.profiles.get("default"), _CancelAfter(2))
    assert report.cancelled and report.document_ids == ids[:2] and report.total == 5
    after = {i: texts.current(seeded, i).text for i in ids}
    for i in ids[:2]:
        assert after[i] == before[i].replace("工人", "工友")
    for i in ids[2:]:
        assert after[i] == before[i]
    assert report.accepted == sum(before[i].count("工人") for i in ids[:2]) > 0


def test_clean_scope_reports_every_document(seeded):
    ids = ops.scope_documents(seeded, ops.ALL)
    report = ops.clean_scope(seeded, ids, seeded.profiles.get("conservative"))
    assert not report.cancelled and report.document_ids == ids and report.profile == "conservative"
    assert report.proposed >= report.accepted
