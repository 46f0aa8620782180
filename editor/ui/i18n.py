"""UI language: Qt translation files for our strings and Qt's own dialogs."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.paths import TRANSLATIONS

LANGUAGES = ("zh_CN", "en")


def choose(requested: str | None) -> str:
    """--lang wins; otherwise Chinese for any Chinese system locale, else English."""
    if requested:
        if requested not in LANGUAGES:
            raise ValueError(f"unknown language {requested!r}; choose one of {', '.join(LANGUAGES)}")
        return requested
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load and install translators; keep the returned list alive as long as the app."""
    translators = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"jiaokan_{lang}.qm")):
        translators.append(ours)
    qt = QTranslator(app)
    if lang != "en" and qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for t in translators:
        app.installTranslator(t)
    QLocale.setDefault(QLocale(lang))
    return translators
