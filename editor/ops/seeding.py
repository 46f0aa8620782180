"""First start: an empty store is seeded with the sample issues that ship in resources/samples."""
from __future__ import annotations

from editor.ops.import_report import ImportReport
from editor.paths import SAMPLES
from editor.store import Store


def seed_if_empty(store: Store) -> ImportReport | None:
    if store.counts()["documents"]:
        return None
    # Importing loads decoding and every cleanup rule; only a first start pays for that.
    from editor.core.cleanup.profiles import DEFAULT
    from editor.ops.importing import import_paths

    return import_paths(store, sorted(SAMPLES.glob("*.txt")), store.profiles.get(DEFAULT.name))
