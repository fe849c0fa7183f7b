"""Completeness of a reporting year: for each reporting source and section (a kind of
return: an item group's values, the funding lines, the casualty register), whether a
return is expected, when it is due, when it was received and who checked it.

- Expected and due: the defaults are catalog data (resources/catalog/returns.toml,
  cmdesk/catalog/returns.py); staff change them for one year (`set_expectation`),
  which the store keeps.
- Received: on the day the user records (`record_received`). Until then, data entered
  for that source and section is taken as the return having arrived: the earliest
  day one of its values (funding lines, casualty records) was entered is the
  suggested date received, marked as such (`received_from_data`). Figures in the
  database mean the return came, whoever typed them and when; recording the real
  date replaces the suggestion.
- Checked: who checked the figures and when (`record_checked`). Refused while the
  source's section still has unacknowledged errors (`section_errors`): a checked
  return is one whose figures are ready for the reports.
- Status: checked, else received, else not expected, else overdue (past its due
  date), else expected (not yet due). `today` is a parameter so that the status of
  a day can be reproduced.

Rows are listed for every source and section that is expected, or has anything
recorded for the year, or has data: a source that sent figures nobody expected shows
as received, and an expectation removed for the year shows as not expected.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Iterable, NamedTuple, Sequence

# Called by module attribute (year_checks.unacknowledged_errors): the checks engine
# decides which errors are acknowledged.
import cmdesk.review as year_checks
from cmdesk.catalog import Catalog
from cmdesk.catalog.returns import CASUALTIES, FUNDING, VALUES, ReturnDefaults, Section, load_returns
from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.store.rows import utc_now

if TYPE_CHECKING:
    from cmdesk.store import Store
    from cmdesk.validation import Finding

NOT_EXPECTED = "not_expected"
EXPECTED = "expected"
OVERDUE = "overdue"
RECEIVED = "received"
CHECKED = "checked"
STATUSES = (OVERDUE, EXPECTED, RECEIVED, CHECKED, NOT_EXPECTED)

NATIONAL_SOURCE = "national"


def status_labels() -> dict[str, str]:
    """Each status's label in the user's language, in STATUSES order."""
    return {
        OVERDUE: translate("Completeness", "Overdue"),
        EXPECTED: translate("Completeness", "Expected"),
        RECEIVED: translate("Completeness", "Received"),
        CHECKED: translate("Completeness", "Checked"),
        NOT_EXPECTED: translate("Completeness", "Not expected"),
    }


_ACRONYM = re.compile(r".*\(([^()]+)\)\s*")


def short_source_name(name: str) -> str:
    """The acronym a source's name ends with in brackets ("... (MoSVY)" -> "MoSVY"),
    else the whole name: what a narrow column or a summary line shows."""
    match = _ACRONYM.fullmatch(name)
    return match[1].strip() if match else name


def local_date(stamp: str) -> date:
    """The local calendar day of a stored UTC time stamp (ISO 8601)."""
    return datetime.fromisoformat(stamp).astimezone().date()


class ReturnStatus(NamedTuple):
    year: int
    source: str
    source_name: str
    section: str
    section_label: str
    expected: bool
    expected_by_default: bool  # what returns.toml says; `expected` may differ this year
    due: date
    due_by_default: bool  # `due` is returns.toml's date (not changed for this year)
    received_on: date | None  # recorded, else suggested from the data entered
    received_from_data: bool  # `received_on` is the suggestion, not a recorded date
    suggested_received_on: date | None  # the first day data was entered, if any
    checked_by: str | None
    checked_at: str | None  # UTC, ISO 8601
    status: str  # one of STATUSES

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.section)

    @property
    def source_short(self) -> str:
        return short_source_name(self.source_name)

    @property
    def received(self) -> bool:
        return self.received_on is not None

    @property
    def missing(self) -> bool:
        """Expected and not received (overdue, or not yet due)."""
        return self.expected and not self.received

    @property
    def days_late(self) -> int:
        """Days after its due date the return was received (0: on time, or not received)."""
        if self.received_on is None:
            return 0
        return max(0, (self.received_on - self.due).days)

    @property
    def checked_on(self) -> date | None:
        return None if self.checked_at is None else local_date(self.checked_at)

    def as_json(self) -> dict:
        return {
            "year": self.year,
            "source": self.source,
            "source_name": self.source_name,
            "section": self.section,
            "section_label": self.section_label,
            "expected": self.expected,
            "due": self.due.isoformat(),
            "received_on": None if self.received_on is None else self.received_on.isoformat(),
            "received_from_data": self.received_from_data,
            "checked_by": self.checked_by,
            "checked_at": self.checked_at,
            "status": self.status,
        }


def _status(expected: bool, due: date, received: bool, checked: bool, today: date) -> str:
    if checked:
        return CHECKED
    if received:
        return RECEIVED
    if not expected:
        return NOT_EXPECTED
    return OVERDUE if today > due else EXPECTED


def _data_dates(store: "Store", year: int, defaults: ReturnDefaults,
                expected: set[tuple[str, str]]) -> dict[tuple[str, str], date]:
    """{(source, section): the first day data was entered} for `year`. Funding lines
    and casualty records name no source: they count for each source expected to send
    their section."""
    dates = {}
    groups = {section.code for section in defaults.sections if section.data == VALUES}
    for (source, group), stamp in store.returns.values_first_entered(year).items():
        if group in groups:
            dates[(source, group)] = local_date(stamp)
    for section, entered in ((FUNDING, store.returns.funding_first_entered(year)),
                             (CASUALTIES, store.returns.casualties_first_entered(year))):
        if entered is not None:
            for source in {source for source, wanted in expected if wanted == section}:
                dates[(source, section)] = local_date(entered)
    return dates


def completeness(store: "Store", catalog: Catalog, year: int, today: date | None = None, *,
                 defaults: ReturnDefaults | None = None) -> list[ReturnStatus]:
    """Every return of `year` worth listing (see the module's docstring), in the
    catalog's order of sources, then of sections. `catalog` should be the database's
    (store.catalog) so that sources show the names given there."""
    today = today or date.today()
    defaults = defaults or load_returns(catalog)
    # A return whose recorded fields were all set back to the defaults is as if
    # nothing were recorded.
    recorded = {key: row for key, row in store.returns.for_year(year).items()
                if any(value is not None for value in row.values())}
    sections = defaults.sections

    def is_expected(source: str, section: str) -> bool:
        override = recorded.get((source, section), {}).get("expected")
        return defaults.is_expected(source, section) if override is None else bool(override)

    expected = {(s.code, sec.code) for s in catalog.sources for sec in sections
                if is_expected(s.code, sec.code)}
    data = _data_dates(store, year, defaults, expected)
    statuses = []
    for source in catalog.sources:
        for section in sections:
            key = (source.code, section.code)
            if key not in expected and key not in recorded and key not in data:
                continue
            row = recorded.get(key, {})
            due_text = row.get("due_date")
            due = section.default_due(year) if due_text is None else date.fromisoformat(due_text)
            received_text = row.get("received_on")
            suggested = data.get(key)
            received_on = date.fromisoformat(received_text) if received_text else suggested
            checked_at = row.get("checked_at")
            statuses.append(ReturnStatus(
                year=year,
                source=source.code,
                source_name=source.name,
                section=section.code,
                section_label=section.label,
                expected=key in expected,
                expected_by_default=defaults.is_expected(*key),
                due=due,
                due_by_default=due_text is None,
                received_on=received_on,
                received_from_data=received_text is None and suggested is not None,
                suggested_received_on=suggested,
                checked_by=row.get("checked_by"),
                checked_at=checked_at,
                status=_status(key in expected, due, received_on is not None,
                               checked_at is not None, today),
            ))
    return statuses


def missing_or_overdue(statuses: Sequence[ReturnStatus]) -> list[ReturnStatus]:
    """The returns expected and not received: the overdue ones first, then those not
    yet due; each by due date, then in the order given."""
    missing = [s for s in statuses if s.missing]
    return sorted(missing, key=lambda s: (s.status != OVERDUE, s.due))


class CompletenessCounts(NamedTuple):
    expected: int
    received: int  # of the expected ones (checked included)
    checked: int  # of the expected ones
    overdue: int
    not_yet_due: int


def counts(statuses: Sequence[ReturnStatus]) -> CompletenessCounts:
    expected = [s for s in statuses if s.expected]
    return CompletenessCounts(
        expected=len(expected),
        received=sum(s.received for s in expected),
        checked=sum(s.status == CHECKED for s in expected),
        overdue=sum(s.status == OVERDUE for s in expected),
        not_yet_due=sum(s.status == EXPECTED for s in expected),
    )


def summary_text(statuses: Sequence[ReturnStatus], year: int, named: int = 3) -> str:
    """One line on the year's returns: how many are expected, received and checked,
    and what is missing (the first `named` overdue returns by name)."""
    n = counts(statuses)
    if not n.expected:
        return translate("Completeness", "No returns are expected for {year}.").format(year=year)
    text = translate(
        "Completeness", "Returns for {year}: {expected} expected, {received} received, "
        "{checked} checked.").format(year=year, expected=n.expected, received=n.received,
                                     checked=n.checked)
    if n.received == n.expected:
        return text + " " + translate("Completeness", "Nothing is missing.")
    overdue = [s for s in missing_or_overdue(statuses) if s.status == OVERDUE]
    if overdue:
        names = "; ".join(f"{s.source_short}: {s.section_label}" for s in overdue[:named])
        if len(overdue) > named:
            names += "; " + translate("Completeness", "{n} more").format(n=len(overdue) - named)
        text += " " + translate("Completeness", "Overdue ({n}): {names}.").format(
            n=len(overdue), names=names)
    if n.not_yet_due:
        text += " " + translate("Completeness", "Not yet due: {n}.").format(n=n.not_yet_due)
    return text


# --- recording ------------------------------------------------------------------------


class SectionHasErrors(InputError):
    """A return cannot be marked checked while its figures have unacknowledged errors."""

    def __init__(self, message: str, findings: Sequence["Finding"]) -> None:
        super().__init__(message)
        self.findings = list(findings)


def _resolve(catalog: Catalog, defaults: ReturnDefaults, source: str,
             section: str) -> tuple[str, Section]:
    names = {s.code: s.name for s in catalog.sources}
    if source not in names:
        raise InputError(translate("Completeness", "Unknown reporting source '{source}'.")
                         .format(source=source))
    for known in defaults.sections:
        if known.code == section:
            return names[source], known
    raise InputError(translate("Completeness", "Unknown section '{section}' (known: {known}).")
                     .format(section=section, known=", ".join(s.code for s in defaults.sections)))


def _status_of(store: "Store", catalog: Catalog, year: int, source: str, section: str,
               today: date | None, defaults: ReturnDefaults) -> ReturnStatus | None:
    for status in completeness(store, catalog, year, today, defaults=defaults):
        if status.key == (source, section):
            return status
    return None


def _refusal(catalog: Catalog, defaults: ReturnDefaults, year: int, source: str, section: str,
             on: date | None, today: date) -> str | None:
    """Why `on` cannot be recorded as the day `source`'s `section` return for `year`
    arrived (None: it can; None as `on`, not received, always can): the one statement
    of these rules, for `record_received` (which raises it) and `record_received_many`
    (which leaves such returns out)."""
    try:
        name, known = _resolve(catalog, defaults, source, section)
    except InputError as unknown:
        return str(unknown)
    if on is None:
        return None
    if on > today:
        return translate(
            "Completeness", "{source}, {section}: the date received ({on}) is after today "
            "({today}).").format(source=name, section=known.label, on=on, today=today)
    if on < date(year, 1, 1):
        return translate(
            "Completeness", "{source}, {section}: a return for {year} cannot have been received "
            "on {on}, before the year began.").format(
                source=name, section=known.label, year=year, on=on)
    return None


def record_received(store: "Store", catalog: Catalog, year: int, source: str, section: str,
                    on: date | None, *, today: date | None = None,
                    defaults: ReturnDefaults | None = None) -> dict[str, tuple]:
    """Record the day `source`'s `section` return for `year` arrived; None records it
    as not received (and removes its check, which needs a return to check). Returns
    the stored fields that changed, {field: (old, new)}."""
    refusal = _refusal(catalog, defaults or load_returns(catalog), year, source, section, on,
                       today or date.today())
    if refusal is not None:
        raise InputError(refusal)
    if on is None:
        return store.returns.update(year, source, section, received_on=None,
                                    checked_by=None, checked_at=None)
    return store.returns.update(year, source, section, received_on=on.isoformat())


def record_received_many(store: "Store", catalog: Catalog, returns: Iterable[tuple[int, str, str]],
                         on: date, *, today: date | None = None,
                         defaults: ReturnDefaults | None = None) -> list[tuple[int, str, str]]:
    """`record_received(..., on)` for each of `returns` ((year, source, section))
    that has no date received yet, in one transaction (the caller's, when it has
    one), leaving out, instead of raising, those it refuses (`_refusal`; the store
    leaves out a submitted year). Returns those recorded, in the order given."""
    defaults = defaults or load_returns(catalog)
    today = today or date.today()
    wanted = [(year, source, section) for year, source, section in returns
              if _refusal(catalog, defaults, year, source, section, on, today) is None]
    return store.returns.record_received_many(wanted, on.isoformat())


def section_errors(store: "Store", catalog: Catalog, year: int, source: str, section: str, *,
                   defaults: ReturnDefaults | None = None) -> list["Finding"]:
    """The unacknowledged errors of the year about `source`'s `section`: on the items
    of the section's group found in that source's values (for the national total,
    also those of the national view made of its values alone); for the casualty
    register, those about casualty records. Funding has no checks yet."""
    defaults = defaults or load_returns(catalog)
    _, known = _resolve(catalog, defaults, source, section)
    errors = year_checks.unacknowledged_errors(store, catalog, year)
    if known.data == CASUALTIES:
        return [f for f in errors if f.records]
    if known.data != VALUES:
        return []
    items = {item.code for item in catalog.items_in_group(known.code)}
    national_cells = {cell for cell, per_source in store.values.by_source(year).items()
                      if NATIONAL_SOURCE in per_source}

    def about_source(finding: "Finding") -> bool:
        if finding.source == source:
            return True
        # A finding of the national view alone (one also found in a source's own
        # values is listed once, under that source) that the national total's values make.
        return (finding.source is None and source == NATIONAL_SOURCE
                and all(cell in national_cells for cell in finding.cells))

    return [f for f in errors if about_source(f) and items.intersection(f.items)]


def record_checked(store: "Store", catalog: Catalog, year: int, source: str, section: str,
                   checked: bool = True, *, by: str | None = None, at: str | None = None,
                   today: date | None = None,
                   defaults: ReturnDefaults | None = None) -> dict[str, tuple]:
    """Record that `by` (default: the store's user) checked `source`'s `section`
    return for `year` at `at` (UTC ISO 8601, default: now); `checked=False` removes
    the check. A return received only as suggested by the data gets that date
    recorded with its check. Refused (SectionHasErrors) while the section has
    unacknowledged errors, and (InputError) when nothing was received."""
    defaults = defaults or load_returns(catalog)
    name, known = _resolve(catalog, defaults, source, section)
    if not checked:
        return store.returns.update(year, source, section, checked_by=None, checked_at=None)
    status = _status_of(store, catalog, year, source, section, today, defaults)
    if status is None or status.received_on is None:
        raise InputError(translate(
            "Completeness", "{source}, {section}: nothing has been received for {year}; mark the "
            "return received before checking it.").format(
                source=name, section=known.label, year=year))
    errors = section_errors(store, catalog, year, source, section, defaults=defaults)
    if errors:
        listed = "\n".join(f"- {f.message}" for f in errors[:5])
        if len(errors) > 5:
            listed += "\n" + translate("Completeness", "- and {n} more").format(n=len(errors) - 5)
        raise SectionHasErrors(translate(
            "Completeness", "{source}, {section}: the figures still have errors, so the return "
            "cannot be marked checked. Correct them, or acknowledge them with a reason, "
            "first:\n{errors}").format(source=name, section=known.label, errors=listed), errors)
    return store.returns.update(
        year, source, section, received_on=status.received_on.isoformat(),
        checked_by=by or store.user, checked_at=at or utc_now())


def set_expectation(store: "Store", catalog: Catalog, year: int, source: str, section: str, *,
                    expected: bool, due: date | None,
                    defaults: ReturnDefaults | None = None) -> dict[str, tuple]:
    """For `year` only: whether `source`'s `section` return is expected, and the day it
    is due (None: the catalog's default), in one transaction. What agrees with the
    catalog's defaults is stored as "the default", so that it follows them."""
    defaults = defaults or load_returns(catalog)
    name, known = _resolve(catalog, defaults, source, section)
    if due is not None and not year <= due.year <= year + 1:
        raise InputError(translate(
            "Completeness", "{source}, {section}: a return for {year} is due in {year} or "
            "{next}, not on {due}.").format(source=name, section=known.label, year=year,
                                            next=year + 1, due=due))
    expected_value = None if bool(expected) == defaults.is_expected(source, section) else int(expected)
    due_value = None if due is None or due == known.default_due(year) else due.isoformat()
    return store.returns.update(year, source, section, expected=expected_value, due_date=due_value)
