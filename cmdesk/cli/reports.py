"""The documents: `export sraap`, `export va-update`, `export form-j` (headquarters),
`export provincial-summary` (a provincial office)."""

from __future__ import annotations

import argparse
from pathlib import Path

from cmdesk import i18n
from cmdesk.catalog import load_catalog
from cmdesk.cli.common import Commands, open_to_read, year_argument
from cmdesk.i18n import translate


def register(commands: Commands) -> None:
    documents = {
        "sraap": translate("CLI", "write the SRAAP country reporting tracker (.xlsx or .pdf)"),
        "va-update": translate("CLI", "write the VA update to the Committee (.xlsx, .pdf or .docx)"),
        "form-j": translate("CLI", "write Form J of the Article 7 report (.xlsx, .pdf or .docx)"),
        "provincial-summary": translate("CLI", "write a provincial office's summary of the year "
                                        "(.pdf or .xlsx): its casualties, services and devices "
                                        "(a provincial database only; headquarters writes the "
                                        "documents above)"),
    }
    for name, help_text in documents.items():
        document = commands.add(name, help_text, _cmd_export_document, group="export")
        document.add_argument("--year", type=year_argument, required=True, help=translate("CLI", "the reporting year"))
        document.add_argument("--out", type=Path, required=True, help=translate(
            "CLI", "the file to write: FILE.xlsx, FILE.pdf or FILE.docx (Word: the VA update and Form J)"))
        document.add_argument("--draft", action="store_true", help=translate(
            "CLI", "export even though the year's figures have errors; every page is marked DRAFT"))
        if name == "va-update":
            document.add_argument("--khmer", action="store_true", help=translate(
                "CLI", "write it in Khmer, for national use (the Committee's copy is the English one)"))


def _cmd_export_document(args: argparse.Namespace) -> int:
    from cmdesk.reports import export_document
    from cmdesk.reports.export import written_in_khmer

    catalog = load_catalog()
    # The provincial summary follows --lang (else the window's language), and then
    # the window's Khmer digits; the VA update is in Khmer only with --khmer.
    khmer = written_in_khmer(args.what, i18n.current_language(), getattr(args, "khmer", False))
    with open_to_read(args, catalog) as store:
        result = export_document(args.what, store, catalog, args.year, args.out, draft=args.draft,
                                 khmer=khmer, khmer_digits=khmer and i18n.saved_khmer_digits())
        print(translate("CLI", "{path} written{draft}.").format(
            path=result.path, draft=translate("CLI", " (DRAFT)") if result.draft else ""))
    return 0
