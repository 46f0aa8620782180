"""The issue tree accepts documents on issues and files anywhere, and only says so."""
from PySide6.QtCore import QMimeData, QModelIndex, Qt, QUrl

from editor.ui.tree_model import DOCUMENT_MIME, IssueTreeModel

MOVE = Qt.DropAction.MoveAction


def _model(seeded):
    return IssueTreeModel(seeded.documents.tree())


def _first(model):
    publication = model.index(0, 0)
    issue = model.index(0, 0, publication)
    return publication, issue, model.index(0, 0, issue)


def test_documents_drag_and_issues_take_drops(seeded):
    model = _model(seeded)
    publication, issue, doc = _first(model)
    assert model.flags(doc) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(issue) & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.flags(publication) & Qt.ItemFlag.ItemIsDropEnabled


def test_a_document_drop_names_the_issue(qtbot, seeded):
    model = _model(seeded)
    _, issue, doc = _first(model)
    mime = model.mimeData([doc, doc.siblingAtColumn(1)])
    with qtbot.waitSignal(model.documents_dropped) as blocker:
        assert model.dropMimeData(mime, MOVE, -1, -1, issue)
    assert blocker.args == [[doc.data(Qt.ItemDataRole.UserRole + 1)], issue.data(Qt.ItemDataRole.UserRole + 2)]


def test_a_document_dropped_on_a_document_goes_to_its_issue(qtbot, seeded):
    model = _model(seeded)
    _, issue, doc = _first(model)
    with qtbot.waitSignal(model.documents_dropped) as blocker:
        model.dropMimeData(model.mimeData([doc]), MOVE, -1, -1, doc)
    assert blocker.args[1] == issue.data(Qt.ItemDataRole.UserRole + 2)


def test_documents_cannot_drop_on_a_publication_or_the_root(seeded):
    model = _model(seeded)
    publication, _, doc = _first(model)
    mime = model.mimeData([doc])
    assert not model.canDropMimeData(mime, MOVE, -1, -1, publication)
    assert not model.canDropMimeData(mime, MOVE, -1, -1, QModelIndex())


def test_local_files_drop_anywhere(qtbot, seeded, tmp_path):
    model = _model(seeded)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.txt")), QUrl("https://example.com/b.txt")])
    with qtbot.waitSignal(model.files_dropped) as blocker:
        assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    assert blocker.args == [[str(tmp_path / "a.txt")]]


def test_other_data_is_refused(seeded):
    model = _model(seeded)
    mime = QMimeData()
    mime.setText("plain text")
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    assert DOCUMENT_MIME in model.mimeTypes()
