"""The smaller entry basics of issue 19, each as a user meets it: dates typed as
DD/MM/YYYY everywhere, one import message per reason with its count, the same-value
check within one unit, and the casualty import's guesses of common headings."""

import datetime as dt

import pytest

from cmdesk.casualties import parse_incident_date
from cmdesk.catalog import TOTAL
from cmdesk.dates import parse_date, read_date
from cmdesk.errors import InputError
from cmdesk.exchange import plan_values_import
from cmdesk.exchange.casualties_import import guess_mapping
from cmdesk.exchange.problems import by_reason, line_ranges
from cmdesk.validation import check_values

from tests.core.cli_helpers import run


@pytest.mark.parametrize("typed", ["30/04/2026", "2026-04-30", "៣០/០៤/២០២៦", " 30/4/2026 "])
def test_one_date_parser_reads_iso_and_day_month_year(typed):
    assert parse_date(typed) == dt.date(2026, 4, 30)


@pytest.mark.parametrize("typed, message", [
    ("31/04/2026", "there is no day 31 in month 4 of 2026"),
    ("30/13/2026", "there is no month 13"),
    ("04/30/2026", "there is no month 30"),
    ("2026-04", "not a date CMDesk reads. Write 2025-04-30 or 30/04/2025."),
])
def test_a_date_that_is_not_one_says_what_to_type(typed, message):
    with pytest.raises(InputError, match=message):
        parse_date(typed)


def test_the_casualty_dates_use_the_same_parser_and_may_leave_out_the_day():
    assert read_date("2024-03", day_may_be_unknown=True) == (2024, 3, None)
    assert parse_incident_date("15/03/2024").stored == "2024-03-15"


def test_the_submission_date_is_accepted_as_30_04_2026_and_stored_as_iso(store):
    store.submissions.set(2025, submission_date="30/04/2026")
    assert store.submissions.get(2025)["submission_date"] == "2026-04-30"
    with pytest.raises(InputError, match="The submission date '31/04/2026': there is no day 31"):
        store.submissions.set(2025, submission_date="31/04/2026")


def test_a_returns_received_date_is_accepted_as_dd_mm_yyyy(store):
    store.returns.update(2025, "mosvy", "rehabilitation", received_on="19/02/2026")
    assert store.returns.get(2025, "mosvy", "rehabilitation")["received_on"] == "2026-02-19"


def test_the_cli_reads_day_month_year_dates_too(tmp_path, capsys):
    db = tmp_path / "new.cmdesk"
    run(capsys, "init", "--db", db)
    code, _, err = run(capsys, "completeness", "--year", 2025, "--db", db, "--on", "30/04/2026")
    assert code == 0, err
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "completeness", "--year", 2025, "--db", db, "--on", "31/04/2026")
    assert exit_.value.code == 2
    assert "--on: '31/04/2026': there is no day 31 in month 4 of 2026" in capsys.readouterr().err


def test_importing_into_a_submitted_year_gives_one_message_with_the_count(store, tmp_path, capsys):
    store.years.set_status(2025, "submitted")
    lines = ["year,source,item,part,value,comment"] + [
        f"2025,national,{code},total,{n},"
        for n, code in enumerate(["dev.repair", "dev.seating", "dev.tricycle", "dev.walking_aid",
                                  "dev.prosthesis.lower", "dev.prosthesis.upper", "dev.orthosis.lower",
                                  "dev.orthosis.upper", "dev.orthosis.spinal", "dev.wheelchair.adult",
                                  "dev.wheelchair.child", "dev.non_orthopaedic", "dev.total_reported"], 1)]
    path = tmp_path / "late.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = plan_values_import(store, store.catalog, path)
    assert len(plan.problems) == 13
    (group,) = by_reason(plan.problems)
    assert (group.times, group.where, group.column) == (13, "2-14", "year")
    assert "2025" in group.reason and "submitted" in group.reason
    db = store.path
    store.close()
    code, _, err = run(capsys, "import", "values", path, "--db", db)
    assert code == 1
    first, summary = err.strip().splitlines()
    assert first.startswith(f"{path}: 13 lines (2-14): column year: ") and "submitted" in first
    assert summary.startswith("13 problem(s); nothing was imported")


def test_line_ranges():
    assert line_ranges([9, 2, 3, 4, 4]) == "2-4, 9"


def test_the_same_value_is_questioned_only_between_items_of_the_same_unit(catalog):
    values = {("dev.repair", TOTAL): 1058, ("inc.entrepreneurship_training", TOTAL): 1058}
    assert [f for f in check_values(catalog, values) if f.rule == "same_value_in_two_items"] == []
    values[("inc.awareness", TOTAL)] = 1058
    (found,) = [f for f in check_values(catalog, values) if f.rule == "same_value_in_two_items"]
    assert found.items == ("inc.entrepreneurship_training", "inc.awareness")


@pytest.mark.parametrize("heading, column", [
    ("Date of accident", "incident_date"), ("Killed/Injured", "outcome"), ("K/I", "outcome"),
    ("CMVIS No.", "source_id"), ("Type of device", "device_type"), ("Sex (M/F)", "sex"),
    ("Adult/Child", "age_group"), ("Remarks", "notes"),
    ("កាលបរិច្ឆេទកើតហេតុ", "incident_date"), ("ខេត្ត", "province"), ("ស្រុក", "district"),
    ("ឃុំ", "commune"), ("ភូមិ", "village"), ("ភេទ", "sex"), ("អាយុ", "age"),
    ("ស្លាប់/របួស", "outcome"), ("ឈ្មោះ", "name"),
])
def test_the_mapping_step_guesses_common_english_and_khmer_headings(heading, column):
    assert guess_mapping([heading]) == {heading: column}


def test_a_register_with_english_headings_is_mapped_whole():
    headings = ["CMVIS No.", "Date of accident", "Province", "District", "Killed/Injured",
                "Sex", "Age", "Type of device", "Unrelated"]
    assert guess_mapping(headings) == {
        "CMVIS No.": "source_id", "Date of accident": "incident_date", "Province": "province",
        "District": "district", "Killed/Injured": "outcome", "Sex": "sex", "Age": "age",
        "Type of device": "device_type", "Unrelated": None}
