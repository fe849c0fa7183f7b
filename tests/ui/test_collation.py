"""Qt's collator (ICU, in the Qt that PySide6 ships) against CMDesk's own Khmer sort key
(cmdesk/collation.py): the core sorts without Qt, and must agree with ICU's CLDR Khmer
collation on what the window lists; and the register's province filter and sort in that
order."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale

from cmdesk import i18n
from cmdesk.catalog.khmer import in_khmer
from cmdesk.collation import sort_key


def khmer_collator() -> QCollator:
    return QCollator(QLocale(QLocale.Language.Khmer, QLocale.Country.Cambodia))


def test_qts_collator_knows_khmer_dictionary_order():
    # ICU's Khmer tailoring: ឧ is filed with អុ, not after every consonant as its code point.
    collator = khmer_collator()
    words = ["អូ", "ឧសភា", "អុក", "រ", "ឫស្សី", "រោង"]
    assert sorted(words, key=collator.sortKey) == ["រ", "រោង", "ឫស្សី", "អុក", "ឧសភា", "អូ"]
    assert sorted(words) != sorted(words, key=collator.sortKey)


def test_cmdesk_sorts_the_catalogs_khmer_labels_as_icu_does(catalog):
    collator = khmer_collator()
    khmer = in_khmer(catalog)
    for labels in ([p.name_km for p in catalog.provinces], [s.name for s in khmer.sources],
                   [i.label for i in khmer.items], [g.label for g in khmer.groups],
                   [r.description for r in khmer.rules], [a.theme for a in khmer.actions]):
        plain = [label.replace(i18n.ZWSP, "") for label in labels]
        assert sorted(plain, key=sort_key) == sorted(plain, key=collator.sortKey)


def test_the_register_lists_and_sorts_provinces_in_khmer_order(qtbot, demo_store, catalog, settings):
    from ui.context import AppContext
    from ui.pages.casualties import CasualtiesPage

    context = AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=demo_store,
                         language="km")
    page = CasualtiesPage(context)
    qtbot.addWidget(page)
    page.show_year(2024)
    box = page.filter_boxes["province_code"]
    listed = [box.itemText(n) for n in range(1, box.count())]
    assert listed == sorted(listed, key=khmer_collator().sortKey) and listed[-1] == "ឧត្ដរមានជ័យ"
    model = page.model
    column = model.columns.index("province")
    model.sort(column)
    shown = [model.data(model.index(row, column)) for row in range(model.rowCount())]
    shown = [name for name in shown if name]
    assert shown == sorted(shown, key=khmer_collator().sortKey) and len(set(shown)) > 1
