"""Checking one casualty record (cmdesk/casualties/records.py): dates with or without
the day, ages and age groups, provinces, coordinates and the rules across fields."""

import datetime as dt

import pytest

from cmdesk.casualties import (
    COLUMNS,
    IncidentDate,
    ProvinceLookup,
    check_record,
    parse_age,
    parse_incident_date,
    written_form,
)
from cmdesk.errors import InputError

TODAY = dt.date(2025, 6, 30)


@pytest.fixture(scope="module")
def provinces(catalog):
    return ProvinceLookup(catalog.provinces)


@pytest.mark.parametrize("text, stored", [
    ("2024-03-15", "2024-03-15"),
    ("2024-3-5", "2024-03-05"),
    ("15/03/2024", "2024-03-15"),
    ("5/3/2024", "2024-03-05"),
    ("2024-03", "2024-03"),  # the day unknown
    ("២០២៤-០៣-១៥", "2024-03-15"),
    (dt.datetime(2024, 3, 15), "2024-03-15"),
    ("1979-01-01", "1979-01-01"),
    ("2025-06", "2025-06"),
])
def test_dates_in_the_accepted_forms(text, stored):
    date = parse_incident_date(text, TODAY)
    assert date.stored == stored
    assert IncidentDate.from_stored(stored) == date


def test_a_date_whose_day_is_unknown_keeps_its_month_and_sorts_first():
    date = parse_incident_date("2024-03", TODAY)
    assert (date.year, date.month, date.day) == (2024, 3, None)
    assert date.stored < "2024-03-01" < "2024-04"


@pytest.mark.parametrize("text, reason", [
    ("2024", "not a date"),
    ("03/2024", "not a date"),
    ("15-03-2024", "not a date"),
    ("2024/03/15", "not a date"),
    ("15/03/24", "not a date"),
    ("March 2024", "not a date"),
    ("31/02/2024", "no day 31 in month 2"),
    ("2024-13", "no month 13"),
    ("1978-12-31", "before 1979"),
    ("2025-07-01", "future"),
    ("2025-07", "future"),
])
def test_other_dates_are_refused_with_the_reason(text, reason):
    with pytest.raises(InputError) as info:
        parse_incident_date(text, TODAY)
    assert reason in str(info.value)


def test_ages_are_whole_years_up_to_120():
    assert parse_age("34") == 34 and parse_age("០") == 0 and parse_age("") is None
    for text in ("140", "-3", "12.5", "twelve"):
        with pytest.raises(InputError):
            parse_age(text)


@pytest.mark.parametrize("text", ["02", "2", "Battambang", "BATTAMBANG", "battambang province",
                                  "បាត់ដំបង", "ខេត្តបាត់ដំបង", "Province of Battambang"])
def test_a_province_by_code_english_or_khmer_name(provinces, text):
    assert provinces.resolve(text) == "02"


def test_phnom_penh_and_unknown_provinces(provinces):
    assert provinces.resolve("Phnom Penh") == "12" and provinces.resolve("phnom-penh") == "12"
    assert provinces.resolve("") is None
    for text in ("Mars", "99", "Battambang district"):
        with pytest.raises(InputError) as info:
            provinces.resolve(text)
        assert "not a province of Cambodia" in str(info.value)


def record(**cells):
    return {"outcome": "injured", **cells}


def problems_of(result):
    return {p.column: p.reason for p in result.problems}


def test_a_good_record_is_normalised_for_the_store(provinces):
    result = check_record(record(
        source_id=" CMVIS-1 ", incident_date="15/03/2024", province="បាត់ដំបង", sex="M",
        age="12", device_type="AP mine", amputation="Y", status="civ", latitude="13.09",
        longitude="103.2", village="Ta Kream", name="Sok"), provinces, TODAY)
    assert result.ok
    stored = result.record
    assert stored["source_id"] == "CMVIS-1" and stored["incident_date"] == "2024-03-15"
    assert stored["province_code"] == "02" and stored["sex"] == "male"
    assert stored["age"] == 12 and stored["age_group"] == "child"  # from the age
    assert stored["device_type"] == "antipersonnel_mine" and stored["amputation"] == "yes"
    assert (stored["latitude"], stored["longitude"]) == (13.09, 103.2)


def test_empty_coded_cells_take_their_defaults_but_the_outcome_is_required(provinces):
    result = check_record({"incident_date": "2024-03"}, provinces, TODAY)
    assert list(problems_of(result)) == ["outcome"]
    result = check_record(record(), provinces, TODAY)
    assert result.ok
    assert {result.record[k] for k in ("device_type", "status", "sex", "age_group", "amputation")} == {"unknown"}
    assert result.record["source_id"] is None and result.record["incident_date"] is None


def test_amputation_is_for_the_injured_only(provinces):
    assert "injured people only" in problems_of(
        check_record(record(outcome="killed", amputation="yes"), provinces, TODAY))["amputation"]
    for amputation in ("", "unknown", "no"):
        result = check_record(record(outcome="killed", amputation=amputation), provinces, TODAY)
        assert result.record["amputation"] == "no"


def test_age_and_age_group_must_agree(provinces):
    found = problems_of(check_record(record(age="12", age_group="adult"), provinces, TODAY))
    assert "a child is under 18" in found["age_group"]
    assert check_record(record(age="18", age_group="adult"), provinces, TODAY).ok
    assert check_record(record(age_group="child"), provinces, TODAY).record["age"] is None


def test_coordinates_come_together_and_inside_cambodia(provinces):
    assert "both" in problems_of(check_record(record(latitude="13.1"), provinces, TODAY))["longitude"]
    swapped = problems_of(check_record(record(latitude="103.2", longitude="13.1"), provinces, TODAY))
    assert "outside Cambodia" in swapped["latitude"] and "outside Cambodia" in swapped["longitude"]


def test_every_problem_of_a_record_is_reported_at_once(provinces):
    result = check_record({"incident_date": "31/02/2024", "province": "Mars", "sex": "X",
                           "age": "140", "device_type": "mine", "outcome": "dead",
                           "amputation": "yes", "colour": "red"}, provinces, TODAY)
    assert result.record is None
    assert set(problems_of(result)) == {"incident_date", "province", "sex", "age", "device_type",
                                        "amputation", "colour"}
    texts = {p.column: p.text for p in result.problems}
    assert texts["age"] == "140" and texts["province"] == "Mars"


def test_a_stored_record_written_back_checks_to_itself(provinces):
    first = check_record(record(incident_date="2024-03", province="Pailin", age="41", sex="F",
                                latitude="12.85", longitude="102.6", notes="ស្រែ"), provinces, TODAY)
    again = check_record(written_form(first.record), provinces, TODAY)
    assert again.record == first.record
    assert set(written_form(first.record)) == set(COLUMNS)


def test_a_date_range_takes_a_month_alone_as_its_first_or_last_day():
    from cmdesk.casualties import IncidentDate

    march = IncidentDate(2024, 3)
    assert (march.range_start, march.range_end) == ("2024-03-01", "2024-03-31")
    # Stored dates compare as text: every day of the month, and the month alone, fall inside.
    assert all(march.range_start <= f"2024-03-{day:02d}" <= march.range_end for day in (1, 15, 31))
    assert "2024-02-29" < march.range_start and "2024-04-01" > march.range_end
    day = IncidentDate(2024, 3, 9)
    assert (day.range_start, day.range_end) == ("2024-03-09", "2024-03-09")


def test_the_fields_of_a_record_are_defined_once_with_label_kind_and_codes():
    from cmdesk.casualties import COLUMNS, record_fields
    from cmdesk.casualties.codes import CODES, code_labels, field_labels
    from cmdesk.casualties.fields import CODE, FIELD_KINDS

    fields = record_fields()
    assert tuple(field.column for field in fields) == COLUMNS
    assert all(field.kind in FIELD_KINDS and field.label == field_labels()[field.column]
               for field in fields)
    coded = {field.column: field.codes for field in fields if field.kind == CODE}
    assert coded == {name: code_labels(name) for name in CODES}
    assert all(not field.codes for field in fields if field.kind != CODE)
