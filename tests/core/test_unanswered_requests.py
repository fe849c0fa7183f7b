"""The Committee's requests nobody answered, as the user decides at submit: left out of
the VA update (the default), or printed with a sentence in the State's voice. The
choice is kept with the submission, so the documents exported again are those sent."""

import pytest

from cmdesk import signoff
from cmdesk.narratives import save_narrative
from cmdesk.reports import export_document
from tests.core.test_documents_read_back import READERS

YEAR = 2024
SENTENCE = "Cambodia has no further information to report on this request for 2024."
UNANSWERED = "The Committee would welcome news of the national services guide."
ANSWERED = "The Committee would welcome an update on the referral network."
ANSWER = "The referral network now covers 25 provinces."


def flat(text: str) -> str:
    # pdftotext breaks lines where the page does; the xlsx reader joins cells with "|".
    return " ".join(text.replace("|", " ").split())


@pytest.fixture
def requests(demo_store):
    """Two of the Committee's requests on 2024: one answered, one not."""
    save_narrative(demo_store, "34.2", YEAR, committee_request=UNANSWERED)
    save_narrative(demo_store, "35.3", YEAR, committee_request=ANSWERED, state_answer=ANSWER)
    return demo_store


def exported(store, catalog, folder, fmt) -> str:
    path = export_document("va-update", store, catalog, YEAR, folder / f"va.{fmt}").path
    return flat(READERS[fmt](path))


def kept_choice(store, snapshot) -> str:
    return store.snapshots.rows(snapshot.id)["submission_details"][str(YEAR)]["unanswered_requests"]


@pytest.mark.parametrize("fmt", ["xlsx", "pdf", "docx"])
def test_by_default_an_unanswered_request_is_left_out(requests, catalog, tmp_path, fmt):
    snapshot = signoff.submit(requests, requests.catalog, YEAR)
    text = exported(requests, catalog, tmp_path, fmt)
    assert "national services guide" not in text and SENTENCE not in text
    assert ANSWERED in text and ANSWER in text  # an answered request is printed with its answer
    assert kept_choice(requests, snapshot) == ""


@pytest.mark.parametrize("fmt", ["xlsx", "pdf", "docx"])
def test_the_state_voice_prints_each_unanswered_request_with_the_states_sentence(requests, catalog,
                                                                                tmp_path, fmt):
    snapshot = signoff.submit(requests, requests.catalog, YEAR, state_unanswered=True)
    text = exported(requests, catalog, tmp_path, fmt)
    assert f"The Committee's request: {UNANSWERED} {SENTENCE}" in text
    assert text.count(SENTENCE) == 1  # not under the answered request
    assert f"The Committee's request: {ANSWERED} Answer: {ANSWER}" in text
    # Under the indicator and its action, which had nothing else to say.
    assert text.index("Action 34") < text.index(UNANSWERED)
    assert kept_choice(requests, snapshot) == "state_voice"
    # The submitted year's documents are those sent, byte for byte.
    path = export_document("va-update", requests, catalog, YEAR, tmp_path / f"again.{fmt}").path
    assert path.read_bytes() == requests.snapshots.document(snapshot.id, "va-update", fmt)


def test_each_submission_decides_again_and_the_comparison_says_so(requests, catalog, tmp_path):
    first = signoff.submit(requests, requests.catalog, YEAR, state_unanswered=True)
    signoff.reopen(requests, YEAR, "Send the update without the sentence")
    second = signoff.submit(requests, requests.catalog, YEAR)  # default: left out
    assert kept_choice(requests, second) == ""
    assert SENTENCE not in exported(requests, catalog, tmp_path, "docx")
    assert SENTENCE in flat(READERS["docx"](_write(tmp_path / "first.docx", requests.snapshots.document(
        first.id, "va-update", "docx"))))
    comparison = signoff.compare_year(requests, requests.catalog, YEAR, first.id, second.id)
    [change] = comparison.changes
    assert [(f.label, f.old_text, f.new_text) for f in change.fields] == [
        ("Unanswered requests", "said in the State's voice", "left out of the VA update")]


def _write(path, content: bytes):
    path.write_bytes(content)
    return path


def test_a_snapshot_kept_before_the_choice_existed_compares_as_left_out(requests):
    snapshot = signoff.submit(requests, requests.catalog, YEAR)
    with requests.db.atomic():  # what a snapshot of an older CMDesk holds
        requests.db.execute("UPDATE snapshot_rows SET data = json_remove(data, '$.unanswered_requests') "
                            "WHERE snapshot_id = ? AND table_name = 'submission_details'", [snapshot.id])
    assert signoff.compare_year(requests, requests.catalog, YEAR).changes == ()


def test_an_unknown_choice_is_refused_naming_it(demo_store):
    from cmdesk.errors import InputError

    with pytest.raises(InputError, match="Unknown choice for unanswered requests 'maybe'"):
        demo_store.submissions.set(YEAR, unanswered_requests="maybe")
