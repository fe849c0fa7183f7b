"""The catalog's records and the Catalog itself: provinces, offices, reporting
sources, item groups, items, computed totals, SRAAP actions and indicators, rules."""

from __future__ import annotations

from typing import Any, NamedTuple

from cmdesk.catalog.compilation import Compilation, NationalFigure, compile_national
from cmdesk.catalog.sentences import Sentences
from cmdesk.errors import CatalogError
from cmdesk.i18n import translate

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

    @property
    def is_headquarters(self) -> bool:
        return self.code == "hq"


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


class Rule(NamedTuple):
    """A check over a year's values or records (resources/catalog/rules.toml)."""

    code: str
    kind: str
    severity: str
    description: str
    message: str
    params: tuple[tuple[str, object], ...] = ()

    def param(self, name: str, default: Any = None) -> Any:
        """A parameter, of the type RULE_KINDS gives it (checked when the catalog loads)."""
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
                 compilation: Compilation | None = None,
                 sentences: Sentences | None = None) -> None:
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
        # The sentences drafted from a year's figures (narratives.toml).
        self.sentences = sentences if sentences is not None else Sentences()
        self._items_by_code = {item.code: item for item in items}
        # The language of its labels; a Khmer copy (catalog/khmer.py) keeps the English
        # catalog it was made from, which the Convention's documents use.
        self.language = "en"
        self.english = self

    def _parts(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _CATALOG_PARTS}

    def replace(self, **changes: Any) -> "Catalog":
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

    def office_name(self, office: Office) -> str:
        """`office`'s name in the catalog's language: the stored (English) name, or in
        a Khmer catalog the Khmer of headquarters or of the province's office."""
        if self.language == "en":
            return office.name
        if office.is_headquarters:
            return translate("Exchange", "Headquarters")
        code = office.code.partition(":")[2]
        for province in self.provinces:
            if province.code == code:
                return translate("Office", "{province} provincial office").format(province=province.name_km)
        return office.name

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
                  "computed", "actions", "rules", "compilation", "sentences")
