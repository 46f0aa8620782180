"""The end of an import: what happened to every file, in a table the user can copy."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from editor.ops.import_report import ImportReport, ImportResult

STATUS_COLORS = {"imported": "#33a02c", "duplicate": "#1f78b4", "skipped": "#9e9e9e", "failed": "#e31a1c"}


def status_name(status: str) -> str:
    return {"imported": QCoreApplication.translate("ImportSummary", "imported"),
            "duplicate": QCoreApplication.translate("ImportSummary", "duplicate"),
            "skipped": QCoreApplication.translate("ImportSummary", "skipped"),
            "failed": QCoreApplication.translate("ImportSummary", "failed")}.get(status, status)


def summary_text(report: ImportReport) -> str:
    c = report.counts()
    text = QCoreApplication.translate("ImportSummary", "%1 imported, %2 duplicates, %3 skipped, %4 failed")
    for i, key in enumerate(("imported", "duplicate", "skipped", "failed"), 1):
        text = text.replace(f"%{i}", str(c[key]))
    if report.cancelled:
        text += QCoreApplication.translate("ImportSummary", " · cancelled after %1 of %2 files") \
            .replace("%1", str(len(report.results))).replace("%2", str(report.total))
    return text


def details(r: ImportResult) -> str:
    """What became of the file: its encoding and confidence, or why it was not imported."""
    if r.status != "imported":
        return r.message
    parts = [f"{r.encoding} {r.confidence:.2f}", *r.repairs]
    if r.warning_count:
        parts.append(QCoreApplication.translate("ImportSummary", "%1 odd characters").replace(
            "%1", str(r.warning_count)))
    return "; ".join(parts)


class ImportSummaryDialog(QDialog):
    def __init__(self, report: ImportReport, parent=None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import finished"))
        self.resize(820, 420)
        self.headline = QLabel(summary_text(report))
        self.headline.setObjectName("importHeadline")
        self.table = QTableWidget(len(report.results), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Result"), self.tr("File"), self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, r in enumerate(sorted(report.results, key=_failed_first)):
            status = QTableWidgetItem(status_name(r.status))
            status.setForeground(QBrush(QColor(STATUS_COLORS.get(r.status, "#000000"))))
            name = QTableWidgetItem(Path(r.path).name or r.path)
            name.setToolTip(r.path)
            info = QTableWidgetItem(details(r))
            info.setToolTip(details(r))
            for col, item in enumerate((status, name, info)):
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def as_text(self) -> str:
        """The report as tab-separated lines: status, full path, details."""
        lines = [summary_text(self.report)]
        lines += [f"{status_name(r.status)}\t{r.path}\t{details(r)}" for r in sorted(self.report.results,
                                                                                    key=_failed_first)]
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())


def _failed_first(r: ImportResult) -> int:
    return {"failed": 0, "skipped": 1, "duplicate": 2}.get(r.status, 3)
