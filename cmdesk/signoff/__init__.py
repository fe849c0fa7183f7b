"""Sign-off and the submitted record of a reporting year.

- `workflow`: Draft -> Checked -> Submitted and back (`mark_checked`, `submit`,
  `reopen`), the snapshot a submission keeps, `year_status`, and saving a
  snapshot's documents.
- `compare`: what changed between a snapshot and today's data, or two snapshots,
  and who changed it (`compare_year`).

The freeze of a submitted year is enforced by the store (store.years.require_editable).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from cmdesk.signoff.workflow import (
    CHECKED,
    DRAFT,
    SUBMITTED,
    SignOffBlocked,
    SubmitNote,
    YearStatus,
    blocking_findings,
    mark_checked,
    reopen,
    save_snapshot_documents,
    status_label,
    status_labels,
    submission_notes,
    submit,
    year_status,
)
from cmdesk.store.years import STATUSES

if TYPE_CHECKING:
    from cmdesk.signoff.compare import (
        Comparison,
        FieldChange,
        RowChange,
        compare_year,
        comparison_text,
    )

# `compare` is imported when first used: Overview's year status needs only `workflow`,
# and compare brings the narratives and snapshots (~20 ms of the window's settling).
_LAZY = {"Comparison", "FieldChange", "RowChange", "compare_year", "comparison_text"}

__all__ = [
    "CHECKED", "DRAFT", "STATUSES", "SUBMITTED", "Comparison", "FieldChange", "RowChange",
    "SignOffBlocked", "SubmitNote", "YearStatus", "blocking_findings", "compare_year", "comparison_text",
    "mark_checked", "reopen", "save_snapshot_documents", "status_label", "status_labels",
    "submission_notes", "submit", "year_status",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module("cmdesk.signoff.compare"), name)
    raise AttributeError(f"module 'cmdesk.signoff' has no attribute {name!r}")
