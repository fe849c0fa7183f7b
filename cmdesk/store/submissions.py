"""Submission details per reporting year: what the documents' cover blocks and Form J's
point-of-contact block say (focal point, contact, submission date)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cmdesk.dates import stored_date
from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.store.rows import new_row, utc_now

if TYPE_CHECKING:
    from cmdesk.store import Store

SUBMISSION_FIELDS = (
    "focal_point", "contact_name", "contact_position", "contact_email", "contact_phone",
    "contact_address", "submission_date", "unanswered_requests",
)
# `unanswered_requests`: what the VA update does with a Committee's request nobody
# answered, as decided at submit: leave it out, or say so in the State's voice.
UNANSWERED_LEFT_OUT = ""
UNANSWERED_IN_STATES_VOICE = "state_voice"
UNANSWERED_CHOICES = (UNANSWERED_LEFT_OUT, UNANSWERED_IN_STATES_VOICE)
TABLE = "submission_details"


class SubmissionDetails:
    def __init__(self, store: "Store") -> None:
        self._store = store

    def get(self, year: int) -> dict[str, str]:
        """Every field of SUBMISSION_FIELDS for `year` ("" where nothing is stored)."""
        rows = list(self._store.db.query(
            f"SELECT {', '.join(SUBMISSION_FIELDS)} FROM {TABLE} WHERE year = ?", [year]))
        return dict(rows[0]) if rows else dict.fromkeys(SUBMISSION_FIELDS, "")

    def set(self, year: int, **fields: str) -> dict[str, tuple[str, str]]:
        """Change some fields of `year`'s details in one transaction; returns
        {field: (old, new)} for those that changed. `submission_date` is a date as typed (YYYY-MM-DD or DD/MM/YYYY,
        stored as YYYY-MM-DD) or ""."""
        unknown = set(fields) - set(SUBMISSION_FIELDS)
        if unknown:
            raise InputError(translate("Store", "Unknown submission fields: {fields}.").format(
                fields=", ".join(sorted(unknown))))
        clean = {name: ("" if value is None else str(value).strip()) for name, value in fields.items()}
        if clean.get("unanswered_requests", UNANSWERED_LEFT_OUT) not in UNANSWERED_CHOICES:
            raise InputError(translate("Store", "Unknown choice for unanswered requests '{choice}' "
                                       "(known: state_voice, or none).").format(
                                           choice=clean["unanswered_requests"]))
        if "submission_date" in clean:
            clean["submission_date"] = stored_date(
                clean["submission_date"], translate("Store", "The submission date"))
        self._store.years.require_editable(year)
        current = self.get(year)
        changes = {name: (current[name], value) for name, value in clean.items()
                   if current[name] != value}
        if not changes:
            return {}
        db = self._store.db
        with db.atomic():
            self._store.years.ensure(year)
            exists = db.execute(f"SELECT id FROM {TABLE} WHERE year = ?", [year]).fetchone()
            if exists is None:
                db[TABLE].insert({**new_row(self._store.office.code), "year": year, **clean})
            else:
                assignments = ", ".join(f"{name} = ?" for name in changes)
                db.execute(f"UPDATE {TABLE} SET {assignments}, modified_at = ? WHERE year = ?",
                           [*(new for _, new in changes.values()), utc_now(), year])
            for name, (old, new) in changes.items():
                self._store.audit.record(TABLE, str(year), name, old, new)
        return changes
