"""Identity and time stamps for rows that users create."""

from __future__ import annotations

from datetime import datetime, timezone


def utc_now() -> str:
    """Now, in UTC, as ISO 8601 with seconds: what every `*_at` column holds."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def new_row(office: str, now: str | None = None) -> dict:
    """The columns every user-created row starts with: a fresh UUID, the office it
    was entered in, and created/modified stamps (`now`, or the current time: a batch
    written in one transaction may share one)."""
    import uuid  # here, not at the top: ~2 ms of start-up, which writes no rows

    now = now or utc_now()
    return {"id": str(uuid.uuid4()), "office": office, "created_at": now, "modified_at": now}
