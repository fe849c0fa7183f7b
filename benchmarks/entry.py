"""Entry speed: pasting a block onto an entry grid, and opening a year's grid, each
against the floor (raw sqlite3 doing the same reads or writes), measured in the same
run on the same machine. See benchmarks/README.md.

    python benchmarks/entry.py [--runs 9]

It reports; it never fails on a slow time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QStandardPaths

from cmdesk.catalog import load_catalog
from cmdesk.demo import create_demo
from cmdesk.entry import NATIONAL_VIEW, load_grid
from cmdesk.store import Store

YEAR = 2025
BLOCK_ROWS, BLOCK_COLUMNS = 40, 5
SOURCES = ["cmaa", "mosvy", "pwdf"] + [f"prc.{n:02d}" for n in range(1, 8)]  # 10 sources


def median_seconds(run, runs: int) -> float:
    times = []
    for _ in range(runs):
        times.append(run())
    return statistics.median(times)


def paste_block(page) -> list[list[str]]:
    """A 40 x 5 block from the services grid's first row and Total column, as Excel
    would copy a sheet laid out like the grid: numbers where the grid takes a value,
    empty cells elsewhere."""
    model = page.model
    first_value_column = next(c for c, column in enumerate(model.columns) if column.kind == "value")
    block = []
    for r in range(BLOCK_ROWS):
        row = []
        for c in range(BLOCK_COLUMNS):
            index = model.index(r, first_value_column + c)
            # The same total on every row, parts below it: no rule refuses the block
            # (some items are bounded by others, e.g. survivors assessed <= assessed).
            row.append(f"{1000 - c:,}" if index.isValid() and model.cell(index) else "")
        block.append(row)
    return block, model.index(0, first_value_column)


def bench_paste(folder: Path, template: Path, runs: int) -> tuple[float, float, int]:
    from ui.app import application
    from ui.context import AppContext
    from ui.pages.entry import EntryPage
    from ui.settings import Settings

    application()
    catalog = load_catalog()
    settings = Settings(folder / "settings.ini")
    cells: list[tuple[str, str, int]] = []

    def refused(message: str) -> None:
        raise RuntimeError(f"the paste was refused: {message}")

    def cmdesk_once() -> float:
        db = folder / "paste.cmdesk"
        shutil.copy(template, db)
        store = Store.open(db, catalog, "benchmark", daily_backup=False)
        page = EntryPage(AppContext(catalog, settings, "benchmark", store), "services", "Services")
        page._refused = refused  # a refusal would open a message box and wait forever
        page.show_year(YEAR)
        page.set_source("prc.01")
        block, top_left = paste_block(page)
        started = time.perf_counter()
        page.paste(top_left, block)
        elapsed = time.perf_counter() - started
        saved = store.values.by_source(YEAR)
        cells[:] = [(item, part, per_source["prc.01"][0]) for (item, part), per_source in saved.items()
                    if "prc.01" in per_source]
        page.deleteLater()
        store.close()
        return elapsed

    def floor_once() -> float:
        db = folder / "floor.cmdesk"
        shutil.copy(template, db)
        conn = sqlite3.connect(db, isolation_level=None)
        now = "2026-01-01T00:00:00+00:00"
        rows = [(str(uuid.uuid4()), YEAR, "prc.01", item, part, value, "", "hq", now, now)
                for item, part, value in cells]
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT OR IGNORE INTO reporting_years (id, year, office, created_at, modified_at) "
                     "VALUES (?, ?, 'hq', ?, ?)", [str(uuid.uuid4()), YEAR, now, now])
        conn.executemany(
            "INSERT INTO aggregate_values (id, year, source_code, item_code, part, value, comment, "
            "office, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
        conn.close()
        return elapsed

    cmdesk_once()  # warm-up, and learns the cells the floor writes
    assert cells, "the paste saved nothing"
    cmdesk = median_seconds(cmdesk_once, runs)
    floor = median_seconds(floor_once, runs)
    return cmdesk, floor, len(cells)


def bench_open(folder: Path, template: Path, runs: int) -> tuple[float, float, float, int]:
    from ui.app import application
    from ui.context import AppContext
    from ui.pages.entry import EntryPage
    from ui.settings import Settings

    application()
    catalog = load_catalog()
    db = folder / "ten-sources.cmdesk"
    shutil.copy(template, db)
    store = Store.open(db, catalog, "benchmark", daily_backup=False)
    values = [
        (year, source, item.code, part, 100 + n, "")
        for year in (YEAR - 1, YEAR)
        for n, source in enumerate(SOURCES)
        for item in catalog.items if not item.is_stated_total
        for part in ("total", *item.parts)
    ]
    store.values.set_many(values)
    page = EntryPage(AppContext(catalog, Settings(folder / "settings.ini"), "benchmark", store),
                     "services", "Services")

    def core_once() -> float:
        started = time.perf_counter()
        load_grid(store, store.catalog, YEAR, NATIONAL_VIEW)
        return time.perf_counter() - started

    def page_once() -> float:
        started = time.perf_counter()
        page.year = 0  # a new year each time: the page loads and shows it in full
        page.show_year(YEAR)
        return time.perf_counter() - started

    conn = sqlite3.connect(db)

    def floor_once() -> float:
        started = time.perf_counter()
        conn.execute("SELECT year, source_code, item_code, part, value, comment FROM aggregate_values "
                     "WHERE year IN (?, ?)", [YEAR, YEAR - 1]).fetchall()
        return time.perf_counter() - started

    core_once(), page_once(), floor_once()
    result = (median_seconds(core_once, runs), median_seconds(page_once, runs),
              median_seconds(floor_once, runs), len(values))
    conn.close()
    page.deleteLater()
    store.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each (default 9)")
    args = parser.parse_args(argv)
    QStandardPaths.setTestModeEnabled(True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "template.cmdesk"
        create_demo(template, load_catalog(), "benchmark").close()
        print(f"entry benchmark: median of {args.runs} run(s), Python {sys.version.split()[0]}")
        cmdesk, floor, cells = bench_paste(folder, template, args.runs)
        print(f"paste {BLOCK_ROWS}x{BLOCK_COLUMNS} block ({cells} values) and save: "
              f"cmdesk {cmdesk * 1000:.1f} ms, floor (one executemany) {floor * 1000:.1f} ms, "
              f"ratio {cmdesk / floor:.1f}x")
        core, page, floor, count = bench_open(folder, template, args.runs)
        print(f"open a year's grid, {len(SOURCES)} sources ({count:,} values over two years): "
              f"load_grid {core * 1000:.1f} ms, page {page * 1000:.1f} ms, raw SELECT {floor * 1000:.1f} ms, "
              f"ratios {core / floor:.1f}x and {page / floor:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
