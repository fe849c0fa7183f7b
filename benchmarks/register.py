"""The casualty register at Cambodia's size and at twice it, against the floor.
See benchmarks/README.md.

    python benchmarks/register.py [--runs 3] [--records 65000]

Generates a register matching Cambodia's totals to end-2017 (64,720 records: 19,758
killed, 44,962 injured, 9,021 amputations) plus later years, as a canonical CSV, then
times, each against its floor measured in the same run:

- import: `cmdesk import casualties` as the GUI and CLI run it (read, check every
  row, match, write in one transaction with the audit rows) into an empty database,
  against `pandas.read_csv` plus one `executemany` of the same rows in one
  transaction into the same table;
- summary: the all-years summary (`summarise`), against the raw GROUP BY queries
  it is made of, run with sqlite3;
- table: opening the Casualties table model (all records sorted by date, first
  screenful read) and filtering it (province and outcome), at twice the size,
  against the raw SQL of the keys and of one window of rows;
- peak memory (tracemalloc) of the import and of its floor, in a separate untimed
  run, and the process's peak resident size.

Prints ratios; it reports and never fails on a slow time.
"""

from __future__ import annotations

import argparse
import csv
import os
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


def cmdesk_import(folder: Path, csv_path: Path) -> float:
    from cmdesk.catalog import load_catalog
    from cmdesk.exchange import casualties_import as importer

    catalog = load_catalog()
    store = empty_database(folder, "cmdesk.cmdesk")
    try:
        start = time.perf_counter()
        table = importer.read_table(csv_path)
        plan = importer.plan_casualty_import(store, catalog, table)
        counts = importer.apply_casualty_import(store, plan)
        seconds = time.perf_counter() - start
        assert counts.rejected == 0 and counts.added == len(table.rows), counts
    finally:
        store.close()
    return seconds


def floor_import(folder: Path, csv_path: Path) -> float:
    import pandas as pd

    store = empty_database(folder, "floor.cmdesk")
    path = store.path
    store.close()
    conn = sqlite3.connect(path)
    try:
        start = time.perf_counter()
        frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
        columns = ["id", "office", "created_at", "modified_at", *frame.columns]
        frame.insert(0, "modified_at", "2025-01-01T00:00:00+00:00")
        frame.insert(0, "created_at", "2025-01-01T00:00:00+00:00")
        frame.insert(0, "office", "hq")
        # The same kind of ids as CMDesk's rows: random UUIDs (they cost index work).
        frame.insert(0, "id", [str(uuid.uuid4()) for _ in range(len(frame))])
        frame = frame.rename(columns={"province": "province_code"})
        names = ", ".join("province_code" if c == "province" else c for c in columns)
        with conn:
            conn.executemany(f"INSERT INTO casualties ({names}) VALUES ({', '.join('?' * len(columns))})",
                             frame.itertuples(index=False, name=None))
        seconds = time.perf_counter() - start
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


def table_times(db: Path) -> dict[str, tuple[float, float]]:
    """(CMDesk model, raw SQL) seconds to open the table and to filter it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from cmdesk.catalog import load_catalog
    from cmdesk.store import Store
    from cmdesk.store.casualties import CasualtyFilter
    from ui.models.casualties import BLOCK, CasualtyRegisterModel

    QCoreApplication.instance() or QCoreApplication([])
    catalog = load_catalog()
    store = Store.open(db, catalog, "benchmark", read_only=True)
    names = {p.code: p.name for p in catalog.provinces}
    model = CasualtyRegisterModel()
    start = time.perf_counter()
    model.set_store(store, names)
    for row in range(40):  # a screenful
        for column in range(model.columnCount()):
            model.index(row, column).data()
    opened = time.perf_counter() - start
    rows = model.rowCount()
    start = time.perf_counter()
    model.set_filter(CasualtyFilter(province_code="02", outcome="killed"))
    for row in range(min(40, model.rowCount())):
        for column in range(model.columnCount()):
            model.index(row, column).data()
    filtered = time.perf_counter() - start
    assert model.loaded_rows() <= BLOCK
    store.close()

    conn = sqlite3.connect(db)
    start = time.perf_counter()
    keys = [k for (k,) in conn.execute(
        "SELECT rowid FROM casualties ORDER BY incident_date IS NULL, incident_date, rowid")]
    conn.execute(f"SELECT * FROM casualties WHERE rowid IN ({','.join('?' * BLOCK)})", keys[:BLOCK]).fetchall()
    open_floor = time.perf_counter() - start
    start = time.perf_counter()
    keys = [k for (k,) in conn.execute(
        "SELECT rowid FROM casualties WHERE province_code = '02' AND outcome = 'killed' "
        "ORDER BY incident_date IS NULL, incident_date, rowid")]
    conn.execute(f"SELECT * FROM casualties WHERE rowid IN ({','.join('?' * len(keys[:BLOCK]))})",
                 keys[:BLOCK]).fetchall()
    filter_floor = time.perf_counter() - start
    conn.close()
    return {"rows": (rows, rows), "open": (opened, open_floor), "filter": (filtered, filter_floor)}


def traced_peak(work) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def ratio_line(name: str, ours: list[float], floor: list[float], target: float | None) -> str:
    a, b = statistics.median(ours), statistics.median(floor)
    goal = f" (target <= {target:g}x)" if target else ""
    return f"{name}: cmdesk {a:.3f} s, floor {b:.3f} s, ratio {a / b:.2f}x{goal}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (median), default 3")
    parser.add_argument("--records", type=int, default=65_000, help="records for the import (default 65,000)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cmdesk-register-"))
    try:
        csv_path = folder / "register.csv"
        generate(csv_path, args.records)
        print(f"register benchmark: {args.records:,} records, {args.runs} run(s) of each, "
              f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")

        ours, floor = [], []
        for run in range(args.runs):
            pair = [("cmdesk", cmdesk_import), ("floor", floor_import)]
            if run % 2:
                pair.reverse()  # alternate which goes first, so drift weighs on both
            for name, work in pair:
                (ours if name == "cmdesk" else floor).append(work(folder, csv_path))
            print(f"  import run {run + 1}: cmdesk {ours[-1]:.3f} s, floor {floor[-1]:.3f} s")
        lines = [ratio_line(f"import {args.records:,} records", ours, floor, TARGET)]

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
        lines.append(ratio_line("all-years summary", [p[0] for p in pairs], [p[1] for p in pairs], TARGET))

        # Twice Cambodia's register: the same records again under other numbers.
        double = folder / "double.csv"
        generate(double, args.records * 2, seed=2024)
        store = empty_database(folder, "double.cmdesk")
        from cmdesk.exchange import casualties_import as importer

        catalog = load_catalog()
        importer.apply_casualty_import(store, importer.plan_casualty_import(
            store, catalog, importer.read_table(double)))
        store.close()
        timings = [table_times(folder / "double.cmdesk") for _ in range(max(args.runs, 5))]
        rows = timings[0]["rows"][0]
        for key, label in (("open", f"open the table at {rows:,} records"),
                           ("filter", f"filter the table at {rows:,} records")):
            lines.append(ratio_line(label, [t[key][0] for t in timings], [t[key][1] for t in timings], None))

        ours_peak = traced_peak(lambda: cmdesk_import(folder, csv_path))
        floor_peak = traced_peak(lambda: floor_import(folder, csv_path))
        lines.append(f"peak memory of the import (tracemalloc): cmdesk {ours_peak / 2**20:.0f} MiB, "
                     f"floor {floor_peak / 2**20:.0f} MiB, ratio {ours_peak / floor_peak:.2f}x")
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        lines.append(f"peak resident size of this process: {peak_rss:.0f} MiB")
        print("\n".join(lines))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
