"""Narrative drafts from the data, their indicators, and the out-of-date check."""

import json

from cmdesk.narratives import (
    accept_draft,
    drafts,
    indicator_entries,
    out_of_date,
    save_narrative,
    status_labels,
)
from cmdesk.store.narratives import NARRATIVE_STATUSES

YEAR = 2024


def by_code(store, catalog):
    return {d.code: d for d in drafts(store, catalog, YEAR)}


def test_statuses_have_labels():
    assert list(status_labels()) == list(NARRATIVE_STATUSES)
    assert status_labels()["partly"] == "Partly reported"


def test_the_casualty_sentence_matches_the_published_wording(demo_store, catalog):
    draft = by_code(demo_store, catalog)["casualties"]
    assert draft.text == (
        "In 2024, Cambodia recorded 49 casualties, including 12 killed, 29 injured and 8 lost limbs. "
        "Of the total casualties 30 were men, 11 were boys, 3 women and 5 girls.")
    assert draft.indicators == ("32.1",)
    assert draft.figures["casualties:total"] == 49 and draft.figures["casualties:lost_limb"] == 8


def test_the_devices_sentence_gives_each_type_and_leaves_the_disagreement_to_the_checks(demo_store, catalog):
    draft = by_code(demo_store, catalog)["devices"]
    assert draft.text.startswith(
        "In 2024, the PRCs produced or repaired a total of 26,280 assistive devices, including "
        "3,828 prosthetics (3,608 lower limbs, 220 upper limbs), 2,656 orthotics (2,559 lower limbs, "
        "59 upper limbs and 38 spinal), 52 seating systems, 1,088 wheelchairs (980 for adults and 108 "
        "for children), 54 tricycles, 891 non-orthopaedic procedures, 3,974 walking aids and 13,305 "
        "repairs.")
    # The published types add up to 25,848: a finding of the checks, never the State's words.
    assert "25,848" not in draft.text and "add up" not in draft.text
    assert draft.indicators == ("35.2",)


def test_drafts_belong_to_indicators_in_catalog_order(demo_store, catalog):
    found = drafts(demo_store, catalog, YEAR)
    codes = [ind.code for ind in catalog.indicators()]
    assert all(d.indicators[0] in codes for d in found)
    positions = [codes.index(d.indicators[0]) for d in found]
    assert positions == sorted(positions)
    assert {d.code for d in found} >= {"casualties", "devices", "rehabilitation", "funding", "qls"}
    funding = next(d for d in found if d.code == "funding")
    assert "US$100,000" in funding.text and "US$130,000 from United Nations Development" in funding.text


def test_nothing_is_drafted_for_a_year_without_data(demo_store, catalog):
    assert drafts(demo_store, catalog, 2019) == []


def test_an_accepted_draft_goes_out_of_date_when_its_figures_change(demo_store, catalog):
    draft = by_code(demo_store, catalog)["devices"]
    accept_draft(demo_store, "35.2", YEAR, draft)
    row = next(r for r in demo_store.narratives.for_year(YEAR) if r["indicator"] == "35.2")
    assert row["status"] == "reported" and row["narrative"] == draft.text
    assert json.loads(row["based_on"])["value:dev.repair/total"] == 13305
    assert out_of_date(demo_store, catalog, YEAR) == {}
    # Editing the wording keeps the memory of the figures.
    save_narrative(demo_store, "35.2", YEAR, narrative=draft.text.replace("In 2024,", "In 2024 alone,"))
    assert out_of_date(demo_store, catalog, YEAR) == {}
    demo_store.values.set(YEAR, "national", "dev.repair", "total", 13400)
    stale = out_of_date(demo_store, catalog, YEAR)
    changes = {c.key: (c.stated, c.now) for c in stale["35.2"]}
    assert changes["value:dev.repair/total"] == (13305, 13400)
    entry = next(e for e in indicator_entries(demo_store, catalog, YEAR) if e.code == "35.2")
    assert entry.out_of_date and entry.drafts[0].code == "devices"
    # Forgetting the figures (text rewritten by hand) clears the flag.
    save_narrative(demo_store, "35.2", YEAR, narrative="Rewritten.", forget_figures=True)
    assert out_of_date(demo_store, catalog, YEAR) == {}


def test_a_new_casualty_puts_the_casualty_sentence_out_of_date(demo_store, catalog):
    accept_draft(demo_store, "32.1", YEAR, by_code(demo_store, catalog)["casualties"])
    demo_store.casualties.add_many([{"incident_date": "2024-05-01", "outcome": "killed"}])
    changes = {c.key: (c.stated, c.now) for c in out_of_date(demo_store, catalog, YEAR)["32.1"]}
    assert changes["casualties:total"] == (49, 50) and changes["casualties:killed"] == (12, 13)


def test_accepting_two_drafts_appends_and_keeps_both_figure_sets(demo_store, catalog):
    found = by_code(demo_store, catalog)
    save_narrative(demo_store, "32.1", YEAR, narrative="", forget_figures=True)  # the demo's text
    accept_draft(demo_store, "32.1", YEAR, found["casualties"])
    text = accept_draft(demo_store, "32.1", YEAR, found["qls"])
    assert text == found["casualties"].text + "\n" + found["qls"].text
    assert accept_draft(demo_store, "32.1", YEAR, found["qls"]) == text  # not twice
    row = next(r for r in demo_store.narratives.for_year(YEAR) if r["indicator"] == "32.1")
    based_on = json.loads(row["based_on"])
    assert based_on["casualties:total"] == 49 and based_on["value:qls.persons_assessed/total"] == 2182


def test_indicator_entries_list_every_indicator_with_the_committees_requests(demo_store, catalog):
    entries = indicator_entries(demo_store, catalog, 2025)
    assert [e.code for e in entries] == [i.code for i in catalog.indicators()]
    requests = {e.code: e.committee_request for e in entries if e.committee_request}
    assert len(requests) == 11 and requests["41.2"] == "The Committee would welcome an update in this regard."
    assert all(e.is_empty for e in entries)


def test_the_years_review_never_reads_the_totals_since_records_began(demo_store, catalog, monkeypatch):
    # They scan the whole register (~0.1 s at 130,000 records) and only the documents
    # print them: the review of a year whose narratives state register figures checks
    # those figures without them.
    from cmdesk.review import review_year

    accept_draft(demo_store, "32.1", YEAR, by_code(demo_store, catalog)["casualties"])
    demo_store.casualties.add_many([{"incident_date": "2024-05-01", "outcome": "killed"}])
    scans = []
    breakdown = demo_store.casualties.breakdown
    monkeypatch.setattr(demo_store.casualties, "breakdown", lambda year=None, *, through=None, **kw: (
        scans.append(through), breakdown(year, through=through, **kw))[1])
    review = review_year(demo_store, catalog, YEAR)
    assert any(f.rule == "narrative_casualties_disagree_with_register"  # the figures were checked
               for f in review.findings)
    assert scans and None in scans and not [t for t in scans if t is not None]
