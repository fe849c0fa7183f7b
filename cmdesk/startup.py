"""Start-up's one tweak of the interpreter, in one place.

Start-up creates objects that live as long as the program (modules, classes, the
catalog, the window), so the cyclic garbage collector's passes over them find next
to nothing to free. The entry points (main.py, `python -m cmdesk`) pause it before
their first import; it runs again when a command starts (cmdesk.cli.main) or the
window has settled: drawn, with Overview's review shown (ui.app.run_gui). benchmarks/startup.py: start-up runs ~2% fewer
instructions with the pause (883 M against 901 M), ~4% less time. The parse cache of
the catalog's files (catalog/files.py) is the other start-up measure, worth ~6%.
"""

import gc


def pause_collector() -> None:
    gc.disable()


def resume_collector() -> None:
    gc.enable()
