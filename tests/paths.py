"""Where the test data lives: the repository's resources and ../shared beside the clone
(or beside a folder above it, for a git worktree under another directory)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "gold").is_dir()), ROOT.parent / "shared")
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
ENCODINGS = SHARED / "data" / "encodings"
NER_DEV = SHARED / "data" / "ner" / "dev.jsonl"


def sample(prefix: str) -> str:
    """The text of a sample issue by its number, e.g. sample("004")."""
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")
