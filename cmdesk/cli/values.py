"""A year's aggregate values as CSV: `import values`, `export values`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cmdesk.catalog import load_catalog
from cmdesk.cli.common import Commands, one_line, open_to_read, print_problems, year_argument
from cmdesk.i18n import translate
from cmdesk.store import Store


def register(commands: Commands) -> None:
    values_in = commands.add(
        "values", translate("CLI", "import aggregate values from a CSV file "
                            "(year,source,item,part,value,comment; see docs/values-csv.md)"),
        _cmd_import_values, group="import",
    )
    values_in.add_argument("file", type=Path, metavar="FILE.csv", help=translate("CLI", "the CSV file"))
    values_out = commands.add(
        "values", translate("CLI", "export a year's aggregate values to a CSV file that "
                            "`cmdesk import values` reads back"),
        _cmd_export_values, group="export",
    )
    values_out.add_argument("--year", type=year_argument, required=True, help=translate("CLI", "the reporting year"))
    values_out.add_argument("--out", type=Path, required=True, help=translate("CLI", "the CSV file to write"))


def _cmd_import_values(args: argparse.Namespace) -> int:
    from cmdesk.exchange import apply_values_import, plan_values_import  # not at GUI start-up

    catalog = load_catalog()
    store = Store.open(args.db, catalog, args.user)
    try:
        plan = plan_values_import(store, store.catalog, args.file)
        if plan.problems:
            from cmdesk.exchange.problems import by_reason

            # One message per reason, with its count: a file into a submitted year
            # is refused once, not once per line.
            groups = by_reason(plan.problems)
            print_problems((
                translate("CLI", "{file}:{line}: column {column}: '{text}': {reason}").format(
                    file=args.file, line=group.lines[0], column=group.column,
                    text=one_line(group.texts[0]), reason=one_line(group.reason))
                if group.times == 1 else
                translate("CLI", "{file}: {n} lines ({lines}): column {column}: {reason}").format(
                    file=args.file, n=group.times, lines=group.where, column=group.column,
                    reason=one_line(group.reason))
                for group in groups), len(groups))
            print(translate("CLI", "{n} problem(s); nothing was imported. Correct the file and import "
                            "it again.").format(n=len(plan.problems)), file=sys.stderr)
            return 1
        counts = apply_values_import(store, plan)
        print(translate("CLI", "{added} added, {changed} changed, {unchanged} unchanged").format(
            added=counts.added, changed=counts.changed, unchanged=counts.unchanged))
    finally:
        store.close()
    return 0


def _cmd_export_values(args: argparse.Namespace) -> int:
    from cmdesk.exchange import export_values_csv

    store = open_to_read(args, load_catalog())
    try:
        count = export_values_csv(store, args.year, args.out)
        print(translate("CLI", "{n} value(s) of {year} written to {path}").format(
            n=count, year=args.year, path=args.out))
    finally:
        store.close()
    return 0
