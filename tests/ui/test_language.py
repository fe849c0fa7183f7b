"""View > Language: the window, Qt's own buttons and menus in Khmer; the choice
remembered where the command line reads it too."""

import re

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox

from cmdesk import i18n

KHMER = re.compile("[\u1780-\u17ff]")


@pytest.fixture
def khmer(qapp):
    from ui.app import application, use_language

    application("km")
    yield
    use_language(qapp, "en")


def plain(text: str) -> str:
    """Without the zero-width spaces that mark where a Khmer line may wrap."""
    return text.replace(i18n.ZWSP, "")


def menu_titles(window) -> list[str]:
    return [plain(action.text()) for action in window.menuBar().actions()]


def test_the_window_in_khmer(khmer, qtbot, qapp, demo_store, catalog, settings):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    window = MainWindow(AppContext(shipped_catalog=catalog, settings=settings, user="tester",
                                   store=demo_store))
    qtbot.addWidget(window)
    titles = menu_titles(window)
    # File, Edit, View, Tools (the Edit menu, titles[1], is new and awaits the final
    # translation pass).
    assert titles[0] == "ឯកសារ (&F)" and titles[2:4] == ["ទិដ្ឋភាព (&V)", "ឧបករណ៍ (&T)"]
    assert plain(window.navigation.item(0).text()) == "ទិដ្ឋភាពទូទៅ"
    # The core's strings go through the same translator.
    assert plain(i18n.translate("CLI", "Rows:")) == "ជួរ៖"
    assert qapp.font().families()[0] == "Khmer OS"


def test_qt_buttons_and_context_menus_in_khmer(khmer, qtbot):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    texts = {plain(button.text()) for button in buttons.buttons()}
    assert texts == {"យល់ព្រម", "បោះបង់"}
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    items = [plain(action.text().split("\t")[0]) for action in menu.actions() if action.text()]
    assert "ចម្លង (&C)" in items and "បិទភ្ជាប់ (&P)" in items and "ជ្រើសទាំងអស់" in items


def test_english_is_back_after_switching(khmer, qapp):
    from ui.app import use_language

    use_language(qapp, "en")
    assert i18n.translate("CLI", "Rows:") == "Rows:"
    assert qapp.font().families()[0] != "Khmer OS"
    assert "Khmer OS" in qapp.font().families()  # Khmer names in the data still show


def test_choosing_a_language_remembers_it_and_offers_a_restart(window, monkeypatch):
    import ui.main_window
    from ui.settings import LANGUAGE

    restarts, asked = [], []
    monkeypatch.setattr(ui.main_window, "restart", lambda: restarts.append(True))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    window.language_actions["km"].trigger()
    assert window.context.settings.get(LANGUAGE) == "km"
    assert asked and "ខ្មែរ" in plain(asked[0]) and restarts == []
    assert window.language_actions["km"].isChecked()

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.language_actions["en"].trigger()
    assert window.context.settings.get(LANGUAGE) == "en"
    assert restarts == [True]  # the window closed itself, then started CMDesk again


def test_the_command_line_reads_the_language_the_window_saved(tmp_path):
    from ui.settings import LANGUAGE, Settings

    path = tmp_path / "cmdesk.ini"
    settings = Settings(path)
    settings.set(LANGUAGE, "km")
    settings.sync()
    assert i18n.saved_language(path) == "km"
    settings.set(LANGUAGE, "en")
    settings.sync()
    assert i18n.saved_language(path) == "en"


def test_the_core_knows_where_the_window_keeps_its_settings():
    from ui.settings import settings_file

    QStandardPaths.setTestModeEnabled(False)
    try:
        assert settings_file() == i18n.settings_file()
    finally:
        QStandardPaths.setTestModeEnabled(True)


def test_in_khmer_the_window_reads_the_catalogs_khmer_labels(demo_store, catalog, settings):
    from ui.context import AppContext

    context = AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=demo_store,
                         language="km")
    assert plain(context.catalog.item("dev.seating").label) == "ប្រព័ន្ធកៅអីអង្គុយ"
    assert context.catalog.english is demo_store.catalog  # what the documents are built from
    assert context.catalog is context.catalog  # made once per database catalog
    english = AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=demo_store)
    assert english.catalog.item("dev.seating").label == "Seating systems"


def test_khmer_digits_on_the_grids_and_overview_at_once_and_remembered(window, qtbot):
    from ui.settings import KHMER_DIGITS

    window.show_page("overview")
    overview = window.page("overview")
    cards = overview.cards
    assert any(card.value_label.text() == "26,280" for card in cards.values())
    window.digits_action.trigger()
    assert window.context.settings.get(KHMER_DIGITS) is True
    overview = window.page("overview")
    assert any(card.value_label.text() == "២៦,២៨០" for card in overview.cards.values())
    window.show_page("devices")
    model = window.page("devices").model
    shown = {model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(model.columnCount())}
    assert "២៦,២៨០" in shown and "26,280" not in shown
    edit = model.data(model.index(next(r for r in range(model.rowCount())
                                       if model.data(model.index(r, 2)) == "២៦,២៨០"), 2),
                      Qt.ItemDataRole.EditRole)
    assert edit == "26280"  # typing starts from the plain figure; both digits are accepted
    window.digits_action.trigger()
    assert window.context.settings.get(KHMER_DIGITS) is False
    assert "26,280" in {model.data(model.index(r, 2)) for r in range(window.page("devices").model.rowCount())
                        for model in [window.page("devices").model]}


def test_in_khmer_the_register_names_provinces_in_khmer(qtbot, demo_store, catalog, settings):
    from ui.context import AppContext
    from ui.pages.casualties import CasualtiesPage

    context = AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=demo_store,
                         language="km")
    page = CasualtiesPage(context)
    qtbot.addWidget(page)
    page.show_year(2024)
    column = page.model.columns.index("province")
    shown = {page.model.data(page.model.index(row, column)) for row in range(page.model.rowCount())}
    assert "បាត់ដំបង" in shown and "Battambang" not in shown


def test_in_khmer_the_office_is_named_in_khmer(khmer, demo_store, catalog, settings):
    from cmdesk.catalog import Office
    from ui.context import AppContext

    khmer = AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=demo_store,
                       language="km")
    english = AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=demo_store)
    assert english.office_name(demo_store.office) == "Headquarters"
    assert plain(khmer.office_name(demo_store.office)) == "ទីស្នាក់ការកណ្ដាល"
    battambang = Office("province:02", "Battambang provincial office")
    assert "បាត់ដំបង" in khmer.office_name(battambang)


def test_in_khmer_an_indicator_shows_the_committees_english_with_a_khmer_gloss(
        khmer, qtbot, demo_store, catalog, settings):
    from ui.context import AppContext
    from ui.pages.sraap import SraapPage

    context = AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=demo_store,
                         language="km")
    page = SraapPage(context)
    qtbot.addWidget(page)
    page.show()
    page.show_year(2024)
    page._show("30.1")
    english = catalog.indicators()[0].text
    assert english in page.indicator_label.text()  # the Committee's words, verbatim
    assert plain(page.indicator_label.toolTip()).startswith("% នៃរដ្ឋភាគី")


def test_in_khmer_the_provincial_summary_is_exported_in_khmer(khmer, qtbot, tmp_path, catalog, settings):
    import subprocess

    from cmdesk.catalog import Office
    from cmdesk.store import Store
    from ui.context import AppContext
    from ui.pages.reports import ReportsPage

    store = Store.create(tmp_path / "battambang.cmdesk", catalog, Office("province:02", "Battambang provincial office"),
                         "tester")
    store.values.set(2024, "national", "dev.repair", "total", 2800)
    context = AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=store, language="km")
    context.khmer_digits = True
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.show_year(2024)
    assert page.kind_box.currentData() == "provincial-summary" and page.khmer_box.isHidden()
    result = page.export("provincial-summary", tmp_path / "summary.pdf")
    text = subprocess.run(["pdftotext", str(result.path), "-"], capture_output=True, text=True).stdout
    assert "ឧបករណ៍ជំនួយ" in text and "២,៨០០" in text and "Assistive devices" not in text
    store.close()


def test_in_khmer_the_toolbar_names_headquarters_in_khmer(khmer, qtbot, demo_store, catalog, settings):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    window = MainWindow(AppContext(shipped_catalog=catalog, settings=settings, user="tester",
                                   store=demo_store, language="km"))
    qtbot.addWidget(window)
    window.show()
    assert plain(window.office_label.text()).strip() == "ទីស្នាក់ការកណ្ដាល"
    assert window.office_label.isVisible() and "Headquarters" not in window.office_label.text()


def test_the_items_and_sources_dialog_in_khmer_shows_the_khmer_labels_and_the_english(
        khmer, qtbot, demo_store, catalog, settings, monkeypatch):
    # Tools > Items and reporting sources: a Khmer reader reads the items, groups,
    # units and sources in Khmer; the English labels (what renaming changes, what the
    # Convention's documents print) keep a column of their own.
    from PySide6.QtWidgets import QInputDialog

    from ui.context import AppContext
    from ui.dialogs.catalog import CatalogDialog

    context = AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=demo_store,
                         language="km")
    dialog = CatalogDialog(demo_store, None, lambda: context.catalog)
    qtbot.addWidget(dialog)
    headers = [plain(dialog.items_table.horizontalHeaderItem(c).text())
               for c in range(dialog.items_table.columnCount())]
    assert len(headers) == 7 and not any(h.isascii() for h in headers)
    row = next(r for r in range(dialog.items_table.rowCount())
               if dialog.items_table.item(r, 0).text() == "dev.seating")
    khmer_label, english, group = (dialog.items_table.item(row, c).text() for c in (1, 2, 3))
    assert KHMER.search(khmer_label) and KHMER.search(group) and english == "Seating systems"
    kind = dialog.sources_table.item(0, 2).text()
    assert KHMER.search(kind)
    # Renaming changes the English label; the Khmer one is the shipped English's.
    dialog.items_table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Seats and cushions", True))
    dialog.rename_item()
    assert dialog.items_table.item(row, 2).text() == "Seats and cushions"
    assert dialog.items_table.item(row, 1).text() == "Seats and cushions"  # no Khmer for a new English
