"""Exchange packages between headquarters and the provincial offices
(docs/exchange.md): `province create|pair-code|pair|list`, `send`, `receive`,
`conflicts`, `resolve`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cmdesk.catalog import load_catalog
from cmdesk.cli.common import Commands, finish_sort_indexes, one_line, open_to_read, when, year_argument
from cmdesk.i18n import translate
from cmdesk.store import Store


def register(commands: Commands) -> None:
    create = commands.add(
        "create", translate("CLI", "at headquarters: make a provincial database, paired with this "
                            "one (HQ's catalog and sources, the province's rows HQ holds)"),
        _cmd_province_create, group="province")
    create.add_argument("--office", required=True, help=translate(
        "CLI", "the province, by name or code (Battambang, 02)"))
    create.add_argument("--out", type=Path, required=True, help=translate(
        "CLI", "the provincial database to write"))
    create.add_argument("--personal-fields", action="store_true", help=translate(
        "CLI", "casualties' names, villages and coordinates travel in this pair's packages "
        "(default: they do not)"))
    code = commands.add(
        "pair-code", translate("CLI", "at headquarters: pair a province whose database was made "
                               "by `cmdesk init`, and print its one-line pairing code (once)"),
        _cmd_province_pair_code, group="province")
    code.add_argument("--office", required=True, help=translate(
        "CLI", "the province, by name or code (Battambang, 02)"))
    code.add_argument("--personal-fields", action="store_true", help=translate(
        "CLI", "casualties' names, villages and coordinates travel in this pair's packages "
        "(default: they do not)"))
    pair = commands.add(
        "pair", translate("CLI", "in a province: pair this database with headquarters from the "
                          "code HQ gave"), _cmd_province_pair, group="province")
    pair.add_argument("--code", required=True, help=translate("CLI", "the pairing code, one line"))
    commands.add("list", translate("CLI", "list the offices this database exchanges with: last "
                                   "package sent and received, conflicts waiting (reads only)"),
                 _cmd_province_list, group="province")

    send = commands.add(
        "send", translate("CLI", "write a package (.cmdx) with everything changed here that the "
                          "other office has not acknowledged"), _cmd_send)
    send.add_argument("--office", help=translate(
        "CLI", "at headquarters: the province to send to (a province sends to HQ)"))
    send.add_argument("--out", type=Path, required=True, help=translate("CLI", "the package to write"))

    receive = commands.add(
        "receive", translate("CLI", "check a package and merge it field by field, in one "
                             "transaction; conflicts wait for a person"), _cmd_receive)
    receive.add_argument("file", type=Path, metavar="FILE.cmdx", help=translate("CLI", "the package"))
    receive.add_argument("--dry-run", action="store_true", help=translate(
        "CLI", "only say what it would add, change, delete, refuse and put in conflict"))
    receive.add_argument("--json", action="store_true", help=translate(
        "CLI", "print JSON: from, seq, acknowledged, applied, counts, items (table, key, "
        "field, outcome, detail, old, new), possible_duplicates, returns_recorded"))

    conflicts = commands.add(
        "conflicts", translate("CLI", "list the open conflicts: the row, the field, the base "
                               "value, each side's value with who and when (reads only)"),
        _cmd_conflicts)
    conflicts.add_argument("--year", type=year_argument, help=translate("CLI", "only those touching this year"))
    conflicts.add_argument("--json", action="store_true", help=translate(
        "CLI", "print JSON: a list of objects with key, peer_office, table, row_key, field, "
        "kind, year, base, mine, theirs, theirs_who, theirs_at, mine_who, mine_at"))

    resolve = commands.add(
        "resolve", translate("CLI", "settle a conflict: keep mine, take theirs, or give a value; "
                             "the choice travels in the next package"), _cmd_resolve)
    resolve.add_argument("key", metavar="KEY", help=translate(
        "CLI", "the conflict's key (as `cmdesk conflicts` lists it)"))
    resolve.add_argument("--take", required=True, metavar="mine|theirs|VALUE", help=translate(
        "CLI", "mine, theirs, or the value to write"))


def _office(catalog, text: str):
    return catalog.resolve_office(text)


def _cmd_province_create(args: argparse.Namespace) -> int:
    from cmdesk.exchange.packages import create_province

    catalog = load_catalog()
    office = _office(catalog, args.office)
    hq = Store.open(args.db, catalog, args.user)
    try:
        province = create_province(hq, catalog, office, args.out,
                                   personal_fields=args.personal_fields)
        counts = province.counts()
        province.close()
    finally:
        hq.close()
    print(translate("CLI", "Created {path} for {office}, paired with {db}: {records} casualty "
                    "record(s), {values} value(s). Give the file to the province.").format(
                        path=args.out, office=office.name, db=args.db,
                        records=counts["casualties"], values=counts["aggregate_values"]))
    return 0


def _cmd_province_pair_code(args: argparse.Namespace) -> int:
    from cmdesk.exchange.packages import pairing_code

    catalog = load_catalog()
    office = _office(catalog, args.office)
    hq = Store.open(args.db, catalog, args.user)
    try:
        code = pairing_code(hq, office, personal_fields=args.personal_fields)
    finally:
        hq.close()
    print(translate("CLI", "Pairing code for {office} (shown once; give it in person or by "
                    "telephone: whoever holds it can sign packages for the province):").format(
                        office=office.name))
    print(code)
    return 0


def _cmd_province_pair(args: argparse.Namespace) -> int:
    from cmdesk.exchange.packages import pair_with_code

    store = Store.open(args.db, load_catalog(), args.user)
    try:
        pair = pair_with_code(store, args.code)
    finally:
        store.close()
    print(translate("CLI", "{db} is paired with {office}: send it a package with `cmdesk send`.")
          .format(db=args.db, office=pair.peer_name))
    return 0


def _cmd_province_list(args: argparse.Namespace) -> int:
    store = open_to_read(args, load_catalog())
    try:
        pairs = store.exchange.pairs()
        waiting: dict[str, int] = {}
        for conflict in store.exchange.conflicts():
            waiting[conflict["peer_office"]] = waiting.get(conflict["peer_office"], 0) + 1
    finally:
        store.close()
    if not pairs:
        print(translate("CLI", "This database is not paired with any office."))
        return 0
    for pair in pairs:
        print(translate("CLI", "{office} ({code}): package {sent} sent {sent_at}, package "
                        "{received} received {received_at}, {acked} acknowledged; {n} conflict(s) "
                        "waiting").format(
                            office=pair.peer_name, code=pair.peer_office, sent=pair.sent_seq,
                            sent_at=when(pair.last_sent_at) or "-", received=pair.received_seq,
                            received_at=when(pair.last_received_at) or "-", acked=pair.acked_seq,
                            n=waiting.get(pair.peer_office, 0)))
    return 0


def _cmd_send(args: argparse.Namespace) -> int:
    from cmdesk.exchange.packages import send

    catalog = load_catalog()
    store = Store.open(args.db, catalog, args.user)
    try:
        peer = None if args.office is None else (
            "hq" if args.office.strip().casefold() in ("hq", "headquarters")
            else _office(catalog, args.office).code)
        result = send(store, peer, args.out)
    finally:
        store.close()
    counts = result.counts
    total = {op: sum(ops[op] for ops in counts.values()) for op in ("add", "change", "delete")}
    print(translate("CLI", "Package {seq} written to {path}: {add} row(s) added, {change} changed, "
                    "{delete} deleted since the last acknowledged state; it acknowledges package "
                    "{ack} from the other office.").format(
                        seq=result.seq, path=result.path, ack=result.acknowledged, **total))
    return 0


_OUTCOMES = ("added", "changed", "deleted", "same", "conflict", "held", "refused")


def _outcome_labels() -> dict[str, str]:
    return {
        "added": translate("CLI", "added"), "changed": translate("CLI", "changed"),
        "deleted": translate("CLI", "deleted"), "same": translate("CLI", "already the same"),
        "conflict": translate("CLI", "in conflict"),
        "held": translate("CLI", "held (a submitted year)"),
        "refused": translate("CLI", "refused"),
    }


def _cmd_receive(args: argparse.Namespace) -> int:
    from cmdesk.exchange.packages import receive

    catalog = load_catalog()
    store = open_to_read(args, catalog) if args.dry_run else Store.open(args.db, catalog, args.user)
    try:
        receipt = receive(store, args.file, dry_run=args.dry_run)
        _print_receipt(args, receipt)
        if not args.dry_run:
            finish_sort_indexes(store)
    finally:
        store.close()
    return 0


def _print_receipt(args: argparse.Namespace, receipt) -> None:
    if args.json:
        print(json.dumps(receipt.as_json(), ensure_ascii=False, indent=2, default=str))
        return
    labels = _outcome_labels()
    head = (translate("CLI", "Package {seq} from {office} (dry run: nothing was changed):")
            if args.dry_run else translate("CLI", "Package {seq} from {office} received:"))
    print(head.format(seq=receipt.seq, office=receipt.peer_name))
    rows = sum(1 for item in receipt.items if item.field == "*" or item.outcome != "same")
    print("  " + ", ".join(f"{receipt.count(o)} {labels[o]}" for o in _OUTCOMES if o != "same"
                           or receipt.count(o)))
    if not rows and not receipt.changed_anything:
        print("  " + translate("CLI", "Nothing in it changes this database."))
    for item in receipt.items:
        if item.outcome in ("conflict", "held", "refused"):
            where = f"{item.table} {item.key}" + ("" if item.field == "*" else f" {item.field}")
            detail = f": {one_line(str(item.detail))}" if item.outcome == "refused" else ""
            print(f"  {labels[item.outcome]}: {where}{detail}")
    for new, other in receipt.duplicates:
        print("  " + translate("CLI", "possible duplicate: received record {new} looks like {other}")
              .format(new=new, other=other))
    for year, source, section in receipt.returns_recorded:
        print("  " + translate("CLI", "return recorded as received: {year}, {source}, {section}")
              .format(year=year, source=source, section=section))
    if receipt.count("conflict") or receipt.count("held"):
        print(translate("CLI", "List the conflicts with `cmdesk conflicts --db {db}` and settle each "
                        "with `cmdesk resolve KEY --take mine|theirs|VALUE`.").format(db=args.db))


def _cmd_conflicts(args: argparse.Namespace) -> int:
    from cmdesk.exchange.packages import conflicts

    store = open_to_read(args, load_catalog())
    try:
        found = conflicts(store, args.year)
    finally:
        store.close()
    if args.json:
        print(json.dumps([c.as_json() for c in found], ensure_ascii=False, indent=2, default=str))
        return 0
    if not found:
        print(translate("CLI", "No conflict is waiting."))
        return 0
    kinds = {
        "both_changed": translate("CLI", "both sides changed it"),
        "deleted_here": translate("CLI", "changed there, deleted here"),
        "deleted_there": translate("CLI", "deleted there, changed here"),
        "frozen": translate("CLI", "a submitted year here"),
    }
    for c in found:
        field = translate("CLI", "the whole row") if c.field == "*" else c.field
        print(f"{c.key}  {c.table} {c.row_key}  {field}  ({kinds.get(c.kind, c.kind)}; "
              f"{c.peer_name})")
        print("    " + translate("CLI", "base: {base!r}; mine: {mine!r} ({mine_who} {mine_at}); "
                                 "theirs: {theirs!r} ({theirs_who} {theirs_at})").format(
            base=c.base, mine=c.mine, mine_who=c.mine_who, mine_at=when(c.mine_at),
            theirs=c.theirs, theirs_who=c.theirs_who, theirs_at=when(c.theirs_at)))
    return 0


def _cmd_resolve(args: argparse.Namespace) -> int:
    from cmdesk.exchange.packages import resolve

    store = Store.open(args.db, load_catalog(), args.user)
    try:
        take = args.take if args.take in ("mine", "theirs") else "value"
        conflict = resolve(store, args.key, take, None if take != "value" else args.take)
    finally:
        store.close()
    print(translate("CLI", "Conflict {key} settled ({take}): it travels in the next package to "
                    "{office}.").format(key=conflict.key, take=args.take, office=conflict.peer_name))
    return 0
