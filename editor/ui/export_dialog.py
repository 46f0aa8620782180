"""File > Export: choose issues, formats, labels and a folder; the export runs on the worker with
a progress dialog, asks before overwriting, and ends with a report that can open the folder.

The two questions to the user (overwrite? and the final report) are methods, so a test (or
another front end) can answer them by subclassing instead of driving a modal box.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QListView, QMessageBox, QProgressDialog,
                               QPushButton, QVBoxLayout, QWidget)

from editor.core.errors import JiaokanError
from editor.export import FORMATS, ExportOptions, Format
from editor.ops.exporting import ExportReport, export_issues, plan
from editor.store import Store
from editor.ui.issue_choice import IssueChoiceModel, issue_choices
from editor.ui.selection import open_issue
from editor.ui.tasks import TaskRunner

# The registry's titles, for lupdate; shown through QCoreApplication.translate("ExportFormats", title).
FORMAT_TITLES = (
    QT_TRANSLATE_NOOP("ExportFormats", "Markdown"),
    QT_TRANSLATE_NOOP("ExportFormats", "Plain text"),
    QT_TRANSLATE_NOOP("ExportFormats", "HTML page"),
    QT_TRANSLATE_NOOP("ExportFormats", "Word document"),
    QT_TRANSLATE_NOOP("ExportFormats", "TEI P5 XML"),
    QT_TRANSLATE_NOOP("ExportFormats", "Jiaokan JSON (everything)"),
    QT_TRANSLATE_NOOP("ExportFormats", "doccano JSONL"),
    QT_TRANSLATE_NOOP("ExportFormats", "Label Studio tasks"),
    QT_TRANSLATE_NOOP("ExportFormats", "CoNLL BIO (one character per line)"),
    QT_TRANSLATE_NOOP("ExportFormats", "brat standoff (zip)"),
    QT_TRANSLATE_NOOP("ExportFormats", "WebAnno TSV 3.3 for INCEpTION (zip)"),
    QT_TRANSLATE_NOOP("ExportFormats", "spaCy DocBin"),
)
DEFAULT_FORMATS = ("md", "doccano")
OVERWRITE, SKIP = "overwrite", "skip"
_SHOWN_FILES = 8  # existing files named in the question itself; all of them in its details


class ExportDialog(QDialog):
    exported = Signal(object)  # the ExportReport when the export ran, None when it failed

    def __init__(self, store: Store, current_issue: int | None = None, settings: QSettings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.settings = settings if settings is not None else QSettings()
        self.runner: TaskRunner | None = None
        self.handle = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Export"))

        self.issues = IssueChoiceModel(issue_choices(store.documents.tree()), self)
        self.issue_list = QListView()
        self.issue_list.setObjectName("exportIssues")
        self.issue_list.setModel(self.issues)
        self.all_issues = QCheckBox(self.tr("&All issues"))
        self.all_issues.toggled.connect(self._check_all)
        self.issues.dataChanged.connect(self._sync_all)

        remembered = str(self.settings.value("export/formats", ",".join(DEFAULT_FORMATS))).split(",")
        self.format_boxes: dict[str, QCheckBox] = {}
        groups = {"issue": QGroupBox(self.tr("Issue formats")), "dataset": QGroupBox(self.tr("Datasets"))}
        for kind, group in groups.items():
            layout = QVBoxLayout(group)
            for fmt in (f for f in FORMATS if f.kind == kind):
                box = self.format_boxes[fmt.name] = QCheckBox(_format_text(fmt))
                box.setObjectName(f"format_{fmt.name}")
                box.setChecked(fmt.name in remembered)
                box.toggled.connect(self._update_state)
                layout.addWidget(box)
            layout.addStretch(1)

        entities = QGroupBox(self.tr("Entities"))
        grid = QGridLayout(entities)
        self.label_boxes: dict[str, QCheckBox] = {}
        for i, label in enumerate(store.labels.all()):
            box = self.label_boxes[label.name] = QCheckBox(label.name)
            box.setToolTip(label.description)
            box.setChecked(True)
            grid.addWidget(box, i // 4, i % 4)
        self.mark_entities = QCheckBox(self.tr("&Mark entities in the text (HTML, TEI)"))
        self.mark_entities.setChecked(self.settings.value("export/mark_entities", "1") == "1")
        grid.addWidget(self.mark_entities, grid.rowCount(), 0, 1, 4)

        self.folder = QLineEdit(str(self.settings.value("export/folder", _default_folder())))
        self.folder.textChanged.connect(self._update_state)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAutoDefault(False)  # Return exports, also with the focus on a checkbox or the list
        choose.clicked.connect(self._choose_folder)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        issues_label = QLabel(self.tr("&Issues:"))
        issues_label.setBuddy(self.issue_list)
        left = QVBoxLayout()
        left.addWidget(issues_label)
        left.addWidget(self.issue_list, 1)
        left.addWidget(self.all_issues)
        right = QVBoxLayout()
        right.addWidget(groups["issue"])
        right.addWidget(groups["dataset"])
        right.addWidget(entities)
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(folder_row)
        layout.addWidget(self.buttons)

        self.resize(820, 580)
        self._preselect(current_issue)
        self.issue_list.setFocus()
        self._update_state()

    # ---- choices
    def _preselect(self, current_issue: int | None) -> None:
        row = self.issues.row_of(current_issue) if current_issue is not None else -1
        if row >= 0:
            self.issues.set_checked([current_issue])
            self.issue_list.setCurrentIndex(self.issues.index(row))
        else:
            self.all_issues.setChecked(True)

    def _check_all(self, checked: bool) -> None:
        if checked != self.issues.all_checked():
            self.issues.set_checked(self.issues.ids() if checked else [])

    def _sync_all(self) -> None:
        self.all_issues.blockSignals(True)
        self.all_issues.setChecked(self.issues.all_checked())
        self.all_issues.blockSignals(False)
        self._update_state()

    def chosen_formats(self) -> list[Format]:
        return [f for f in FORMATS if self.format_boxes[f.name].isChecked()]

    def options(self) -> ExportOptions:
        labels = [name for name, box in self.label_boxes.items() if box.isChecked()]
        chosen = None if len(labels) == len(self.label_boxes) else frozenset(labels)
        return ExportOptions(chosen, self.mark_entities.isChecked())

    def _update_state(self) -> None:
        ready = bool(self.issues.checked() and self.chosen_formats() and self.folder.text().strip())
        self.export_button.setEnabled(ready and self.runner is None)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _remember(self) -> None:
        self.settings.setValue("export/folder", self.folder.text().strip())
        self.settings.setValue("export/formats", ",".join(f.name for f in self.chosen_formats()))
        self.settings.setValue("export/mark_entities", "1" if self.mark_entities.isChecked() else "0")

    # ---- running
    def start(self) -> None:
        issue_ids, formats = self.issues.checked(), self.chosen_formats()
        folder = Path(self.folder.text().strip()).expanduser()
        if not (issue_ids and formats and self.folder.text().strip()) or self.runner is not None:
            return
        try:
            targets = plan(self.store, issue_ids, formats, folder)
        except JiaokanError as err:
            self.show_error(str(err))
            return
        existing = [t.path for t in targets if t.path.exists()]
        answer = self.ask_overwrite(existing) if existing else SKIP
        if answer is None:
            return
        self._remember()
        self._run(issue_ids, formats, folder, self.options(), answer == OVERWRITE, len(targets))

    def _run(self, issue_ids, formats, folder: Path, options: ExportOptions, force: bool, total: int) -> None:
        self.runner = TaskRunner(self.store.path, self)
        self.handle = self.runner.submit(self.tr("Export"), lambda store, progress: export_issues(
            store, issue_ids, formats, folder, options, force, progress))
        self.progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, total, self)
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self.handle.cancel)
        self.handle.progress.connect(self._on_progress)
        self.handle.done.connect(self._on_done)
        self.handle.failed.connect(self._on_failed)
        self._update_state()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            if message:
                self.progress.setLabelText(self.tr("Writing %1").replace("%1", message))

    def _on_done(self, report: ExportReport) -> None:
        self._finish()
        self.show_report(report)
        self.exported.emit(report)

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.show_error(message)
        self.exported.emit(None)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        if self.runner is not None:
            self.runner.shutdown()
            self.runner = None
        self._update_state()

    def reject(self) -> None:
        """Closing while files are written cancels between files; the report still follows."""
        if self.handle is not None and self.runner is not None:
            self.handle.cancel()
            return
        super().reject()

    # ---- questions to the user (replaceable)
    def ask_overwrite(self, paths: list[Path]) -> str | None:
        """OVERWRITE, SKIP (write only the missing files) or None (do not export)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Files exist"), "", parent=self)
        names = "\n".join(p.name for p in paths[:_SHOWN_FILES])
        if len(paths) > _SHOWN_FILES:
            names += "\n" + self.tr("… and %1 more").replace("%1", str(len(paths) - _SHOWN_FILES))
        box.setText(self.tr("These files exist in %1:").replace("%1", str(paths[0].parent)) + "\n\n" + names)
        box.setDetailedText("\n".join(str(p) for p in paths))
        overwrite = box.addButton(self.tr("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        skip = box.addButton(self.tr("&Skip existing"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(skip)
        box.exec()
        return {overwrite: OVERWRITE, skip: SKIP}.get(box.clickedButton())

    def show_report(self, report: ExportReport) -> None:
        box, open_button = self.report_box(report)
        box.exec()
        if box.clickedButton() is open_button:
            self.open_folder(report.folder)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Export failed"), message)

    def report_box(self, report: ExportReport) -> tuple[QMessageBox, QPushButton]:
        """The report, and its button that opens the folder."""
        icon = QMessageBox.Icon.Information if report.complete else QMessageBox.Icon.Warning
        box = QMessageBox(icon, self.tr("Export finished"), report_text(report), parent=self)
        box.setInformativeText(str(report.folder))
        box.setDetailedText("\n".join(_result_line(r) for r in report.results))
        open_button = box.addButton(self.tr("&Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        return box, open_button

    def open_folder(self, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def report_text(report: ExportReport) -> str:
    text = QCoreApplication.translate("ExportDialog", "Written: %1, skipped: %2, failed: %3.")
    for n, status in enumerate(("written", "skipped", "failed"), start=1):
        text = text.replace(f"%{n}", str(len(report.by_status(status))))
    if report.cancelled:
        text += " " + QCoreApplication.translate("ExportDialog", "Cancelled: the files written are complete.")
    return text


def _result_line(result) -> str:
    status = {"written": QCoreApplication.translate("ExportDialog", "written"),
              "skipped": QCoreApplication.translate("ExportDialog", "skipped"),
              "failed": QCoreApplication.translate("ExportDialog", "failed")}[result.status]
    return f"{status}: {result.path.name}" + (f" ({result.message})" if result.message else "")


def _format_text(fmt: Format) -> str:
    return f"{QCoreApplication.translate('ExportFormats', fmt.title)} (.{fmt.extension})"


def _default_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(documents or Path.home()) / "Jiaokan")



def open_dialog(window) -> ExportDialog:
    window.save()  # the export reads the store: pending edits of the open document go first
    dialog = ExportDialog(window.store, open_issue(window), parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install(window) -> None:
    window.actions["file.export"].triggered.connect(lambda: open_dialog(window))
