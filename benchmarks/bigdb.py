"""The databases the benchmarks measure on, made by the benchmarks themselves:

- `demo_database(folder)`: the demo database (Cambodia's published 2024 figures);
- `register_database(folder, records)`: the demo database with a generated register
  of `records` casualty records (benchmarks/register.py's `generate`: Cambodia's
  totals to end-2017 at 65,000, more of the same beyond), imported as
  `cmdesk import casualties` imports it. 130,000 records is about twice Cambodia's
  register: what the CMVIS register will hold with its history of corrections.

Each is opened once after it is made, so that the day's automatic backup is already
taken, as on every start but the day's first. Nothing here is timed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

BIG = 130_000


def demo_database(folder: Path, name: str = "demo.cmdesk") -> Path:
    from cmdesk.catalog import load_catalog
    from cmdesk.demo import create_demo
    from cmdesk.store import Store

    db = folder / name
    catalog = load_catalog()
    create_demo(db, catalog, "benchmark").close()
    Store.open(db, catalog, "benchmark").close()
    return db


def import_file(store, catalog, path: Path):
    """Import a casualty file into `store` as `cmdesk import casualties` does (read,
    check, match, write in one transaction); returns the counts."""
    from cmdesk.exchange import casualties_import as importer

    plan = importer.plan_casualty_import(store, catalog, importer.read_table(path))
    return importer.apply_casualty_import(store, plan)


def register_database(folder: Path, records: int = BIG, name: str | None = None) -> Path:
    from benchmarks.register import generate
    from cmdesk.catalog import load_catalog
    from cmdesk.demo import create_demo
    from cmdesk.store import Store

    csv_path = folder / f"register-{records}.csv"
    generate(csv_path, records)
    db = folder / (name or f"register-{records}.cmdesk")
    catalog = load_catalog()
    store = create_demo(db, catalog, "benchmark")
    try:
        import_file(store, catalog, csv_path)
        store.casualties.build_sort_indexes()  # as the program does after an import
    finally:
        store.close()
    csv_path.unlink()
    Store.open(db, catalog, "benchmark").close()
    return db


def child_environment(**extra: str) -> dict[str, str]:
    """The environment of a timed child process: this one's, but starting as a real
    start does, with the .pyc files Python writes (a shell or CI that sets
    PYTHONDONTWRITEBYTECODE would make every child compile the modules it imports:
    ~30-50 ms of the Casualties page's first open) and without import profiling."""
    import os

    env = dict(os.environ, **extra)
    for variable in ("PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME"):
        env.pop(variable, None)
    return env


def spread(values: list[float]) -> str:
    """min / median / max, for a line of figures."""
    import statistics

    return f"min {min(values):.2f}x, median {statistics.median(values):.2f}x, max {max(values):.2f}x"
