"""The collector's pauses (cmdesk/startup.py): counted, across threads, and as they were."""

import gc
import threading

import pytest

from cmdesk.exchange import casualties_import as importer
from cmdesk.startup import collector_paused


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    gc.enable() if was else gc.disable()


def test_nested_and_overlapping_pauses_turn_the_collector_on_only_after_the_last(collector_on):
    seen = []
    inner_started, outer_may_end = threading.Event(), threading.Event()

    def worker():
        with collector_paused():
            inner_started.set()
            outer_may_end.wait(5)
            seen.append(("worker", gc.isenabled()))

    with collector_paused():
        with collector_paused():
            seen.append(("nested", gc.isenabled()))
        seen.append(("after nested", gc.isenabled()))
        thread = threading.Thread(target=worker)
        thread.start()
        inner_started.wait(5)
    seen.append(("first ended, worker's running", gc.isenabled()))
    outer_may_end.set()
    thread.join(5)
    assert seen == [("nested", False), ("after nested", False), ("first ended, worker's running", False),
                    ("worker", False)]
    assert gc.isenabled()


def test_a_pause_within_start_ups_leaves_the_collector_off(collector_on):
    gc.disable()  # main.py's pause while CMDesk starts
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_an_import_reads_with_the_collector_off_and_gives_it_back_after_a_failure(
        collector_on, tmp_path, monkeypatch):
    path = tmp_path / "records.csv"
    path.write_text("source_id,outcome\nC-1,killed\n", encoding="utf-8")
    during = []
    original = importer._read_table

    def reading(*args):
        during.append(gc.isenabled())
        return original(*args)

    monkeypatch.setattr(importer, "_read_table", reading)
    assert [cells for _, cells in importer.read_table(path).rows] == [("C-1", "killed")]
    assert during == [False] and gc.isenabled()

    def failing(*args):
        raise OSError("the disk went away")

    monkeypatch.setattr(importer, "_read_table", failing)
    with pytest.raises(OSError):
        importer.read_table(path)
    assert gc.isenabled()
