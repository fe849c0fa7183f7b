"""In Khmer, every page and dialog opens and shows its texts whole: no label, button,
header, tab or navigation title is cut or elided (each widget's size against what its
text needs, from its font metrics and size hints: tests/ui/layout_probe.py), with the
bundled Khmer font. tests/ui/test_layout_scaling.py does the same at 125 % scaling."""

import pytest
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QWidget,
)

from cmdesk import i18n
from tests.ui.layout_probe import cut_texts
from tests.ui.layout_probe import settle as probe_settle


@pytest.fixture
def khmer_window(qtbot, qapp, demo_store, catalog, settings):
    from ui.app import application, use_language
    from ui.context import AppContext
    from ui.main_window import MainWindow

    application("km")
    window = MainWindow(AppContext(shipped_catalog=catalog, settings=settings, user="tester",
                                   store=demo_store, language="km"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    use_language(qapp, "en")


def settle(qapp, window) -> None:
    probe_settle(qapp, window)


def test_every_page_in_khmer_shows_its_texts_whole(khmer_window, qapp):
    navigation: QListWidget = khmer_window.navigation
    for key in khmer_window.page_keys():
        khmer_window.show_page(key)
        settle(qapp, khmer_window)
        page = khmer_window.page(key)
        assert page.isVisible()
        assert not cut_texts(page), (key, cut_texts(page))
        for row in range(navigation.count()):
            title = navigation.item(row).text()
            needed = navigation.fontMetrics().horizontalAdvance(title)
            assert needed < navigation.viewport().width(), title
    assert not cut_texts(khmer_window.menuBar())


def dialogs(context, year: int) -> list[QDialog]:
    from ui.dialogs.casualty import CasualtyDialog
    from ui.dialogs.catalog import CatalogDialog, NewItemDialog
    from ui.dialogs.funding_line import FundingLineDialog
    from ui.dialogs.new_database import NewDatabaseDialog
    from ui.dialogs.restore import RestoreDialog
    from ui.dialogs.snapshots import SnapshotsDialog
    from ui.dialogs.who import WhoDialog

    store, catalog = context.store, context.catalog
    return [
        WhoDialog("tester"), NewDatabaseDialog(catalog), RestoreDialog(store), CatalogDialog(store),
        NewItemDialog(store), FundingLineDialog(year), SnapshotsDialog(context, year),
        CasualtyDialog(catalog.provinces, lambda province: [], lambda record: []),
    ]


def test_every_dialog_in_khmer_shows_its_texts_whole(khmer_window, qtbot, qapp):
    for dialog in dialogs(khmer_window.context, 2024):
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qapp, dialog)
        title = dialog.windowTitle().replace(i18n.ZWSP, "")
        assert any("\u1780" <= ch <= "\u17ff" for ch in title), f"{type(dialog).__name__}: {title!r}"
        assert not cut_texts(dialog), (type(dialog).__name__, cut_texts(dialog))
        dialog.close()


def test_the_check_finds_a_cut_label(qtbot):
    label = QLabel("ការរាយការណ៍ជំនួយជនរងគ្រោះ")
    qtbot.addWidget(label)
    label.setFixedWidth(40)
    label.show()
    assert cut_texts(label.parentWidget() or wrap(label, qtbot))


def wrap(widget: QWidget, qtbot) -> QWidget:
    holder = QWidget()
    qtbot.addWidget(holder)
    widget.setParent(holder)
    holder.show()
    widget.show()
    return holder
