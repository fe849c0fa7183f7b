"""Importing the casualty register at Cambodia's size and at twice it, against the
floor. See benchmarks/README.md.

    python benchmarks/register.py [--runs 3] [--records 65000,130000] [--no-memory]

Generates a register matching Cambodia's totals to end-2017 (64,720 records: 19,758
killed, 44,962 injured, 9,021 amputations) plus later years, as a canonical CSV, then
times, in rounds that rotate which goes first:

- import: `cmdesk import casualties` as the GUI and CLI run it (read, check every
  row, match, write in one transaction with the audit rows) into an empty database,
  up to its commit (what the user waits for); then, timed apart, the sort indexes it
  leaves for after the commit (built on a worker by the window, after the result by
  the CLI), printed beside it and added to it for a second ratio: the whole work;
- the plain floor: `pandas.read_csv` plus one `executemany` of the same rows into a
  plain table of the file's columns, in one transaction: the user's task done by the
  raw libraries;
- the schema floor, for comparison with the figures before 2026-12-02: the same rows
  with random UUID ids into CMDesk's own indexed table;
- the all-years summary (`summarise`), against the raw GROUP BY queries it is made
  of, at the first size;
- peak memory (tracemalloc) of the import and of the plain floor, in separate
  untimed runs, and the process's peak resident size.

The register page and the commands at 130,000 records are in page.py and
commands.py. Prints ratios (min / median / max of the rounds'), of wall-clock seconds
and, for the import against the plain floor, of CPU seconds too (`time.process_time`:
this process, SQLite's work included), which a shared machine's load moves far less;
it reports and never fails on a slow time.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

TO_2017 = {"killed": 19_758, "injured": 44_962, "amputations": 9_021}
# After 2017: falling to the 49 of 2024 (seed 000). 280 records, so 65,000 in all.
LATER_YEARS = {2018: 58, 2019: 39, 2020: 35, 2021: 34, 2022: 35, 2023: 30, 2024: 49}
TARGET = 2.0

COLUMNS = ("source_id", "incident_date", "province", "district", "commune", "village",
           "latitude", "longitude", "device_type", "outcome", "amputation", "status", "sex",
           "age", "age_group", "activity", "name", "notes")
DEVICES = ("AP mine", "antivehicle_mine", "UXO", "submunition", "erw", "unknown")
STATUSES = ("civilian", "civilian", "civilian", "military", "deminer", "unknown")
WRITTEN_SEX = ("M", "male", "F", "female", "M", "unknown")


def generate(path: Path, records: int, seed: int = 1979) -> dict[str, int]:
    """Write a canonical CSV of `records` casualty records (65,000: the totals above;
    more: further records spread over the same years with other numbers)."""
    rng = random.Random(seed)
    to_2017 = TO_2017["killed"] + TO_2017["injured"]
    years_to_2017 = list(range(1979, 2018))
    # Heavier in the 1980s and 1990s, as the register is.
    weights = [max(1.0, 30.0 - abs(year - 1990)) for year in years_to_2017]
    outcomes = (["killed"] * TO_2017["killed"] + ["amputee"] * TO_2017["amputations"]
                + ["injured"] * (TO_2017["injured"] - TO_2017["amputations"]))
    rng.shuffle(outcomes)
    years = rng.choices(years_to_2017, weights, k=to_2017)
    for year, n in LATER_YEARS.items():
        years += [year] * n
        outcomes += [rng.choice(("killed", "injured", "injured", "amputee")) for _ in range(n)]
    while len(years) < records:  # twice the size: more of the same
        index = rng.randrange(to_2017)
        years.append(years[index])
        outcomes.append(outcomes[index])
    from cmdesk.catalog import load_catalog

    provinces = [p.name for p in load_catalog().provinces]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for n in range(records):
            outcome = outcomes[n]
            age = rng.randint(4, 70) if rng.random() < 0.9 else None
            day_known = rng.random() < 0.85
            date = (f"{years[n]}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if day_known
                    else f"{years[n]}-{rng.randint(1, 12):02d}")
            writer.writerow([
                f"CMVIS-{n + 1:06d}", date, rng.choice(provinces), f"District {rng.randint(1, 9)}",
                f"Commune {rng.randint(1, 20)}", f"Village {rng.randint(1, 99)}", "", "",
                rng.choice(DEVICES), "killed" if outcome == "killed" else "injured",
                "yes" if outcome == "amputee" else ("no" if outcome == "injured" else ""),
                rng.choice(STATUSES), rng.choice(WRITTEN_SEX), "" if age is None else age,
                "unknown" if age is None else "", rng.choice(("Farming", "Travelling", "Herding")),
                "", "",
            ])
    return {"records": records}


def empty_database(folder: Path, name: str):
    from cmdesk.catalog import HEADQUARTERS, load_catalog
    from cmdesk.store import Store

    path = folder / name
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    return Store.create(path, load_catalog(), HEADQUARTERS, "benchmark")


LATER: list[float] = []
"""The wall seconds of each import's sort indexes, built after its commit."""

CPU: dict[str, list[float]] = {}
"""The CPU seconds (`time.process_time`: this process, SQLite included, whatever else
the machine runs) of each timed work, by name, in the order run."""


class _Clock:
    """Wall and CPU seconds of a block; the CPU ones are kept in CPU[name]."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.seconds = 0.0

    def __enter__(self) -> "_Clock":
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.seconds = time.perf_counter() - self._wall
        CPU.setdefault(self.name, []).append(time.process_time() - self._cpu)


def cmdesk_import(folder: Path, csv_path: Path) -> float:
    from benchmarks.bigdb import import_file
    from cmdesk.catalog import load_catalog

    catalog = load_catalog()
    store = empty_database(folder, "cmdesk.cmdesk")
    try:
        with _Clock("cmdesk") as clock:
            counts = import_file(store, catalog, csv_path)
        seconds = clock.seconds
        assert counts.rejected == 0 and counts.added > 0, counts
        # The sort indexes the import leaves for after its commit (the program builds
        # them on a worker, the CLI after printing its result): timed apart, and
        # reported beside the import and added to it.
        with _Clock("cmdesk sort indexes") as later:
            built = store.casualties.build_sort_indexes()
        assert built and not store.casualties.missing_sort_indexes(), built
        LATER.append(later.seconds)
    finally:
        store.close()
    return seconds


STORED = ("id", "office", "created_at", "modified_at",
          *("province_code" if c == "province" else c for c in COLUMNS))
PLAIN_TABLE = f"CREATE TABLE casualties ({', '.join(STORED)})"


def floor_frame(csv_path: Path):
    """The file read by pandas, with what every stored record carries: an id (a
    random UUID, Python's own way to make one), the office and the time stamps."""
    import pandas as pd

    frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    frame.insert(0, "modified_at", "2025-01-01T00:00:00+00:00")
    frame.insert(0, "created_at", "2025-01-01T00:00:00+00:00")
    frame.insert(0, "office", "hq")
    frame.insert(0, "id", [str(uuid.uuid4()) for _ in range(len(frame))])
    return frame


def plain_floor_import(folder: Path, csv_path: Path) -> float:
    """The user's task with the raw libraries: `pandas.read_csv`, an id and stamps
    per row, then one `executemany` into a plain table of the same columns as
    CMDesk's (no constraints, no indexes), in one transaction, in a fresh WAL file."""
    path = folder / "plain.sqlite"
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        leftover.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=WAL")  # as CMDesk's databases
        conn.execute(PLAIN_TABLE)
        conn.commit()
        with _Clock("plain floor") as clock:
            frame = floor_frame(csv_path)
            with conn:
                conn.executemany(f"INSERT INTO casualties VALUES ({', '.join('?' * len(STORED))})",
                                 frame.itertuples(index=False, name=None))
        seconds = clock.seconds
    finally:
        conn.close()
    return seconds


def schema_floor_import(folder: Path, csv_path: Path) -> float:
    """The older, kinder floor, kept beside the plain one for comparison: the same
    rows, with random UUID ids like CMDesk's before 2026-12-02, into CMDesk's own
    table with its constraints and indexes."""
    store = empty_database(folder, "floor.cmdesk")
    path = store.path
    store.close()
    conn = sqlite3.connect(path)
    try:
        with _Clock("schema floor") as clock:
            frame = floor_frame(csv_path)
            with conn:
                conn.executemany(f"INSERT INTO casualties ({', '.join(STORED)}) "
                                 f"VALUES ({', '.join('?' * len(STORED))})",
                                 frame.itertuples(index=False, name=None))
        seconds = clock.seconds
    finally:
        conn.close()
    return seconds


def summary_times(db: Path) -> tuple[float, float]:
    from cmdesk.casualty_summary import summarise
    from cmdesk.catalog import load_catalog
    from cmdesk.store import Store

    store = Store.open(db, load_catalog(), "benchmark", read_only=True)
    start = time.perf_counter()
    summary = summarise(store)
    ours = time.perf_counter() - start
    store.close()
    conn = sqlite3.connect(db)
    group = ("(CASE WHEN age IS NULL THEN age_group WHEN age < 18 THEN 'child' ELSE 'adult' END)")
    start = time.perf_counter()
    conn.execute(f"SELECT outcome, amputation, sex, {group}, COUNT(*) FROM casualties "
                 "GROUP BY 1, 2, 3, 4").fetchall()
    for column in ("device_type", "status", "province_code"):
        conn.execute(f"SELECT {column}, COUNT(*) FROM casualties GROUP BY 1").fetchall()
    conn.execute("SELECT incident_year, COUNT(*), SUM(outcome = 'killed'), SUM(outcome = 'injured'), "
                 "SUM(outcome = 'injured' AND amputation = 'yes') FROM casualties "
                 "WHERE incident_year IS NOT NULL GROUP BY 1 ORDER BY 1").fetchall()
    floor = time.perf_counter() - start
    conn.close()
    assert summary.total > 0
    return ours, floor


def traced_peak(work) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def ratio_line(name: str, ours: list[float], floor: list[float], target: float | None) -> str:
    """The medians of both, and the rounds' ratios (each round's runs are seconds
    apart, so the machine's drift weighs on both): min / median / max."""
    from benchmarks.bigdb import spread

    a, b = statistics.median(ours), statistics.median(floor)
    goal = f" (target <= {target:g}x)" if target else ""
    ratios = [x / y for x, y in zip(ours, floor)]
    return (f"{name}: cmdesk {a:.3f} s, floor {b:.3f} s; ratio {statistics.median(ratios):.2f}x "
            f"({spread(ratios)}){goal}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed rounds of each (default 3)")
    parser.add_argument("--records", default="65000,130000",
                        help="sizes to import, comma-separated (default 65000,130000)")
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory runs")
    args = parser.parse_args()
    sizes = [int(n) for n in args.records.split(",")]
    folder = Path(tempfile.mkdtemp(prefix="cmdesk-register-"))
    works = {"cmdesk": cmdesk_import, "plain floor": plain_floor_import,
             "schema floor": schema_floor_import}
    try:
        print(f"register benchmark: {', '.join(f'{n:,}' for n in sizes)} records, {args.runs} "
              f"round(s), Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
        lines = []
        per_row, per_row_cpu = {}, {}
        for records in sizes:
            csv_path = folder / f"register-{records}.csv"
            generate(csv_path, records)
            times: dict[str, list[float]] = {name: [] for name in works}
            CPU.clear()
            LATER.clear()
            for run in range(args.runs):
                order = list(works)
                shift = run % len(order)  # rotate which goes first: drift weighs on all
                for name in order[shift:] + order[:shift]:
                    times[name].append(works[name](folder, csv_path))
                print(f"  {records:,} round {run + 1}: " + ", ".join(
                    f"{name} {times[name][-1]:.3f} s" for name in works))
            lines.append(ratio_line(f"import {records:,} records against the plain table",
                                    times["cmdesk"], times["plain floor"], TARGET))
            lines.append(ratio_line(f"import {records:,} records against the plain table, CPU seconds",
                                    CPU["cmdesk"], CPU["plain floor"], TARGET))
            whole = [a + b for a, b in zip(times["cmdesk"], LATER)]
            whole_cpu = [a + b for a, b in zip(CPU["cmdesk"], CPU["cmdesk sort indexes"])]
            lines.append(f"  then the sort indexes, after the commit: {statistics.median(LATER):.3f} s, "
                         f"CPU {statistics.median(CPU['cmdesk sort indexes']):.3f} s")
            lines.append(ratio_line(f"import {records:,} records and its sort indexes against the "
                                    "plain table", whole, times["plain floor"], None))
            lines.append(ratio_line(f"import {records:,} records and its sort indexes against the "
                                    "plain table, CPU seconds", whole_cpu, CPU["plain floor"], None))
            lines.append(ratio_line(f"import {records:,} records against the schema floor (CMDesk's "
                                    "indexed table, random ids; for comparison only)",
                                    times["cmdesk"], times["schema floor"], None))
            per_row[records] = statistics.median(times["cmdesk"]) / records
            per_row_cpu[records] = statistics.median(CPU["cmdesk"]) / records
            if records == sizes[0]:
                db = folder / "cmdesk.cmdesk"  # the last CMDesk import
                from cmdesk.casualty_summary import summarise
                from cmdesk.catalog import load_catalog
                from cmdesk.store import Store

                store = Store.open(db, load_catalog(), "benchmark", daily_backup=False)
                totals = summarise(store)
                to_2017 = [y for y in totals.per_year if y.year <= 2017]
                print(f"  generated: {totals.total:,} records; to end-2017: "
                      f"{sum(y.total for y in to_2017):,} ({sum(y.killed for y in to_2017):,} killed, "
                      f"{sum(y.injured for y in to_2017):,} injured, "
                      f"{sum(y.amputations for y in to_2017):,} amputations)")
                store.close()
                pairs = [summary_times(db) for _ in range(max(args.runs, 5))]
                lines.append(ratio_line(f"all-years summary at {records:,}", [p[0] for p in pairs],
                                        [p[1] for p in pairs], TARGET))
            if not args.no_memory:
                ours_peak = traced_peak(lambda: cmdesk_import(folder, csv_path))
                floor_peak = traced_peak(lambda: plain_floor_import(folder, csv_path))
                lines.append(f"peak memory of the import of {records:,} (tracemalloc): cmdesk "
                             f"{ours_peak / 2**20:.0f} MiB, plain floor {floor_peak / 2**20:.0f} MiB, "
                             f"ratio {ours_peak / floor_peak:.2f}x (target <= 1.5x)")
            csv_path.unlink()
        if len(sizes) > 1:
            first, last = sizes[0], sizes[-1]
            lines.append(f"import time per record: {per_row[first] * 1e6:.1f} us at {first:,}, "
                         f"{per_row[last] * 1e6:.1f} us at {last:,} "
                         f"({per_row[last] / per_row[first]:.2f}x; 1.00x is linear); CPU "
                         f"{per_row_cpu[first] * 1e6:.1f} us and {per_row_cpu[last] * 1e6:.1f} us "
                         f"({per_row_cpu[last] / per_row_cpu[first]:.2f}x)")
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        lines.append(f"peak resident size of this process: {peak_rss:.0f} MiB")
        print("\n".join(lines))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
