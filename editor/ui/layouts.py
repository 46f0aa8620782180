"""Small layout helpers the dialogs share."""
from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHeaderView, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget


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


def titled_pane(title: str, main: QWidget, *below: QWidget | QLayout) -> QWidget:
    """A label over a widget that takes the spare height, then rows of controls: one side of a
    splitter."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(title))
    layout.addWidget(main, 1)
    for item in below:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return pane
