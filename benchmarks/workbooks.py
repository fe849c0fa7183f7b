"""Collection workbooks: writing the workbooks of every reporting source for a year and
reading them all back filled, against the floor measured in the same run: openpyxl
writing the same cells (labels, units, last year's figures, headers, the identity
rows) with no styles, validation or protection, and openpyxl loading the same filled
files and reading their input cells. See benchmarks/README.md.

    python benchmarks/workbooks.py [--runs 5]

Prints the median seconds of CMDesk and of the floor for writing and for reading, with
min/median/max of the ratio over the interleaved runs. It reports; it never fails on a
slow time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
YEAR = 2025


def floor_write(plans, catalog, folder: Path) -> list[tuple[Path, list[tuple[str, str]]]]:
    """The same cells as CMDesk's workbooks, written by openpyxl alone."""
    from openpyxl import Workbook

    written = []
    for n, plan in enumerate(plans):
        book = Workbook()
        cover = book.active
        cover.title = "Read me"
        for row in range(12):
            cover.append(["label", plan.source.name])
        inputs = []
        for section in plan.sections:
            ws = book.create_sheet(section.sheet)
            ws.append([section.label])
            parts = [p for p in catalog.parts if any(p in i.parts for i in section.items)]
            ws.append([])
            ws.append([])
            ws.append([])
            ws.append([])
            ws.append(["Item", "Unit", "Last year", "Total", *parts, "Comment"])
            for r, item in enumerate(section.items, 7):
                ws.append([item.label, item.unit, None])
                inputs.append((section.sheet, f"D{r}"))
        identity = book.create_sheet("CMDesk")
        for sheet, cell in inputs:
            identity.append([sheet, cell, "item", "total", "label"])
        path = folder / f"floor-{n}.xlsx"
        book.save(path)
        written.append((path, inputs))
    return written


def floor_read(files) -> int:
    """openpyxl alone loading each filled workbook (the same files CMDesk reads) and
    reading its input cells, whose places the floor is given."""
    from openpyxl import load_workbook

    total = 0
    for path, inputs in files:
        book = load_workbook(path, data_only=True)
        for sheet, cell in inputs:
            value = book[sheet][cell].value
            total += value if isinstance(value, int) else 0
    return total


def input_cells(path: Path) -> list[tuple[str, str]]:
    from openpyxl import load_workbook

    from cmdesk.exchange import workbooks

    book = load_workbook(path)
    return [(row[0], row[1]) for row in
            book[workbooks.IDENTITY_SHEET].iter_rows(min_row=12, values_only=True)
            if row[0] != "checksum"]


def fill(paths) -> None:
    """Type a figure into every total cell, as the sources would."""
    from openpyxl import load_workbook

    from cmdesk.exchange import workbooks

    for path in paths:
        book = load_workbook(path)
        for row in book[workbooks.IDENTITY_SHEET].iter_rows(min_row=12, values_only=True):
            if len(row) > 3 and row[3] == "total":
                book[row[0]][row[1]] = 7
        book.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from cmdesk.catalog import load_catalog
    from cmdesk.demo import create_demo
    from cmdesk.exchange import workbooks

    catalog = load_catalog()
    write_ratios, read_ratios, times = [], [], {"write": [], "floor_write": [], "read": [], "floor_read": []}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = create_demo(tmp / "demo.cmdesk", catalog, "bench")
        plans = workbooks.workbook_sources(store, store.catalog, YEAR)
        for run in range(args.runs):
            out, floor = tmp / f"out-{run}", tmp / f"floor-{run}"
            out.mkdir()
            floor.mkdir()
            start = time.perf_counter()
            written = workbooks.write_workbooks(store, store.catalog, YEAR, out)
            cmdesk_write = time.perf_counter() - start
            start = time.perf_counter()
            floor_write(plans, store.catalog, floor)
            floor_write_time = time.perf_counter() - start
            fill([w.path for w in written])
            filled = [(w.path, input_cells(w.path)) for w in written]
            start = time.perf_counter()
            reads = [workbooks.plan_workbook_read(store, store.catalog, w.path) for w in written]
            cmdesk_read = time.perf_counter() - start
            assert all(r.ok for r in reads) and sum(len(r.planned) for r in reads)
            start = time.perf_counter()
            floor_read(filled)
            floor_read_time = time.perf_counter() - start
            times["write"].append(cmdesk_write)
            times["floor_write"].append(floor_write_time)
            times["read"].append(cmdesk_read)
            times["floor_read"].append(floor_read_time)
            write_ratios.append(cmdesk_write / floor_write_time)
            read_ratios.append(cmdesk_read / floor_read_time)
        store.close()
    median = {k: statistics.median(v) for k, v in times.items()}
    print(f"{len(plans)} workbooks, {sum(w.cells for w in written)} input cells, {args.runs} runs")
    for name, ratios in (("write", write_ratios), ("read", read_ratios)):
        print(f"{name:5}  cmdesk {median[name]:.3f} s   floor {median['floor_' + name]:.3f} s   "
              f"ratio min {min(ratios):.2f}x  median {statistics.median(ratios):.2f}x  "
              f"max {max(ratios):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
