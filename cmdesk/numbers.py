"""Reading counts as staff type or paste them: "26,280", "26 280", "២៦២៨០".

Counts of persons, devices and the like are whole numbers of 0 or more. Anything
else is refused with a message that says what was wrong and what to type instead.
"""

from __future__ import annotations

import re

from cmdesk.errors import InputError
from cmdesk.i18n import translate

KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
# Thousands separators seen in partners' files: comma, spaces of every width, apostrophe.
_SEPARATORS = ",'\u00a0\u202f\u2009 "
_GROUPED = re.compile(r"^[0-9]{1,3}([,'\u00a0\u202f\u2009 ][0-9]{3})+$")
_WHOLE_WITH_ZERO_DECIMALS = re.compile(r"^([0-9]+)\.0+$")


def parse_count(text: str) -> int | None:
    """The whole number in `text`, or None when `text` is empty (a cleared cell).

    Raises InputError for negative, fractional or unreadable input."""
    raw = text
    text = text.strip().translate(KHMER_DIGITS)
    if not text:
        return None
    if text.startswith(("-", "\u2212")) and re.search(r"[0-9]", text):
        raise InputError(
            translate("Numbers", "'{text}' is negative: a count cannot be below 0.").format(text=raw.strip())
        )
    # str.isdigit() and \d also accept "²", "⑤" or Arabic-Indic digits: only 0-9 count.
    if text.isascii() and text.isdigit():
        return int(text)
    if _GROUPED.match(text):
        return int(re.sub(f"[{_SEPARATORS}]", "", text))
    whole = _WHOLE_WITH_ZERO_DECIMALS.match(re.sub(f"[{_SEPARATORS}]", "", text))
    integer_part = text.split(".")[0]
    if whole and (_GROUPED.match(integer_part) or (integer_part.isascii() and integer_part.isdigit())):
        return int(whole.group(1))
    if re.fullmatch(r"[0-9,'\u00a0\u202f\u2009 ]*\.[0-9]+", text):
        raise InputError(
            translate("Numbers", "'{text}' is not a whole number: counts of persons, devices "
                      "and the like have no decimals. For thousands, type 26280 or 26,280.")
            .format(text=raw.strip())
        )
    raise InputError(
        translate("Numbers", "'{text}' is not a number. Type digits, for example 26280, "
                  "26,280 or ២៦២៨០.").format(text=raw.strip())
    )


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
