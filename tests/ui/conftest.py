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
