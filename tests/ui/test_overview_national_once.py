"""Overview computes the year's national figures once per refresh: its key figures,
the review's checks and the narratives' figures share one computation
(cmdesk.entry.national_figures over Store.remembered), counted with a spy on the
catalog's one definition of a national figure."""

import pytest

from cmdesk.catalog import Catalog


@pytest.fixture
def computed(monkeypatch):
    """How many times the national figures were computed (calls of
    Catalog.national_figures), as a list that grows with each call."""
    calls = []
    original = Catalog.national_figures

    def counting(self, *args, **kwargs):
        calls.append(args)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Catalog, "national_figures", counting)
    return calls


def refresh(page, year=2024):
    """What a change of year or File > Refresh does to the page: the key figures,
    then the whole review (its status, findings, returns), at once."""
    page.show_year(year)
    page.show_review()


def test_one_refresh_computes_the_national_figures_once(window, qtbot, computed):
    page = window.page("overview")
    qtbot.waitUntil(lambda: not page.review_pending)
    window.context.store.values.set(2024, "national", "inc.sport", "total", 61)  # a change
    computed.clear()
    refresh(page)
    assert page.findings is not None and page.findings.review is not None  # the review ran
    assert page.card("devices").value_label.text() != "—"  # and the key figures
    assert len(computed) == 1


def test_a_refresh_after_a_change_computes_them_again_once(window, qtbot, computed):
    page = window.page("overview")
    qtbot.waitUntil(lambda: not page.review_pending)
    refresh(page)
    computed.clear()
    refresh(page)
    assert computed == []  # nothing changed: the figures computed last time serve
    window.context.store.values.set(2024, "national", "dev.repair", "total", 5000)
    refresh(page)
    assert len(computed) == 1
    refresh(page, 2023)
    assert len(computed) == 2  # another year: its own figures
