"""The catalog's rules (resources/catalog/rules.toml): the kinds of rule and their
parameters, and each rule read and checked against the items it names."""

from __future__ import annotations

from pathlib import Path

from cmdesk.catalog.files import read_catalog_file, require, unique
from cmdesk.catalog.model import TOTAL, Item, Rule
from cmdesk.errors import CatalogError

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
    "narrative_figures": {},
    "year_empty": {},
    "record": {"when": (str, True)},
    "record_duplicates": {},
    "register_figures": {},
}
SEVERITIES = ("error", "warning", "question")
RECORD_RULE_NAMES = (
    "source_id", "incident_date", "date_year", "province_code", "district", "device_type",
    "outcome", "amputation", "status", "sex", "age", "age_group", "activity", "year", "today",
)
"""The names a casualty-record rule can use: the record's fields (never the personal
ones), `date_year` (the year of its date), the reporting `year` and `today`."""
RECORD_RULE_FIELDS = tuple(name for name in RECORD_RULE_NAMES if name not in ("date_year", "year", "today"))
"""Of those, the record's own fields."""


def _rule_params(r: dict, kind: str, where: str) -> tuple[tuple[str, object], ...]:
    params = []
    for name, (kind_type, required) in RULE_KINDS[kind].items():
        value = require(r, name, where) if required else r.get(name)
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
    from cmdesk.catalog.expressions import Expression, ExpressionError, template_fields

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


def load_rules(directory: Path, items: list[Item], parts: dict[str, str]) -> list[Rule]:
    data = read_catalog_file(directory, "rules.toml")
    by_code = {item.code: item for item in items}
    rules = []
    for n, r in enumerate(data.get("rule", []), 1):
        code = require(r, "code", f"rules.toml, rule {n}")
        where = f"rules.toml, rule '{code}'"
        kind = require(r, "kind", where)
        if kind not in RULE_KINDS:
            raise CatalogError(f"{where}: unknown kind '{kind}' (known: {', '.join(RULE_KINDS)}).")
        severity = require(r, "severity", where)
        if severity not in SEVERITIES:
            raise CatalogError(f"{where}: severity must be one of {', '.join(SEVERITIES)}.")
        rule = Rule(code, kind, severity, require(r, "description", where),
                    require(r, "message", where), _rule_params(r, kind, where))
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
    unique([rule.code for rule in rules], "rule", "rules.toml")
    return rules
