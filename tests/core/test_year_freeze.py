"""The freeze of a submitted year (cmdesk/store/years.py `require_editable`): every
write path that touches the year's data is refused with a message saying who
submitted it, when, and how to reopen it, and writes nothing; other years stay
editable. The year is put in the submitted status directly here (the workflow that
gets it there is tested in test_signoff.py)."""

import pytest

from cmdesk.entry import Edit, apply_edits
from cmdesk.errors import YearFrozenError
from cmdesk.exchange import apply_values_import, plan_values_import
from cmdesk.exchange import casualties_import as importer
from cmdesk.narratives import save_narrative
from tests.core.conftest import USER

FROZEN, OPEN = 2024, 2023
LINE = {"funder": "UNDP", "funder_kind": "un_agency", "purpose": "VA", "amount": 130000,
        "currency": "USD", "earmarked": True, "note": ""}
RECORD = {"source_id": "C-1", "incident_date": "2024-04-05", "province_code": "02",
          "device_type": "antipersonnel_mine", "outcome": "injured", "amputation": "yes",
          "sex": "male", "age": 34, "age_group": "adult", "name": "Sok"}


def freeze(store, year=FROZEN):
    store.years.set_status(year, "submitted")


def audit_count(store):
    return store.counts()["audit_log"]


def refused(store, write):
    """Run `write`, expecting the freeze to refuse it with nothing written."""
    before = (audit_count(store), store.counts())
    with pytest.raises(YearFrozenError) as refusal:
        write()
    assert (audit_count(store), store.counts()) == before
    return str(refusal.value)


@pytest.fixture
def filled(store):
    """Data in the frozen year and in an open one, entered before the freeze."""
    store.values.set(FROZEN, "national", "inc.sport", "total", 58)
    store.values.set(OPEN, "national", "inc.sport", "total", 50)
    ids = {
        "line": store.funding.add({**LINE, "year": FROZEN}),
        "open_line": store.funding.add({**LINE, "year": OPEN, "funder": "Japan"}),
        "record": store.casualties.add(RECORD),
        "twin": store.casualties.add({**RECORD, "source_id": "C-2", "name": ""}),
        "open_record": store.casualties.add({**RECORD, "source_id": "C-3",
                                             "incident_date": "2023-02-01"}),
    }
    store.narratives.set_fields("30.1", FROZEN, narrative="As sent")
    store.submissions.set(FROZEN, focal_point="CMAA")
    freeze(store)
    return ids


def test_the_message_says_who_submitted_the_year_when_and_that_reopening_it_allows_changes(
        store, filled):
    message = refused(store, lambda: store.values.set(FROZEN, "national", "inc.sport", "total", 60))
    change = store.years.last_change(FROZEN)
    # In terms of the data: where the window or the command line reopens a year is
    # theirs to say (the refusal's remedy, tests/core/test_error_remedies.py).
    assert message == (
        f"2024 was submitted on {change['at'][:10]} by {USER} and is frozen. Reopen the year "
        "to change it.")
    assert store.years.frozen_years() == {FROZEN}
    assert store.values.get(FROZEN, "national", "inc.sport") == 58


def test_values_of_a_frozen_year_cannot_be_set_cleared_or_edited(store, filled, catalog):
    refused(store, lambda: store.values.set(FROZEN, "national", "inc.sport", "total", None))
    refused(store, lambda: store.values.set_many([
        (OPEN, "national", "inc.sport", "total", 51, None),
        (FROZEN, "national", "inc.sport", "female", 3, None)]))
    assert store.values.get(OPEN, "national", "inc.sport") == 50  # all or nothing
    refused(store, lambda: apply_edits(store, catalog, FROZEN, "national",
                                       [Edit("inc.sport", "total", 60)]))
    # Even an edit the rules would refuse gets the freeze's reason first.
    message = refused(store, lambda: apply_edits(store, catalog, FROZEN, "national",
                                                 [Edit("inc.sport", "female", 99)]))
    assert "frozen" in message
    apply_edits(store, catalog, OPEN, "national", [Edit("inc.sport", "total", 52)])
    assert store.values.get(OPEN, "national", "inc.sport") == 52


def test_a_values_csv_lists_the_frozen_years_lines_as_problems_and_imports_nothing(store, filled,
                                                                                     catalog, tmp_path):
    path = tmp_path / "values.csv"
    path.write_text("year,source,item,part,value,comment\n"
                    "2023,national,inc.sport,total,55,\n"
                    "2024,national,inc.sport,total,60,\n", encoding="utf-8")
    plan = plan_values_import(store, catalog, path)
    assert [(p.line, p.column, p.text) for p in plan.problems] == [(3, "year", "2024")]
    assert "submitted" in plan.problems[0].reason and "Reopen the year" in plan.problems[0].reason
    # A plan made before the year was submitted is refused by the store when applied.
    store.years.set_status(FROZEN, "draft", reason="test")
    earlier = plan_values_import(store, catalog, path)
    assert earlier.ok
    freeze(store)
    refused(store, lambda: apply_values_import(store, earlier))
    assert store.values.get(OPEN, "national", "inc.sport") == 50


def test_funding_lines_of_a_frozen_year_cannot_be_added_edited_deleted_or_restored(store, filled):
    refused(store, lambda: store.funding.add({**LINE, "year": FROZEN}))
    refused(store, lambda: store.funding.update(filled["line"], amount=1))
    refused(store, lambda: store.funding.delete(filled["line"]))
    deleted = store.funding.delete(filled["open_line"])
    refused(store, lambda: store.funding.restore({**deleted, "year": FROZEN}))
    store.funding.restore(deleted)
    assert store.funding.get(filled["open_line"])["funder"] == "Japan"


def test_a_funding_line_cannot_move_into_or_out_of_a_frozen_year(store, filled):
    refused(store, lambda: store.funding.update(filled["open_line"], year=FROZEN))
    refused(store, lambda: store.funding.update(filled["line"], year=OPEN))
    assert store.funding.update(filled["open_line"], year=2022) == {"year": (OPEN, 2022)}


def test_narratives_and_submission_details_of_a_frozen_year_cannot_change(store, filled):
    refused(store, lambda: store.narratives.set_fields("30.1", FROZEN, narrative="Changed"))
    refused(store, lambda: store.narratives.set_many(FROZEN, {"30.2": {"status": "partly"}}))
    refused(store, lambda: save_narrative(store, "30.1", FROZEN, state_answer="Answer"))
    refused(store, lambda: store.submissions.set(FROZEN, contact_name="Sophea"))
    assert store.narratives.for_year(FROZEN)[0]["narrative"] == "As sent"
    store.narratives.set_fields("30.1", OPEN, narrative="Open year")
    store.submissions.set(OPEN, focal_point="CMAA")


def test_casualty_records_of_a_frozen_year_cannot_be_added_edited_or_deleted(store, filled):
    refused(store, lambda: store.casualties.add({**RECORD, "source_id": "C-9"}))
    refused(store, lambda: store.casualties.add_many([
        {**RECORD, "source_id": "C-8", "incident_date": "2023-01-01"},
        {**RECORD, "source_id": "C-9"}]))
    refused(store, lambda: store.casualties.update(filled["record"], age=35))
    refused(store, lambda: store.casualties.delete(filled["record"]))
    deleted = store.casualties.delete(filled["open_record"])
    moved = deleted._replace(record={**deleted.record, "incident_date": "2024-01-01"})
    refused(store, lambda: store.casualties.restore(moved))
    store.casualties.restore(deleted)
    # A record without a date is in no year, and stays editable.
    undated = store.casualties.add({**RECORD, "source_id": "C-7", "incident_date": None})
    assert store.casualties.update(undated, age=40) == {"age": (34, 40)}


def test_a_casualty_record_cannot_move_into_or_out_of_a_frozen_year(store, filled):
    refused(store, lambda: store.casualties.update(filled["open_record"], incident_date="2024-03-01"))
    refused(store, lambda: store.casualties.update(filled["record"], incident_date="2023-03-01"))
    assert store.casualties.get(filled["record"])["incident_year"] == FROZEN


def test_merging_or_marking_distinct_records_of_a_frozen_year_is_refused(store, filled):
    refused(store, lambda: store.casualties.merge(filled["record"], [filled["twin"]]))
    refused(store, lambda: store.casualties.merge(filled["open_record"], [filled["twin"]]))
    refused(store, lambda: store.casualties.mark_distinct([filled["record"], filled["twin"]]))
    refused(store, lambda: store.casualties.mark_distinct([filled["open_record"], filled["twin"]]))
    assert store.casualties.count() == 3


def test_a_casualty_import_rejects_the_rows_of_a_frozen_year_and_imports_the_others(store, filled,
                                                                                     catalog, tmp_path):
    path = tmp_path / "records.csv"
    path.write_text(
        "source_id,incident_date,province,sex,age,device_type,outcome,amputation\n"
        "C-10,2023-05-01,02,M,20,AP mine,injured,no\n"      # new, open year: added
        "C-11,2024-05-01,02,M,20,AP mine,injured,no\n"      # new, frozen year
        "C-1,2024-04-05,02,M,35,AP mine,injured,yes\n"      # update of a frozen record
        "C-3,2024-02-01,02,M,34,AP mine,injured,yes\n"      # moves an open record into 2024
        "C-2,2024-04-05,02,M,34,AP mine,injured,yes\n",     # same as stored: a duplicate
        encoding="utf-8")
    plan = importer.plan_casualty_import(store, catalog, importer.read_table(path))
    assert [(p.line, p.column) for p in plan.problems] == [(3, "incident_date"), (4, "incident_date"),
                                                            (5, "incident_date")]
    assert all("2024 was submitted" in p.reason and "Reopen the year" in p.reason
               for p in plan.problems)
    assert [row for row, _ in plan.rejected] == [3, 4, 5]
    counts = importer.apply_casualty_import(store, plan)
    assert (counts.added, counts.updated, counts.duplicates, counts.rejected) == (1, 0, 1, 3)
    assert store.casualties.by_source_ids(["C-10"])["C-10"]["incident_year"] == OPEN
    assert store.casualties.get(filled["record"])["age"] == 34
    rejects = importer.write_rejects(plan, tmp_path / "rejected.csv")
    assert "submitted" in rejects.read_text(encoding="utf-8")


def test_a_reopened_year_is_editable_again(store, filled):
    store.years.set_status(FROZEN, "draft", reason="correct the sport figure")
    store.values.set(FROZEN, "national", "inc.sport", "total", 60)
    store.casualties.update(filled["record"], age=35)
    store.funding.delete(filled["line"])
    assert store.values.get(FROZEN, "national", "inc.sport") == 60


def test_the_committees_requests_cannot_be_imported_into_a_frozen_year(demo_store, catalog, tmp_path):
    from cmdesk.exchange import apply_requests_import, plan_requests_import
    from cmdesk.reports import export_document

    path = export_document("sraap", demo_store, catalog, 2025, tmp_path / "t.xlsx").path
    plan = plan_requests_import(demo_store, catalog, path, 2026)
    assert plan.counts()["added"] == 11
    demo_store.years.set_status(2026, "submitted")
    refused(demo_store, lambda: apply_requests_import(demo_store, plan))
    assert demo_store.narratives.for_year(2026) == []
