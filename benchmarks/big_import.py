"""Import time and peak memory of one big text file, 2, 20 and 50 MB (issue 12, item 6).

    python benchmarks/big_import.py [MB ...]            (default: 2 20 50)
    python benchmarks/big_import.py --profile MB        (pyinstrument's tree of one import)
    python benchmarks/big_import.py --clean [MB ...]    (already clean text: ../shared/gold)

Each file is the five sample issues repeated (every damage class the rules repair), each copy
with a numbered line so no paragraph is a duplicate of another, in GBK. Each size is imported
with the default cleanup profile into a fresh store in a new process, so its peak resident
memory (ru_maxrss) is its own; "added" is the peak above the same process after a
warm-up import of one sample (rules, jieba and OpenCC loaded). Goals: at least 1 MB/s, peak memory under 10x the file, 50 MB in
under a minute. Prints one row per size.
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def make(path: Path, mb: float, clean: bool = False) -> int:
    """``clean``: the corrected gold texts of ../shared/gold instead (few changes per line)."""
    if clean:
        from shared import SHARED
        samples = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "gold").glob("*.clean.txt"))]
    else:
        samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "resources" / "samples").glob("*.txt"))]
    target = int(mb * 1024 * 1024)
    with open(path, "wb") as out:
        n = size = 0
        while size < target:
            chunk = f"\n第{n}份 编号 {n}\n" + samples[n % len(samples)]
            data = chunk.encode("gbk", "replace")
            out.write(data)
            size += len(data)
            n += 1
    return size


def _child(path: str, store: str) -> None:
    from editor.core.cleanup.profiles import DEFAULT
    from editor.ops.importing import import_paths
    from editor.store import Store

    s = Store.open(store)
    # A small import first loads every rule, jieba and OpenCC: the baseline the big file adds to.
    from editor.ops.importing import import_text
    import_text(s, (ROOT / "resources" / "samples" / "000_ddeef44fe0e3859f.txt").read_text(encoding="utf-8"),
                "warm-up", s.profiles.get(DEFAULT.name))
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    report = import_paths(s, [path], s.profiles.get(DEFAULT.name))
    took = time.perf_counter() - t
    s.close()
    (r,) = report.results
    print(json.dumps({"seconds": took, "status": r.status, "message": r.message,
                      "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "baseline_kb": baseline}))


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        return _child(argv[1], argv[2])
    profile = argv[:1] == ["--profile"]
    clean = "--clean" in argv
    argv = [a for a in argv if a != "--clean"]
    sizes = [float(a) for a in (argv[1:] if profile else argv)] or [2, 20, 50]
    print(f"{'MB':>6} {'seconds':>8} {'MB/s':>6} {'peak MB':>8} {'added MB':>9} {'added/size':>10}  status")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = Path(tmp) / f"big_{mb:g}.txt"
            size = make(path, mb, clean)
            store = Path(tmp) / f"store_{mb:g}.db"
            if profile:
                subprocess.run([sys.executable, "-m", "pyinstrument", "-r", "text", "--show-all", __file__,
                                "--child", str(path), str(store)], check=True)
                continue
            out = subprocess.run([sys.executable, __file__, "--child", str(path), str(store)],
                                 capture_output=True, text=True, check=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            peak, added = r["peak_kb"] / 1024, (r["peak_kb"] - r["baseline_kb"]) / 1024
            real_mb = size / 1024 / 1024
            print(f"{real_mb:6.1f} {r['seconds']:8.1f} {real_mb / r['seconds']:6.2f} {peak:8.0f} {added:9.0f} "
                  f"{added / real_mb:10.1f}  {r['status']} {r['message'][:60]}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
