"""Small icons for the proofreading statuses, drawn once: raw an empty ring, corrected a half
disc, annotated a full disc, reviewed a disc with a tick, each in its status colour, so the
status reads without colour too."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

COLORS = {"raw": "#9e9e9e", "corrected": "#1f78b4", "annotated": "#33a02c", "reviewed": "#6a3d9a"}
_cache: dict[str, QIcon] = {}


def _draw(status: str, size: int = 14) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    color = QColor(COLORS.get(status, "#000000"))
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1.5, 1.5, size - 3, size - 3)
    p.setPen(QPen(color, 1.5))
    if status == "corrected":
        p.setBrush(color)
        p.drawPie(box, 90 * 16, 180 * 16)
        p.setBrush(Qt.BrushStyle.NoBrush)
    elif status in ("annotated", "reviewed"):
        p.setBrush(color)
    p.drawEllipse(box)
    if status == "reviewed":
        tick = QPainterPath(QPointF(size * 0.28, size * 0.52))
        tick.lineTo(QPointF(size * 0.44, size * 0.68))
        tick.lineTo(QPointF(size * 0.74, size * 0.34))
        p.setPen(QPen(QColor("white"), 1.8))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(tick)
    p.end()
    return pixmap


def status_icon(status: str) -> QIcon:
    icon = _cache.get(status)
    if icon is None:
        icon = _cache[status] = QIcon(_draw(status))
    return icon
