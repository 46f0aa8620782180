"""Small layout helpers the dialogs share."""
from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHeaderView, QPushButton


def add_buttons(layout: QBoxLayout, *buttons: QPushButton) -> QBoxLayout:
    """Add side buttons that never take Return: it belongs to the dialog's own default button."""
    for button in buttons:
        button.setAutoDefault(False)
        layout.addWidget(button)
    return layout


def resize_columns(header: QHeaderView, *modes: QHeaderView.ResizeMode) -> None:
    """Give the columns, from the first, these resize modes."""
    for column, mode in enumerate(modes):
        header.setSectionResizeMode(column, mode)
