"""Blocks the VA update and Form J share: the cover / point-of-contact block and the
figure tables of an action (`resources/catalog/sraap.toml`, `figures`)."""

from __future__ import annotations

from datetime import date

from cmdesk.catalog import TOTAL, Action, Catalog
from cmdesk.figures import (
    CASUALTY_OUTCOMES,
    CASUALTY_PERSONS,
    YearFigures,
    casualty_label,
    computed_label,
)
from cmdesk.funding import format_rate, funder_kind_label
from cmdesk.i18n import translate
from cmdesk.reports.model import Block, KeyValues, Money, Paragraph, Row, Table
from cmdesk.store import Store

STATE = "Cambodia"


def state_name(store: Store) -> str:
    return store.meta("state_name") or STATE


def long_date(iso: str) -> str:
    """'2025-04-30' -> '30 April 2025' (English: the submissions are in English)."""
    day = date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def period(year: int) -> str:
    return translate("Reports", "1 January {year} to 31 December {year}").format(year=year)


def submission_date(details: dict[str, str], today: date | None = None) -> str:
    """The stored submission date, else today's, as a long date."""
    return long_date(details.get("submission_date") or (today or date.today()).isoformat())


def contact_pairs(details: dict[str, str]) -> list[tuple[str, str]]:
    """The point of contact, as label/value pairs (empty fields left out)."""
    labels = {
        "focal_point": translate("Reports", "Focal point"),
        "contact_name": translate("Reports", "Contact"),
        "contact_position": translate("Reports", "Position"),
        "contact_address": translate("Reports", "Address"),
        "contact_phone": translate("Reports", "Telephone"),
        "contact_email": translate("Reports", "Email"),
    }
    return [(label, details[name]) for name, label in labels.items() if details.get(name)]


# --- figure blocks ------------------------------------------------------------------------


def _casualty_blocks(f: YearFigures) -> list[Block]:
    now, before = f.casualties, f.previous_casualties
    if not now.total and not before.total:
        return [Paragraph(translate("Reports", "No casualty recorded in {year} or {previous}.").format(
            year=f.year, previous=f.year - 1), "note")]
    rows = [Row((translate("Reports", "Casualties"), now.total, before.total), "total")]
    rows += [Row((casualty_label(code), now.outcome.get(code, 0), before.outcome.get(code, 0)))
             for code in CASUALTY_OUTCOMES]

    def band(title: str, mine: dict[str, int], theirs: dict[str, int], order=()) -> None:
        codes = [c for c in order if c in mine or c in theirs] or sorted(set(mine) | set(theirs))
        codes += sorted((set(mine) | set(theirs)) - set(codes))
        if codes:
            rows.append(Row((title,), "band"))
            rows.extend(Row((casualty_label(c), mine.get(c, 0), theirs.get(c, 0))) for c in codes)

    band(translate("Reports", "By sex and age"), now.person, before.person, CASUALTY_PERSONS)
    band(translate("Reports", "By device type"), now.device_type, before.device_type)
    band(translate("Reports", "By status"), now.status, before.status)
    return [
        Table((translate("Reports", "Casualties of mines and explosive remnants of war"),
               str(f.year), str(f.year - 1)), tuple(rows), (5, 1.2, 1.2),
              caption=translate("Reports", "Casualties recorded in the register")),
        Paragraph(translate("Reports", "Killed, injured and lost limbs are separate groups: "
                            "\"injured\" counts survivors without an amputation."), "note"),
    ]


def _items_table(f: YearFigures, catalog: Catalog, codes: list[str], caption: str) -> list[Block]:
    items = [catalog.item(code) for code in codes if (code, TOTAL) in f.values]
    if not items:
        return [Paragraph(translate("Reports", "{caption}: no figures entered for {year}.").format(
            caption=caption, year=f.year), "note")]
    parts = [p for p in catalog.parts if any((item.code, p) in f.values for item in items)]
    notes = any((item.code, TOTAL) in f.comments for item in items)
    header = [translate("Reports", "Item"), translate("Reports", "Unit"), translate("Reports", "Total")]
    header += [translate("Reports", "of which: {part}").format(part=catalog.parts[p].lower()) for p in parts]
    widths = [4.5, 1.3, 1.1] + [1.3] * len(parts)
    if notes:
        header.append(translate("Reports", "Note"))
        widths.append(2.6)
    rows = []
    for item in items:
        cells: list = [item.label, catalog.units[item.unit], f.values[(item.code, TOTAL)]]
        cells += [f.values.get((item.code, p)) for p in parts]
        if notes:
            cells.append(f.comments.get((item.code, TOTAL), ""))
        rows.append(Row(tuple(cells)))
    return [Table(tuple(header), tuple(rows), tuple(widths), caption=caption)]


def _devices_table(f: YearFigures, catalog: Catalog, group: str, caption: str) -> list[Block]:
    """Assistive devices: one row per type, its detail (lower / upper / spinal, adult /
    child) in columns, then the sum of the types and the total the source stated."""
    computed = [c for c in catalog.computed if c.group == group]
    in_computed = {code for c in computed for code in c.sum_of}
    stated_items = [i for i in catalog.items_in_group(group) if i.is_stated_total]

    def detail(label: str) -> str:
        return label.split(", ", 1)[1] if ", " in label else label

    columns: list[str] = []
    for c in computed:
        for code in c.sum_of:
            if detail(catalog.item(code).label) not in columns:
                columns.append(detail(catalog.item(code).label))
    rows = []
    for item in catalog.items_in_group(group):
        if item.is_stated_total or item.code in in_computed:
            if item.code in in_computed and any(item.code == c.sum_of[0] for c in computed):
                total = next(c for c in computed if c.sum_of[0] == item.code)
                if f.computed.get(total.code) is None:
                    continue
                cells = {detail(catalog.item(code).label): f.value(code) for code in total.sum_of}
                rows.append(Row((computed_label(total), *[cells.get(col) for col in columns],
                                 f.computed[total.code])))
            continue
        if f.value(item.code) is not None:
            rows.append(Row((item.label, *[None] * len(columns), f.value(item.code))))
    if not rows and not any(f.value(i.code) is not None for i in stated_items):
        return [Paragraph(translate("Reports", "{caption}: no figures entered for {year}.").format(
            caption=caption, year=f.year), "note")]
    blocks: list[Block] = []
    notes = []
    for stated_item in stated_items:
        summed = f.summed(stated_item.components)
        stated = f.value(stated_item.code)
        if summed is not None:
            rows.append(Row((translate("Reports", "Total of the types above"), *[None] * len(columns),
                             summed), "total"))
        if stated is not None:
            rows.append(Row((translate("Reports", "Total as stated by the source"),
                             *[None] * len(columns), stated), "total"))
        if stated is not None and summed is not None and stated != summed:
            notes.append(translate("Reports", "The total stated by the source ({stated:,}) differs from "
                                   "the sum of the types ({summed:,}) by {difference:+,}; both are "
                                   "given as reported.").format(
                                       stated=stated, summed=summed, difference=stated - summed))
    header = (translate("Reports", "Type"), *[c.capitalize() for c in columns], translate("Reports", "Total"))
    blocks.append(Table(header, tuple(rows), (3.6, *[1.1] * len(columns), 1.2), caption=caption))
    blocks.extend(Paragraph(note, "note") for note in notes)
    return blocks


def _funding_blocks(f: YearFigures) -> list[Block]:
    if not f.funding.lines:
        return [Paragraph(translate("Reports", "No funding line entered for {year}.").format(year=f.year), "note")]
    blocks: list[Block] = [KeyValues((
        (translate("Reports", "National budget (US$)"), Money(f.funding.national)),
        (translate("Reports", "International funding (US$)"), Money(f.funding.international)),
        (translate("Reports", "of which earmarked (US$)"), Money(f.funding.earmarked)),
        (translate("Reports", "Total (US$)"), Money(f.funding.total)),
    ))]
    blocks.append(funding_table(f, caption=translate("Reports", "Funding for victim assistance in {year}")
                                .format(year=f.year)))
    return blocks


def funding_table(f: YearFigures, caption: str, lines: list[dict] | None = None) -> Table:
    """Funding lines by funder: the amount in its currency, the rate and the US$ amount."""
    lines = f.funding_lines if lines is None else lines
    yes, no = translate("Reports", "yes"), translate("Reports", "no")
    rows = [Row((line["funder"], funder_kind_label(line["funder_kind"]), line["purpose"],
                 Money(line["amount"], line["currency"]), line["currency"],
                 format_rate(line["rate_to_usd"]) or "–",
                 Money(line["amount_usd"]) if line["amount_usd"] is not None else None,
                 yes if line["earmarked"] else no)) for line in lines]
    total = sum(line["amount_usd"] or 0 for line in lines)
    rows.append(Row((translate("Reports", "Total"), "", "", None, "", "", Money(total), ""), "total"))
    header = (translate("Reports", "Funder"), translate("Reports", "Kind"), translate("Reports", "Purpose"),
              translate("Reports", "Amount"), translate("Reports", "Currency"),
              translate("Reports", "Rate to US$"), translate("Reports", "Amount (US$)"),
              translate("Reports", "Earmarked"))
    return Table(header, tuple(rows), (3.0, 1.5, 2.4, 1.5, 1.45, 1.2, 1.6, 1.55), caption=caption)


def figure_blocks(figure: str, f: YearFigures, catalog: Catalog, shown: set[str]) -> list[Block]:
    """The blocks of one `figures` entry of an action. `shown` collects the items
    already printed, so that an item listed under two actions appears once."""
    kind, _, code = figure.partition(":")
    if figure == "casualties":
        return _casualty_blocks(f)
    if figure == "funding":
        return _funding_blocks(f)
    if kind == "group":
        group = next(g for g in catalog.groups if g.code == code)
        codes = [i.code for i in catalog.items_in_group(code) if i.code not in shown]
        shown.update(codes)
        if any(c.group == code for c in catalog.computed):
            return _devices_table(f, catalog, code, group.label)
        return _items_table(f, catalog, codes, group.label)
    if code in shown:
        return []
    shown.add(code)
    return _items_table(f, catalog, [code], catalog.item(code).label)


def action_figure_blocks(action: Action, f: YearFigures, catalog: Catalog,
                         shown: set[str], skip: tuple[str, ...] = ()) -> list[Block]:
    """The figure blocks of an action, but those named in `skip`."""
    return [block for figure in action.figures if figure not in skip
            for block in figure_blocks(figure, f, catalog, shown)]


def action_heading(action: Action) -> str:
    return translate("Reports", "Action {number}: {theme}").format(number=action.number, theme=action.theme)
