"""Start-up's one tweak of the interpreter, in one place.

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
