"""The submissions: SRAAP tracker, VA update and Form J.

Each document is built from the store as a plain document model (`model.py`;
builders in `sraap.py`, `va_update.py`, `form_j.py`), then written by the xlsx writer
(`xlsx.py`, openpyxl) or the PDF writer (`pdf.py`, reportlab). `export.py` puts the two
together behind the draft gate. The writers import openpyxl / reportlab only when
they run, so importing this package stays cheap.

Public API (for the Reports page and the CLI):

- `build_document(kind, store, catalog, year, *, draft=False) -> Document`
- `export_document(kind, store, catalog, year, path, *, draft=False, progress=None,
  blocking=None) -> ExportResult` (raises `DraftRequired` with `.findings`)
- `unacknowledged_errors(store, catalog, year) -> list[Finding]`: what blocks a
  final export (ask the user before exporting a draft)
- `DOCUMENT_KINDS`, `document_titles()`, `format_of(path)`
"""

from cmdesk.reports.export import (
    DOCUMENT_KINDS,
    DraftRequired,
    ExportResult,
    build_document,
    document_file_name,
    document_titles,
    export_document,
    format_of,
    unacknowledged_errors,
    year_errors,
)
from cmdesk.reports.model import Document

__all__ = [
    "DOCUMENT_KINDS",
    "Document",
    "DraftRequired",
    "ExportResult",
    "build_document",
    "document_file_name",
    "document_titles",
    "export_document",
    "format_of",
    "unacknowledged_errors",
    "year_errors",
]
