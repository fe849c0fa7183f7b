"""Tools > Items and reporting sources."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from ui.dialogs.catalog import CatalogDialog, NewItemDialog


def item_labels(window, page_key):
    """The Item column of a page's item rows, as shown."""
    model = window.page(page_key).model
    return [model.index(r, 0).data() for r, row in enumerate(model.rows) if row.kind == "item"]


def test_adding_an_item_shows_it_on_its_entry_page(window, qtbot, monkeypatch):
    window.show_page("services")
    assert "Home visits" not in item_labels(window, "services")

    def fill_and_accept(dialog: NewItemDialog):
        dialog.group_box.setCurrentIndex(dialog.group_box.findData("rehabilitation"))
        assert dialog.code_edit.text() == "svc."  # the group's code prefix is offered
        dialog.code_edit.setText("svc.home_visits")
        dialog.label_edit.setText("Home visits")
        dialog.part_checks["survivor"].setChecked(True)
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result() == QDialog.DialogCode.Accepted else 0

    monkeypatch.setattr(NewItemDialog, "exec", fill_and_accept)
    monkeypatch.setattr(CatalogDialog, "exec", lambda dialog: dialog.add_item())
    window.edit_catalog()
    rows = window.page("services").model.rows
    codes = [row.code for row in rows]
    # Inside its group: after the Rehabilitation heading, before the next group's.
    assert codes.index("rehabilitation") < codes.index("svc.home_visits") < codes.index("psychosocial")
    assert window.context.store.catalog.item("svc.home_visits").parts == ("survivor",)


def test_a_refused_item_keeps_the_dialog_open_with_the_reason(window, qtbot):
    dialog = NewItemDialog(window.context.store, window)
    qtbot.addWidget(dialog)
    dialog.code_edit.setText("svc.medical_care")
    dialog.label_edit.setText("Medical care again")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "already used" in dialog.message.text()


def test_retiring_an_item_keeps_it_where_values_exist(window, qtbot, monkeypatch):
    dialog = CatalogDialog(window.context.store, window)
    qtbot.addWidget(dialog)
    dialog.select_item("svc.cbr_provinces")
    assert dialog.retire_button.text() == "Retire"
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert dialog.changed and dialog.retire_button.text() == "Bring back"
    window.rebuild_pages()
    window.set_year(2024)
    window.show_page("services")
    assert any(label.endswith("(retired)") for label in item_labels(window, "services"))
    window.set_year(2027)
    labels = item_labels(window, "services")
    assert not any("(retired)" in label for label in labels)


def test_naming_a_rehabilitation_centre_shows_in_the_source_selector(window, qtbot, monkeypatch):
    dialog = CatalogDialog(window.context.store, window)
    qtbot.addWidget(dialog)
    row = [s.code for s in dialog.catalog.sources].index("prc.02")
    dialog.sources_table.selectRow(row)
    assert dialog.rename_source_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Kampong Speu PRC", True))
    dialog.rename_source()
    window.rebuild_pages()
    window.show_page("devices")
    box = window.page("devices").source_box
    assert box.itemText(box.findData("prc.02")) == "Kampong Speu PRC"
    dialog.sources_table.selectRow([s.code for s in dialog.catalog.sources].index("cmaa"))
    assert not dialog.rename_source_button.isEnabled()
