"""Help > User guide: a short guide in the interface language: the window, what the colours
mean, how a change flows from a rule to an export, and the keys that matter most."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout


def _t(text: str) -> str:
    return QCoreApplication.translate("UserGuide", text)


def guide_html() -> str:
    parts = [f"<h2>{escape(_t(TITLE))}</h2>"]
    for title, paragraphs in SECTIONS:
        parts.append(f"<h3>{escape(_t(title))}</h3>")
        parts.extend(f"<p>{escape(_t(p))}</p>" for p in paragraphs)
    return "\n".join(parts)


TITLE = QT_TRANSLATE_NOOP("UserGuide", "Jiaokan in short")
SECTIONS = [
        (QT_TRANSLATE_NOOP("UserGuide", "The window"), [
            QT_TRANSLATE_NOOP("UserGuide", "Left: the issue tree, publication > issue > document, with each document's proofreading status "
               "and each issue's progress (3/5 reviewed). An issue in italics has no date yet: it is named by its "
               "first document and when that was imported."),
            QT_TRANSLATE_NOOP("UserGuide", "Middle: the raw text as it was imported (read-only, never changed) beside the corrected text you "
               "edit. Right: the Changes panel, every fix a rule proposed or made."),
        ]),
        (QT_TRANSLATE_NOOP("UserGuide", "What the colours mean"), [
            QT_TRANSLATE_NOOP("UserGuide", "Corrected pane: text a cleanup rule wrote is tinted green, text you typed "
                              "or replaced with Find and replace blue; a proposal waiting for your decision is "
                              "underlined in orange; a thin coloured caret marks where something was deleted."),
            QT_TRANSLATE_NOOP("UserGuide", "Raw pane: raw text a rule replaced or removed is tinted red and struck "
                              "through, so you see what the correction stands for."),
            QT_TRANSLATE_NOOP("UserGuide", "View > Colour legend (Ctrl+Alt+G) shows the colours; the panes scroll "
                              "together unless you unlink them (Ctrl+Alt+L)."),
            QT_TRANSLATE_NOOP("UserGuide", "The change selected in the Changes panel is marked yellow in both panes."),
            QT_TRANSLATE_NOOP("UserGuide", "Status icons in the tree: an empty grey ring is raw, a half blue disc corrected, a full green disc "
               "annotated, a purple disc with a tick reviewed."),
        ]),
        (QT_TRANSLATE_NOOP("UserGuide", "How a change flows from a rule to an export"), [
            QT_TRANSLATE_NOOP("UserGuide", "1. Import: the bytes are kept as they are and decoded; the cleanup profile runs its rules."),
            QT_TRANSLATE_NOOP("UserGuide", "2. Each rule proposes changes with a reason and a confidence. Those at or above the profile's "
               "threshold are applied to the corrected text; the rest wait in the Changes panel."),
            QT_TRANSLATE_NOOP("UserGuide", "3. You decide: Apply (Ctrl+Shift+R) or Revert (Ctrl+R) one, step through them with F8, type your "
               "own corrections, or find and replace across documents (Ctrl+H). Every step goes to the edit log "
               "with who made it, and Ctrl+Z undoes it."),
            QT_TRANSLATE_NOOP("UserGuide", "4. Mark the document reviewed (Alt+4) when you are done; rules and imports never do."),
            QT_TRANSLATE_NOOP("UserGuide", "5. Export (Ctrl+E) writes the current corrected text of each issue, with its accepted "
               "annotations, in the formats you choose."),
        ]),
        (QT_TRANSLATE_NOOP("UserGuide", "Keys"), [
            QT_TRANSLATE_NOOP("UserGuide", "Every menu command has a shortcut; Help > Keyboard shortcuts lists them all and lets you change "
               "them."),
        ]),
    ]


class UserGuide(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(620, 560)
        self.browser = QTextBrowser(objectName="guide")
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
