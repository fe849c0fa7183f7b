"""Reading the files staff import: one layer under every importer.

Two kinds of file, two calls, and one error type (`cmdesk.errors.FileReadError`,
an `InputError`) whose message names the file and the place (line, column, sheet,
cell) and says what to do:

    table = open_text_table(path)            # CSV and text tables
    for record in table.records():           # Record(line, cells), streamed
        ...

    with open_sheet(path) as sheet:          # xlsx, first worksheet
        for row in sheet.rows():             # SheetRow(row, cells), streamed
            for cell in row.cells:           # SheetCell(row, column, value, ...)
                ...

    members = read_zip_members(path, names)  # a zip's named members (exchange packages)

Contract for importers (values, casualties, requests, and the collection workbooks
and exchange packages to come):

- Opening checks what can be checked at once (the file exists and is readable, its
  size, its encoding and delimiter, that a workbook opens) and raises
  FileReadError. Iterating reads the file a line or a sheet row at a time and never
  holds it whole: memory does not grow with the file (what the caller keeps is the
  caller's), so `batched(table.records(), 5000)` hands an importer chunks.
- Iterating may raise FileReadError at any line (a malformed quote, a line that is
  not text in the file's encoding, more rows than `ReadLimits.max_rows`, damaged
  sheet XML). Nothing is written while reading; an importer that writes as it
  reads must do so in one transaction and let the error roll it back.
- Text files: UTF-8 with or without a BOM, or UTF-16 (Excel's "Unicode Text"); a
  file in a legacy 8-bit encoding (Windows-1252, Thai Windows-874, ...) is refused,
  naming its first such line and what it would say in each likely encoding, since a
  wrong guess would damage names and comments. `encoding=` forces one.
- The delimiter is the one of `,`, `;` and tab that occurs most often outside
  quotes in the first non-blank line (`,` on a tie). A `;` file comes from a
  computer whose decimal mark is the comma: `TextTable.decimal_mark` says so, for
  `cmdesk.numbers.parse_count`.
- Quoting is strict (RFC 4180, as Excel writes it): a field is quoted only from its
  first character; inside quotes `""` is a quote; a closing quote is followed by the
  delimiter or the end of the line. A quote anywhere else, text after a closing
  quote, a quote never closed (named on the line where it opened), and a quoted
  field that runs over lines that look like rows of their own, or past 32,767
  characters (Excel's largest cell), are errors: a missing quote never swallows the
  following rows. Line breaks inside a quoted field are given as "\\n".
- `Record.line` is the line where the record starts (the first line is 1), as a
  text editor counts. Blank records (every cell empty or spaces) are skipped.
- Sheets are read to their last row whatever the sheet's `<dimension>` tag says.
  `SheetCell.value` is the value Excel saved (text, int, float, bool, datetime;
  text with Excel's _xHHHH_ escapes decoded, so a vertical tab is one character);
  a formula cell carries its `formula`, and `kind` tells a formula whose value was
  never saved (NO_VALUE: the file was written by a program that does not calculate)
  and an error value such as #N/A (ERROR) from a value, so that an importer reports
  them instead of reading an empty cell.

- Zip files (`read_zip_members`): the file's size is checked before it is read,
  each member's inflated size before it is inflated, and each against its CRC; what
  is wrong raises `ZipProblem` with a `kind`, for the caller to word (a package's
  messages are about packages), never a zip library's exception.

Cells are not otherwise checked here: what a cell may hold (control characters,
numbers, codes) is each importer's business, with `cmdesk.text` and
`cmdesk.numbers`.
"""

from __future__ import annotations

import codecs
import io
import re
import struct
import zipfile
import zlib
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, TypeVar

from cmdesk.errors import CMDeskError, FileReadError
from cmdesk.i18n import translate

T = TypeVar("T")

EXCEL_CELL_LIMIT = 32_767  # characters: Excel's largest cell
DELIMITERS = (",", ";", "\t")


class ReadLimits(NamedTuple):
    """How much CMDesk reads from one file. The real register is ~130,000 records;
    the limits are far above any real file and far below what would exhaust a
    laptop, so that a runaway file is refused with a message instead of taking
    minutes and gigabytes."""

    max_bytes: int = 256 * 1024 * 1024  # a file on disk
    max_unpacked_bytes: int = 1024 * 1024 * 1024  # an xlsx's parts, unzipped
    max_rows: int = 300_000  # non-blank records or sheet rows, the header included


LIMITS = ReadLimits()
"""The limits every open uses unless given others (a test may set this one)."""


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """`items` in lists of `size` (the last may be shorter): chunks for an importer."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _error(message: str, path: Path, line: int | None = None, column: str | int | None = None,
           cell: str | None = None) -> FileReadError:
    return FileReadError(message, path, line, column, cell)


def _check_size(path: Path, limits: ReadLimits) -> int:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IsADirectoryError(21, "it is a folder")
    except OSError as error:
        raise _error(translate("Reading", "Cannot read {path}: {reason}. Check the file's name and "
                               "that you may open it.").format(
            path=path, reason=_reason(error)), path) from None
    if size > limits.max_bytes:
        raise _error(translate("Reading", "{path} is {size} MB, more than the {limit} MB CMDesk "
                               "reads from one file. Split it into smaller files and import each.")
                     .format(path=path, size=f"{size / 2**20:,.0f}",
                             limit=f"{limits.max_bytes / 2**20:,.0f}"), path)
    return size


def _reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return translate("Reading", "there is no such file")
    if isinstance(error, IsADirectoryError):
        return translate("Reading", "it is a folder, not a file")
    if isinstance(error, PermissionError):
        return translate("Reading", "permission denied")
    return str(error.strerror or error)


def _too_many_rows(path: Path, limits: ReadLimits, line: int) -> FileReadError:
    return _error(translate("Reading", "{path}, line {line}: the file has more than {limit} rows, "
                            "the most CMDesk reads from one file. Split it into files of fewer rows "
                            "and import each.").format(
        path=path, line=line, limit=f"{limits.max_rows:,}"), path, line)


# --- text tables -------------------------------------------------------------------------


class Record(NamedTuple):
    """One record of a text table: the line where it starts and its cells."""

    line: int
    cells: list[str]


def _sniff_encoding(path: Path, head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head.startswith(b"PK\x03\x04"):
        raise _error(translate("Reading", "{path} is a zipped file (an Excel workbook?), not a text "
                               "table. Import the workbook as .xlsx, or save it from Excel as "
                               "\"CSV UTF-8 (Comma delimited)\".").format(path=path), path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise _error(translate("Reading", "{path} is an Excel 97-2003 workbook (.xls), not a text "
                               "table. In Excel choose File > Save As and save it as .xlsx or as "
                               "\"CSV UTF-8 (Comma delimited)\".").format(path=path), path)
    sample = head[:4096]
    half = len(sample) // 2
    if half >= 2:  # UTF-16 without a BOM: every other byte of ASCII text is 0
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > 0.4 * half and even < 0.05 * half:
            return "utf-16-le"
        if even > 0.4 * half and odd < 0.05 * half:
            return "utf-16-be"
    if sample.count(0) > len(sample) // 10:  # a NUL here and there is a cell's problem
        raise _error(translate("Reading", "{path} is not a text table: a tenth of its bytes are NUL. "
                               "Save it from Excel as \"CSV UTF-8 (Comma delimited)\".").format(
            path=path), path)
    return "utf-8"


def _legacy_message(path: Path, line: int, raw: bytes, error: UnicodeDecodeError) -> str:
    start = max(0, error.start - 20)
    piece = raw[start:error.start + 20].rstrip(b"\r\n")

    def shown(codec: str) -> str:
        text = piece.decode(codec, errors="replace")
        return re.sub(r"[\x00-\x1f\x7f]", " ", text).strip()

    return translate(
        "Reading", "{path}, line {line}: the file is not UTF-8 text; it was probably saved in an "
        "older encoding, and CMDesk does not guess which (read as Western Windows-1252 this line "
        "says '{western}', as Thai Windows-874 '{thai}'). In Excel choose File > Save As, type "
        "\"CSV UTF-8 (Comma delimited)\", and import that file.").format(
        path=path, line=line, western=shown("cp1252"), thai=shown("cp874"))


def _outside_quotes(text: str) -> str:
    return re.sub(r'"[^"]*("|$)', "", text)


class TextTable(NamedTuple):
    """A text table opened by `open_text_table`: where it is, how it is written.
    `records()` reads it (again at each call)."""

    path: Path
    encoding: str  # a Python codec name: "utf-8", "utf-8-sig", "utf-16", ...
    delimiter: str
    limits: ReadLimits = LIMITS

    @property
    def decimal_mark(self) -> str | None:
        """"," for a `;` file (Excel writes `;` where the comma is the decimal mark),
        else None: not known."""
        return "," if self.delimiter == ";" else None

    def lines(self) -> Iterator[tuple[int, str]]:
        """(number, text with its line end) of each line of the file, decoded one by
        one, so that a line that is not text in the encoding is named exactly."""
        path, encoding = self.path, self.encoding
        try:
            if encoding.replace("_", "-").lower().startswith("utf-16"):
                yield from self._utf16_lines()
                return
            codec = "utf-8" if encoding == "utf-8-sig" else encoding
            with path.open("rb") as file:
                number = 0
                for raw in file:
                    if number == 0 and raw.startswith(codecs.BOM_UTF8):
                        raw = raw[len(codecs.BOM_UTF8):]
                    for piece in raw.splitlines(True) if b"\r" in raw else (raw,):
                        number += 1
                        try:
                            yield number, piece.decode(codec)
                        except UnicodeDecodeError as error:
                            raise _error(_legacy_message(path, number, piece, error)
                                         if codec == "utf-8" else
                                         translate("Reading", "{path}, line {line}: the line is not "
                                                   "text in the encoding {encoding}.").format(
                                             path=path, line=number, encoding=encoding),
                                         path, number) from None
        except OSError as error:
            raise _error(translate("Reading", "Cannot read {path}: {reason}.").format(
                path=path, reason=_reason(error)), path) from None

    def _utf16_lines(self) -> Iterator[tuple[int, str]]:
        number = 0
        with self.path.open(encoding=self.encoding, newline="") as file:
            try:
                for number, text in enumerate(file, 1):
                    yield number, text
            except UnicodeDecodeError:
                raise _error(translate("Reading", "{path}, after line {line}: the file is not "
                                       "UTF-16 text from there on. Save it from Excel as \"CSV UTF-8 "
                                       "(Comma delimited)\".").format(path=self.path, line=number),
                             self.path, number + 1) from None

    def records(self) -> Iterator[Record]:
        """Each non-blank record, streamed (see the module's contract). Raises
        FileReadError for a malformed quote, a line not in the encoding, or more than
        `limits.max_rows` records."""
        delimiter, path, max_records = self.delimiter, self.path, self.limits.max_rows
        lines = self.lines()
        width = 0  # the first record's cell count: what a row of its own looks like
        count = 0
        make = Record._make
        for number, text in lines:
            if '"' in text:
                cells = self._quoted(number, text, lines, width)
                if not any(cell.strip() for cell in cells):
                    continue
            # Blank: only delimiters and spaces. A line that starts with anything else
            # is not (most lines: told without copying the line).
            elif ((text[:1] != delimiter and not text[:1].isspace() and text)
                  or text.replace(delimiter, "").strip()):
                cells = text.rstrip("\r\n").split(delimiter)
            else:
                continue  # a blank line, or only delimiters and spaces
            count += 1
            if count > max_records:
                raise _too_many_rows(path, self.limits, number)
            if not width:
                width = len(cells)
            yield make((number, cells))

    def _quoted(self, number: int, text: str, lines: Iterator[tuple[int, str]], width: int
                ) -> list[str]:
        """The cells of the record starting on line `number` that holds a quote,
        reading more lines from `lines` for a quoted field that runs over lines."""
        delimiter, path = self.delimiter, self.path
        body = text.rstrip("\r\n")
        cells: list[str] = []
        at = 0
        while True:
            column = len(cells) + 1
            if body.startswith('"', at):
                opened, at = number, at + 1
                parts: list[str] = []
                length = 0
                while True:
                    close = body.find('"', at)
                    inside = body[at:] if close < 0 else body[at:close]
                    if number != opened and width >= 3 and inside.count(delimiter) >= width - 1:
                        raise _error(translate(
                            "Reading", "{path}, line {opened}: the quote that opens column {column} "
                            "runs on to line {line}, which looks like a row of its own: a closing "
                            "quote (\") is probably missing on line {opened}.").format(
                            path=path, opened=opened, column=column, line=number),
                            path, opened, column)
                    parts.append(inside)
                    length += len(inside)
                    if length > EXCEL_CELL_LIMIT:
                        raise _error(translate(
                            "Reading", "{path}, line {opened}: the quoted text that opens column "
                            "{column} is longer than {limit} characters, Excel's largest cell: a "
                            "closing quote (\") is probably missing.").format(
                            path=path, opened=opened, column=column,
                            limit=f"{EXCEL_CELL_LIMIT:,}"), path, opened, column)
                    if close < 0:  # the field goes on on the next line
                        following = next(lines, None)
                        if following is None:
                            raise _error(translate(
                                "Reading", "{path}, line {opened}: the quote that opens column "
                                "{column} is never closed (the file ends inside it). Add the "
                                "closing quote (\") on that line, or remove the opening one.")
                                .format(path=path, opened=opened, column=column),
                                path, opened, column)
                        number, text = following
                        body, at = text.rstrip("\r\n"), 0
                        parts.append("\n")
                        continue
                    if body.startswith('"', close + 1):  # "" is a quote
                        parts.append('"')
                        at = close + 2
                        continue
                    at = close + 1
                    break
                cells.append("".join(parts))
                if at == len(body):
                    return cells
                if body[at] != delimiter:
                    raise _error(translate(
                        "Reading", "{path}, line {line}, column {column}: text after the closing "
                        "quote of a quoted field ('{text}'). Inside quotes, write a quote as two "
                        "quotes (\"\").").format(path=path, line=number, column=column,
                                                 text=body[at:at + 20]), path, number, column)
                at += 1
            else:
                end = body.find(delimiter, at)
                field = body[at:] if end < 0 else body[at:end]
                if '"' in field:
                    raise _error(translate(
                        "Reading", "{path}, line {line}, column {column}: a quote (\") inside the "
                        "field '{text}', which does not start with one. Put the whole field in "
                        "quotes and write the quote twice: \"{quoted}\".").format(
                        path=path, line=number, column=column, text=field[:40],
                        quoted=field[:40].replace('"', '""')), path, number, column)
                cells.append(field)
                if end < 0:
                    return cells
                at = end + 1
            if at == len(body):  # the line ends with a delimiter: one more, empty, cell
                cells.append("")
                return cells


def open_text_table(path: Path, *, encoding: str | None = None, delimiter: str | None = None,
                    limits: ReadLimits | None = None) -> TextTable:
    """Open the text table at `path`: check its size, find its encoding (unless
    `encoding` is given) and its delimiter (unless `delimiter` is given) from its
    first non-blank line. `limits` (default `LIMITS`, looked up when called) bound
    what is read. Raises FileReadError naming the file and line."""
    path = Path(path)
    limits = limits or LIMITS
    _check_size(path, limits)
    try:
        with path.open("rb") as file:
            head = file.read(65536)
    except OSError as error:
        raise _error(translate("Reading", "Cannot read {path}: {reason}.").format(
            path=path, reason=_reason(error)), path) from None
    if encoding is None:
        encoding = _sniff_encoding(path, head)
    else:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise _error(translate("Reading", "{encoding} is not an encoding CMDesk knows; give, for "
                                   "example, utf-8 or cp1252.").format(encoding=encoding),
                         path) from None
    table = TextTable(path, encoding, delimiter or ",", limits)
    if delimiter is None:
        first = next((text for _, text in table.lines() if text.strip()), "")
        outside = _outside_quotes(first)
        counts = [outside.count(d) for d in DELIMITERS]
        table = table._replace(delimiter=DELIMITERS[counts.index(max(counts))])
    return table


# --- sheets ------------------------------------------------------------------------------

VALUE, NO_VALUE, ERROR = "value", "no value", "error"


class SheetCell(NamedTuple):
    """One cell a sheet holds. `value` is what Excel saved: str, int, float, bool,
    datetime (a date-formatted number), or None. `formula` is the cell's formula
    ("=B2*2"), if any. `kind`: VALUE; NO_VALUE, a formula whose value was never
    saved (its `value` is None, which must not be read as an empty cell); or
    ERROR, an error value such as "#N/A" (in `value`)."""

    row: int
    column: int
    value: Any
    formula: str | None = None
    kind: str = VALUE

    @property
    def address(self) -> str:
        from openpyxl.utils import get_column_letter

        return f"{get_column_letter(self.column)}{self.row}"

    @property
    def letter(self) -> str:
        from openpyxl.utils import get_column_letter

        return get_column_letter(self.column)


class SheetRow(NamedTuple):
    """A sheet row that holds at least one cell, with its sheet row number."""

    row: int
    cells: tuple[SheetCell, ...]

    def values(self) -> list[Any]:
        """The cells' values by column from A, None where the sheet has no cell."""
        if not self.cells:
            return []
        values: list[Any] = [None] * max(cell.column for cell in self.cells)
        for cell in self.cells:
            values[cell.column - 1] = cell.value
        return values


class ZipProblem(Exception):
    """Why a zip's members could not be read, for the caller to say in its own words.
    `kind`: "too_large" (the file), "unreadable" (the system's error), "not_zip",
    "missing" (`detail` names the members), "member_too_large" (`detail` names it) or
    "damaged" (`detail`: what the zip library found, in one line)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


def read_zip_members(path: Path, names: Iterable[str], *, limits: ReadLimits | None = None,
                     max_member_bytes: int | None = None) -> dict[str, bytes]:
    """The members `names` of the zip file at `path`, each read whole and checked
    against its CRC; no other member is read. The file is refused above
    `limits.max_bytes` before it is read, a member above `max_member_bytes` (default:
    an equal share of `limits.max_unpacked_bytes`) before it is inflated. Raises
    ZipProblem."""
    path = Path(path)
    names = tuple(names)
    limits = limits or LIMITS
    if max_member_bytes is None:
        max_member_bytes = limits.max_unpacked_bytes // max(len(names), 1)
    try:
        if path.stat().st_size > limits.max_bytes:
            raise ZipProblem("too_large")
        raw = path.read_bytes()
    except OSError as error:
        raise ZipProblem("unreadable", _reason(error)) from None
    if not raw.startswith(b"PK"):
        raise ZipProblem("not_zip")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            found = {info.filename: info for info in archive.infolist()}
            missing = [name for name in names if name not in found]
            if missing:
                raise ZipProblem("missing", ", ".join(missing))
            members = {}
            for name in names:
                if found[name].file_size > max_member_bytes:
                    raise ZipProblem("member_too_large", name)
                members[name] = archive.read(name)
            return members
    except ZipProblem:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, NotImplementedError,
            RuntimeError, KeyError, struct.error) as error:
        # RuntimeError: a flipped flag bit makes a member "encrypted".
        raise ZipProblem("damaged", str(error) or type(error).__name__) from None


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


# OOXML writes a character XML cannot hold (a vertical tab, as Word pastes a line break)
# as _xHHHH_, and a literal "_x" as _x005F_x; openpyxl leaves both as they are.
_XSTRING = re.compile("_x([0-9A-Fa-f]{4})_")


def _cell_parser():
    """openpyxl's streaming sheet parser, telling a formula without a saved value
    from an empty cell (openpyxl's data_only mode reads both as None)."""
    from openpyxl.utils import coordinate_to_tuple
    from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

    class CellParser(WorkSheetParser):
        def parse_cell(self, element):
            try:
                cell = super().parse_cell(element)
            except (ValueError, OverflowError, IndexError):
                # A value that is not what its type says ("inf" as a number, a shared
                # string that does not exist): an error value of that cell, not of the sheet.
                coordinate = element.get("r")
                row, column = (coordinate_to_tuple(coordinate) if coordinate
                               else (self.row_counter, self.col_counter))
                cell = {"row": row, "column": column, "value": element.findtext(VALUE_TAG),
                        "data_type": "e", "style_id": 0}
            formula = element.find(FORMULA_TAG)
            if formula is not None:
                cell["formula"] = "=" + (formula.text or "")
                saved = element.findtext(VALUE_TAG)
                # openpyxl and other writers leave <v/> empty; Excel saves an empty text
                # result as an empty <v> of a "str" cell.
                if saved is None or (not saved and element.get("t") != "str"):
                    cell["kind"] = NO_VALUE
                elif cell["value"] is None:
                    cell["value"] = ""
            if cell["data_type"] == "e":
                cell["kind"] = ERROR
            value = cell["value"]
            if isinstance(value, str) and "_x" in value:
                cell["value"] = _XSTRING.sub(lambda found: chr(int(found.group(1), 16)), value)
            return cell

    return CellParser


class Sheet:
    """A worksheet opened by `open_sheet`; a context manager that closes the workbook."""

    def __init__(self, path: Path, book: Any, worksheet: Any, limits: ReadLimits) -> None:
        self.path = path
        self.name: str = worksheet.title
        self.limits = limits
        self._book = book
        self._worksheet = worksheet

    def __enter__(self) -> "Sheet":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._book.close()

    @property
    def sheet_names(self) -> list[str]:
        """The names of every worksheet of the workbook, in order (hidden ones too), so
        that a caller that reads several finds their `index` for `open_sheet`."""
        return [worksheet.title for worksheet in self._book.worksheets]

    def place(self, row: int | None = None, cell: str | None = None) -> str:
        """"file, sheet 'name', cell C7" (or row 7) for a message."""
        where = translate("Reading", "{path}, sheet '{sheet}'").format(path=self.path, sheet=self.name)
        if cell:
            return where + ", " + translate("Reading", "cell {cell}").format(cell=cell)
        if row:
            return where + ", " + translate("Reading", "row {row}").format(row=row)
        return where

    def rows(self) -> Iterator[SheetRow]:
        """Each row that holds a cell, to the sheet's real last row (its `<dimension>`
        tag is not trusted), streamed. Raises FileReadError for damaged sheet XML
        (one line, after the last row read) or more than `limits.max_rows` rows."""
        book, worksheet = self._book, self._worksheet
        source = worksheet._get_source()
        parser = _cell_parser()(
            source, worksheet._shared_strings, data_only=True, epoch=book.epoch,
            date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
        last = 0
        count = 0
        try:
            for number, parsed in parser.parse():
                cells = tuple(
                    SheetCell(number, cell["column"], cell["value"], cell.get("formula"),
                              cell.get("kind", VALUE))
                    for cell in parsed
                    if cell["value"] is not None or "formula" in cell)
                last = number
                if not cells:
                    continue
                count += 1
                if count > self.limits.max_rows:
                    raise _error(translate(
                        "Reading", "{place}: the sheet has more than {limit} rows, the most CMDesk "
                        "reads from one file. Split it into files of fewer rows and import each.")
                        .format(place=self.place(row=number), limit=f"{self.limits.max_rows:,}"),
                        self.path, number)
                yield SheetRow(number, cells)
        except CMDeskError:
            raise
        except Exception as error:  # expat, openpyxl and int() raise many kinds on damaged XML
            raise _error(translate(
                "Reading", "{place}: the sheet is damaged after row {row} ({detail}). Open the file "
                "in Excel and save it again.").format(
                place=self.place(), row=last, detail=_one_line(error)),
                self.path, last + 1) from None
        finally:
            source.close()


def open_sheet(path: Path, *, index: int = 0, limits: ReadLimits | None = None) -> Sheet:
    """Open the `index`th worksheet of the xlsx workbook at `path` (read-only;
    close it, or use `with`). Raises FileReadError when the file is missing, too
    large, not an xlsx workbook, damaged, or has no such sheet."""
    from openpyxl import load_workbook  # only when a workbook is read

    path = Path(path)
    limits = limits or LIMITS
    _check_size(path, limits)
    try:
        with path.open("rb") as file:
            head = file.read(8)
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            reason = translate("Reading", "{path} is an Excel 97-2003 workbook (.xls). In Excel choose "
                               "File > Save As and save it as an .xlsx workbook.").format(path=path)
        else:
            reason = translate("Reading", "{path} is not an Excel workbook (.xlsx): it is not even a "
                               "zipped file. Open it in Excel and save it as an .xlsx workbook, or "
                               "save it as CSV UTF-8.").format(path=path)
        raise _error(reason, path) from None
    except OSError as error:
        raise _error(translate("Reading", "Cannot read {path}: {reason}.").format(
            path=path, reason=_reason(error)), path) from None
    if unpacked > limits.max_unpacked_bytes:
        raise _error(translate("Reading", "{path} unpacks to {size} MB, more than the {limit} MB "
                               "CMDesk reads from one workbook. Split it into smaller workbooks.")
                     .format(path=path, size=f"{unpacked / 2**20:,.0f}",
                             limit=f"{limits.max_unpacked_bytes / 2**20:,.0f}"), path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise _error(translate("Reading", "{path} cannot be read as an Excel workbook ({detail}). "
                               "Open it in Excel and save it again as an .xlsx workbook, or save it "
                               "as CSV UTF-8.").format(path=path, detail=_one_line(error)),
                     path) from None
    if index >= len(book.worksheets):
        book.close()
        raise _error(translate("Reading", "{path} has no worksheet number {n}.").format(
            path=path, n=index + 1), path)
    return Sheet(path, book, book.worksheets[index], limits)
