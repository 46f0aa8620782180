"""The raw pane's title says how the open document's bytes were decoded: "Raw (read-only) ·
GBK 0.98", with the repairs and odd characters in its tooltip."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.core.model import Decoded
from editor.ops import redecode

MAX_TIP_WARNINGS = 10


def title(decoded: Decoded) -> str:
    base = QCoreApplication.translate("Panes", "Raw (read-only)")
    return f"{base} · {decoded.encoding.upper()} {decoded.confidence:.2f}"


def tooltip(decoded: Decoded) -> str:
    lines = [QCoreApplication.translate("EncodingLabel", "Decoded as %1, confidence %2")
             .replace("%1", decoded.encoding).replace("%2", f"{decoded.confidence:.2f}")]
    lines += [QCoreApplication.translate("EncodingLabel", "Repaired: %1").replace("%1", r) for r in decoded.repairs]
    if decoded.warnings:
        lines.append(QCoreApplication.translate("EncodingLabel", "%1 odd characters:")
                     .replace("%1", str(len(decoded.warnings))))
        lines += [f"  {w.describe()}" for w in decoded.warnings[:MAX_TIP_WARNINGS]]
        if len(decoded.warnings) > MAX_TIP_WARNINGS:
            lines.append("  …")
    return "\n".join(lines)


def install(window) -> None:
    label = window.panes.raw.title

    def show(document_id: int) -> None:
        decoded = redecode.current(window.store, document_id)
        label.setText(title(decoded))
        label.setToolTip(tooltip(decoded))

    window.document_opened.connect(show)

    def changed(changes, _origin) -> None:  # re-decoded: the raw text and its encoding are new
        if window.session is not None and window.session.document_id in changes.text:
            show(window.session.document_id)

    window.workspace.changed.connect(changed)
