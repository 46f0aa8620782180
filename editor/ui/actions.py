"""Every menu command in one registry: id, menu, text, default shortcut.

The window builds QActions from this table; a user's own shortcuts (QSettings group
"shortcuts", keyed by action id) override the defaults, so every menu item has one place
to change it.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str
    text: str  # English source string, translated when the action is built
    shortcut: str | QKeySequence.StandardKey | None = None


SPECS = (
    ActionSpec("file.import_files", "file", QT_TRANSLATE_NOOP("Actions", "&Import files…"), "Ctrl+O"),
    ActionSpec("file.import_folder", "file", QT_TRANSLATE_NOOP("Actions", "Import &folder…"), "Ctrl+Shift+O"),
    ActionSpec("file.export", "file", QT_TRANSLATE_NOOP("Actions", "&Export…"), "Ctrl+E"),
    ActionSpec("file.save", "file", QT_TRANSLATE_NOOP("Actions", "&Save"), QKeySequence.StandardKey.Save),
    ActionSpec("file.backup", "file", QT_TRANSLATE_NOOP("Actions", "&Back up now…"), "Ctrl+Alt+B"),
    ActionSpec("file.restore_backup", "file", QT_TRANSLATE_NOOP("Actions", "Restore &backup…"), "Ctrl+Alt+R"),
    ActionSpec("file.quit", "file", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q"),
    ActionSpec("edit.undo", "edit", QT_TRANSLATE_NOOP("Actions", "&Undo"), QKeySequence.StandardKey.Undo),
    ActionSpec("edit.redo", "edit", QT_TRANSLATE_NOOP("Actions", "&Redo"), QKeySequence.StandardKey.Redo),
    ActionSpec("edit.paste_document", "edit", QT_TRANSLATE_NOOP("Actions", "&Paste as new document"), "Ctrl+Shift+V"),
    ActionSpec("edit.find", "edit", QT_TRANSLATE_NOOP("Actions", "&Find…"), "Ctrl+F"),
    ActionSpec("edit.replace", "edit", QT_TRANSLATE_NOOP("Actions", "Find and rep&lace…"), "Ctrl+H"),
    ActionSpec("edit.search", "edit", QT_TRANSLATE_NOOP("Actions", "&Search the store…"), "Ctrl+Shift+F"),
    ActionSpec("edit.next_change", "edit", QT_TRANSLATE_NOOP("Actions", "&Next change"), "F8"),
    ActionSpec("edit.previous_change", "edit", QT_TRANSLATE_NOOP("Actions", "P&revious change"), "Shift+F8"),
    ActionSpec("edit.revert_change", "edit", QT_TRANSLATE_NOOP("Actions", "Re&vert change"), "Ctrl+R"),
    ActionSpec("edit.apply_change", "edit", QT_TRANSLATE_NOOP("Actions", "&Apply change"), "Ctrl+Shift+R"),
    ActionSpec("document.redecode", "document",
               QT_TRANSLATE_NOOP("Actions", "Re-&decode with another encoding…"), "Ctrl+Shift+D"),
    ActionSpec("document.issue_metadata", "document", QT_TRANSLATE_NOOP("Actions", "Issue &metadata…"), "Ctrl+I"),
    ActionSpec("document.move", "document", QT_TRANSLATE_NOOP("Actions", "&Move to issue…"), "Ctrl+M"),
    ActionSpec("document.merge_issues", "document", QT_TRANSLATE_NOOP("Actions", "Mer&ge issues…"), "Ctrl+Shift+M"),
    ActionSpec("document.status_raw", "document", QT_TRANSLATE_NOOP("Actions", "Mark as &raw"), "Alt+1"),
    ActionSpec("document.status_corrected", "document", QT_TRANSLATE_NOOP("Actions", "Mark as &corrected"), "Alt+2"),
    ActionSpec("document.status_annotated", "document", QT_TRANSLATE_NOOP("Actions", "Mark as a&nnotated"), "Alt+3"),
    ActionSpec("document.status_reviewed", "document", QT_TRANSLATE_NOOP("Actions", "Mark as re&viewed"), "Alt+4"),
    ActionSpec("tools.clean", "tools", QT_TRANSLATE_NOOP("Actions", "&Clean documents…"), "Ctrl+Shift+L"),
    ActionSpec("tools.profiles", "tools", QT_TRANSLATE_NOOP("Actions", "Cleanup &profiles…"), "Ctrl+Shift+P"),
    ActionSpec("tools.suggest", "tools", QT_TRANSLATE_NOOP("Actions", "&Suggest entities in this document"), "Ctrl+Alt+E"),
    ActionSpec("tools.accept_suggestions", "tools", QT_TRANSLATE_NOOP("Actions", "&Accept all suggestions"),
               "Ctrl+Alt+A"),
    ActionSpec("tools.reject_suggestions", "tools", QT_TRANSLATE_NOOP("Actions", "Re&ject all suggestions"),
               "Ctrl+Alt+J"),
    ActionSpec("tools.train", "tools", QT_TRANSLATE_NOOP("Actions", "&Learn from the annotations"), "Ctrl+Alt+T"),
    ActionSpec("view.next_document", "view", QT_TRANSLATE_NOOP("Actions", "Next &document"), "Ctrl+PgDown"),
    ActionSpec("view.previous_document", "view", QT_TRANSLATE_NOOP("Actions", "Previous d&ocument"), "Ctrl+PgUp"),
    ActionSpec("view.history", "view", QT_TRANSLATE_NOOP("Actions", "Document &history"), "Ctrl+Alt+H"),
    ActionSpec("view.link_panes", "view", QT_TRANSLATE_NOOP("Actions", "&Link the panes' scrolling"), "Ctrl+Alt+L"),
    ActionSpec("view.legend", "view", QT_TRANSLATE_NOOP("Actions", "Colour &legend…"), "Ctrl+Alt+G"),
    ActionSpec("help.guide", "help", QT_TRANSLATE_NOOP("Actions", "User &guide"), "F1"),
    ActionSpec("help.shortcuts", "help", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts…"), "Ctrl+/"),
    ActionSpec("help.about", "help", QT_TRANSLATE_NOOP("Actions", "&About Jiaokan"), "Ctrl+Shift+F1"),
)

# Menus in order with their items (None: a separator).
MENUS = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File"),
     ("file.import_files", "file.import_folder", None, "file.export", None, "file.save", "file.backup",
      "file.restore_backup", None, "file.quit")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit"),
     ("edit.undo", "edit.redo", None, "edit.paste_document", None, "edit.find", "edit.replace", "edit.search", None,
      "edit.next_change", "edit.previous_change",
      "edit.revert_change", "edit.apply_change")),
    ("document", QT_TRANSLATE_NOOP("Actions", "&Document"),
     ("document.redecode", None, "document.issue_metadata", "document.move", "document.merge_issues", None,
      "document.status_raw", "document.status_corrected", "document.status_annotated", "document.status_reviewed")),
    ("tools", QT_TRANSLATE_NOOP("Actions", "&Tools"), ("tools.clean", "tools.profiles", None, "tools.suggest",
                                                        "tools.accept_suggestions", "tools.reject_suggestions",
                                                        "tools.train")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View"), ("view.next_document", "view.previous_document", None,
                                                      "view.history", "view.link_panes", "view.legend")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help"), ("help.guide", "help.shortcuts", None, "help.about")),
)

SPEC_BY_ID = {spec.id: spec for spec in SPECS}
SETTINGS_GROUP = "shortcuts"


def default_shortcuts(spec: ActionSpec) -> list[QKeySequence]:
    if isinstance(spec.shortcut, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(spec.shortcut)
    return [QKeySequence(spec.shortcut)] if spec.shortcut else []


def build_actions(parent) -> dict[str, QAction]:
    settings = QSettings()
    settings.beginGroup(SETTINGS_GROUP)
    actions = {}
    for spec in SPECS:
        action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
        action.setObjectName(spec.id)
        custom = settings.value(spec.id)
        if custom is not None:
            action.setShortcut(QKeySequence(str(custom)))
        elif isinstance(spec.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        actions[spec.id] = action
    settings.endGroup()
    return actions
