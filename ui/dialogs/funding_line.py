"""Add or edit one funding line: funder, kind, purpose, amount, currency, rate to US$,
earmarked, note; the US$ amount is shown as it is typed.

The dialog accepts only a line that `cmdesk.funding.check_line` accepts: otherwise
it says what is wrong under the fields, points at the field, and stays open.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cmdesk.funding import (
    UNITS_PER_USD,
    USD,
    USD_PER_UNIT,
    FundingFieldError,
    amount_usd,
    check_line,
    describe_rate,
    format_money,
    format_rate,
    funder_kind_labels,
    load_currencies,
    parse_amount,
    rate_to_usd,
)
from ui.dialog_sizes import Dialog


class FundingLineDialog(Dialog):
    def __init__(self, year: int, line: dict | None = None, parent: QWidget | None = None) -> None:
        """A form for a new line of `year`, or for editing `line` (a stored line)."""
        super().__init__(parent)
        self.year = line["year"] if line else year
        self._fields: dict | None = None
        self.error_field = ""  # the field of the problem shown, if any
        self.setWindowTitle(self.tr("Edit funding line") if line else self.tr("Add a funding line"))
        self.setMinimumWidth(520)

        self.funder_edit = QLineEdit()
        self.funder_edit.setPlaceholderText(self.tr("Who gave the money, e.g. UNDP"))
        self.kind_box = QComboBox()
        for kind, label in funder_kind_labels().items():
            self.kind_box.addItem(label, kind)
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setPlaceholderText(self.tr("What it pays for"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("In the funder's currency, e.g. 130,000"))
        self.currency_box = QComboBox()
        for currency in load_currencies():
            self.currency_box.addItem(f"{currency.code} — {currency.name}", currency.code)
        self.rate_edit = QLineEdit()
        # The rate typed either way: US$ for one unit (as stored), or units for one
        # US$ ("4,100 riels per dollar", as people say it); the words say which.
        self.rate_direction_box = QComboBox()
        self.rate_direction_box.setObjectName("rateDirection")
        self.rate_words = QLabel()
        self.rate_words.setObjectName("rateWords")
        self.usd_label = QLabel()
        self.usd_label.setObjectName("usdAmount")
        self.earmarked_check = QCheckBox(self.tr("Earmarked for a set purpose"))
        self.note_edit = QLineEdit()
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a61b1b;")
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("Funder:"), self.funder_edit)
        form.addRow(self.tr("Kind:"), self.kind_box)
        form.addRow(self.tr("Purpose:"), self.purpose_edit)
        form.addRow(self.tr("Amount:"), self.amount_edit)
        form.addRow(self.tr("Currency:"), self.currency_box)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_edit, 1)
        rate_row.addWidget(self.rate_direction_box)
        form.addRow(self.tr("Rate to US$:"), rate_row)
        form.addRow("", self.rate_words)
        form.addRow(self.tr("US$ amount:"), self.usd_label)
        form.addRow("", self.earmarked_check)
        form.addRow(self.tr("Note:"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._widgets = {
            "funder": self.funder_edit, "funder_kind": self.kind_box,
            "purpose": self.purpose_edit, "amount": self.amount_edit,
            "currency": self.currency_box, "rate_to_usd": self.rate_edit,
            "earmarked": self.earmarked_check, "note": self.note_edit,
        }

        if line:
            self._fill(line)
        else:
            self.currency_box.setCurrentIndex(self.currency_box.findData(USD))
        for edit in (self.funder_edit, self.purpose_edit, self.amount_edit, self.rate_edit,
                     self.note_edit):
            edit.textChanged.connect(self._changed)
        self.kind_box.currentIndexChanged.connect(self._changed)
        self.rate_direction_box.currentIndexChanged.connect(self._changed)
        self.currency_box.currentIndexChanged.connect(self._currency_changed)
        self.earmarked_check.toggled.connect(self._changed)
        self._currency_changed()

    def _fill(self, line: dict) -> None:
        self.funder_edit.setText(line["funder"])
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(line["funder_kind"])))
        self.purpose_edit.setText(line["purpose"])
        self.amount_edit.setText(format_money(line["amount"]))
        if self.currency_box.findData(line["currency"]) < 0:
            # A code no longer in the list still shows; saving it is refused with a reason.
            self.currency_box.addItem(line["currency"], line["currency"])
        self.currency_box.setCurrentIndex(self.currency_box.findData(line["currency"]))
        self.rate_edit.setText(format_rate(line["rate_to_usd"]))
        self.earmarked_check.setChecked(bool(line["earmarked"]))
        self.note_edit.setText(line["note"])

    # --- reacting to typing --------------------------------------------------------------

    def currency(self) -> str:
        return self.currency_box.currentData() or ""

    def rate(self) -> float | None:
        """The rate to US$ typed, in the direction chosen (None: none typed)."""
        typed = parse_amount(self.rate_edit.text(), "rate_to_usd")
        if typed is None or typed <= 0:
            return typed
        return rate_to_usd(typed, self.rate_direction_box.currentData() or USD_PER_UNIT)

    def _currency_changed(self) -> None:
        is_usd = self.currency() == USD
        direction = self.rate_direction_box.currentData() or USD_PER_UNIT
        self.rate_direction_box.blockSignals(True)
        self.rate_direction_box.clear()
        self.rate_direction_box.addItem(self.tr("US$ for one {code}").format(code=self.currency()),
                                        USD_PER_UNIT)
        self.rate_direction_box.addItem(self.tr("{code} for one US$").format(code=self.currency()),
                                        UNITS_PER_USD)
        self.rate_direction_box.setCurrentIndex(self.rate_direction_box.findData(direction))
        self.rate_direction_box.blockSignals(False)
        self.rate_direction_box.setEnabled(not is_usd)
        self.rate_edit.setEnabled(not is_usd)
        if is_usd:
            self.rate_edit.clear()
            self.rate_edit.setPlaceholderText(self.tr("Not needed for US$"))
        else:
            self.rate_edit.setPlaceholderText(
                self.tr("The year's average, e.g. 0.000244 US$ for one KHR or 4,100 KHR for one US$"))
        self._changed()

    def _changed(self) -> None:
        try:
            amount = parse_amount(self.amount_edit.text(), "amount")
            rate = self.rate()
        except FundingFieldError:
            amount = rate = None
        self.rate_words.setText(describe_rate(self.currency(), rate)
                                if rate and self.currency() != USD else "")
        usd = None if amount is None else amount_usd(amount, self.currency(), rate)
        if usd is not None:
            self.usd_label.setText(f"US${format_money(usd)}")
        elif amount is not None:
            self.usd_label.setText(self.tr("— (give the rate to US$)"))
        else:
            self.usd_label.setText("—")
        if self.message.isVisible():  # once a problem was shown, say when it is solved
            self._check()

    # --- the result ----------------------------------------------------------------------

    def _check(self) -> dict | None:
        """The checked fields, or None after showing what is wrong."""
        try:
            fields = check_line({
                "year": self.year,
                "funder": self.funder_edit.text(),
                "funder_kind": self.kind_box.currentData(),
                "purpose": self.purpose_edit.text(),
                "amount": parse_amount(self.amount_edit.text(), "amount"),
                "currency": self.currency(),
                "rate_to_usd": self.rate(),
                "earmarked": self.earmarked_check.isChecked(),
                "note": self.note_edit.text(),
            })
        except FundingFieldError as error:
            self.error_field = error.field
            self.message.setText(str(error))
            self.message.show()
            return None
        self.message.hide()
        return fields

    def accept(self) -> None:
        fields = self._check()
        if fields is None:
            widget = self._widgets.get(self.error_field)
            if widget is not None:
                widget.setFocus()
            return
        self._fields = fields
        super().accept()

    def fields(self) -> dict:
        """The line as accepted (checked and normalised, with its year)."""
        assert self._fields is not None, "fields() is for an accepted dialog"
        return self._fields
