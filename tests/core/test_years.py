"""The years offered for entry and the figures entered late (cmdesk/years.py)."""

import datetime as dt

from cmdesk.catalog import TOTAL
from cmdesk.entry import Edit, apply_edits, load_grid
from cmdesk.years import entered_late, offered_years

TODAY = dt.date(2026, 12, 2)


def test_a_new_database_offers_the_year_before_the_usual_one_up_to_next_year():
    assert offered_years([], TODAY) == [2027, 2026, 2025, 2024]


def test_every_year_from_the_registers_first_is_offered():
    assert offered_years([1998, 2024], TODAY) == list(range(2027, 1997, -1))
    assert offered_years([2030], TODAY)[0] == 2030


def test_a_figure_is_entered_late_after_the_year_its_year_was_reported_in():
    assert not entered_late(2025, TODAY)
    assert entered_late(2024, TODAY)
    assert not entered_late(2024, dt.date(2025, 12, 31))


def test_the_grid_marks_the_figures_entered_late(store, catalog):
    today = dt.date.today()
    old, usual = today.year - 2, today.year - 1
    for year in (old, usual):
        apply_edits(store, catalog, year, "mosvy", [Edit("svc.prc_clients", TOTAL, 100)])
    assert load_grid(store, catalog, old, "mosvy").late == {("svc.prc_clients", TOTAL): today.isoformat()}
    assert load_grid(store, catalog, usual, "mosvy").late == {}
