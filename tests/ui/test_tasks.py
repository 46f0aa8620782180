import threading

from editor.core.progress import check
from editor.ui.tasks import TaskRunner


def test_work_runs_off_the_gui_thread_with_its_own_store(qtbot, seeded):
    runner = TaskRunner(seeded.path)
    seen = {}

    def work(store, progress):
        seen["thread"] = threading.current_thread()
        progress.report(1, 1, "done")
        return store.counts()["documents"]

    handle = runner.submit("count", work)
    with qtbot.waitSignal(handle.done, timeout=10000) as blocker:
        pass
    runner.shutdown()
    assert blocker.args == [5]
    assert seen["thread"] is not threading.main_thread()


def test_cancel_stops_between_units(qtbot, seeded):
    runner = TaskRunner(seeded.path)
    started = threading.Event()
    units = []

    def work(store, progress):
        for i in range(1000):
            started.set()
            check(progress)
            units.append(i)
            threading.Event().wait(0.01)

    handle = runner.submit("long", work)
    started.wait(5)
    with qtbot.waitSignal(handle.cancelled, timeout=10000):
        handle.cancel()
    runner.shutdown()
    assert 0 < len(units) < 1000


def test_errors_reach_the_gui_as_text(qtbot, seeded):
    from editor.core.errors import InputError
    runner = TaskRunner(seeded.path)

    def work(store, progress):
        raise InputError("/tmp/x.txt", "the file is empty")

    handle = runner.submit("fail", work)
    with qtbot.waitSignal(handle.failed, timeout=10000) as blocker:
        pass
    runner.shutdown()
    assert blocker.args == ["/tmp/x.txt: the file is empty"]
