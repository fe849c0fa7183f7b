"""How a national figure is compiled from the reporting sources' values: the one
definition, read from resources/catalog/compilation.toml (its comments give the
rules in words), used by the national view, Overview, the documents and the checks.

The store hands over the values per source (`AggregateValues.by_source`);
`compile_national` turns them into the national figures with, for each, how it was
made: which sources were added and which were not, and why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Mapping, NamedTuple

from cmdesk.errors import CatalogError

NATIONAL_SOURCE = "national"
"""The reporting source whose value, where entered, is the national figure."""

COMPILATION_FILE = "compilation.toml"

Cell = tuple[str, str]  # (item code, part)


class OverlapGroup(NamedTuple):
    """Sources that count the same people: only one of them is added."""

    code: str
    members: tuple[str, ...]  # source codes or "kind:<kind>", in order of authority
    reason: str


class Authority(NamedTuple):
    """A source whose value alone is the national figure of some items."""

    source: str
    items: tuple[str, ...]
    groups: tuple[str, ...]
    reason: str


class Compilation(NamedTuple):
    overlaps: tuple[OverlapGroup, ...] = ()
    authorities: tuple[Authority, ...] = ()

    def authority(self, item: str, group: str | None) -> Authority | None:
        """The authoritative source of `item` (its own entry before its group's)."""
        for authority in self.authorities:
            if item in authority.items:
                return authority
        for authority in self.authorities:
            if group is not None and group in authority.groups:
                return authority
        return None


class NotAdded(NamedTuple):
    source: str
    value: int
    reason: str


class NationalFigure(NamedTuple):
    """One national figure and how it was made."""

    value: int
    rule: str  # "national" (entered), "authoritative" or "sum"
    added: tuple[tuple[str, int], ...]  # (source, value) that make the figure
    not_added: tuple[NotAdded, ...] = ()


def memberships(compilation: Compilation, kinds: Mapping[str, str]) -> dict[str, tuple[int, int]]:
    """{source: (its overlap group's index, its member's rank in the group)} for every
    source of `kinds` ({source code: kind}) that is in an overlap group."""
    found: dict[str, tuple[int, int]] = {}
    for g, group in enumerate(compilation.overlaps):
        for rank, member in enumerate(group.members):
            kind = member[len("kind:"):] if member.startswith("kind:") else None
            for source, source_kind in kinds.items():
                if source not in found and (source == member if kind is None else source_kind == kind):
                    found[source] = (g, rank)
    return found


def national_figure(compilation: Compilation, per_source: Mapping[str, int],
                    authority: Authority | None,
                    membership: Mapping[str, tuple[int, int]]) -> NationalFigure | None:
    """The national figure of one cell from `per_source` ({source: value}); None when
    no source reported it. `membership` is what `memberships` gives."""
    if not per_source:
        return None
    reported = sorted(per_source.items())
    if NATIONAL_SOURCE in per_source:
        return NationalFigure(per_source[NATIONAL_SOURCE], "national",
                              ((NATIONAL_SOURCE, per_source[NATIONAL_SOURCE]),))
    if authority is not None and authority.source in per_source:
        return NationalFigure(
            per_source[authority.source], "authoritative",
            ((authority.source, per_source[authority.source]),),
            tuple(NotAdded(source, value, authority.reason)
                  for source, value in reported if source != authority.source))
    # Of each overlap group, the member of the best rank that reported is added (all
    # its sources: a "kind:" member is several); the group's other members are not.
    best: dict[int, int] = {}
    for source, _ in reported:
        if source in membership:
            g, rank = membership[source]
            best[g] = min(rank, best.get(g, rank))
    added: list[tuple[str, int]] = []
    not_added: list[NotAdded] = []
    for source, value in reported:
        place = membership.get(source)
        if place is None or best[place[0]] == place[1]:
            added.append((source, value))
        else:
            not_added.append(NotAdded(source, value, compilation.overlaps[place[0]].reason))
    not_added.sort(key=lambda n: membership[n.source][1])
    return NationalFigure(sum(value for _, value in added), "sum", tuple(added), tuple(not_added))


def compile_national(compilation: Compilation, by_source: Mapping[Cell, Mapping[str, int]],
                     groups: Mapping[str, str], kinds: Mapping[str, str]) -> dict[Cell, NationalFigure]:
    """{cell: national figure} for every cell some source reported. `by_source` is
    {(item, part): {source: value}}, `groups` {item code: group code}, `kinds`
    {source code: kind} (sources.toml)."""
    membership = memberships(compilation, kinds)
    authorities: dict[str, Authority | None] = {}
    result: dict[Cell, NationalFigure] = {}
    for cell, per_source in by_source.items():
        item = cell[0]
        if item not in authorities:
            authorities[item] = compilation.authority(item, groups.get(item))
        figure = national_figure(compilation, per_source, authorities[item], membership)
        if figure is not None:
            result[cell] = figure
    return result


def _strings(entry: dict, key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise CatalogError(f"{where}: '{key}' must be a list of codes.")
    return tuple(value)


def _text(entry: dict, key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CatalogError(f"{where}: '{key}' is missing or empty.")
    return value.strip()


def load_compilation(data: dict, sources: Iterable[str], source_kinds: Iterable[str],
                     items: Iterable[str], groups: Iterable[str],
                     where: str | Path = COMPILATION_FILE) -> Compilation:
    """The compilation rules in `data` (compilation.toml parsed), checked against the
    catalog's sources, source kinds, items and groups: a CatalogError names the entry
    at fault."""
    sources, kinds = set(sources), set(source_kinds)
    items, groups = set(items), set(groups)
    overlaps: list[OverlapGroup] = []
    seen: dict[str, str] = {}
    for n, entry in enumerate(data.get("overlap", []), 1):
        place = f"{where}, overlap {n}"
        group = OverlapGroup(_text(entry, "code", place), _strings(entry, "members", place),
                             _text(entry, "reason", place))
        if len(group.members) < 2:
            raise CatalogError(f"{place}: an overlap group needs at least two members.")
        for member in group.members:
            kind = member[len("kind:"):] if member.startswith("kind:") else None
            if (kind is None and member not in sources) or (kind is not None and kind not in kinds):
                raise CatalogError(f"{place}: unknown member '{member}' (give a source code, "
                                   "or kind:<kind> with a kind of sources.toml).")
            if member == NATIONAL_SOURCE or kind == NATIONAL_SOURCE:
                raise CatalogError(f"{place}: the national total is never part of an overlap group.")
            if member in seen:
                raise CatalogError(f"{place}: '{member}' is already in overlap group '{seen[member]}'.")
            seen[member] = group.code
        overlaps.append(group)
    authorities: list[Authority] = []
    for n, entry in enumerate(data.get("authoritative", []), 1):
        place = f"{where}, authoritative {n}"
        authority = Authority(_text(entry, "source", place), _strings(entry, "items", place),
                              _strings(entry, "groups", place), _text(entry, "reason", place))
        if authority.source not in sources or authority.source == NATIONAL_SOURCE:
            raise CatalogError(f"{place}: unknown source '{authority.source}'.")
        if not authority.items and not authority.groups:
            raise CatalogError(f"{place}: give the items or groups the source is authoritative for.")
        for code in authority.items:
            if code not in items:
                raise CatalogError(f"{place}: unknown item '{code}'.")
        for code in authority.groups:
            if code not in groups:
                raise CatalogError(f"{place}: unknown group '{code}'.")
        authorities.append(authority)
    return Compilation(tuple(overlaps), tuple(authorities))
