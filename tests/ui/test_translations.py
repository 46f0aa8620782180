import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from editor.paths import ROOT, TRANSLATIONS

TS = TRANSLATIONS / "jiaokan_zh_CN.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {(ctx.findtext("name"), m.findtext("source")): m.find("translation")
            for ctx in tree.iter("context") for m in ctx.iter("message")}


def test_every_ui_string_has_a_chinese_translation():
    unfinished = [src for (ctx, src), tr in _messages(TS).items() if tr.get("type") == "unfinished" or not tr.text]
    assert not unfinished, f"untranslated in {TS.name}: {unfinished[:10]}"


def test_translation_file_covers_the_sources(tmp_path):
    """lupdate over the sources finds no string that the committed .ts lacks."""
    lupdate = Path(__import__("sys").executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in (ROOT / "editor").rglob("*.py")]
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert not missing, f"run `make translations` and translate: {sorted(missing)[:10]}"


def test_compiled_qm_matches_the_ts(tmp_path):
    lrelease = Path(__import__("sys").executable).with_name("pyside6-lrelease")
    out = tmp_path / "zh.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(out)], check=True)
    assert out.read_bytes() == (TRANSLATIONS / "jiaokan_zh_CN.qm").read_bytes(), "run `make translations`"


def test_chinese_ui_is_loaded(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator
    t = QTranslator()
    assert t.load(str(TRANSLATIONS / "jiaokan_zh_CN.qm"))
    QCoreApplication.installTranslator(t)
    try:
        assert QCoreApplication.translate("Panes", "Corrected") == "校对稿"
    finally:
        QCoreApplication.removeTranslator(t)
