"""Which reporting years staff can choose, and which figures were entered late.

A year is reported the year after it (the Article 7 report is due on 30 April), so
the year usually being entered is last year. Its year-on-year checks and the
documents' previous-year columns need the year before too, even on a new database:
the years offered run from the first year the database has data for (its casualty
register goes back to 1979), or the year before the usual one, to next year.

A figure is *entered late* when it was typed after the end of the year in which
its year was to be reported (a 2024 figure typed in 2026): it was not part of that
year's returns, and the grid marks it so.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

FIRST_YEAR = 1979
"""The first year of the casualty register, and so of any data."""


def usual_year(today: dt.date) -> int:
    """The year usually being reported on `today`: last year."""
    return today.year - 1


def offered_years(with_data: Iterable[int], today: dt.date) -> list[int]:
    """The years the year selector offers, newest first: every year from the first
    with data (or the one before the usual year, when that is earlier) to next year."""
    years = set(with_data)
    first = min([*years, usual_year(today) - 1])
    last = max([*years, today.year + 1])
    return list(range(last, max(first, FIRST_YEAR) - 1, -1))


def entered_late(year: int, entered_on: dt.date) -> bool:
    """Whether a figure of `year` typed on `entered_on` was entered late: after the
    end of the year in which `year` was to be reported."""
    return entered_on.year > year + 1
