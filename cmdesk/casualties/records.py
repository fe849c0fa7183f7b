"""Checking one casualty record, field by field and as a whole.

`check_record` is the one validation of a record: the importer runs it on each row
of a file and the edit form on what is typed, so both accept and refuse the same
things with the same messages. It takes the record as written (text per column,
the columns of `COLUMNS`) and gives back the record as stored plus every problem
found, each naming its column.

Dates: `YYYY-MM-DD`, `YYYY-MM` (the day unknown) or `DD/MM/YYYY`; Khmer digits are
read. A date whose day is unknown is stored as `YYYY-MM`, which sorts before every
day of that month and keeps its year in the first four characters.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from operator import itemgetter
from typing import Any, Callable, Iterable, Mapping, NamedTuple, Sequence

from cmdesk.casualties.codes import CODED_FIELDS, default_code, field_labels, form_key, normalise_code
from cmdesk.casualties.fields import (
    CASUALTY_FIELDS,
    CHILD_UNDER,
    COLUMNS,
    DUPLICATE_KEY,
    TEXT_FIELDS,
)
from cmdesk.catalog import Province
from cmdesk.dates import read_date
from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.numbers import KHMER_DIGITS, parse_count

_COLUMN_SET = frozenset(COLUMNS)

FIRST_YEAR = 1979
OLDEST_AGE = 120
# Cambodia with a margin, so that swapped or mistyped coordinates are caught.
LATITUDES = (9.5, 15.0)
LONGITUDES = (102.0, 108.0)
MAX_TEXT = 2000


# --- dates -------------------------------------------------------------------------------


class IncidentDate(NamedTuple):
    """An incident date; `day` None when only the month is known."""

    year: int
    month: int
    day: int | None = None

    @property
    def stored(self) -> str:
        """As stored and shown: YYYY-MM-DD, or YYYY-MM when the day is unknown."""
        return _stored_text(self)

    @property
    def range_start(self) -> str:
        """As the start of a date range compares with stored dates: a month alone
        stands for its first day."""
        return self.stored if self.day is not None else f"{self.stored}-01"

    @property
    def range_end(self) -> str:
        """As the end of a date range: a month alone stands for its last day ("-31"
        sorts after every day of any month, as stored dates are compared as text)."""
        return self.stored if self.day is not None else f"{self.stored}-31"

    @classmethod
    def from_stored(cls, text: str | None) -> "IncidentDate | None":
        if not text:
            return None
        parts = [int(p) for p in text.split("-")]
        return cls(parts[0], parts[1], parts[2] if len(parts) > 2 else None)


@lru_cache(maxsize=32768)
def _stored_text(date: IncidentDate) -> str:
    # Cached: an import asks for the text of the same few thousand dates over tens of
    # thousands of rows (a NamedTuple has no instance dict for a cached_property).
    text = f"{date.year:04d}-{date.month:02d}"
    return text if date.day is None else f"{text}-{date.day:02d}"




def parse_incident_date(text: object, today: dt.date | None = None) -> IncidentDate | None:
    """The date `text` gives (YYYY-MM-DD, YYYY-MM or DD/MM/YYYY; a `datetime.date`
    as a spreadsheet cell holds it), or None when empty. Raises InputError for any
    other form, an impossible day or month, a year before 1979, or a future date."""
    if type(text) is str:  # what files and the form give: the other cases are rare
        written = text.strip()
    else:
        if isinstance(text, dt.datetime):
            text = text.date()
        if isinstance(text, dt.date):
            text = text.isoformat()
        written = "" if text is None else str(text).strip()
    if not written:
        return None
    date = _read_date(written)
    today = today or dt.date.today()
    # A year before this one is never in the future (most of a register): only this
    # year's and later dates are compared as text.
    if date.year >= today.year and date.stored > today.isoformat()[: len(date.stored)]:
        raise InputError(translate("Casualties", "this date is in the future. Check the date."))
    return date


@lru_cache(maxsize=32768)
def _read_date(written: str) -> IncidentDate:
    # Cached: a register has a few thousand distinct dates over tens of thousands of
    # rows. The future is checked by the caller, since "today" changes.
    year, month, day = read_date(written, day_may_be_unknown=True)
    if year < FIRST_YEAR:
        raise InputError(translate(
            "Casualties", "before {first}, when the register starts. Check the year.")
            .format(first=FIRST_YEAR))
    return IncidentDate(year, month, day)


# --- ages, places, coordinates -----------------------------------------------------------


def parse_age(text: object) -> int | None:
    """The age in whole years in `text`, or None when empty. Raises InputError
    for anything but a whole number from 0 to 120."""
    written = "" if text is None else str(text).strip()
    if not written:
        return None
    return _read_age(written)


@lru_cache(maxsize=1024)
def _read_age(written: str) -> int | None:
    # Cached: a register has a hundred distinct ages over tens of thousands of rows.
    try:
        age = parse_count(written)
    except (InputError, ValueError):
        raise InputError(translate(
            "Casualties", "not an age. Write the age in whole years, for example 34, "
            "or leave it empty and give the age group.")) from None
    if age is not None and age > OLDEST_AGE:
        raise InputError(translate(
            "Casualties", "an age of {age} is not possible. Check the age, or leave it empty and "
            "give the age group.").format(age=age))
    return age


def age_group_of(age: int) -> str:
    """A child is under 18."""
    return "child" if age < CHILD_UNDER else "adult"


class ProvinceLookup:
    """Finds a province by its code ("02" or "2"), its English name or its Khmer name,
    ignoring case, hyphens and a leading or trailing word "province"."""

    def __init__(self, provinces: Iterable[Province]) -> None:
        self.provinces = list(provinces)
        self._table: dict[str, str] = {}
        self._resolved: dict[str, str] = {}  # as written -> code: registers repeat names
        for p in self.provinces:
            for form in (p.code, p.code.lstrip("0"), p.name, p.name_km, p.name.replace(" ", "")):
                self._table[form_key(form)] = p.code

    def names(self) -> dict[str, str]:
        return {p.code: p.name for p in self.provinces}

    def resolve(self, text: object) -> str | None:
        """The province code, None when `text` is empty. Raises InputError otherwise."""
        written = "" if text is None else str(text).strip()
        if not written:
            return None
        code = self._resolved.get(written)
        if code is None:
            key = form_key(written.translate(KHMER_DIGITS))
            key = re.sub(r"^(province of |province |ខេត្ត\s*|រាជធានី\s*)|( province)$", "", key)
            code = self._table.get(key)
            if code is not None:
                self._resolved[written] = code
        if code is None:
            raise InputError(translate(
                "Casualties", "not a province of Cambodia. Write its name in English or "
                "Khmer (Battambang, បាត់ដំបង) or its two-digit code (02)."))
        return code


def parse_coordinate(text: object, column: str) -> float | None:
    written = "" if text is None else str(text).strip()
    if not written:
        return None
    try:
        value = float(written.translate(KHMER_DIGITS).replace(",", "."))
    except ValueError:
        value = math.nan
    low, high = LATITUDES if column == "latitude" else LONGITUDES
    if not math.isfinite(value):
        raise InputError(translate(
            "Casualties", "not a number. Write decimal degrees, for example 13.0957."))
    if not low <= value <= high:
        raise InputError(translate(
            "Casualties", "outside Cambodia ({column} {low} to {high}). Check the "
            "figure, and that latitude and longitude are not swapped.").format(
            column=field_labels()[column].lower(), low=low, high=high))
    return value


# --- a whole record ----------------------------------------------------------------------


class FieldProblem(NamedTuple):
    """What is wrong with one column of a record: the text as written and why."""

    column: str
    text: str
    reason: str


@dataclass
class CheckedRecord:
    """A record as the store keeps it (its fields as in `CASUALTY_FIELDS`), and
    every problem found. `record` is None when there is any problem."""

    record: dict | None
    problems: list[FieldProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _text(values: Mapping[str, object], column: str) -> str:
    value = values.get(column)
    return "" if value is None else str(value)


# The fields read through RecordChecker._parsers before the age, and where each goes.
_PARSED_FIELDS = (("incident_date", "incident_date"), ("province", "province_code"),
                  *((name, name) for name in CODED_FIELDS))
_ALL_PARSED = (*_PARSED_FIELDS, ("age", "age"), ("latitude", "latitude"), ("longitude", "longitude"))
_FIELD_VALUES = itemgetter(*CASUALTY_FIELDS)  # a checked record as the tuple the store inserts


class RecordChecker:
    """`check_record` for many records against the same provinces and day: each
    distinct text of a parsed field (date, province, coded fields, age, coordinates)
    is read once, and its value or its problem remembered for the next record that
    gives the same text. An import of 65,000 records has a few thousand such texts,
    not 600,000 (benchmarks/register.py). The rules are the same for one record and
    for many: `check_record` is one checker's `check`."""

    def __init__(self, provinces: "ProvinceLookup", today: dt.date | None = None) -> None:
        self.provinces = provinces
        self.today = today or dt.date.today()  # once: every record against the same day
        # Each parsed field's texts read so far: those read well -> their value, the
        # others -> their problem. Two dicts, so that a column of texts is looked up
        # in one C call (`map(dict.get, ...)`, `set.isdisjoint`), not one per cell.
        self._values: dict[str, dict[object, object]] = {}
        self._problems: dict[str, dict[object, str]] = {}
        self._parsers: dict[str, Callable[[Any], object]] = {
            "incident_date": self._date, "province": provinces.resolve, "age": parse_age,
            "latitude": lambda text: parse_coordinate(text, "latitude"),
            "longitude": lambda text: parse_coordinate(text, "longitude"),
            **{name: partial(self._code, name) for name in CODED_FIELDS},
        }
        for name in self._parsers:
            self._values[name] = {}
            self._problems[name] = {}
        # The rules across fields, per distinct pair of the fields each reads (see
        # `_pair_rule`): (age, age group) and (outcome, amputation).
        self._rules: dict[Callable, tuple[dict[tuple, object], set[tuple]]] = {
            _age_rule: ({}, set()), _amputation_rule: ({}, set())}

    def _date(self, text: object) -> str | None:
        date = parse_incident_date(text, self.today)
        return date.stored if date else None

    @staticmethod
    def _code(name: str, text: object) -> str:
        code = normalise_code(name, text)
        if code is None:
            code = default_code(name)
            if code is None:
                raise InputError(translate("Casualties", "the {field} is empty. Write {codes}.").format(
                    field=field_labels()[name].lower(),
                    codes=translate("Casualties", "killed or injured")))
        return code

    def value(self, name: str, text: object) -> tuple[object, str | None]:
        """(the value of `text` for the parsed field `name`, None) or (None, the
        problem), read once per distinct text."""
        values, problems = self._values[name], self._problems[name]
        try:
            if text in values:
                return values[text], None
            if text in problems:
                return None, problems[text]
        except TypeError:  # an unhashable value: read it, and do not remember it
            return self._parse(name, text)
        result, reason = self._parse(name, text)
        if reason is None:
            values[text] = result
        else:
            problems[text] = reason
        return result, reason

    def _parse(self, name: str, text: object) -> tuple[object, str | None]:
        try:
            return self._parsers[name](text), None
        except InputError as error:
            return None, str(error)

    def check(self, values: Mapping[str, object]) -> CheckedRecord:
        """See `check_record`."""
        problems: list[FieldProblem] = []
        record: dict = {}

        def problem(column: str, reason: str) -> None:
            problems.append(FieldProblem(column, _text(values, column), reason))

        if not _COLUMN_SET.issuperset(values):
            for name in values.keys() - _COLUMN_SET:
                problem(name, translate("Casualties", "CMDesk has no column '{name}'. The columns "
                                        "are: {columns}.").format(name=name, columns=", ".join(COLUMNS)))

        get = values.get
        for name in TEXT_FIELDS:
            text = get(name)
            text = text.strip() if type(text) is str else ("" if text is None else str(text).strip())
            if len(text) > MAX_TEXT:
                problem(name, translate("Casualties", "longer than {n} characters. Shorten it.")
                        .format(n=MAX_TEXT))
            record[name] = text
        record["source_id"] = record["source_id"] or None

        value = self.value
        for name, stored in _PARSED_FIELDS:
            result, reason = value(name, get(name))
            if reason is None:
                record[stored] = result
            else:
                problem(name, reason)

        age, reason = value("age", get("age"))
        if reason is not None:
            problem("age", reason)
        else:
            record["age"] = age
            found = _age_rule(record)
            if found:
                problem(*found)

        for name in ("latitude", "longitude"):
            result, reason = value(name, get(name))
            if reason is None:
                record[name] = result
            else:
                problem(name, reason)
        if "latitude" in record and "longitude" in record:
            found = _coordinates_rule(record)
            if found:
                problem(*found)

        found = _amputation_rule(record)
        if found:
            problem(*found)

        if problems:
            return CheckedRecord(None, problems)
        return CheckedRecord(record, [])

    def check_rows(self, names: Sequence[str], rows: Sequence[Sequence[str]]) -> list[CheckedRecord]:
        """`check` for each of `rows` (texts in the order of the columns `names`,
        each row as long as `names`; a column of COLUMNS not named is empty), the
        same results, faster (see `stored_rows`)."""
        return [result if isinstance(result, CheckedRecord) else
                CheckedRecord(dict(zip(CASUALTY_FIELDS, result)), [])
                for result in self.stored_rows(names, rows)]

    def stored_rows(self, names: Sequence[str], rows: Sequence[Sequence[str]]
                    ) -> list[tuple | CheckedRecord]:
        """For each of `rows` (as `check_rows` takes them): the record as `check`
        gives it, as a tuple of its values in CASUALTY_FIELDS order (what the store
        inserts), or, for a row with any problem, what `check` gives (its problems in
        `check`'s order). What an import runs on a file, in chunks of rows.

        Column by column, each step one C call over the column where it can be: the
        texts are stripped with `map`, each distinct text of a parsed field is read
        once (`value`) and the column's values looked up with `map(dict.get)`, a
        column with no problem text is told by `set.isdisjoint`, the rules across
        fields are run once per distinct pair of the fields they read, and the rows
        are put together by `zip`. A row with any problem is checked again by
        `check`, so that its problems read exactly as for one record (a property
        test says the two agree)."""
        if not rows:
            return []
        columns = dict(zip(names, zip(*rows)))
        count = len(rows)
        empty = ("",) * count
        suspect: set[int] = set()  # rows with a problem somewhere: checked by `check`
        stored: dict[str, list] = {}
        for name in TEXT_FIELDS:
            texts = list(map(str.strip, columns.get(name, empty)))
            if max(map(len, texts)) > MAX_TEXT:
                suspect.update(n for n, t in enumerate(texts) if len(t) > MAX_TEXT)
            stored[name] = texts
        stored["source_id"] = [text or None for text in stored["source_id"]]
        for name, field_name in _ALL_PARSED:
            if name not in columns:
                result, reason = self.value(name, None)
                if reason is not None:
                    suspect.update(range(count))
                stored[field_name] = [result] * count
                continue
            cells = columns[name]
            values, problems = self._values[name], self._problems[name]
            for text in set(cells).difference(values, problems):
                self.value(name, text)
            if not problems.keys().isdisjoint(cells):
                suspect.update(n for n, text in enumerate(cells) if text in problems)
            stored[field_name] = list(map(values.get, cells))
        for rule, fields in ((_age_rule, ("age", "age_group")),
                             (_amputation_rule, ("outcome", "amputation"))):
            suspect.update(self._pair_rule(rule, fields, stored))
        latitudes, longitudes = stored["latitude"], stored["longitude"]
        if latitudes.count(None) != count or longitudes.count(None) != count:
            suspect.update(n for n, pair in enumerate(zip(latitudes, longitudes))
                           if (pair[0] is None) != (pair[1] is None))  # _coordinates_rule's
        results: list[tuple | CheckedRecord] = list(zip(*(stored[name] for name in CASUALTY_FIELDS)))
        for n in suspect:
            checked = self.check(dict(zip(names, rows[n])))
            results[n] = checked if checked.record is None else _FIELD_VALUES(checked.record)
        return results

    def _pair_rule(self, rule: Callable[[dict], tuple[str, str] | None], fields: tuple[str, str],
                   stored: dict[str, list]) -> Iterable[int]:
        """Run `rule` (one of the rules across fields, which reads the two `fields` and
        may set the second) on the columns `stored`, once per distinct pair of values:
        the second field's column becomes what the rule sets; gives the rows whose
        pair it refuses."""
        first, second = fields
        pairs = list(zip(stored[first], stored[second]))
        outcome, refused = self._rules[rule]
        for pair in set(pairs).difference(outcome):
            record = dict(zip(fields, pair))
            if rule(record):
                refused.add(pair)
            outcome[pair] = record[second]
        stored[second] = list(map(outcome.__getitem__, pairs))
        if refused.isdisjoint(pairs):
            return ()
        return [n for n, pair in enumerate(pairs) if pair in refused]


# The rules across fields, each run on a record whose fields were each read well
# (those it needs): a (column, problem) or None; they may complete the record.

def _age_rule(record: dict) -> tuple[str, str] | None:
    """An age decides the age group (a child is under 18); a stated group must agree."""
    age, group = record.get("age"), record.get("age_group")
    if age is None or group is None:
        return None
    derived = age_group_of(age)
    if group == "unknown":
        record["age_group"] = derived
    elif group != derived:
        return "age_group", translate(
            "Casualties", "the age is {age}, so the age group is {derived} (a child is "
            "under 18), not {group}. Correct the age or the age group.").format(
            age=age, derived=derived, group=group)
    return None


def _coordinates_rule(record: dict) -> tuple[str, str] | None:
    """Latitude and longitude come together."""
    if (record["latitude"] is None) != (record["longitude"] is None):
        missing = "longitude" if record["longitude"] is None else "latitude"
        return missing, translate(
            "Casualties", "give both the latitude and the longitude, or neither.")
    return None


def _amputation_rule(record: dict) -> tuple[str, str] | None:
    """An amputation is recorded on the injured only; a killed person's is "no"."""
    if record.get("outcome") == "killed" and record.get("amputation") is not None:
        if record["amputation"] == "yes":
            return "amputation", translate(
                "Casualties", "an amputation is recorded on injured people only, and the "
                "outcome is killed. Correct the outcome or the amputation.")
        record["amputation"] = "no"
    return None


def check_record(values: Mapping[str, object], provinces: ProvinceLookup,
                 today: dt.date | None = None) -> CheckedRecord:
    """Check a record as written: `values` maps columns of `COLUMNS` to their text
    (a missing column is empty). Returns the record as stored (province as
    `province_code`, codes, the date as YYYY-MM-DD or YYYY-MM, age as a number) or
    every problem, each naming its column, the text and what to write instead.

    Rules across fields: the outcome is required; an amputation is recorded on the
    injured only (a killed person's amputation is stored as "no"); an age decides
    the age group (a child is under 18), and a stated age group must agree with it;
    latitude and longitude come together. Many records: `RecordChecker`."""
    return RecordChecker(provinces, today).check(values)


def duplicate_key(record: Mapping) -> tuple:
    """The fields two possible duplicates share (a stored record's fields)."""
    return tuple(record.get(name) for name in DUPLICATE_KEY)


def written_form(record: Mapping) -> dict[str, str]:
    """A stored record as text per column of `COLUMNS`, as `check_record` reads it
    back unchanged (what the edit form starts from)."""
    out = {}
    for column in COLUMNS:
        value = record.get("province_code" if column == "province" else column)
        if value is None:
            out[column] = ""
        elif isinstance(value, float):
            out[column] = repr(value)
        else:
            out[column] = str(value)
    return out
