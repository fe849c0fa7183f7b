"""Shared test set-up. Qt, where a test uses it, runs offscreen; the core tests in
tests/core never import Qt."""

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The command line speaks the language saved in the window's settings file
# (cmdesk.i18n.saved_language): point it at an empty folder, so that a developer's own
# choice of Khmer does not change what the tests read.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="cmdesk-test-config-")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "reference" / "seeds"
DOMAIN = REPO.parent / "shared" / "reference" / "domain.md"


@pytest.fixture(scope="session")
def catalog():
    from cmdesk.catalog import load_catalog

    return load_catalog()


@pytest.fixture
def demo_store(tmp_path, catalog):
    from cmdesk.demo import create_demo

    store = create_demo(tmp_path / "demo.cmdesk", catalog, "tester")
    yield store
    store.close()


def send_stale_narratives_as_they_are(store, year: int = 2024) -> None:
    """Acknowledge the year's narratives whose figures changed since they were written
    (the demo's narratives state its figures): what a user does to submit a corrected
    figure without rewording the narrative."""
    from cmdesk.review import acknowledge, review_year

    for finding in review_year(store, store.catalog, year).blocking:
        if finding.rule == "narrative_out_of_date":
            acknowledge(store, year, finding, "The approved text is sent as it is.")


@pytest.fixture(autouse=True)
def short_lock_wait(monkeypatch):
    """A write waits up to LOCK_TIMEOUT_SECONDS (5 s) for another program's write;
    tests that hold a lock on purpose need not wait that long to see the refusal."""
    from cmdesk.store import database

    monkeypatch.setattr(database, "LOCK_TIMEOUT_SECONDS", 0.5)
