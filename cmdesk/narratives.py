"""Narratives per SRAAP indicator and year: statuses, sentences drafted from the data,
and the check that a narrative's numbers still match the data.

- `status_labels()`: the four statuses and their labels.
- `drafts(store, catalog, year)`: sentences written from the year's figures ("In 2024,
  Cambodia recorded 49 casualties, ..."), each with the indicators it belongs to and
  the figures it states, for the staff to accept or edit.
- `accept_draft(...)`: puts a draft into an indicator's narrative and remembers the
  figures it states (the narrative's `based_on`, a JSON object {figure key: value}).
  Later edits of the wording keep that memory; `save_narrative(...)` with
  `forget_figures=True` drops it (the staff rewrote the text from scratch).
- `out_of_date(store, catalog, year)`: for each narrative whose remembered figures
  differ from today's data, which figures changed, from what to what.
- `indicator_entries(store, catalog, year)`: everything the SRAAP & narrative page
  shows for a year, one entry per indicator in the catalog's order.

A narrative belongs to the data year it reports on (the year of the figures): the
2024 narratives go into the documents on 2024. The Committee's requests are stored
under the year whose report must answer them.
"""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import Mapping, NamedTuple

from cmdesk.catalog import TOTAL, Catalog
from cmdesk.catalog.sentences import CONTEXT_FIGURES, DraftTemplate, Sentence, SentenceList
from cmdesk.errors import InputError
from cmdesk.figures import YearFigures, year_figures
from cmdesk.funding import format_money
from cmdesk.i18n import english, translate
from cmdesk.numbers import format_count
from cmdesk.store import Store
from cmdesk.store.narratives import NARRATIVE_STATUSES

DEFAULT_STATUS = "not_reported"


def status_labels() -> dict[str, str]:
    """Each status's label, in NARRATIVE_STATUSES order."""
    return {
        "reported": translate("Narratives", "Reported"),
        "partly": translate("Narratives", "Partly reported"),
        "not_reported": translate("Narratives", "Not reported"),
        "not_applicable": translate("Narratives", "Not applicable"),
    }


def status_label(status: str) -> str:
    return status_labels().get(status, status)


# --- drafts -----------------------------------------------------------------------------


class Draft(NamedTuple):
    """A sentence (or a few) drafted from the data. `code` names the draft
    ("casualties", "devices", ...); `indicators` are the indicator codes it belongs to,
    the first being where it is proposed; `figures` are the figure keys and values
    the text states (see cmdesk.reports.figures)."""

    code: str
    indicators: tuple[str, ...]
    text: str
    figures: Mapping[str, int | float] = MappingProxyType({})  # read-only: the default is shared


def _n(value: int | float) -> str:
    return format_count(int(value))


def _join(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) <= 1:
        return "".join(parts)
    return translate("Narratives", "{first} and {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1])


def _tr(text: str) -> str:
    # The texts are narratives.toml's; packaging/translations.py collects them.
    return translate("Narratives", text)


class _Drafting:
    """Drafts the sentences of narratives.toml (cmdesk/catalog/sentences.py) from one
    year's figures, remembering the figures each drafted sentence states."""

    def __init__(self, f: YearFigures, catalog: Catalog) -> None:
        self.f = f
        self.catalog = catalog
        self.sentences = catalog.sentences
        self.computed = {c.code for c in catalog.computed}

    # -- one figure ---------------------------------------------------------------------

    @staticmethod
    def is_count(figure: str) -> bool:
        """A register or funding figure (0 when there is no record), not an item."""
        return ":" in figure

    def value(self, figure: str) -> int | float | None:
        f = self.f
        if figure == "previous_year:casualties:total":
            return f.previous_casualties.total
        if figure == "funding:lines":
            return f.funding.lines
        if self.is_count(figure):
            return f.get(figure)
        if figure in self.computed:
            return f.computed.get(figure)
        code, _, part = figure.partition("/")
        return f.value(code, part or TOTAL)

    def present(self, figure: str, value: int | float | None) -> bool:
        return bool(value) if self.is_count(figure) else value is not None

    def shown(self, figure: str, value: int | float | None) -> str:
        if figure.startswith("funding:") and figure != "funding:lines":
            return format_money(value or 0)
        if value is None or self.is_count(figure) or figure in self.computed:
            return _n(value or 0)
        code, _, part = figure.partition("/")
        return self.f.stated(code, part or TOTAL)

    def remember(self, used: dict, figure: str, value: int | float | None) -> None:
        if figure in CONTEXT_FIGURES or not (self.is_count(figure) or value is not None):
            return
        if self.is_count(figure):
            key = figure
        elif figure in self.computed:
            key = f"computed:{figure}"
        else:
            code, _, part = figure.partition("/")
            key = f"value:{code}/{part or TOTAL}"
        used[key] = value if value is not None else 0

    # -- the pieces of a sentence ---------------------------------------------------------

    def details(self, code: str, sentence: Sentence, used: dict) -> str:
        """An item's "of which" parts, as ' (including 8,860 mine/ERW survivors)'; ""
        when none was entered."""
        total = self.f.value(code)
        worded = dict(sentence.of_which)
        found = []
        for part in self.sentences.of_which:
            value = self.f.value(code, part.part)
            if value is None or (part.unless_all and value == total):
                continue
            self.remember(used, f"{code}/{part.part}", value)
            found.append(_tr(worded.get(part.part, part.text)).format(n=self.shown(f"{code}/{part.part}", value)))
        return _tr(self.sentences.of_which_text).format(details=_join(found)) if found else ""

    def entries(self, listed: SentenceList, used: dict) -> list[str]:
        found = []
        for part in listed.parts:
            value = self.value(part.figure)
            if not self.present(part.figure, value):
                continue
            self.remember(used, part.figure, value)
            named = {}
            for name, figure in part.figures:
                named[name] = self.shown(figure, self.value(figure))
                self.remember(used, figure, self.value(figure))
            found.append(_tr(part.text).format(n=self.shown(part.figure, value), **named))
        for item in self.catalog.items_in_group(listed.group) if listed.group else ():
            value = self.f.value(item.code)
            if item.is_stated_total or value is None:
                continue
            self.remember(used, item.code, value)
            found.append(listed.line.format(label=item.label, n=self.f.stated(item.code),
                                            details=self.details(item.code, Sentence(""), used)))
        if listed.funding == "earmarked":
            found.extend(
                _tr(listed.entry).format(n=format_money(line["amount_usd"]), funder=line["funder"])
                for line in self.f.funding_lines
                if line["earmarked"] and line["funder_kind"] != "national_budget"
                and line["amount_usd"] is not None)
        return found

    def sentence(self, sentence: Sentence, used: dict) -> list[str]:
        """The sentence and its follow-ons, or [] when its figures are not there."""
        values = {name: self.value(figure) for name, figure in sentence.figures}
        stated_missing = set()
        for name in sentence.sum_when_missing:
            if values[name] is None:
                values[name] = self.f.summed(self.catalog.item(sentence.figure(name)).components)
                stated_missing.add(name)
        present = {name for name, figure in sentence.figures if self.present(figure, values[name])}
        if (not all(name in present for name in sentence.requires)
                or (sentence.requires_any and not present & set(sentence.requires_any))
                or present & set(sentence.unless)):
            return []
        mine: dict = {}
        fields = {name: (_n(values[name] or 0) if name in stated_missing
                         else self.shown(figure, values[name])) for name, figure in sentence.figures}
        for name, figure in sentence.figures:
            if name not in stated_missing:
                self.remember(mine, figure, values[name])
        if sentence.details:
            fields["details"] = self.details(sentence.figure(sentence.details), sentence, mine)
        text = ""
        listed = sentence.list
        if listed is not None:
            entries = self.entries(listed, mine)
            if not entries and listed.otherwise is None:
                return []
            if listed.lines:
                text = "".join("\n" + entry for entry in entries)
            elif listed.text:
                text = _tr(listed.text).format(list=_join(entries)) if entries else _tr(listed.otherwise or "")
            else:
                fields["list"] = _join(entries)
        year = self.f.year - 1 if sentence.previous_year else self.f.year
        texts = [_tr(sentence.text).format(year=year, **fields) + text]
        used.update(mine)
        for follow_on in sentence.then:
            texts.extend(self.sentence(follow_on, used))
        return texts

    def draft(self, template: DraftTemplate) -> Draft | None:
        used: dict[str, int | float] = {}
        texts = [text for sentence in template.sentences for text in self.sentence(sentence, used)]
        if not texts:
            return None
        return Draft(template.code, template.indicators, " ".join(texts), used)


def drafts(store: Store, catalog: Catalog, year: int, figures: YearFigures | None = None) -> list[Draft]:
    """The sentences CMDesk can draft from `year`'s figures, in the order of the
    indicators they belong to (resources/catalog/narratives.toml says which sentences
    and from which figures). Nothing is drafted from a figure that was not entered."""
    f = figures or year_figures(store, catalog, year)
    drafting = _Drafting(f, catalog)
    with english():  # drafted for the narrative the Committee reads, so in English
        found = [drafting.draft(template) for template in catalog.sentences.drafts]
    order = {ind.code: n for n, ind in enumerate(catalog.indicators())}
    result = [d for d in found if d is not None]
    return sorted(result, key=lambda d: order.get(d.indicators[0], len(order)))


def drafts_for(store: Store, catalog: Catalog, year: int, indicator: str) -> list[Draft]:
    return [d for d in drafts(store, catalog, year) if indicator in d.indicators]


# --- remembering the figures --------------------------------------------------------------


def _based_on(text: str) -> dict[str, int | float]:
    if not text:
        return {}
    try:
        found = json.loads(text)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def accept_draft(store: Store, indicator: str, year: int, draft: Draft, *,
                 append: bool = True) -> str:
    """Put `draft` into the indicator's narrative (after the text already there when
    `append`, else in its place), remember its figures, and mark the indicator
    reported when its status was the default. One transaction; returns the new text."""
    current = {row["indicator"]: row for row in store.narratives.for_year(year)}.get(indicator)
    old_text = current["narrative"] if current else ""
    old_figures = _based_on(current["based_on"]) if current and append else {}
    if append and old_text.strip() and draft.text not in old_text:
        text = old_text.rstrip() + "\n" + draft.text
    elif append and draft.text in old_text:
        text = old_text
    else:
        text = draft.text
    fields = {"narrative": text,
              "based_on": json.dumps({**old_figures, **draft.figures}, sort_keys=True)}
    if current is None or current["status"] == DEFAULT_STATUS:
        fields["status"] = "reported"
    store.narratives.set_fields(indicator, year, **fields)
    return text


def save_narrative(store: Store, indicator: str, year: int, *, status: str | None = None,
                   narrative: str | None = None, state_answer: str | None = None,
                   committee_request: str | None = None, forget_figures: bool = False) -> None:
    """Save what the staff typed for one indicator and year (None: unchanged), in one
    transaction. The remembered figures stay (an edited draft still states them)
    unless `forget_figures`."""
    if status is not None and status not in NARRATIVE_STATUSES:
        raise InputError(translate("Narratives", "Unknown status '{status}'.").format(status=status))
    fields = {name: value for name, value in (
        ("status", status), ("narrative", narrative), ("state_answer", state_answer),
        ("committee_request", committee_request)) if value is not None}
    if forget_figures:
        fields["based_on"] = ""
    if fields:
        store.narratives.set_fields(indicator, year, **fields)


class FigureChange(NamedTuple):
    key: str
    stated: int | float  # the value the narrative was drafted from
    now: int | float | None  # today's value (None: no longer entered)


def states_casualty_figures(store: Store, year: int) -> bool:
    """Whether a narrative of `year` was drafted from the register's figures."""
    return any(key.startswith("casualties:") for row in store.narratives.for_year(year)
               for key in _based_on(row["based_on"]))


def out_of_date(store: Store, catalog: Catalog, year: int,
                figures: YearFigures | None = None) -> dict[str, list[FigureChange]]:
    """{indicator: [changed figures]} for `year`'s narratives whose remembered figures
    differ from today's data; indicators whose figures still match are left out."""
    f = figures or year_figures(store, catalog, year)
    result: dict[str, list[FigureChange]] = {}
    for row in store.narratives.for_year(year):
        changes = [FigureChange(key, stated, f.get(key))
                   for key, stated in sorted(_based_on(row["based_on"]).items())
                   if f.get(key) != stated]
        if changes and row["narrative"].strip():
            result[row["indicator"]] = changes
    return result


# --- the SRAAP & narrative page --------------------------------------------------------


class IndicatorEntry(NamedTuple):
    action: int
    cross_cutting: bool
    code: str
    text: str
    status: str
    narrative: str
    committee_request: str
    state_answer: str
    drafts: tuple[Draft, ...]
    out_of_date: tuple[FigureChange, ...]

    @property
    def is_empty(self) -> bool:
        """Nothing entered by the State (the default status and no text)."""
        return (self.status == DEFAULT_STATUS and not self.narrative.strip()
                and not self.state_answer.strip())


def indicator_entries(store: Store, catalog: Catalog, year: int,
                      figures: YearFigures | None = None) -> list[IndicatorEntry]:
    """One entry per SRAAP indicator for `year`, in the catalog's order, with its
    stored fields, the drafts that belong to it and the figures gone out of date."""
    f = figures or year_figures(store, catalog, year)
    stored = {row["indicator"]: row for row in store.narratives.for_year(year)}
    all_drafts = drafts(store, catalog, year, f)
    stale = out_of_date(store, catalog, year, f)
    entries = []
    for action in catalog.actions:
        for indicator in action.indicators:
            row = stored.get(indicator.code, {})
            entries.append(IndicatorEntry(
                action=action.number, cross_cutting=action.cross_cutting, code=indicator.code,
                text=indicator.text, status=row.get("status", DEFAULT_STATUS),
                narrative=row.get("narrative", ""), committee_request=row.get("committee_request", ""),
                state_answer=row.get("state_answer", ""),
                drafts=tuple(d for d in all_drafts if indicator.code in d.indicators),
                out_of_date=tuple(stale.get(indicator.code, ())),
            ))
    return entries
