"""QApplication bootstrap. The window shows first; jieba loads in the background after it."""
from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from editor.core.errors import StoreDamaged, StoreError


def has_display() -> bool:
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc")))


def warm_up_nlp() -> threading.Thread:
    """jieba's dictionary takes about a second to load: do it while the user looks around."""
    def load() -> None:
        import jieba
        jieba.setLogLevel(60)
        jieba.initialize()
    thread = threading.Thread(target=load, name="jieba-init", daemon=True)
    thread.start()
    return thread


def make_app(lang: str | None):
    from PySide6.QtWidgets import QApplication

    from editor.ui import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Jiaokan")
    app.setOrganizationName("Jiaokan")
    app.setApplicationDisplayName("Jiaokan 校勘")
    app._translators = i18n.install(app, i18n.choose(lang))
    return app


def open_store(db: str | Path | None, seed: bool):
    from editor.ops.seeding import seed_if_empty
    from editor.paths import default_store
    from editor.store import Store

    path = Path(db) if db else default_store()
    if db is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(path)
    if seed:
        seed_if_empty(store)
    return store


def _offer_restore(err: StoreDamaged, db: str | None):
    """A damaged store: offer its latest backup (the damaged file is kept aside). The store, or None."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from editor.ops import backups
    from editor.paths import default_store

    path = Path(db) if db else default_store()
    latest = backups.latest(path)
    if latest is None:
        QMessageBox.critical(None, "Jiaokan", str(err))
        return None
    answer = QMessageBox.question(None, "Jiaokan", "\n\n".join((str(err), QCoreApplication.translate(
        "App", "Restore the latest backup, %1? The damaged store is kept aside.").replace("%1", latest.name))))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        backups.restore(path, latest)
        return open_store(path, seed=False)
    except StoreError as again:
        QMessageBox.critical(None, "Jiaokan", str(again))
        return None


def run_gui(db: str | None, lang: str | None) -> int:
    if not has_display():
        print("jiaokan: no display (DISPLAY/WAYLAND_DISPLAY unset), so the window cannot open; "
              "render it to a file instead: jiaokan screenshot -o window.png", file=sys.stderr)
        return 3
    app = make_app(lang)
    from PySide6.QtWidgets import QMessageBox

    from editor.ui.main_window import MainWindow

    try:
        store = open_store(db, seed=db is None)
    except StoreDamaged as err:
        store = _offer_restore(err, db)
        if store is None:
            print(f"jiaokan: {err}", file=sys.stderr)
            return 2
    except StoreError as err:
        QMessageBox.critical(None, "Jiaokan", str(err))
        print(f"jiaokan: {err}", file=sys.stderr)
        return 2
    window = MainWindow(store, features_later=True)
    window.show()
    window.first_document()
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, window.install_features)
    QTimer.singleShot(0, lambda: window.backups.automatic())  # a rotating backup, on the worker
    QTimer.singleShot(0, warm_up_nlp)
    code = app.exec()
    store.close()
    return code
