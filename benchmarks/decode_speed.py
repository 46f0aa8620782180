"""How fast decode() reads real encoded files, sample-sized files and 1 MB files.

    python benchmarks/decode_speed.py [repeats]

Prints one row per input: size, the encoding found, the median time of ``repeats`` runs and
the throughput. No assertions: compare the numbers between changes.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from editor.core.decoding.decode import decode  # noqa: E402
from tests.paths import ENCODINGS, sample  # noqa: E402

MB = 1 << 20


def _fit(text: str, codec: str, size: int) -> bytes:
    """``text`` repeated and cut to about ``size`` bytes in ``codec``, on a character boundary."""
    text = text * (size // max(1, len(text.encode(codec))) + 1)
    data = text.encode(codec)[:size]
    while True:
        try:
            data.decode(codec)
            return data
        except UnicodeDecodeError:
            data = data[:-1]


def inputs() -> list[tuple[str, bytes]]:
    rows = [(path.name[:48], path.read_bytes()) for path in sorted(ENCODINGS.iterdir()) if path.suffix != ".tsv"]
    simplified, traditional = sample("000"), sample("003")
    for codec in ("utf-8", "gbk", "utf-16-le"):
        rows.append((f"seed 000 in {codec}", simplified.encode(codec)))
    rows.append(("seed 003 in big5", traditional.encode("big5")))
    rows.append(("seed 000 as GBK mojibake", simplified.encode("gbk").decode("latin-1").encode("utf-8")))
    for codec, text in (("utf-8", simplified), ("gbk", simplified), ("big5", traditional), ("utf-16-le", simplified)):
        rows.append((f"1 MB {codec}", _fit(text, codec, MB)))
    rows.append(("1 MB GBK mojibake", _fit(simplified.encode("gbk").decode("latin-1"), "utf-8", MB)))
    return rows


def main(repeats: int = 5) -> None:
    print(f"{'input':50} {'bytes':>9} {'encoding':>10} {'median ms':>10} {'MB/s':>7}")
    for name, data in inputs():
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            decoded = decode(data)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        print(f"{name:50} {len(data):9d} {decoded.encoding:>10} {median * 1000:10.1f} {len(data) / median / 1e6:7.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
