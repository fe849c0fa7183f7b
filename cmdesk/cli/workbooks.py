"""Collection workbooks (docs/workbooks.md): `workbook write`, `workbook read`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cmdesk.catalog import load_catalog
from cmdesk.cli.common import Commands, one_line, year_argument
from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.store import Store


def register(commands: Commands) -> None:
    write = commands.add(
        "write", translate("CLI", "write the collection workbook (.xlsx) each reporting source fills "
                           "for a year: the sections it is expected to return, protected, with "
                           "last year's figures beside each row"),
        _cmd_write, group="workbook",
    )
    write.add_argument("--year", type=year_argument, required=True, help=translate("CLI", "the reporting year"))
    which = write.add_mutually_exclusive_group(required=True)
    which.add_argument("--source", help=translate("CLI", "the reporting source's code (e.g. prc.02, hi)"))
    which.add_argument("--all", action="store_true",
                       help=translate("CLI", "every source expected to send figures for the year"))
    write.add_argument("--out", type=Path, required=True, help=translate(
        "CLI", "the .xlsx file to write (with --source), or the folder to write them into"))
    write.add_argument("--replace", action="store_true",
                       help=translate("CLI", "replace workbooks already there"))
    write.set_defaults(out_is_folder=lambda args: args.all)  # checked before anything opens
    read = commands.add(
        "read", translate("CLI", "read filled collection workbooks back: every cell is checked; "
                          "a workbook with any problem is listed and nothing of it is written"),
        _cmd_read, group="workbook",
    )
    read.add_argument("files", type=Path, nargs="+", metavar="FILE.xlsx",
                      help=translate("CLI", "the filled workbooks"))
    read.add_argument("--dry-run", action="store_true",
                      help=translate("CLI", "check and show what would change; write nothing"))
    read.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))


def _cmd_write(args: argparse.Namespace) -> int:
    from cmdesk.exchange import workbooks

    store = Store.open(args.db, load_catalog(), args.user)
    try:
        catalog = store.catalog
        if args.all or args.out.suffix.lower() != ".xlsx":
            written = workbooks.write_workbooks(
                store, catalog, args.year, args.out, None if args.all else [args.source],
                replace=args.replace)
        else:
            if args.out.exists() and not args.replace:
                raise InputError(translate("CLI", "{path} already exists. Give --replace to "
                                           "replace it.").format(path=args.out))
            plan = workbooks.plan_workbook(store, catalog, args.year, args.source)
            written = [workbooks.write_workbook(store, catalog, plan, args.out)]
        for done in written:
            plan = done.plan
            to = plan.contact or translate("CLI", "no e-mail entered")
            print(translate("CLI", "{path}: {source} ({to}), {sections}, due {due}").format(
                path=done.path, source=plan.source.name, to=to,
                sections=", ".join(s.label for s in plan.sections),
                due=plan.due.isoformat() if plan.due else "-"))
    finally:
        store.close()
    return 0


def _cmd_read(args: argparse.Namespace) -> int:
    from cmdesk.exchange import workbooks

    store = Store.open(args.db, load_catalog(), args.user, read_only=args.dry_run)
    failed = False
    report: list[dict[str, object]] = []
    try:
        for path in args.files:
            try:
                plan = workbooks.plan_workbook_read(store, store.catalog, path)
            except InputError as error:
                failed = True
                report.append({"file": str(path), "refused": str(error)})
                if not args.json:
                    print(f"cmdesk: {error}", file=sys.stderr)
                continue
            entry = {
                "file": str(path), "source": plan.source, "year": plan.year,
                "added": plan.counts.added, "changed": plan.counts.changed,
                "unchanged": plan.counts.unchanged,
                "problems": [p._asdict() for p in plan.problems],
                "notes": [p._asdict() for p in plan.notes],
                "changes": [{"place": p.place, "item": p.item, "part": p.part, "old": p.old_value,
                             "new": p.value, "comment": p.comment} for p in plan.changes],
                "applied": False, "received": [],
            }
            report.append(entry)
            if plan.problems:
                failed = True
                if not args.json:
                    for problem in plan.problems:
                        print(translate("CLI", "{file}: {place}: '{text}': {reason}").format(
                            file=path.name, place=problem.place, text=one_line(problem.text),
                            reason=one_line(problem.reason)), file=sys.stderr)
                    print(translate("CLI", "{file}: {n} problem(s); nothing of it was read into the "
                                    "database.").format(file=path.name, n=len(plan.problems)),
                          file=sys.stderr)
                continue
            if not args.json:
                for note in plan.notes:
                    print(translate("CLI", "{file}: note: {place}: '{text}': {reason}").format(
                        file=path.name, place=note.place, text=one_line(note.text),
                        reason=one_line(note.reason)))
                for change in plan.changes:
                    old = "-" if change.old_value is None else f"{change.old_value:,}"
                    print(translate("CLI", "{file}: {place}: {item} {part}: {old} -> {new}").format(
                        file=path.name, place=change.place, item=change.item, part=change.part,
                        old=old, new=f"{change.value:,}"))
            if args.dry_run:
                if not args.json:
                    print(translate("CLI", "{file}: {source} {year}: would add {added}, change "
                                    "{changed}, leave {unchanged} as they are (dry run: nothing "
                                    "written)").format(file=path.name, source=plan.source,
                                                       year=plan.year, **plan.counts._asdict()))
                continue
            applied = workbooks.apply_workbook_read(store, store.catalog, plan)
            entry.update(applied=bool(plan.changes), received=list(applied.received))
            if not args.json:
                if not plan.planned:
                    print(translate("CLI", "{file}: {source} {year}: no figure is filled in; nothing "
                                    "changed").format(file=path.name, source=plan.source,
                                                      year=plan.year))
                elif not plan.changes:
                    print(translate("CLI", "{file}: {source} {year}: every figure is already stored; "
                                    "nothing changed").format(file=path.name, source=plan.source,
                                                              year=plan.year))
                else:
                    print(translate("CLI", "{file}: {source} {year}: {added} added, {changed} "
                                    "changed, {unchanged} unchanged; received: {received}").format(
                        file=path.name, source=plan.source, year=plan.year,
                        received=", ".join(applied.received) or "-", **applied.counts._asdict()))
    finally:
        store.close()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    return 1 if failed else 0
