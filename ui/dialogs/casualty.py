"""Add or edit one casualty record (domain.md 2.3).

The form is built from the domain's definition of a record's fields
(`cmdesk.casualties.record_fields`: label, kind, codes), in its order. Lists for the coded fields, the province then its district (the districts already
recorded there), a date whose day may be unknown (2024-03), an age or, when the age
is not known, an age group, and the amputation only for the injured. Every change is
checked as it is typed with `cmdesk.casualties.check_record`, the importer's own
check; the form accepts only a record it passes. A possible duplicate (same date,
province, sex, age and device type) is pointed out before saving: Save again to
keep it.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cmdesk.casualties import (
    ProvinceLookup,
    RecordField,
    age_group_of,
    check_record,
    default_code,
    field_labels,
    parse_age,
    parse_incident_date,
    record_fields,
    written_form,
)
from cmdesk.casualties.fields import CODE, DATE, DISTRICT, LONG_TEXT, PROVINCE
from cmdesk.catalog import Province
from cmdesk.errors import InputError
from cmdesk.store.rows import short_id
from ui.dialog_sizes import Dialog

ERROR_STYLE = "border: 1px solid #a61b1b;"


class CasualtyDialog(Dialog):
    def __init__(self, provinces: list[Province], districts_of: Callable[[str], list[str]],
                 find_duplicates: Callable[[dict], list[dict]], record: dict | None = None,
                 parent: QWidget | None = None) -> None:
        """A form for a new record, or for `record` (a stored one). `districts_of`
        gives a province's known districts; `find_duplicates` the stored records
        possibly the same casualty as a checked record."""
        super().__init__(parent)
        self._lookup = ProvinceLookup(provinces)
        self._districts_of = districts_of
        self._find_duplicates = find_duplicates
        self._record: dict | None = None
        self._warned_about: tuple | None = None
        self.duplicates: list[dict] = []
        self.problem_columns: list[str] = []
        self._ready = False  # problems are shown from the first change on
        self.setWindowTitle(self.tr("Edit casualty record") if record else self.tr("Add a casualty record"))
        self.setMinimumWidth(640)
        self.edits: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        self.widgets: dict[str, QWidget] = {}
        self.date_hint = QLabel()
        self.date_hint.setObjectName("pageSubheading")
        # The form is built from the domain's fields (cmdesk.casualties.record_fields):
        # a field added there shows here, with the widget its kind asks for.
        placeholders = self._placeholders()
        rows: list[tuple[str, QWidget]] = []
        long_rows: list[tuple[str, QWidget]] = []
        for field in record_fields():
            widget = self._widget_for(field, provinces, placeholders.get(field.column, ""))
            self.widgets[field.column] = widget
            (long_rows if field.kind == LONG_TEXT else rows).append((field.label, widget))
            if field.kind == DATE:
                rows.append(("", self.date_hint))

        form = QGridLayout()
        half = (len(rows) + 1) // 2
        for column, pairs in ((0, rows[:half]), (2, rows[half:])):
            for row, (label, widget) in enumerate(pairs):
                if label:
                    form.addWidget(QLabel(label + ":"), row, column)
                form.addWidget(widget, row, column + 1)
        notes = QFormLayout()
        for label, widget in long_rows:
            notes.addRow(label + ":", widget)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a61b1b;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(notes)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if record:
            self._fill(record)
        else:  # a new record: nothing assumed
            for name, box in self.combos.items():
                box.setCurrentIndex(max(0, box.findData(default_code(name) or "")))
        for edit in self.edits.values():
            edit.textChanged.connect(self._changed)
        for box in self.combos.values():
            box.currentIndexChanged.connect(self._changed)
        self.province_box.currentIndexChanged.connect(self._province_changed)
        self.district_box.currentTextChanged.connect(self._changed)
        self._province_changed()
        self._ready = True

    def _placeholders(self) -> dict[str, str]:
        """What to type, for the fields whose form is not obvious (by column)."""
        return {
            "source_id": self.tr("CMVIS number, if known"),
            "incident_date": self.tr("2024-03-15, 15/03/2024, or 2024-03 if the day is unknown"),
            "latitude": self.tr("e.g. 13.0957"), "longitude": self.tr("e.g. 103.2022"),
            "age": self.tr("years; empty if not known"),
            "activity": self.tr("e.g. farming, collecting scrap metal"),
        }

    def _widget_for(self, field: RecordField, provinces: list[Province], placeholder: str) -> QWidget:
        """The widget that asks for `field`, by its kind (kept in edits, combos, or as
        the province and district boxes)."""
        if field.kind == PROVINCE:
            self.province_box = QComboBox()
            self.province_box.addItem(self.tr("(not known)"), "")
            for p in provinces:
                self.province_box.addItem(f"{p.name} — {p.name_km}", p.code)
            return self.province_box
        if field.kind == DISTRICT:
            self.district_box = QComboBox()
            self.district_box.setEditable(True)
            line_edit = self.district_box.lineEdit()
            assert line_edit is not None  # an editable combo has one
            line_edit.setPlaceholderText(self.tr("choose the province first"))
            return self.district_box
        if field.kind == CODE:
            box = QComboBox()
            if default_code(field.column) is None:  # required: nothing chosen for the user
                box.addItem(self.tr("(choose)"), "")
            for code, label in field.codes.items():
                box.addItem(label, code)
            self.combos[field.column] = box
            return box
        edit = QLineEdit()  # text, long text, a date, a number: typed, then checked
        edit.setPlaceholderText(placeholder)
        self.edits[field.column] = edit
        return edit

    def _fill(self, record: dict) -> None:
        text = written_form(record)
        for name, edit in self.edits.items():
            edit.setText(text[name])
        self.province_box.setCurrentIndex(max(0, self.province_box.findData(record.get("province_code") or "")))
        self._province_changed()
        self.district_box.setCurrentText(record.get("district") or "")
        for name, box in self.combos.items():
            box.setCurrentIndex(max(0, box.findData(record.get(name))))

    # --- reacting to typing --------------------------------------------------------------

    def _province_changed(self, *_args) -> None:
        code = self.province_box.currentData() or ""
        current = self.district_box.currentText()
        self.district_box.blockSignals(True)
        self.district_box.clear()
        self.district_box.addItems(self._districts_of(code) if code else [])
        self.district_box.setCurrentText(current)
        self.district_box.blockSignals(False)
        self._changed()

    def values(self) -> dict[str, str]:
        """The form as written, one text per column (what check_record reads)."""
        values = {name: edit.text() for name, edit in self.edits.items()}
        values["province"] = self.province_box.currentData() or ""
        values["district"] = self.district_box.currentText()
        for name, box in self.combos.items():
            values[name] = box.currentData() or ""
        return values

    def _changed(self, *_args) -> None:
        outcome = self.combos["outcome"].currentData()
        amputation = self.combos["amputation"]
        amputation.setEnabled(outcome == "injured")
        if outcome == "killed":
            amputation.setCurrentIndex(amputation.findData("no"))
        try:
            age = parse_age(self.edits["age"].text())
        except InputError:
            age = None
        group = self.combos["age_group"]
        group.setEnabled(age is None)
        if age is not None:
            group.setCurrentIndex(group.findData(age_group_of(age)))
        try:
            date = parse_incident_date(self.edits["incident_date"].text())
        except InputError:
            date = None
        if date is None:
            self.date_hint.setText("")
        elif date.day is None:
            self.date_hint.setText(self.tr("{month:02d}/{year}, day not known").format(
                month=date.month, year=date.year))
        else:
            self.date_hint.setText(f"{date.day:02d}/{date.month:02d}/{date.year}")
        self._check(show=self._ready)

    # --- the result ----------------------------------------------------------------------

    def _check(self, show: bool) -> dict | None:
        """The record as it would be stored, or None after showing what is wrong."""
        result = check_record(self.values(), self._lookup)
        for widget in self.widgets.values():
            widget.setStyleSheet("")
        if result.ok:
            self.message.hide()
            self.problem_columns = []
            return result.record
        self.problem_columns = [p.column for p in result.problems]
        if show:
            labels = field_labels()
            self.message.setText("\n".join(f"{labels.get(p.column, p.column)}: {p.reason}"
                                           for p in result.problems))
            self.message.show()
            for column in self.problem_columns:
                if column in self.widgets:
                    self.widgets[column].setStyleSheet(ERROR_STYLE)
        return None

    def accept(self) -> None:
        record = self._check(show=True)
        if record is None:
            widget = self.widgets.get(self.problem_columns[0]) if self.problem_columns else None
            if widget is not None:
                widget.setFocus()
            return
        key = tuple(sorted(record.items(), key=lambda item: item[0]))
        self.duplicates = self._find_duplicates(record)
        if self.duplicates and self._warned_about != key:
            self._warned_about = key
            first = self.duplicates[0]
            self.message.setText(self.tr(
                "This may be the same casualty as {n} record(s) already in the register, with the "
                "same date, province, sex, age and device type (first: {id}). Click OK again to "
                "save it anyway, or Cancel.").format(
                n=len(self.duplicates), id=first.get("source_id") or short_id(first["id"])))
            self.message.show()
            return
        self._record = record
        super().accept()

    def record(self) -> dict:
        """The record as accepted (checked and normalised, as the store keeps it)."""
        assert self._record is not None, "record() is for an accepted dialog"
        return self._record
