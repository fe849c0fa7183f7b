"""The repositories (cmdesk/store/values.py, casualties.py, ...): aggregate values, the casualty
register, funding lines, SRAAP narratives, the audit log and the reference data,
each write in one transaction with one audit row per changed field."""

import shutil
import uuid
from datetime import datetime, timedelta

import pytest

from cmdesk.catalog import HEADQUARTERS, load_catalog
from cmdesk.errors import InputError
from cmdesk.paths import catalog_dir
from cmdesk.store import Store
from cmdesk.store import values as values_module
from cmdesk.store.casualties import CasualtyCounts
from cmdesk.store.values import ValueChange
from tests.core.conftest import USER

KEY = "2024/national/dev.repair/total"


def audit_rows(store, table=None):
    sql = "SELECT table_name, row_key, field, old_value, new_value, who FROM audit_log"
    params = []
    if table:
        sql += " WHERE table_name = ?"
        params.append(table)
    return list(store.db.query(sql + " ORDER BY id", params))


# --- aggregate values ----------------------------------------------------------------


def test_set_get_and_clear_a_value(store):
    assert store.values.get(2024, "national", "dev.repair") is None
    change = store.values.set(2024, "national", "dev.repair", "total", 13305)
    assert change == ValueChange(2024, "national", "dev.repair", "total", None, 13305)
    assert store.values.get(2024, "national", "dev.repair", "total") == 13305

    change = store.values.set(2024, "national", "dev.repair", "total", 13000)
    assert change == ValueChange(2024, "national", "dev.repair", "total", 13305, 13000)
    assert store.values.get(2024, "national", "dev.repair") == 13000

    change = store.values.set(2024, "national", "dev.repair", "total", None)
    assert change == ValueChange(2024, "national", "dev.repair", "total", 13000, None)
    assert store.values.get(2024, "national", "dev.repair") is None
    assert store.counts()["aggregate_values"] == 0
    # Zero is a value, not an absence.
    store.values.set(2024, "national", "dev.repair", "total", 0)
    assert store.values.get(2024, "national", "dev.repair") == 0


def test_values_are_kept_apart_by_year_source_item_and_part(store):
    store.values.set_many(
        [
            (2024, "national", "svc.prc_clients", "total", 26988, None),
            (2024, "national", "svc.prc_clients", "survivor", 8860, None),
            (2023, "national", "svc.prc_clients", "total", 25000, None),
            (2024, "mosvy", "svc.prc_clients", "total", 100, "from the ministry"),
        ]
    )
    assert store.values.get(2024, "national", "svc.prc_clients") == 26988
    assert store.values.get(2024, "national", "svc.prc_clients", "survivor") == 8860
    assert store.values.get(2023, "national", "svc.prc_clients") == 25000
    assert store.values.get(2024, "mosvy", "svc.prc_clients") == 100
    assert store.values.get(2023, "national", "svc.prc_clients", "survivor") is None
    assert store.values.for_year(2024) == [
        {"source": "mosvy", "item": "svc.prc_clients", "part": "total", "value": 100,
         "comment": "from the ministry"},
        {"source": "national", "item": "svc.prc_clients", "part": "survivor", "value": 8860,
         "comment": ""},
        {"source": "national", "item": "svc.prc_clients", "part": "total", "value": 26988,
         "comment": ""},
    ]
    assert store.years.with_data() == [2023, 2024]


def test_each_changed_field_leaves_one_audit_row_with_who_old_and_new(store, catalog):
    store.values.set(2024, "national", "dev.repair", "total", 5, "first count")
    store.values.set(2024, "national", "dev.repair", "total", 5)  # nothing changes
    store.values.set(2024, "national", "dev.repair", "total", 5, "first count")  # nor here
    store.values.set(2024, "national", "dev.repair", "total", 7)  # value only
    store.values.set(2024, "national", "dev.repair", "total", 7, "checked")  # comment only
    store.values.set(2024, "national", "dev.repair", "total", None)  # cleared
    store.values.set(2024, "national", "dev.seating", "total", None)  # nothing to clear

    history = store.audit.history("aggregate_values", KEY)
    assert [(h["field"], h["old_value"], h["new_value"], h["who"]) for h in history] == [
        ("value", None, "5", USER),
        ("comment", None, "first count", USER),
        ("value", "5", "7", USER),
        ("comment", "first count", "checked", USER),
        ("value", "7", None, USER),
    ]
    for entry in history:
        assert datetime.fromisoformat(entry["at"]).utcoffset() == timedelta(0)
    assert store.audit.history("aggregate_values", "2024/national/dev.seating/total") == []
    # The first value of a year creates the year, and that is logged too.
    assert [(r["row_key"], r["new_value"]) for r in audit_rows(store, "reporting_years")] == [
        ("2024", "2024")
    ]

    # Another user's change is logged under that user's name.
    other = Store.open(store.path, catalog, "bob", daily_backup=False)
    try:
        other.values.set(2024, "national", "dev.repair", "total", 9)
    finally:
        other.close()
    last = store.audit.history("aggregate_values", KEY)[-1]
    assert (last["old_value"], last["new_value"], last["who"]) == (None, "9", "bob")


def test_an_update_stamps_modified_at_and_keeps_created_at(store, monkeypatch):
    store.values.set(2024, "national", "dev.repair", "total", 5)
    (created, modified) = store.db.execute(
        "SELECT created_at, modified_at FROM aggregate_values"
    ).fetchone()
    later = "2031-01-01T00:00:00+00:00"
    monkeypatch.setattr(values_module, "utc_now", lambda: later)
    store.values.set(2024, "national", "dev.repair", "total", 6)
    assert store.db.execute("SELECT created_at, modified_at FROM aggregate_values").fetchone() == (
        created, later
    )
    assert modified == created


BAD_ROWS = [
    pytest.param((2024, "national", "dev.repair", "female", 3), ["dev.repair", "female"],
                 id="part-not-allowed"),
    pytest.param((2024, "national", "svc.prc_clients", "survivor", -1),
                 ["svc.prc_clients", "survivor", "-1"], id="negative"),
    pytest.param((2024, "national", "svc.prc_clients", "total", 2.5),
                 ["svc.prc_clients", "2.5"], id="fraction"),
    pytest.param((2024, "nowhere", "dev.repair", "total", 1), ["nowhere"], id="unknown-source"),
    pytest.param((2024, "national", "dev.teleporter", "total", 1), ["dev.teleporter"],
                 id="unknown-item"),
    pytest.param((1900, "national", "dev.repair", "total", 1), ["1900"], id="year-out-of-range"),
]


@pytest.mark.parametrize("bad, named", BAD_ROWS)
def test_set_many_writes_all_rows_or_none(store, bad, named):
    store.values.set(2024, "national", "dev.seating", "total", 52)
    before_counts = store.counts()
    before_audit = audit_rows(store)
    rows = [
        (2024, "national", "dev.seating", "total", 60, "corrected"),
        (2025, "national", "dev.repair", "total", 10, None),
        (2024, "mosvy", "svc.prc_clients", "survivor", 4, None),
        (*bad, None),
    ]
    with pytest.raises(InputError) as info:
        store.values.set_many(rows)
    for word in named:
        assert word in str(info.value)
    assert store.counts() == before_counts
    assert audit_rows(store) == before_audit
    assert store.values.get(2024, "national", "dev.seating") == 52
    assert store.values.get(2025, "national", "dev.repair") is None
    assert store.values.get(2024, "mosvy", "svc.prc_clients", "survivor") is None
    assert store.years.with_data() == [2024]


@pytest.mark.parametrize("value", [-1, 1.5, 2.0, True, False, "12", 10**0.5])
def test_only_whole_numbers_of_zero_or_more_are_values(store, value):
    with pytest.raises(InputError) as info:
        store.values.set(2024, "national", "svc.prc_clients", "female", value)
    message = str(info.value)
    assert "svc.prc_clients" in message and "female" in message
    assert repr(value) in message
    assert store.values.get(2024, "national", "svc.prc_clients", "female") is None
    assert store.counts()["aggregate_values"] == store.counts()["audit_log"] == 0


def test_a_part_the_item_does_not_have_is_refused_with_the_allowed_ones(store):
    with pytest.raises(InputError) as info:
        store.values.set(2024, "national", "dc.officials_trained", "survivor", 3)
    message = str(info.value)
    assert "dc.officials_trained" in message and "survivor" in message
    assert "female, total" in message
    store.values.set(2024, "national", "dc.officials_trained", "female", 3)
    assert store.values.get(2024, "national", "dc.officials_trained", "female") == 3


def test_set_many_reports_each_change_in_order(store):
    store.values.set(2024, "national", "dev.repair", "total", 1)
    changes = store.values.set_many(
        [
            (2024, "national", "dev.repair", "total", 2, None),
            (2024, "national", "dev.repair", "total", 3, None),  # the same cell twice
            (2024, "national", "dev.seating", "total", None, None),
        ]
    )
    assert [(c.item, c.old, c.new) for c in changes] == [
        ("dev.repair", 1, 2), ("dev.repair", 2, 3), ("dev.seating", None, None),
    ]
    assert store.values.get(2024, "national", "dev.repair") == 3


# --- casualties ----------------------------------------------------------------------


def casualty(date, outcome, amputation="unknown", **more):
    return {"incident_date": date, "outcome": outcome, "amputation": amputation, **more}


def test_casualty_counts_per_year_and_for_all_years(store):
    added = store.casualties.add_many(
        [
            casualty("2023-12-31", "killed", "no"),
            casualty("2024-01-01", "killed", "no"),
            # Amputations are counted among the survivors (the injured) only.
            casualty("2024-05-05", "killed", "yes", province_code="02"),
            casualty("2024-06-01", "injured", "yes", sex="female", age=9),
            casualty("2024-07-01", "injured", "yes"),
            casualty("2024-08-01", "injured", "no"),
            casualty("2024-09-01", "injured", "unknown"),
            casualty(None, "injured", "yes", notes="date not known"),
        ]
    )
    assert added == 8
    assert store.casualties.counts(2024) == CasualtyCounts(total=6, killed=2, injured=4,
                                                            amputations=2)
    assert store.casualties.counts(2023) == CasualtyCounts(1, 1, 0, 0)
    assert store.casualties.counts(2022) == CasualtyCounts(0, 0, 0, 0)
    assert store.casualties.counts() == CasualtyCounts(total=8, killed=3, injured=5,
                                                        amputations=3)
    years = [r[0] for r in store.db.execute(
        "SELECT incident_year FROM casualties ORDER BY incident_date")]
    assert sorted(years, key=lambda y: (y is not None, y)) == [None, 2023] + [2024] * 6
    assert store.years.with_data() == [2023, 2024]
    audit = audit_rows(store, "casualties")
    assert len(audit) == 8
    assert {r["row_key"] for r in audit} == {r[0] for r in store.db.execute("SELECT id FROM casualties")}
    assert all((r["field"], r["new_value"], r["who"]) == ("*", "added", USER) for r in audit)


def test_a_batch_may_mix_records_that_give_different_fields(store):
    store.casualties.add_many(
        [
            casualty("2024-02-01", "injured", "yes", sex="female", age=9, notes="school"),
            casualty("2024-02-02", "killed"),
        ]
    )
    rows = store.db.execute(
        "SELECT sex, age, notes, amputation, device_type, age_group, district FROM casualties "
        "ORDER BY incident_date"
    ).fetchall()
    assert rows == [
        ("female", 9, "school", "yes", "unknown", "unknown", ""),
        ("unknown", None, "", "unknown", "unknown", "unknown", ""),  # the column defaults
    ]


def test_a_bad_casualty_record_adds_none_of_the_batch(store):
    good = [casualty("2024-01-01", "killed"), casualty("2024-01-02", "injured")]
    with pytest.raises(InputError) as info:
        store.casualties.add_many([*good, {**casualty("2024-01-03", "injured"), "colour": "red"}])
    assert "colour" in str(info.value)
    with pytest.raises(InputError) as info:
        store.casualties.add_many([*good, casualty("1900-01-03", "injured")])
    assert "1900" in str(info.value)
    assert store.casualties.counts() == CasualtyCounts(0, 0, 0, 0)
    assert store.counts()["audit_log"] == store.counts()["reporting_years"] == 0


def test_the_demo_database_has_the_published_2024_figures(demo_store):
    assert demo_store.is_demo and demo_store.meta("demo") == "1"
    assert demo_store.casualties.counts(2024) == CasualtyCounts(total=49, killed=12,
                                                                injured=37, amputations=8)
    assert demo_store.casualties.counts() == demo_store.casualties.counts(2024)
    rows = demo_store.values.for_year(2024)
    assert len(rows) == 48 == demo_store.counts()["aggregate_values"]
    assert {r["source"] for r in rows} == {"national"}
    assert demo_store.values.get(2024, "national", "dev.total_reported") == 26280
    assert demo_store.values.get(2024, "national", "svc.prc_clients", "survivor") == 8860
    funding = demo_store.funding.for_year(2024)
    assert sorted(line["amount_usd"] for line in funding) == [100000, 130000]
    assert len(demo_store.narratives.for_year(2025)) == 11


# --- funding -------------------------------------------------------------------------


def test_funding_lines_in_dollars_and_other_currencies(store):
    usd = store.funding.add({"year": 2024, "funder": "UNDP", "funder_kind": "un_agency",
                             "purpose": "VA", "amount": 130000, "currency": "usd",
                             "earmarked": 1})
    khr = store.funding.add({"year": 2024, "funder": "Royal Government of Cambodia",
                             "funder_kind": "national_budget", "amount": 400_000_000,
                             "currency": "khr", "rate_to_usd": 0.00025})
    assert uuid.UUID(usd) and uuid.UUID(khr)
    lines = {line["id"]: line for line in store.funding.for_year(2024)}
    assert set(lines) == {usd, khr}
    assert lines[usd]["currency"] == "USD" and lines[usd]["amount_usd"] == 130000
    assert lines[khr]["currency"] == "KHR" and lines[khr]["amount_usd"] == pytest.approx(100000)
    assert store.funding.for_year(2023) == []
    assert [(r["row_key"], r["new_value"]) for r in audit_rows(store, "funding_lines")] == [
        (usd, "added"), (khr, "added"),
    ]
    assert store.years.with_data() == [2024]


def test_funding_lines_are_checked_before_anything_is_written(store):
    with pytest.raises(InputError) as info:
        store.funding.add({"year": 2024, "funder": "Friends", "funder_kind": "friends",
                           "amount": 5, "currency": "USD"})
    assert "friends" in str(info.value) and "national_budget" in str(info.value)
    with pytest.raises(InputError) as info:
        store.funding.add({"year": 2024, "funder": "Ministry", "funder_kind": "national_budget",
                           "amount": 5, "currency": "KHR"})
    assert "Ministry" in str(info.value) and "KHR" in str(info.value)
    with pytest.raises(InputError):
        store.funding.add({"year": 1900, "funder": "Old", "funder_kind": "ngo",
                           "amount": 5, "currency": "USD"})
    assert store.counts()["funding_lines"] == store.counts()["audit_log"] == 0


# --- narratives ----------------------------------------------------------------------


def test_narratives_are_created_then_updated_field_by_field(store):
    store.narratives.set_fields("30.1", 2025, status="partly", narrative="Work started.")
    assert store.narratives.for_year(2025) == [
        {"indicator": "30.1", "status": "partly", "narrative": "Work started.",
         "committee_request": "", "state_answer": "", "based_on": ""},
    ]
    store.narratives.set_fields("30.1", 2025, status="partly", state_answer="See annex.")
    store.narratives.set_fields("30.1", 2025, status="reported")
    assert store.narratives.for_year(2025)[0]["status"] == "reported"
    assert store.narratives.for_year(2025)[0]["state_answer"] == "See annex."
    assert store.narratives.for_year(2026) == []
    history = store.audit.history("narratives", "30.1/2025")
    assert [(h["field"], h["old_value"], h["new_value"]) for h in history] == [
        ("status", None, "partly"),
        ("narrative", None, "Work started."),
        ("state_answer", "", "See annex."),
        ("status", "partly", "reported"),
    ]
    assert store.counts()["narratives"] == 1


def test_narrative_status_and_fields_are_checked(store):
    store.narratives.set_fields("30.1", 2025, status="partly")
    with pytest.raises(InputError) as info:
        store.narratives.set_fields("30.1", 2025, status="finished")
    assert "finished" in str(info.value)
    with pytest.raises(InputError) as info:
        store.narratives.set_fields("30.1", 2025, mood="good")
    assert "mood" in str(info.value)
    assert store.narratives.for_year(2025)[0]["status"] == "partly"
    assert len(audit_rows(store, "narratives")) == 1


# --- audit log and meta --------------------------------------------------------------


def test_meta_changes_are_audited(store):
    store.set_meta("contact", "va@cmaa.gov.kh")
    store.set_meta("contact", "info@cmaa.gov.kh")
    assert store.meta("contact") == "info@cmaa.gov.kh"
    assert [(h["old_value"], h["new_value"], h["who"]) for h in store.audit.history("meta", "contact")] == [
        (None, "va@cmaa.gov.kh", USER), ("va@cmaa.gov.kh", "info@cmaa.gov.kh", USER),
    ]
    assert store.meta("no such key") is None


# --- reference data ------------------------------------------------------------------


@pytest.fixture
def newer_catalog(tmp_path):
    """The shipped catalog plus one item (with parts) and one source."""
    folder = tmp_path / "catalog"
    shutil.copytree(catalog_dir(), folder)
    with (folder / "items.toml").open("a", encoding="utf-8") as handle:
        handle.write(
            '\n[[item]]\ncode = "inc.cash_transfer"\nlabel = "Persons receiving cash transfers"\n'
            'group = "inclusion"\nunit = "persons"\nparts = ["female", "survivor"]\n'
        )
    with (folder / "sources.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[source]]\ncode = "unicef"\nname = "UNICEF"\nkind = "international"\n')
    return load_catalog(folder)


def test_sync_adds_what_a_newer_catalog_brings(store, newer_catalog):
    assert store.reference.sync(newer_catalog) == 2
    row = store.db.execute(
        "SELECT label, group_code, unit, kind, sort_order, office FROM items "
        "WHERE code = 'inc.cash_transfer'"
    ).fetchone()
    assert row == ("Persons receiving cash transfers", "inclusion", "persons", "count",
                   len(newer_catalog.items) - 1, "hq")
    assert store.reference.item_parts()["inc.cash_transfer"] == {"total", "female", "survivor"}
    assert "unicef" in store.reference.source_codes()
    store.values.set(2024, "unicef", "inc.cash_transfer", "survivor", 12)
    assert store.values.get(2024, "unicef", "inc.cash_transfer", "survivor") == 12
    assert store.reference.sync(newer_catalog) == 0


def test_sync_never_changes_or_removes_what_is_stored(store, catalog, newer_catalog):
    store.db.execute("UPDATE items SET label = 'Repairs (all kinds)' WHERE code = 'dev.repair'")
    store.db.execute(
        "UPDATE sources SET name = 'Battambang PRC', province_code = '02' WHERE code = 'prc.01'"
    )
    store.db.conn.commit()
    fewer = catalog.replace(items=catalog.items[:-1])
    assert store.reference.sync(fewer) == 0
    assert store.reference.sync(newer_catalog) == 2

    def stored():
        return (
            store.db.execute("SELECT label FROM items WHERE code = 'dev.repair'").fetchone()[0],
            store.db.execute(
                "SELECT name, province_code FROM sources WHERE code = 'prc.01'").fetchone(),
            store.db.execute("SELECT COUNT(*) FROM items").fetchone()[0],
        )

    assert stored() == ("Repairs (all kinds)", ("Battambang PRC", "02"), len(catalog.items) + 1)
    assert catalog.items[-1].code in store.reference.item_parts()


def test_opening_with_a_newer_catalog_adds_its_entries_and_keeps_edits(
    tmp_path, catalog, newer_catalog
):
    path = tmp_path / "office.cmdesk"
    store = Store.create(path, catalog, HEADQUARTERS, USER)
    store.db.execute("UPDATE items SET label = 'Repairs (all kinds)' WHERE code = 'dev.repair'")
    store.db.conn.commit()
    store.close()

    store = Store.open(path, newer_catalog, USER, daily_backup=False)
    try:
        assert "inc.cash_transfer" in store.reference.item_parts()
        assert "unicef" in store.reference.source_codes()
        assert store.db.execute(
            "SELECT label FROM items WHERE code = 'dev.repair'").fetchone()[0] == "Repairs (all kinds)"
    finally:
        store.close()


def test_submission_details_are_kept_per_year_with_their_history(store):
    assert store.submissions.get(2024)["focal_point"] == ""
    changes = store.submissions.set(2024, focal_point="CMAA", submission_date="2025-04-30")
    assert changes == {"focal_point": ("", "CMAA"), "submission_date": ("", "2025-04-30")}
    assert store.submissions.set(2024, focal_point="CMAA") == {}
    store.submissions.set(2024, contact_email="va@example.org")
    details = store.submissions.get(2024)
    assert (details["focal_point"], details["contact_email"]) == ("CMAA", "va@example.org")
    assert store.submissions.get(2025)["focal_point"] == ""
    assert [h["field"] for h in store.audit.history("submission_details", "2024")] == [
        "focal_point", "submission_date", "contact_email"]
    with pytest.raises(InputError, match="Write 2025-04-30 or 30/04/2025"):
        store.submissions.set(2024, submission_date="April 2025")
    with pytest.raises(InputError, match="Unknown submission fields"):
        store.submissions.set(2024, name="x")
    assert store.submissions.get(2024)["submission_date"] == "2025-04-30"


def test_a_narratives_figures_are_stored_with_it(store):
    store.narratives.set_fields("35.2", 2024, narrative="26,280 devices.", based_on='{"a": 1}')
    assert store.narratives.for_year(2024)[0]["based_on"] == '{"a": 1}'
