"""The catalog as a database has it: items added, renamed and retired there, PRC names."""

import pytest

from cmdesk.catalog import Item
from cmdesk.entry import NATIONAL_VIEW, grid_rows, load_grid
from cmdesk.errors import CatalogError, InputError
from cmdesk.store import Store
from cmdesk.validation import check_values

HOME_VISITS = Item(code="svc.home_visits", label="Home visits by CBR workers", group="rehabilitation",
                   unit="persons", parts=("survivor", "female"))


def item_codes(rows):
    return [row.code for row in rows if row.kind == "item"]


def test_an_added_item_joins_its_group_takes_values_and_survives_reopening(store, catalog):
    store.reference.add_item(HOME_VISITS)
    rows = grid_rows(store.catalog, "services")
    rehabilitation = [r.code for r in rows if r.kind == "item" and store.catalog.item(r.code).group == "rehabilitation"]
    assert rehabilitation[-1] == "svc.home_visits"
    # Parts are kept in the catalog's order, whatever order they were given in.
    assert store.catalog.item("svc.home_visits").parts == ("female", "survivor")
    store.values.set(2025, "cmaa", "svc.home_visits", "total", 120)
    store.values.set(2025, "cmaa", "svc.home_visits", "survivor", 40)
    assert store.audit.history("items", "svc.home_visits")[0]["new_value"] == "added"
    path = store.path
    store.close()
    reopened = Store.open(path, catalog, "bob")
    try:
        assert reopened.catalog.item("svc.home_visits").label == "Home visits by CBR workers"
        assert reopened.values.get(2025, "cmaa", "svc.home_visits", "survivor") == 40
        # The shipped catalog itself is untouched.
        assert not catalog.has_item("svc.home_visits")
    finally:
        reopened.close()


@pytest.mark.parametrize(
    "changes, reason",
    [
        ({"code": "svc.medical_care"}, "already used"),
        ({"code": "dev.prosthesis"}, "already used"),  # a computed total's code
        ({"code": "Home visits"}, "lowercase letters"),
        ({"group": "sports"}, "unknown group 'sports'"),
        ({"unit": "visits"}, "unknown unit 'visits'"),
        ({"parts": ("adult",)}, "unknown part(s) adult"),
        ({"label": "  "}, "needs a label"),
        ({"kind": "stated_total"}, "needs the items it should add up"),
        ({"kind": "stated_total", "components": ("svc.nothing",)}, "unknown component(s) svc.nothing"),
    ],
)
def test_a_wrong_item_is_refused_with_the_reason_and_nothing_is_written(store, changes, reason):
    before = store.counts()
    fields = {**HOME_VISITS._asdict(), **changes}
    with pytest.raises(InputError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        store.reference.add_item(Item(**fields))
    assert store.counts() == before
    assert len(store.catalog.items) == len(store.reference.catalog(store.catalog).items) == 39


def test_retiring_an_item_hides_it_only_from_years_without_its_values(demo_store):
    demo_store.reference.update_item("svc.cbr_provinces", retired=True)
    catalog = demo_store.catalog
    assert catalog.item("svc.cbr_provinces").retired
    with_values = load_grid(demo_store, catalog, 2024, NATIONAL_VIEW)
    assert "svc.cbr_provinces" in item_codes(grid_rows(catalog, "services", with_values.items_with_values()))
    # 2025 still shows it beside 2024's figure (the previous year); 2026 has none.
    next_year = load_grid(demo_store, catalog, 2025, NATIONAL_VIEW)
    assert "svc.cbr_provinces" in item_codes(grid_rows(catalog, "services", next_year.items_with_values()))
    later = load_grid(demo_store, catalog, 2026, NATIONAL_VIEW)
    assert "svc.cbr_provinces" not in item_codes(grid_rows(catalog, "services", later.items_with_values()))
    assert demo_store.values.get(2024, "national", "svc.cbr_provinces") == 25
    demo_store.reference.update_item("svc.cbr_provinces", retired=False)
    assert "svc.cbr_provinces" in item_codes(grid_rows(demo_store.catalog, "services"))
    fields = [row["field"] for row in demo_store.audit.history("items", "svc.cbr_provinces")]
    assert fields == ["retired", "retired"]


def test_renaming_an_item_keeps_its_code_and_values_and_logs_old_and_new(demo_store):
    demo_store.reference.update_item("svc.medical_care", label="Emergency and continuing medical care")
    assert demo_store.catalog.item("svc.medical_care").label == "Emergency and continuing medical care"
    assert demo_store.values.get(2024, "national", "svc.medical_care") == 27809
    change = demo_store.audit.history("items", "svc.medical_care")[-1]
    assert change["field"] == "label"
    assert change["new_value"] == "Emergency and continuing medical care"
    with pytest.raises(InputError, match="needs a label"):
        demo_store.reference.update_item("svc.medical_care", label=" ")
    with pytest.raises(CatalogError):
        demo_store.reference.update_item("svc.no_such_item", retired=True)


def test_an_added_stated_total_is_checked_against_its_components(store):
    store.reference.add_item(Item(code="svc.psychosocial_total", label="Psychosocial support, total stated",
                                  group="psychosocial", unit="persons", kind="stated_total",
                                  components=("svc.peer_counselling", "svc.self_help_groups")))
    values = {("svc.peer_counselling", "total"): 1890, ("svc.self_help_groups", "total"): 568,
              ("svc.psychosocial_total", "total"): 2500}
    findings = [f for f in check_values(store.catalog, values) if "svc.psychosocial_total" in f.items]
    assert len(findings) == 1
    assert "2,500 stated, 2,458 summed" in findings[0].message
    values[("svc.psychosocial_total", "total")] = 2458
    assert not [f for f in check_values(store.catalog, values) if "svc.psychosocial_total" in f.items]


def test_only_the_rehabilitation_centres_can_be_renamed(store):
    store.reference.rename_source("prc.03", "Battambang PRC")
    assert store.catalog.source("prc.03").name == "Battambang PRC"
    assert store.audit.history("sources", "prc.03")[-1]["new_value"] == "Battambang PRC"
    with pytest.raises(InputError, match="fixed reporting source"):
        store.reference.rename_source("cmaa", "Someone else")
    assert store.catalog.source("cmaa").name != "Someone else"
