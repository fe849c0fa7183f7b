"""The field-level three-way merge of one received row, in plain Python.

A package row says what the other side did to one row since the last agreed state
(the base): added it (`add`: no base), changed some fields (`change`: the base value
of each changed field), or deleted it (`delete`: the whole base row). `merge_row`
compares that with the row as stored here ("mine") and decides, field by field:

- the same value on both sides: nothing to do (`same`);
- only the other side changed it (mine is still the base value): take theirs;
- both changed it to different values: a conflict, put before a person;
- a deletion there against an edit here (or the other way round): a conflict of
  the whole row (field "*").

`known` is the row as this side last heard of it from the other (its base for the
pair): a value the other side sends again, while it has not yet heard that this
side received it, is no news, and a later change here keeps.

`authoritative` (reference data from headquarters) takes theirs wherever it
differs; `resolutions` are fields whose value is a person's decision on a conflict
at headquarters, which a province takes even over its own change (otherwise two
people resolving the same conflict differently at the same time would swap values
forever).
"""

from __future__ import annotations

from typing import Iterable, NamedTuple

ADD, CHANGE, DELETE = "add", "change", "delete"
ROW = "*"  # the field of a conflict about the whole row

BOTH_CHANGED = "both_changed"
DELETED_HERE = "deleted_here"  # changed there, deleted here
DELETED_THERE = "deleted_there"  # deleted there, changed here
FROZEN = "frozen"  # would change a submitted year here


class Conflict(NamedTuple):
    field: str
    kind: str
    base: object
    mine: object
    theirs: object


class Outcome(NamedTuple):
    """What to do with one received row. `action`: "insert" (the row `new`),
    "update" (the fields of `changes`, each (old, new)), "delete", or "none"."""

    action: str
    changes: dict[str, tuple[object, object]]
    same: tuple[str, ...]
    conflicts: tuple[Conflict, ...]

    @property
    def writes(self) -> bool:
        return self.action != "none"


NOTHING = Outcome("none", {}, (), ())
INSERT = Outcome("insert", {}, (), ())  # a new row, added as it came


def merge_row(op: str, base: dict | None, new: dict | None, mine: dict | None,
              fields: Iterable[str], *, known: dict | None = None, authoritative: bool = False,
              resolutions: frozenset[str] = frozenset()) -> Outcome:
    """Merge one received row (see the module docstring); `fields` are those that
    travel (the shared fields, without personal ones when they do not)."""
    fields = tuple(fields)
    if op == ADD:
        assert new is not None
        if mine is None:
            return Outcome("insert", {}, fields, ())
        return _fields(fields, known or {}, new, mine, known, authoritative, resolutions,
                       added=known is None)
    if op == CHANGE:
        assert new is not None and base is not None
        changed = tuple(f for f in fields if f in base)
        if mine is None:
            if authoritative or ROW in resolutions:
                return Outcome("insert", {}, fields, ())
            return Outcome("none", {}, (), (Conflict(ROW, DELETED_HERE, None, None, new),))
        return _fields(changed, base, new, mine, known, authoritative, resolutions)
    if op == DELETE:
        assert base is not None
        if mine is None:
            return Outcome("none", {}, (ROW,), ())
        # An empty base (the other side settling a conflict by having no row) says
        # nothing of this side's row: taking it away would be silent.
        edited = [f for f in fields if f in base and mine.get(f) != base[f]] if base else [ROW]
        if not edited or authoritative or ROW in resolutions:
            return Outcome("delete", {}, (), ())
        return Outcome("none", {}, (), (Conflict(ROW, DELETED_THERE, base, mine, None),))
    raise ValueError(f"unknown operation {op!r}")


def _fields(fields: tuple[str, ...], base: dict, new: dict, mine: dict, known: dict | None,
            authoritative: bool, resolutions: frozenset[str], added: bool = False) -> Outcome:
    changes: dict[str, tuple[object, object]] = {}
    same: list[str] = []
    conflicts: list[Conflict] = []
    for field in fields:
        theirs, ours = new.get(field), mine.get(field)
        if ours == theirs:
            same.append(field)
        elif known is not None and field in known and known[field] == theirs \
                and field not in resolutions and not authoritative:
            same.append(field)  # no news: this side's later change keeps
        elif (not added and ours == base.get(field)) or authoritative or field in resolutions \
                or (known is not None and field in known and ours == known[field]):
            # Unchanged here since the base, or since this side last heard the value
            # from the other (which changed it again before hearing back).
            changes[field] = (ours, theirs)
        else:
            conflicts.append(Conflict(field, BOTH_CHANGED, base.get(field), ours, theirs))
    return Outcome("update" if changes else "none", changes, tuple(same), tuple(conflicts))


def held_for_frozen_year(outcome: Outcome, base: dict | None, mine: dict | None,
                         new: dict | None) -> Outcome:
    """The outcome for a row of a submitted year: nothing written, each write kept as
    a conflict of kind FROZEN (to be taken once the year is reopened, or refused)."""
    if not outcome.writes:
        return outcome
    if outcome.action == "update":
        held = tuple(Conflict(f, FROZEN, (base or {}).get(f, old), old, theirs)
                     for f, (old, theirs) in outcome.changes.items())
    else:
        held = (Conflict(ROW, FROZEN, base, mine, new),)
    return Outcome("none", {}, outcome.same, outcome.conflicts + held)
