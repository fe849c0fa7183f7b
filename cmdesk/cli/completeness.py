"""Returns from the reporting sources: `completeness`."""

from __future__ import annotations

import argparse

from cmdesk.catalog import load_catalog
from cmdesk.cli.common import Commands, date_argument, open_to_read, year_argument
from cmdesk.i18n import translate


def register(commands: Commands) -> None:
    completeness = commands.add(
        "completeness", translate("CLI", "list, for each reporting source and section, whether a "
                                  "return is expected, its due date, when it was received and "
                                  "checked, and what is missing or overdue"),
        _cmd_completeness)
    completeness.add_argument("--year", type=year_argument, required=True, help=translate(
        "CLI", "the reporting year"))
    completeness.add_argument("--on", type=date_argument, metavar="DATE", help=translate(
        "CLI", "judge what is overdue on this day (default: today)"))
    completeness.add_argument("--json", action="store_true", help=translate(
        "CLI", "print JSON: a list of objects with year, source, source_name, section, "
        "section_label, expected, due, received_on, received_from_data, checked_by, "
        "checked_at, status"))


def _cmd_completeness(args: argparse.Namespace) -> int:
    import json

    from cmdesk.completeness import completeness, status_labels, summary_text

    store = open_to_read(args, load_catalog())
    try:
        statuses = completeness(store, store.catalog, args.year, args.on)
    finally:
        store.close()
    if args.json:
        print(json.dumps([s.as_json() for s in statuses], ensure_ascii=False, indent=2))
        return 0
    print(summary_text(statuses, args.year))
    labels = status_labels()
    headings = (translate("CLI", "Source"), translate("CLI", "Section"), translate("CLI", "Due"),
                translate("CLI", "Received"), translate("CLI", "Checked"), translate("CLI", "Status"))
    rows = []
    for s in statuses:
        received = "" if s.received_on is None else s.received_on.isoformat()
        if s.received_from_data:
            received += " " + translate("CLI", "(from the data entered)")
        checked = "" if s.checked_at is None else translate("CLI", "{date} by {who}").format(
            date=s.checked_on.isoformat(), who=s.checked_by)
        status = labels[s.status]
        if not s.expected and s.status != "not_expected":
            status += " " + translate("CLI", "(not expected)")
        rows.append((s.source_short, s.section_label, s.due.isoformat(), received, checked, status))
    widths = [max(len(row[n]) for row in [headings, *rows]) for n in range(len(headings))]
    for row in [headings, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    return 0
