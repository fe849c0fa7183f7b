"""How a national figure is compiled from the sources (resources/catalog/compilation.toml,
cmdesk/catalog/compilation.py), and the check that names the sources not added."""

import pytest

from cmdesk.catalog import TOTAL
from cmdesk.catalog.compilation import Authority, Compilation, OverlapGroup, load_compilation
from cmdesk.entry import NATIONAL_VIEW, Edit, apply_edits, load_grid, national_values
from cmdesk.errors import CatalogError
from cmdesk.figures import year_figures
from cmdesk.overview import key_figures
from cmdesk.validation.year import year_findings

CLIENTS = ("svc.prc_clients", TOTAL)


def figure(catalog, per_source, cell=CLIENTS):
    return catalog.national_figures({cell: per_source})[cell]


def test_mosvy_and_dac_reporting_the_same_26988_give_26988_and_a_finding_naming_dac(store, catalog):
    for source in ("mosvy", "dac"):
        apply_edits(store, catalog, 2024, source, [Edit("svc.prc_clients", TOTAL, 26988)])
    assert national_values(store, catalog, 2024)[CLIENTS] == 26988
    grid = load_grid(store, catalog, 2024, NATIONAL_VIEW)
    assert grid.values[CLIENTS] == 26988
    assert grid.how[CLIENTS].added == (("mosvy", 26988),)
    found = [f for f in year_findings(store, catalog, 2024)
             if f.rule == "national_figure_sources_not_added"]
    assert len(found) == 1 and found[0].cells == (CLIENTS,)
    message = found[0].message
    assert "26,988 (Ministry of Social Affairs, Veterans and Youth Rehabilitation (MoSVY) 26,988)" in message
    assert "not added: Disability Action Council (DAC) 26,988" in message
    assert "compile the physical rehabilitation centres' statistics" in message
    # The same finding is listed under the national view's grid, and Overview and the
    # documents carry the same figure.
    assert any(f.rule == "national_figure_sources_not_added" for f in grid.findings)
    overview = {f.key: f.value for f in key_figures(store, catalog, 2024)}
    assert overview["prc_clients"] == 26988
    assert year_figures(store, catalog, 2024).values[CLIENTS] == 26988


def test_the_national_entry_wins_over_every_source_and_raises_nothing(catalog):
    made = figure(catalog, {"mosvy": 300, "dac": 310, "national": 0})
    assert (made.value, made.rule, made.not_added) == (0, "national", ())


def test_sources_outside_an_overlap_group_are_added(catalog):
    made = figure(catalog, {"mosvy": 300, "icrc": 80, "hi": 20})
    assert made.value == 400 and made.rule == "sum" and made.not_added == ()


def test_of_an_overlap_group_only_its_first_member_that_reported_is_added(catalog):
    made = figure(catalog, {"dac": 310, "pwdf": 305, "icrc": 80})
    assert made.value == 390
    assert made.added == (("dac", 310), ("icrc", 80))
    assert [(n.source, n.value) for n in made.not_added] == [("pwdf", 305)]


def test_the_prcs_own_returns_count_as_one_member_of_the_group(catalog):
    alone = figure(catalog, {"prc.01": 100, "prc.02": 250})
    assert alone.value == 350 and alone.not_added == ()
    with_mosvy = figure(catalog, {"mosvy": 400, "prc.01": 100, "prc.02": 250})
    assert with_mosvy.value == 400
    assert [n.source for n in with_mosvy.not_added] == ["prc.01", "prc.02"]


def test_an_authoritative_source_alone_gives_the_figure_where_it_reported(catalog):
    repair = ("dev.repair", TOTAL)
    made = figure(catalog, {"pwdf": 13305, "prc.01": 9000, "cmaa": 5}, repair)
    assert (made.value, made.rule) == (13305, "authoritative")
    assert {n.source for n in made.not_added} == {"prc.01", "cmaa"}
    assert "PWDF compiles the assistive devices" in made.not_added[0].reason
    # Where it did not report, the sum rule applies.
    assert figure(catalog, {"prc.01": 9000, "prc.02": 1}, repair).value == 9001


def test_an_items_own_authority_wins_over_its_groups():
    compilation = Compilation((), (Authority("dac", (), ("rehabilitation",), "group"),
                                   Authority("mosvy", ("svc.prc_clients",), (), "item")))
    assert compilation.authority("svc.prc_clients", "rehabilitation").source == "mosvy"
    assert compilation.authority("svc.medical_care", "rehabilitation").source == "dac"
    assert compilation.authority("dev.repair", "devices") is None


@pytest.mark.parametrize("data, message", [
    ({"overlap": [{"code": "x", "members": ["mosvy", "nobody"], "reason": "r"}]}, "unknown member 'nobody'"),
    ({"overlap": [{"code": "x", "members": ["mosvy"], "reason": "r"}]}, "at least two members"),
    ({"overlap": [{"code": "x", "members": ["mosvy", "national"], "reason": "r"}]}, "national total"),
    ({"overlap": [{"code": "x", "members": ["mosvy", "dac"]}]}, "'reason' is missing"),
    ({"overlap": [{"code": "x", "members": ["mosvy", "dac"], "reason": "r"},
                  {"code": "y", "members": ["dac", "pwdf"], "reason": "r"}]}, "already in overlap group 'x'"),
    ({"authoritative": [{"source": "pwdf", "groups": ["nowhere"], "reason": "r"}]}, "unknown group 'nowhere'"),
    ({"authoritative": [{"source": "pwdf", "reason": "r"}]}, "give the items or groups"),
    ({"authoritative": [{"source": "ghost", "items": ["dev.repair"], "reason": "r"}]}, "unknown source 'ghost'"),
])
def test_a_wrong_compilation_file_is_refused_naming_the_entry(catalog, data, message):
    with pytest.raises(CatalogError, match=message):
        load_compilation(data, [s.code for s in catalog.sources], catalog.source_kinds,
                         [i.code for i in catalog.items], [g.code for g in catalog.groups])


def test_the_shipped_catalog_declares_the_prc_statistics_overlap(catalog):
    assert catalog.compilation.overlaps == (OverlapGroup(
        "prc_statistics", ("mosvy", "dac", "pwdf", "kind:prc"),
        catalog.compilation.overlaps[0].reason),)
