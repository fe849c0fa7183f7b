"""The funding line form takes a rate typed either way and says it in words; a rate
outside the currency's plausible range is refused with the likely fix."""

from ui.dialogs.funding_line import FundingLineDialog


def riel_line(qtbot, rate, direction):
    dialog = FundingLineDialog(2025)
    qtbot.addWidget(dialog)
    dialog.funder_edit.setText("Ministry of Economy and Finance")
    dialog.amount_edit.setText("410,000,000")
    dialog.currency_box.setCurrentIndex(dialog.currency_box.findData("KHR"))
    dialog.rate_direction_box.setCurrentIndex(direction)
    dialog.rate_edit.setText(rate)
    return dialog


def test_riels_per_dollar_are_accepted_and_said_in_words(qtbot):
    dialog = riel_line(qtbot, "4,100", 1)
    assert dialog.rate_direction_box.currentText() == "KHR for one US$"
    assert dialog.rate_words.text() == "1 KHR = US$0.0002439 (4,100 KHR to the US dollar)"
    assert dialog.usd_label.text() == "US$100,000"
    dialog.accept()
    assert dialog.fields()["rate_to_usd"] == 1 / 4100


def test_4100_as_us_dollars_per_riel_is_refused_with_the_fix(qtbot):
    dialog = riel_line(qtbot, "4,100", 0)
    assert dialog.usd_label.text() == "US$1,681,000,000,000"
    dialog.accept()
    assert dialog.result() == 0 and dialog.error_field == "rate_to_usd"
    assert "Did you mean 1/4,100 = 0.000244?" in dialog.message.text()
