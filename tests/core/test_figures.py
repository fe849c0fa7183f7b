"""A figure key as staff read it: what the SRAAP page shows for a narrative's figures."""

from cmdesk.figures import figure_label


def test_figure_keys_read_as_the_catalog_names_them(catalog):
    item = catalog.items[0]
    assert figure_label(f"value:{item.code}/total", catalog) == item.label
    with_parts = next(i for i in catalog.items if i.parts)
    part = with_parts.parts[0]
    assert figure_label(f"value:{with_parts.code}/{part}", catalog) == (
        f"{with_parts.label}, of which {catalog.parts[part]}")
    assert figure_label("casualties:killed", catalog).startswith("Casualties: ")
    assert figure_label("funding:national", catalog) == "National budget (US$)"
    computed = catalog.computed[0]
    assert figure_label(f"computed:{computed.code}", catalog) == computed.label.replace(" (computed)", "")


def test_a_key_the_catalog_no_longer_knows_reads_as_itself(catalog):
    assert figure_label("value:no.such_item/total", catalog) == "value:no.such_item/total"
    assert figure_label("funding:other", catalog) == "funding:other"
    assert figure_label("nonsense", catalog) == "nonsense"
