"""chars.lookalike through the store: proposals wait, decisions teach it, profiles steer it."""
from editor.cli import main
from editor.core.cleanup.profiles import DEFAULT
from editor.core.model import ChangeStatus, Span
from editor.ops import changes as change_ops
from editor.ops import texts
from editor.ops.cleaning import clean_document
from editor.ops.importing import import_bytes

RULE = "chars.lookalike"
SLIP = "他说，大家己经尽力了，比赛结果己经不重要。"


def _import(store, text, profile=DEFAULT):
    return import_bytes(store, text.encode("utf-8"), f"{abs(hash(text))}.txt", None, profile=profile).document_ids[0]


def _lookalikes(store, doc_id):
    row = store.documents.get(doc_id)
    return [c for c in store.changes.for_document(doc_id, row.decoding_id) if c.change.rule == RULE]


def test_a_look_alike_waits_in_the_changes_panel(store):
    doc_id = _import(store, SLIP)
    found = _lookalikes(store, doc_id)
    assert [(c.change.before, c.change.after, c.status) for c in found] == [("己", "已", ChangeStatus.PROPOSED)] * 2
    assert found[0].change.reason == "己经 → 已经: 已经 is a word, 己经 is none"
    assert texts.current(store, doc_id).text == SLIP


def test_a_rejected_pair_is_not_proposed_again_in_that_context(store):
    first = _lookalikes(store, _import(store, "大家己经尽力了。"))[0]
    change_ops.reject(store, first.id)
    doc_id = _import(store, SLIP)
    # 大家己经 was refused; 结果己经 is another context.
    assert [SLIP[c.raw_start - 2:c.raw_start] for c in _lookalikes(store, doc_id)] == ["结果"]


def test_accepting_a_pair_raises_its_confidence_in_the_next_issue(store):
    seen = []
    for text in ("目前全省己经有120家企业复工。", "职工己经返岗。", "订单己经排满。", "工地己经开工。"):
        (change,) = _lookalikes(store, _import(store, text))
        seen.append((change.change.confidence, change.status))
        if change.status == ChangeStatus.PROPOSED:
            change_ops.accept(store, change.id)
    assert [c for c, _ in seen] == sorted(c for c, _ in seen) and seen[0][0] < seen[1][0] < seen[2][0]
    # After a few acceptances the publication's recurring slip is applied by the default profile.
    assert seen[0][1] == ChangeStatus.PROPOSED and seen[-1][1] == ChangeStatus.ACCEPTED


def test_reviewed_text_is_learned(store):
    reviewed = _import(store, "今年已经是第三年。我们已经完成任务，已经走在前列。", profile=None)
    clean_document(store, reviewed, DEFAULT)
    store.documents.set_status(reviewed, "reviewed")
    from editor.ops.lookalike_learning import knowledge
    assert knowledge(store).text_gain("他己经走了", 1, "已") > 0


def test_accepted_names_are_protected(store):
    doc_id = _import(store, SLIP, profile=None)
    decoding_id = store.documents.get(doc_id).decoding_id
    at = SLIP.index("己")
    store.spans.add(doc_id, decoding_id, 0, [Span(at - 2, at + 2, "ORG", SLIP[at - 2:at + 2])])
    clean_document(store, doc_id, DEFAULT)
    assert [c.raw_start for c in _lookalikes(store, doc_id)] == [SLIP.index("己", at + 1)]


def test_profiles_switch_the_rule_off_or_set_its_threshold(store):
    off = DEFAULT.with_setting(RULE, enabled=False)
    assert _lookalikes(store, _import(store, SLIP, off)) == []
    eager = DEFAULT.with_setting(RULE, threshold=0.3)
    doc_id = _import(store, "大家己经尽力了。", eager)
    assert texts.current(store, doc_id).text == "大家已经尽力了。"


def test_clean_changes_lists_look_alikes(tmp_path, capsys):
    path = tmp_path / "ocr.txt"
    path.write_text(SLIP + "\n", encoding="utf-8")
    assert main(["clean", str(path), "--changes"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if RULE in line]
    assert len(lines) == 2 and '"己" -> "已"' in lines[0] and "proposed" in lines[0]
