"""The program's tweaks of the interpreter's cycle collector, in one place: start-up's,
and the pause of a bulk read or write (`collector_paused`).

Start-up creates objects that live as long as the program (modules, classes, the
catalog, the window), so the cyclic garbage collector's passes over them find next
to nothing to free. The entry points (main.py, `python -m cmdesk`) pause it before
their first import; it runs again when a command starts (cmdesk.cli.main) or the
window has settled: drawn, with Overview's review shown (ui.app.run_gui), start-up's
objects then frozen out of its sight (`keep_startup_objects`). benchmarks/startup.py:
start-up runs ~2% fewer instructions with the pause (883 M against 901 M), ~4% less
time; settled 1.98x -> 1.90x the bare window with the freeze (demo, 9 rounds). The
parse cache of the catalog's files (catalog/files.py) is the other start-up measure,
worth ~6%.
"""

import gc
import threading
from contextlib import contextmanager
from typing import Iterator


def pause_collector() -> None:
    gc.disable()


def resume_collector() -> None:
    gc.enable()


def keep_startup_objects() -> None:
    """The window has settled: what start-up made (modules, classes, the catalog, the
    window and Overview) lives as long as the program, so the collector is turned on
    with all of it moved out of its sight (`gc.freeze`). Its first passes over those
    objects would otherwise fall in the first moments the window answers (they did
    in Overview's review when the collector came on at the first paint)."""
    gc.freeze()
    gc.enable()


def release_startup_objects() -> None:
    """Some of what start-up made is being dropped (the pages, built again after a
    catalog change or for another database): the collector may look at it again."""
    gc.unfreeze()


_pause_lock = threading.Lock()
_pauses = 0  # how many pauses are under way (an import's worker threads may overlap)
_resume = False  # whether the collector was on when the first of them began


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off for a bulk read or write (a casualty file read or
    planned, a batch of it written), then as it was; pauses may nest and overlap
    across threads (counted). Within start-up's own pause it stays off and start-up
    turns it on as usual.

    Reading and planning make two or three container objects per row (tuples of cells
    and of values, the plan's rows), none of them in a cycle, and keep them all: the
    collector would walk the growing heap again and again for nothing (65,000 rows:
    ~0.07 s of the plan's ~0.27 s CPU; benchmarks/register.py). Nothing is kept from
    being freed: reference counting frees all but cycles, which the next collection
    finds. That collection walks once what the pause made (~130,000 tuples after a
    65,000-row file is read: 19-31 ms; benchmarks/README.md, "Import, 2026-12-04")."""
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()
