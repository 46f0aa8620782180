import os

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI runs the same examples every time, so a run is red only when the code changed; a local run
# explores new ones (and keeps what it found in .hypothesis/).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def store(tmp_path):
    from editor.store import Store

    s = Store.open(tmp_path / "store.db")
    yield s
    s.close()


@pytest.fixture
def seeded(tmp_path):
    """A store file seeded with the five sample issues, cleaned with the default profile."""
    from editor.ops.seeding import seed_if_empty
    from editor.store import Store

    s = Store.open(tmp_path / "seeded.db")
    seed_if_empty(s)
    yield s
    s.close()
