"""Overview's key figures are catalog data (resources/catalog/key_figures.toml)."""

import pytest

from cmdesk.catalog.key_figures import load_key_figures
from cmdesk.errors import CatalogError


def test_the_shipped_list_names_items_of_the_catalog(catalog):
    figures = load_key_figures(catalog)
    assert [f.key for f in figures] == ["casualties", "devices", "prc_clients", "medical_care",
                                        "funding", "values_entered"]
    for figure in figures:
        if figure.item is not None:
            assert catalog.has_item(figure.item)


def test_the_overview_follows_the_file(tmp_path, demo_store, catalog, monkeypatch):
    from cmdesk.catalog import key_figures as module
    from cmdesk.overview import key_figures

    (tmp_path / "key_figures.toml").write_text(
        '[[figure]]\nkey = "medical_care"\nitem = "svc.prc_clients"\n\n[[figure]]\nkey = "funding"\n',
        encoding="utf-8")
    shipped = module.load_key_figures
    monkeypatch.setattr("cmdesk.overview.load_key_figures", lambda c: shipped(c, tmp_path))
    figures = key_figures(demo_store, catalog, 2024)
    assert [f.key for f in figures] == ["medical_care", "funding"]
    from cmdesk.entry import national_values

    assert figures[0].value == national_values(demo_store, catalog, 2024)[("svc.prc_clients", "total")]


@pytest.mark.parametrize("text, problem", [
    ('[[figure]]\nkey = "weather"\n', "figure 1: 'key' must be one of"),
    ('[[figure]]\nkey = "medical_care"\n', "figure 'medical_care': 'item' is missing"),
    ('[[figure]]\nkey = "medical_care"\nitem = "svc.nothing"\n', "unknown item 'svc.nothing'"),
    ('[[figure]]\nkey = "devices"\nitem = "svc.medical_care"\n', "is not a stated total"),
    ('[[figure]]\nkey = "prc_clients"\nitem = "svc.prc_clients"\ndetail_part = "purple"\n',
     "'purple' is not a part of 'svc.prc_clients'"),
    ('[[figure]]\nkey = "funding"\nitem = "svc.prc_clients"\n', "reads no item"),
    ('[[figure]]\nkey = "funding"\n[[figure]]\nkey = "funding"\n', "appears twice"),
])
def test_a_wrong_entry_is_named_with_its_file(tmp_path, catalog, text, problem):
    (tmp_path / "key_figures.toml").write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError, match="key_figures.toml") as raised:
        load_key_figures(catalog, tmp_path)
    assert problem in str(raised.value)
