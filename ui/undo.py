"""Undo as Excel users expect it, one way for every page.

- Each page that edits has one `QUndoStack`; the main window's Edit menu holds the
  only Undo and Redo actions, bound to the platform's QKeySequence.Undo and .Redo
  (Ctrl+Z; Ctrl+Y and Ctrl+Shift+Z where the platform gives both) and acting on the
  stack of the page shown (a `QUndoGroup`), so that no key has two actions.
- `RowCommand` is the one command over a repository's add, update, delete and
  restore (funding lines, casualty records, ...): each way calls one core operation.
- `UndoButtons` are the Undo and Redo buttons of a page, saying in their tooltips
  what they would undo or redo.
"""

from __future__ import annotations

from typing import Any, Callable, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget
from shiboken6 import isValid


class Repository(Protocol):
    """What `RowCommand` needs of a repository: rows are dicts with an `id`."""

    # Positional-only: each repository names its rows its own way (record_id, line_id).
    def add(self, row: dict, /) -> str: ...
    def update(self, row_id: str, /, **fields: Any) -> dict[str, tuple[object, object]]: ...
    def delete(self, row_id: str, /) -> Any: ...  # what `restore` takes to put it back
    def restore(self, deleted: Any, /) -> str: ...


class CoreCommand(QUndoCommand):
    """A user edit that calls core operations each way. `_run` runs one; the page is
    then told what to select (`changed`, with the row id or None). When it fails the
    error goes to `failed` and the command drops out of the stack (Qt deletes
    obsolete commands): an exception never escapes into Qt."""

    def __init__(self, changed: Callable[[str | None], None],
                 failed: Callable[[BaseException], None], text: str) -> None:
        super().__init__(text)
        self._changed = changed
        self._failed = failed

    def _run(self, operation: Callable[[], str | None]) -> None:
        try:
            selected = operation()
        except Exception as error:
            self.setObsolete(True)
            self._failed(error)
            return
        self._changed(selected)


class RowCommand(CoreCommand):
    """One add, update or delete of a row of `repository`.

    - add: redo adds the row (the first time) or restores it with the same id, so
      that later commands naming it still apply; undo deletes it.
    - update: redo sets the new fields, undo the old values of those that changed;
      an update that changes nothing is not kept.
    - delete: redo deletes the row, undo restores it with the same id.
    """

    def __init__(self, repository: Repository, verb: str, text: str,
                 changed: Callable[[str | None], None], failed: Callable[[BaseException], None],
                 *, row_id: str | None = None, fields: dict | None = None) -> None:
        if verb not in ("add", "update", "delete"):
            raise ValueError(f"unknown verb {verb!r}")
        super().__init__(changed, failed, text)
        self._repository = repository
        self._verb = verb
        self._id = row_id
        self._new = fields or {}
        self._old: dict | None = None
        self._deleted: object | None = None

    def redo(self) -> None:
        self._run({"add": self._add, "update": self._update, "delete": self._delete}[self._verb])

    def undo(self) -> None:
        self._run({"add": self._delete, "update": self._update_back, "delete": self._restore}[self._verb])

    def _add(self) -> str | None:
        if self._deleted is None:
            self._id = self._repository.add(self._new)
        else:
            self._repository.restore(self._deleted)
        return self._id

    def _delete(self) -> None:
        assert self._id is not None
        self._deleted = self._repository.delete(self._id)

    def _restore(self) -> str | None:
        return self._repository.restore(self._deleted)

    def _update(self) -> str | None:
        assert self._id is not None
        changes = self._repository.update(self._id, **self._new)
        if self._old is None:  # the first time: keep what changed, each way
            self._old = {name: old for name, (old, _) in changes.items()}
            self._new = {name: new for name, (_, new) in changes.items()}
            if not changes:
                self.setObsolete(True)
        return self._id

    def _update_back(self) -> str | None:
        assert self._id is not None and self._old is not None
        self._repository.update(self._id, **self._old)
        return self._id


def shortcut_text(key: QKeySequence.StandardKey) -> str:
    """The platform's usual keys for `key` ("Ctrl+Y, Ctrl+Shift+Z"), leaving out the
    media keys and the Alt+Backspace of old keyboards."""
    bindings = [b.toString(QKeySequence.SequenceFormat.NativeText) for b in QKeySequence.keyBindings(key)]
    return ", ".join(b for b in bindings if "+" in b and not b.startswith("Alt+"))


class UndoButtons:
    """A page's Undo and Redo buttons over `stack`: enabled when there is something
    to undo or redo, with what it is (and the keys) in their tooltips. (Each text is
    spelled out in its translate call: pyside6-lupdate finds no string passed through
    a helper, and they went untranslated.)"""

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        self.stack = stack
        self.undo = QPushButton(QCoreApplication.translate("Undo", "Undo"), parent)
        self.undo.setObjectName("undoButton")
        self.undo.clicked.connect(stack.undo)
        self.redo = QPushButton(QCoreApplication.translate("Undo", "Redo"), parent)
        self.redo.setObjectName("redoButton")
        self.redo.clicked.connect(stack.redo)
        stack.indexChanged.connect(self.update)
        stack.cleanChanged.connect(self.update)
        self.update()

    def update(self, *_args) -> None:
        stack = self.stack
        # A stack being destroyed (its page closing) still signals from its destructor.
        if not (isValid(stack) and isValid(self.undo) and isValid(self.redo)):
            return
        self.undo.setEnabled(stack.canUndo())
        self.undo.setToolTip(QCoreApplication.translate("Undo", "Undo: {what} ({keys})").format(
            what=stack.undoText(), keys=shortcut_text(QKeySequence.StandardKey.Undo))
            if stack.canUndo() else "")
        self.redo.setEnabled(stack.canRedo())
        self.redo.setToolTip(QCoreApplication.translate("Undo", "Redo: {what} ({keys})").format(
            what=stack.redoText(), keys=shortcut_text(QKeySequence.StandardKey.Redo))
            if stack.canRedo() else "")
