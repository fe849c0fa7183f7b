"""In Khmer, every page and dialog opens and shows its texts whole: no label, button,
header, tab or navigation title is cut or elided (each widget's size against what its
text needs, from its font metrics and size hints), with the bundled Khmer font."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
    QTabBar,
    QWidget,
)

from cmdesk import i18n


def cut_texts(root: QWidget) -> list[str]:
    """Each visible text under `root` that does not fit its widget, saying by how much."""
    cut = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not text or GuiQt.mightBeRichText(text):
            continue
        if label.wordWrap():
            needed, has = label.heightForWidth(label.width()), label.height()
        else:
            needed = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            has = label.contentsRect().width()
        if needed > has + 1:
            cut.append(f"label {text!r}: needs {needed}, has {has}")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text() or isinstance(button.parent(), QTabBar):
            continue
        hint = button.sizeHint()
        if hint.width() > button.width() + 1 or hint.height() > button.height() + 2:
            cut.append(f"button {button.text()!r}: needs {hint.toTuple()}, has {button.size().toTuple()}")
    for header in root.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
            continue
        for column in range(header.count()):
            text = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
            if header.isSectionHidden(column) or not text:
                continue
            needed = header.sectionSizeHint(column)  # the text, its margins, a sort arrow
            if needed > header.sectionSize(column):
                cut.append(f"header {text!r}: needs {needed}, has {header.sectionSize(column)}")
    for table in root.findChildren(QAbstractItemView):
        rows = table.verticalHeader() if isinstance(table, QTableView) else None
        if rows is not None and table.isVisible() and rows.defaultSectionSize() < table.fontMetrics().height():
            cut.append(f"rows of {type(table).__name__}: {rows.defaultSectionSize()} px, "
                       f"the font's line is {table.fontMetrics().height()} px")
    for tabs in root.findChildren(QTabBar):
        for index in range(tabs.count() if tabs.isVisible() else 0):
            if tabs.tabSizeHint(index).width() > tabs.tabRect(index).width() + 1:
                cut.append(f"tab {tabs.tabText(index)!r}")
    return cut


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
    window.grab()  # lays out and paints, as a screen would
    # Overview fills its review in steps after the first paint: the layout is judged
    # once they are all done, as a user sees it a moment after start-up.
    overview = getattr(window, "pages", {}).get("overview")
    for _ in range(1000):
        if overview is None or (overview.findings is not None and not overview.review_pending):
            break
        qapp.processEvents()
    window.grab()
    for _ in range(4):
        qapp.processEvents()


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
    from ui.dialogs.catalog import CatalogDialog, NewItemDialog
    from ui.dialogs.casualty import CasualtyDialog
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
