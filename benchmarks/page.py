"""The Casualties page on a 130,000-record register, against the floor: the raw query
of the same screen of rows with the same painting. See benchmarks/README.md.

    python benchmarks/page.py [--runs 5] [--records 130000]

Makes the demo database with a generated register of `--records` records
(benchmarks/bigdb.py), then runs rounds of two fresh processes, in alternating order:

- **cmdesk**: the CMDesk window on that database, shown and settled (Overview
  complete, then the pages built, as the window builds them within a second of
  start-up); then, timed, the first open of the Casualties page (showing it, its
  model's first screen, painting the window), then each sort of the register (every
  column of the table, ascending and descending, as a click on its header does) and
  each filter (each criterion alone, as the page's filter boxes set it), each
  followed by painting the window;
- **floor**: a bare window with a table view; then, timed, for each of the same
  steps, the raw sqlite3 query of the rows on the first screen (the same order,
  empty values last, the same criteria), those rows put in a QStandardItemModel on
  the view, and the window painted.

Each step's result is the median of the rounds' ratios (min / median / max shown),
and the medians of both in milliseconds. Target: every step under 100 ms and at
most 2x its floor. It reports; it never fails on a slow time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SCREEN = 200  # rows the floor reads: the model's first block (ui/models/casualties.BLOCK)
# The page's columns (personal ones hidden, as the page opens) and what they sort by.
SORTS = ("source_id", "incident_date", "province", "district", "commune", "device_type", "outcome",
         "amputation", "status", "sex", "age", "age_group", "activity", "notes")
FILTERS = {
    "search": {"search": "CMVIS-0012"},
    "year": {"year": 1990},
    "dates": {"date_from": "1995-01-01", "date_to": "1995-06-30"},
    "province": {"province_code": "02"},
    "device_type": {"device_type": "uxo"},
    "outcome": {"outcome": "killed"},
    "status": {"status": "military"},
    "sex": {"sex": "female"},
    "age_group": {"age_group": "child"},
}
SETTINGS_INI = "[user]\nname=benchmark\n"


def steps() -> list[tuple[str, str, object]]:
    """(name, kind, argument) of every timed step, in order."""
    out: list[tuple[str, str, object]] = [("first open", "open", None)]
    for column in SORTS:
        for descending in (False, True):
            out.append((f"sort {column} {'desc' if descending else 'asc'}", "sort",
                        (column, descending)))
    for name, criteria in FILTERS.items():
        out.append((f"filter {name}", "filter", criteria))
    return out


# --- the floor's raw SQL ----------------------------------------------------------------

_LIKE = ("source_id", "district", "commune", "village", "name")
_NULLABLE = ("source_id", "incident_date", "latitude", "longitude", "age")


def floor_sql(kind: str, argument) -> tuple[str, list]:
    """The raw query of the first screen: the same rows in the same order."""
    order_column, descending, where, params = "incident_date", False, "", []
    if kind == "sort":
        order_column, descending = argument
    elif kind == "filter":
        clauses = []
        for key, value in argument.items():
            if key == "search":
                clauses.append("(" + " OR ".join(f"{c} LIKE ?" for c in _LIKE) + ")")
                params += [f"%{value}%"] * len(_LIKE)
            elif key == "year":
                clauses.append("incident_year = ?")
                params.append(value)
            elif key == "date_from":
                clauses.append("incident_date >= ?")
                params.append(value)
            elif key == "date_to":
                clauses.append("incident_date <= ?")
                params.append(value)
            elif key == "age_group":
                clauses.append("(CASE WHEN age IS NULL THEN age_group WHEN age < 18 THEN 'child' "
                               "ELSE 'adult' END) = ?")
                params.append(value)
            else:
                clauses.append(f"{key} = ?")
                params.append(value)
        where = " WHERE " + " AND ".join(clauses)
    direction = "DESC" if descending else "ASC"
    # The best raw SQL for the first screen, empty values last: the stored values of
    # the sort column as one range (an index serves it when there is one); at 130,000
    # records a screen never reaches the empty ones.
    if order_column == "province":
        return (f"SELECT c.* FROM casualties c JOIN provinces p ON p.code = c.province_code"
                f"{where} ORDER BY p.name {direction}, c.rowid {direction} LIMIT {SCREEN}", params)
    if order_column in _NULLABLE:
        where += (" AND " if where else " WHERE ") + f"{order_column} IS NOT NULL"
    return (f"SELECT * FROM casualties{where} ORDER BY {order_column} {direction}, "
            f"rowid {direction} LIMIT {SCREEN}", params)


# --- the two children -------------------------------------------------------------------


def child_cmdesk(db: Path, settings_path: Path) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QStandardPaths, QTimer
    from PySide6.QtWidgets import QTableView

    from cmdesk.catalog import load_catalog
    from cmdesk.store.casualties import CasualtyFilter
    from ui.app import application, open_first_database
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.settings import Settings

    QStandardPaths.setTestModeEnabled(True)
    app = application()
    settings = Settings(settings_path)
    context = AppContext(shipped_catalog=load_catalog(), settings=settings, user="benchmark")
    context.store = open_first_database(context, db)
    window = MainWindow(context)
    window.show()
    # Settled: Overview's review complete, then the event loop idle.
    loop = QEventLoop()
    overview = window.page("overview")

    def wait() -> None:
        # ... and the pages built, as they are within a second of start-up
        # (MainWindow._warm_pages): a click on the page then shows it and reads its rows.
        if (overview.findings is None or getattr(overview, "review_pending", False)
                or not getattr(window, "pages_warmed", True)):
            QTimer.singleShot(10, wait)
        else:
            loop.quit()

    QTimer.singleShot(0, wait)
    loop.exec()
    app.processEvents()
    times: dict[str, float] = {}
    page = None
    for name, kind, argument in steps():
        start = time.perf_counter()
        if kind == "open":
            window.show_page("casualties")
            page = window.page("casualties")
        elif kind == "sort":
            column, descending = argument
            view = page.findChild(QTableView) if not hasattr(page, "table") else page.table
            section = page.model.columns.index(column)
            from PySide6.QtCore import Qt

            view.sortByColumn(section, Qt.SortOrder.DescendingOrder if descending
                              else Qt.SortOrder.AscendingOrder)
        else:
            page.model.set_filter(CasualtyFilter(**argument))
        window.repaint()
        times[name] = time.perf_counter() - start
        if kind == "filter":
            page.model.set_filter(CasualtyFilter())  # each filter alone; a sort follows the last
        app.processEvents()
    context.store.close()
    return times


def child_floor(db: Path) -> dict[str, float]:
    import sqlite3

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1180, 760)
    window.show()
    app.processEvents()
    conn = sqlite3.connect(db)
    names = dict(conn.execute("SELECT code, name FROM provinces"))
    shown = [c if c != "province" else "province_code" for c in SORTS]
    view = None
    times: dict[str, float] = {}
    for name, kind, argument in steps():
        start = time.perf_counter()
        if kind == "open":
            view = QTableView()
            window.setCentralWidget(view)
        sql, params = floor_sql(kind, argument)
        cursor = conn.execute(sql, params)
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        model = QStandardItemModel(len(rows), len(shown))
        model.setHorizontalHeaderLabels(shown)
        at = [columns.index(c) for c in shown]
        for r, row in enumerate(rows[:40]):  # a screenful of items; the rest is read, not shown
            for c, n in enumerate(at):
                value = row[n]
                text = "" if value is None else (names.get(value, value) if n == at[2] else str(value))
                model.setItem(r, c, QStandardItem(text))
        view.setModel(model)
        window.repaint()
        times[name] = time.perf_counter() - start
        app.processEvents()
    conn.close()
    return times


# --- the parent -------------------------------------------------------------------------


def run_child(mode: str, db: Path, folder: Path, round_number: int) -> dict[str, float]:
    settings = folder / f"settings-{round_number}-{mode}.ini"
    settings.write_text(SETTINGS_INI, encoding="utf-8")
    from benchmarks.bigdb import child_environment

    env = child_environment(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--db", str(db),
         "--settings", str(settings)], capture_output=True, text=True, env=env, cwd=folder,
        timeout=600)
    if result.returncode != 0:
        raise SystemExit(f"page: the {mode} child failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--records", type=int, default=130_000, help="records (default 130,000)")
    parser.add_argument("--db", type=Path, help="use this database instead of making one")
    parser.add_argument("--child", choices=("cmdesk", "floor"), help=argparse.SUPPRESS)
    parser.add_argument("--settings", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        times = (child_cmdesk(args.db, args.settings) if args.child == "cmdesk"
                 else child_floor(args.db))
        print(json.dumps(times))
        return 0

    from benchmarks.bigdb import register_database, spread

    folder = Path(tempfile.mkdtemp(prefix="cmdesk-page-"))
    try:
        db = args.db or register_database(folder, args.records)
        print(f"page benchmark: {args.records:,} generated records plus the demo, {args.runs} "
              f"round(s), Python {sys.version.split()[0]}")
        rounds: list[tuple[dict, dict]] = []
        for n in range(args.runs):
            order = ("cmdesk", "floor") if n % 2 == 0 else ("floor", "cmdesk")
            got = {mode: run_child(mode, db, folder, n) for mode in order}
            rounds.append((got["cmdesk"], got["floor"]))
            print(f"  round {n + 1}: first open cmdesk {got['cmdesk']['first open'] * 1e3:.0f} ms, "
                  f"floor {got['floor']['first open'] * 1e3:.0f} ms")
        print(f"  {'step':<26}{'cmdesk':>9}{'floor':>9}   ratio")
        worst, over = 0.0, []
        for name, _, _ in steps():
            ours = [r[0][name] for r in rounds]
            floor = [r[1][name] for r in rounds]
            ratios = [a / b for a, b in zip(ours, floor)]
            a = statistics.median(ours)
            worst = max(worst, a)
            if a >= 0.1 or statistics.median(ratios) > 2:
                over.append(name)
            print(f"  {name:<26}{a * 1e3:>7.1f}ms{statistics.median(floor) * 1e3:>7.1f}ms   "
                  f"{statistics.median(ratios):.2f}x ({spread(ratios)})")
        print(f"page: slowest step {worst * 1e3:.0f} ms; {len(over)} of {len(steps())} steps over "
              f"100 ms or 2x their floor{': ' + ', '.join(over) if over else ''} "
              f"(target: none)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
