"""No control character gets into an editor unasked (cmdesk/text.py says which).

Word pastes a manual line break as a vertical tab; other programs leave NULs or
escapes in what they copy. Qt's line and text editors keep them all, and a text
holding one cannot be printed or exported. `TextGuard`, installed once on the
application, watches every line and text editor the user works in: when an edit
(a paste, a drop) brings such a character in, it asks whether to replace them (line
breaks of every kind become line breaks, the others are removed) and otherwise
undoes the edit. Imports refuse the same characters with their place named.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from cmdesk.text import CONTROL, character_name, replace_control_characters

WATCHED = "cmdeskTextGuard"
TextEditor = QLineEdit | QPlainTextEdit | QTextEdit
"""The editors watched."""


class TextGuard(QObject):
    """Watches each editor from the first time it takes the focus, so that an editor
    made at any time is covered. It listens to QApplication.focusChanged: an
    application-wide event filter did the same, but made PySide6 wrap every object
    that received any event, and build the Python enums of their classes (~180 M
    instructions at start-up, a fifth of it: benchmarks/startup.py)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asking = False

    def focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if isinstance(now, (QLineEdit, QPlainTextEdit, QTextEdit)) and not now.property(WATCHED):
            self.watch(now)

    def watch(self, editor: TextEditor) -> None:
        """Check every edit the user makes in `editor` from now on."""
        editor.setProperty(WATCHED, True)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text, e=editor: self._check(e))
        else:
            editor.textChanged.connect(lambda e=editor: self._check(e) if e.hasFocus() else None)

    def _check(self, editor: TextEditor) -> None:
        text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
        found = CONTROL.search(text)
        if found is None or self._asking:
            return
        from PySide6.QtWidgets import QMessageBox  # its enums cost ~1.5 ms: not at start-up

        self._asking = True
        try:
            answer = QMessageBox.question(
                editor.window(), self.tr("Characters that cannot be printed"),
                self.tr("The text holds {name}, which cannot be printed or exported (Word pastes "
                        "a line break this way).\n\nReplace such characters? Line breaks stay line "
                        "breaks; the others are removed. No: the text is left as it was before.")
                .format(name=character_name(found.group())))
            clean = replace_control_characters(text)
            if answer == QMessageBox.StandardButton.Yes:
                if isinstance(editor, QLineEdit):
                    editor.setText(clean)
                else:
                    cursor = editor.textCursor()  # one undoable step, as the paste was
                    cursor.select(QTextCursor.SelectionType.Document)
                    cursor.insertText(clean)
            else:
                editor.undo()
        finally:
            self._asking = False


_installed: TextGuard | None = None


def install(app: QApplication) -> TextGuard:
    """Install the guard on `app` once; returns it. (Remembered here: looking for it
    with `app.findChild` builds a dozen Python enums at start-up.)"""
    global _installed
    if _installed is None:
        _installed = TextGuard(app)
        app.focusChanged.connect(_installed.focus_changed)
    return _installed
