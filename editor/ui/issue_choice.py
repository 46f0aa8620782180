"""A checkable list of the store's issues, for choosing what to export. An adapter over the
store's tree rows: one row per issue, in the issue tree's order."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt

from editor.ops.views import TreeRow

ISSUE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class IssueChoice:
    id: int
    title: str
    documents: tuple[str, ...]

    def label(self) -> str:
        if not self.documents:
            return self.title
        more = " …" if len(self.documents) > 1 else ""
        return f"{self.title} — {self.documents[0]}{more}"


def issue_choices(rows: Iterable[TreeRow]) -> list[IssueChoice]:
    """One choice per issue of the tree rows (documents outside any issue are not exportable)."""
    titles: dict[int, str] = {}
    names: dict[int, list[str]] = {}
    for r in rows:
        if r.issue_id is None:
            continue
        if r.issue_id not in titles:
            parts = [p for p in (r.publication, r.issue_label, r.issue_date, r.issue_page) if p]
            titles[r.issue_id] = " · ".join(parts) or QCoreApplication.translate(
                "IssueChoiceModel", "Issue %1").replace("%1", str(r.issue_id))
            names[r.issue_id] = []
        names[r.issue_id].append(r.name)
    return [IssueChoice(i, titles[i], tuple(names[i])) for i in titles]


class IssueChoiceModel(QAbstractListModel):
    def __init__(self, choices: Sequence[IssueChoice] = (), parent=None):
        super().__init__(parent)
        self._choices = list(choices)
        self._checked: set[int] = set()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return choice.label()
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if choice.id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join((choice.title, *choice.documents))
        if role == ISSUE_ID_ROLE:
            return choice.id
        return None

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        issue_id = self._choices[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(issue_id)
        else:
            self._checked.discard(issue_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked(self) -> list[int]:
        """Checked issue ids, in list order."""
        return [c.id for c in self._choices if c.id in self._checked]

    def ids(self) -> list[int]:
        return [c.id for c in self._choices]

    def all_checked(self) -> bool:
        return bool(self._choices) and len(self._checked) == len(self._choices)

    def set_checked(self, issue_ids: Iterable[int]) -> None:
        self._checked = {c.id for c in self._choices} & set(issue_ids)
        if self._choices:
            self.dataChanged.emit(self.index(0), self.index(len(self._choices) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def row_of(self, issue_id: int) -> int:
        return next((i for i, c in enumerate(self._choices) if c.id == issue_id), -1)
