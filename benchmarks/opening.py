"""Opening a database at Cambodia's register size twice over (130,000 casualty
records): what one integrity decision per open costs. See docs/reliability.md.

    python benchmarks/opening.py [--runs 21] [--records 130000]

Builds the register (benchmarks/register.py's generator, imported as the CLI does),
then times, interleaved and each the median of `--runs`:

- cheap: `Store.open(..., read_only=True)` on a day whose full check is recorded
  (every open but the day's first);
- daily: the same with the full `quick_check` (the day's first open, or any open of
  a file nobody opened read-write today);
- before: what a reading command paid before (two probes, each with a full
  quick_check, then the connection);
- floor: a raw sqlite3 read-only connection reading the meta table;
- quick_check alone, and `PRAGMA integrity_check` (what a backup's check costs);
- a backup by hand (copy, integrity_check, rename) and the bare backup-API copy.

Prints wall-clock medians and ratios, and the CPU time of each (on a machine shared
with other work the wall clock can be many times the CPU time); it never fails on a
slow time.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def build(folder: Path, records: int) -> Path:
    from benchmarks.register import cmdesk_import, generate

    csv_path = folder / "register.csv"
    generate(csv_path, records)
    cmdesk_import(folder, csv_path)
    return folder / "cmdesk.cmdesk"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--records", type=int, default=130_000)
    parser.add_argument("--db", type=Path, help="use this database instead of building one")
    args = parser.parse_args(argv)

    from cmdesk.catalog import load_catalog
    from cmdesk.store import Store, probe
    from cmdesk.store.database import connect

    catalog = load_catalog()
    with tempfile.TemporaryDirectory(prefix="cmdesk-opening-") as name:
        folder = Path(name)
        db = args.db or build(folder, args.records)
        today = datetime.now()
        Store.open(db, catalog, "benchmark", daily_backup=False, now=today).close()  # records today
        tomorrow = today + timedelta(days=1)
        size = db.stat().st_size

        def cheap():
            Store.open(db, catalog, "benchmark", read_only=True, now=today).close()

        def daily():
            Store.open(db, catalog, "benchmark", read_only=True, now=tomorrow).close()

        def before():
            probe(db, deep=True)
            probe(db, deep=True)
            Store.open(db, catalog, "benchmark", read_only=True, now=today).close()

        def floor():
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            conn.execute("SELECT key, value FROM meta").fetchall()
            conn.close()

        def quick_check():
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            conn.execute("PRAGMA quick_check").fetchall()
            conn.close()

        def integrity_check():
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            conn.execute("PRAGMA integrity_check").fetchall()
            conn.close()

        def backup():
            store = Store.open(db, catalog, "benchmark", daily_backup=False, now=today)
            try:
                path = store.backup("manual")
            finally:
                store.close()
            path.unlink()

        def raw_copy():
            source = connect(db, read_only=True)
            target = sqlite3.connect(str(folder / "raw-copy.cmdesk"))
            source.conn.backup(target)
            target.close()
            source.close()
            (folder / "raw-copy.cmdesk").unlink()

        cases = {"floor": floor, "cheap": cheap, "daily": daily, "before": before,
                 "quick_check": quick_check, "integrity_check": integrity_check,
                 "backup": backup, "raw backup copy": raw_copy}
        times: dict[str, list[float]] = {name: [] for name in cases}
        cpu: dict[str, list[float]] = {name: [] for name in cases}
        for fn in cases.values():
            fn()  # warm the page cache
        for _ in range(args.runs):
            for case, fn in cases.items():
                start, start_cpu = time.perf_counter(), time.process_time()
                fn()
                times[case].append(time.perf_counter() - start)
                cpu[case].append(time.process_time() - start_cpu)
        print(f"opening benchmark: {db.name}, {size / 1e6:.1f} MB, {args.runs} interleaved runs, "
              f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
        base = statistics.median(times["floor"])
        for case, values in times.items():
            median = statistics.median(values)
            print(f"  {case:<16} median {median * 1000:8.1f} ms  (min {min(values) * 1000:.1f}, "
                  f"max {max(values) * 1000:.1f})  {median / base:6.1f}x floor;  CPU median "
                  f"{statistics.median(cpu[case]) * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
