"""Control characters pasted into an editor are replaced after asking, or the paste
undone (ui/text_guard.py): nothing unprintable gets in unasked."""

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit

from ui import text_guard

PASTED = "first\x0bsecond\x00third\r\nfourth"


@pytest.fixture(autouse=True)
def guard(qapp):
    from ui.app import application

    application()  # installs the guard, as the program does
    return qapp.findChild(text_guard.TextGuard)


@pytest.fixture
def answer(monkeypatch):
    """Answer the guard's question with `answer.button`; `answer.asked` keeps its texts."""
    class Answer:
        button = QMessageBox.StandardButton.Yes
        asked: list = []

    def question(parent, title, text, *args, **kwargs):
        Answer.asked.append(text)
        return Answer.button

    Answer.asked = []
    monkeypatch.setattr(QMessageBox, "question", question)
    return Answer


def focused(qtbot, editor):
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    return editor


def text_of(editor):
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit])
def test_a_paste_with_control_characters_is_replaced_after_asking(qtbot, answer, kind):
    editor = focused(qtbot, kind())
    QApplication.clipboard().setText(PASTED)
    editor.paste()
    assert len(answer.asked) == 1 and "vertical tab (Word's line break) (U+000B)" in answer.asked[0]
    assert text_of(editor) == "first\nsecondthird\nfourth"


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit])
def test_refusing_the_replacement_undoes_the_paste(qtbot, answer, kind):
    editor = focused(qtbot, kind())
    editor.insert("kept") if kind is QLineEdit else editor.insertPlainText("kept")
    answer.button = QMessageBox.StandardButton.No
    QApplication.clipboard().setText(PASTED)
    editor.paste()
    assert text_of(editor) == "kept" and len(answer.asked) == 1


def test_clean_text_is_pasted_without_a_question(qtbot, answer):
    editor = focused(qtbot, QPlainTextEdit())
    QApplication.clipboard().setText("tab\tand\nnewline, ខ្មែរ")
    editor.paste()
    assert editor.toPlainText() == "tab\tand\nnewline, ខ្មែរ" and answer.asked == []
