"""Help > User guide (F1) and Help > Keyboard shortcuts (Ctrl+/)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from editor.ui.shortcuts_dialog import ShortcutsDialog
from editor.ui.user_guide import UserGuide


def open_shortcuts(window) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window.actions, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_guide(window) -> UserGuide:
    dialog = getattr(window, "user_guide", None)
    if dialog is None:
        dialog = window.user_guide = UserGuide(window)
    dialog.show()
    dialog.raise_()
    return dialog


def install(window) -> None:
    window.actions["help.shortcuts"].triggered.connect(lambda: open_shortcuts(window))
    window.actions["help.guide"].triggered.connect(lambda: open_guide(window))
