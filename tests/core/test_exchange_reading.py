"""The reading layer every importer uses (cmdesk/exchange/reading.py)."""

import codecs
import re
import zipfile

import pytest
from openpyxl import Workbook

from cmdesk.errors import FileReadError, InputError
from cmdesk.exchange.reading import (
    ERROR,
    NO_VALUE,
    VALUE,
    ReadLimits,
    ZipProblem,
    batched,
    open_sheet,
    open_text_table,
    read_zip_members,
)


def write(tmp_path, data, name="table.csv"):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def records(path, **kw):
    return [(r.line, r.cells) for r in open_text_table(path, **kw).records()]


def refusal(path, **kw) -> FileReadError:
    with pytest.raises(FileReadError) as info:
        records(path, **kw)
    assert isinstance(info.value, InputError)  # shown by the CLI and the window like any other
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)
    return info.value


# --- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_files_are_read_whatever_excel_saved(tmp_path, encoding):
    text = "year\tcomment\r\n2024\tបាត់ដំបង café\r\n"
    path = write(tmp_path, text.encode(encoding))
    assert records(path) == [(1, ["year", "comment"]), (2, ["2024", "បាត់ដំបង café"])]


def test_a_legacy_file_is_refused_naming_its_line_and_what_it_would_say(tmp_path):
    path = write(tmp_path, "name,place\nSok,Battambang\nJosé,Café\n".encode("cp1252"))
    error = refusal(path)
    assert error.line == 3
    assert f"{path}, line 3: the file is not UTF-8" in str(error)
    assert "Windows-1252 this line says 'José,Café'" in str(error) and "Windows-874" in str(error)
    assert "CSV UTF-8" in str(error)
    # Told which it is, CMDesk reads it.
    assert records(path, encoding="cp1252")[2] == (3, ["José", "Café"])


@pytest.mark.parametrize("head, says", [(b"PK\x03\x04rest", "zipped file (an Excel workbook?)"),
                                        (b"\xd0\xcf\x11\xe0rest", "Excel 97-2003 workbook (.xls)"),
                                        (b"\x89PNG\x00\x00\x00\x00\x00\x00\x00\x00", "not a text table")])
def test_a_file_that_is_no_text_table_says_what_it_is(tmp_path, head, says):
    with pytest.raises(FileReadError, match=re.escape(says)):
        open_text_table(write(tmp_path, head))


def test_a_missing_file_or_a_folder_is_named(tmp_path):
    with pytest.raises(FileReadError, match="there is no such file"):
        open_text_table(tmp_path / "nowhere.csv")
    with pytest.raises(FileReadError, match="it is a folder"):
        open_text_table(tmp_path)


# --- delimiters and quoting --------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_the_one_the_header_uses_most(tmp_path, delimiter):
    header = delimiter.join(["year", '"a,b;c"', "value"])
    table = open_text_table(write(tmp_path, header + "\n1" + delimiter + "2" + delimiter + "3\n"))
    assert table.delimiter == delimiter
    assert table.decimal_mark == ("," if delimiter == ";" else None)
    assert [r.cells for r in table.records()][1] == ["1", "2", "3"]


def test_a_quoted_field_may_hold_lines_delimiters_and_quotes(tmp_path):
    path = write(tmp_path, 'a,b,c\r\n1,"two\r\nlines, and ""quotes""",3\r\n\r\n4,,""\r\n5,6,7,\r\n')
    assert records(path) == [(1, ["a", "b", "c"]), (2, ["1", 'two\nlines, and "quotes"', "3"]),
                             (5, ["4", "", ""]), (6, ["5", "6", "7", ""])]


def test_an_unterminated_quote_is_named_on_the_line_where_it_opened(tmp_path):
    path = write(tmp_path, 'a,b,c\n1,2,3\n4,"five\n')
    error = refusal(path)
    assert (error.line, error.column) == (3, 2)
    assert "line 3: the quote that opens column 2 is never closed" in str(error)


def test_a_missing_closing_quote_never_swallows_the_rows_after_it(tmp_path):
    # The quote opened on line 2 would be closed by the one on line 4: the rows between
    # would become one comment. They look like rows, so the file is refused.
    path = write(tmp_path, 'a,b,c\n1,"oops,3\n4,5,6\n7,"8",9\n')
    error = refusal(path)
    assert error.line == 2
    assert "runs on to line 3, which looks like a row of its own" in str(error)


@pytest.mark.parametrize("line, column, says", [
    ('1,ab"c,3', 2, "a quote (\") inside the field 'ab\"c'"),
    ('1,"ab"c,3', 2, "text after the closing quote"),
    ('1,2, "3"', 3, "inside the field ' \"3\"'"),
])
def test_a_quote_out_of_place_is_refused_with_its_line_and_column(tmp_path, line, column, says):
    error = refusal(write(tmp_path, "a,b,c\n" + line + "\n"))
    assert (error.line, error.column) == (2, column)
    assert says in str(error)


def test_a_quoted_field_longer_than_excel_allows_is_a_missing_quote(tmp_path):
    path = write(tmp_path, 'a,b\n1,"' + ("x" * 1000 + "\n") * 40 + '"\n')
    assert "longer than 32,767 characters" in str(refusal(path))


# --- streaming and limits ----------------------------------------------------------------------


def test_records_are_streamed_so_that_a_problem_far_down_comes_when_it_is_read(tmp_path):
    path = write(tmp_path, "a,b\n1,2\n3,4\n5,\"6\n")
    rows = open_text_table(path).records()
    assert next(rows) == (1, ["a", "b"]) and next(rows) == (2, ["1", "2"])
    with pytest.raises(FileReadError):
        list(rows)
    chunks = batched(open_text_table(write(tmp_path, "a\n" + "1\n" * 7, "b.csv")).records(), 3)
    assert [len(chunk) for chunk in chunks] == [3, 3, 2]


def test_row_and_size_limits_are_refused_with_the_limit_named(tmp_path):
    path = write(tmp_path, "a,b\n" + "1,2\n\n" * 10)
    assert len(records(path, limits=ReadLimits(max_rows=11))) == 11
    error = refusal(path, limits=ReadLimits(max_rows=10))
    assert error.line == 20 and "more than 10 rows" in str(error)
    with pytest.raises(FileReadError, match="more than the 0 MB CMDesk reads"):
        open_text_table(path, limits=ReadLimits(max_bytes=10))


# --- sheets ------------------------------------------------------------------------------------


def workbook(tmp_path, rows, name="book.xlsx"):
    book = Workbook()
    sheet = book.active
    sheet.title = "Records"
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def rewrite_sheet(path, change):
    """Replace the first sheet's XML with change(xml) (bytes)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts["xl/worksheets/sheet1.xml"] = change(parts["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def sheet_rows(path, **kw):
    with open_sheet(path, **kw) as sheet:
        return [(row.row, row.values()) for row in sheet.rows()]


def test_a_sheet_is_read_to_its_last_row_whatever_its_dimension_tag_says(tmp_path):
    path = workbook(tmp_path, [["a", "b"], [1, 2], [], [3, "four", 5]])
    rewrite_sheet(path, lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:A2"', xml))
    assert sheet_rows(path) == [(1, ["a", "b"]), (2, [1, 2]), (4, [3, "four", 5])]


def test_formula_cells_say_whether_excel_saved_their_value(tmp_path):
    path = workbook(tmp_path, [["a", "b"], [2, "=A2*2"]])  # openpyxl saves no cached values
    rewrite_sheet(path, lambda xml: xml.replace(b"<c r=\"A2\" t=\"n\"><v>2</v></c>",
                                                b"<c r=\"A2\" t=\"e\"><v>#N/A</v></c>"))
    with open_sheet(path) as sheet:
        cells = {cell.address: cell for row in sheet.rows() for cell in row.cells}
    assert (cells["B2"].kind, cells["B2"].value, cells["B2"].formula) == (NO_VALUE, None, "=A2*2")
    assert (cells["A2"].kind, cells["A2"].value) == (ERROR, "#N/A")
    assert cells["A1"].kind == VALUE


def test_a_formula_with_a_saved_value_gives_the_value(tmp_path):
    path = workbook(tmp_path, [["a"], ["=1+1"]])
    rewrite_sheet(path, lambda xml: re.sub(rb"<f>1\+1</f>(<v>\s*</v>)?", b"<f>1+1</f><v>2</v>", xml))
    with open_sheet(path) as sheet:
        cell = [row for row in sheet.rows()][1].cells[0]
    assert (cell.value, cell.formula, cell.kind) == (2, "=1+1", VALUE)


def test_damaged_sheet_xml_is_one_line_naming_the_sheet_and_the_last_good_row(tmp_path):
    path = workbook(tmp_path, [["a"], [1], [2], [3]])
    rewrite_sheet(path, lambda xml: xml[: xml.index(b'<row r="3"') + 12])
    with pytest.raises(FileReadError) as info:
        sheet_rows(path)
    message = str(info.value)
    assert message.startswith(f"{path}, sheet 'Records': the sheet is damaged after row 2 (ParseError")
    assert "\n" not in message and info.value.line == 3


@pytest.mark.parametrize("data, says", [(b"not a zip", "not even a zipped file"),
                                        (b"\xd0\xcf\x11\xe0....", "Excel 97-2003 workbook (.xls)")])
def test_a_file_that_is_not_a_workbook_says_what_it_is(tmp_path, data, says):
    with pytest.raises(FileReadError, match=re.escape(says)):
        open_sheet(write(tmp_path, data, "x.xlsx"))


def test_a_damaged_workbook_is_one_line(tmp_path):
    path = workbook(tmp_path, [["a"]])
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    del parts["xl/workbook.xml"]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(FileReadError, match="cannot be read as an Excel workbook .*KeyError") as info:
        open_sheet(path)
    assert "\n" not in str(info.value)


def test_sheet_row_limit(tmp_path):
    path = workbook(tmp_path, [["a"]] + [[n] for n in range(30)])
    assert len(sheet_rows(path, limits=ReadLimits(max_rows=31))) == 31
    with pytest.raises(FileReadError, match="sheet 'Records', row 31: the sheet has more than 30 rows"):
        sheet_rows(path, limits=ReadLimits(max_rows=30))


def test_utf16_detection_needs_no_bom(tmp_path):
    data = codecs.encode("a,b\n1,2\n", "utf-16-le")
    assert open_text_table(write(tmp_path, data)).encoding == "utf-16-le"


# --- zip files (exchange packages) ------------------------------------------------------


def _zip(path, members):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zips_named_members_are_read_and_nothing_else(tmp_path):
    path = _zip(tmp_path / "a.zip", {"one": b"1" * 100, "two": b"2", "other": b"x"})
    assert read_zip_members(path, ["one", "two"]) == {"one": b"1" * 100, "two": b"2"}


@pytest.mark.parametrize("case, kind, detail", [
    ("missing file", "unreadable", "there is no such file"),
    ("not a zip", "not_zip", ""),
    ("a member missing", "missing", "two"),
    ("a member too large", "member_too_large", "one"),
    ("the file too large", "too_large", ""),
    ("cut short", "damaged", None),
    ("a byte flipped", "damaged", None),
])
def test_what_is_wrong_with_a_zip_is_said_by_kind(tmp_path, case, kind, detail):
    path = tmp_path / "a.zip"
    limits, largest = ReadLimits(), 100_000
    if case == "not a zip":
        path.write_text("name,age\n", encoding="utf-8")
    elif case == "a member missing":
        _zip(path, {"one": b"1"})
    elif case == "a member too large":
        _zip(path, {"one": b"1" * 5000, "two": b"2"})
        largest = 1000
    elif case == "the file too large":
        _zip(path, {"one": b"1", "two": b"2"})
        limits = ReadLimits(max_bytes=10)
    elif case in ("cut short", "a byte flipped"):
        data = bytearray(_zip(path, {"one": bytes(range(256)) * 40, "two": b"2"}).read_bytes())
        if case == "cut short":
            data = data[: len(data) // 2]
        else:
            data[60] ^= 0xFF  # inside the first member's compressed data
        path.write_bytes(bytes(data))
    with pytest.raises(ZipProblem) as raised:
        read_zip_members(path, ["one", "two"], limits=limits, max_member_bytes=largest)
    assert raised.value.kind == kind
    if detail is not None:
        assert raised.value.detail == detail
    else:
        assert raised.value.detail and "\n" not in raised.value.detail
