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


def interleaved(works: dict, runs: int) -> dict[str, list[float]]:
    """Seconds of each of `works` per round, the order rotating each round."""
    names = list(works)
    times: dict[str, list[float]] = {name: [] for name in names}
    for run in range(runs):
        shift = run % len(names)
        for name in names[shift:] + names[:shift]:
            start = time.perf_counter()
            works[name]()
            times[name].append(time.perf_counter() - start)
    return times


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    args = parser.parse_args(argv)
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from benchmarks import xlsx_floor
    from benchmarks.bigdb import spread
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
            ratios, styled_ratios, pdf_ratios = [], [], []
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
                    if fmt == "xlsx":
                        spec = xlsx_floor.extract(out)
                        styled_out = folder / f"{kind}-styled.xlsx"
                        write_styled = (lambda spec=spec, styled_out=styled_out:
                                        xlsx_floor.write(spec, styled_out))
                        write_styled()
                    timed = {"cmdesk": lambda: export_document(kind, store, catalog, year, out),
                             "floor": write_floor}
                    if fmt == "xlsx":
                        timed["styled"] = write_styled
                    got = interleaved(timed, args.runs)
                    ours = statistics.median(got["cmdesk"])
                    floor = statistics.median(got["floor"])
                    bare = [a / b for a, b in zip(got["cmdesk"], got["floor"])]
                    line = (f"  {kind:<10} {fmt:<6} {ours:>7.3f}s {floor:>7.3f}s "
                            f"{statistics.median(bare):>6.2f}x")
                    if fmt == "xlsx":
                        styled = [a / b for a, b in zip(got["cmdesk"], got["styled"])]
                        styled_ratios.append(statistics.median(styled))
                        line += (f"   styled floor {statistics.median(got['styled']):.3f}s "
                                 f"{statistics.median(styled):.2f}x ({spread(styled)})")
                    else:
                        pdf_ratios.append(statistics.median(bare))
                        line += f" ({spread(bare)})"
                    ratios.append(statistics.median(bare))
                    print(line)
            print(f"exports: geometric mean ratio {statistics.geometric_mean(ratios):.2f}x "
                  f"(CMDesk over the raw libraries, bare floors)")
            print(f"exports: xlsx against the floor with the same styles: geometric mean "
                  f"{statistics.geometric_mean(styled_ratios):.2f}x; pdf "
                  f"{statistics.geometric_mean(pdf_ratios):.2f}x")
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
