"""Exchange packages (docs/exchange.md) against the floor. See benchmarks/README.md.

    python benchmarks/exchange.py [--runs 3] [--records 5000] [--values 2000] [--first 65000]
                                  [--hq-records 0]

A province's package of `--records` casualty records and `--values` aggregate values:

- write: `cmdesk send` in the province (read the shared rows and the last agreed
  state, compare, write the signed zip, record what it carried), against the floor of
  writing the same rows as JSON lines to a file;
- receive: `cmdesk receive` at headquarters (check the zip and its signature, merge
  each row against HQ's, write the rows with their audit rows and the agreed state, in
  one transaction; without the undo copy, then with it), against the floor of reading
  the JSON lines back and one `executemany` of the rows into a plain table, in one
  transaction, in a fresh database;

then a first package of `--first` records (a province's whole register) received at
an empty HQ, timed alone: the target is under 10 s. A receive into a register no
larger than the package leaves the register's sort indexes for after its commit;
they are timed apart and printed beside it.

`--hq-records N` gives HQ N records of another province first (default none): a
package smaller than the register then keeps the register's indexes up to date row
by row instead of building them after its rows, as at a real HQ of 130,000. The
floor is the same either way.

Each run builds its databases anew; the median of the runs is reported, wall clock
and, beside it, CPU seconds of this process (`time.process_time`, which other
processes on the machine move less). Prints ratios; it reports and never fails on a
slow time.
"""

from __future__ import annotations

import argparse
import json
import random
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

TARGET = 3.0
FIRST_TARGET_S = 10.0
DEVICES = ("antipersonnel_mine", "antivehicle_mine", "uxo", "submunition", "unknown")


def records(count: int, province: str, seed: int = 1979) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for _ in range(count):
        year = rng.randint(1979, 2024)
        age = rng.choice([None, *range(5, 70)])
        rows.append({
            "incident_date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "province_code": province, "district": rng.choice(["Bavel", "Sangkae", "Ratanak Mondul"]),
            "outcome": rng.choice(["killed", "injured", "injured"]), "sex": rng.choice(["male", "female"]),
            "age": age, "device_type": rng.choice(DEVICES), "notes": "",
        })
    return rows


def build(folder: Path, catalog, n_records: int, n_values: int, hq_records: int = 0):
    """HQ (with `hq_records` records of Banteay Meanchey), and a province with
    `n_records` records and `n_values` values to send."""
    from cmdesk.catalog import HEADQUARTERS, Office
    from cmdesk.exchange import packages
    from cmdesk.store import Store

    hq = Store.create(folder / "hq.cmdesk", catalog, HEADQUARTERS, "hq")
    if hq_records:
        hq.casualties.add_many(records(hq_records, "01", seed=7))
    prcs = [source.code for source in catalog.sources if source.code.startswith("prc.")]
    for code in prcs:
        hq.reference.locate_source(code, "02")
    province = packages.create_province(hq, catalog, Office("province:02", "Battambang"),
                                        folder / "bb.cmdesk")
    province.casualties.add_many(records(n_records, "02"))
    cells = [(year, source, item.code, "total") for year in range(2024, 1979, -1)
             for source in prcs for item in catalog.items][:n_values]
    province.values.set_many([(*cell, 1 + n % 500, None) for n, cell in enumerate(cells)])
    return hq, province


def floor(rows: list[dict], folder: Path, clock=time.perf_counter) -> tuple[float, float]:
    """Write the rows as JSON lines; read them back and insert them with one
    executemany into a plain table of a new database, in one transaction."""
    path = folder / "floor.jsonl"
    path.unlink(missing_ok=True)
    (folder / "floor.sqlite").unlink(missing_ok=True)
    start = clock()
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
    write = clock() - start
    database = folder / "floor.sqlite"
    start = clock()
    with path.open(encoding="utf-8") as lines:
        read = [json.loads(line) for line in lines]
    columns = sorted({key for row in read for key in row})
    db = sqlite3.connect(database)
    db.execute(f"CREATE TABLE rows ({', '.join(columns)})")
    with db:
        db.executemany(f"INSERT INTO rows VALUES ({', '.join('?' * len(columns))})",
                       [[row.get(c) for c in columns] for row in read])
    db.close()
    return write, clock() - start


def one_run(catalog, n_records: int, n_values: int, hq_records: int = 0) -> dict[str, float]:
    from cmdesk.exchange import packages
    from cmdesk.store.exchange import SHARED_TABLES

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        hq, province = build(folder, catalog, n_records, n_values, hq_records)
        # The floor's rows: the same shared rows as the package carries.
        pair = province.exchange.pair("hq")
        rows = [row for table in SHARED_TABLES if table.name in ("casualties", "aggregate_values")
                for row in province.exchange.rows(table, pair).values()]
        floor_write, floor_receive = floor(rows, folder)
        # Again, in CPU seconds (warmer than the first: a floor no easier).
        cpu_floor_write, cpu_floor_receive = floor(rows, folder, time.process_time)
        start, cpu = time.perf_counter(), time.process_time()
        sent = packages.send(province, None, folder / "p.cmdx")
        write, cpu_write = time.perf_counter() - start, time.process_time() - cpu
        backup = folder / "hq-before.cmdesk"
        hq.save_copy(backup)
        start, cpu = time.perf_counter(), time.process_time()
        receipt = packages.receive(hq, sent.path, keep_undo=False)
        receive, cpu_receive = time.perf_counter() - start, time.process_time() - cpu
        assert receipt.count("added") == n_records + n_values, receipt.count("added")
        later, cpu_later = _sort_indexes(hq)
        hq.restore(backup)
        start = time.perf_counter()
        packages.receive(hq, sent.path, keep_undo=True)
        receive_undo = time.perf_counter() - start
        size = sent.path.stat().st_size
        hq.close()
        province.close()
    return {"write": write, "floor_write": floor_write, "receive": receive,
            "receive_undo": receive_undo, "floor_receive": floor_receive, "size": size,
            "cpu_write": cpu_write, "cpu_floor_write": cpu_floor_write,
            "cpu_receive": cpu_receive, "cpu_floor_receive": cpu_floor_receive,
            "sort_indexes": later, "cpu_sort_indexes": cpu_later}


def _sort_indexes(hq) -> tuple[float, float]:
    """Wall and CPU seconds of the sort indexes a receive left for after its commit
    (none when HQ's register was larger than the package): the window builds them on
    a worker, `cmdesk receive` once it has printed the receipt."""
    start, cpu = time.perf_counter(), time.process_time()
    hq.casualties.build_sort_indexes()
    return time.perf_counter() - start, time.process_time() - cpu


def first_package(catalog, n_records: int) -> tuple[float, float, float, float, float]:
    from cmdesk.exchange import packages
    from cmdesk.store.exchange import TABLES

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        hq, province = build(folder, catalog, n_records, 0)
        rows = list(province.exchange.rows(TABLES["casualties"], province.exchange.pair("hq")).values())
        floor_write, floor_receive = floor(rows, folder)
        start = time.perf_counter()
        sent = packages.send(province, None, folder / "first.cmdx")
        write = time.perf_counter() - start
        start, cpu = time.perf_counter(), time.process_time()
        receipt = packages.receive(hq, sent.path)
        receive, cpu_receive = time.perf_counter() - start, time.process_time() - cpu
        assert receipt.count("added") == n_records
        later, _ = _sort_indexes(hq)
        hq.close()
        province.close()
    return write, receive, floor_write, floor_receive, cpu_receive, later


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--values", type=int, default=2000)
    parser.add_argument("--first", type=int, default=65000)
    parser.add_argument("--hq-records", type=int, default=0,
                        help="records of another province HQ holds before (default none)")
    args = parser.parse_args()
    from cmdesk.catalog import load_catalog

    catalog = load_catalog()
    runs = [one_run(catalog, args.records, args.values, args.hq_records) for _ in range(args.runs)]
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    held = f", into an HQ holding {args.hq_records:,} records" if args.hq_records else ""
    print(f"package of {args.records:,} records and {args.values:,} values "
          f"({median['size'] / 1e6:.1f} MB){held}, median of {args.runs} runs:")
    for label, mine, base in (("write (send)", "write", "floor_write"),
                              ("receive", "receive", "floor_receive"),
                              ("receive + undo copy", "receive_undo", "floor_receive")):
        ratio = median[mine] / median[base]
        verdict = "within" if ratio <= TARGET else "ABOVE"
        ratios = sorted(run[mine] / run[base] for run in runs)
        print(f"  {label:20s} {median[mine]:7.3f} s   floor {median[base]:7.3f} s   "
              f"{ratio:5.2f}x ({verdict} the {TARGET:.0f}x target; runs {ratios[0]:.2f}-"
              f"{ratios[-1]:.2f}x)")
    for label, mine, base in (("write (send)", "cpu_write", "cpu_floor_write"),
                              ("receive", "cpu_receive", "cpu_floor_receive")):
        print(f"  {label + ', CPU':20s} {median[mine]:7.3f} s   floor {median[base]:7.3f} s   "
              f"{median[mine] / median[base]:5.2f}x")
    if median["sort_indexes"] > 0.001:
        print(f"  then the sort indexes, after the commit: {median['sort_indexes']:.3f} s (CPU "
              f"{median['cpu_sort_indexes']:.3f} s); receive and them "
              f"{(median['receive'] + median['sort_indexes']) / median['floor_receive']:.2f}x, CPU "
              f"{(median['cpu_receive'] + median['cpu_sort_indexes']) / median['cpu_floor_receive']:.2f}x")
    write, receive, floor_write, floor_receive, cpu_receive, later = first_package(catalog, args.first)
    verdict = "within" if receive < FIRST_TARGET_S else "ABOVE"
    print(f"first package of {args.first:,} records: written in {write:.2f} s (floor "
          f"{floor_write:.2f} s, {write / floor_write:.2f}x), received in {receive:.2f} s "
          f"(floor {floor_receive:.2f} s, {receive / floor_receive:.2f}x; {verdict} the "
          f"{FIRST_TARGET_S:.0f} s target; CPU {cpu_receive:.2f} s), then its sort indexes "
          f"after the commit in {later:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
