"""Building a document and writing it to a file, with the draft gate.

A year whose figures have errors is exported only as a draft (`draft=True`: the CLI's
`--draft`, the GUI's confirmation), and a draft is marked DRAFT on every page and
sheet. Which findings block an export is one swappable function (`blocking`),
by default the year's unacknowledged errors (cmdesk.review) but those of
sign-off-only rules (an empty year).

A submitted year's documents are those that were sent: its submission kept them, as
produced, in a snapshot (cmdesk/signoff), and exporting the year again writes those
bytes, not a new rendering of today's data.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Callable, NamedTuple

from cmdesk.catalog import Catalog
from cmdesk.errors import InputError, Remedy
from cmdesk.i18n import KHMER, english, in_language, translate
from cmdesk.reports.form_j import build_form_j
from cmdesk.reports.model import Document, with_khmer_digits
from cmdesk.reports.provincial import build_provincial_summary
from cmdesk.reports.sraap import build_sraap_tracker
from cmdesk.reports.va_update import build_va_update
from cmdesk.review import unacknowledged_errors, year_findings
from cmdesk.store import Store
from cmdesk.validation import Finding

Progress = Callable[[int, int, str], None]
"""progress(done, total, what): called as an export advances; raise to cancel."""
BlockingCheck = Callable[[Store, Catalog, int], list[Finding]]

BUILDERS = {
    "sraap": build_sraap_tracker,
    "va-update": build_va_update,
    "form-j": build_form_j,
    "provincial-summary": build_provincial_summary,
}
DOCUMENT_KINDS = tuple(BUILDERS)
# The documents to the Convention: only a headquarters database signs off a year and
# produces them; a provincial office's database makes its provincial summary instead.
CONVENTION_KINDS = ("sraap", "va-update", "form-j")
PROVINCIAL_KINDS = ("provincial-summary",)
FORMATS = {".xlsx": "xlsx", ".pdf": "pdf", ".docx": "docx"}
# The formats each document is written in: the tracker is the Committee's spreadsheet;
# the VA update and Form J are also Word documents, which the staff edit and approve.
KIND_FORMATS = {
    "sraap": ("xlsx", "pdf"),
    "va-update": ("xlsx", "pdf", "docx"),
    "form-j": ("xlsx", "pdf", "docx"),
    "provincial-summary": ("pdf", "xlsx"),
}


def document_titles() -> dict[str, str]:
    """Each document kind's name, for menus and messages."""
    return {
        "sraap": translate("Reports", "SRAAP country reporting tracker"),
        "va-update": translate("Reports", "VA update"),
        "form-j": translate("Reports", "Form J (Article 7 report)"),
        "provincial-summary": translate("Reports", "Provincial summary"),
    }


def kinds_for(store: Store) -> tuple[str, ...]:
    """The documents `store`'s office produces: the Convention documents at
    headquarters, the provincial summary in a province."""
    return CONVENTION_KINDS if store.office.is_headquarters else PROVINCIAL_KINDS


class HeadquartersOnly(InputError):
    """A provincial office's database asked to sign off a year or produce a document
    to the Convention; or headquarters asked for a provincial summary."""


def require_headquarters(store: Store, what: str) -> None:
    """Refuse (HeadquartersOnly) unless `store` is a headquarters database. `what`
    is the refused action in words ("submit 2024")."""
    if not store.office.is_headquarters:
        raise HeadquartersOnly(translate(
            "Reports", "{office}'s database cannot {what}: only headquarters signs off a year and "
            "produces the documents to the Convention. Send this database's data to headquarters, "
            "and export the year's provincial summary here instead.").format(
                office=store.office.name, what=what),
            remedy=Remedy.EXPORT_PROVINCIAL_SUMMARY)


def require_office_for(store: Store, kind: str, year: int) -> None:
    """Refuse a document the database's office does not produce (see `kinds_for`)."""
    if kind in CONVENTION_KINDS:
        require_headquarters(store, translate("Reports", "produce the {document} of {year}").format(
            document=document_titles()[kind], year=year))
    elif kind in PROVINCIAL_KINDS and store.office.is_headquarters:
        raise HeadquartersOnly(translate(
            "Reports", "The provincial summary is made in a provincial office's database, of its "
            "own figures. At headquarters, export the VA update or Form J."))


class DraftRequired(InputError):
    """The year has findings that block a final export; `findings` lists them."""

    def __init__(self, message: str, findings: list[Finding]) -> None:
        super().__init__(message)
        self.findings = findings


# Findings about signing a year off rather than about its figures: an empty year is
# not submitted, but its tracker (the Committee's requests it must answer) may be
# exported without a DRAFT mark.
SIGN_OFF_ONLY_KINDS = ("year_empty",)


def export_blocking(store: Store, catalog: Catalog, year: int) -> list[Finding]:
    """What makes an export a draft by default: the year's unacknowledged errors, but
    those of the sign-off-only rules."""
    sign_off_only = {rule.code for rule in catalog.rules if rule.kind in SIGN_OFF_ONLY_KINDS}
    return [f for f in unacknowledged_errors(store, catalog, year) if f.rule not in sign_off_only]


KHMER_ON_REQUEST = ("va-update",)
"""The Convention's documents that also have a Khmer version, for national use, when
asked for (the CLI's --khmer, the Reports page's box)."""
KHMER_KINDS = KHMER_ON_REQUEST + PROVINCIAL_KINDS
"""The documents CMDesk also writes in Khmer, for national use (not for the Committee)."""


def written_in_khmer(kind: str, language: str, asked: bool = False) -> bool:
    """Whether document `kind` is written in Khmer for a user of `language` ("en",
    "km"): the provincial summary, read by provincial and headquarters staff, in the
    user's language; the VA update only when its Khmer version is `asked` for (the
    Committee receives the English one); the other documents never."""
    if kind in PROVINCIAL_KINDS:
        return language == KHMER
    return asked and kind in KHMER_ON_REQUEST


def year_errors(store: Store, catalog: Catalog, year: int) -> list[Finding]:
    """Every error of the year's checks, acknowledged or not."""
    return [f for f in year_findings(store, catalog, year) if f.severity == "error"]


def build_document(kind: str, store: Store, catalog: Catalog, year: int, *,
                   draft: bool = False) -> Document:
    """The document model of `kind` ("sraap", "va-update", "form-j", or in a province's
    database "provincial-summary") for `year`; HeadquartersOnly for a document the
    database's office does not produce."""
    try:
        builder = BUILDERS[kind]
    except KeyError:
        raise InputError(translate("Reports", "Unknown document '{kind}': choose one of {kinds}.").format(
            kind=kind, kinds=", ".join(DOCUMENT_KINDS))) from None
    require_office_for(store, kind, year)
    document = builder(store, catalog, year)
    document.draft = draft
    return document


def format_of(path: Path, kind: str | None = None) -> str:
    """"xlsx", "pdf" or "docx", from the file name; InputError for anything else, or
    for a format document `kind` is not written in (the tracker has no .docx)."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(translate(
            "Reports", "{path}: give a file name ending in .xlsx (Excel), .pdf or .docx (Word); "
            "'{suffix}' is not a format CMDesk writes.").format(
            path=path, suffix=suffix or translate("Reports", "no extension")))
    fmt = FORMATS[suffix]
    if kind is not None and fmt not in KIND_FORMATS.get(kind, ()):
        raise InputError(translate(
            "Reports", "{path}: the {document} is written as {formats}, not as .{format}.").format(
            path=path, document=document_titles().get(kind, kind),
            formats=" or ".join(f".{f}" for f in KIND_FORMATS[kind]), format=fmt))
    return fmt


def document_file_name(kind: str, year: int, fmt: str) -> str:
    """The file name CMDesk suggests for a document: `form-j-2024.pdf`."""
    return f"{kind}-{year}.{fmt}"


def _write(document: Document, fmt: str, target, progress: Progress | None) -> None:
    if fmt == "xlsx":
        from cmdesk.reports.xlsx import write_xlsx
        write_xlsx(document, target, progress)
    elif fmt == "docx":
        from cmdesk.reports.word import write_docx
        write_docx(document, target, progress)
    else:
        from cmdesk.reports.pdf import write_pdf
        write_pdf(document, target, progress)


def render_document(kind: str, store: Store, catalog: Catalog, year: int, fmt: str, *,
                    draft: bool = False, progress: Progress | None = None) -> bytes:
    """The file content of document `kind` for `year` in `fmt` ("xlsx", "pdf", "docx"), as
    `export_document` would write it from today's data (no draft gate, no snapshot):
    what a submission keeps."""
    if fmt not in KIND_FORMATS.get(kind, ()):
        raise InputError(translate("Reports", "Unknown format '{format}' for {kind}: choose one of "
                                   "{formats}.").format(format=fmt, kind=kind,
                                                        formats=", ".join(KIND_FORMATS.get(kind, ()))))
    with english():  # the Convention's documents are in English, whatever the window's language
        document = build_document(kind, store, catalog.english, year, draft=draft)
        buffer = io.BytesIO()
        _write(document, fmt, buffer, progress)
    return buffer.getvalue()


class ExportResult(NamedTuple):
    path: Path
    kind: str
    format: str
    draft: bool
    findings: tuple[Finding, ...]  # the blocking findings a draft was made despite
    snapshot_id: str | None = None  # a submitted year: the snapshot whose document was written


def export_document(kind: str, store: Store, catalog: Catalog, year: int, path: Path, *,
                    draft: bool = False, progress: Progress | None = None,
                    blocking: BlockingCheck | None = None, khmer: bool = False,
                    khmer_digits: bool = False) -> ExportResult:
    """Build the document and write it to `path` (.xlsx, .pdf or .docx, from the name).

    Refused with DraftRequired (and nothing written) when `blocking` finds something
    for the year and `draft` is not set; with `draft`, every page and sheet is marked
    DRAFT. The file is written beside its destination and moved into place at the
    end, so a failed or cancelled export leaves no half-written file.

    A submitted year: the document as its latest submission kept it is written,
    byte for byte (`draft` and `blocking` do not apply; `snapshot_id` in the result
    says which submission).

    `khmer`: written in Khmer (a kind of `KHMER_KINDS`; see `written_in_khmer`), with
    its figures in Khmer digits when `khmer_digits` (the reader's choice; in a
    spreadsheet only its texts, the figures staying numbers)."""
    path = Path(path)
    fmt = format_of(path, kind)
    if kind in BUILDERS:
        require_office_for(store, kind, year)
    if khmer and kind not in KHMER_KINDS:
        raise InputError(translate("Reports", "Only the VA update and the provincial summary are "
                                   "written in Khmer, for national use; the other documents go to the "
                                   "Convention in English."))
    sent = None if khmer else _submitted_document(store, year, kind, fmt)
    if sent is not None:
        snapshot_id, content = sent
        write_in_place(path, lambda partial: partial.write_bytes(content))
        if progress:
            progress(1, 1, document_titles().get(kind, kind))
        return ExportResult(path, kind, fmt, False, (), snapshot_id)
    findings = (blocking or export_blocking)(store, catalog, year)
    if findings and not draft:
        raise DraftRequired(translate(
            "Reports", "{year} has {n} error(s) in its figures (first: {first}). Correct them, or "
            "export a draft (--draft); every page is then marked DRAFT.").format(
            year=year, n=len(findings), first=findings[0].message), findings)
    if progress:
        progress(0, 1, translate("Reports", "Reading the figures"))
    if khmer:  # for national use: the program's texts and the catalog in Khmer
        from cmdesk.catalog.khmer import in_khmer

        language, catalog = "km", in_khmer(catalog.english)
    else:  # the Convention's documents are in English, whatever the window's language
        language, catalog = "en", catalog.english
    with in_language(language):
        document = build_document(kind, store, catalog, year, draft=draft)
        if khmer and khmer_digits:
            document = with_khmer_digits(document, figures=fmt != "xlsx")
        write_in_place(path, lambda partial: _write(document, fmt, partial, progress))
    return ExportResult(path, kind, fmt, draft, tuple(findings))


def write_in_place(path: Path, write: Callable[[Path], object]) -> None:
    """Call `write(partial)` to write a file beside `path`, then move it into place:
    a failed or cancelled write leaves no half-written file (and an older file of
    that name as it was)."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        write(partial)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _submitted_document(store: Store, year: int, kind: str, fmt: str) -> tuple[str, bytes] | None:
    """(snapshot id, bytes) of the document `kind` in `fmt` that the year's latest
    submission kept, when the year is submitted; None otherwise (or when that
    submission has no such document: one CMDesk did not make then)."""
    if store.years.status(year) != "submitted":
        return None
    snapshot = store.snapshots.latest(year)
    if snapshot is None:
        return None
    content = store.snapshots.document(snapshot.id, kind, fmt)
    return None if content is None else (snapshot.id, content)
