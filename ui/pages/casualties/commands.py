"""The register's undoable edits: each Add, Edit, Delete, Merge and Mark as distinct
is one `QUndoCommand` calling core operations of `store.casualties` each way."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cmdesk.store.casualties import CasualtyRegister, MergedRecords


def _tr(text: str) -> str:
    return QCoreApplication.translate("CasualtiesPage", text)


# --- undoable edits ----------------------------------------------------------------------


class CasualtyCommand(QUndoCommand):
    """One user edit of the register. `_run` calls core operations; the page is then
    told which record to select. A failed operation shows its error and drops out."""

    def __init__(self, register: CasualtyRegister, changed: Callable[[str | None], None],
                 failed: Callable[[BaseException], None], text: str) -> None:
        super().__init__(text)
        self._register = register
        self._changed = changed
        self._failed = failed

    def _run(self, operation: Callable[[], str | None]) -> None:
        try:
            selected = operation()
        except Exception as error:  # an exception must not escape into Qt
            self.setObsolete(True)
            self._failed(error)
            return
        self._changed(selected)


def _name(record: dict) -> str:
    return record.get("source_id") or record.get("incident_date") or _tr("(no number)")


class AddRecord(CasualtyCommand):
    def __init__(self, record: dict, *args) -> None:
        super().__init__(*args, _tr("Add casualty record {name}").format(name=_name(record)))
        self._record = record
        self._id: str | None = None
        self._deleted: dict | None = None

    def redo(self) -> None:
        def add() -> str:
            if self._deleted is None:
                self._id = self._register.add(self._record)
            else:
                self._register.restore(self._deleted)
            return self._id

        self._run(add)

    def undo(self) -> None:
        def delete() -> None:
            self._deleted = self._register.delete(self._id)

        self._run(delete)


class EditRecord(CasualtyCommand):
    def __init__(self, record_id: str, record: dict, *args) -> None:
        super().__init__(*args, _tr("Edit casualty record {name}").format(name=_name(record)))
        self._id = record_id
        self._new = record
        self._old: dict | None = None

    def redo(self) -> None:
        def update() -> str:
            changes = self._register.update(self._id, **self._new)
            if self._old is None:
                self._old = {name: old for name, (old, _) in changes.items()}
                self._new = {name: new for name, (_, new) in changes.items()}
                if not changes:
                    self.setObsolete(True)
            return self._id

        self._run(update)

    def undo(self) -> None:
        self._run(lambda: (self._register.update(self._id, **self._old), self._id)[1])


class DeleteRecord(CasualtyCommand):
    def __init__(self, record: dict, *args) -> None:
        super().__init__(*args, _tr("Delete casualty record {name}").format(name=_name(record)))
        self._id = record["id"]
        self._deleted: dict | None = None

    def redo(self) -> None:
        def delete() -> None:
            self._deleted = self._register.delete(self._id)

        self._run(delete)

    def undo(self) -> None:
        self._run(lambda: self._register.restore(self._deleted))


class MergeRecords(CasualtyCommand):
    """Redo merges the others into `keep_id`; undo puts back everything the merge
    removed (the others and their marks as distinct from other records) and the kept
    record's fields as they were (`CasualtyRegister.unmerge`)."""

    def __init__(self, keep: dict, others: list[dict], *args) -> None:
        super().__init__(*args, _tr("Merge {n} record(s) into {name}").format(
            n=len(others), name=_name(keep)))
        self._keep = keep["id"]
        self._others = [other["id"] for other in others]
        self._merged: MergedRecords | None = None

    def redo(self) -> None:
        def merge() -> str:
            self._merged = self._register.merge(self._keep, self._others)
            return self._keep

        self._run(merge)

    def undo(self) -> None:
        self._run(lambda: (self._register.unmerge(self._merged), self._keep)[1])


class MarkDistinct(CasualtyCommand):
    """Redo marks the records as different casualties; undo takes back the marks it
    made (not those made before)."""

    def __init__(self, record_ids: list[str], *args) -> None:
        super().__init__(*args, _tr("Mark {n} record(s) as distinct").format(n=len(record_ids)))
        self._ids = record_ids
        self._marked: list[str] = []

    def redo(self) -> None:
        def mark() -> None:
            self._marked = self._register.mark_distinct(self._ids)
            if not self._marked:
                self.setObsolete(True)  # all marked already: nothing to undo

        self._run(mark)

    def undo(self) -> None:
        self._run(lambda: self._register.unmark_distinct(self._marked))


