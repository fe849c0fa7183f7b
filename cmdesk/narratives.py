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


def _n(value: int) -> str:
    return format_count(value)


def _join(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) <= 1:
        return "".join(parts)
    return translate("Narratives", "{first} and {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1])


def _casualties(f: YearFigures) -> Draft | None:
    c = f.casualties
    if not c.total:
        return None
    o, p = c.outcome, c.person
    text = translate(
        "Narratives", "In {year}, Cambodia recorded {total} casualties, including {killed} killed, "
        "{injured} injured and {lost} lost limbs.").format(
        year=f.year, total=_n(c.total), killed=_n(o.get("killed", 0)),
        injured=_n(o.get("injured", 0)), lost=_n(o.get("lost_limb", 0)))
    if any(p.get(k) for k in ("men", "boys", "women", "girls")):
        text += " " + translate(
            "Narratives", "Of the total casualties {men} were men, {boys} were boys, {women} women "
            "and {girls} girls.").format(
            men=_n(p.get("men", 0)), boys=_n(p.get("boys", 0)), women=_n(p.get("women", 0)),
            girls=_n(p.get("girls", 0)))
        if p.get("unknown"):
            text += " " + translate("Narratives", "The sex or age of {n} is not known.").format(
                n=_n(p["unknown"]))
    previous = f.previous_casualties.total
    if previous:
        text += " " + translate("Narratives", "In {year}, {n} casualties were recorded.").format(
            year=f.year - 1, n=_n(previous))
    figures: dict[str, int | float] = {"casualties:total": c.total}
    for code in ("killed", "injured", "lost_limb"):
        figures[f"casualties:{code}"] = o.get(code, 0)
    for code in ("men", "boys", "women", "girls", "unknown"):
        figures[f"casualties:{code}"] = p.get(code, 0)
    return Draft("casualties", ("32.1",), text, figures)


class SentencePart(NamedTuple):
    """One part of a drafted sentence's list (resources/catalog/narratives.toml): printed
    when `figure` (an item or a computed group total) was entered; `names` are the
    other placeholders of `text` and the items they give."""

    figure: str
    text: str
    names: tuple[tuple[str, str], ...] = ()


class DevicesSentence(NamedTuple):
    indicator: str
    total: str  # the stated total the sentence gives
    text: str
    parts: tuple[SentencePart, ...]


def _template_where(key: str) -> str:
    return f"narratives.toml, [{key}]"


def devices_sentence(catalog: Catalog, directory=None) -> DevicesSentence:
    """The devices sentence as narratives.toml gives it, its codes checked against
    `catalog` (CatalogError naming the file, part and code when one is unknown)."""
    from cmdesk.catalog import read_catalog_file
    from cmdesk.errors import CatalogError

    data = read_catalog_file(directory, "narratives.toml").get("devices")
    if not isinstance(data, dict):
        raise CatalogError("narratives.toml has no [devices] sentence.")
    known = {item.code for item in catalog.items} | {c.code for c in catalog.computed}
    parts = []
    for n, part in enumerate(data.get("part", []), 1):
        names = tuple((name, code) for name, code in part.items() if name not in ("figure", "text"))
        for code in (part.get("figure"), *(code for _, code in names)):
            if code not in known:
                raise CatalogError(f"{_template_where('devices')}, part {n}: unknown item '{code}'.")
        parts.append(SentencePart(part["figure"], part["text"], names))
    if data.get("total") not in known:
        raise CatalogError(f"{_template_where('devices')}: unknown item '{data.get('total')}'.")
    return DevicesSentence(data.get("indicator", ""), data["total"], data["text"], tuple(parts))


def _devices(f: YearFigures, catalog: Catalog) -> Draft | None:
    sentence = devices_sentence(catalog)
    computed = {c.code for c in catalog.computed}
    stated = f.value(sentence.total)
    summed = f.summed(catalog.item(sentence.total).components)
    if stated is None and summed is None:
        return None
    used: dict[str, int | float] = {}

    def figure(code: str) -> int | None:
        if code in computed:
            value = f.computed.get(code)
            key = f"computed:{code}"
        else:
            value = f.value(code)
            key = f"value:{code}/{TOTAL}"
        if value is not None:
            used[key] = value
        return value

    parts: list[str] = []
    for part in sentence.parts:
        value = figure(part.figure)
        if value is None:
            continue
        named = {name: _n(figure(code) or 0) for name, code in part.names}
        parts.append(translate("Narratives", part.text).format(n=_n(value), **named))
    total = stated if stated is not None else summed
    assert total is not None  # one of the two is, or there is no draft (above)
    if stated is not None:
        used[f"value:{sentence.total}/{TOTAL}"] = stated
    text = translate("Narratives", sentence.text).format(year=f.year, total=_n(total))
    text += (translate("Narratives", ", including {list}.").format(list=_join(parts)) if parts else ".")
    # A stated total that differs from its types is a finding of the year's checks
    # (rules.toml), never a note inside the State's sentence.
    return Draft("devices", (sentence.indicator,), text, used)


def _with_parts(f: YearFigures, code: str, used: dict, women_only: bool = False) -> tuple[str, str] | None:
    """An item's total and its "of which" parts, as ('26,988', ' (including 8,860
    mine/ERW survivors)'), the second empty when there are none; None without a total."""
    total = f.value(code)
    if total is None:
        return None
    used[f"value:{code}/{TOTAL}"] = total
    details = []
    female = f.value(code, "female")
    if female is not None:
        used[f"value:{code}/female"] = female
        details.append(translate("Narratives", "{n} women").format(n=_n(female)) if women_only
                       else translate("Narratives", "{n} women and girls").format(n=_n(female)))
    survivors = f.value(code, "survivor")
    if survivors is not None and survivors != total:
        used[f"value:{code}/survivor"] = survivors
        details.append(translate("Narratives", "{n} mine/ERW survivors").format(n=_n(survivors)))
    if not details:
        return f.stated(code), ""
    return f.stated(code), translate("Narratives", " (including {details})").format(details=_join(details))


def _rehabilitation(f: YearFigures) -> list[Draft]:
    drafts = []
    used: dict = {}
    care = _with_parts(f, "svc.medical_care", used)
    if care:
        drafts.append(Draft("medical_care", ("33.2",), translate(
            "Narratives", "In {year}, {n} persons with disabilities{details}, including mine/ERW "
            "survivors, received medical care, including physiotherapy and surgical interventions.")
            .format(year=f.year, n=care[0], details=care[1]), used))
    used = {}
    sentences = []
    clients = _with_parts(f, "svc.prc_clients", used)
    if clients:
        sentences.append(translate("Narratives", "In {year}, {n} persons with disabilities{details} "
                                   "were provided services by the physical rehabilitation centres "
                                   "(PRCs).").format(year=f.year, n=clients[0], details=clients[1]))
    assessed, treatments = f.value("svc.physio_assessment"), f.value("svc.physio_treatment")
    if assessed is not None and treatments is not None:
        used.update({f"value:svc.physio_assessment/{TOTAL}": assessed,
                     f"value:svc.physio_treatment/{TOTAL}": treatments})
        sentences.append(translate("Narratives", "{assessed} individuals were assessed by "
                                   "physiotherapists and {treatments} physiotherapy treatments were "
                                   "provided.").format(assessed=_n(assessed), treatments=_n(treatments)))
    provinces, cbr = f.value("svc.cbr_provinces"), f.value("svc.cbr_beneficiaries")
    if provinces is not None and cbr is not None:
        used.update({f"value:svc.cbr_provinces/{TOTAL}": provinces,
                     f"value:svc.cbr_beneficiaries/{TOTAL}": cbr})
        sentences.append(translate("Narratives", "Community-based rehabilitation (CBR) services are "
                                   "available in {provinces} provinces, and {n} persons with "
                                   "disabilities benefited from them.").format(
                                       provinces=_n(provinces), n=_n(cbr)))
    if sentences:
        drafts.append(Draft("rehabilitation", ("35.1",), " ".join(sentences), used))
    return drafts


def _psychosocial(f: YearFigures) -> list[Draft]:
    drafts = []
    trained = f.value("svc.psychosocial_trained")
    if trained is not None:
        drafts.append(Draft("psychosocial", ("36.1",), translate(
            "Narratives", "In {year}, {n} individuals completed psychosocial support training.")
            .format(year=f.year, n=_n(trained)), {f"value:svc.psychosocial_trained/{TOTAL}": trained}))
    peers, groups = f.value("svc.peer_counselling"), f.value("svc.self_help_groups")
    if peers is not None:
        used: dict = {f"value:svc.peer_counselling/{TOTAL}": peers}
        text = translate("Narratives", "In {year}, {n} individuals were provided with peer-to-peer "
                         "counselling.").format(year=f.year, n=_n(peers))
        if groups is not None:
            used[f"value:svc.self_help_groups/{TOTAL}"] = groups
            text += " " + translate("Narratives", "{n} self-help groups were active.").format(n=_n(groups))
        drafts.append(Draft("peer_support", ("36.2",), text, used))
    return drafts


def _inclusion(f: YearFigures, catalog: Catalog) -> list[Draft]:
    used: dict = {}
    lines = []
    for item in catalog.items_in_group("inclusion"):
        if item.is_stated_total:
            continue
        figure = _with_parts(f, item.code, used)
        if figure:
            lines.append(f"- {item.label}: {figure[0]}{figure[1]}")
    drafts = []
    if lines:
        drafts.append(Draft("inclusion", ("37.2",), translate(
            "Narratives", "In {year}, persons with disabilities, including mine/ERW survivors, were "
            "provided with socio-economic services:").format(year=f.year) + "\n" + "\n".join(lines),
            used))
    stated = f.value("inc.total_reported")
    if stated is not None:
        drafts.append(Draft("inclusion_total", ("37.3",), translate(
            "Narratives", "In {year}, {n} persons with disabilities, including mine/ERW survivors, "
            "benefited from socio-economic services.").format(year=f.year, n=f.stated("inc.total_reported")),
            {f"value:inc.total_reported/{TOTAL}": stated}))
    return drafts


def _data_collection(f: YearFigures) -> list[Draft]:
    drafts = []
    assessed = f.value("qls.persons_assessed")
    if assessed is not None:
        used: dict = {}
        with_parts = _with_parts(f, "qls.persons_assessed", used, women_only=True)
        assert with_parts is not None  # the item has a total (assessed)
        n, details = with_parts
        text = translate("Narratives", "In {year}, the Quality-of-Life Survey (QLS) identified and "
                         "assessed {n} persons with disabilities{details}.").format(
                             year=f.year, n=n, details=details)
        survivors = f.value("qls.survivors_assessed")
        if survivors is not None:
            used[f"value:qls.survivors_assessed/{TOTAL}"] = survivors
            women = f.value("qls.survivors_assessed", "female")
            if women is not None:
                used["value:qls.survivors_assessed/female"] = women
                text += " " + translate("Narratives", "Of them, {n} were mine/ERW survivors (including "
                                        "{women} women).").format(n=_n(survivors), women=_n(women))
            else:
                text += " " + translate("Narratives", "Of them, {n} were mine/ERW survivors.").format(
                    n=_n(survivors))
        drafts.append(Draft("qls", ("32.1",), text, used))
    trained = f.value("dc.officials_trained")
    if trained is not None:
        drafts.append(Draft("data_training", ("32.1",), translate(
            "Narratives", "In {year}, {n} chiefs of communes and villages were trained in data "
            "collection.").format(year=f.year, n=_n(trained)),
            {f"value:dc.officials_trained/{TOTAL}": trained}))
    return drafts


def _funding(f: YearFigures) -> Draft | None:
    if not f.funding.lines:
        return None
    used = {"funding:national": f.funding.national}
    text = translate("Narratives", "In {year}, national resources including a budget of US${n} were "
                     "allocated to victim assistance.").format(year=f.year, n=format_money(f.funding.national))
    earmarked = [line for line in f.funding_lines
                 if line["earmarked"] and line["funder_kind"] != "national_budget"
                 and line["amount_usd"] is not None]
    if earmarked:
        used["funding:earmarked"] = f.funding.earmarked
        text += " " + translate("Narratives", "They were complemented by earmarked funds of {list}.").format(
            list=_join([translate("Narratives", "US${n} from {funder}").format(
                n=format_money(line["amount_usd"]), funder=line["funder"]) for line in earmarked]))
    return Draft("funding", ("40.1",), text, used)


def drafts(store: Store, catalog: Catalog, year: int, figures: YearFigures | None = None) -> list[Draft]:
    """The sentences CMDesk can draft from `year`'s figures, in the order of the
    indicators they belong to. Nothing is drafted from a figure that was not entered."""
    f = figures or year_figures(store, catalog, year)
    with english():  # drafted for the narrative the Committee reads, so in English
        found: list[Draft | None] = [
            _casualties(f), *_data_collection(f), *_rehabilitation(f), _devices(f, catalog),
            *_psychosocial(f), *_inclusion(f, catalog), _funding(f),
        ]
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
