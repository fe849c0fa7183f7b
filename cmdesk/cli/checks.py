"""The year's review: `check` lists every finding and acknowledges one."""

from __future__ import annotations

import argparse

from cmdesk import i18n
from cmdesk.catalog import load_catalog
from cmdesk.cli.common import Commands, open_to_read, year_argument
from cmdesk.errors import CMDeskError
from cmdesk.i18n import translate
from cmdesk.store import Store


def register(commands: Commands) -> None:
    check = commands.add(
        "check", translate("CLI", "run every check over a year and list the findings; exits 1 "
                           "when errors nobody acknowledged remain"), _cmd_check)
    check.add_argument("--year", type=year_argument, required=True, help=translate("CLI", "the reporting year"))
    check.add_argument("--json", action="store_true", help=translate(
        "CLI", "print a JSON list of findings (severity, rule, message, items, values, ...)"))
    check.add_argument("--acknowledge", metavar="KEY", help=translate(
        "CLI", "first acknowledge the finding with this key (as printed), with --reason"))
    check.add_argument("--reason", metavar="TEXT", help=translate(
        "CLI", "why the finding is accepted (kept in the audit log)"))


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
        # One open: the acknowledging one reads the review afterwards.
        store = Store.open(args.db, catalog, args.user, daily_backup=False)
        try:
            acknowledge(store, args.year, find(review_year(store, catalog, args.year), args.acknowledge),
                        args.reason)
        except BaseException:
            store.close()
            raise
    else:
        store = open_to_read(args, catalog)
    try:
        if i18n.current_language() == i18n.KHMER and not args.json:  # findings' words in Khmer
            from cmdesk.catalog.khmer import in_khmer

            catalog = in_khmer(store.catalog)
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
        message = finding.message.replace(i18n.ZWSP, "")  # Khmer labels' word breaks: not for terminals
        print(f"{severities[finding.severity]:<9} [{where}] {message}")
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
