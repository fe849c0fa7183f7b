"""The reading layer (cmdesk/exchange/reading.py) against its floors.

- text: `open_text_table(path).records()` over a casualty CSV of N rows (every tenth
  with a quoted note that holds a comma, a quote and a line break), against the
  standard library's `csv.reader` over the same file (which checks no quote and names
  no line of a problem);
- sheet: `open_sheet(path).rows()` over the same rows as an xlsx, against openpyxl's
  own read-only `iter_rows(values_only=True)` (which trusts the dimension tag and
  reads a formula never calculated as empty).

Each figure is the median of --runs runs, the two alternating; the ratio is CMDesk's
time over the floor's. Peak memory (tracemalloc) of one pass of each is printed too:
both stream, so it should not grow with N.

    python benchmarks/reading.py [--rows 130000] [--runs 5]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cmdesk.exchange.reading import LIMITS, open_sheet, open_text_table

HEADER = ["source_id", "incident_date", "province", "district", "commune", "village", "sex", "age",
          "device_type", "outcome", "amputation", "notes"]


def rows(n: int):
    for i in range(n):
        note = f'said "no", then left,\nrow {i}' if i % 10 == 0 else f"note {i}"
        yield [f"CMVIS-{i:06d}", f"20{i % 25:02d}-0{1 + i % 9}-1{i % 9}", f"{1 + i % 25:02d}",
               "Thma Koul", "Ta Pung", "Ou Ta Ki", "M" if i % 3 else "F", str(5 + i % 70), "AP",
               "injured" if i % 4 else "killed", "yes" if i % 5 == 0 else "no", note]


def write_files(folder: Path, n: int) -> tuple[Path, Path]:
    from openpyxl import Workbook

    text = folder / "records.csv"
    with text.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows(n))
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for row in rows(n):
        sheet.append(row)
    sheet_path = folder / "records.xlsx"
    book.save(sheet_path)
    return text, sheet_path


def cmdesk_text(path: Path) -> int:
    return sum(1 for _ in open_text_table(path).records())


def floor_text(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def cmdesk_sheet(path: Path) -> int:
    with open_sheet(path) as sheet:
        return sum(1 for _ in sheet.rows())


def floor_sheet(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def timed(function, path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    count = function(path)
    return time.perf_counter() - start, count


def peak(function, path: Path) -> float:
    tracemalloc.start()
    function(path)
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=130_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    assert args.rows < LIMITS.max_rows
    with tempfile.TemporaryDirectory() as folder:
        text, sheet = write_files(Path(folder), args.rows)
        for name, ours, floor, path in (("text", cmdesk_text, floor_text, text),
                                        ("sheet", cmdesk_sheet, floor_sheet, sheet)):
            mine, base = [], []
            for _ in range(args.runs):
                t, n = timed(ours, path)
                mine.append(t)
                f, m = timed(floor, path)
                base.append(f)
            assert n == m == args.rows + 1, (n, m)
            a, b = statistics.median(mine), statistics.median(base)
            print(f"{name}: {args.rows:,} rows  cmdesk {a:.2f} s  floor {b:.2f} s  ratio {a / b:.2f}  "
                  f"peak memory cmdesk {peak(ours, path):.1f} MB, floor {peak(floor, path):.1f} MB")


if __name__ == "__main__":
    main()
