"""Comparing a submitted year (cmdesk/signoff/compare.py): a snapshot against today's
data or another snapshot, row by row and field by field, with who changed what and
when from the audit log; personal data hidden unless asked for."""

import json

import pytest

from cmdesk import signoff
from cmdesk.errors import InputError
from cmdesk.store.rows import short_id
from tests.conftest import send_stale_narratives_as_they_are

YEAR = 2024
REPAIRS = "2024/national/dev.repair/total"


@pytest.fixture
def submitted(demo_store):
    """The demo year submitted by Sophea, then reopened by Dara and changed."""
    store = demo_store
    store.user = "Sophea"
    snapshot = signoff.submit(store, store.catalog, YEAR)
    store.user = "Dara"
    signoff.reopen(store, YEAR, "The Committee asked about repairs")
    return store, snapshot


def by_key(comparison):
    return {(change.table, change.key): change for change in comparison.changes}


def fields(change):
    return {f.field: (f.old, f.new) for f in change.fields}


def test_nothing_changed_right_after_a_submission(submitted):
    store, snapshot = submitted
    comparison = signoff.compare_year(store, store.catalog, YEAR)
    assert comparison.older == snapshot and comparison.newer is None
    assert comparison.changes == ()
    assert signoff.comparison_text(comparison, store.catalog)[-1] == "Nothing changed."


def test_a_changed_value_says_source_item_part_old_new_who_and_when(submitted):
    store, _ = submitted
    store.values.set(YEAR, "national", "dev.repair", "total", 13306, "Recounted")
    store.user = "Vanna"
    store.values.set(YEAR, "national", "dev.repair", "total", 13310)
    store.values.set(YEAR, "national", "inc.sport", "female", None)  # removed
    store.values.set(YEAR, "pwdf", "dev.tricycle", "total", 4)  # added
    comparison = signoff.compare_year(store, store.catalog, YEAR)
    changes = by_key(comparison)
    repairs = changes[("aggregate_values", REPAIRS)]
    assert repairs.label == "National total · Repairs · Total"
    assert repairs.action == "changed"
    assert fields(repairs) == {"value": (13305, 13310), "comment": ("", "Recounted")}
    value = next(f for f in repairs.fields if f.field == "value")
    assert (value.old_text, value.new_text) == ("13,305", "13,310")
    assert repairs.who == ("Dara", "Vanna")
    assert [(e.who, e.field, e.old, e.new) for e in repairs.edits] == [
        ("Dara", "value", "13305", "13306"), ("Dara", "comment", "", "Recounted"),
        ("Vanna", "value", "13306", "13310")]
    assert repairs.last_at == repairs.edits[-1].at
    assert changes[("aggregate_values", "2024/national/inc.sport/female")].action == "removed"
    added = changes[("aggregate_values", "2024/pwdf/dev.tricycle/total")]
    assert added.action == "added" and fields(added)["value"] == (None, 4)
    assert comparison.counts()["aggregate_values"] == 3


def test_funding_lines_added_removed_and_changed_field_by_field(submitted):
    store, snapshot = submitted
    kept = store.snapshots.rows(snapshot.id)["funding_lines"]
    undp = next(key for key, line in kept.items() if line["funder_kind"] == "un_agency")
    national = next(key for key, line in kept.items() if line["funder_kind"] == "national_budget")
    store.funding.update(undp, amount=140000, earmarked=False)
    store.funding.delete(national)
    new = store.funding.add({"year": YEAR, "funder": "Government of Japan",
                             "funder_kind": "donor_government", "amount": 1000, "currency": "USD"})
    changes = by_key(signoff.compare_year(store, store.catalog, YEAR))
    changed = changes[("funding_lines", undp)]
    assert fields(changed) == {"amount": (130000.0, 140000.0), "earmarked": (1, 0)}
    assert [(f.old_text, f.new_text) for f in changed.fields] == [("130,000", "140,000"), ("yes", "no")]
    assert changed.label == "United Nations Development Programme (UNDP) · Victim assistance"
    removed = changes[("funding_lines", national)]
    assert removed.action == "removed" and removed.who == ("Dara",)
    assert [e.new for e in removed.edits] == ["deleted"]
    assert changes[("funding_lines", new)].action == "added"
    assert changes[("funding_lines", new)].label == "Government of Japan"


def test_casualty_records_and_narratives_changed_with_personal_data_hidden_unless_asked(submitted):
    store, _ = submitted
    record = next(r for r in store.casualties.query() if r["incident_year"] == YEAR
                  and r["outcome"] == "injured" and r["amputation"] == "yes")
    store.casualties.update(record["id"], outcome="killed", amputation="no", name="Sok Dara")
    moved = next(r for r in store.casualties.query() if r["incident_year"] == YEAR
                 and r["id"] != record["id"])
    store.casualties.update(moved["id"], incident_date="2023-12-30")  # out of the year
    store.narratives.set_fields("30.1", YEAR, status="reported", narrative="CMAA coordinates VA.")
    store.submissions.set(YEAR, contact_email="va@cmaa.gov.kh")
    comparison = signoff.compare_year(store, store.catalog, YEAR)
    changes = by_key(comparison)
    casualty = changes[("casualties", record["id"])]
    assert casualty.label == f"CMVIS {record['source_id']}"
    assert {f.field: (f.old_text, f.new_text) for f in casualty.fields if not f.personal} == {
        "outcome": ("Injured", "Killed"), "amputation": ("Yes", "No")}
    name = next(f for f in casualty.fields if f.field == "name")
    assert name.personal and name.new == "Sok Dara"
    assert changes[("casualties", moved["id"])].action == "removed"
    narrative = changes[("narratives", "30.1/2024")]
    assert narrative.label == "Indicator 30.1"
    assert fields(narrative)["narrative"][1] == "CMAA coordinates VA."
    assert narrative.who == ("Dara",) and casualty.who == ("Dara",)
    details = changes[("submission_details", "2024")]
    assert fields(details) == {"contact_email": ("", "va@cmaa.gov.kh")} and details.who == ("Dara",)
    text = "\n".join(signoff.comparison_text(comparison, store.catalog))
    assert "Sok Dara" not in text and "personal data" in text
    assert "Sok Dara" in "\n".join(signoff.comparison_text(comparison, store.catalog, personal=True))
    hidden = json.dumps(comparison.as_json())
    assert "Sok Dara" not in hidden
    assert "Sok Dara" in json.dumps(comparison.as_json(personal=True))
    assert "CMAA coordinates VA." in hidden


def test_two_snapshots_compare_oldest_first_with_the_changes_between_them(submitted):
    store, first = submitted
    store.values.set(YEAR, "national", "dev.repair", "total", 13306)
    send_stale_narratives_as_they_are(store)
    second = signoff.submit(store, store.catalog, YEAR)
    signoff.reopen(store, YEAR, "again")
    store.user = "Vanna"
    store.values.set(YEAR, "national", "dev.repair", "total", 13400)  # after both: not theirs
    for older, newer in ((first.id, second.id), (short_id(second.id), short_id(first.id))):
        comparison = signoff.compare_year(store, store.catalog, YEAR, older, newer)
        assert (comparison.older, comparison.newer) == (first, second)
        repairs = by_key(comparison)[("aggregate_values", REPAIRS)]
        assert fields(repairs)["value"] == (13305, 13306)
        assert repairs.who == ("Dara",)
    today = signoff.compare_year(store, store.catalog, YEAR)  # the latest snapshot against today
    assert today.older == second
    assert fields(by_key(today)[("aggregate_values", REPAIRS)])["value"] == (13306, 13400)
    lines = signoff.comparison_text(today, store.catalog)
    assert "  National total · Repairs · Total: changed" in lines
    assert "    Value: 13,306 -> 13,400" in lines
    assert any(line.startswith("    by Vanna, last on ") for line in lines)


def test_unknown_snapshots_and_years_without_one_are_explained(submitted):
    store, _ = submitted
    with pytest.raises(InputError, match="2023 has no snapshot yet"):
        signoff.compare_year(store, store.catalog, 2023)
    with pytest.raises(InputError, match="2024 has no snapshot 'zzz'"):
        signoff.compare_year(store, store.catalog, YEAR, "zzz")
    with pytest.raises(InputError, match="has no snapshot ''"):
        signoff.compare_year(store, store.catalog, YEAR, "")


TOTAL_REPORTED = "2024/national/inc.total_reported/total"  # the demo's "over 2,800"
DEVICES = "2024/national/dev.total_reported/total"


def test_a_qualifier_changed_alone_is_a_changed_value(submitted):
    store, _ = submitted
    # The same number, now "more than": a change, printed as the documents print it.
    store.values.set(YEAR, "national", "dev.total_reported", "total", 26280, qualifier="more_than")
    store.values.set(YEAR, "national", "dev.repair", "total", 13306)
    comparison = signoff.compare_year(store, store.catalog, YEAR)
    changes = by_key(comparison)
    devices = changes[("aggregate_values", DEVICES)]
    assert devices.action == "changed"
    assert [(f.field, f.old, f.new, f.old_text, f.new_text, f.old_qualifier, f.new_qualifier)
            for f in devices.fields] == [("value", 26280, 26280, "26,280", "over 26,280", "", "more_than")]
    assert devices.who == ("Dara",)
    # The demo's "over 2,800", left as it was, is no change; nor is an exact value.
    assert ("aggregate_values", TOTAL_REPORTED) not in changes
    assert {key for _, key in changes} == {DEVICES, REPAIRS}
    lines = signoff.comparison_text(comparison, store.catalog)
    assert "  National total · Total produced or repaired, as stated by the source · Total: changed" in lines
    assert "    Value: 26,280 -> over 26,280" in lines and "    Value: 13,305 -> 13,306" in lines
    data = json.loads(json.dumps(comparison.as_json()))
    value = next(c for c in data["changes"] if c["key"] == DEVICES)["fields"][0]
    assert (value["old_text"], value["new_text"], value["new_qualifier"]) == ("26,280", "over 26,280", "more_than")


def test_a_qualifier_changed_between_two_snapshots_is_reported(submitted):
    store, first = submitted
    store.values.set(YEAR, "national", "inc.total_reported", "total", 2800, qualifier="about")
    second = signoff.submit(store, store.catalog, YEAR)
    comparison = signoff.compare_year(store, store.catalog, YEAR, first.id, second.id)
    assert [(c.key, [(f.old_text, f.new_text) for f in c.fields]) for c in comparison.changes] == [
        (TOTAL_REPORTED, [("over 2,800", "about 2,800")])]
    assert "    Value: over 2,800 -> about 2,800" in signoff.comparison_text(comparison, store.catalog)
    # Back to exact: "about 2,800 -> 2,800".
    signoff.reopen(store, YEAR, "Exact after all")
    store.values.set(YEAR, "national", "inc.total_reported", "total", 2800, qualifier="")
    [change] = signoff.compare_year(store, store.catalog, YEAR).changes
    assert [(f.old_text, f.new_text) for f in change.fields] == [("about 2,800", "2,800")]


def test_a_snapshot_kept_before_qualifiers_were_kept_compares_its_values_as_exact(submitted):
    store, snapshot = submitted
    with store.db.atomic():  # what a snapshot of CMDesk before qualifiers holds
        store.db.execute("UPDATE snapshot_rows SET data = json_remove(data, '$.qualifier') "
                         "WHERE snapshot_id = ? AND table_name = 'aggregate_values'", [snapshot.id])
    changes = by_key(signoff.compare_year(store, store.catalog, YEAR))
    # Only the demo's one qualified value differs from what that snapshot could keep.
    assert list(changes) == [("aggregate_values", TOTAL_REPORTED)]
    assert [(f.old_text, f.new_text) for f in changes[("aggregate_values", TOTAL_REPORTED)].fields] == [
        ("2,800", "over 2,800")]
