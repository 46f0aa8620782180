"""Tools > Cleanup profiles: the profiles (which rules run, from what confidence), the user's
replacement lists with a dry run, and the profile imports clean with. Nothing reaches the store
until Save or Apply, and then all of it in one transaction (ops.profiles.save).

Changing a built-in profile (default, conservative) changes it for this store, as a preference
would: it is saved under its own name and marked "changed"; Restore built-in brings back the
shipped settings. New profiles start as a copy of the one shown.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QListWidget,
                               QPushButton, QTabWidget, QVBoxLayout, QWidget)

from editor.core.errors import JiaokanError
from editor.core.cleanup.profiles import BUILTIN, DEFAULT
from editor.ops import profiles as profile_ops
from editor.store import Store
from editor.ui.scope import ScopeChoice
from editor.ui.selection import pointed
from editor.ui.layouts import add_buttons
from editor.ui.profile_editor import ProfileEditor
from editor.ui.replacement_editor import ReplacementEditor, problem_text
from editor.ui.tasks import Handle, TaskRunner
from editor.ui.work_progress import run_with_progress

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class ProfilesDialog(QDialog):
    def __init__(self, store: Store, runner: TaskRunner, document_id: int | None = None,
                 issue_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.progress = None
        self.setWindowTitle(self.tr("Cleanup profiles"))
        self.profiles = {p.name: p for p in profile_ops.editable_profiles(store)}
        self._shown: str | None = None

        # ---- profiles tab
        self.profile_list = QListWidget()
        self.profile_list.setObjectName("profileList")
        self.profile_list.currentRowChanged.connect(self._on_profile_row)
        self.editor = ProfileEditor()
        self.editor.changed.connect(self._on_profile_edited)
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.setToolTip(self.tr("A new profile, starting as a copy of the one shown"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.restore_button = QPushButton(self.tr("Restore &built-in"))
        self.restore_button.setToolTip(self.tr("Bring back the settings this profile came with"))
        self.new_button.clicked.connect(self._ask_new)
        self.delete_button.clicked.connect(self.delete_profile)
        self.restore_button.clicked.connect(self.restore_builtin)
        profile_buttons = add_buttons(QVBoxLayout(), self.new_button, self.delete_button, self.restore_button)
        left = QVBoxLayout()
        left.addWidget(self.profile_list, 1)
        left.addLayout(profile_buttons)
        self.import_profile = QComboBox()
        self.import_profile.setObjectName("importProfile")
        self.import_profile.setToolTip(self.tr("Imports and re-decodings clean new text with this profile"))
        import_row = QHBoxLayout()
        import_label = QLabel(self.tr("Clean &imported documents with:"))
        import_label.setBuddy(self.import_profile)
        import_row.addWidget(import_label)
        import_row.addWidget(self.import_profile)
        import_row.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.editor, 4)
        profiles_tab = QWidget()
        profiles_layout = QVBoxLayout(profiles_tab)
        profiles_layout.addLayout(top, 1)
        profiles_layout.addLayout(import_row)

        # ---- replacement lists tab
        self.scope = ScopeChoice(store, document_id, issue_id)
        self.lists = ReplacementEditor(self.scope)
        self.lists.set_lists(store.profiles.replacement_lists())
        self.lists.dry_run_requested.connect(self.dry_run)

        self.tabs = QTabWidget()
        self.tabs.addTab(profiles_tab, self.tr("Profiles"))
        self.tabs.addTab(self.lists, self.tr("Replacement lists"))
        self.status = QLabel()
        self.status.setObjectName("profilesStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #c62828")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._fill_profiles(profile_ops.import_profile_name(store), profile_ops.import_profile_name(store))
        self.resize(980, 760)

    # ---- profiles
    def _label(self, name: str) -> str:
        if name not in BUILTIN:
            return name
        if profile_ops.is_builtin_changed(self.profiles[name]):
            return self.tr("%1 (built-in, changed)").replace("%1", name)
        return self.tr("%1 (built-in)").replace("%1", name)

    def _fill_profiles(self, current: str, import_name: str) -> None:
        self._commit_profile()
        self._shown = None
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for name in self.profiles:
            self.profile_list.addItem(self._label(name))
            self.profile_list.item(self.profile_list.count() - 1).setData(NAME_ROLE, name)
        self.profile_list.blockSignals(False)
        self.import_profile.clear()
        self.import_profile.addItems(list(self.profiles))
        self.import_profile.setCurrentText(import_name if import_name in self.profiles else DEFAULT.name)
        self.profile_list.setCurrentRow(list(self.profiles).index(current if current in self.profiles else DEFAULT.name))

    def _on_profile_row(self, row: int) -> None:
        self._commit_profile()
        name = self.profile_list.item(row).data(NAME_ROLE) if row >= 0 else None
        self._shown = name
        if name is not None:
            self.editor.set_profile(self.profiles[name])
        self.delete_button.setEnabled(name is not None and name not in BUILTIN)
        self._update_restore()

    def _commit_profile(self) -> None:
        if self._shown is not None:
            self.profiles[self._shown] = self.editor.profile()

    def _on_profile_edited(self) -> None:
        self._commit_profile()
        row = self.profile_list.currentRow()
        if row >= 0:
            self.profile_list.item(row).setText(self._label(self._shown))
        self._update_restore()

    def _update_restore(self) -> None:
        shown = self.profiles.get(self._shown) if self._shown else None
        self.restore_button.setEnabled(shown is not None and profile_ops.is_builtin_changed(shown))

    def new_profile(self, name: str) -> bool:
        """A copy of the profile shown under a new name; False when the name is empty or taken."""
        name = name.strip()
        if not name or name in self.profiles:
            return False
        self._commit_profile()
        base = self.profiles[self._shown] if self._shown else DEFAULT
        self.profiles[name] = replace(base, name=name)
        self._fill_profiles(name, self.import_profile.currentText())
        return True

    def delete_profile(self) -> None:
        if self._shown is None or self._shown in BUILTIN:
            return
        del self.profiles[self._shown]
        self._shown = None
        self._fill_profiles(DEFAULT.name, self.import_profile.currentText())

    def restore_builtin(self) -> None:
        if self._shown in BUILTIN:
            self.profiles[self._shown] = BUILTIN[self._shown]
            name, self._shown = self._shown, None
            self._fill_profiles(name, self.import_profile.currentText())

    def _ask_new(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New cleanup profile"),
                                        self.tr("Name of the new profile (a copy of “%1”):").replace("%1", self._shown or ""))
        if ok and not self.new_profile(name) and name.strip():
            self.status.setText(self.tr("A profile named “%1” exists already.").replace("%1", name.strip()))

    # ---- saving
    def save(self) -> bool:
        """Write everything; refuse, naming the list, row and pattern, when a list cannot run."""
        self._commit_profile()
        lists = self.lists.lists()
        problem = self.lists.first_problem()
        if problem is not None:
            self._refuse(problem)
            return False
        try:
            profile_ops.save(self.store, list(self.profiles.values()), lists, self.import_profile.currentText())
        except JiaokanError as err:
            self.status.setText(str(err))
            return False
        self.status.setText("")
        return True

    def _refuse(self, problem) -> None:
        self.tabs.setCurrentWidget(self.lists)
        self.lists.select(problem.list_index, problem.row)
        self.status.setText(self.tr("Not saved. %1").replace("%1", problem_text(problem)))

    def accept(self) -> None:
        if self.save():
            super().accept()

    # ---- dry run
    def dry_run(self) -> Handle | None:
        lists = self.lists.lists()
        problem = self.lists.first_problem()
        if problem is not None:
            self._refuse(problem)
            return None
        self.status.setText("")
        ids = self.scope.document_ids()
        handle, self.progress = run_with_progress(
            self, self.runner, self.tr("Dry run"), self.tr("Counting matches…"),
            lambda store, progress: profile_ops.dry_run(store, ids, lists, progress),
            self.lists.show_dry_run, self.status.setText)
        return handle


def open_dialog(window) -> ProfilesDialog:
    window.save()  # a dry run reads the store: the open document's typing goes first
    dialog = ProfilesDialog(window.store, window.runner(), *pointed(window), parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install(window) -> None:
    window.actions["tools.profiles"].triggered.connect(lambda: open_dialog(window))
