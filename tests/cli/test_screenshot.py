import pytest
from PySide6.QtGui import QImage

from tests.cli.test_cli import jiaokan


def _distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_screenshot_writes_a_png_of_the_requested_size(tmp_path, lang):
    out = tmp_path / f"window-{lang}.png"
    proc = jiaokan("screenshot", "-o", str(out), "--size", "1000x700", "--lang", lang)
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    assert _distinct_colours(image) > 20, "the window rendered blank"
    assert "no CJK font" not in proc.stderr


def test_screenshot_of_a_missing_document_says_so(tmp_path):
    proc = jiaokan("screenshot", "-o", str(tmp_path / "x.png"), "--document", "999")
    assert proc.returncode != 0 and "no document 999" in proc.stderr
    assert not (tmp_path / "x.png").exists()


def test_bad_size_is_explained(tmp_path):
    proc = jiaokan("screenshot", "-o", str(tmp_path / "x.png"), "--size", "big")
    assert proc.returncode != 0 and "WIDTHxHEIGHT" in proc.stderr


def test_pane_font_has_chinese_glyphs(qapp):
    from PySide6.QtGui import QFontMetrics

    from editor.ui.panes import text_font
    metrics = QFontMetrics(text_font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "校勘赣鄱龚")
