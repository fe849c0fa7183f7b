"""Funding (cmdesk/funding.py and cmdesk/store/funding.py): the currency list, the
checks on a line, add/get/update/delete/restore with their audit rows, US$ amounts
computed and never stored, and a year's totals."""

import json
import math

import pytest

from cmdesk import i18n
from cmdesk.errors import CatalogError, InputError
from cmdesk.funding import (
    FIELDS,
    FUNDER_KINDS,
    FundingFieldError,
    amount_usd,
    check_line,
    currency_codes,
    format_money,
    format_rate,
    funder_kind_label,
    funder_kind_labels,
    load_currencies,
    parse_amount,
    totals,
)
from cmdesk.store import funding as store_funding

UNDP = {"year": 2024, "funder": "UNDP", "funder_kind": "un_agency", "purpose": "VA",
        "amount": 130000, "currency": "USD", "earmarked": True, "note": "Earmarked fund"}
JAPAN = {"year": 2024, "funder": "Government of Japan", "funder_kind": "donor_government",
         "amount": 15_000_000, "currency": "JPY", "rate_to_usd": 0.0066}


def audit(store, line_id):
    return [(r["field"], r["old_value"], r["new_value"], r["who"]) for r in store.db.query(
        "SELECT field, old_value, new_value, who FROM audit_log "
        "WHERE table_name = 'funding_lines' AND row_key = ? ORDER BY id", [line_id])]


def nothing_written(store):
    return store.counts()["funding_lines"] == 0 and store.counts()["audit_log"] == 0


# --- currencies and labels -----------------------------------------------------------


def test_the_currency_list_has_the_donors_currencies_with_names():
    currencies = load_currencies()
    assert currencies[0].code == "USD"
    codes = [c.code for c in currencies]
    assert {"USD", "KHR", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF", "SEK", "NOK", "DKK",
            "KRW", "CNY", "THB", "NZD"} <= set(codes)
    assert len(codes) == len(set(codes)) == len(currency_codes())
    for currency in currencies:
        assert len(currency.code) == 3 and currency.code.isupper() and currency.name


@pytest.mark.parametrize("content, expected", [
    ('[[currency]]\ncode = "usd"\nname = "US dollar"\n', "currency 1"),
    ('[[currency]]\ncode = "USD"\nname = ""\n', "'name' is missing"),
    ('[[currency]]\ncode = "USD"\nname = "a"\n[[currency]]\ncode = "USD"\nname = "b"\n',
     "appears twice"),
    ('[[currency]]\ncode = "EUR"\nname = "Euro"\n', "USD is missing"),
    ("[[currency]\n", "not valid TOML"),
])
def test_a_broken_currency_file_is_refused_naming_the_entry(tmp_path, content, expected):
    (tmp_path / "currencies.toml").write_text(content, encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_currencies(tmp_path)
    assert expected in str(info.value) and "currencies.toml" in str(info.value)


def test_funder_kinds_have_translatable_labels():
    labels = funder_kind_labels()
    assert list(labels) == list(FUNDER_KINDS) == list(store_funding.FUNDER_KINDS)
    assert all(labels.values())
    assert funder_kind_label("un_agency") == "UN agency"
    assert funder_kind_label("other") == "other"
    i18n.set_translator(lambda context, text: f"[{context}] {text}")
    try:
        assert funder_kind_label("ngo") == "[Funding] NGO"
    finally:
        i18n.set_translator(None)


# --- checking a line -----------------------------------------------------------------


def test_a_line_is_normalised():
    clean = check_line({**JAPAN, "funder": "  Government of Japan ", "currency": " jpy",
                        "earmarked": 1, "purpose": None})
    assert clean == {"year": 2024, "funder": "Government of Japan",
                     "funder_kind": "donor_government", "purpose": "", "amount": 15_000_000.0,
                     "currency": "JPY", "rate_to_usd": 0.0066, "earmarked": 1, "note": ""}
    assert set(clean) == set(FIELDS)
    usd = check_line({**UNDP, "rate_to_usd": 1})
    assert usd["rate_to_usd"] is None and usd["earmarked"] == 1
    assert check_line({**UNDP, "rate_to_usd": ""})["rate_to_usd"] is None


BAD_LINES = [
    ({"funder": ""}, "funder", "funder is empty"),
    ({"funder": "   "}, "funder", "funder is empty"),
    ({"funder": None}, "funder", "funder is empty"),
    ({"funder_kind": "friends"}, "funder_kind", "unknown funder kind 'friends'"),
    ({"funder_kind": None}, "funder_kind", "national_budget, un_agency"),
    ({"amount": -1}, "amount", "not a number of 0 or more"),
    ({"amount": "130000"}, "amount", "not a number of 0 or more"),
    ({"amount": True}, "amount", "not a number of 0 or more"),
    ({"amount": math.nan}, "amount", "not a number of 0 or more"),
    ({"amount": math.inf}, "amount", "not a number of 0 or more"),
    ({"amount": None}, "amount", "amount is missing"),
    ({"currency": "US"}, "currency", "not a three-letter ISO 4217 code"),
    ({"currency": "US$"}, "currency", "not a three-letter ISO 4217 code"),
    ({"currency": 840}, "currency", "not a three-letter ISO 4217 code"),
    ({"currency": None}, "currency", "not a three-letter ISO 4217 code"),
    ({"currency": "XYZ"}, "currency", "'XYZ' is not in CMDesk's list of currencies"),
    ({"rate_to_usd": 2}, "rate_to_usd", "USD needs no rate"),
    ({"currency": "EUR"}, "rate_to_usd", "a rate to US$ is required for EUR"),
    ({"currency": "EUR", "rate_to_usd": ""}, "rate_to_usd", "a rate to US$ is required for EUR"),
    ({"currency": "EUR", "rate_to_usd": 0}, "rate_to_usd", "not a number above 0"),
    ({"currency": "EUR", "rate_to_usd": -1.1}, "rate_to_usd", "not a number above 0"),
    ({"currency": "EUR", "rate_to_usd": "1.13"}, "rate_to_usd", "not a number above 0"),
    ({"earmarked": "yes"}, "earmarked", "earmarked must be yes or no"),
    ({"earmarked": 2}, "earmarked", "earmarked must be yes or no"),
    ({"earmarked": 1.0}, "earmarked", "earmarked must be yes or no"),
    ({"year": 1900}, "year", "between 1979 and 2100"),
    ({"year": "2024"}, "year", "between 1979 and 2100"),
    ({"year": True}, "year", "between 1979 and 2100"),
    ({"note": 5}, "note", "must be text"),
    ({"amount_usd": 5}, "amount_usd", "no field 'amount_usd'"),
]


@pytest.mark.parametrize("change, field, message", BAD_LINES)
def test_a_wrong_line_is_refused_naming_the_field_the_line_and_what_to_do(change, field, message):
    with pytest.raises(FundingFieldError) as info:
        check_line({**UNDP, **change})
    assert isinstance(info.value, InputError)
    assert info.value.field == field
    assert message in str(info.value)
    where = "A funding line for 2024" if field == "funder" else "Funding line 'UNDP' ("
    assert str(info.value).startswith(where), str(info.value)


@pytest.mark.parametrize("change, field, message", BAD_LINES)
def test_the_store_writes_nothing_for_a_wrong_line(store, change, field, message):
    with pytest.raises(InputError) as info:
        store.funding.add({**UNDP, **change})
    assert message in str(info.value)
    assert nothing_written(store)


def test_required_fields_must_be_given():
    for name in ("year", "funder", "funder_kind", "amount", "currency"):
        line = {key: value for key, value in UNDP.items() if key != name}
        with pytest.raises(FundingFieldError) as info:
            check_line(line)
        assert info.value.field == name


# --- amounts as typed and shown ------------------------------------------------------


@pytest.mark.parametrize("text, value", [
    ("130000", 130000), ("130,000", 130000), (" 400 000 000 ", 400_000_000),
    ("130,000.50", 130000.5), ("0.00025", 0.00025), (".5", 0.5), ("១៣០០០០", 130000),
    ("1'234'567.25", 1234567.25), ("", None), ("  ", None),
])
def test_amounts_are_read_as_staff_type_them(text, value):
    assert parse_amount(text) == value


@pytest.mark.parametrize("text, message", [
    ("-5", "negative"), ("abc", "not a number"), ("1,23", "not a number"),
    ("1.2.3", "not a number"), ("12,34,567", "not a number"), ("1e5", "not a number"),
])
def test_unreadable_amounts_are_refused_for_their_field(text, message):
    with pytest.raises(FundingFieldError) as info:
        parse_amount(text, "rate_to_usd")
    assert message in str(info.value) and info.value.field == "rate_to_usd"


def test_amounts_and_rates_are_shown_with_separators_and_without_noise():
    assert format_money(130000) == "130,000"
    assert format_money(1234.5) == "1,234.50"
    assert format_money(100000.00000000001) == "100,000"
    assert format_money(None) == ""
    assert format_rate(0.00025) == "0.00025"
    assert format_rate(1.1301) == "1.1301"
    assert format_rate(1 / 112.1) == "0.00892061"
    assert format_rate(4100) == "4,100"
    assert format_rate(None) == ""


def test_us_dollar_amounts_are_amount_times_rate():
    assert amount_usd(130000, "USD", None) == 130000
    assert amount_usd(400_000_000, "KHR", 0.00025) == pytest.approx(100000)
    assert amount_usd(5, "EUR", None) is None


# --- the store -----------------------------------------------------------------------


def test_add_then_get_computes_the_us_dollar_amount_and_never_stores_it(store):
    line_id = store.funding.add(JAPAN)
    line = store.funding.get(line_id)
    assert line["funder"] == "Government of Japan" and line["currency"] == "JPY"
    assert line["amount_usd"] == pytest.approx(99000)
    assert line["office"] == "hq" and line["earmarked"] == 0
    columns = {row["name"] for row in store.db.query("PRAGMA table_info(funding_lines)")}
    assert "amount_usd" not in columns
    assert store.funding.get("no-such-id") is None
    assert audit(store, line_id) == [("*", None, "added", "alice")]


def test_update_writes_and_audits_each_changed_field_once(store):
    line_id = store.funding.add(JAPAN)
    before = store.funding.get(line_id)
    changes = store.funding.update(line_id, amount=16_000_000, rate_to_usd=0.0065,
                                   funder="Government of Japan", note="via JICA")
    assert changes == {"amount": (15_000_000.0, 16_000_000.0), "rate_to_usd": (0.0066, 0.0065),
                       "note": ("", "via JICA")}
    after = store.funding.get(line_id)
    assert after["amount_usd"] == pytest.approx(104000)
    assert after["created_at"] == before["created_at"]
    assert audit(store, line_id)[1:] == [
        ("amount", "15000000.0", "16000000.0", "alice"),
        ("rate_to_usd", "0.0066", "0.0065", "alice"),
        ("note", "", "via JICA", "alice"),
    ]
    assert store.funding.update(line_id, note="via JICA") == {}
    assert len(audit(store, line_id)) == 4


def test_an_update_is_checked_as_the_whole_line_it_makes(store):
    line_id = store.funding.add(UNDP)
    before = store.funding.get(line_id)
    with pytest.raises(FundingFieldError) as info:
        store.funding.update(line_id, currency="EUR")
    assert info.value.field == "rate_to_usd" and "EUR" in str(info.value)
    with pytest.raises(FundingFieldError):
        store.funding.update(line_id, amount_usd=5)
    assert store.funding.get(line_id) == before
    assert store.funding.update(line_id, currency="EUR", rate_to_usd=1.08) == {
        "currency": ("USD", "EUR"), "rate_to_usd": (None, 1.08)}
    # Back to US$: a rate left over is refused, not silently dropped.
    with pytest.raises(FundingFieldError) as info:
        store.funding.update(line_id, currency="USD")
    assert "needs no rate" in str(info.value)
    assert store.funding.update(line_id, currency="USD", rate_to_usd=None)["rate_to_usd"] == (1.08, None)


def test_moving_a_line_to_another_year_makes_that_year(store):
    line_id = store.funding.add(UNDP)
    store.funding.update(line_id, year=2025)
    assert store.years.with_data() == [2024, 2025]
    assert [line["id"] for line in store.funding.for_year(2025)] == [line_id]


def test_delete_returns_the_line_and_restore_puts_it_back_with_its_id(store):
    line_id = store.funding.add(JAPAN)
    stored = store.funding.get(line_id)
    deleted = store.funding.delete(line_id)
    assert "amount_usd" not in deleted
    assert deleted == {k: v for k, v in stored.items() if k != "amount_usd"}
    assert store.funding.get(line_id) is None and store.funding.for_year(2024) == []
    field, old, new, _ = audit(store, line_id)[-1]
    assert (field, new) == ("*", "deleted") and json.loads(old)["funder"] == "Government of Japan"
    assert store.funding.restore(deleted) == line_id
    assert store.funding.get(line_id) == stored
    assert audit(store, line_id)[-1] == ("*", "deleted", "restored", "alice")
    with pytest.raises(InputError) as info:
        store.funding.restore(deleted)
    assert "exists already" in str(info.value)


def test_a_missing_line_cannot_be_changed_or_deleted(store):
    for operation in (lambda: store.funding.update("gone", amount=1),
                      lambda: store.funding.delete("gone")):
        with pytest.raises(InputError) as info:
            operation()
        assert "no funding line with id gone" in str(info.value)
    with pytest.raises(InputError):
        store.funding.restore({**UNDP})
    with pytest.raises(InputError):
        store.funding.restore({**UNDP, "id": "x", "currency": "EUR"})
    assert nothing_written(store)


def test_lines_are_listed_national_first_then_by_kind_and_funder(store):
    store.funding.add({**UNDP, "funder": "UNICEF"})
    store.funding.add(JAPAN)
    store.funding.add({**UNDP, "funder": "Royal Government of Cambodia",
                       "funder_kind": "national_budget"})
    store.funding.add(UNDP)
    assert [line["funder"] for line in store.funding.for_year(2024)] == [
        "Royal Government of Cambodia", "UNDP", "UNICEF", "Government of Japan"]


# --- totals --------------------------------------------------------------------------


def test_the_demo_year_totals(demo_store):
    figures = totals(demo_store.funding.for_year(2024))
    assert figures.national == 100000
    assert figures.international == 130000
    assert figures.earmarked == 130000
    assert figures.total == 230000
    assert figures.lines == 2
    assert dict(figures.by_kind) == {"national_budget": 100000, "un_agency": 130000,
                                     "donor_government": 0, "ngo": 0, "private": 0}
    assert [line["earmarked"] for line in demo_store.funding.for_year(2024)] == [0, 1]


def test_totals_convert_every_line_to_us_dollars(store):
    store.funding.add(UNDP)
    store.funding.add(JAPAN)
    store.funding.add({"year": 2024, "funder": "Ministry of Economy and Finance",
                       "funder_kind": "national_budget", "amount": 400_000_000,
                       "currency": "KHR", "rate_to_usd": 0.00025, "earmarked": False})
    store.funding.add({"year": 2024, "funder": "Handicap International", "funder_kind": "ngo",
                       "amount": 10000, "currency": "EUR", "rate_to_usd": 1.08,
                       "earmarked": True})
    figures = totals(store.funding.for_year(2024))
    assert figures.national == pytest.approx(100000)
    assert figures.international == pytest.approx(130000 + 99000 + 10800)
    assert figures.total == pytest.approx(figures.national + figures.international)
    assert figures.earmarked == pytest.approx(130000 + 10800)
    assert figures.by_kind["donor_government"] == pytest.approx(99000)
    assert figures.by_kind["ngo"] == pytest.approx(10800)
    assert totals([]).total == 0 and totals([]).by_kind["private"] == 0


@pytest.mark.parametrize("text, reason", [
    ("12.000", "either 12,000 (with '.' between the thousands) or 12:"),
    ("130.500", "either 130,500 (with '.' between the thousands) or 130.5:"),
])
def test_an_amount_whose_mark_could_separate_thousands_is_refused_with_both_readings(text, reason):
    with pytest.raises(FundingFieldError) as info:
        parse_amount(text, "amount")
    assert reason in str(info.value) and info.value.field == "amount"
    assert parse_amount("1.085", "rate_to_usd") == 1.085  # a rate may have three decimals
    assert parse_amount("12.00", "amount") == 12 and parse_amount("1,300.500", "amount") == 1300.5
