"""Reading counts as staff type or paste them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cmdesk.errors import InputError
from cmdesk.numbers import MAX_COUNT, format_count, format_qualified, parse_count, parse_qualified


@pytest.mark.parametrize("text, expected", [
    ("26280", 26280),
    ("26,280", 26280),
    ("26 280", 26280),
    ("26\u00a0280", 26280),          # no-break space, as Excel in French or Khmer locales copies
    ("26\u202f280", 26280),          # narrow no-break space
    ("1,234,567", 1234567),
    ("២៦២៨០", 26280),               # Khmer digits
    ("២៦,២៨០", 26280),
    ("  98005 ", 98005),
    ("0", 0),
    ("26280.0", 26280),              # Excel sometimes copies whole numbers with .0
    ("26,280.00", 26280),
])
def test_counts_are_read_as_staff_write_them(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_an_empty_cell_is_none(text):
    assert parse_count(text) is None


@pytest.mark.parametrize("text, reason", [
    ("-5", "negative"),
    ("−5", "negative"),              # the minus sign Word inserts
    ("26.5", "not a whole number"),
    ("26.280", "either 26,280 .* or not a whole number"),  # refused with both readings
    ("12.000", "either 12,000 .* or 12: CMDesk cannot tell"),  # never read as 12
    ("1000000000", "more than 999,999,999, the largest count"),
    ("9,223,372,036,854,775,807", "the largest count"),
    ("abc", "not a number"),
    ("2,62,80", "not a number"),     # badly grouped digits are a typo, not 26280
    ("26,28", "not a number"),
    ("12 killed", "not a number"),
    ("1e3", "not a number"),
    ("²", "not a number"),           # str.isdigit() says yes; int() would crash
    ("12³", "not a number"),
    ("١٢", "not a number"),          # Arabic-Indic digits are not Cambodian input
])
def test_bad_counts_are_refused_with_the_reason(text, reason):
    with pytest.raises(InputError, match=reason) as error:
        parse_count(text)
    assert text.strip() in str(error.value)


@given(st.integers(min_value=0, max_value=MAX_COUNT))
def test_formatted_counts_read_back(value):
    assert parse_count(format_count(value)) == value
    assert parse_count(str(value)) == value


def test_format_count():
    assert format_count(26280) == "26,280"
    assert format_count(None) == ""


@pytest.mark.parametrize("text,expected", [
    (">2800", (2800, "more_than")), ("over 2,800", (2800, "more_than")), ("More than 2800", (2800, "more_than")),
    ("~100,000", (100000, "about")), ("about 100000", (100000, "about")),
    (">=50", (50, "at_least")), ("at least 50", (50, "at_least")), ("2,800", (2800, "")), ("", (None, "")),
])
def test_a_qualifier_is_typed_before_the_number(text, expected):
    assert parse_qualified(text) == expected


def test_a_qualified_figure_prints_as_the_committee_quotes_it():
    assert format_qualified(2800, "more_than") == "over 2,800"
    assert format_qualified(100000, "about") == "about 100,000"
    assert format_qualified(50, "at_least") == "at least 50"
    assert format_qualified(2800, "") == "2,800"
    with pytest.raises(InputError, match="give the number after '>'"):
        parse_qualified(">")


@pytest.mark.parametrize("text, decimal_mark, expected", [
    ("12.000", ",", 12000),          # a ';' file: '.' separates thousands there
    ("13.305,00", ",", 13305),
    ("1.234.567", None, 1234567),    # only thousands can repeat
    ("26 280,00", ",", 26280),
    ("12,00", ",", 12),
])
def test_the_files_decimal_mark_decides_what_a_mark_means(text, decimal_mark, expected):
    assert parse_count(text, decimal_mark) == expected


@pytest.mark.parametrize("text, reason", [
    ("26,280", "either 26,280 \\(with ',' between the thousands\\) or not a whole number \\(26,28\\)"),
    ("12,000", "either 12,000 .* or 12:"),
    ("12,5", "not a whole number"),
])
def test_in_a_semicolon_file_a_comma_is_the_decimal_mark(text, reason):
    with pytest.raises(InputError, match=reason):
        parse_count(text, ",")
