"""The reference catalog: provinces, reporting sources, items, parts, units and the
SRAAP actions and indicators, loaded from the TOML files in `resources/catalog`.

The catalog is data. Forms, grid columns, spreadsheet headers and report tables are
generated from it; code never lists items by hand. `load_catalog` checks the files
and raises `CatalogError` naming the file and entry at fault.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from pathlib import Path
from typing import NamedTuple

from cmdesk.catalog.compilation import (
    Compilation,
    NationalFigure,
    compile_national,
    load_compilation,
)
from cmdesk.errors import CatalogError
from cmdesk.paths import catalog_dir

TOTAL = "total"
"""The part name of an item's total value (the other parts are "of which" parts)."""


class Province(NamedTuple):
    code: str
    name: str
    name_km: str


class Office(NamedTuple):
    """The office a database belongs to: headquarters or one provincial office."""

    code: str  # "hq" or "province:NN"
    name: str


HEADQUARTERS = Office("hq", "Headquarters")


class Source(NamedTuple):
    code: str
    name: str
    kind: str
    province: str | None = None
    editable: bool = False


class Group(NamedTuple):
    code: str
    label: str
    page: str


class Item(NamedTuple):
    code: str
    label: str
    group: str
    unit: str
    parts: tuple[str, ...] = ()
    kind: str = "count"  # "count" or "stated_total"
    components: tuple[str, ...] = ()
    # A retired item is no longer offered for new years; the values stored for it
    # stay, and show wherever a year has some (store/reference.py).
    retired: bool = False

    @property
    def is_stated_total(self) -> bool:
        return self.kind == "stated_total"


class ComputedItem(NamedTuple):
    """A group total: always the sum of `sum_of`, never typed."""

    code: str
    label: str
    group: str
    unit: str
    sum_of: tuple[str, ...]
    # The documents' column heading of each item of `sum_of` (same order): the
    # devices table prints "Lower limb", "Upper limb" as data, so that renaming an
    # item in Tools > Items never changes a document's columns.
    columns: tuple[str, ...] = ()


class Indicator(NamedTuple):
    code: str
    action: int
    text: str


class Action(NamedTuple):
    number: int
    cross_cutting: bool
    theme: str
    indicators: tuple[Indicator, ...]
    figures: tuple[str, ...] = ()  # "casualties", "funding", "group:<code>", "item:<code>"


# Each kind of rule and its parameters: name -> (type, required). See rules.toml.
RULE_KINDS: dict[str, dict[str, tuple[type, bool]]] = {
    "part_within": {"part": (str, True), "within": (str, True)},
    "stated_total": {},
    "expression": {"when": (str, True)},
    "change_from_previous": {"ratio": (float, True), "minimum": (int, True),
                             "per_item": (dict, False)},
    "same_value": {"minimum": (int, True)},
    "national_compilation": {},
    "funding_change": {"ratio": (float, True)},
    "record": {"when": (str, True)},
    "record_duplicates": {},
    "register_figures": {},
    "narrative_figures": {},
    "year_empty": {},
}
SEVERITIES = ("error", "warning", "question")
RECORD_RULE_NAMES = (
    "source_id", "incident_date", "date_year", "province_code", "district", "device_type",
    "outcome", "amputation", "status", "sex", "age", "age_group", "activity", "year", "today",
)
"""The names a casualty-record rule can use: the record's fields (never the personal
ones), `date_year` (the year of its date), the reporting `year` and `today`."""


class Rule(NamedTuple):
    """A check over a year's values or records (resources/catalog/rules.toml)."""

    code: str
    kind: str
    severity: str
    description: str
    message: str
    params: tuple[tuple[str, object], ...] = ()

    def param(self, name: str, default: object = None) -> object:
        return dict(self.params).get(name, default)


class Catalog:
    """The whole reference catalog. A plain class rather than a dataclass: start-up
    then defines no dataclass and does not import `dataclasses` at all
    (benchmarks/startup.py). Treat it as immutable: `replace` gives a copy with some
    parts changed."""

    def __init__(self, provinces: list[Province], source_kinds: dict[str, str],
                 sources: list[Source], units: dict[str, str], parts: dict[str, str],
                 groups: list[Group], items: list[Item], computed: list[ComputedItem],
                 actions: list[Action], rules: list[Rule] | None = None,
                 compilation: Compilation | None = None) -> None:
        self.provinces = provinces
        self.source_kinds = source_kinds
        self.sources = sources
        self.units = units
        self.parts = parts
        self.groups = groups
        self.items = items
        self.computed = computed
        self.actions = actions
        self.rules = rules if rules is not None else []
        # How national figures are compiled from the sources (compilation.toml).
        self.compilation = compilation if compilation is not None else Compilation()
        self._items_by_code = {item.code: item for item in items}
        # The language of its labels; a Khmer copy (catalog/khmer.py) keeps the English
        # catalog it was made from, which the Convention's documents use.
        self.language = "en"
        self.english = self

    def _parts(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in _CATALOG_PARTS}

    def replace(self, **changes: object) -> "Catalog":
        """A copy with the parts named in `changes` (the constructor's arguments) replaced."""
        parts = self._parts()
        unknown = set(changes) - set(parts)
        if unknown:
            raise TypeError(f"Catalog has no part {', '.join(sorted(unknown))}")
        return Catalog(**{**parts, **changes})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Catalog) and self._parts() == other._parts()

    __hash__ = None  # type: ignore[assignment]  # equal by content, and its lists change

    def __repr__(self) -> str:
        return (f"Catalog({len(self.items)} items, {len(self.sources)} sources, "
                f"{len(self.actions)} actions, {len(self.rules)} rules)")

    def item(self, code: str) -> Item:
        try:
            return self._items_by_code[code]
        except KeyError:
            raise CatalogError(f"Unknown item code '{code}'.") from None

    def has_item(self, code: str) -> bool:
        return code in self._items_by_code

    def items_in_group(self, group: str) -> list[Item]:
        return [item for item in self.items if item.group == group]

    def groups_on_page(self, page: str) -> list[Group]:
        return [group for group in self.groups if group.page == page]

    def province(self, code: str) -> Province:
        for province in self.provinces:
            if province.code == code:
                return province
        raise CatalogError(f"Unknown province code '{code}'.")

    def offices(self) -> list[Office]:
        """Headquarters, then one office per province."""
        return [HEADQUARTERS] + [
            Office(f"province:{p.code}", f"{p.name} provincial office") for p in self.provinces
        ]

    def resolve_office(self, text: str) -> Office:
        """The office named by `text`: "hq", "headquarters", an office code, or a
        province's code or name (any case)."""
        wanted = text.strip().casefold()
        if wanted in ("hq", "headquarters"):
            return HEADQUARTERS
        for office, province in zip(self.offices()[1:], self.provinces):
            if wanted in (office.code, province.code, province.name.casefold(), province.name_km):
                return office
        raise CatalogError(
            f"Unknown office '{text}': give 'hq' or a province's name or code "
            f"(for example 'Battambang' or '02')."
        )

    def source(self, code: str) -> Source:
        for source in self.sources:
            if source.code == code:
                return source
        raise CatalogError(f"Unknown reporting source '{code}'.")

    def indicators(self) -> list[Indicator]:
        return [indicator for action in self.actions for indicator in action.indicators]

    def national_figures(self, by_source: dict[tuple[str, str], dict[str, int]]
                         ) -> dict[tuple[str, str], NationalFigure]:
        """The national figure of every cell in `by_source` ({(item, part): {source:
        value}}) and how it was made, by the rules of compilation.toml."""
        return compile_national(self.compilation, by_source,
                                {item.code: item.group for item in self.items},
                                {source.code: source.kind for source in self.sources})


_CATALOG_PARTS = ("provinces", "source_kinds", "sources", "units", "parts", "groups", "items",
                  "computed", "actions", "rules", "compilation")


def _require(entry: dict, key: str, where: str) -> str:
    value = entry.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise CatalogError(f"{where}: '{key}' is missing or empty.")
    return value


PARSED_FOLDER = "__pycache__"
"""Where the parsed catalog files are kept, beside them (as Python keeps its bytecode)."""


def read_catalog_file(directory: Path | None, name: str) -> dict:
    """The TOML file `name` of the catalog in `directory` (default: the shipped one);
    a missing or malformed file is a CatalogError naming it.

    Parsing TOML (and importing tomllib) takes ~7 ms of every start
    (benchmarks/startup.py), so what a file gave is kept as JSON in PARSED_FOLDER,
    with the size and CRC-32 of the text it came from: a file that changed in any way
    is parsed again. Where that folder cannot be written, the file is simply parsed
    each time."""
    path = (directory or catalog_dir()) / name
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        raise CatalogError(f"Catalog file {path} is missing; reinstall CMDesk.") from None
    source = {"size": len(text), "crc32": zlib.crc32(text)}
    parsed_path = path.parent / PARSED_FOLDER / f"{name}.json"
    try:
        parsed = json.loads(parsed_path.read_bytes())
        if parsed["source"] == source and isinstance(parsed["data"], dict):
            return parsed["data"]
    except (OSError, ValueError, KeyError, TypeError):
        pass  # none yet, unreadable or of another text: parse the file
    import tomllib

    try:
        data = tomllib.loads(text.decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"Catalog file {path} is not valid TOML: {error}.") from None
    _keep_parsed(parsed_path, {"source": source, "data": data})
    return data


def _keep_parsed(path: Path, parsed: dict) -> None:
    """Write `parsed` to `path` whole or not at all (another process may be reading
    it); give up quietly where that is not possible (a read-only installation) or
    the data has no JSON form (TOML dates)."""
    try:
        content = json.dumps(parsed, ensure_ascii=False)
    except (TypeError, ValueError):
        return
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        partial.write_text(content, encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def _unique(codes: list[str], what: str, filename: str) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise CatalogError(f"{filename}: {what} code '{code}' appears twice.")
        seen.add(code)


def load_catalog(directory: Path | None = None) -> Catalog:
    """Load and check the catalog in `directory` (default: the shipped one)."""
    directory = directory or catalog_dir()

    data = read_catalog_file(directory, "provinces.toml")
    provinces = [
        Province(
            code=_require(p, "code", f"provinces.toml, province {n}"),
            name=_require(p, "name", f"provinces.toml, province {n}"),
            name_km=_require(p, "name_km", f"provinces.toml, province {n}"),
        )
        for n, p in enumerate(data.get("province", []), 1)
    ]
    _unique([p.code for p in provinces], "province", "provinces.toml")
    province_codes = {p.code for p in provinces}

    data = read_catalog_file(directory, "sources.toml")
    source_kinds = dict(data.get("kinds", {}))
    sources = []
    for n, s in enumerate(data.get("source", []), 1):
        where = f"sources.toml, source {n}"
        source = Source(
            code=_require(s, "code", where),
            name=_require(s, "name", where),
            kind=_require(s, "kind", where),
            province=s.get("province"),
            editable=bool(s.get("editable", False)),
        )
        if source.kind not in source_kinds:
            raise CatalogError(f"{where} ('{source.code}'): unknown kind '{source.kind}'.")
        if source.province is not None and source.province not in province_codes:
            raise CatalogError(
                f"{where} ('{source.code}'): unknown province '{source.province}'."
            )
        sources.append(source)
    _unique([s.code for s in sources], "source", "sources.toml")

    data = read_catalog_file(directory, "items.toml")
    units = dict(data.get("units", {}))
    parts = dict(data.get("parts", {}))
    if TOTAL in parts:
        raise CatalogError(f"items.toml: '{TOTAL}' is reserved and cannot be a part.")
    groups = [
        Group(
            code=_require(g, "code", f"items.toml, group {n}"),
            label=_require(g, "label", f"items.toml, group {n}"),
            page=_require(g, "page", f"items.toml, group {n}"),
        )
        for n, g in enumerate(data.get("group", []), 1)
    ]
    _unique([g.code for g in groups], "group", "items.toml")
    group_codes = {g.code for g in groups}

    items = []
    for n, i in enumerate(data.get("item", []), 1):
        where = f"items.toml, item {n}"
        code = _require(i, "code", where)
        where = f"items.toml, item '{code}'"
        item = Item(
            code=code,
            label=_require(i, "label", where),
            group=_require(i, "group", where),
            unit=_require(i, "unit", where),
            parts=tuple(i.get("parts", ())),
            kind=i.get("kind", "count"),
            components=tuple(i.get("components", ())),
        )
        if item.group not in group_codes:
            raise CatalogError(f"{where}: unknown group '{item.group}'.")
        if item.unit not in units:
            raise CatalogError(f"{where}: unknown unit '{item.unit}'.")
        for part in item.parts:
            if part not in parts:
                raise CatalogError(f"{where}: unknown part '{part}'.")
        if item.kind not in ("count", "stated_total"):
            raise CatalogError(f"{where}: unknown kind '{item.kind}'.")
        if item.kind == "stated_total" and not item.components:
            raise CatalogError(f"{where}: a stated total needs its components.")
        items.append(item)

    computed = []
    for n, c in enumerate(data.get("computed", []), 1):
        code = _require(c, "code", f"items.toml, computed {n}")
        where = f"items.toml, computed '{code}'"
        row = ComputedItem(
            code=code,
            label=_require(c, "label", where),
            group=_require(c, "group", where),
            unit=_require(c, "unit", where),
            sum_of=tuple(_require(c, "sum_of", where)),
            columns=tuple(c.get("columns", ())),
        )
        if row.columns and len(row.columns) != len(row.sum_of):
            raise CatalogError(f"{where}: give one column heading per item of sum_of "
                               f"({len(row.sum_of)}), not {len(row.columns)}.")
        if row.group not in group_codes:
            raise CatalogError(f"{where}: unknown group '{row.group}'.")
        if row.unit not in units:
            raise CatalogError(f"{where}: unknown unit '{row.unit}'.")
        computed.append(row)
    _unique([i.code for i in items] + [c.code for c in computed], "item", "items.toml")

    item_codes = {i.code for i in items}
    for item in items:
        for component in item.components:
            if component not in item_codes:
                raise CatalogError(
                    f"items.toml, item '{item.code}': unknown component '{component}'."
                )
    for row in computed:
        for component in row.sum_of:
            if component not in item_codes:
                raise CatalogError(
                    f"items.toml, computed '{row.code}': unknown item '{component}'."
                )

    data = read_catalog_file(directory, "sraap.toml")
    actions = []
    for n, a in enumerate(data.get("action", []), 1):
        where = f"sraap.toml, action {n}"
        number = a.get("number")
        if not isinstance(number, int):
            raise CatalogError(f"{where}: 'number' must be a whole number.")
        indicators = tuple(
            Indicator(
                code=_require(ind, "code", f"{where}, indicator {k}"),
                action=number,
                text=_require(ind, "text", f"{where}, indicator {k}"),
            )
            for k, ind in enumerate(a.get("indicator", []), 1)
        )
        if not indicators:
            raise CatalogError(f"{where}: an action needs at least one indicator.")
        actions.append(
            Action(
                number=number,
                cross_cutting=bool(a.get("cross_cutting", False)),
                theme=_require(a, "theme", where),
                indicators=indicators,
                figures=tuple(a.get("figures", ())),
            )
        )
        for figure in actions[-1].figures:
            kind, _, code = figure.partition(":")
            if not (figure in ("casualties", "funding")
                    or (kind == "group" and code in group_codes)
                    or (kind == "item" and code in {i.code for i in items})):
                raise CatalogError(
                    f"{where}: unknown figures '{figure}' (give \"casualties\", \"funding\", "
                    f"\"group:<group code>\" or \"item:<item code>\").")
    _unique([str(a.number) for a in actions], "action", "sraap.toml")
    _unique([i.code for a in actions for i in a.indicators], "indicator", "sraap.toml")

    rules = _load_rules(directory, items, parts)
    compilation = load_compilation(
        read_catalog_file(directory, "compilation.toml"), [s.code for s in sources],
        source_kinds, [i.code for i in items], group_codes)

    return Catalog(
        rules=rules,
        compilation=compilation,
        provinces=provinces,
        source_kinds=source_kinds,
        sources=sources,
        units=units,
        parts=parts,
        groups=groups,
        items=items,
        computed=computed,
        actions=actions,
    )


def _rule_params(r: dict, kind: str, where: str) -> tuple[tuple[str, object], ...]:
    params = []
    for name, (kind_type, required) in RULE_KINDS[kind].items():
        value = _require(r, name, where) if required else r.get(name)
        if value is None:
            continue
        if kind_type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind_type) or isinstance(value, bool):
            raise CatalogError(f"{where}: '{name}' must be a {kind_type.__name__}, not {value!r}.")
        if isinstance(value, dict):
            value = tuple(sorted(value.items()))
        params.append((name, value))
    unknown = set(r) - set(RULE_KINDS[kind]) - {"code", "kind", "severity", "description", "message",
                                                     "description_km", "message_km"}
    if unknown:
        raise CatalogError(f"{where}: unknown setting(s) {', '.join(sorted(unknown))} for a "
                           f"'{kind}' rule.")
    return tuple(params)


def _check_rule_names(rule: Rule, items: dict[str, Item], where: str) -> None:
    """The names a rule's expression and message use must exist: item codes (with an
    optional allowed part) in value rules, the record names in record rules."""
    from cmdesk.validation.expressions import Expression, ExpressionError, template_fields

    try:
        expression = Expression(str(rule.param("when")))
    except ExpressionError as error:
        raise CatalogError(f"{where}: {error}") from None
    if rule.kind == "record":
        unknown = [n for n in expression.names if n not in RECORD_RULE_NAMES]
        known: set[str] = {*RECORD_RULE_NAMES, "record"}
        allowed = ", ".join(RECORD_RULE_NAMES)
    else:
        unknown = [n for n in expression.names if value_cell(n, items) is None]
        known = set(expression.names)
        allowed = "item codes, or an item code and one of its parts"
    if unknown:
        raise CatalogError(f"{where}: unknown name(s) {', '.join(unknown)} (allowed: {allowed}).")
    missing = template_fields(rule.message) - known
    if missing:
        raise CatalogError(f"{where}: the message uses {', '.join(sorted(missing))}, which the "
                           "rule does not know.")


def value_cell(name: str, items: dict[str, Item]) -> tuple[str, str] | None:
    """The (item, part) a name in a value rule stands for: an item code is its total,
    an item code followed by one of its parts is that part; None if neither."""
    if name in items:
        return name, TOTAL
    item, _, part = name.rpartition(".")
    if item in items and part in items[item].parts:
        return item, part
    return None


def _load_rules(directory: Path, items: list[Item], parts: dict[str, str]) -> list[Rule]:
    data = read_catalog_file(directory, "rules.toml")
    by_code = {item.code: item for item in items}
    rules = []
    for n, r in enumerate(data.get("rule", []), 1):
        code = _require(r, "code", f"rules.toml, rule {n}")
        where = f"rules.toml, rule '{code}'"
        kind = _require(r, "kind", where)
        if kind not in RULE_KINDS:
            raise CatalogError(f"{where}: unknown kind '{kind}' (known: {', '.join(RULE_KINDS)}).")
        severity = _require(r, "severity", where)
        if severity not in SEVERITIES:
            raise CatalogError(f"{where}: severity must be one of {', '.join(SEVERITIES)}.")
        rule = Rule(code, kind, severity, _require(r, "description", where),
                    _require(r, "message", where), _rule_params(r, kind, where))
        if kind == "part_within":
            for name in ("part", "within"):
                if rule.param(name) not in parts and rule.param(name) not in ("*", TOTAL):
                    raise CatalogError(f"{where}: unknown part '{rule.param(name)}'.")
        if kind in ("expression", "record"):
            _check_rule_names(rule, by_code, where)
        for item_code, _ in rule.param("per_item") or ():
            if item_code not in by_code:
                raise CatalogError(f"{where}: per_item names an unknown item '{item_code}'.")
        rules.append(rule)
    _unique([rule.code for rule in rules], "rule", "rules.toml")
    return rules
