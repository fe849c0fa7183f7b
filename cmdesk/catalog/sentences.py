"""The sentences CMDesk drafts from a year's figures (resources/catalog/narratives.toml),
read and checked against the catalog: every figure a sentence names exists, every
placeholder of its text has a figure. cmdesk.narratives drafts from them; the file's
own comments say what each setting means."""

from __future__ import annotations

from string import Formatter
from typing import Any, NamedTuple

from cmdesk.catalog.files import read_catalog_file
from cmdesk.errors import CatalogError

SENTENCES_FILE = "narratives.toml"

DATA_FIGURES = {
    "casualties": ("total", "killed", "injured", "lost_limb", "men", "women", "boys", "girls", "unknown"),
    "funding": ("national", "international", "earmarked", "total", "lines"),
    "previous_year:casualties": ("total",),
}
"""The figures a sentence may name besides items, by kind: cmdesk.figures.YearFigures
gives each (tests/core/test_narratives.py holds the two together)."""

CONTEXT_FIGURES = ("previous_year:casualties:total", "funding:lines")
"""Figures a sentence depends on that are not the year's figures: not remembered with a
narrative (the out-of-date check compares the year's own figures)."""

FUNDING_LISTS = ("earmarked",)
BUILT_IN = ("year",)


class ListPart(NamedTuple):
    """One entry of a list of parts: printed when `figure` is present, as `text` with
    {n} and the other `figures` ({name: figure})."""

    figure: str
    text: str
    figures: tuple[tuple[str, str], ...] = ()


class SentenceList(NamedTuple):
    text: str = ""  # printed after the sentence, the joined entries as {list}; or "":
    # the sentence's own text has {list}
    otherwise: str | None = None  # printed after the sentence when there is no entry
    parts: tuple[ListPart, ...] = ()
    group: str = ""
    line: str = ""  # a group item's layout: {label}, {n}, {details}
    funding: str = ""
    entry: str = ""  # a funding line: {n}, {funder}
    lines: bool = False  # each entry on a line of its own after the sentence


class Sentence(NamedTuple):
    text: str
    figures: tuple[tuple[str, str], ...] = ()  # (name, figure)
    requires: tuple[str, ...] = ()
    requires_any: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    details: str = ""
    of_which: tuple[tuple[str, str], ...] = ()  # (part, text) worded for this sentence
    sum_when_missing: tuple[str, ...] = ()
    list: SentenceList | None = None
    then: tuple["Sentence", ...] = ()
    previous_year: bool = False  # its {year} is the year before the reporting year

    def figure(self, name: str) -> str:
        return dict(self.figures)[name]


class DraftTemplate(NamedTuple):
    code: str
    indicators: tuple[str, ...]  # the first is where the draft is proposed
    sentences: tuple[Sentence, ...]


class OfWhichPart(NamedTuple):
    part: str
    text: str
    unless_all: bool = False


class Sentences(NamedTuple):
    """What narratives.toml gives: the drafts, and the "of which" details' wording."""

    drafts: tuple[DraftTemplate, ...] = ()
    of_which_text: str = ""
    of_which: tuple[OfWhichPart, ...] = ()

    def texts(self) -> list[str]:
        """Every English text that is a translation key, in the file's order."""
        found = [self.of_which_text, *(part.text for part in self.of_which)]

        def walk(sentence: Sentence) -> None:
            found.append(sentence.text)
            found.extend(text for _, text in sentence.of_which)
            if sentence.list is not None:
                found.extend(t for t in (sentence.list.text, sentence.list.otherwise,
                                         sentence.list.entry) if t and any(c.isalpha() for c in t))
                found.extend(part.text for part in sentence.list.parts)
            for follow_on in sentence.then:
                walk(follow_on)

        for draft in self.drafts:
            for sentence in draft.sentences:
                walk(sentence)
        return list(dict.fromkeys(found))


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


class _Checker:
    def __init__(self, items: list[Any], computed: list[Any], indicators: set[str],
                 groups: set[str]) -> None:
        self.items = {item.code: item for item in items}
        self.computed = {row.code for row in computed}
        self.indicators = indicators
        self.groups = groups

    def figure(self, figure: object, where: str) -> str:
        if not isinstance(figure, str):
            raise CatalogError(f"{where}: a figure must be a text, not {figure!r}.")
        kind, _, name = figure.rpartition(":")
        if kind:
            if name not in DATA_FIGURES.get(kind, ()):
                raise CatalogError(f"{where}: unknown figure '{figure}'.")
            return figure
        code, _, part = figure.partition("/")
        if code in self.computed and not part:
            return figure
        if code not in self.items:
            raise CatalogError(f"{where}: unknown item '{code}'.")
        if part and part not in self.items[code].parts:
            raise CatalogError(f"{where}: '{part}' is not a part of '{code}'.")
        return figure

    def figures(self, entry: dict, where: str) -> tuple[tuple[str, str], ...]:
        table = entry.get("figures", {})
        if not isinstance(table, dict):
            raise CatalogError(f"{where}: 'figures' must be a table of names and figures.")
        return tuple((name, self.figure(figure, where)) for name, figure in table.items())

    @staticmethod
    def names(entry: dict, key: str, where: str) -> tuple[str, ...]:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise CatalogError(f"{where}: '{key}' must be a list of names.")
        return tuple(value)

    @staticmethod
    def text(entry: dict, key: str, where: str, allowed: set[str]) -> str:
        text = entry.get(key)
        if not isinstance(text, str) or not text:
            raise CatalogError(f"{where}: '{key}' is missing or empty.")
        try:
            unknown = placeholders(text) - allowed
        except ValueError as error:
            raise CatalogError(f"{where}: '{key}' is not a valid text ({error}).") from None
        if unknown:
            raise CatalogError(f"{where}: the placeholder {{{sorted(unknown)[0]}}} has no figure "
                               f"(give it in 'figures').")
        return text

    def sentence_list(self, entry: object, where: str) -> SentenceList:
        where = f"{where}, list"
        if not isinstance(entry, dict):
            raise CatalogError(f"{where}: must be a table.")
        unknown = set(entry) - {"text", "otherwise", "part", "group", "line", "funding", "entry", "lines"}
        if unknown:
            raise CatalogError(f"{where}: unknown setting(s) {', '.join(sorted(unknown))}.")
        kinds = [key for key in ("part", "group", "funding") if key in entry]
        if len(kinds) != 1:
            raise CatalogError(f"{where}: give one of 'part', 'group' or 'funding'.")
        lines = bool(entry.get("lines", False))
        text = self.text(entry, "text", where, {"list"}) if "text" in entry else ""
        otherwise = entry.get("otherwise")
        if otherwise is not None:
            otherwise = self.text(entry, "otherwise", where, set())
        parts = []
        for n, part in enumerate(entry.get("part", []), 1):
            part_where = f"{where}, part {n}"
            figures = self.figures(part, part_where)
            figure = self.figure(part.get("figure"), part_where)
            parts.append(ListPart(figure, self.text(part, "text", part_where,
                                                    {"n"} | {name for name, _ in figures}), figures))
        group = entry.get("group", "")
        if group and group not in self.groups:
            raise CatalogError(f"{where}: unknown group '{group}'.")
        line = self.text(entry, "line", where, {"label", "n", "details"}) if group else ""
        funding = entry.get("funding", "")
        if funding and funding not in FUNDING_LISTS:
            raise CatalogError(f"{where}: unknown funding list '{funding}' (give "
                               f"{', '.join(FUNDING_LISTS)}).")
        entry_text = self.text(entry, "entry", where, {"n", "funder"}) if funding else ""
        return SentenceList(text, otherwise, tuple(parts), group, line, funding, entry_text, lines)

    def sentence(self, entry: dict, where: str) -> Sentence:
        unknown = set(entry) - set(Sentence._fields)
        if unknown:
            raise CatalogError(f"{where}: unknown setting(s) {', '.join(sorted(unknown))}.")
        figures = self.figures(entry, where)
        names = {name for name, _ in figures}
        requires, requires_any, unless, sum_when_missing = (
            self.names(entry, key, where) for key in ("requires", "requires_any", "unless",
                                                       "sum_when_missing"))
        for name in (*requires, *requires_any, *unless, *sum_when_missing):
            if name not in names:
                raise CatalogError(f"{where}: '{name}' is not one of its figures.")
        for name in sum_when_missing:
            code = dict(figures)[name]
            if code not in self.items or not self.items[code].is_stated_total:
                raise CatalogError(f"{where}: '{code}' is not a stated total.")
        details = entry.get("details", "")
        if details and (details not in names or dict(figures)[details] not in self.items):
            raise CatalogError(f"{where}: 'details' must name an item of its figures.")
        of_which = entry.get("of_which", {})
        if not isinstance(of_which, dict):
            raise CatalogError(f"{where}: 'of_which' must be a table of parts and texts.")
        sentence_list = self.sentence_list(entry["list"], where) if "list" in entry else None
        allowed = set(BUILT_IN) | names
        if details:
            allowed.add("details")
        if sentence_list is not None and not sentence_list.lines and not sentence_list.text:
            allowed.add("list")
        text = self.text(entry, "text", where, allowed)
        then = tuple(self.sentence(follow_on, f"{where}, then {n}")
                     for n, follow_on in enumerate(entry.get("then", []), 1))
        return Sentence(text, figures, requires, requires_any, unless, details,
                        tuple((part, self.text(of_which, part, where, {"n"})) for part in of_which),
                        sum_when_missing, sentence_list, then, bool(entry.get("previous_year", False)))

    def draft(self, entry: dict, n: int) -> DraftTemplate:
        code = entry.get("code")
        if not isinstance(code, str) or not code:
            raise CatalogError(f"{SENTENCES_FILE}, draft {n}: 'code' is missing or empty.")
        where = f"{SENTENCES_FILE}, draft '{code}'"
        unknown = set(entry) - {"code", "indicator", "also", "sentence"}
        if unknown:
            raise CatalogError(f"{where}: unknown setting(s) {', '.join(sorted(unknown))}.")
        indicators = (entry.get("indicator"), *entry.get("also", ()))
        for indicator in indicators:
            if indicator not in self.indicators:
                raise CatalogError(f"{where}: unknown indicator '{indicator}'.")
        sentences = tuple(self.sentence(sentence, f"{where}, sentence {k}")
                          for k, sentence in enumerate(entry.get("sentence", []), 1))
        if not sentences:
            raise CatalogError(f"{where}: a draft needs at least one [[draft.sentence]].")
        return DraftTemplate(code, tuple(indicators), sentences)


def load_sentences(directory, items: list[Any], computed: list[Any],
                   indicators: set[str], groups: set[str]) -> Sentences:
    """Read and check narratives.toml of the catalog in `directory`; a fault is a
    CatalogError naming the file, the draft and the sentence. `items` and `computed`
    are the catalog's (cmdesk.catalog.model, which holds the result: not imported here)."""
    data = read_catalog_file(directory, SENTENCES_FILE)
    checker = _Checker(items, computed, indicators, groups)
    of_which = data.get("of_which", {})
    where = f"{SENTENCES_FILE}, [of_which]"
    text = checker.text(of_which, "text", where, {"details"})
    parts = []
    for n, part in enumerate(of_which.get("part", []), 1):
        part_where = f"{where}, part {n}"
        if part.get("part") not in {p for item in items for p in item.parts}:
            raise CatalogError(f"{part_where}: unknown part '{part.get('part')}'.")
        parts.append(OfWhichPart(part["part"], checker.text(part, "text", part_where, {"n"}),
                                 bool(part.get("unless_all", False))))
    drafts = [checker.draft(entry, n) for n, entry in enumerate(data.get("draft", []), 1)]
    seen: set[str] = set()
    for draft in drafts:
        if draft.code in seen:
            raise CatalogError(f"{SENTENCES_FILE}: draft code '{draft.code}' appears twice.")
        seen.add(draft.code)
    return Sentences(tuple(drafts), text, tuple(parts))
