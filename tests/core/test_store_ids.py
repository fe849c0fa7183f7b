"""Row ids (cmdesk/store/rows.py): time-ordered in the layout of UUID version 7, so
that the rows a store adds append to its primary-key index, and unique."""

import uuid

import pytest

from cmdesk.store import rows
from cmdesk.store.rows import new_id, new_ids, new_row


@pytest.fixture
def clock(monkeypatch):
    """A settable clock for the ids (nanoseconds since the epoch)."""
    now = {"ns": 1_767_225_600_000_000_000}  # 2026-01-01T00:00:00Z
    monkeypatch.setattr(rows, "_CLOCK", rows._IdClock())
    monkeypatch.setattr(rows.time, "time_ns", lambda: now["ns"])
    return now


def millisecond(row_id: str) -> int:
    return uuid.UUID(row_id).int >> 80


def test_ids_are_uuid7_with_the_creation_millisecond(clock):
    made = new_ids(3)
    for row_id in made:
        parsed = uuid.UUID(row_id)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == row_id
        assert millisecond(row_id) == clock["ns"] // 1_000_000


def test_ids_sort_by_creation_time_across_milliseconds_and_calls(clock):
    made = []
    for step in range(5):
        made += new_ids(3) + [new_id(), new_row("hq")["id"]]
        clock["ns"] += 1_000_000 * (step % 2)  # some calls in the same millisecond
    assert made == sorted(made) and len(set(made)) == len(made)


def test_more_ids_than_a_millisecond_holds_still_increase(clock):
    made = new_ids(10_000)  # the 12-bit counter overflows: the time moves on
    assert made == sorted(made) and len(set(made)) == 10_000
    assert millisecond(made[-1]) > clock["ns"] // 1_000_000


def test_a_clock_set_back_does_not_make_a_smaller_id(clock):
    first = new_id()
    clock["ns"] -= 3_600 * 10**9  # an hour back
    assert new_id() > first


def test_ids_from_two_databases_at_the_same_moment_differ(clock):
    # Two offices' machines in the same millisecond: the 62 random bits tell them apart.
    office_a = rows._IdClock().take(1000)
    office_b = rows._IdClock().take(1000)
    assert not set(office_a) & set(office_b)


def test_the_store_gives_the_rows_it_adds_increasing_ids(store):
    records = [{"outcome": "injured", "incident_date": f"2020-01-{day:02d}"} for day in range(1, 21)]
    store.casualties.add_many(records[:10])
    store.casualties.add(records[10])
    store.casualties.add_many(records[11:])
    ids = [row_id for (row_id,) in store.db.execute("SELECT id FROM casualties ORDER BY rowid")]
    assert ids == sorted(ids) and len(set(ids)) == 20
