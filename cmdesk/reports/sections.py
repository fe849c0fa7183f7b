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
from cmdesk.reports.model import Block, CellValue, KeyValues, Money, NoData, Paragraph, Row, Stated, Table
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


def not_recorded() -> NoData:
    """What a document prints for a year the register holds no record of: never 0,
    which a reader takes for "no casualties"."""
    return NoData(translate("Reports", "not recorded"))


def _casualty_blocks(f: YearFigures) -> list[Block]:
    """The year's casualties beside the previous year's and the totals since records
    began. A year without records prints "not recorded" (a dash in its rows)."""
    now, before, since = f.casualties, f.previous_casualties, f.since_records_began
    if not now.recorded and since is None:
        return []
    columns = [now, before] + ([since] if since is not None else [])
    dash = NoData("–")

    def cell(counts, value: int, first: bool = False):
        if counts.recorded:
            return value
        return not_recorded() if first else dash

    def line(label: str, pick, kind: str = "data") -> Row:
        return Row((label, *(cell(c, pick(c), kind == "total") for c in columns)), kind)

    rows = [line(translate("Reports", "Casualties"), lambda c: c.total, "total")]
    rows += [line(casualty_label(code), lambda c, code=code: c.outcome.get(code, 0))
             for code in CASUALTY_OUTCOMES]

    def band(title: str, group: str, order=()) -> None:
        present = set().union(*(getattr(c, group) for c in columns))
        codes = [c for c in order if c in present] + sorted(present - set(order))
        if codes:
            rows.append(Row((title,), "band"))
            rows.extend(line(casualty_label(code), lambda c, code=code: getattr(c, group).get(code, 0))
                        for code in codes)

    band(translate("Reports", "By sex and age"), "person", CASUALTY_PERSONS)
    band(translate("Reports", "By device type"), "device_type")
    band(translate("Reports", "By status"), "status")
    header = [translate("Reports", "Casualties of mines and explosive remnants of war"),
              str(f.year), str(f.year - 1)]
    if since is not None:
        header.append(translate("Reports", "Since records began ({first}-{year})").format(
            first=since.first_year, year=f.year))
    notes = [translate("Reports", "Killed, injured and lost limbs are separate groups: "
                       "\"injured\" counts survivors without an amputation.")]
    for counts in (now, before):
        if not counts.recorded:
            notes.append(translate("Reports", "The register holds no casualty record for {year}: "
                                   "its figures are not recorded, not zero.").format(year=counts.year))
    return [
        Table(tuple(header), tuple(rows), (5, 1.3, 1.3) + ((1.8,) if since is not None else ()),
              caption=translate("Reports", "Casualties recorded in the register")),
        *(Paragraph(note, "note") for note in notes),
    ]


def figure_cell(f: YearFigures, item: str, part: str = TOTAL) -> CellValue:
    """A figure as a table cell: the count, or a `Stated` one ("over 2,800")."""
    value = f.value(item, part)
    qualifier = f.qualifier(item, part)
    return Stated(value, qualifier) if value is not None and qualifier else value


def _items_table(f: YearFigures, catalog: Catalog, codes: list[str], caption: str) -> list[Block]:
    items = [catalog.item(code) for code in codes if (code, TOTAL) in f.values]
    if not items:
        return []  # nothing entered: left out, never a placeholder in the State's document
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
        cells: list = [item.label, catalog.units[item.unit], figure_cell(f, item.code)]
        cells += [figure_cell(f, item.code, p) for p in parts]
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

    def column_names(total) -> tuple[str, ...]:
        # The catalog names the columns; a computed item without them (one added by
        # staff) shows its items' labels.
        return total.columns or tuple(catalog.item(code).label for code in total.sum_of)

    columns: list[str] = []
    for c in computed:
        for name in column_names(c):
            if name not in columns:
                columns.append(name)
    rows = []
    for item in catalog.items_in_group(group):
        if item.is_stated_total or item.code in in_computed:
            if item.code in in_computed and any(item.code == c.sum_of[0] for c in computed):
                total = next(c for c in computed if c.sum_of[0] == item.code)
                if f.computed.get(total.code) is None:
                    continue
                cells = {name: f.value(code) for name, code in zip(column_names(total), total.sum_of)}
                rows.append(Row((computed_label(total), *[cells.get(col) for col in columns],
                                 f.computed[total.code])))
            continue
        if f.value(item.code) is not None:
            rows.append(Row((item.label, *[None] * len(columns), f.value(item.code))))
    if not rows and not any(f.value(i.code) is not None for i in stated_items):
        return []
    # A stated total that differs from its types shows as the two total rows; the
    # difference itself is a finding of the year's checks, not a note in the State's
    # document.
    for stated_item in stated_items:
        summed = f.summed(stated_item.components)
        stated = f.value(stated_item.code)
        if summed is not None:
            rows.append(Row((translate("Reports", "Total of the types above"), *[None] * len(columns),
                             summed), "total"))
        if stated is not None:
            rows.append(Row((translate("Reports", "Total as stated by the source"),
                             *[None] * len(columns), stated), "total"))
    # A detail column nobody entered anything in is left out.
    kept = [n for n in range(len(columns)) if any(row.kind != "band" and row.cells[1 + n] is not None
                                                 for row in rows)]
    rows = [Row((row.cells[0], *[row.cells[1 + n] for n in kept], row.cells[-1]), row.kind, row.group)
            for row in rows]
    header = (translate("Reports", "Type"), *[columns[n] for n in kept], translate("Reports", "Total"))
    return [Table(header, tuple(rows), (3.6, *[1.1] * len(kept), 1.2), caption=caption)]


def _funding_blocks(f: YearFigures) -> list[Block]:
    if not f.funding.lines:
        return []
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
