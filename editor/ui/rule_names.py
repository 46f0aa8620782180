"""The cleanup rules' titles and descriptions as the window shows them: the registry's English
strings, translated in the "Rules" context. They are listed here so that lupdate finds them;
a test keeps the list in step with the registry."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:  # the rules package loads every rule: not at start-up
    from editor.core.cleanup.rules.base import Rule

TEXTS = (
    QT_TRANSLATE_NOOP("Rules", "Markdown marks"),
    QT_TRANSLATE_NOOP("Rules", "Removes Markdown heading, bold, rule and bullet marks, keeping their layout role."),
    QT_TRANSLATE_NOOP("Rules", "Doubled glyphs"),
    QT_TRANSLATE_NOOP("Rules", "Text runs emitted twice by PDF bold rendering (星期一星期一 -> 星期一)."),
    QT_TRANSLATE_NOOP("Rules", "Traditional to simplified"),
    QT_TRANSLATE_NOOP("Rules", "A predominantly traditional transcription converted to mainland simplified forms."),
    QT_TRANSLATE_NOOP("Rules", "Page furniture"),
    QT_TRANSLATE_NOOP("Rules", "Moves page numbers, date lines, editor credits and mastheads into the issue metadata."),
    QT_TRANSLATE_NOOP("Rules", "Web and layout noise"),
    QT_TRANSLATE_NOOP("Rules", "Removes share widgets, site chrome, repeated headlines above photos and stray numbers."),
    QT_TRANSLATE_NOOP("Rules", "Full-width digits and letters"),
    QT_TRANSLATE_NOOP("Rules", "Full-width digits and Latin letters set half-width (１９９７ -> 1997)."),
    QT_TRANSLATE_NOOP("Rules", "Straight quotes"),
    QT_TRANSLATE_NOOP("Rules", "Straight quotes in Chinese text replaced by paired curly quotes."),
    QT_TRANSLATE_NOOP("Rules", "Punctuation width"),
    QT_TRANSLATE_NOOP("Rules", "Half-width punctuation in Chinese text set full-width, with Chinese dashes and ellipses."),
    QT_TRANSLATE_NOOP("Rules", "Spaces in Chinese text"),
    QT_TRANSLATE_NOOP("Rules", "Spaces that extraction put inside Chinese text removed; layout separators kept."),
    QT_TRANSLATE_NOOP("Rules", "Stripped quotation marks"),
    QT_TRANSLATE_NOOP("Rules", "Terms left between spaces where quotation marks were stripped, proposed as “…”."),
    QT_TRANSLATE_NOOP("Rules", "Stray English words"),
    QT_TRANSLATE_NOOP("Rules", "English function words between Chinese words replaced by their Chinese counterparts."),
    QT_TRANSLATE_NOOP("Rules", "Doubled characters"),
    QT_TRANSLATE_NOOP("Rules", "A character typed twice where Chinese has it once (从从严 -> 从严)."),
    QT_TRANSLATE_NOOP("Rules", "OCR look-alike characters"),
    QT_TRANSLATE_NOOP("Rules", "A character OCR read as one that looks like it, where the lexicon expects the other (己经 -> 已经)."),
    QT_TRANSLATE_NOOP("Rules", "Hard-wrapped columns"),
    QT_TRANSLATE_NOOP("Rules", "Unwraps runs of short column lines into whole paragraphs."),
    QT_TRANSLATE_NOOP("Rules", "Captions inside a sentence"),
    QT_TRANSLATE_NOOP("Rules", "Joins a sentence a photo caption interrupts and moves the caption after the paragraph."),
    QT_TRANSLATE_NOOP("Rules", "Broken paragraphs"),
    QT_TRANSLATE_NOOP("Rules", "Joins paragraphs that a page or column break cut in the middle of a sentence."),
    QT_TRANSLATE_NOOP("Rules", "Block layout"),
    QT_TRANSLATE_NOOP("Rules", "One block per line and one blank line between articles."),
    QT_TRANSLATE_NOOP("Rules", "Replacement lists"),
    QT_TRANSLATE_NOOP("Rules", "The user's own replacement lists, literal or regular expressions."),
)


def title(rule: "Rule") -> str:
    return QCoreApplication.translate("Rules", rule.title)


def description(rule: "Rule") -> str:
    return QCoreApplication.translate("Rules", rule.description)


# Titles by rule id, so the Changes panel names rules without loading the registry at start-up
# (a test keeps this in step with the registry).
TITLES = {
    "markup": "Markdown marks", "glyphs.doubled": "Doubled glyphs", "script.t2s": "Traditional to simplified",
    "furniture": "Page furniture", "noise": "Web and layout noise", "width.alnum": "Full-width digits and letters",
    "punct.quotes": "Straight quotes", "punct.width": "Punctuation width", "spaces.cjk": "Spaces in Chinese text",
    "quotes.stripped": "Stripped quotation marks", "words.stray_english": "Stray English words",
    "paragraphs.unwrap": "Hard-wrapped columns", "paragraphs.interrupted": "Captions inside a sentence",
    "paragraphs.join": "Broken paragraphs", "layout.blocks": "Block layout", "chars.doubled": "Doubled characters",
    "user.replacements": "Replacement lists", "chars.lookalike": "OCR look-alike characters",
}


@lru_cache(maxsize=None)  # the list asks for every row's; the language is set at start-up
def rule_name(rule_id: str) -> str:
    """A rule's translated title by its id; the id itself for a rule this version lacks."""
    text = TITLES.get(rule_id)
    return QCoreApplication.translate("Rules", text) if text else rule_id
