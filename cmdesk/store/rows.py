"""Identity and time stamps for rows that users create."""

from __future__ import annotations

import os
import threading
import time
from datetime import datetime, timezone


def utc_now() -> str:
    """Now, in UTC, as ISO 8601 with seconds: what every `*_at` column holds."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class _IdClock:
    """Makes time-ordered ids in the layout of UUID version 7 (RFC 9562): 48 bits
    of Unix milliseconds, the version, 12 bits of a counter, the variant, and 62
    random bits. Random UUIDs (version 4) scatter inserts over the primary key's
    B-tree; these sort by creation time, so a row's key goes at the end of the index.
    They stay globally unique, as databases from the provincial offices are merged:
    62 random bits per id besides the millisecond and the counter.

    Within one millisecond the counter goes up from a random start below 2,048, so
    the ids one process makes always increase (RFC 9562, method 1); when it
    overflows, the time is taken one millisecond ahead. A clock set back does not
    make an id smaller than the last one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ms = 0
        self._counter = 0

    def take(self, count: int) -> list[str]:
        """`count` new ids, increasing."""
        # The random bits of every id as one hex string, 16 digits per id: the first
        # digit of each carries the variant (binary 10) in its top two bits, so it
        # is mapped to 8-b by its low two bits, which keeps 62 random bits. One
        # `hex` and one `translate` for the lot, then slices: an import makes 65,000
        # ids at once (benchmarks/register.py).
        random_hex = os.urandom(8 * count).hex()
        variants = random_hex[::16].translate(_VARIANT_DIGIT)
        with self._lock:
            ms, counter = self._ms, self._counter
            now = time.time_ns() // 1_000_000
            if now > ms:
                ms, counter = now, int.from_bytes(os.urandom(2), "big") & 0x7FF
            else:
                counter += 1
            ids: list[str] = []
            append = ids.append
            time_hex = f"{ms:012x}"
            time_part = f"{time_hex[:8]}-{time_hex[8:]}-7"
            for n in range(count):
                if counter > 0xFFF:
                    ms, counter = ms + 1, 0
                    time_hex = f"{ms:012x}"
                    time_part = f"{time_hex[:8]}-{time_hex[8:]}-7"
                at = 16 * n
                append(f"{time_part}{counter:03x}-{variants[n]}{random_hex[at + 1:at + 4]}-"
                       f"{random_hex[at + 4:at + 16]}")
                counter += 1
            self._ms, self._counter = ms, counter - 1
        return ids


# A hex digit -> the id's first digit of its random part: 10 and the digit's low two bits.
_VARIANT_DIGIT = str.maketrans("0123456789abcdef", "89ab89ab89ab89ab")


_CLOCK = _IdClock()


def new_ids(count: int) -> list[str]:
    """`count` new row ids (see `_IdClock`): unique, and increasing in the order
    they are made, so that a batch of inserts appends to the primary key's index."""
    return _CLOCK.take(count)


def new_id() -> str:
    """A new row id: the one way CMDesk makes the id of a row (`new_ids`)."""
    return _CLOCK.take(1)[0]


def short_id(row_id: str) -> str:
    """The part of an id that people read and type to name a row (a snapshot): its
    last 8 characters, random. Its first ones are the time it was made, alike in the
    ids made within a minute."""
    return row_id[-8:]


def new_row(office: str, now: str | None = None, row_id: str | None = None) -> dict:
    """The columns every user-created row starts with: a new id (`row_id`, from
    `new_ids`, or a fresh one), the office it was entered in, and created/modified
    stamps (`now`, or the current time: a batch written in one transaction may share
    one)."""
    now = now or utc_now()
    return {"id": row_id or new_id(), "office": office, "created_at": now, "modified_at": now}
