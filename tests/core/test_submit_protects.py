"""Submit protects the documents (cmdesk/signoff/workflow.py, cmdesk/validation/year.py):
a narrative whose figures changed blocks until updated or acknowledged; an empty year
cannot pass; submit lists what it would go without; only headquarters signs off a year
or produces the Convention documents, a province makes its provincial summary."""

from __future__ import annotations

import re
import subprocess

import pytest

from cmdesk import signoff
from cmdesk.catalog import HEADQUARTERS
from cmdesk.narratives import accept_draft, drafts, save_narrative
from cmdesk.reports import HeadquartersOnly, export_document
from cmdesk.review import acknowledge, review_year
from cmdesk.store import Store

YEAR = 2024


def test_a_stale_narrative_blocks_submit_until_updated(demo_store, catalog):
    store = demo_store
    assert not review_year(store, catalog, YEAR).blocking
    # The devices sentence (35.2) states 13,305 repairs; the figure is corrected.
    store.values.set(YEAR, "national", "dev.repair", "total", 16305)
    blocking = review_year(store, catalog, YEAR).blocking
    assert [f.rule for f in blocking] == ["narrative_out_of_date"] * len(blocking) and blocking
    assert any(f.indicators == ("35.2",) and "Repairs as 13,305" in f.message and "16,305" in f.message
               for f in blocking)
    with pytest.raises(signoff.SignOffBlocked, match="unacknowledged error"):
        signoff.submit(store, catalog, YEAR)
    with pytest.raises(signoff.SignOffBlocked):
        signoff.mark_checked(store, catalog, YEAR)
    # Updated: the drafted sentence accepted again in place of the old text.
    devices = next(d for d in drafts(store, catalog, YEAR) if d.code == "devices")
    accept_draft(store, "35.2", YEAR, devices, append=False)
    assert not review_year(store, catalog, YEAR).blocking
    assert signoff.submit(store, catalog, YEAR).year == YEAR


def test_a_stale_narrative_can_be_acknowledged_and_sent_as_it_is(demo_store, catalog):
    store = demo_store
    store.values.set(YEAR, "national", "svc.medical_care", "total", 27900)
    review = review_year(store, catalog, YEAR)
    (finding,) = review.blocking
    assert finding.indicators == ("33.2",)
    acknowledge(store, YEAR, finding, "The Ministry's figure arrived after the text was approved.")
    assert not review_year(store, catalog, YEAR).blocking
    signoff.submit(store, catalog, YEAR)


def test_an_empty_year_cannot_pass_every_check(store, catalog):
    review = review_year(store, catalog, YEAR)
    assert [f.rule for f in review.blocking] == ["year_has_no_data"]
    with pytest.raises(signoff.SignOffBlocked, match="Nothing is entered for 2024"):
        signoff.mark_checked(store, catalog, YEAR)
    with pytest.raises(signoff.SignOffBlocked, match="Nothing is entered for 2024"):
        signoff.submit(store, catalog, YEAR)
    store.values.set(YEAR, "national", "svc.medical_care", "total", 100)
    assert not review_year(store, catalog, YEAR).blocking


def test_submit_lists_unanswered_requests_overdue_returns_and_empty_sections(demo_store, catalog):
    store = demo_store
    save_narrative(store, "34.2", YEAR, committee_request="Is there a directory of services?")
    notes = signoff.submission_notes(store, catalog, YEAR)
    kinds = {note.kind for note in notes}
    assert kinds == {"unanswered_request", "overdue_return", "empty_section"}
    texts = "\n".join(note.text for note in notes)
    assert "Indicator 34.2" in texts and "directory of services" in texts
    # The demo's seed reports nothing under actions 38 and 41: their sections are left out.
    empty = [note.text for note in notes if note.kind == "empty_section"]
    assert [text.split(":")[0] for text in empty] == ["Action 38", "Action 41"]
    save_narrative(store, "34.2", YEAR, state_answer="The DAC publishes one.")
    assert not any(n.kind == "unanswered_request" for n in signoff.submission_notes(store, catalog, YEAR))


@pytest.fixture
def province_store(tmp_path, catalog):
    office = next(o for o in catalog.offices() if o.code != HEADQUARTERS.code)
    store = Store.create(tmp_path / "province.cmdesk", catalog, office, "tester")
    yield store
    store.close()


def test_a_provincial_database_cannot_check_submit_or_export_convention_documents(province_store, catalog,
                                                                                  tmp_path):
    store = province_store
    store.values.set(YEAR, "national", "svc.medical_care", "total", 120)
    with pytest.raises(HeadquartersOnly, match="only headquarters"):
        signoff.mark_checked(store, catalog, YEAR)
    with pytest.raises(HeadquartersOnly, match="only headquarters"):
        signoff.submit(store, catalog, YEAR)
    assert store.years.status(YEAR) == "draft" and store.snapshots.for_year(YEAR) == []
    for kind, fmt in (("sraap", "xlsx"), ("va-update", "pdf"), ("form-j", "docx")):
        with pytest.raises(HeadquartersOnly, match="provincial summary"):
            export_document(kind, store, catalog, YEAR, tmp_path / f"{kind}.{fmt}", draft=True)
        assert not (tmp_path / f"{kind}.{fmt}").exists()


def test_a_provincial_database_exports_its_provincial_summary(province_store, catalog, tmp_path):
    store = province_store
    store.values.set(YEAR, "national", "svc.medical_care", "total", 120)
    store.values.set(YEAR, "national", "dev.repair", "total", 2800)
    store.casualties.add_many([{"incident_date": "2024-03-01", "outcome": "killed", "sex": "male",
                                "age": 40, "province_code": "02"}])
    path = export_document("provincial-summary", store, catalog, YEAR, tmp_path / "summary.pdf").path
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert store.office.name in text and "Casualties" in text and "2,800" in text and "120" in text
    pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+1$", pages, re.M)


def test_headquarters_makes_no_provincial_summary(demo_store, catalog, tmp_path):
    with pytest.raises(HeadquartersOnly, match="provincial office's database"):
        export_document("provincial-summary", demo_store, catalog, YEAR, tmp_path / "s.pdf")
