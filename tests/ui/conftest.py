import pytest


@pytest.fixture
def open_window(qtbot):
    """Show a main window on a store, closed with the test."""
    from editor.ui.main_window import MainWindow

    def open_(store, **kwargs):
        w = MainWindow(store, **kwargs)
        qtbot.addWidget(w)
        w.show()
        return w
    return open_


@pytest.fixture(autouse=True)
def no_windows_left(qapp):
    """A dialog a test left open (a modal one blocks every window's shortcuts) goes with it."""
    yield
    from PySide6.QtWidgets import QApplication
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    qapp.processEvents()
