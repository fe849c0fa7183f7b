"""The Committee's requests: `import requests` from its SRAAP tracker spreadsheet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cmdesk.catalog import load_catalog
from cmdesk.cli.common import Commands, one_line, print_problems, year_argument
from cmdesk.i18n import translate
from cmdesk.store import Store


def register(commands: Commands) -> None:
    requests_in = commands.add(
        "requests", translate("CLI", "import the Committee's requests from its SRAAP tracker "
                              "spreadsheet (.xlsx, the layout `cmdesk export sraap` writes)"),
        _cmd_import_requests, group="import",
    )
    requests_in.add_argument("file", type=Path, metavar="FILE.xlsx", help=translate("CLI", "the tracker"))
    requests_in.add_argument("--year", type=year_argument, required=True, help=translate(
        "CLI", "the reporting year whose report answers these requests"))


def _cmd_import_requests(args: argparse.Namespace) -> int:
    from cmdesk.exchange import apply_requests_import, plan_requests_import

    catalog = load_catalog()
    store = Store.open(args.db, catalog, args.user)
    try:
        plan = plan_requests_import(store, catalog, args.file, args.year)
        if plan.problems:
            print_problems((translate("CLI", "{file}: row {row}, column {column}: '{text}': {reason}")
                            .format(file=args.file, row=problem.row, column=problem.column,
                                    text=one_line(problem.text), reason=one_line(problem.reason))
                            for problem in plan.problems), len(plan.problems))
            print(translate("CLI", "{n} problem(s); nothing was imported. Correct the file and import "
                            "it again.").format(n=len(plan.problems)), file=sys.stderr)
            return 1
        counts = apply_requests_import(store, plan)
        print(translate("CLI", "Committee's requests for {year}: {added} added, {changed} changed, "
                        "{unchanged} unchanged").format(year=args.year, **counts))
    finally:
        store.close()
    return 0
