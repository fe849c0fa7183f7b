"""The xlsx writers' floor with the same styles: openpyxl writing, directly, every cell
CMDesk's workbook holds, each with the same font, fill, border, alignment and number
format (each distinct style set once, then copied cell to cell as openpyxl's
WorksheetCopy does), the same merges, column widths, row heights, frozen panes, print set-up and
page header and footer. `extract` reads CMDesk's file once (not timed); `write` is
the floor. What CMDesk does beyond it is reading the store, building the document
model and deciding the layout.
"""

from __future__ import annotations

from copy import copy
from pathlib import Path

_PAGE = ("paperSize", "orientation", "fitToWidth", "fitToHeight")


def extract(path: Path) -> dict:
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheets = []
    for ws in book.worksheets:
        styles: dict[tuple, int] = {}
        style_list = []
        cells = []
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None and not cell.has_style:
                    continue
                key = (repr(cell.font), repr(cell.fill), repr(cell.border), repr(cell.alignment),
                       cell.number_format, cell.quotePrefix)
                if key not in styles:
                    styles[key] = len(style_list)
                    style_list.append((copy(cell.font), copy(cell.fill), copy(cell.border),
                                       copy(cell.alignment), cell.number_format, cell.quotePrefix))
                cells.append((cell.row, cell.column, cell.value, cell.data_type, styles[key]))
        sheets.append({
            "title": ws.title, "cells": cells, "styles": style_list,
            "merges": [str(r) for r in ws.merged_cells.ranges],
            "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.width},
            "heights": {k: d.height for k, d in ws.row_dimensions.items() if d.height},
            "freeze": ws.freeze_panes, "print_titles": ws.print_title_rows,
            "print_area": ws.print_area,
            "page": {k: getattr(ws.page_setup, k) for k in _PAGE},
            "fit": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
            "tab": ws.sheet_properties.tabColor,
            "margins": (ws.page_margins.left, ws.page_margins.right, ws.page_margins.top,
                        ws.page_margins.bottom),
            "header": (ws.oddHeader.left.text, ws.oddHeader.center.text, ws.oddHeader.right.text),
            "footer": (ws.oddFooter.left.text, ws.oddFooter.center.text),
        })
    return {"sheets": sheets}


def write(spec: dict, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.worksheet.properties import PageSetupProperties

    book = Workbook()
    book.remove(book.active)
    for sheet in spec["sheets"]:
        ws = book.create_sheet(sheet["title"])
        # Each style as the attributes that differ from a new cell's: what a writer
        # sets by hand (assigning a default font costs openpyxl as much as another).
        blank = ws.cell(row=1, column=1)
        defaults = (blank.font, blank.fill, blank.border, blank.alignment, blank.number_format, False)
        names = ("font", "fill", "border", "alignment", "number_format", "quotePrefix")
        styles = [[(name, value) for name, value, default in zip(names, style, defaults)
                   if value != default] for style in sheet["styles"]]
        # A style's first cell is given its attributes; the others copy its style
        # record, as openpyxl's own WorksheetCopy copies a cell's style.
        first: dict[int, object] = {}
        for row, column, value, data_type, style in sheet["cells"]:
            cell = ws.cell(row=row, column=column, value=value)
            if data_type == "s" and value is not None:
                cell.data_type = "s"
            if style in first:
                cell._style = copy(first[style])
            else:
                for name, attribute in styles[style]:
                    setattr(cell, name, attribute)
                first[style] = cell._style
        for merged in sheet["merges"]:
            ws.merge_cells(merged)
        for key, width in sheet["widths"].items():
            ws.column_dimensions[key].width = width
        for key, height in sheet["heights"].items():
            ws.row_dimensions[key].height = height
        ws.freeze_panes = sheet["freeze"]
        if sheet["print_titles"]:
            ws.print_title_rows = sheet["print_titles"].split("!")[-1].replace("$", "")
        for key, value in sheet["page"].items():
            setattr(ws.page_setup, key, value)
        if sheet["fit"]:
            ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        if sheet["tab"] is not None:
            ws.sheet_properties.tabColor = sheet["tab"]
        (ws.page_margins.left, ws.page_margins.right, ws.page_margins.top,
         ws.page_margins.bottom) = sheet["margins"]
        ws.oddHeader.left.text, ws.oddHeader.center.text, ws.oddHeader.right.text = sheet["header"]
        ws.oddFooter.left.text, ws.oddFooter.center.text = sheet["footer"]
        ws.print_options.horizontalCentered = True
        if sheet["print_area"]:
            ws.print_area = sheet["print_area"].split("!")[-1].replace("$", "")
    book.save(path)
