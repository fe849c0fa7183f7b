"""The command line: the same core operations as the GUI, for scripts and tests.

`cmdesk` with no command opens the GUI. Every command prints plain text, has
`--help`, and exits non-zero with a one-line reason on bad input.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

from cmdesk import __version__
from cmdesk.catalog import load_catalog
from cmdesk.errors import CMDeskError
from cmdesk.i18n import translate
from cmdesk.store import SCHEMA_VERSION, Store, integrity_check, probe

GuiLauncher = Callable[[Path | None], int]


def default_user() -> str:
    """The operating-system login name, the default author in the audit log."""
    import getpass  # only asked when no name is saved: kept out of start-up

    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors when no login name is set
        return "unknown"


def _find_gui() -> GuiLauncher:
    """The GUI registers itself under the `cmdesk.gui` entry point; the core never
    imports it by name."""
    from importlib.metadata import entry_points  # ~40 ms: only when the GUI is asked for

    for entry in entry_points(group="cmdesk.gui"):
        if entry.name == "main":
            return entry.load()
    raise CMDeskError(
        translate("CLI", "The CMDesk window is not installed. Install CMDesk with `pip install -e .` "
           "or run `python main.py`.")
    )


def _open_to_read(args: argparse.Namespace, catalog) -> Store:
    """Open `--db` for a command that only reads. A database made by an older CMDesk
    is first updated (after a backup), as the window would: the command reads tables
    that only the newer schema has."""
    if probe(args.db).needs_migration:
        Store.open(args.db, catalog, args.user, daily_backup=False).close()
    return Store.open(args.db, catalog, args.user, read_only=True)


def _cmd_init(args: argparse.Namespace) -> int:
    catalog = load_catalog()
    office = catalog.resolve_office(args.office)
    store = Store.create(args.db, catalog, office, args.user)
    try:
        print(translate("CLI", "Created {path} for {office}, with the reference data loaded.").format(
            path=args.db, office=office.name))
    finally:
        store.close()
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from cmdesk.demo import create_demo

    store = create_demo(args.db, load_catalog(), args.user)
    try:
        print(translate("CLI", "Created the demo database {path} (Cambodia's published 2024 figures).")
              .format(path=args.db))
    finally:
        store.close()
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    found = probe(args.db)
    if found.needs_migration:
        print(translate("CLI", "Database:       {path}").format(path=args.db))
        print(translate("CLI", "Schema version: {have} of {known} (it will be updated, after a backup, "
                 "when CMDesk opens it)").format(have=found.schema_version, known=SCHEMA_VERSION))
        return 0
    store = Store.open(args.db, load_catalog(), args.user, read_only=True)
    try:
        years = store.years.with_data()
        print(translate("CLI", "Database:       {path}").format(path=store.path))
        print(translate("CLI", "Office:         {name} ({code})").format(name=store.office.name, code=store.office.code))
        if store.is_demo:
            print(translate("CLI", "Kind:           DEMO (published 2024 figures, not for submission)"))
        print(translate("CLI", "Schema version: {version}").format(version=store.schema_version))
        print(translate("CLI", "Years present:  {years}").format(
            years=", ".join(map(str, years)) if years else translate("CLI", "none")))
        print(translate("CLI", "Rows:"))
        for table, count in store.counts().items():
            print(f"  {table:<18} {count:>8,}")
    finally:
        store.close()
    return 0


def _cmd_check_db(args: argparse.Namespace) -> int:
    problems = integrity_check(args.db)
    if problems:
        print(translate("CLI", "{path}: {n} problem(s) found:").format(path=args.db, n=len(problems)))
        for problem in problems:
            print(f"  {problem}")
        print(translate("CLI", "Restore the database from a backup (File > Restore from backup)."))
        return 1
    print(translate("CLI", "{path}: integrity check passed.").format(path=args.db))
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    store = Store.open(args.db, load_catalog(), args.user, daily_backup=False)
    try:
        if args.out:
            path = store.save_copy(args.out)
        else:
            path = store.backup("manual")
        print(translate("CLI", "Backup written to {path}").format(path=path))
    finally:
        store.close()
    return 0


def _one_line(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n")


def _cmd_import_values(args: argparse.Namespace) -> int:
    from cmdesk.exchange import apply_values_import, plan_values_import  # not at GUI start-up

    catalog = load_catalog()
    store = Store.open(args.db, catalog, args.user)
    try:
        plan = plan_values_import(store, store.catalog, args.file)
        if plan.problems:
            for problem in plan.problems:
                print(translate("CLI", "{file}:{line}: column {column}: '{text}': {reason}").format(
                    file=args.file, line=problem.line, column=problem.column,
                    text=_one_line(problem.text), reason=_one_line(problem.reason)), file=sys.stderr)
            print(translate("CLI", "{n} problem(s); nothing was imported. Correct the file and import "
                            "it again.").format(n=len(plan.problems)), file=sys.stderr)
            return 1
        counts = apply_values_import(store, plan)
        print(translate("CLI", "{added} added, {changed} changed, {unchanged} unchanged").format(
            added=counts.added, changed=counts.changed, unchanged=counts.unchanged))
    finally:
        store.close()
    return 0


def _cmd_import_casualties(args: argparse.Namespace) -> int:
    from cmdesk.exchange import casualties_import as importer

    catalog = load_catalog()
    column_map = importer.load_column_map(args.map) if args.map else None
    table = importer.read_table(args.file)
    store = Store.open(args.db, catalog, args.user)
    try:
        plan = importer.plan_casualty_import(store, catalog, table, column_map)
        for problem in plan.problems:
            print(translate("CLI", "{file}: row {row}: column {column}: '{text}': {reason}").format(
                file=args.file, row=problem.line, column=problem.column,
                text=_one_line(problem.text), reason=_one_line(problem.reason)), file=sys.stderr)
        rejects = importer.write_rejects(plan, args.rejects)
        counts = importer.apply_casualty_import(store, plan)
        print(translate("CLI", "{added} added, {updated} updated, {duplicates} duplicates, "
                        "{rejected} rejected").format(
            added=counts.added, updated=counts.updated, duplicates=counts.duplicates,
            rejected=counts.rejected))
        if rejects is not None:
            print(translate("CLI", "The rejected rows and their problems are in {path}: correct "
                            "them there and import that file.").format(path=rejects), file=sys.stderr)
    finally:
        store.close()
    return 1 if counts.rejected else 0


def _cmd_summary_casualties(args: argparse.Namespace) -> int:
    import json

    from cmdesk.casualties import code_labels, summarise

    catalog = load_catalog()
    store = _open_to_read(args, catalog)
    try:
        summary = summarise(store, args.year)
    finally:
        store.close()
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


def _cmd_export_values(args: argparse.Namespace) -> int:
    from cmdesk.exchange import export_values_csv

    store = _open_to_read(args, load_catalog())
    try:
        count = export_values_csv(store, args.year, args.out)
        print(translate("CLI", "{n} value(s) of {year} written to {path}").format(
            n=count, year=args.year, path=args.out))
    finally:
        store.close()
    return 0


def _cmd_import_requests(args: argparse.Namespace) -> int:
    from cmdesk.exchange import apply_requests_import, plan_requests_import

    catalog = load_catalog()
    store = Store.open(args.db, catalog, args.user)
    try:
        plan = plan_requests_import(store, catalog, args.file, args.year)
        if plan.problems:
            for problem in plan.problems:
                print(translate("CLI", "{file}: row {row}, column {column}: '{text}': {reason}").format(
                    file=args.file, row=problem.row, column=problem.column,
                    text=_one_line(problem.text), reason=problem.reason), file=sys.stderr)
            print(translate("CLI", "{n} problem(s); nothing was imported. Correct the file and import "
                            "it again.").format(n=len(plan.problems)), file=sys.stderr)
            return 1
        counts = apply_requests_import(store, plan)
        print(translate("CLI", "Committee's requests for {year}: {added} added, {changed} changed, "
                        "{unchanged} unchanged").format(year=args.year, **counts))
    finally:
        store.close()
    return 0


def _cmd_export_document(args: argparse.Namespace) -> int:
    from cmdesk.reports import export_document

    catalog = load_catalog()
    store = _open_to_read(args, catalog)
    try:
        result = export_document(args.what, store, catalog, args.year, args.out, draft=args.draft)
        print(translate("CLI", "{path} written{draft}.").format(
            path=result.path, draft=translate("CLI", " (DRAFT)") if result.draft else ""))
    finally:
        store.close()
    return 0


def _finding_json(finding, acknowledgement) -> dict:
    return {
        "severity": finding.severity, "rule": finding.rule, "message": finding.message,
        "items": list(finding.items), "values": list(finding.values),
        "source": finding.source, "records": list(finding.records),
        "indicators": list(finding.indicators), "key": finding.key,
        "acknowledged": None if acknowledgement is None else {
            "reason": acknowledgement.reason, "who": acknowledgement.who, "at": acknowledgement.at},
    }


def _cmd_check(args: argparse.Namespace) -> int:
    import json

    from cmdesk.validation.year import acknowledge, find, review_year

    catalog = load_catalog()
    if args.acknowledge is not None:
        if not (args.reason or "").strip():
            raise CMDeskError(translate("CLI", "--acknowledge needs --reason TEXT: the reason is kept "
                                        "in the audit log."))
        store = Store.open(args.db, catalog, args.user, daily_backup=False)
        try:
            acknowledge(store, args.year, find(review_year(store, catalog, args.year), args.acknowledge),
                        args.reason)
        finally:
            store.close()
    store = _open_to_read(args, catalog)
    try:
        review = review_year(store, catalog, args.year)
        years = store.years.with_data()
    finally:
        store.close()
    if args.year not in years:
        raise CMDeskError(translate("CLI", "{path} holds nothing for {year} (years with data: "
                                    "{years}); there is nothing to check.").format(
            path=args.db, year=args.year, years=", ".join(map(str, years)) or translate("CLI", "none")))
    blocking = len(review.blocking)
    if args.json:
        print(json.dumps([_finding_json(f, review.acknowledgement(f)) for f in review.findings],
                         ensure_ascii=False, indent=2))
        return 1 if blocking else 0
    counts = review.counts()
    print(translate("CLI", "Checks of {year}: {errors} error(s), {warnings} warning(s), {questions} "
                    "question(s) to look at; {acknowledged} acknowledged.").format(
        year=args.year, errors=counts["error"], warnings=counts["warning"],
        questions=counts["question"], acknowledged=len(review.findings) - sum(counts.values())))
    severities = {"error": translate("CLI", "ERROR"), "warning": translate("CLI", "WARNING"),
                  "question": translate("CLI", "QUESTION")}
    for finding in review.findings:
        where = finding.source or translate("CLI", "national")
        if finding.records:
            where = translate("CLI", "register")
        elif finding.indicators:
            where = translate("CLI", "narrative")
        print(f"{severities[finding.severity]:<9} [{where}] {finding.message}")
        print("          " + translate("CLI", "rule {rule}; key {key}").format(
            rule=finding.rule, key=finding.key))
        acknowledgement = review.acknowledgement(finding)
        if acknowledgement:
            print("          " + translate("CLI", "acknowledged by {who} on {at}: {reason}").format(
                who=acknowledgement.who, at=acknowledgement.at[:10], reason=acknowledgement.reason))
    if blocking:
        print(translate("CLI", "{n} error(s) block the year's submission: correct them, or acknowledge "
                        "each with `cmdesk check --year {year} --db PATH --acknowledge KEY --reason "
                        "TEXT`.").format(n=blocking, year=args.year))
    return 1 if blocking else 0


def _cmd_completeness(args: argparse.Namespace) -> int:
    import json

    from cmdesk.completeness import completeness, status_labels, summary_text

    store = _open_to_read(args, load_catalog())
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


def _date_argument(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "CLI", "'{text}' is not a date: give it as YYYY-MM-DD").format(text=text)) from None


def _when(at: str | None) -> str:
    """An audit time as people read it: 2025-04-30 09:15 (UTC, as stored)."""
    return (at or "").replace("T", " ")[:16]


def _cmd_year_status(args: argparse.Namespace) -> int:
    from cmdesk import signoff

    catalog = load_catalog()
    store = _open_to_read(args, catalog)
    try:
        status = signoff.year_status(store, args.year)
        blocking = [] if status.frozen else signoff.blocking_findings(store, store.catalog, args.year)
        documents = {s.id: len(store.snapshots.documents(s.id)) for s in status.snapshots}
    finally:
        store.close()
    if status.changed_by:
        print(translate("CLI", "{year}: {status} (by {who} on {at} UTC)").format(
            year=args.year, status=status.label, who=status.changed_by, at=_when(status.changed_at)))
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
                at=_when(change["at"]), who=change["who"],
                old=signoff.status_label(change["old_status"]),
                new=signoff.status_label(change["new_status"]))
            print(f"{line}: {_one_line(change['reason'])}" if change["reason"] else line)
    if status.snapshots:
        print(translate("CLI", "Snapshots (kept at each submission):"))
        for snapshot in status.snapshots:
            print(translate("CLI", "  {id}  {at}  {who}  ({n} documents)").format(
                id=snapshot.id[:8], at=_when(snapshot.taken_at), who=snapshot.taken_by,
                n=documents[snapshot.id]))
    else:
        print(translate("CLI", "No snapshots: one is kept when the year is submitted."))
    return 0


def _print_blocking(error) -> int:
    for finding in error.findings:
        print(translate("CLI", "error: {message}").format(message=_one_line(finding.message)),
              file=sys.stderr)
    print(f"cmdesk: {error}", file=sys.stderr)
    return 1


def _cmd_year_mark_checked(args: argparse.Namespace) -> int:
    from cmdesk import signoff

    store = Store.open(args.db, load_catalog(), args.user, daily_backup=False)
    try:
        try:
            signoff.mark_checked(store, store.catalog, args.year, args.reason or "")
        except signoff.SignOffBlocked as blocked:
            return _print_blocking(blocked)
        print(translate("CLI", "{year} is marked as checked.").format(year=args.year))
    finally:
        store.close()
    return 0


def _cmd_year_submit(args: argparse.Namespace) -> int:
    from cmdesk import signoff

    store = Store.open(args.db, load_catalog(), args.user, daily_backup=False)
    try:
        try:
            snapshot = signoff.submit(store, store.catalog, args.year, reason=args.reason or "")
        except signoff.SignOffBlocked as blocked:
            return _print_blocking(blocked)
        documents = store.snapshots.documents(snapshot.id)
        print(translate("CLI", "{year} is submitted. Snapshot {id} keeps its data and the {n} "
                        "documents produced: {names}.").format(
            year=args.year, id=snapshot.id[:8], n=len(documents),
            names=", ".join(d.file_name for d in documents)))
        print(translate("CLI", "The year is now frozen; `cmdesk year reopen --year {year} --reason "
                        "TEXT` to change it.").format(year=args.year))
    finally:
        store.close()
    return 0


def _cmd_year_reopen(args: argparse.Namespace) -> int:
    from cmdesk import signoff

    store = Store.open(args.db, load_catalog(), args.user, daily_backup=False)
    try:
        signoff.reopen(store, args.year, args.reason)
        print(translate("CLI", "{year} is a draft again; its snapshots are kept.").format(year=args.year))
    finally:
        store.close()
    return 0


def _cmd_year_compare(args: argparse.Namespace) -> int:
    import json

    from cmdesk import signoff

    catalog = load_catalog()
    store = _open_to_read(args, catalog)
    try:
        comparison = signoff.compare_year(store, store.catalog, args.year, args.snapshot, args.other)
        if args.json:
            print(json.dumps(comparison.as_json(personal=args.personal), ensure_ascii=False, indent=2))
        else:
            for line in signoff.comparison_text(comparison, store.catalog, personal=args.personal):
                print(line)
    finally:
        store.close()
    return 0


def _cmd_year_documents(args: argparse.Namespace) -> int:
    from cmdesk import signoff

    catalog = load_catalog()
    store = _open_to_read(args, catalog)
    try:
        snapshot = (store.snapshots.find(args.year, args.snapshot) if args.snapshot
                    else store.snapshots.latest(args.year))
        if snapshot is None:
            raise CMDeskError(translate("CLI", "{year} has no snapshot yet: one is kept when the "
                                        "year is submitted.").format(year=args.year))
        written = signoff.save_snapshot_documents(store, snapshot.id, args.out, overwrite=args.replace)
    finally:
        store.close()
    for path in written:
        print(path)
    print(translate("CLI", "{n} document(s) of the snapshot {id} ({at}) written.").format(
        n=len(written), id=snapshot.id[:8], at=_when(snapshot.taken_at)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cmdesk",
        description=translate("CLI", "CMDesk: victim-assistance reporting for CMAA. With no command, "
                       "opens the CMDesk window (on the last database, or a demo one)."),
    )
    parser.add_argument("--version", action="version", version=f"CMDesk {__version__}")
    parser.add_argument("--db", type=Path, help=translate("CLI", "the database to open in the window"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, handler, *, needs_db: bool = True, parent=commands):
        sub = parent.add_parser(name, help=help_text, description=help_text)
        if needs_db:
            sub.add_argument("--db", type=Path, required=True, help=translate("CLI", "the database file"))
        sub.add_argument(
            "--user", default=default_user(),
            help=translate("CLI", "name written to the audit log (default: your login name)"),
        )
        sub.set_defaults(handler=handler)
        return sub

    init = command("init", translate("CLI", "create an empty database with the reference data"), _cmd_init)
    init.add_argument(
        "--office", default="hq",
        help=translate("CLI", "the office the database belongs to: 'hq' (default) or a province name or code"),
    )
    command("demo", translate("CLI", "create the demo database (Cambodia's published 2024 figures)"), _cmd_demo)
    command("info", translate("CLI", "print the office, schema version, years present and row counts"), _cmd_info)
    command("check-db", translate("CLI", "run SQLite's integrity check on a database (read-only)"), _cmd_check_db)
    backup = command(
        "backup", translate("CLI", "copy the database into its backup folder, or to --out"), _cmd_backup
    )
    backup.add_argument("--out", type=Path, help=translate("CLI", "write the copy to this file instead"))

    check = command(
        "check", translate("CLI", "run every check over a year and list the findings; exits 1 "
                           "when errors nobody acknowledged remain"), _cmd_check)
    check.add_argument("--year", type=int, required=True, help=translate("CLI", "the reporting year"))
    check.add_argument("--json", action="store_true", help=translate(
        "CLI", "print a JSON list of findings (severity, rule, message, items, values, ...)"))
    check.add_argument("--acknowledge", metavar="KEY", help=translate(
        "CLI", "first acknowledge the finding with this key (as printed), with --reason"))
    check.add_argument("--reason", metavar="TEXT", help=translate(
        "CLI", "why the finding is accepted (kept in the audit log)"))

    def group(name: str, help_text: str):
        """A command whose subcommands say what it acts on (`import values`, ...)."""
        sub = commands.add_parser(name, help=help_text, description=help_text)
        return sub.add_subparsers(dest="what", metavar="WHAT", required=True)

    imports = group("import", translate("CLI", "import data from a file (every row is checked before anything is written)"))
    values_in = command(
        "values", translate("CLI", "import aggregate values from a CSV file "
                            "(year,source,item,part,value,comment; see docs/values-csv.md)"),
        _cmd_import_values, parent=imports,
    )
    values_in.add_argument("file", type=Path, metavar="FILE.csv", help=translate("CLI", "the CSV file"))
    casualties_in = command(
        "casualties", translate("CLI", "import casualty records from a CSV or xlsx file (see "
                                "docs/casualties-import.md); rows with problems are rejected and "
                                "written to a report file, the others imported"),
        _cmd_import_casualties, parent=imports,
    )
    casualties_in.add_argument("file", type=Path, metavar="FILE", help=translate(
        "CLI", "the .csv or .xlsx file"))
    casualties_in.add_argument("--map", type=Path, metavar="MAP.json", help=translate(
        "CLI", "a JSON object mapping the file's headers to CMDesk's columns (null: ignore)"))
    casualties_in.add_argument("--rejects", type=Path, metavar="FILE", help=translate(
        "CLI", "where to write the rejected rows (default: FILE-rejected.csv beside the file)"))
    exports = group("export", translate("CLI", "export data to a file"))
    values_out = command(
        "values", translate("CLI", "export a year's aggregate values to a CSV file that "
                            "`cmdesk import values` reads back"),
        _cmd_export_values, parent=exports,
    )
    values_out.add_argument("--year", type=int, required=True, help=translate("CLI", "the reporting year"))
    values_out.add_argument("--out", type=Path, required=True, help=translate("CLI", "the CSV file to write"))
    summaries = group("summary", translate("CLI", "print the figures the reports quote"))
    casualties_summary = command(
        "casualties", translate("CLI", "the casualty register's summary for a year, or all years "
                                "with a per-year series"),
        _cmd_summary_casualties, parent=summaries,
    )
    casualties_summary.add_argument("--year", type=int, help=translate(
        "CLI", "the year (default: all years)"))
    casualties_summary.add_argument("--json", action="store_true", help=translate(
        "CLI", "print JSON (keys as in docs/casualties-import.md)"))
    requests_in = command(
        "requests", translate("CLI", "import the Committee's requests from its SRAAP tracker "
                              "spreadsheet (.xlsx, the layout `cmdesk export sraap` writes)"),
        _cmd_import_requests, parent=imports,
    )
    requests_in.add_argument("file", type=Path, metavar="FILE.xlsx", help=translate("CLI", "the tracker"))
    requests_in.add_argument("--year", type=int, required=True, help=translate(
        "CLI", "the reporting year whose report answers these requests"))
    documents = {
        "sraap": translate("CLI", "write the SRAAP country reporting tracker (.xlsx or .pdf)"),
        "va-update": translate("CLI", "write the VA update to the Committee (.xlsx, .pdf or .docx)"),
        "form-j": translate("CLI", "write Form J of the Article 7 report (.xlsx, .pdf or .docx)"),
    }
    for name, help_text in documents.items():
        document = command(name, help_text, _cmd_export_document, parent=exports)
        document.add_argument("--year", type=int, required=True, help=translate("CLI", "the reporting year"))
        document.add_argument("--out", type=Path, required=True, help=translate(
            "CLI", "the file to write: FILE.xlsx, FILE.pdf or FILE.docx (Word: the VA update and Form J)"))
        document.add_argument("--draft", action="store_true", help=translate(
            "CLI", "export even though the year's figures have errors; every page is marked DRAFT"))
    completeness = command(
        "completeness", translate("CLI", "list, for each reporting source and section, whether a "
                                  "return is expected, its due date, when it was received and "
                                  "checked, and what is missing or overdue"),
        _cmd_completeness)
    completeness.add_argument("--year", type=int, required=True, help=translate(
        "CLI", "the reporting year"))
    completeness.add_argument("--on", type=_date_argument, metavar="YYYY-MM-DD", help=translate(
        "CLI", "judge what is overdue on this day (default: today)"))
    completeness.add_argument("--json", action="store_true", help=translate(
        "CLI", "print JSON: a list of objects with year, source, source_name, section, "
        "section_label, expected, due, received_on, received_from_data, checked_by, "
        "checked_at, status"))
    years = group("year", translate("CLI", "a reporting year's sign-off: status, mark as checked, "
                                   "submit (keeps a snapshot and freezes the year), reopen, compare"))
    year_commands = (
        ("status", translate("CLI", "print the year's status (Draft, Checked, Submitted), who set it "
                             "and when, its history and its snapshots"), _cmd_year_status),
        ("mark-checked", translate("CLI", "mark the year as checked (refused while it has "
                                   "unacknowledged errors)"), _cmd_year_mark_checked),
        ("submit", translate("CLI", "submit the year: keep a snapshot of its data and documents and "
                             "freeze it (refused, with the errors listed, while it has "
                             "unacknowledged errors)"), _cmd_year_submit),
        ("reopen", translate("CLI", "make a checked or submitted year a draft again, with a reason "
                             "(its snapshots are kept)"), _cmd_year_reopen),
        ("compare", translate("CLI", "what changed since a snapshot (default: the latest) in today's "
                              "data, or in another snapshot, by whom and when"), _cmd_year_compare),
        ("documents", translate("CLI", "write the documents a snapshot kept (as they were sent) into "
                                "a folder"), _cmd_year_documents),
    )
    for name, help_text, handler in year_commands:
        sub = command(name, help_text, handler, parent=years)
        sub.add_argument("--year", type=int, required=True, help=translate("CLI", "the reporting year"))
        if name in ("mark-checked", "submit", "reopen"):
            sub.add_argument("--reason", required=name == "reopen", metavar="TEXT", help=translate(
                "CLI", "why (kept in the audit log); required to reopen"))
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
    return parser


def main(argv: Sequence[str] | None = None, open_gui: GuiLauncher | None = None) -> int:
    """Run the command line; with no command, open the GUI (`open_gui`, or the one
    registered under the `cmdesk.gui` entry point)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            launcher = open_gui or _find_gui()
            return launcher(args.db)
        gc.enable()  # main.py switches the collector off for the window's start-up only
        return args.handler(args)
    except CMDeskError as error:
        print(f"cmdesk: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`cmdesk info ... | head -1`): stop quietly. What is left
        # in stdout's buffer goes nowhere, not into a second error at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
