"""Reading counts as staff type or paste them: "26,280", "26 280", "២៦២៨០".

Counts of persons, devices and the like are whole numbers from 0 to `MAX_COUNT`.
One rule for every importer and every grid (docs/values-csv.md, "Numbers"):

- digits 0-9 or Khmer digits; spaces of every width and the apostrophe separate
  thousands, in groups of three;
- the decimal mark is "." and "," separates thousands, unless the text comes from
  a file that says otherwise: a `;`-separated CSV comes from a computer whose
  decimal mark is the comma (`decimal_mark=","`), and there "." separates thousands;
- decimals are allowed only when they are zeros ("26,280.00" is 26,280);
- one mark followed by exactly three digits ("12.000", "26.280") could be either:
  it is read as thousands where that mark separates thousands, and otherwise
  refused with both readings, never read as 12;
- more than `MAX_COUNT` is refused: no real count comes near it, and a slip (a phone
  number pasted into a count) is caught long before SQLite's 2^63.
"""

from __future__ import annotations

import re

from cmdesk.errors import InputError
from cmdesk.i18n import translate

KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
MAX_COUNT = 999_999_999
"""The largest count CMDesk accepts (Cambodia has about 17 million people)."""
_SPACES = "'\u00a0\u202f\u2009 "  # thousands separators seen in partners' files
_NUMBER = re.compile(r"[0-9][0-9,.'\u00a0\u202f\u2009 ]*")


def _grouped(whole: str, marks: str) -> str | None:
    """The digits of `whole` if it is digits, or groups of three after one to three
    digits with one kind of separator from `marks`; else None."""
    if whole.isdigit():
        return whole
    used = {c for c in whole if not c.isdigit()}
    if len(used) != 1 or not used <= set(marks):
        return None
    mark = used.pop()
    groups = whole.split(mark)
    if not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
        return None
    return "".join(groups)


def parse_count(text: str, decimal_mark: str | None = None) -> int | None:
    """The whole number in `text`, or None when `text` is empty (a cleared cell).
    `decimal_mark` is "," when the text comes from a file written where the comma
    is the decimal mark (a `;` CSV), else None (see the module's rule).

    Raises InputError for negative, fractional, ambiguous, too large or unreadable
    input, with the reason and what to type instead."""
    shown = text.strip()
    text = shown.translate(KHMER_DIGITS)
    if not text:
        return None
    if text.startswith(("-", "\u2212")) and re.search(r"[0-9]", text):
        raise InputError(
            translate("Numbers", "'{text}' is negative: a count cannot be below 0.").format(text=shown))
    # str.isdigit() and \d also accept "²", "⑤" or Arabic-Indic digits: only 0-9 count.
    if not _NUMBER.fullmatch(text) or not text[-1].isdigit():
        raise _not_a_number(shown)
    decimal = "," if decimal_mark == "," else "."
    thousands = "." if decimal == "," else ","
    marks = _SPACES + thousands
    if decimal == "." and text.count(".") > 1 and "," not in text:
        marks, decimal = marks + ".", ""  # "1.234.567": only thousands can repeat
    whole, decimals = text, ""
    if decimal and decimal in text:
        whole, _, decimals = text.rpartition(decimal)
    digits = _grouped(whole, marks) if whole else None
    if digits is None or not decimals.isdigit() and decimals:
        raise _not_a_number(shown)
    reason = ambiguity(shown, whole, decimal, decimals)
    if reason is not None:
        raise InputError(reason)
    if decimals.strip("0"):
        raise InputError(translate(
            "Numbers", "'{text}' is not a whole number: counts of persons, devices and the like "
            "have no decimals. For thousands, type 26280 or {example}.").format(
            text=shown, example="26.280" if decimal == "," else "26,280"))
    value = int(digits)
    if value > MAX_COUNT:
        raise InputError(translate(
            "Numbers", "'{text}' is more than {max:,}, the largest count CMDesk accepts. Check the "
            "figure.").format(text=shown, max=MAX_COUNT))
    return value


def ambiguity(shown: str, whole: str, mark: str, decimals: str, counts: bool = True) -> str | None:
    """Why `shown` (`whole`, the decimal `mark`, `decimals`) cannot be read, when one
    mark followed by exactly three digits could as well separate thousands ("12.000":
    12,000 or 12); else None. The one statement of that rule, for counts and (with
    `counts` False: decimals allowed) amounts."""
    if len(decimals) != 3 or not whole.isdigit() or len(whole) > 3:
        return None
    as_thousands = int(whole + decimals)
    other = str(int(whole))
    if decimals.strip("0"):
        other += mark + decimals.rstrip("0")
        if counts:
            other = translate("Numbers", "not a whole number ({number})").format(number=other)
    return translate(
        "Numbers", "'{text}' is either {thousands:,} (with '{mark}' between the thousands) or "
        "{other}: CMDesk cannot tell which. Type {plain} for {thousands:,}.").format(
        text=shown, thousands=as_thousands, mark=mark, plain=as_thousands, other=other)


def _not_a_number(shown: str) -> InputError:
    return InputError(translate("Numbers", "'{text}' is not a number. Type digits, for example "
                                "26280, 26,280 or ២៦២៨០.").format(text=shown))


TO_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def khmer_digits(text: str) -> str:
    """`text` with its digits written in Khmer (២៦,២៨០): how the window shows figures
    when View > Khmer digits is on. Files and documents keep 0-9."""
    return text.translate(TO_KHMER_DIGITS)


def format_count(value: int | None) -> str:
    """A count as shown in grids and documents: 26,280; empty for None."""
    return "" if value is None else f"{value:,}"


# --- qualified figures ------------------------------------------------------------------
#
# A published figure may be stated as "over 2,800", "about 100,000" or "at least 50":
# the qualifier is part of the figure (domain.md 4), stored beside the number and
# printed the way the Committee quotes it.

EXACT = ""
MORE_THAN = "more_than"
ABOUT = "about"
AT_LEAST = "at_least"
QUALIFIERS = (EXACT, MORE_THAN, ABOUT, AT_LEAST)
# What staff type before the number, longest first: ">2800", "over 2,800", "~100000".
_TYPED = (
    (">=", AT_LEAST), ("\u2265", AT_LEAST), ("at least ", AT_LEAST),
    (">", MORE_THAN), ("over ", MORE_THAN), ("more than ", MORE_THAN),
    ("~", ABOUT), ("\u2248", ABOUT), ("about ", ABOUT), ("approximately ", ABOUT), ("c. ", ABOUT),
)


def qualifier_labels() -> dict[str, str]:
    """Each qualifier's name in menus, in QUALIFIERS order."""
    return {
        EXACT: translate("Numbers", "Exactly"),
        MORE_THAN: translate("Numbers", "More than"),
        ABOUT: translate("Numbers", "About"),
        AT_LEAST: translate("Numbers", "At least"),
    }


def parse_qualified(text: str) -> tuple[int | None, str]:
    """(count, qualifier) from what staff type: ">2800" or "over 2,800" is
    (2800, MORE_THAN), "~100000" (100000, ABOUT), ">=50" or "at least 50"
    (50, AT_LEAST); a plain number is exact. InputError as `parse_count`."""
    stripped = text.strip()
    lowered = stripped.lower()
    for prefix, qualifier in _TYPED:
        if lowered.startswith(prefix):
            value = parse_count(stripped[len(prefix):])
            if value is None:
                raise InputError(translate(
                    "Numbers", "'{text}': give the number after '{prefix}', for example >2800.")
                    .format(text=stripped, prefix=prefix.strip()))
            return value, qualifier
    return parse_count(text), EXACT


def format_qualified(value: int | None, qualifier: str = EXACT) -> str:
    """A count as the documents print it: "over 2,800", "about 100,000", "at least
    50", "2,800"; empty for None."""
    if value is None:
        return ""
    number = format_count(value)
    if qualifier == MORE_THAN:
        return translate("Numbers", "over {n}").format(n=number)
    if qualifier == ABOUT:
        return translate("Numbers", "about {n}").format(n=number)
    if qualifier == AT_LEAST:
        return translate("Numbers", "at least {n}").format(n=number)
    return number


def typed_qualified(value: int | None, qualifier: str = EXACT) -> str:
    """A qualified count as the grid shows it for editing: ">2800", "~100000"."""
    if value is None:
        return ""
    prefix = {MORE_THAN: ">", ABOUT: "~", AT_LEAST: ">="}.get(qualifier, "")
    return f"{prefix}{format_count(value)}"
