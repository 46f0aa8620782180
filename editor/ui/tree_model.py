"""The issue tree: publication > issue > document, an adapter over the store's tree rows.

Drag and drop: a document dragged onto an issue (or onto one of its documents) asks to move
there; files or folders dropped anywhere ask to be imported. The model only says so, through
signals: the features that act on the store decide.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Sequence

from PySide6.QtCore import (QAbstractItemModel, QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt,
                            Signal)
from PySide6.QtGui import QBrush, QColor, QFont

from editor.ui.status_icons import COLORS, status_icon

from editor.ops.views import TreeRow

STATUS_COLORS = COLORS
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1
ISSUE_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
DOCUMENT_MIME = "application/x-jiaokan-documents"


def status_name(status: str) -> str:
    names = {"raw": QCoreApplication.translate("IssueTree", "raw"), "corrected": QCoreApplication.translate("IssueTree", "corrected"), "annotated": QCoreApplication.translate("IssueTree", "annotated"),
             "reviewed": QCoreApplication.translate("IssueTree", "reviewed")}
    return names.get(status, status)


@dataclass(eq=False)
class Node:
    kind: str  # root, publication, issue, document
    label: str
    id: int | None = None
    status: str = ""
    undated: bool = False
    parent: "Node | None" = None
    children: list["Node"] = field(default_factory=list)

    def add(self, child: "Node") -> "Node":
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


STATUS_ORDER = ("raw", "corrected", "annotated", "reviewed")


def issue_label(row: TreeRow) -> str:
    """The issue's label, date and page; an issue without them is told apart by its first
    document and when that was imported ("Undated: 通讯稿.txt · imported 2026-12-04 19:20")."""
    parts = [p for p in (row.issue_label, row.issue_date, row.issue_page) if p]
    if parts:
        return " · ".join(parts)
    if not row.created:
        return QCoreApplication.translate("IssueTree", "Undated issue")
    try:
        when = dt.datetime.fromisoformat(row.created).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        when = row.created[:16].replace("T", " ")
    return (QCoreApplication.translate("IssueTree", "Undated: %1 · imported %2")
            .replace("%1", row.name).replace("%2", when))


def build(rows: Sequence[TreeRow]) -> Node:
    root = Node("root", "")
    pubs: dict[int | None, Node] = {}
    issues: dict[int | None, Node] = {}
    for r in rows:
        pub = pubs.get(r.publication_id)
        if pub is None:
            pub = pubs[r.publication_id] = root.add(
                Node("publication", r.publication or QCoreApplication.translate("IssueTree", "Unknown publication"), r.publication_id))
        issue = issues.get(r.issue_id)
        if issue is None:
            undated = not (r.issue_label or r.issue_date or r.issue_page)
            issue = issues[r.issue_id] = pub.add(Node("issue", issue_label(r), r.issue_id, undated=undated))
        issue.add(Node("document", r.name, r.document_id, r.status))
    return root


class IssueTreeModel(QAbstractItemModel):
    documents_dropped = Signal(list, int)  # document ids, the issue they were dropped on
    files_dropped = Signal(list)  # local paths of dropped files and folders

    def __init__(self, rows: Sequence[TreeRow] = (), parent=None):
        super().__init__(parent)
        self._root = build(rows)

    def reset(self, rows: Sequence[TreeRow]) -> None:
        self.beginResetModel()
        self._root = build(rows)
        self.endResetModel()

    def _node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index=QModelIndex()) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("IssueTree", "Issue / document"), QCoreApplication.translate("IssueTree", "Status"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._node(index)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return node.label
            return status_name(node.status) if node.kind == "document" else self._progress(node)
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and node.kind == "document":
            return QBrush(QColor(STATUS_COLORS.get(node.status, "#000000")))
        if role == Qt.ItemDataRole.DecorationRole and col == 1 and node.kind == "document":
            return status_icon(node.status)
        if role == Qt.ItemDataRole.FontRole and col == 0 and node.undated:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 1 and node.kind != "document":
                return self._progress_tip(node)
            if node.undated:
                return node.label + "\n" + QCoreApplication.translate(
                    "IssueTree", "This issue has no label or date yet: it is named by its first document and when "
                                 "that was imported. Document > Issue metadata (Ctrl+I) gives it a date.")
            return node.label
        if role == DOCUMENT_ROLE and node.kind == "document":
            return node.id
        if role == ISSUE_ROLE and node.kind == "issue":
            return node.id
        if role == KIND_ROLE:
            return node.kind
        return None

    # ---- drag and drop
    def flags(self, index):
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        kind = self._node(index).kind
        if kind == "document":
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled if kind == "issue" else base

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [DOCUMENT_MIME, "text/uri-list"]

    def mimeData(self, indexes) -> QMimeData:
        ids = dict.fromkeys(self._node(i).id for i in indexes if self._node(i).kind == "document")
        data = QMimeData()
        data.setData(DOCUMENT_MIME, ",".join(map(str, ids)).encode("ascii"))
        return data

    def _drop_issue(self, parent: QModelIndex) -> int | None:
        node = self._node(parent)
        if node.kind == "document":
            node = node.parent
        return node.id if node.kind == "issue" else None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        if data.hasFormat(DOCUMENT_MIME):
            return self._drop_issue(parent) is not None
        return any(url.isLocalFile() for url in data.urls())

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if data.hasFormat(DOCUMENT_MIME):
            ids = [int(x) for x in bytes(data.data(DOCUMENT_MIME)).decode("ascii").split(",") if x]
            self.documents_dropped.emit(ids, self._drop_issue(parent))
        else:
            self.files_dropped.emit([url.toLocalFile() for url in data.urls() if url.isLocalFile()])
        return True  # the store moves or imports; the tree then reloads from it

    def _progress(self, node: Node) -> str:
        docs = list(_documents(node))
        done = sum(1 for d in docs if d.status == "reviewed")
        return QCoreApplication.translate("IssueTree", "%1/%2 reviewed").replace("%1", str(done)).replace(
            "%2", str(len(docs))) if docs else ""

    def _progress_tip(self, node: Node) -> str:
        docs = list(_documents(node))
        if not docs:
            return ""
        counts = {s: sum(1 for d in docs if d.status == s) for s in STATUS_ORDER}
        head = (QCoreApplication.translate("IssueTree", "%1 of %2 documents reviewed by an editor.")
                .replace("%1", str(counts["reviewed"])).replace("%2", str(len(docs))))
        rest = ", ".join(f"{status_name(s)}: {counts[s]}" for s in STATUS_ORDER)
        return head + "\n" + rest

    def find_document(self, document_id: int) -> QModelIndex:
        for pub in self._root.children:
            for issue in pub.children:
                for doc in issue.children:
                    if doc.id == document_id:
                        return self.createIndex(doc.row(), 0, doc)
        return QModelIndex()

    def set_status(self, document_id: int, status: str) -> None:
        index = self.find_document(document_id)
        if index.isValid():
            self._node(index).status = status
            self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(1))
            issue = index.parent()
            self.dataChanged.emit(issue.siblingAtColumn(1), issue.siblingAtColumn(1))


def _documents(node: Node):
    if node.kind == "document":
        yield node
    for c in node.children:
        yield from _documents(c)
