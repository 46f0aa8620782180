import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
