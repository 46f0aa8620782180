"""Write transactions begin IMMEDIATE: they wait for another process's write lock, and
when it is held too long they fail before writing anything, with StoreBusy."""
import pytest

from editor.core.errors import StoreBusy
from editor.core.model import IssueMeta
from tests.lock import write_lock_held


def test_a_short_wait_gives_up_with_store_busy_and_writes_nothing(store):
    with write_lock_held(store.path, 0.6):
        with pytest.raises(StoreBusy):
            with store.atomic(wait_ms=50):
                store.issues.add(IssueMeta("人民日报"))
    assert store.issues.all() == []


def test_a_read_then_write_transaction_waits_out_another_writer(store):
    store.issues.add(IssueMeta("新华日报"))
    with write_lock_held(store.path, 0.4):
        with store.atomic():
            store.issues.all()  # a read first: a deferred transaction would fail on the write
            store.issues.add(IssueMeta("人民日报"))
    assert len(store.issues.all()) == 2
