"""Funding for victim assistance (domain.md section 2.2), without SQL.

A funding line is one allocation: year, funder, funder kind, purpose, amount in the
funder's currency, that currency's rate to US$ (the year's average, stated on the
line), earmarked or not, and a note. This module holds what the store, the CLI and
the GUI share about them:

- the funder kinds and their (translatable) labels;
- the currencies a line can be in, read from `resources/catalog/currencies.toml`;
- `check_line`, the one validation of a line, run before anything is written;
- `amount_usd`, the only place a US$ amount is computed (it is never stored);
- `totals`, a year's totals in US$: all, national against international,
  earmarked, and by funder kind;
- reading and showing amounts and rates as staff type and read them.
"""

from __future__ import annotations

import math
import numbers
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, NamedTuple

from cmdesk.errors import CatalogError, InputError
from cmdesk.i18n import translate
from cmdesk.numbers import KHMER_DIGITS, ambiguity
from cmdesk.catalog import read_catalog_file

FUNDER_KINDS = ("national_budget", "un_agency", "donor_government", "ngo", "private")
"""Funder kinds, in the order pages and reports list them (the schema checks the same)."""

NATIONAL = "national_budget"
"""The one national kind; every other kind counts as international funding."""

USD = "USD"
"""The currency of every total. A USD line needs no rate."""

FIELDS = ("year", "funder", "funder_kind", "purpose", "amount", "currency", "rate_to_usd",
          "earmarked", "note")
"""The fields of a funding line that users give; the store adds id, office and times."""

CURRENCIES_FILE = "currencies.toml"


def funder_kind_labels() -> dict[str, str]:
    """Each funder kind's label in the user's language, in `FUNDER_KINDS` order."""
    return {
        "national_budget": translate("Funding", "National budget"),
        "un_agency": translate("Funding", "UN agency"),
        "donor_government": translate("Funding", "Donor government"),
        "ngo": translate("Funding", "NGO"),
        "private": translate("Funding", "Private"),
    }


def funder_kind_label(kind: str) -> str:
    """The label of `kind`; an unknown kind is shown as it is."""
    return funder_kind_labels().get(kind, kind)


# --- currencies ------------------------------------------------------------------------


class Currency(NamedTuple):
    code: str  # ISO 4217, three capital letters
    name: str
    # The plausible range (lowest, highest) of its rate to US$; None: not checked.
    rate_range: tuple[float, float] | None = None


@lru_cache(maxsize=4)
def load_currencies(directory: Path | None = None) -> tuple[Currency, ...]:
    """The currencies in `directory`/currencies.toml (default: the shipped catalog),
    in file order. Raises CatalogError naming the file and entry at fault: a code that
    is not three capital letters, a missing name, a code given twice, or no USD."""
    data = read_catalog_file(directory, CURRENCIES_FILE)
    currencies: list[Currency] = []
    for n, entry in enumerate(data.get("currency", []), 1):
        code, name = entry.get("code"), entry.get("name")
        where = f"{CURRENCIES_FILE}, currency {n}"
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
            raise CatalogError(f"{where}: 'code' must be an ISO 4217 code of three capital "
                               f"letters, not {code!r}.")
        if not isinstance(name, str) or not name.strip():
            raise CatalogError(f"{where} ('{code}'): 'name' is missing or empty.")
        if any(c.code == code for c in currencies):
            raise CatalogError(f"{where}: currency code '{code}' appears twice.")
        currencies.append(Currency(code, name.strip(), _rate_range(entry.get("rate_to_usd"), where)))
    if not any(c.code == USD for c in currencies):
        raise CatalogError(f"{CURRENCIES_FILE}: USD is missing; every total is in US$.")
    return tuple(currencies)


def _rate_range(value: object, where: str) -> tuple[float, float] | None:
    if value is None:
        return None
    if (not isinstance(value, list) or len(value) != 2 or not all(_is_number(v) for v in value)
            or not 0 < value[0] < value[1]):
        raise CatalogError(f"{where}: 'rate_to_usd' must be [lowest, highest], two numbers "
                           f"above 0 with the lowest first, not {value!r}.")
    return float(value[0]), float(value[1])


def currency(code: str) -> Currency | None:
    """The shipped currency `code`, or None when it is not in the list."""
    return next((c for c in load_currencies() if c.code == code), None)


def currency_codes() -> frozenset[str]:
    """The ISO 4217 codes of the shipped currency list."""
    return frozenset(c.code for c in load_currencies())


# --- checking a line -------------------------------------------------------------------


class FundingFieldError(InputError):
    """A funding line's field is wrong. `field` names it (one of FIELDS, or the
    unknown name given), so that a form can point at the widget at fault."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


def _is_number(value: object) -> bool:
    return (isinstance(value, numbers.Real) and not isinstance(value, bool)
            and math.isfinite(float(value)))


def _where(line: Mapping) -> str:
    funder = line.get("funder")
    year = line.get("year")
    if isinstance(funder, str) and funder.strip():
        return translate("Funding", "Funding line '{funder}' ({year})").format(
            funder=funder.strip(), year=year)
    return translate("Funding", "A funding line for {year}").format(year=year)


def check_line(line: Mapping) -> dict:
    """The line's fields, checked and normalised, ready to store.

    `line` must give year, funder, funder_kind, amount and currency; purpose, note,
    rate_to_usd and earmarked may be left out. Normalised: funder, purpose and note
    stripped (None is ""); currency in capitals; amount and rate as floats;
    earmarked as 0 or 1; a USD line's rate is None (a rate of 1 is accepted).

    Raises FundingFieldError (an InputError) naming the first field at fault, the
    line, and what to type instead. Keys other than FIELDS are refused."""
    for name in line:
        if name not in FIELDS:
            raise FundingFieldError(name, translate(
                "Funding", "{where}: funding lines have no field '{name}' (fields: {fields})."
            ).format(where=_where(line), name=name, fields=", ".join(FIELDS)))
    where = _where(line)
    clean: dict = {}

    year = line.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not 1979 <= year <= 2100:
        raise FundingFieldError("year", translate(
            "Funding", "{where}: the year {year!r} is not a year between 1979 and 2100."
        ).format(where=where, year=year))
    clean["year"] = year

    funder = line.get("funder")
    if not isinstance(funder, str) or not funder.strip():
        raise FundingFieldError("funder", translate(
            "Funding", "{where}: the funder is empty. Type who gave the money, for example "
            "'Royal Government of Cambodia' or 'UNDP'.").format(where=where))
    clean["funder"] = funder.strip()

    kind = line.get("funder_kind")
    if kind not in FUNDER_KINDS:
        raise FundingFieldError("funder_kind", translate(
            "Funding", "{where}: unknown funder kind '{kind}'. Choose one of: {allowed}."
        ).format(where=where, kind=kind, allowed=", ".join(FUNDER_KINDS)))
    clean["funder_kind"] = kind

    for name in ("purpose", "note"):
        text = line.get(name)
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise FundingFieldError(name, translate(
                "Funding", "{where}: the {name} must be text, not {value!r}.").format(
                where=where, name=name, value=text))
        clean[name] = text.strip()

    amount = line.get("amount")
    if amount is None:
        raise FundingFieldError("amount", translate(
            "Funding", "{where}: the amount is missing. Type the amount in the line's currency, "
            "for example 130000.").format(where=where))
    if not _is_number(amount) or amount < 0:
        raise FundingFieldError("amount", translate(
            "Funding", "{where}: the amount {amount!r} is not a number of 0 or more. Type the "
            "amount in the line's currency, for example 130000.").format(where=where, amount=amount))
    clean["amount"] = float(amount)

    currency = line.get("currency")
    code = currency.strip().upper() if isinstance(currency, str) else ""
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise FundingFieldError("currency", translate(
            "Funding", "{where}: the currency {currency!r} is not a three-letter ISO 4217 code. "
            "Type a code such as USD, KHR or EUR.").format(where=where, currency=currency))
    if code not in currency_codes():
        raise FundingFieldError("currency", translate(
            "Funding", "{where}: '{code}' is not in CMDesk's list of currencies. Check the code, "
            "or ask the database unit to add it to resources/catalog/currencies.toml."
        ).format(where=where, code=code))
    clean["currency"] = code

    rate = line.get("rate_to_usd")
    if rate == "":
        rate = None
    if code == USD:
        if rate is not None and not (_is_number(rate) and float(rate) == 1.0):
            raise FundingFieldError("rate_to_usd", translate(
                "Funding", "{where}: an amount in USD needs no rate to US$, but {rate!r} was "
                "given. Leave the rate empty.").format(where=where, rate=rate))
        clean["rate_to_usd"] = None
    elif rate is None:
        raise FundingFieldError("rate_to_usd", translate(
            "Funding", "{where}: a rate to US$ is required for {currency}. Type how many US "
            "dollars one {currency} was worth on average that year.").format(
            where=where, currency=code))
    elif not _is_number(rate) or rate <= 0:
        raise FundingFieldError("rate_to_usd", translate(
            "Funding", "{where}: the rate to US$ {rate!r} is not a number above 0. Type how "
            "many US dollars one {currency} was worth, for example 1.1301 for EUR.").format(
            where=where, rate=rate, currency=code))
    else:
        check_rate(code, float(rate), where)
        clean["rate_to_usd"] = float(rate)

    earmarked = line.get("earmarked", False)
    if earmarked not in (True, False) or not isinstance(earmarked, (bool, int)):
        raise FundingFieldError("earmarked", translate(
            "Funding", "{where}: earmarked must be yes or no (true/false or 1/0), not {value!r}."
        ).format(where=where, value=earmarked))
    clean["earmarked"] = int(earmarked)
    return clean


# --- rates ------------------------------------------------------------------------------

USD_PER_UNIT = "usd_per_unit"
"""A rate typed as US dollars for one unit of the currency (how it is stored)."""
UNITS_PER_USD = "units_per_usd"
"""A rate typed as units of the currency for one US dollar (4,100 riels per dollar)."""


def rate_to_usd(typed: float, direction: str) -> float:
    """The rate to US$ (US$ for one unit) from a rate typed either way."""
    if direction == UNITS_PER_USD:
        return 1.0 / typed
    if direction == USD_PER_UNIT:
        return typed
    raise ValueError(f"unknown rate direction {direction!r}")


def describe_rate(code: str, rate: float) -> str:
    """A rate to US$ in words, both ways: "1 KHR = US$0.000244 (4,100 KHR to the US
    dollar)"."""
    per_usd = 1.0 / rate
    return translate("Funding", "1 {code} = US${rate} ({per_usd} {code} to the US dollar)").format(
        code=code, rate=_significant(rate, 4), per_usd=_significant(per_usd, 4))


def _significant(value: float, figures: int = 3) -> str:
    """A positive number to `figures` significant digits (whole numbers from 100 on),
    thousands separated, without trailing zeros."""
    if value >= 100:
        return f"{value:,.0f}"
    digits = max(0, figures - math.floor(math.log10(value)) - 1)
    return f"{value:,.{digits}f}".rstrip("0").rstrip(".")


def check_rate(code: str, rate: float, where: str) -> None:
    """Refuse a rate to US$ outside the currency's plausible range (currencies.toml),
    with the likely fix: the rate typed the other way round, when 1/rate is in range."""
    found = currency(code)
    if found is None or found.rate_range is None:
        return
    low, high = found.rate_range
    if low <= rate <= high:
        return
    inverse = 1.0 / rate
    if low <= inverse <= high:
        fix = translate(
            "Funding", "Did you mean 1/{typed} = {inverse}? That is {words}: the rate is the US "
            "dollars for one {code}.").format(
            typed=_significant(rate), inverse=_significant(inverse), code=code,
            words=describe_rate(code, inverse))
    else:
        fix = translate(
            "Funding", "Check the rate: it is the US dollars for one {code}, the year's average.").format(code=code)
    raise FundingFieldError("rate_to_usd", translate(
        "Funding", "{where}: a rate to US$ of {rate} for {code} is not plausible ({words}; "
        "expected between {low} and {high}). {fix}").format(
        where=where, rate=_significant(rate), code=code, words=describe_rate(code, rate),
        low=_significant(low), high=_significant(high), fix=fix))


# --- amounts ---------------------------------------------------------------------------


def amount_usd(amount: float, currency: str, rate_to_usd: float | None) -> float | None:
    """`amount` in US$: itself for USD, amount × rate otherwise; None when a non-USD
    amount has no rate yet (a form being filled in)."""
    if str(currency).upper() == USD:
        return float(amount) * (1.0 if rate_to_usd is None else float(rate_to_usd))
    if rate_to_usd is None:
        return None
    return float(amount) * float(rate_to_usd)


_SEPARATORS = ",'\u00a0\u202f\u2009 "
_AMOUNT = re.compile(r"(?:\d{1,3}(?:[,'\u00a0\u202f\u2009 ]\d{3})+|\d+)(?:\.\d+)?|\.\d+")


def parse_amount(text: str, field_name: str = "amount") -> float | None:
    """The number of 0 or more in `text` as staff type or paste it ("130000",
    "130,000.50", "400 000 000", "0.00025", Khmer digits), or None when `text` is
    empty. Raises FundingFieldError for `field_name` otherwise."""
    raw = text.strip()
    cleaned = raw.translate(KHMER_DIGITS)
    if not cleaned:
        return None
    if cleaned.startswith(("-", "\u2212")):
        raise FundingFieldError(field_name, translate(
            "Funding", "'{text}' is negative: amounts and rates cannot be below 0.").format(text=raw))
    if not _AMOUNT.fullmatch(cleaned):
        raise FundingFieldError(field_name, translate(
            "Funding", "'{text}' is not a number. Type digits with a point for decimals, for "
            "example 130000, 130,000.50 or 0.00025.").format(text=raw))
    whole, _, decimals = cleaned.partition(".")
    # "12.000" is 12,000 or 12 (cmdesk.numbers); a rate such as 1.085 has three decimals.
    reason = None if field_name == "rate_to_usd" else ambiguity(raw, whole, ".", decimals, counts=False)
    if reason is not None:
        raise FundingFieldError(field_name, reason)
    return float(re.sub(f"[{_SEPARATORS}]", "", cleaned))


def format_money(value: float | None) -> str:
    """An amount as shown: thousands separated, cents only when there are any
    (130,000; 1,234.50); empty for None."""
    if value is None:
        return ""
    rounded = round(float(value), 2)
    if rounded == int(rounded):
        return f"{rounded:,.0f}"
    return f"{rounded:,.2f}"


def format_rate(rate: float | None) -> str:
    """A rate as shown: up to 8 decimals, without trailing zeros (0.00025, 1.1301)."""
    if rate is None:
        return ""
    return f"{float(rate):,.8f}".rstrip("0").rstrip(".")


# --- totals ----------------------------------------------------------------------------


class FundingTotals(NamedTuple):
    """A year's funding in US$. `national` + `international` == `total`; `earmarked`
    is the part of `total` that is earmarked, whatever its kind; `by_kind` has every
    funder kind, in `FUNDER_KINDS` order, 0 where there is no line."""

    total: float
    national: float
    international: float
    earmarked: float
    by_kind: Mapping[str, float]
    lines: int


def totals(lines: Iterable[Mapping]) -> FundingTotals:
    """The totals of `lines`, as the store gives them (each with `amount_usd`)."""
    by_kind = dict.fromkeys(FUNDER_KINDS, 0.0)
    national = international = earmarked = 0.0
    count = 0
    for line in lines:
        usd = line["amount_usd"]
        by_kind[line["funder_kind"]] = by_kind.get(line["funder_kind"], 0.0) + usd
        if line["funder_kind"] == NATIONAL:
            national += usd
        else:
            international += usd
        if line["earmarked"]:
            earmarked += usd
        count += 1
    return FundingTotals(national + international, national, international, earmarked,
                         by_kind, count)
