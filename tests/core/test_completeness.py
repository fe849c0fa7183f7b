"""Completeness of a reporting year (cmdesk/completeness.py): each status with data that
must and must not produce it, the suggestion of the date received from the data
entered, the refusal to check a return whose figures have errors, the year's changes
to what is expected and when, the defaults in returns.toml, and the demo's 2024."""

from datetime import date

import pytest

import cmdesk.review
from cmdesk.catalog.returns import load_returns
from cmdesk.completeness import (
    CHECKED,
    EXPECTED,
    NOT_EXPECTED,
    OVERDUE,
    RECEIVED,
    SectionHasErrors,
    completeness,
    counts,
    missing_or_overdue,
    record_checked,
    record_received,
    record_received_many,
    section_errors,
    set_expectation,
    short_source_name,
    summary_text,
)
from cmdesk.errors import CatalogError, InputError

YEAR = 2024
DUE_DEVICES = date(2025, 1, 31)  # returns.toml: devices due 31 January of the next year
NOON = "T12:00:00+00:00"  # the same calendar day in every time zone from UTC-11 to UTC+11


def rows(store, today=date(2025, 3, 1), year=YEAR):
    return {s.key: s for s in completeness(store, store.catalog, year, today)}


def backdate(store, table, stamp, where="1 = 1", params=()):
    """Pretend the rows of `table` matching `where` were entered at `stamp`."""
    store.db.execute(f"UPDATE {table} SET created_at = ? WHERE {where}", [stamp, *params])


# --- the defaults (resources/catalog/returns.toml) -------------------------------------


def test_the_shipped_defaults_expect_the_prcs_devices_and_cmaa_register_not_the_national_total(catalog):
    defaults = load_returns(catalog)
    for prc in (s.code for s in catalog.sources if s.kind == "prc"):
        assert defaults.is_expected(prc, "devices") and defaults.is_expected(prc, "rehabilitation")
        assert not defaults.is_expected(prc, "inclusion")
    assert defaults.is_expected("cmaa", "casualties") and defaults.is_expected("cmaa", "funding")
    assert defaults.is_expected("mosvy", "inclusion") and defaults.is_expected("hi", "psychosocial")
    assert not any(source == "national" for source, _ in defaults.expected)
    labels = {s.code: s.label for s in defaults.sections}
    assert labels["devices"] == "Assistive devices produced or repaired by PRCs"  # items.toml's
    assert labels["funding"] == "Budgets and funding"
    assert defaults.section("devices").default_due(YEAR) == DUE_DEVICES


def test_every_section_is_due_well_before_the_article_7_report(catalog):
    # The report is due on 30 April: returns must leave time to check them.
    for section in load_returns(catalog).sections:
        assert section.default_due(YEAR) <= date(2025, 2, 28), section.code


@pytest.mark.parametrize("text, problem", [
    ('[[section]]\ncode = "devices"\ndue = "02-30"\n', "not a day that every year has"),
    ('[[section]]\ncode = "devices"\ndue = "02-29"\n', "not a day that every year has"),
    ('[[section]]\ncode = "devices"\ndue = "31 January"\n', "'due' must be a month and day"),
    ('[[section]]\ncode = "services"\ndue = "01-31"\n', "not an item group"),
    ('[[section]]\ncode = "funding"\ndue = "01-31"\n', "'label' is missing"),
    ('[[section]]\ncode = "devices"\nlabel = "Devices"\ndue = "01-31"\n', "remove 'label'"),
    ('[[section]]\ncode = "devices"\ndue = "01-31"\n[[section]]\ncode = "devices"\ndue = "01-31"\n',
     "appears twice"),
    ('[[section]]\ncode = "devices"\ndue = "01-31"\n[[expect]]\nsources = ["prc.99"]\n'
     'sections = ["devices"]\n', "unknown reporting source 'prc.99'"),
    ('[[section]]\ncode = "devices"\ndue = "01-31"\n[[expect]]\nkinds = ["clinic"]\n'
     'sections = ["devices"]\n', "unknown source kind 'clinic'"),
    ('[[section]]\ncode = "devices"\ndue = "01-31"\n[[expect]]\nsources = ["pwdf"]\n'
     'sections = ["inclusion"]\n', "unknown section 'inclusion'"),
    ('[[section]]\ncode = "devices"\ndue = "01-31"\n[[expect]]\nsections = ["devices"]\n',
     "give 'sources' or 'kinds'"),
])
def test_a_wrong_returns_file_is_refused_naming_the_entry(tmp_path, catalog, text, problem):
    (tmp_path / "returns.toml").write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError) as error:
        load_returns(catalog, tmp_path)
    assert "returns.toml" in str(error.value) and problem in str(error.value)


def test_a_source_added_to_an_expected_kind_is_expected_too(tmp_path, catalog):
    from cmdesk.catalog import Source

    bigger = catalog.replace(sources=[*catalog.sources, Source("prc.12", "Kep PRC", "prc")])
    assert load_returns(bigger).is_expected("prc.12", "devices")


# --- statuses --------------------------------------------------------------------------


def test_expected_until_the_due_day_then_overdue(store):
    on_due_day = rows(store, DUE_DEVICES)[("prc.01", "devices")]
    assert on_due_day.status == EXPECTED and on_due_day.expected and on_due_day.missing
    assert on_due_day.due == DUE_DEVICES and on_due_day.due_by_default
    assert on_due_day.received_on is None and on_due_day.checked_by is None
    day_after = rows(store, date(2025, 2, 1))[("prc.01", "devices")]
    assert day_after.status == OVERDUE
    # Psychosocial returns are due on 15 February: on 1 February they are not yet overdue.
    assert rows(store, date(2025, 2, 1))[("hi", "psychosocial")].status == EXPECTED


def test_nothing_is_listed_for_a_source_and_section_nobody_expects_or_sent(store):
    listed = rows(store)
    assert ("prc.01", "inclusion") not in listed and ("icrc", "devices") not in listed
    assert ("national", "devices") not in listed
    assert len(listed) == len(load_returns(store.catalog).expected) == 37


def test_a_recorded_return_is_received_on_its_day_even_when_late(store):
    record_received(store, store.catalog, YEAR, "prc.01", "devices", date(2025, 2, 3))
    status = rows(store, date(2025, 3, 1))[("prc.01", "devices")]
    assert status.status == RECEIVED and status.received_on == date(2025, 2, 3)
    assert not status.received_from_data and status.days_late == 3 and not status.missing
    # Another section of the same source, and the same section of another, are not received.
    assert rows(store)[("prc.01", "rehabilitation")].status == OVERDUE
    assert rows(store)[("prc.02", "devices")].status == OVERDUE


def test_values_entered_count_as_received_on_the_first_day_one_was_entered(store):
    store.values.set(YEAR, "prc.03", "dev.repair", "total", 410)
    store.values.set(YEAR, "prc.03", "dev.tricycle", "total", 4)
    backdate(store, "aggregate_values", "2025-01-22" + NOON, "item_code = ?", ["dev.repair"])
    backdate(store, "aggregate_values", "2025-01-09" + NOON, "item_code = ?", ["dev.tricycle"])
    status = rows(store)[("prc.03", "devices")]
    assert status.status == RECEIVED and status.received_from_data
    assert status.received_on == status.suggested_received_on == date(2025, 1, 9)
    # Only that source's devices: not its rehabilitation, not another PRC's devices.
    assert rows(store)[("prc.03", "rehabilitation")].status == OVERDUE
    assert rows(store)[("prc.04", "devices")].status == OVERDUE
    # A recorded date replaces the suggestion, which stays known.
    record_received(store, store.catalog, YEAR, "prc.03", "devices", date(2025, 1, 7))
    status = rows(store)[("prc.03", "devices")]
    assert status.received_on == date(2025, 1, 7) and not status.received_from_data
    assert status.suggested_received_on == date(2025, 1, 9)


def test_values_of_another_year_do_not_count_as_this_years_return(store):
    store.values.set(YEAR - 1, "prc.03", "dev.repair", "total", 380)
    assert rows(store)[("prc.03", "devices")].status == OVERDUE
    assert rows(store, year=YEAR - 1, today=date(2024, 3, 1))[("prc.03", "devices")].status == RECEIVED


def test_values_from_a_source_nobody_expected_show_as_received_but_not_expected(store):
    store.values.set(YEAR, "icrc", "svc.physio_assessment", "total", 900)
    status = rows(store)[("icrc", "rehabilitation")]
    assert status.status == RECEIVED and not status.expected
    assert counts(list(rows(store).values())).expected == 37  # it does not count as expected


def test_funding_lines_and_casualty_records_are_cmaas_returns(store):
    before = rows(store)
    assert before[("cmaa", "funding")].status == OVERDUE
    assert before[("cmaa", "casualties")].status == OVERDUE
    store.funding.add({"year": YEAR, "funder": "UNDP", "funder_kind": "un_agency",
                       "amount": 130000, "currency": "USD", "earmarked": 1})
    store.casualties.add({"incident_date": f"{YEAR - 1}-06-01", "outcome": "killed"})
    backdate(store, "funding_lines", "2025-02-20" + NOON)
    after = rows(store)
    assert after[("cmaa", "funding")].status == RECEIVED
    assert after[("cmaa", "funding")].received_on == date(2025, 2, 20)
    # A casualty of the previous year is not this year's register.
    assert after[("cmaa", "casualties")].status == OVERDUE
    store.casualties.add({"incident_date": f"{YEAR}-06-01", "outcome": "injured"})
    assert rows(store)[("cmaa", "casualties")].status == RECEIVED


def test_a_checked_return_records_who_and_when(store):
    record_received(store, store.catalog, YEAR, "dac", "inclusion", date(2025, 2, 10))
    changes = record_checked(store, store.catalog, YEAR, "dac", "inclusion",
                             at="2025-02-20T03:00:00+00:00")
    assert changes["checked_by"] == (None, "alice")
    status = rows(store)[("dac", "inclusion")]
    assert status.status == CHECKED and status.checked_by == "alice"
    assert status.checked_at == "2025-02-20T03:00:00+00:00" and status.checked_on is not None
    assert rows(store)[("mosvy", "inclusion")].status == OVERDUE  # not checked by the way
    # The check can be removed; the return stays received.
    record_checked(store, store.catalog, YEAR, "dac", "inclusion", checked=False)
    status = rows(store)[("dac", "inclusion")]
    assert status.status == RECEIVED and status.checked_by is None


def test_checking_a_return_only_suggested_by_the_data_records_its_date(store):
    store.values.set(YEAR, "pwdf", "svc.prc_clients", "total", 26988)
    backdate(store, "aggregate_values", "2025-01-25" + NOON)
    record_checked(store, store.catalog, YEAR, "pwdf", "rehabilitation")
    assert store.returns.get(YEAR, "pwdf", "rehabilitation")["received_on"] == "2025-01-25"
    status = rows(store)[("pwdf", "rehabilitation")]
    assert status.status == CHECKED and not status.received_from_data


def test_a_return_not_received_cannot_be_checked(store):
    with pytest.raises(InputError, match="nothing has been received for 2024"):
        record_checked(store, store.catalog, YEAR, "mosvy", "inclusion")
    assert store.returns.get(YEAR, "mosvy", "inclusion")["checked_at"] is None


def test_a_return_whose_figures_have_errors_cannot_be_checked(store):
    # 500 survivors among 100 clients: an error of PRC 1's rehabilitation figures.
    store.values.set_many([(YEAR, "prc.01", "svc.prc_clients", "total", 100, None),
                           (YEAR, "prc.01", "svc.prc_clients", "survivor", 500, None)])
    store.values.set(YEAR, "prc.01", "dev.repair", "total", 300)
    store.values.set(YEAR, "prc.02", "svc.prc_clients", "total", 100)
    errors = section_errors(store, store.catalog, YEAR, "prc.01", "rehabilitation")
    assert [f.rule for f in errors] == ["part_within_total"]
    with pytest.raises(SectionHasErrors) as refused:
        record_checked(store, store.catalog, YEAR, "prc.01", "rehabilitation")
    assert "cannot be marked checked" in str(refused.value)
    assert "survivor (500) is larger than the total (100)" in str(refused.value)
    assert refused.value.findings == errors
    assert store.returns.get(YEAR, "prc.01", "rehabilitation") == dict.fromkeys(
        ("expected", "due_date", "received_on", "checked_by", "checked_at"))
    # The same source's devices, and another PRC's rehabilitation, have no errors.
    assert section_errors(store, store.catalog, YEAR, "prc.01", "devices") == []
    record_checked(store, store.catalog, YEAR, "prc.01", "devices")
    record_checked(store, store.catalog, YEAR, "prc.02", "rehabilitation")
    assert rows(store)[("prc.02", "rehabilitation")].status == CHECKED


def test_errors_of_the_national_total_block_its_check_not_another_sources(store):
    store.values.set_many([(YEAR, "national", "inc.sport", "total", 58, None),
                           (YEAR, "national", "inc.sport", "female", 80, None)])
    set_expectation(store, store.catalog, YEAR, "national", "inclusion", expected=True,
                    due=None)
    assert [f.source for f in section_errors(store, store.catalog, YEAR, "national", "inclusion")] == [
        "national"]
    with pytest.raises(SectionHasErrors):
        record_checked(store, store.catalog, YEAR, "national", "inclusion")
    assert section_errors(store, store.catalog, YEAR, "dac", "inclusion") == []


def test_acknowledged_errors_no_longer_block_the_check(store, monkeypatch):
    # The checks engine decides what is acknowledged; completeness asks it by attribute.
    store.values.set_many([(YEAR, "prc.01", "svc.prc_clients", "total", 100, None),
                           (YEAR, "prc.01", "svc.prc_clients", "survivor", 500, None)])
    monkeypatch.setattr(cmdesk.review, "unacknowledged_errors", lambda *args: [])
    record_checked(store, store.catalog, YEAR, "prc.01", "rehabilitation")
    assert rows(store)[("prc.01", "rehabilitation")].status == CHECKED


def test_a_return_no_longer_expected_this_year_is_listed_as_not_expected(store):
    set_expectation(store, store.catalog, YEAR, "vic", "inclusion", expected=False, due=None)
    status = rows(store)[("vic", "inclusion")]
    assert status.status == NOT_EXPECTED and not status.expected and status.expected_by_default
    assert not status.missing
    assert status not in missing_or_overdue(list(rows(store).values()))
    # Only for that year.
    assert rows(store, year=YEAR + 1, today=date(2026, 3, 1))[("vic", "inclusion")].status == OVERDUE
    # Received after all: it shows as received, still not expected.
    record_received(store, store.catalog, YEAR, "vic", "inclusion", date(2025, 2, 2))
    assert rows(store)[("vic", "inclusion")].status == RECEIVED


def test_a_return_expected_only_this_year_is_listed_and_can_be_overdue(store):
    set_expectation(store, store.catalog, YEAR, "icrc", "rehabilitation", expected=True,
                    due=None)
    status = rows(store)[("icrc", "rehabilitation")]
    assert status.status == OVERDUE and status.expected and not status.expected_by_default
    # Back to the default: stored as "the default", and no longer listed.
    set_expectation(store, store.catalog, YEAR, "icrc", "rehabilitation", expected=False,
                    due=None)
    assert store.returns.get(YEAR, "icrc", "rehabilitation")["expected"] is None
    assert ("icrc", "rehabilitation") not in rows(store)


def test_a_later_due_date_for_the_year_makes_a_return_not_yet_overdue(store):
    set_expectation(store, store.catalog, YEAR, "mosvy", "inclusion", expected=True,
                    due=date(2025, 3, 15))
    status = rows(store, date(2025, 3, 1))[("mosvy", "inclusion")]
    assert status.status == EXPECTED and status.due == date(2025, 3, 15) and not status.due_by_default
    assert rows(store, date(2025, 3, 16))[("mosvy", "inclusion")].status == OVERDUE
    assert rows(store, date(2025, 3, 1))[("mosvy", "rehabilitation")].status == OVERDUE
    # The default date again: stored as "the default".
    set_expectation(store, store.catalog, YEAR, "mosvy", "inclusion", expected=True,
                    due=date(2025, 2, 15))
    assert store.returns.get(YEAR, "mosvy", "inclusion")["due_date"] is None
    assert rows(store)[("mosvy", "inclusion")].due_by_default


# --- recording: checks, transactions, audit --------------------------------------------


@pytest.mark.parametrize("on, problem", [
    (date(2025, 3, 2), "after today"),
    (date(2023, 12, 31), "before the year began"),
])
def test_an_impossible_date_received_is_refused_and_nothing_written(store, on, problem):
    with pytest.raises(InputError, match=problem):
        record_received(store, store.catalog, YEAR, "dac", "inclusion", on, today=date(2025, 3, 1))
    assert store.returns.for_year(YEAR) == {}


def test_a_due_date_outside_the_year_and_the_next_is_refused_with_the_expectation(store):
    with pytest.raises(InputError, match="is due in 2024 or 2025"):
        set_expectation(store, store.catalog, YEAR, "dac", "inclusion", expected=False,
                        due=date(2052, 1, 31))
    assert store.returns.for_year(YEAR) == {}


def test_an_expectation_and_its_due_date_are_one_audited_change(store):
    changes = set_expectation(store, store.catalog, YEAR, "icrc", "devices", expected=True,
                              due=date(2025, 2, 28))
    assert changes == {"expected": (None, 1), "due_date": (None, "2025-02-28")}
    assert [(h["field"], h["new_value"]) for h in store.returns.history(YEAR, "icrc", "devices")] \
        == [("expected", "1"), ("due_date", "2025-02-28")]


@pytest.mark.parametrize("source, section, problem", [
    ("prc.99", "devices", "Unknown reporting source 'prc.99'"),
    ("prc.01", "services", "Unknown section 'services'"),
])
def test_an_unknown_source_or_section_is_refused(store, source, section, problem):
    with pytest.raises(InputError, match=problem):
        record_received(store, store.catalog, YEAR, source, section, date(2025, 1, 5))


def test_recording_is_audited_with_who_and_the_row_has_identity_and_times(store):
    record_received(store, store.catalog, YEAR, "hi", "inclusion", date(2025, 2, 11))
    record_checked(store, store.catalog, YEAR, "hi", "inclusion")
    history = store.returns.history(YEAR, "hi", "inclusion")
    assert [(h["field"], h["old_value"], h["new_value"] if h["field"] != "checked_at" else "-")
            for h in history] == [("received_on", None, "2025-02-11"),
                                  ("checked_by", None, "alice"), ("checked_at", None, "-")]
    assert {h["who"] for h in history} == {"alice"}
    (row,) = store.db.query("SELECT id, office, created_at, modified_at FROM source_returns")
    assert len(row["id"]) == 36 and row["office"] == "hq" and row["created_at"] <= row["modified_at"]
    # Recording the same again changes and logs nothing.
    assert record_received(store, store.catalog, YEAR, "hi", "inclusion", date(2025, 2, 11)) == {}
    assert len(store.returns.history(YEAR, "hi", "inclusion")) == 3


def test_recording_many_returns_writes_what_recording_each_does_and_leaves_out_what_it_refuses(store):
    # What a package of values brings (cmdesk/exchange/packages): many returns at once.
    store.years.set_status(2023, "submitted")
    record_received(store, store.catalog, YEAR, "hi", "inclusion", date(2025, 2, 11))
    set_expectation(store, store.catalog, YEAR, "icrc", "devices", expected=True, due=None)
    before = store.audit.last_id()
    on = date(2025, 3, 1)
    recorded = record_received_many(store, store.catalog, [
        (YEAR, "prc.01", "devices"),
        (YEAR, "icrc", "devices"),  # a row already, with no date received
        (YEAR, "hi", "inclusion"),  # received already: its date stays
        (2023, "prc.01", "devices"),  # a submitted year
        (2026, "prc.01", "devices"),  # not yet begun
        (YEAR, "prc.99", "devices"),  # an unknown source
        (YEAR, "prc.01", "services"),  # an unknown section
        (YEAR, "prc.01", "devices"),  # twice
    ], on, today=on)
    assert recorded == [(YEAR, "prc.01", "devices"), (YEAR, "icrc", "devices")]
    stored = store.returns.for_year(YEAR)
    assert stored[("prc.01", "devices")] == {**dict.fromkeys(stored[("hi", "inclusion")]),
                                             "received_on": "2025-03-01"}
    assert stored[("icrc", "devices")]["received_on"] == "2025-03-01"
    assert stored[("icrc", "devices")]["expected"] == 1
    assert stored[("hi", "inclusion")]["received_on"] == "2025-02-11"
    assert store.returns.for_year(2023) == {} and store.returns.for_year(2026) == {}
    assert [(h["table_name"], h["row_key"], h["field"], h["old_value"], h["new_value"], h["who"])
            for h in store.audit.entries(["source_returns"], before)] == [
        ("source_returns", f"{YEAR}/prc.01/devices", "received_on", None, "2025-03-01", "alice"),
        ("source_returns", f"{YEAR}/icrc/devices", "received_on", None, "2025-03-01", "alice")]
    (row,) = store.db.query("SELECT id, office, created_at, modified_at FROM source_returns "
                            "WHERE source_code = 'prc.01'")
    assert len(row["id"]) == 36 and row["office"] == "hq" and row["created_at"] == row["modified_at"]
    # After today, nothing.
    assert record_received_many(store, store.catalog, [(YEAR, "dac", "inclusion")],
                                date(2025, 3, 2), today=on) == []


def test_not_received_removes_the_check_too(store):
    record_received(store, store.catalog, YEAR, "hi", "inclusion", date(2025, 2, 11))
    record_checked(store, store.catalog, YEAR, "hi", "inclusion")
    changes = record_received(store, store.catalog, YEAR, "hi", "inclusion", None)
    assert set(changes) == {"received_on", "checked_by", "checked_at"}
    assert rows(store)[("hi", "inclusion")].status == OVERDUE


def test_the_store_refuses_a_check_without_a_date_received(store):
    with pytest.raises(InputError, match="received before it is checked"):
        store.returns.update(YEAR, "hi", "inclusion", checked_by="x", checked_at="2025-01-01T00:00:00+00:00")
    with pytest.raises(InputError, match="The date '31/02/2025': there is no day 31 in month 2"):
        store.returns.update(YEAR, "hi", "inclusion", received_on="31/02/2025")
    assert store.returns.for_year(YEAR) == {}


# --- summaries -------------------------------------------------------------------------


def test_missing_or_overdue_lists_the_overdue_first_then_by_due_date(store):
    record_received(store, store.catalog, YEAR, "cmaa", "inclusion", date(2025, 2, 1))
    missing = missing_or_overdue(completeness(store, store.catalog, YEAR, date(2025, 2, 10)))
    assert all(s.missing for s in missing)
    assert ("cmaa", "inclusion") not in [s.key for s in missing]
    statuses = [s.status for s in missing]
    assert statuses == sorted(statuses, key=lambda status: status != OVERDUE)
    assert {s.section for s in missing if s.status == OVERDUE} == {"devices", "rehabilitation", "casualties"}
    waiting = [s.due for s in missing if s.status == EXPECTED]
    assert waiting == sorted(waiting) and waiting[0] == date(2025, 2, 15)


def test_the_summary_names_what_is_overdue(store):
    statuses = completeness(store, store.catalog, YEAR, date(2025, 2, 10))
    text = summary_text(statuses, YEAR, named=2)
    assert text.startswith("Returns for 2024: 37 expected, 0 received, 0 checked.")
    assert "Overdue (26): CMAA: Casualty records (CMVIS); MoSVY: Rehabilitation and health; 24 more." in text
    assert text.endswith("Not yet due: 11.")
    assert summary_text([], YEAR) == "No returns are expected for 2024."


def test_short_source_names_are_their_acronyms():
    assert short_source_name("Ministry of Social Affairs, Veterans and Youth Rehabilitation (MoSVY)") == "MoSVY"
    assert short_source_name("Humanity & Inclusion") == "Humanity & Inclusion"


# --- the demo ------------------------------------------------------------------------


def test_the_demo_year_is_nearly_complete_with_one_ngo_return_missing(demo_store):
    statuses = completeness(demo_store, demo_store.catalog, YEAR, date(2025, 6, 1))
    n = counts(statuses)
    assert (n.expected, n.received, n.checked, n.overdue, n.not_yet_due) == (42, 41, 39, 1, 0)
    (missing,) = missing_or_overdue(statuses)
    assert missing.key == ("vic", "inclusion") and missing.status == OVERDUE
    by_key = {s.key: s for s in statuses}
    # The demo's figures are national totals: their sections are received and checked.
    national = [s for s in statuses if s.source == "national"]
    assert {s.section for s in national} == {"devices", "rehabilitation", "psychosocial",
                                             "inclusion", "data_collection"}
    assert all(s.status == CHECKED and s.received_on == date(2025, 3, 14) for s in national)
    assert by_key[("prc.11", "devices")].status == RECEIVED
    assert by_key[("prc.11", "devices")].days_late == 46
    assert by_key[("cmaa", "casualties")].checked_by == "CMVIS officer"
    # Every return was received before the Article 7 report was due.
    assert all(s.received_on < date(2025, 4, 30) for s in statuses if s.received)
    # The demo writes its checks as they are: nothing would have held one back.
    for s in statuses:
        if s.status == CHECKED:
            assert section_errors(demo_store, demo_store.catalog, YEAR, s.source, s.section) == []
