"""Render the main window to a PNG without a display (the offscreen platform)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from editor.core.errors import InputError
from editor.store import Store
from editor.ui.main_window import MainWindow


def cjk_fonts() -> list[str]:
    return QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def render(store: Store, out: Path, size: QSize, document_id: int | None = None) -> Path:
    window = MainWindow(store)
    window.resize(size)
    window.show()
    ids = [r.document_id for r in store.documents.tree()]
    if document_id is not None and document_id not in ids:
        raise InputError(store.path, f"has no document {document_id} (it has {', '.join(map(str, ids)) or 'none'})")
    target = document_id if document_id is not None else (ids[0] if ids else None)
    if target is not None:
        window.open_document(target)
        window.changes.step(1)
    for _ in range(3):
        QApplication.processEvents()
    pixmap = window.grab()
    window.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    if not pixmap.save(str(tmp), "PNG"):
        raise InputError(out, "could not write the PNG")
    tmp.replace(out)
    return out


def warn_without_cjk_font() -> str | None:
    if cjk_fonts():
        return None
    return QCoreApplication.translate(
        "Screenshot", "no CJK font found: Chinese text renders as boxes. Install one, e.g. "
                      "sudo apt-get install fonts-wqy-microhei")
