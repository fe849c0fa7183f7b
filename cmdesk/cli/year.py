"""A reporting year's sign-off: `year status`, `mark-checked`, `submit`, `reopen`,
`compare`, `documents`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cmdesk.catalog import load_catalog
from cmdesk.cli.common import Commands, one_line, open_to_read, when, year_argument
from cmdesk.errors import CMDeskError
from cmdesk.i18n import translate
from cmdesk.store import Store
from cmdesk.store.rows import short_id


def register(commands: Commands) -> None:
    year_commands = (
        ("status", translate("CLI", "print the year's status (Draft, Checked, Submitted), who set it "
                             "and when, its history and its snapshots"), _cmd_year_status),
        ("mark-checked", translate("CLI", "mark the year as checked (refused while it has "
                                   "unacknowledged errors, and in a provincial office's "
                                   "database)"), _cmd_year_mark_checked),
        ("submit", translate("CLI", "submit the year: keep a snapshot of its data and documents and "
                             "freeze it (refused, with the errors listed, while it has "
                             "unacknowledged errors, and in a provincial office's database); "
                             "prints the unanswered requests, overdue returns and empty sections "
                             "it was sent without"), _cmd_year_submit),
        ("reopen", translate("CLI", "make a checked or submitted year a draft again, with a reason "
                             "(its snapshots are kept)"), _cmd_year_reopen),
        ("compare", translate("CLI", "what changed since a snapshot (default: the latest) in today's "
                              "data, or in another snapshot, by whom and when"), _cmd_year_compare),
        ("documents", translate("CLI", "write the documents a snapshot kept (as they were sent) into "
                                "a folder"), _cmd_year_documents),
    )
    for name, help_text, handler in year_commands:
        sub = commands.add(name, help_text, handler, group="year")
        sub.add_argument("--year", type=year_argument, required=True, help=translate("CLI", "the reporting year"))
        if name in ("mark-checked", "submit", "reopen"):
            sub.add_argument("--reason", required=name == "reopen", metavar="TEXT", help=translate(
                "CLI", "why (kept in the audit log); required to reopen"))
        if name == "submit":
            sub.add_argument("--state-unanswered", action="store_true", help=translate(
                "CLI", "print each Committee request nobody answered in the VA update, with a "
                "sentence in the State's voice saying there is no further information to report "
                "(default: such requests are left out)"))
        if name in ("compare", "documents"):
            sub.add_argument("--snapshot", metavar="ID", help=translate(
                "CLI", "the snapshot (its id, or the first characters `year status` prints; "
                "default: the latest)"))
        if name == "compare":
            sub.add_argument("--with", dest="other", metavar="ID", help=translate(
                "CLI", "compare with this snapshot instead of today's data"))
            sub.add_argument("--personal", action="store_true", help=translate(
                "CLI", "show the values of casualty records' personal fields (name, village, "
                "coordinates)"))
            sub.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
        if name == "documents":
            sub.add_argument("--out", type=Path, required=True, metavar="FOLDER", help=translate(
                "CLI", "the folder to write the documents into"))
            sub.add_argument("--replace", action="store_true", help=translate(
                "CLI", "replace files of the same names in the folder"))
            sub.set_defaults(out_is_folder=True)


def _cmd_year_status(args: argparse.Namespace) -> int:
    from cmdesk import signoff

    catalog = load_catalog()
    with open_to_read(args, catalog) as store:
        status = signoff.year_status(store, args.year)
        blocking = [] if status.frozen else signoff.blocking_findings(store, store.catalog, args.year)
        documents = {s.id: len(store.snapshots.documents(s.id)) for s in status.snapshots}
    if status.changed_by:
        print(translate("CLI", "{year}: {status} (by {who} on {at} UTC)").format(
            year=args.year, status=status.label, who=status.changed_by, at=when(status.changed_at)))
    else:
        print(translate("CLI", "{year}: {status}").format(year=args.year, status=status.label))
    if status.frozen:
        print(translate("CLI", "Its data are frozen: `cmdesk year reopen --year {year} --reason "
                        "TEXT` to change them.").format(year=args.year))
    elif blocking:
        print(translate("CLI", "{n} unacknowledged error(s) stop it from being marked as checked "
                        "or submitted (`cmdesk year submit` lists them).").format(n=len(blocking)))
    if status.changes:
        print(translate("CLI", "History:"))
        for change in status.changes:
            line = "  {at}  {who}: {old} -> {new}".format(
                at=when(change["at"]), who=change["who"],
                old=signoff.status_label(change["old_status"]),
                new=signoff.status_label(change["new_status"]))
            print(f"{line}: {one_line(change['reason'])}" if change["reason"] else line)
    if status.snapshots:
        print(translate("CLI", "Snapshots (kept at each submission):"))
        for snapshot in status.snapshots:
            print(translate("CLI", "  {id}  {at}  {who}  ({n} documents)").format(
                id=short_id(snapshot.id), at=when(snapshot.taken_at), who=snapshot.taken_by,
                n=documents[snapshot.id]))
    else:
        print(translate("CLI", "No snapshots: one is kept when the year is submitted."))
    return 0


def _print_blocking(error) -> int:
    for finding in error.findings:
        print(translate("CLI", "error: {message}").format(message=one_line(finding.message)),
              file=sys.stderr)
    print(f"cmdesk: {error}", file=sys.stderr)
    return 1


def _cmd_year_mark_checked(args: argparse.Namespace) -> int:
    from cmdesk import signoff

    with Store.open(args.db, load_catalog(), args.user, daily_backup=False) as store:
        try:
            signoff.mark_checked(store, store.catalog, args.year, args.reason or "")
        except signoff.SignOffBlocked as blocked:
            return _print_blocking(blocked)
        print(translate("CLI", "{year} is marked as checked.").format(year=args.year))
    return 0


def _cmd_year_submit(args: argparse.Namespace) -> int:
    from cmdesk import signoff

    with Store.open(args.db, load_catalog(), args.user, daily_backup=False) as store:
        try:
            notes = []
            if not signoff.blocking_findings(store, store.catalog, args.year):
                notes = signoff.submission_notes(store, store.catalog, args.year)
            snapshot = signoff.submit(store, store.catalog, args.year, reason=args.reason or "",
                                      state_unanswered=args.state_unanswered)
        except signoff.SignOffBlocked as blocked:
            return _print_blocking(blocked)
        # What went without: the GUI asks first; here the user reads it (and can
        # reopen the year to add it).
        for note in notes:
            if note.kind == "unanswered_request" and args.state_unanswered:
                continue  # said below: the update does not leave it out
            print(translate("CLI", "note: {text}").format(text=one_line(note.text)))
        unanswered = sum(note.kind == "unanswered_request" for note in notes)
        if unanswered and args.state_unanswered:
            print(translate("CLI", "note: the VA update prints the {n} unanswered request(s) of the "
                            "Committee, each with the State's sentence that it has no further "
                            "information to report.").format(n=unanswered))
        documents = store.snapshots.documents(snapshot.id)
        print(translate("CLI", "{year} is submitted. Snapshot {id} keeps its data and the {n} "
                        "documents produced: {names}.").format(
            year=args.year, id=short_id(snapshot.id), n=len(documents),
            names=", ".join(d.file_name for d in documents)))
        print(translate("CLI", "The year is now frozen; `cmdesk year reopen --year {year} --reason "
                        "TEXT` to change it.").format(year=args.year))
    return 0


def _cmd_year_reopen(args: argparse.Namespace) -> int:
    from cmdesk import signoff

    with Store.open(args.db, load_catalog(), args.user, daily_backup=False) as store:
        signoff.reopen(store, args.year, args.reason)
        print(translate("CLI", "{year} is a draft again; its snapshots are kept.").format(year=args.year))
    return 0


def _cmd_year_compare(args: argparse.Namespace) -> int:
    import json

    from cmdesk import signoff

    catalog = load_catalog()
    with open_to_read(args, catalog) as store:
        comparison = signoff.compare_year(store, store.catalog, args.year, args.snapshot, args.other)
        if args.json:
            print(json.dumps(comparison.as_json(personal=args.personal), ensure_ascii=False, indent=2))
        else:
            for line in signoff.comparison_text(comparison, store.catalog, personal=args.personal):
                print(line)
    return 0


def _cmd_year_documents(args: argparse.Namespace) -> int:
    from cmdesk import signoff

    catalog = load_catalog()
    with open_to_read(args, catalog) as store:
        snapshot = (store.snapshots.find(args.year, args.snapshot) if args.snapshot
                    else store.snapshots.latest(args.year))
        if snapshot is None:
            raise CMDeskError(translate("CLI", "{year} has no snapshot yet: one is kept when the "
                                        "year is submitted.").format(year=args.year))
        written = signoff.save_snapshot_documents(store, snapshot.id, args.out, overwrite=args.replace)
    for path in written:
        print(path)
    print(translate("CLI", "{n} document(s) of the snapshot {id} ({at}) written.").format(
        n=len(written), id=short_id(snapshot.id), at=when(snapshot.taken_at)))
    return 0
