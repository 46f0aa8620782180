"""Rebuild resources/rules/lookalikes.tsv: pairs of Chinese characters that look alike, with a
glyph similarity, for the OCR look-alike rule (chars.lookalike).

Each character is drawn in WenQuanYi Micro Hei (Debian's fonts-wqy-microhei, Apache 2.0 /
GPLv3 with font exception) at 48 px into a grey-level bitmap, blurred (a scanner and an OCR
engine see a character at a few pixels' precision), and compared with every other one by the
correlation of the blurred bitmaps. A pair is kept when the correlation is at least CUTOFF
(the ALWAYS nearest always), the NEIGHBOURS nearest of each character, both ways. Nothing here comes from a third-party confusion set.

The characters: GB 2312 (its 6,763 hanzi, read from Python's own codec) and the characters
jieba's dictionary uses at least COMMON times (resources/rules/hanzi_freq.tsv) that OpenCC's
t2s leaves as they are (simplified), which together
hold every character of level 1 of 通用规范汉字表 (2013). ``--check FILE`` (one character per
line, or TSV with the character first, in the table's order) prints how many of the first
3,500 characters of FILE the table covers.

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/rules/build_lookalikes.py [--check FILE]

Needs the font (apt-get install fonts-wqy-microhei), PySide6 (the venv) and numpy (pip install numpy).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np
import opencc

HERE = Path(__file__).resolve().parent
OUT = HERE / "lookalikes.tsv"
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SIZE = 48
BLUR = 1.6  # sigma in pixels
CUTOFF = 0.7
NEIGHBOURS = 12
COMMON = 150
ALWAYS = 2  # the nearest two are kept whatever their similarity: every character has look-alikes


def characters() -> list[str]:
    chars, common = set(), []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for line in (HERE / "hanzi_freq.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        ch, count = line.split("\t")
        if int(count) >= COMMON and "\u4e00" <= ch <= "\u9fff":
            common.append(ch)
    # Traditional characters would crowd out the simplified look-alikes of simplified text.
    simplified = opencc.OpenCC("t2s.json").convert("\n".join(common)).split("\n")
    chars.update(ch for ch, s in zip(common, simplified) if ch == s)
    return sorted(chars)


def render(chars: list[str]) -> np.ndarray:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need it)
    fid = QFontDatabase.addApplicationFont(FONT)
    if fid < 0:
        raise SystemExit(f"{FONT}: cannot load the font (apt-get install fonts-wqy-microhei)")
    font = QFont(QFontDatabase.applicationFontFamilies(fid)[0])
    font.setPixelSize(int(SIZE * 0.9))
    out = np.zeros((len(chars), SIZE, SIZE), dtype=np.float32)
    for i, ch in enumerate(chars):
        img = QImage(SIZE, SIZE, QImage.Format.Format_Grayscale8)
        img.fill(QColor(0, 0, 0))
        p = QPainter(img)
        p.setFont(font)
        p.setPen(QColor(255, 255, 255))
        p.drawText(QRect(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, ch)
        p.end()
        row = np.frombuffer(img.constBits(), dtype=np.uint8).reshape(SIZE, img.bytesPerLine())[:, :SIZE]
        out[i] = row / 255.0
    return out


def blur(images: np.ndarray) -> np.ndarray:
    radius = int(3 * BLUR)
    x = np.arange(-radius, radius + 1)
    k = np.exp(-x ** 2 / (2 * BLUR ** 2))
    k /= k.sum()
    conv = lambda a, axis: np.apply_along_axis(lambda v: np.convolve(v, k, mode="same"), axis, a)  # noqa: E731
    return conv(conv(images, 1), 2)


def neighbours(chars: list[str], images: np.ndarray) -> list[tuple[str, str, float]]:
    flat = images.reshape(len(chars), -1)
    flat = flat - flat.mean(axis=1, keepdims=True)
    flat /= np.linalg.norm(flat, axis=1, keepdims=True) + 1e-9
    pairs: dict[tuple[str, str], float] = {}
    for start in range(0, len(chars), 512):
        sims = flat[start:start + 512] @ flat.T
        for r, row in enumerate(sims):
            i = start + r
            row[i] = -1
            best = np.argsort(-row)[:NEIGHBOURS]
            pairs.update(((chars[i], chars[j]), float(row[j])) for k, j in enumerate(best) if row[j] >= CUTOFF or k < ALWAYS)
    # Symmetric: 己 among the look-alikes of 已 makes 已 one of 己's.
    pairs.update({(b, a): s for (a, b), s in list(pairs.items())})
    return [(a, b, s) for (a, b), s in pairs.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", type=Path, help="a character list (通用规范汉字表 order) to check coverage")
    args = parser.parse_args(argv)
    chars = characters()
    pairs = neighbours(chars, blur(render(chars)))
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# character\tits look-alikes, each followed by its glyph similarity: WenQuanYi Micro Hei {SIZE} px, blur {BLUR}, "
                  f"correlation >= {CUTOFF} (the nearest {ALWAYS} always), the {NEIGHBOURS} nearest of each, both ways; built by resources/rules/build_lookalikes.py\n")
        by_char: dict[str, list[tuple[float, str]]] = {}
        for a, b, s in pairs:
            by_char.setdefault(a, []).append((s, b))
        for a in sorted(by_char):
            out.write(a + "\t" + " ".join(f"{b}{s:.2f}" for s, b in sorted(by_char[a], reverse=True)) + "\n")
    covered = {a for a, _, _ in pairs}
    print(f"{len(chars)} characters drawn, {len(covered)} with a look-alike, {len(pairs)} pairs -> {OUT}")
    if args.check:
        lines = [line for line in args.check.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        level1 = [line.split("\t")[0] for line in lines][:3500]
        drawn = set(chars)
        print(f"level 1 of {args.check.name}: {sum(c in drawn for c in level1)} of {len(level1)} drawn, "
              f"{sum(c in covered for c in level1)} with a look-alike; missing: "
              f"{''.join(c for c in level1 if c not in drawn)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
