"""The import, re-decode and issue features in the window, driven as a user would."""
import threading

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from editor.core.model import IssueMeta
from editor.ops import texts
from editor.ops.importing import import_bytes
from editor.ui import issue_actions, issue_dialog, redecode_dialog
from editor.ui.tree_model import ISSUE_ROLE
from tests.ops.import_files import every_kind, text, write

A = IssueMeta("赣鄱工人有力量", "第11期", "2020-03-15")
B = IssueMeta("工人日报", None, "2020-02-24", "A06")


@pytest.fixture
def window(open_window, store):
    return open_window(store)


def _add(store, key, meta, codec="utf-8"):
    r = import_bytes(store, text(key).encode(codec), f"{key}.txt", None, None, meta=meta)
    return r.document_ids[0], r.issue_id


def _finished(qtbot, window, start):
    with qtbot.waitSignal(window.importer.finished, timeout=30000) as blocker:
        start()
    return blocker.args[0]


def _drop(window, mime, index):
    """What a drag from a file manager (or from the tree itself) does: enter, move, drop."""
    at = window.tree.visualRect(index).center()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    args = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(at, actions, *args), QDragMoveEvent(at, actions, *args),
                  QDropEvent(QPointF(at), actions, *args)):
        QApplication.sendEvent(window.tree.viewport(), event)


def test_import_folder_on_the_worker_fills_the_tree_and_opens_the_first(qtbot, window, tmp_path):
    every_kind(tmp_path / "in")
    report = _finished(qtbot, window, lambda: window.importer.import_paths([tmp_path / "in"]))
    assert len(report.document_ids()) == 7 and window.store.counts()["documents"] == 7
    assert window.session.document_id == report.document_ids()[0]
    assert window.tree_model.find_document(report.document_ids()[-1]).isValid()


def test_the_summary_lists_every_file_failures_first(qtbot, window, tmp_path):
    write(tmp_path / "in", "a.txt", text("000").encode("gbk"))
    write(tmp_path / "in", "empty.txt", b"")
    write(tmp_path / "in", "scan.jpg", b"\xff\xd8\xff")
    _finished(qtbot, window, lambda: window.importer.import_paths([tmp_path / "in"]))
    summary = window.importer.summary
    assert summary.table.rowCount() == 3 and summary.isVisible()
    lines = summary.as_text().splitlines()
    assert lines[0] == "1 imported, 0 duplicates, 1 skipped, 1 failed"
    assert lines[1].endswith("empty.txt\tthe file is empty")


def test_the_summary_can_be_copied(qtbot, window, tmp_path):
    write(tmp_path / "in", "a.txt", text("000").encode("gbk"))
    _finished(qtbot, window, lambda: window.importer.import_paths([tmp_path / "in"]))
    window.importer.summary.copy_button.click()
    assert "a.txt\tgb2312 " in QGuiApplication.clipboard().text()


def test_cancel_before_the_first_file_imports_nothing(qtbot, window, tmp_path):
    every_kind(tmp_path / "in")
    gate = threading.Event()
    window.runner().submit("hold the worker", lambda store, progress: gate.wait(10))
    handle = window.importer.import_paths([tmp_path / "in"])
    window.importer.progress.findChild(QPushButton).click()
    with qtbot.waitSignal(window.importer.finished, timeout=30000) as blocker:
        gate.set()
    assert blocker.args[0].cancelled and window.store.counts()["documents"] == 0
    assert handle.job.cancel.is_set()


def test_files_dropped_on_the_tree_are_imported(qtbot, window, tmp_path):
    _add(window.store, "004", B)
    window.reload_tree()
    paths = [write(tmp_path, "a.txt", text("000").encode("gbk")), write(tmp_path, "b.txt", text("001").encode())]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    report = _finished(qtbot, window, lambda: _drop(window, mime, window.tree_model.index(0, 0)))
    assert [r.path for r in report.results] == [str(p) for p in paths]


def test_paste_as_new_document(qtbot, window):
    QGuiApplication.clipboard().setText("龚建华深入在昌产业开展慰问调研\n𠀀\n")
    report = _finished(qtbot, window, lambda: window.importer.paste("剪贴板"))
    doc = window.store.documents.get(report.document_ids()[0])
    assert doc.name == "剪贴板" and window.session.document_id == doc.id
    assert window.panes.raw.edit.toPlainText() == "龚建华深入在昌产业开展慰问调研\n𠀀\n"


def test_raw_pane_title_shows_encoding_and_confidence(qtbot, window):
    doc, _ = _add(window.store, "000", A, codec="gbk")
    window.reload_tree()
    window.open_document(doc)
    assert window.panes.raw.title.text().endswith("· GB2312 1.00")
    assert "Decoded as gb2312" in window.panes.raw.title.toolTip()


def test_redecode_dialog_previews_without_writing(qtbot, window):
    doc, _ = _add(window.store, "003", A, codec="cp950")
    window.reload_tree()
    window.open_document(doc)
    dialog = redecode_dialog.open_dialog(window)
    dialog.codec.setText("latin-1")
    dialog.preview_typed()
    assert dialog.preview.toPlainText() == text("003").encode("cp950").decode("latin-1")
    assert len(window.store.sources.decodings(window.store.documents.get(doc).source_id)) == 1
    dialog.reject()


def test_redecode_dialog_refuses_a_codec_that_does_not_fit(qtbot, window):
    doc, _ = _add(window.store, "003", A, codec="cp950")
    window.reload_tree()
    window.open_document(doc)
    dialog = redecode_dialog.open_dialog(window)
    dialog.codec.setText("ascii")
    dialog.preview_typed()
    assert "cannot decode as ascii" in dialog.problems.text() and dialog.choice() is None
    dialog.reject()


def test_redecode_dialog_ok_shows_the_new_decoding(qtbot, window):
    doc, _ = _add(window.store, "003", A, codec="cp950")
    window.reload_tree()
    window.open_document(doc)
    dialog = redecode_dialog.open_dialog(window)
    dialog.candidates.setCurrentRow(1)
    chosen = dialog.choice()
    dialog.accept()
    assert window.panes.raw.edit.toPlainText() == chosen.text == texts.current(window.store, doc).raw
    assert window.panes.raw.title.text().endswith(f"· {chosen.encoding.upper()} {chosen.confidence:.2f}")
    assert dialog.history.rowCount() == 1  # listed when it opened; the store now has two
    assert len(redecode_dialog.redecode.history(window.store, doc)) == 2


def test_metadata_dialog_saves_the_form(qtbot, window):
    doc, issue = _add(window.store, "000", A)
    window.reload_tree()
    window.open_document(doc)
    dialog = issue_dialog.open_dialog(window)
    assert dialog.publication.text() == "赣鄱工人有力量" and dialog.date.text() == "2020-03-15"
    dialog.label.setText("第 12 期")
    dialog.date.setText("2020 年 3 月 29 日")
    dialog.page.setText("A06")
    dialog._add_editor("责编", "汪自力")
    dialog.buttons.accepted.emit()
    meta = window.store.issues.get(issue).meta
    assert (meta.issue_label, meta.date, meta.page, meta.editors) == ("第 12 期", "2020-03-29", "A06",
                                                                      (("责编", "汪自力"),))
    assert "2020-03-29" in window.tree_model.find_document(doc).parent().data()


def test_metadata_dialog_keeps_a_bad_date_open_with_a_message(qtbot, window):
    doc, issue = _add(window.store, "000", A)
    window.reload_tree()
    window.open_document(doc)
    dialog = issue_dialog.open_dialog(window)
    dialog.date.setText("下周二")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "is not a date" in dialog.error.text()
    assert window.store.issues.get(issue).meta == A
    dialog.reject()


def test_move_to_another_issue(qtbot, window):
    doc, _ = _add(window.store, "000", A)
    _add(window.store, "001", A)
    other_doc, other = _add(window.store, "004", B)
    window.reload_tree()
    window.open_document(doc)
    picker = issue_actions.open_move(window)
    picker.choose(other)
    picker.accept()
    assert window.store.documents.get(doc).issue_id == other
    assert window.tree_model.find_document(doc).parent() == window.tree_model.find_document(other_doc).parent()


def test_move_to_a_new_issue(qtbot, window):
    doc, issue = _add(window.store, "000", A)
    _add(window.store, "001", A)
    window.reload_tree()
    window.open_document(doc)
    picker = issue_actions.open_move(window)
    picker.choose(issue_actions.NEW_ISSUE)
    picker.accept()
    new = window.store.documents.get(doc).issue_id
    assert new != issue and window.store.issues.get(new).meta == IssueMeta("赣鄱工人有力量")


def test_merge_issues(qtbot, window):
    doc, issue = _add(window.store, "000", A)
    other_doc, other = _add(window.store, "004", B)
    window.reload_tree()
    window.open_document(doc)
    picker = issue_actions.open_merge(window)
    picker.choose(other)
    picker.accept()
    assert window.store.documents.get(other_doc).issue_id == issue and window.store.counts()["issues"] == 1


def test_drag_a_document_onto_another_issue(qtbot, window):
    doc, _ = _add(window.store, "000", A)
    _add(window.store, "001", A)
    _, other = _add(window.store, "004", B)
    window.reload_tree()
    model = window.tree_model
    issues = [model.index(i, 0, model.index(p, 0)) for p in range(model.rowCount())
              for i in range(model.rowCount(model.index(p, 0)))]
    target = next(index for index in issues if index.data(ISSUE_ROLE) == other)
    mime = window.tree_model.mimeData([window.tree_model.find_document(doc)])
    _drop(window, mime, target)
    qtbot.waitUntil(lambda: window.store.documents.get(doc).issue_id == other, timeout=5000)


def test_raw_pane_tooltip_lists_repairs_and_odd_characters(qtbot, window):
    garbled = (text("000") + "\ue000").encode("utf-8").decode("latin-1").encode("utf-8")
    doc = import_bytes(window.store, garbled, "moji.txt", None, None, meta=A).document_ids[0]
    window.reload_tree()
    window.open_document(doc)
    tip = window.panes.raw.title.toolTip()
    assert "Repaired: mojibake" in tip and "private-use U+E000" in tip
