"""Funding that cannot be silently wrong: each currency's plausible rate to US$
(currencies.toml) with the likely fix, a rate typed either way, and the year's
tenfold-change finding (rules.toml `funding_tenfold_change`)."""

import pytest

from cmdesk.errors import CatalogError
from cmdesk.funding import (
    UNITS_PER_USD,
    USD,
    USD_PER_UNIT,
    FundingFieldError,
    check_line,
    describe_rate,
    load_currencies,
    rate_to_usd,
)
from cmdesk.validation.year import year_findings

RIELS = {"year": 2024, "funder": "Ministry of Economy and Finance", "funder_kind": "national_budget",
         "amount": 410_000_000, "currency": "KHR", "rate_to_usd": 4100}


def test_riels_at_4100_are_refused_with_the_inverse_as_the_fix():
    with pytest.raises(FundingFieldError) as info:
        check_line(RIELS)
    message = str(info.value)
    assert info.value.field == "rate_to_usd"
    assert "Ministry of Economy and Finance" in message and "not plausible" in message
    assert "Did you mean 1/4,100 = 0.000244?" in message
    assert "4,100 KHR to the US dollar" in message
    # The suggested rate is accepted and gives the 100,000 dollars meant.
    assert check_line({**RIELS, "rate_to_usd": 0.000244})["rate_to_usd"] == 0.000244


def test_a_rate_far_outside_the_range_either_way_says_what_the_rate_is():
    with pytest.raises(FundingFieldError) as info:
        check_line({**RIELS, "currency": "EUR", "amount": 1000, "rate_to_usd": 113.01})
    assert "expected between 0.8 and 1.7" in str(info.value)
    assert "Did you mean" not in str(info.value)
    assert "the US dollars for one EUR" in str(info.value)


def test_every_shipped_currency_but_the_dollar_has_a_range_that_holds_its_usual_rate():
    usual = {"KHR": 1 / 4100, "EUR": 1.1301, "JPY": 1 / 112.1, "AUD": 0.7671, "GBP": 1.27,
             "THB": 1 / 34, "KRW": 1 / 1350, "VND": 1 / 25000}
    for currency in load_currencies():
        if currency.code == USD:
            assert currency.rate_range is None
            continue
        low, high = currency.rate_range
        assert 0 < low < high, currency.code
        if currency.code in usual:
            assert low <= usual[currency.code] <= high, currency.code


def test_a_rate_typed_either_way_is_stored_as_us_dollars_per_unit_and_said_in_words():
    assert rate_to_usd(4100, UNITS_PER_USD) == pytest.approx(1 / 4100)
    assert rate_to_usd(1.1301, USD_PER_UNIT) == 1.1301
    assert describe_rate("KHR", 1 / 4100) == "1 KHR = US$0.0002439 (4,100 KHR to the US dollar)"
    assert describe_rate("EUR", 1.1301) == "1 EUR = US$1.13 (0.8849 EUR to the US dollar)"


def test_a_malformed_range_is_a_catalog_error(tmp_path):
    (tmp_path / "currencies.toml").write_text(
        '[[currency]]\ncode = "USD"\nname = "US dollar"\n\n'
        '[[currency]]\ncode = "KHR"\nname = "Riel"\nrate_to_usd = [0.0003, 0.0002]\n', encoding="utf-8")
    with pytest.raises(CatalogError, match=r"currency 2: 'rate_to_usd' must be \[lowest, highest\]"):
        load_currencies(tmp_path)


def _funding(store, year, amount):
    store.funding.add({"year": year, "funder": "UNDP", "funder_kind": "un_agency",
                       "amount": amount, "currency": "USD"})


def _tenfold(store, catalog, year):
    return [f for f in year_findings(store, catalog, year) if f.rule == "funding_tenfold_change"]


def test_funding_that_moves_more_than_tenfold_from_the_year_before_is_a_finding(store, catalog):
    _funding(store, 2023, 230_000)
    _funding(store, 2024, 2_400_000)
    (found,) = _tenfold(store, catalog, 2024)
    assert found.severity == "warning"
    assert found.message == (
        "Funding for 2024 is US$2,400,000, 10 times as much as the US$230,000 of 2023. Check "
        "each line's amount, currency and rate to US$ (Budget page).")
    _funding(store, 2022, 23_000_000)
    assert "1/100 of the US$23,000,000 of 2022" in _tenfold(store, catalog, 2023)[0].message


def test_funding_within_tenfold_or_without_a_previous_year_raises_nothing(store, catalog):
    _funding(store, 2024, 230_000)
    assert _tenfold(store, catalog, 2024) == []
    _funding(store, 2023, 100_000)
    assert _tenfold(store, catalog, 2024) == []
