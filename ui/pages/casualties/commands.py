"""The register's undoable edits: Add, Edit and Delete are the one repository command
of ui/undo.py (`record_command`); Merge and Mark as distinct are commands of their own
calling core operations of `store.casualties` each way."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from cmdesk.store.casualties import CasualtyRegister, MergedRecords
from ui.undo import CoreCommand, RowCommand

# --- undoable edits ----------------------------------------------------------------------


def _name(record: dict) -> str:
    return record.get("source_id") or record.get("incident_date") or QCoreApplication.translate("CasualtiesPage", "(no number)")


def record_command(register: CasualtyRegister, verb: str, record: dict, changed: Changed,
                   failed: Failed, record_id: str | None = None) -> RowCommand:
    """Add, edit (`record_id` and the fields) or delete (`record`) one casualty record
    undoably: the one repository command of ui/undo.py."""
    text = {"add": QCoreApplication.translate("CasualtiesPage", "Add casualty record {name}"), "update": QCoreApplication.translate("CasualtiesPage", "Edit casualty record {name}"),
            "delete": QCoreApplication.translate("CasualtiesPage", "Delete casualty record {name}")}[verb].format(name=_name(record))
    if verb == "delete":
        return RowCommand(register, verb, text, changed, failed, row_id=record["id"])
    return RowCommand(register, verb, text, changed, failed, row_id=record_id, fields=record)


Changed = Callable[[str | None], None]
"""Told the record to select after a command ran (None: none)."""
Failed = Callable[[BaseException], None]
CommandArgs = tuple[CasualtyRegister, Changed, Failed]
"""What every register command is given after its own arguments (the page's
`_command_args`)."""


class CasualtyCommand(CoreCommand):
    """A register edit other than add, edit and delete (merge, mark as distinct)."""

    def __init__(self, register: CasualtyRegister, changed: Changed, failed: Failed,
                 text: str) -> None:
        super().__init__(changed, failed, text)
        self._register = register


class MergeRecords(CasualtyCommand):
    """Redo merges the others into `keep_id`; undo puts back everything the merge
    removed (the others and their marks as distinct from other records) and the kept
    record's fields as they were (`CasualtyRegister.unmerge`)."""

    def __init__(self, keep: dict, others: list[dict], register: CasualtyRegister,
                 changed: Changed, failed: Failed) -> None:
        super().__init__(register, changed, failed, QCoreApplication.translate(
            "CasualtiesPage", "Merge {n} record(s) into {name}").format(
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
        def unmerge() -> str:
            assert self._merged is not None, "undo follows the redo that merged"
            self._register.unmerge(self._merged)
            return self._keep

        self._run(unmerge)


class MarkDistinct(CasualtyCommand):
    """Redo marks the records as different casualties; undo takes back the marks it
    made (not those made before)."""

    def __init__(self, record_ids: list[str], register: CasualtyRegister, changed: Changed,
                 failed: Failed) -> None:
        super().__init__(register, changed, failed, QCoreApplication.translate(
            "CasualtiesPage", "Mark {n} record(s) as distinct").format(n=len(record_ids)))
        self._ids = record_ids
        self._marked: list[str] = []

    def redo(self) -> None:
        def mark() -> None:
            self._marked = self._register.mark_distinct(self._ids)
            if not self._marked:
                self.setObsolete(True)  # all marked already: nothing to undo

        self._run(mark)

    def undo(self) -> None:
        def unmark() -> None:  # nothing to select (unmark_distinct counts what it took back)
            self._register.unmark_distinct(self._marked)

        self._run(unmark)
