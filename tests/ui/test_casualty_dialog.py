"""The casualty form (ui/dialogs/casualty.py) is built from the domain's fields
(cmdesk.casualties.record_fields): every field shows, with its label and codes, a field
added to the domain shows too, and a finding of the record's check on a field
focuses that field's widget."""

import pytest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit

from cmdesk.casualties import RecordField, record_fields
from cmdesk.casualties.codes import CODES
from cmdesk.casualties.fields import CODE, TEXT
from ui.dialogs import casualty
from ui.dialogs.casualty import CasualtyDialog


@pytest.fixture
def open_dialog(qtbot, catalog):
    def make() -> CasualtyDialog:
        dialog = CasualtyDialog(catalog.provinces, lambda province: [], lambda record: [])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return make


def labels_of(dialog) -> set[str]:
    return {label.text() for label in dialog.findChildren(QLabel)}


def test_every_field_of_the_domain_is_in_the_form_with_its_label_and_codes(open_dialog):
    dialog = open_dialog()
    fields = record_fields()
    assert list(dialog.widgets) == [field.column for field in fields]
    shown = labels_of(dialog)
    for field in fields:
        widget = dialog.widgets[field.column]
        assert widget.isVisibleTo(dialog), field.column
        assert f"{field.label}:" in shown, field.label
        if field.kind == CODE:
            assert isinstance(widget, QComboBox)
            offered = {widget.itemData(i): widget.itemText(i) for i in range(widget.count())}
            assert {code: offered[code] for code in field.codes} == field.codes
    assert {field.column for field in fields if field.kind == CODE} == set(CODES)


def test_a_field_added_to_the_domain_shows_in_the_form(open_dialog, monkeypatch):
    school = RecordField("school", "School attended", TEXT, {})
    monkeypatch.setattr(casualty, "record_fields", lambda: (*record_fields(), school))
    dialog = open_dialog()
    assert isinstance(dialog.widgets["school"], QLineEdit)
    assert dialog.widgets["school"].isVisibleTo(dialog)
    assert "School attended:" in labels_of(dialog)


@pytest.mark.parametrize(("column", "written"), [
    ("incident_date", "2024-13-01"), ("latitude", "99"), ("longitude", "1"), ("age", "140"),
    ("outcome", ""),
])
def test_a_finding_on_a_field_focuses_that_fields_widget(open_dialog, qtbot, column, written):
    dialog = open_dialog()
    good = {"incident_date": "2024-03-15", "latitude": "13.1", "longitude": "103.2", "age": "30"}
    for name, text in good.items():
        dialog.edits[name].setText(text)
    dialog.province_box.setCurrentIndex(dialog.province_box.findData("02"))
    dialog.combos["outcome"].setCurrentIndex(dialog.combos["outcome"].findData("injured"))
    widget = dialog.widgets[column]
    if isinstance(widget, QLineEdit):
        widget.setText(written)
    else:
        widget.setCurrentIndex(widget.findData(written))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # refused
    assert dialog.problem_columns == [column]
    assert dialog.focusWidget() is widget
