"""The process that `startup.py` spawns and times: it builds a window, waits for its
first paint, prints `painted` and exits.

    python benchmarks/startup_child.py --mode cmdesk --db DEMO.cmdesk --settings FILE.ini
    python benchmarks/startup_child.py --mode floor

After `painted` it waits until the window is settled (Overview's review complete, the
event loop idle) and prints `settled`, with the longest the window would have made a
click wait in between.

`cmdesk` builds the CMDesk window the way `main.py` and `ui.app.run_gui` do (the
garbage collector off, the modules `main.py` imports, `application()`, settings,
the catalog, the database asked for, `MainWindow`, show; the collector comes back on once the window has settled). `floor` builds the least a PySide6 program can show: a bare
QMainWindow holding a QTableView on a tiny QStandardItemModel, at the same size.

Besides `painted`, it prints `mark NAME SECONDS` lines (time.perf_counter values)
at each step, which `startup.py` turns into a per-phase breakdown. Nothing here is
timed by itself: the parent's clock, from before spawning to reading `painted`, is
the figure.
"""

# Keep this module's own imports to the standard library's fastest: whatever it
# imports before its first mark is counted as interpreter start-up for both modes.
import sys
import time

MARKS: list[tuple[str, float]] = [("interpreter up", time.perf_counter())]


def mark(name: str) -> None:
    MARKS.append((name, time.perf_counter()))


def report(line: str) -> None:
    """Print the marks so far, then `line` (what the parent waits for)."""
    lines = [f"mark {name}\t{seconds!r}" for name, seconds in MARKS]
    lines.append(line)
    MARKS.clear()
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()


def report_painted() -> None:
    mark("painted")
    report("painted")


def parse_args(argv: list[str]):
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("cmdesk", "floor"), required=True)
    parser.add_argument("--db", help="the database to open (cmdesk mode)")
    parser.add_argument("--settings", help="the settings .ini file to use (cmdesk mode)")
    parser.add_argument("--repo", help="the CMDesk checkout to import from")
    parser.add_argument("--exit-when-painted", action="store_true",
                        help="end the process as soon as `painted` is printed")
    parser.add_argument("--exit-when-settled", action="store_true",
                        help="end the process as soon as `settled` is printed")
    args = parser.parse_args(argv)
    if args.mode == "cmdesk" and not (args.db and args.settings):
        parser.error("--mode cmdesk needs --db and --settings")
    return args


def wait_for_first_paint(app, window, exit_when_painted: bool = False,
                         settled=lambda: True, exit_when_settled: bool = False) -> None:
    """Call `report_painted` once the window's first paint pass has finished, then
    wait until it is settled and quit.

    The window receives its Paint event first and its children theirs in the same
    pass, so a zero-delay timer started on that event fires once the whole window
    is drawn into its backing store.

    Settled: `settled()` is true (Overview's review complete) and the event loop
    answers at once. From the first paint, a zero-delay timer starts the next each
    time it fires: the gap between two is how long a click or key would have waited
    then; the longest is printed as the mark "longest wait" (seconds, not a time
    since spawn), and `settled` once `settled()` holds at a timer.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                mark("first paint event")
                QTimer.singleShot(0, done)
            return False

    longest = [0.0, 0.0]  # the longest gap, the last tick

    def done() -> None:
        report_painted()
        if exit_when_painted:
            import os

            os._exit(0)  # counting instructions: nothing after the paint may count
        longest[1] = time.perf_counter()
        QTimer.singleShot(0, tick)

    def tick() -> None:
        now = time.perf_counter()
        longest[0] = max(longest[0], now - longest[1])
        longest[1] = now
        if settled():
            mark("settled")
            MARKS.append(("longest wait", longest[0]))
            report("settled")
            if exit_when_settled:
                import os

                os._exit(0)  # as at painted: closing the window would count
            app.quit()
        else:
            QTimer.singleShot(0, tick)

    window._first_paint_filter = FirstPaint(window)
    window.installEventFilter(window._first_paint_filter)


def run_cmdesk(args) -> int:
    from pathlib import Path

    if args.repo and args.repo not in sys.path:
        sys.path.insert(0, args.repo)
    # What main.py does, in its order (the collector off, its imports), then run_gui.
    from cmdesk.startup import keep_startup_objects, pause_collector

    pause_collector()
    from PySide6.QtCore import QStandardPaths

    from cmdesk.catalog import load_catalog
    from cmdesk.cli import main  # noqa: F401 (imported as main.py does: its cost is timed)
    from ui.app import application, ask_user_name, open_first_database, run_gui  # noqa: F401 (likewise)
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.settings import Settings

    mark("imports done")
    QStandardPaths.setTestModeEnabled(True)  # never the user's real settings or data
    app = application()
    mark("QApplication")
    settings = Settings(Path(args.settings))
    catalog = load_catalog()
    mark("catalog loaded")
    context = AppContext(shipped_catalog=catalog, settings=settings, user=ask_user_name(settings))
    context.store = open_first_database(context, Path(args.db))
    mark("database open")
    window = MainWindow(context)
    window.settled.connect(keep_startup_objects)  # as run_gui
    mark("window built")
    overview = window.page("overview")
    wait_for_first_paint(app, window, args.exit_when_painted, lambda: (
        overview.findings is not None and not getattr(overview, "review_pending", False)),
        args.exit_when_settled)
    window.show()
    mark("shown")
    code = app.exec()
    context.store.close()
    return code


def run_floor(args) -> int:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    mark("imports done")
    app = QApplication(sys.argv[:1])
    mark("QApplication")
    model = QStandardItemModel(3, 3)
    for row in range(3):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"{row},{column}"))
    window = QMainWindow()
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1180, 760)  # CMDesk's default size: the same number of pixels to fill
    mark("window built")
    wait_for_first_paint(app, window, args.exit_when_painted, exit_when_settled=args.exit_when_settled)
    window.show()
    mark("shown")
    return app.exec()


if __name__ == "__main__":
    arguments = parse_args(sys.argv[1:])
    sys.exit(run_cmdesk(arguments) if arguments.mode == "cmdesk" else run_floor(arguments))
