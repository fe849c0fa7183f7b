"""Commands on the database file itself: init, demo, info, check-db, backup, restore,
migrate."""

from __future__ import annotations

import argparse
from pathlib import Path

from cmdesk.catalog import load_catalog
from cmdesk.cli.common import Commands
from cmdesk.errors import DatabaseNeedsMigrationError, InputError
from cmdesk.i18n import translate
from cmdesk.store import SCHEMA_VERSION, Store, integrity_check, probe


def register(commands: Commands) -> None:
    init = commands.add("init", translate("CLI", "create an empty database with the reference data"), _cmd_init)
    init.add_argument(
        "--office", default="hq",
        help=translate("CLI", "the office the database belongs to: 'hq' (default) or a province name or code"),
    )
    commands.add("demo", translate("CLI", "create the demo database (Cambodia's published 2024 figures)"), _cmd_demo)
    commands.add("info", translate("CLI", "print the office, schema version, years present and row counts"), _cmd_info)
    commands.add("check-db", translate("CLI", "run SQLite's integrity check on a database (read-only)"),
                 _cmd_check_db)
    backup = commands.add(
        "backup", translate("CLI", "copy the database into its backup folder, or to --out"), _cmd_backup
    )
    backup.add_argument("--out", type=Path, help=translate("CLI", "write the copy to this file instead"))
    backup.add_argument("--replace", action="store_true", help=translate(
        "CLI", "replace the file given with --out when it exists (else it is refused)"))
    restore = commands.add(
        "restore", translate("CLI", "replace the database's content with a backup's (the current "
                             "content is backed up first; the same as File > Restore from backup)"),
        _cmd_restore)
    restore.add_argument("backup_file", type=Path, metavar="BACKUP", help=translate(
        "CLI", "the backup to restore (a file in the database's backup folder, or any copy)"))
    commands.add("migrate", translate("CLI", "update a database made by an older CMDesk to this "
                                      "version's schema, after a backup (as the window does)"),
                 _cmd_migrate)


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
    try:
        store = Store.open(args.db, load_catalog(), args.user, read_only=True, refuse_older=True)
    except DatabaseNeedsMigrationError:
        found = probe(args.db)
        print(translate("CLI", "Database:       {path}").format(path=args.db))
        print(translate("CLI", "Schema version: {have} of {known} (made by an older CMDesk: `cmdesk "
                 "migrate --db {path}` or the window updates it, after a backup)").format(
            have=found.schema_version, known=SCHEMA_VERSION, path=args.db))
        return 0
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
    if args.replace and not args.out:
        raise InputError(translate("CLI", "--replace goes with --out FILE: the backup folder's "
                                   "copies are never replaced."))
    store = Store.open(args.db, load_catalog(), args.user, daily_backup=False)
    try:
        if args.out:
            path = store.save_copy(args.out, replace=args.replace)
        else:
            path = store.backup("manual")
        print(translate("CLI", "Backup written to {path}").format(path=path))
    finally:
        store.close()
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    store = Store.open(args.db, load_catalog(), args.user, daily_backup=False)
    try:
        safety = store.restore(args.backup_file)
        print(translate("CLI", "{path} restored from {backup}. Its content before the restore was "
                        "kept in {safety}.").format(path=args.db, backup=args.backup_file, safety=safety))
    finally:
        store.close()
    return 0


def _cmd_migrate(args: argparse.Namespace) -> int:
    before = probe(args.db)
    store = Store.open(args.db, load_catalog(), args.user, daily_backup=False)
    try:
        if not before.needs_migration:
            print(translate("CLI", "{path} is up to date (schema version {version}).").format(
                path=args.db, version=store.schema_version))
            return 0
        safety = [b for b in store.list_backups() if b.reason == "before-migration"]
        print(translate("CLI", "{path} updated from schema version {old} to {new}; a copy as it "
                        "was is in {backup}.").format(
            path=args.db, old=before.schema_version, new=store.schema_version,
            backup=safety[0].path if safety else "?"))
    finally:
        store.close()
    return 0
