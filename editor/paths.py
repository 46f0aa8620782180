"""Where Jiaokan's files are: resources and migrations in the checkout, the default store
in the user data dir."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
SAMPLES = RESOURCES / "samples"
TRANSLATIONS = RESOURCES / "translations"
RULE_DATA = RESOURCES / "rules"
MIGRATIONS = ROOT / "db"


def default_store() -> Path:
    from platformdirs import user_data_path

    return user_data_path("jiaokan", appauthor=False) / "jiaokan.db"
