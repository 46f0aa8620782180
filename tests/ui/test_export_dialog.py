import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGroupBox

from editor.export import FORMATS
from editor.ops.exporting import ExportReport, ExportResult
from editor.ui.export_dialog import FORMAT_TITLES, OVERWRITE, SKIP, ExportDialog
from editor.ui.issue_choice import IssueChoiceModel, issue_choices
from editor.ui.main_window import MainWindow


class Answering(ExportDialog):
    """The dialog with its questions answered by the test instead of a person."""

    answer = SKIP

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.asked, self.reports, self.errors = [], [], []

    def ask_overwrite(self, paths):
        self.asked.append(paths)
        return self.answer

    def show_report(self, report):
        self.reports.append(report)

    def show_error(self, message):
        self.errors.append(message)


def _settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot, seeded, tmp_path):
    d = Answering(seeded, current_issue=2, settings=_settings(tmp_path))
    qtbot.addWidget(d)
    d.folder.setText(str(tmp_path / "out"))
    return d


def _choose(dialog, *names):
    for name, box in dialog.format_boxes.items():
        box.setChecked(name in names)


def _run(qtbot, dialog):
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_issue_model_passes_the_model_tester(qtmodeltester, seeded):
    model = IssueChoiceModel(issue_choices(seeded.documents.tree()))
    model.set_checked([1, 3])
    qtmodeltester.check(model)
    assert model.checked() == [i for i in model.ids() if i in (1, 3)]


def test_the_current_issue_is_preselected(dialog):
    assert sorted(dialog.issues.ids()) == [row.id for row in dialog.store.issues.all()]
    assert dialog.issues.checked() == [2] and not dialog.all_issues.isChecked()


def test_without_a_current_issue_all_are_chosen(qtbot, seeded, tmp_path):
    d = ExportDialog(seeded, settings=_settings(tmp_path))
    qtbot.addWidget(d)
    assert d.issues.checked() == d.issues.ids() and len(d.issues.ids()) == len(seeded.issues.all())
    assert d.all_issues.isChecked()


def test_all_issues_checks_every_issue_and_follows_the_list(dialog):
    dialog.all_issues.setChecked(True)
    ids = dialog.issues.ids()
    assert dialog.issues.checked() == ids
    dialog.issues.setData(dialog.issues.index(0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert not dialog.all_issues.isChecked() and dialog.issues.checked() == ids[1:]


def test_every_format_has_a_checkbox_in_its_group(dialog):
    groups = {"issue": "Issue formats", "dataset": "Datasets"}
    for fmt in FORMATS:
        box = dialog.format_boxes[fmt.name]
        group = box.parentWidget()
        assert isinstance(group, QGroupBox) and group.title() == groups[fmt.kind]
        assert box.text().endswith(f"(.{fmt.extension})")


def test_every_registered_format_title_is_there_to_translate():
    assert {f.title for f in FORMATS} <= set(FORMAT_TITLES)


def test_label_checkboxes_filter_the_exported_spans(dialog):
    assert dialog.options().labels is None  # all checked: every label, also ones added later
    dialog.label_boxes["DATE"].setChecked(False)
    assert dialog.options().labels == frozenset(dialog.label_boxes) - {"DATE"}


def test_export_needs_an_issue_a_format_and_a_folder(dialog):
    assert dialog.export_button.isEnabled()
    _choose(dialog)
    assert not dialog.export_button.isEnabled()
    _choose(dialog, "md")
    dialog.folder.setText(" ")
    assert not dialog.export_button.isEnabled()


def test_export_runs_and_writes_the_files(qtbot, dialog, tmp_path):
    _choose(dialog, "md", "conll")
    report = _run(qtbot, dialog)
    assert report.complete and dialog.reports == [report]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["issue-2.conll", "issue-2.md"]
    assert dialog.runner is None and dialog.export_button.isEnabled()


def test_return_starts_the_export(qtbot, dialog, tmp_path):
    _choose(dialog, "txt")
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.keyClick(dialog.issue_list, Qt.Key.Key_Return)
    assert (tmp_path / "out" / "issue-2.txt").exists()


def test_existing_files_are_listed_and_kept_when_skipped(qtbot, dialog, tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "issue-2.md").write_text("old")
    _choose(dialog, "md", "doccano")
    report = _run(qtbot, dialog)
    assert dialog.asked == [[tmp_path / "out" / "issue-2.md"]]
    assert [r.status for r in report.results] == ["skipped", "written"]
    assert (tmp_path / "out" / "issue-2.md").read_text() == "old"


def test_existing_files_are_replaced_when_the_answer_is_overwrite(qtbot, dialog, tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "issue-2.md").write_text("old")
    dialog.answer = OVERWRITE
    _choose(dialog, "md")
    assert _run(qtbot, dialog).complete
    assert (tmp_path / "out" / "issue-2.md").read_text(encoding="utf-8") != "old"


def test_no_answer_exports_nothing(dialog, tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "issue-2.md").write_text("old")
    dialog.answer = None
    _choose(dialog, "md", "txt")
    dialog.start()
    assert dialog.runner is None and [p.name for p in (tmp_path / "out").iterdir()] == ["issue-2.md"]


def test_closing_while_exporting_cancels_between_files(qtbot, dialog, tmp_path):
    dialog.all_issues.setChecked(True)
    _choose(dialog, *(f.name for f in FORMATS))
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        dialog.start()
        dialog.reject()
    report = blocker.args[0]
    assert report.cancelled
    written = {r.path.name for r in report.by_status("written")}
    assert {p.name for p in (tmp_path / "out").iterdir()} == written  # whole files, no temporaries


def test_the_folder_and_formats_are_remembered(qtbot, dialog, seeded, tmp_path):
    _choose(dialog, "tei")
    _run(qtbot, dialog)
    again = ExportDialog(seeded, settings=_settings(tmp_path))
    qtbot.addWidget(again)
    assert again.folder.text() == str(tmp_path / "out")
    assert [name for name, box in again.format_boxes.items() if box.isChecked()] == ["tei"]


def test_the_report_counts_the_files_and_offers_the_folder(dialog, tmp_path):
    report = ExportReport(tmp_path, [ExportResult(1, "md", tmp_path / "a.md", "written"),
                                     ExportResult(1, "txt", tmp_path / "a.txt", "skipped", "the file exists")])
    box, open_button = dialog.report_box(report)
    assert box.text() == "Written: 1, skipped: 1, failed: 0."
    assert box.defaultButton() is open_button
    assert "skipped: a.txt (the file exists)" in box.detailedText()


class UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls = []

    @Slot(QUrl)
    def catch(self, url):
        self.urls.append(url)


def test_open_folder_asks_the_desktop_to_show_it(dialog, tmp_path):
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    try:
        dialog.open_folder(tmp_path)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(tmp_path)]


def test_file_export_opens_the_dialog_on_the_open_documents_issue(qtbot, seeded):
    window = MainWindow(seeded)
    qtbot.addWidget(window)
    window.open_document(seeded.documents.in_issue(4)[0].id)
    action = window.actions["file.export"]
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+E"
    action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog.isVisible() and dialog.issues.checked() == [4]
    dialog.close()
