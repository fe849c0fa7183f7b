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


TO_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def khmer_digits(text: str) -> str:
    """`text` with its digits written in Khmer (២៦,២៨០): how the window shows figures
    when View > Khmer digits is on. Files and documents keep 0-9."""
    return text.translate(TO_KHMER_DIGITS)


def format_count(value: int | None) -> str:
    """A count as shown in grids and documents: 26,280; empty for None."""
    return "" if value is None else f"{value:,}"
