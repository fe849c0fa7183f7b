"""The submissions: SRAAP tracker, VA update and Form J.

Each document is built from the store as a plain document model (`model.py`;
builders in `sraap.py`, `va_update.py`, `form_j.py`), then written by the xlsx writer
(`xlsx.py`, openpyxl), the PDF writer (`pdf.py`, reportlab) or the Word writer
(`word.py`, python-docx; the VA update and Form J). `export.py` puts the two
together behind the draft gate. The writers import openpyxl / reportlab / python-docx only when
they run, so importing this package stays cheap.

Public API (for the Reports page and the CLI):

- `build_document(kind, store, catalog, year, *, draft=False) -> Document`
- `export_document(kind, store, catalog, year, path, *, draft=False, progress=None,
  blocking=None) -> ExportResult` (raises `DraftRequired` with `.findings`)
- `unacknowledged_errors(store, catalog, year) -> list[Finding]`: what blocks a
  final export (ask the user before exporting a draft)
- `kinds_for(store)`: the documents the database's office produces (the Convention
  documents `CONVENTION_KINDS` only at headquarters, raising `HeadquartersOnly`
  elsewhere; a province's database makes its provincial summary)
- `DOCUMENT_KINDS`, `KIND_FORMATS` (each document's formats), `document_titles()`,
  `format_of(path, kind=None)`
"""

from cmdesk.reports.export import (
    CONVENTION_KINDS,
    DOCUMENT_KINDS,
    KIND_FORMATS,
    DraftRequired,
    ExportResult,
    HeadquartersOnly,
    build_document,
    document_file_name,
    document_titles,
    export_document,
    format_of,
    kinds_for,
    unacknowledged_errors,
    year_errors,
)
from cmdesk.reports.model import Document

__all__ = [
    "CONVENTION_KINDS",
    "DOCUMENT_KINDS",
    "HeadquartersOnly",
    "KIND_FORMATS",
    "Document",
    "DraftRequired",
    "ExportResult",
    "build_document",
    "document_file_name",
    "document_titles",
    "export_document",
    "format_of",
    "kinds_for",
    "unacknowledged_errors",
    "year_errors",
]
