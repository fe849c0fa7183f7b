"""Exchange packages between headquarters and the provincial offices (docs/exchange.md).

A package (.cmdx, `files`) carries every shared row one side changed since the last
state both agreed on, with the base value of each changed field; the other side
merges it field by field (`merge`), applies what only one side changed, and keeps
real conflicts for a person (`operations`). Plain Python: the CLI and the GUI call
the same operations.
"""

from cmdesk.exchange.packages.files import SUFFIX, PackageRefused
from cmdesk.exchange.packages.operations import (
    OpenConflict,
    Receipt,
    SendResult,
    conflicts,
    create_province,
    open_conflict_years,
    pair_with_code,
    pairing_code,
    receive,
    resolve,
    send,
    the_pair,
    undo_receive,
)

__all__ = [
    "SUFFIX", "OpenConflict", "PackageRefused", "Receipt", "SendResult", "conflicts",
    "create_province", "open_conflict_years", "pair_with_code", "pairing_code", "receive",
    "resolve", "send", "the_pair", "undo_receive",
]
