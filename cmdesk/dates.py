"""Reading dates as staff type them: the one date parser of the GUI, the CLI and the
imports. YYYY-MM-DD and DD/MM/YYYY (as Excel shows a date in Cambodia and in most of
the world), with Khmer digits too; YYYY-MM where the day may be unknown (casualty
records). A date is stored as YYYY-MM-DD.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.numbers import KHMER_DIGITS

_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_MONTH = re.compile(r"([0-9]{4})-([0-9]{1,2})")
_DMY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")


@lru_cache(maxsize=32768)
def read_date(written: str, day_may_be_unknown: bool = False) -> tuple[int, int, int | None]:
    """(year, month, day) of `written`: YYYY-MM-DD or DD/MM/YYYY, and YYYY-MM (day
    None) when `day_may_be_unknown`. Raises InputError saying what to type for any
    other form, or an impossible day or month. Cached: an import reads the same few
    thousand dates over tens of thousands of rows."""
    digits = written.strip().translate(KHMER_DIGITS)
    example = (translate("Dates", "Write 2024-03-15, 15/03/2024, or 2024-03 when the day is not known.")
               if day_may_be_unknown else translate("Dates", "Write 2025-04-30 or 30/04/2025."))
    day: int | None
    if match := _ISO.fullmatch(digits):
        year, month, day = (int(g) for g in match.groups())
    elif day_may_be_unknown and (match := _MONTH.fullmatch(digits)):
        (year, month), day = (int(g) for g in match.groups()), None
    elif match := _DMY.fullmatch(digits):
        day, month, year = (int(g) for g in match.groups())
    else:
        raise InputError(translate("Dates", "not a date CMDesk reads. {example}").format(example=example))
    if not 1 <= month <= 12:
        raise InputError(translate("Dates", "there is no month {month}. {example}").format(
            month=month, example=example))
    if day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            raise InputError(translate(
                "Dates", "there is no day {day} in month {month} of {year}.").format(
                day=day, month=month, year=year)
                + (" " + translate("Dates", "Write 2024-03 when the day is not known.")
                   if day_may_be_unknown else "")) from None
    return year, month, day


def parse_date(text: str) -> dt.date:
    """The full date `text` gives (YYYY-MM-DD or DD/MM/YYYY); InputError otherwise."""
    year, month, day = read_date(text)
    assert day is not None
    return dt.date(year, month, day)


def stored_date(text: str, what: str) -> str:
    """`text` as a stored date (YYYY-MM-DD), or "" when empty; an InputError naming
    `what` (the field, in words) when it is not a date."""
    if not text.strip():
        return ""
    try:
        return parse_date(text).isoformat()
    except InputError as error:
        raise InputError(translate("Dates", "{what} '{text}': {error}").format(
            what=what, text=text.strip(), error=error)) from None
