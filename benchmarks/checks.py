"""The year's checks (Overview's findings, `cmdesk check`) on a full register, against
the floor. See benchmarks/README.md.

    python benchmarks/checks.py [--runs 7] [--records 65000]

Builds the demo database (2024's published figures) and imports a register of
`--records` generated records (as benchmarks/register.py generates them), then times
`review_year` for 2024 and for the year with the most records, each against its
floor measured in the same run: the raw sqlite3 queries that read what the checks
need (the year's and the previous year's values, the year's records, the
duplicate-key GROUP BY, the narratives and acknowledgements). Prints ratios; it
reports and never fails on a slow time.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.register import generate


def build(folder: Path, records: int) -> Path:
    from cmdesk.catalog import load_catalog
    from cmdesk.demo import create_demo
    from cmdesk.exchange import casualties_import as importer

    csv_path = folder / "register.csv"
    generate(csv_path, records)
    db = folder / "checks.cmdesk"
    catalog = load_catalog()
    store = create_demo(db, catalog, "benchmark")
    try:
        plan = importer.plan_casualty_import(store, catalog, importer.read_table(csv_path))
        importer.apply_casualty_import(store, plan)
    finally:
        store.close()
    return db


def floor(conn: sqlite3.Connection, year: int) -> float:
    start = time.perf_counter()
    conn.execute("SELECT * FROM aggregate_values WHERE year IN (?, ?)", [year, year - 1]).fetchall()
    conn.execute("SELECT * FROM casualties WHERE incident_year = ?", [year]).fetchall()
    conn.execute("SELECT incident_date, province_code, sex, age, device_type FROM casualties "
                 "WHERE incident_date IS NOT NULL AND incident_year = ? GROUP BY 1, 2, 3, 4, 5 "
                 "HAVING COUNT(*) > 1", [year]).fetchall()
    conn.execute("SELECT * FROM narratives WHERE year = ?", [year]).fetchall()
    conn.execute("SELECT * FROM acknowledgements WHERE year = ?", [year]).fetchall()
    return time.perf_counter() - start


def ours(store, catalog, year: int) -> tuple[float, int]:
    from cmdesk.review import review_year

    start = time.perf_counter()
    findings = len(review_year(store, catalog, year).findings)
    return time.perf_counter() - start, findings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (median), default 5")
    parser.add_argument("--records", type=int, default=65_000, help="generated records (default 65,000)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cmdesk-checks-"))
    try:
        db = build(folder, args.records)
        conn = sqlite3.connect(db)
        busiest, count = conn.execute(
            "SELECT incident_year, COUNT(*) FROM casualties GROUP BY 1 ORDER BY 2 DESC LIMIT 1").fetchone()
        in_2024 = conn.execute("SELECT COUNT(*) FROM casualties WHERE incident_year = 2024").fetchone()[0]
        conn.close()
        print(f"checks benchmark: {args.records:,} generated records plus the demo, {args.runs} run(s) "
              f"of each, Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
        from cmdesk.catalog import load_catalog
        from cmdesk.store import Store

        # Both read an open database: the review as Overview runs it on the open
        # store, the floor on a plain sqlite3 connection to the same file.
        catalog = load_catalog()
        store = Store.open(db, catalog, "benchmark", read_only=True)
        conn = sqlite3.connect(db)
        ours(store, catalog, 2024)  # warm-up: imports, parsed rules
        for year, records in ((2024, in_2024), (busiest, count)):
            times, floors, found = [], [], 0
            for _ in range(args.runs):
                seconds, found = ours(store, catalog, year)
                times.append(seconds)
                floors.append(floor(conn, year))
            a, b = statistics.median(times), statistics.median(floors)
            print(f"review of {year} ({records:,} records, {found} findings): cmdesk {a:.3f} s, "
                  f"floor {b:.3f} s, ratio {a / b:.1f}x")
        conn.close()
        store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
