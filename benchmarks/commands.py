"""Commands on a 130,000-record register as whole processes, against floors that are
whole processes too. See benchmarks/README.md.

    python benchmarks/commands.py [--runs 7] [--records 130000] [--db FILE]

Makes the demo database with a generated register (benchmarks/bigdb.py), then, in
rounds alternating which goes first, times from spawn to exit:

- `cmdesk summary casualties --json`, against a Python process that opens the file
  with sqlite3, runs the GROUP BY queries the summary is made of and prints them as
  JSON;
- `cmdesk export sraap|va-update|form-j --year Y --out FILE.xlsx|.pdf --draft`,
  against a Python process that opens the file with sqlite3, reads what the document
  is made of (the year's values, its register figures by outcome, sex, age group,
  device, status and province, every year's totals, the narratives), and writes the
  same document with the raw library: for xlsx every cell with the same styles,
  merges and print set-up (benchmarks/xlsx_floor.py), for PDF reportlab's
  SimpleDocTemplate with the same paragraphs and tables (benchmarks/exports.py).
  The document's content is taken from CMDesk's own output beforehand (not timed).

Each line gives the median seconds of both and the rounds' ratios (min / median /
max). Target: at most 1.3x. It reports; it never fails on a slow time.
"""

from __future__ import annotations

import argparse
import pickle
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

TARGET = 1.3
DOCUMENTS = (("sraap", 2025), ("va-update", 2024), ("form-j", 2024))

_READ = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
year = int(sys.argv[2])
group = "(CASE WHEN age IS NULL THEN age_group WHEN age < 18 THEN 'child' ELSE 'adult' END)"
def register(where, params):
    out = [conn.execute(f"SELECT outcome, amputation, sex, {group}, COUNT(*) FROM casualties {where} "
                        "GROUP BY 1, 2, 3, 4", params).fetchall()]
    for column in ("device_type", "status", "province_code"):
        out.append(conn.execute(f"SELECT {column}, COUNT(*) FROM casualties {where} GROUP BY 1",
                                params).fetchall())
    return out
"""

SUMMARY_FLOOR = _READ + """
import json
figures = register("", [])
figures.append(conn.execute(
    "SELECT incident_year, COUNT(*), SUM(outcome = 'killed'), SUM(outcome = 'injured'), "
    "SUM(outcome = 'injured' AND amputation = 'yes') FROM casualties "
    "WHERE incident_year IS NOT NULL GROUP BY 1 ORDER BY 1").fetchall())
print(json.dumps(figures, indent=2))
"""

DOCUMENT_FLOOR = _READ + """
import pickle
figures = register("WHERE incident_year = ?", [year])
figures.append(conn.execute(
    "SELECT incident_year, COUNT(*), SUM(outcome = 'killed'), SUM(outcome = 'injured'), "
    "SUM(outcome = 'injured' AND amputation = 'yes') FROM casualties "
    "WHERE incident_year IS NOT NULL GROUP BY 1 ORDER BY 1").fetchall())
conn.execute("SELECT * FROM aggregate_values WHERE year IN (?, ?)", [year, year - 1]).fetchall()
conn.execute("SELECT * FROM narratives WHERE year <= ?", [year]).fetchall()
conn.execute("SELECT * FROM funding_lines WHERE year = ?", [year]).fetchall()
conn.close()
sys.path.insert(0, sys.argv[5])
with open(sys.argv[3], "rb") as handle:
    content = pickle.load(handle)
out = sys.argv[4]
if out.endswith(".xlsx"):
    from benchmarks.xlsx_floor import write
    write(content, out)
else:
    from benchmarks.exports import floor_pdf
    floor_pdf(content[0], out, content[1])
"""


def timed(command: list[str], cwd: Path) -> float:
    from benchmarks.bigdb import child_environment

    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600,
                            env=child_environment())
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"commands: {' '.join(command)} failed ({result.returncode}):\n"
                         f"{result.stderr[-2000:]}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds (default 7)")
    parser.add_argument("--records", type=int, default=130_000, help="records (default 130,000)")
    parser.add_argument("--db", type=Path, help="use this database instead of making one")
    parser.add_argument("--only", help="run only the commands whose name contains this")
    args = parser.parse_args(argv)
    from benchmarks.bigdb import register_database, spread
    from benchmarks.exports import content
    from benchmarks.xlsx_floor import extract

    python = sys.executable
    folder = Path(tempfile.mkdtemp(prefix="cmdesk-commands-"))
    try:
        db = args.db or register_database(folder, args.records)
        cmdesk = [python, "-m", "cmdesk"]
        pairs: dict[str, tuple[list[str], list[str]]] = {
            "summary casualties --json": (
                [*cmdesk, "summary", "casualties", "--db", str(db), "--json", "--user", "b"],
                [python, "-c", SUMMARY_FLOOR, str(db), "0"]),
        }
        from cmdesk.catalog import load_catalog
        from cmdesk.reports import build_document
        from cmdesk.store import Store

        catalog = load_catalog()
        store = Store.open(db, catalog, "benchmark", read_only=True)
        try:
            for kind, year in DOCUMENTS:
                document = build_document(kind, store, catalog, year, draft=True)
                for fmt in ("xlsx", "pdf"):
                    out = folder / f"{kind}.{fmt}"
                    command = [*cmdesk, "export", kind, "--db", str(db), "--year", str(year),
                               "--out", str(out), "--draft", "--user", "b"]
                    timed(command, folder)  # once, for the floor's content
                    spec = (extract(out) if fmt == "xlsx" else
                            (content(document), document.landscape))
                    spec_path = folder / f"{kind}-{fmt}.pickle"
                    spec_path.write_bytes(pickle.dumps(spec))
                    floor_out = folder / f"{kind}-floor.{fmt}"
                    pairs[f"export {kind} {fmt}"] = (command, [
                        python, "-c", DOCUMENT_FLOOR, str(db), str(year), str(spec_path),
                        str(floor_out), str(REPO)])
        finally:
            store.close()
        if args.only:
            pairs = {k: v for k, v in pairs.items() if args.only in k}
        print(f"commands benchmark: {args.records:,} generated records plus the demo, "
              f"{args.runs} round(s), Python {sys.version.split()[0]}")
        for ours, floor in pairs.values():  # warm the disk cache and the .pyc files
            timed(ours, folder)
            timed(floor, folder)
        times = {name: ([], []) for name in pairs}
        for n in range(args.runs):
            for name, (ours, floor) in pairs.items():
                order = ((0, ours), (1, floor)) if n % 2 == 0 else ((1, floor), (0, ours))
                for slot, command in order:
                    times[name][slot].append(timed(command, folder))
        worst = []
        for name, (ours, floor) in times.items():
            ratios = [a / b for a, b in zip(ours, floor)]
            worst.append(statistics.median(ratios))
            print(f"  {name:<28} cmdesk {statistics.median(ours):.3f} s, floor "
                  f"{statistics.median(floor):.3f} s, ratio {statistics.median(ratios):.2f}x "
                  f"({spread(ratios)})")
        print(f"commands: worst ratio {max(worst):.2f}x, geometric mean "
              f"{statistics.geometric_mean(worst):.2f}x (target <= {TARGET}x each)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
