"""The casualty register: `import casualties`, `summary casualties`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cmdesk.catalog import load_catalog
from cmdesk.cli.common import (
    Commands,
    finish_sort_indexes,
    one_line,
    open_to_read,
    print_problems,
    year_argument,
)
from cmdesk.i18n import translate
from cmdesk.store import Store


def register(commands: Commands) -> None:
    casualties_in = commands.add(
        "casualties", translate("CLI", "import casualty records from a CSV or xlsx file (see "
                                "docs/casualties-import.md); rows with problems are rejected and "
                                "written to a report file, the others imported"),
        _cmd_import_casualties, group="import",
    )
    casualties_in.add_argument("file", type=Path, metavar="FILE", help=translate(
        "CLI", "the .csv or .xlsx file"))
    casualties_in.add_argument("--map", type=Path, metavar="MAP.json", help=translate(
        "CLI", "a JSON object mapping the file's headers to CMDesk's columns (null: ignore)"))
    casualties_in.add_argument("--rejects", type=Path, metavar="FILE", help=translate(
        "CLI", "where to write the rejected rows (default: FILE-rejected.csv beside the file)"))
    casualties_summary = commands.add(
        "casualties", translate("CLI", "the casualty register's summary for a year, or all years "
                                "with a per-year series"),
        _cmd_summary_casualties, group="summary",
    )
    casualties_summary.add_argument("--year", type=year_argument, help=translate(
        "CLI", "the year (default: all years)"))
    casualties_summary.add_argument("--json", action="store_true", help=translate(
        "CLI", "print JSON (keys as in docs/casualties-import.md)"))


def _cmd_import_casualties(args: argparse.Namespace) -> int:
    from cmdesk.exchange import casualties_import as importer

    catalog = load_catalog()
    column_map = importer.load_column_map(args.map) if args.map else None
    table = importer.read_table(args.file)
    with Store.open(args.db, catalog, args.user) as store:
        plan = importer.plan_casualty_import(store, catalog, table, column_map)
        rejects = importer.write_rejects(plan, args.rejects)
        print_problems((translate("CLI", "{file}: row {row}: column {column}: '{text}': {reason}").format(
            file=args.file, row=problem.line, column=problem.column,
            text=one_line(problem.text), reason=one_line(problem.reason))
            for problem in plan.problems), len(plan.problems),
            translate("CLI", " (every one is in {path})").format(path=rejects) if rejects else "")
        counts = importer.apply_casualty_import(store, plan)
        print(translate("CLI", "{added} added, {updated} updated, {duplicates} duplicates, "
                        "{rejected} rejected").format(
            added=counts.added, updated=counts.updated, duplicates=counts.duplicates,
            rejected=counts.rejected))
        if rejects is not None:
            print(translate("CLI", "The rejected rows and their problems are in {path}: correct "
                            "them there and import that file.").format(path=rejects), file=sys.stderr)
        finish_sort_indexes(store)
    return 1 if counts.rejected else 0


def _cmd_summary_casualties(args: argparse.Namespace) -> int:
    import json

    from cmdesk.casualties import code_labels
    from cmdesk.casualty_summary import summarise

    catalog = load_catalog()
    with open_to_read(args, catalog) as store:
        summary = summarise(store, args.year)
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=2))
        return 0
    names = {p.code: p.name for p in catalog.provinces}
    what = (translate("CLI", "Casualties in {year}").format(year=args.year) if args.year is not None
            else translate("CLI", "Casualties, all years"))
    print(what)
    rows = [
        (translate("CLI", "Total"), summary.total),
        (translate("CLI", "Killed"), summary.killed),
        (translate("CLI", "Injured (all survivors)"), summary.injured),
        (translate("CLI", "  of whom lost limbs (amputations)"), summary.amputations),
        (translate("CLI", "  injured without amputation"), summary.injured_without_amputation),
        (translate("CLI", "Men"), summary.men),
        (translate("CLI", "Women"), summary.women),
        (translate("CLI", "Boys"), summary.boys),
        (translate("CLI", "Girls"), summary.girls),
        (translate("CLI", "Sex or age unknown"), summary.sex_age_unknown),
    ]
    if summary.previous_year_total is not None:
        rows.append((translate("CLI", "Total in {year}").format(year=args.year - 1),
                     summary.previous_year_total))
    for label, value in rows:
        print(f"  {label:<36} {value:>8,}")
    for title, counts, labels, every in (
        (translate("CLI", "By device type"), summary.device_type, code_labels("device_type"), True),
        (translate("CLI", "By status"), summary.status, code_labels("status"), True),
        (translate("CLI", "By province"), summary.province, names, False),
    ):
        print(title)
        for code, value in counts.items():
            if value or every:
                print(f"  {labels.get(code, code):<36} {value:>8,}")
    if summary.per_year:
        print(translate("CLI", "Per year: total (killed, injured, lost limbs)"))
        for y in summary.per_year:
            print(f"  {y.year}  {y.total:>8,}  ({y.killed:,}, {y.injured:,}, {y.amputations:,})")
    return 0
