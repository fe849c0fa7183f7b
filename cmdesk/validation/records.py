"""The casualty-record rules (kind "record" in rules.toml) over some records.

A record is checked by the importer and the form before it is stored
(`cmdesk.casualties.check_record`), so these rules catch what got in another way
or became wrong later: a database merged from a provincial office, an age the
importer accepted but nobody believes, a date that is now outside the year it is
counted in. They read only the fields named in `RECORD_RULE_NAMES`, never the
personal ones.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Mapping

from cmdesk.catalog import Catalog
from cmdesk.catalog.expressions import format_message
from cmdesk.catalog.rules import RECORD_RULE_FIELDS
from cmdesk.i18n import translate
from cmdesk.validation import Finding, by_severity, parsed_when


def record_label(record: Mapping) -> str:
    """How a finding names a record without personal data: its CMVIS number, else
    its date and province."""
    if record.get("source_id"):
        return str(record["source_id"])
    return translate("Checks", "of {date} in {province}").format(
        date=record.get("incident_date") or translate("Checks", "unknown date"),
        province=record.get("province_code") or translate("Checks", "unknown province"))


def record_names(record: Mapping, year: int, today: dt.date) -> dict[str, object]:
    """The names a record rule can use, for `record` counted in `year`."""
    date = record.get("incident_date") or None
    names = {name: record.get(name) for name in RECORD_RULE_FIELDS}
    names.update(date_year=int(date[:4]) if date else None, year=year, today=today.isoformat(),
                 record=record_label(record))
    return names


def check_records(catalog: Catalog, records: Iterable[Mapping], year: int,
                  today: dt.date | None = None) -> list[Finding]:
    """Every finding of the catalog's record rules over `records` (dicts as the
    register stores them, with their `id`) counted in `year`, errors first."""
    rules = [rule for rule in catalog.rules if rule.kind == "record"]
    if not rules:
        return []
    today = today or dt.date.today()
    findings = []
    for record in records:
        names = record_names(record, year, today)
        for rule in rules:
            expression = parsed_when(rule)
            if expression.evaluate(names):
                findings.append(Finding(
                    rule.severity, rule.code, rule.description,
                    format_message(rule.message, names), (),
                    tuple(names[name] for name in expression.names if name not in ("today", "year")),
                    records=(str(record["id"]),)))
    return by_severity(findings)
