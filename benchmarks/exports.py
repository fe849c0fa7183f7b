"""Export time: the three submissions (SRAAP tracker, VA update, Form J) of the demo
database, as xlsx and as PDF, against the floor measured in the same run: openpyxl
and reportlab writing the same cells and paragraphs directly. See benchmarks/README.md.

    python benchmarks/exports.py [--runs 7]

Prints, per document and format, the median seconds of CMDesk (reading the store,
building the document, writing it) and of the floor, and their ratio. It reports; it
never fails on a slow time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DOCUMENTS = (("sraap", 2025), ("va-update", 2024), ("form-j", 2024))
FORMATS = ("xlsx", "pdf")


def content(document):
    """The document's texts and table cells as plain lists: what the floor writes."""
    from cmdesk.reports.model import KeyValues, Table, cell_text

    blocks = []
    for block in document.blocks:
        if isinstance(block, Table):
            rows = [list(block.header)] + [[cell_text(c) if not isinstance(c, int) else c
                                            for c in row.cells] for row in block.rows]
            blocks.append(("table", rows))
        elif isinstance(block, KeyValues):
            blocks.append(("table", [[label, cell_text(value)] for label, value in block.pairs]))
        else:
            blocks.append(("text", block.text))
    return blocks


def floor_xlsx(blocks, path: Path) -> None:
    """openpyxl alone: every text and cell, one sheet, no styles or print set-up."""
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    for kind, data in blocks:
        if kind == "text":
            ws.append([data])
        else:
            for row in data:
                ws.append(row)
    workbook.save(path)


def floor_pdf(blocks, path: Path, landscape_page: bool) -> None:
    """reportlab alone: the same paragraphs and tables (cells as Paragraphs, so that
    they wrap as CMDesk's do), the built-in Helvetica, no page decoration."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    body, cell = styles["BodyText"], styles["BodyText"].clone("cell", fontSize=8.5, leading=11)
    page = landscape(A4) if landscape_page else A4
    doc = SimpleDocTemplate(str(path), pagesize=page)
    width = page[0] - doc.leftMargin - doc.rightMargin
    story = []
    for kind, data in blocks:
        if kind == "text":
            story.append(Paragraph(escape(data).replace("\n", "<br/>"), body))
        else:
            columns = max(len(row) for row in data)
            rows = [[Paragraph(escape(str(v)), cell) for v in row] + [""] * (columns - len(row))
                    for row in data]
            story.append(Table(rows, colWidths=[width / columns] * columns, repeatRows=1))
    doc.build(story)


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    args = parser.parse_args(argv)
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from cmdesk.catalog import load_catalog
    from cmdesk.demo import create_demo
    from cmdesk.reports import build_document, export_document

    catalog = load_catalog()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = create_demo(folder / "demo.cmdesk", catalog, "benchmark")
        try:
            print(f"exports benchmark: median of {args.runs} run(s), demo database, "
                  f"Python {sys.version.split()[0]}")
            print(f"  {'document':<10} {'format':<6} {'cmdesk':>8} {'floor':>8} {'ratio':>7}")
            ratios = []
            for kind, year in DOCUMENTS:
                document = build_document(kind, store, catalog, year)
                blocks = content(document)
                for fmt in FORMATS:
                    out = folder / f"{kind}.{fmt}"
                    floor_out = folder / f"{kind}-floor.{fmt}"
                    # One untimed run of each first: fonts, imports, caches.
                    export_document(kind, store, catalog, year, out)
                    write_floor = ((lambda: floor_xlsx(blocks, floor_out)) if fmt == "xlsx" else
                                   (lambda: floor_pdf(blocks, floor_out, document.landscape)))
                    write_floor()
                    ours = median_time(lambda: export_document(kind, store, catalog, year, out), args.runs)
                    floor = median_time(write_floor, args.runs)
                    ratios.append(ours / floor)
                    print(f"  {kind:<10} {fmt:<6} {ours:>7.3f}s {floor:>7.3f}s {ours / floor:>6.2f}x")
            print(f"exports: geometric mean ratio {statistics.geometric_mean(ratios):.2f}x "
                  f"(CMDesk over the raw libraries)")
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
