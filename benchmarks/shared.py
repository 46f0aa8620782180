"""Where ../shared is: beside the clone, or beside a folder above it (a git worktree)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "gold").is_dir()), ROOT.parent / "shared")
