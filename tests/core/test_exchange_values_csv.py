"""Aggregate values as CSV: export, plan, apply; every bad line reported with its
line and reason, and nothing written when any line is wrong."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmdesk.catalog import HEADQUARTERS, TOTAL
from cmdesk.errors import InputError
from cmdesk.exchange import (
    COLUMNS,
    apply_values_import,
    export_values_csv,
    plan_values_import,
)
from cmdesk.numbers import MAX_COUNT, parse_count
from cmdesk.store import Store
from tests.conftest import REPO

HEADER = ",".join(COLUMNS)


def write(tmp_path, text, name="values.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def csv_file(tmp_path, *lines, name="values.csv"):
    return write(tmp_path, "\n".join((HEADER,) + lines) + "\n", name)


def content(store):
    """Everything an import could change: every value with its comment, the years
    and the number of audit rows."""
    years = store.years.with_data()
    return years, {year: store.values.for_year(year) for year in years}, store.counts()


def problems_of(plan):
    return [(p.line, p.column, p.text) for p in plan.problems]


@pytest.fixture
def empty_store(tmp_path, catalog):
    store = Store.create(tmp_path / "other.cmdesk", catalog, HEADQUARTERS, "bob")
    yield store
    store.close()


# --- round trip ----------------------------------------------------------------------------


def test_export_then_import_into_another_database_is_lossless(demo_store, empty_store, catalog, tmp_path):
    out = tmp_path / "2024.csv"
    assert export_values_csv(demo_store, 2024, out) == 48
    plan = plan_values_import(empty_store, catalog, out)
    assert plan.ok and (plan.counts.added, plan.counts.changed, plan.counts.unchanged) == (48, 0, 0)
    counts = apply_values_import(empty_store, plan)
    assert (counts.added, counts.changed, counts.unchanged) == (48, 0, 0)
    assert empty_store.values.for_year(2024) == demo_store.values.for_year(2024)
    again = tmp_path / "again.csv"
    export_values_csv(empty_store, 2024, again)
    assert again.read_bytes() == out.read_bytes()


def test_reimporting_an_export_into_the_same_database_changes_nothing(demo_store, catalog, tmp_path):
    out = tmp_path / "2024.csv"
    export_values_csv(demo_store, 2024, out)
    before = content(demo_store)
    counts = apply_values_import(demo_store, plan_values_import(demo_store, catalog, out))
    assert (counts.added, counts.changed, counts.unchanged) == (0, 0, 48)
    assert content(demo_store) == before  # not even an audit row


def test_the_export_is_excel_friendly_utf8_with_bom_crlf_totals_named_and_sorted(demo_store, tmp_path):
    demo_store.values.set(2024, "hi", "inc.sport", "female", 3, "ខេត្តបាត់ដំបង")
    demo_store.values.set(2024, "hi", "inc.sport", TOTAL, 7)
    out = tmp_path / "2024.csv"
    export_values_csv(demo_store, 2024, out)
    data = out.read_bytes()
    # The demo states "over 2,800": the qualifier column is written.
    assert data.startswith(b"\xef\xbb\xbf" + HEADER.encode() + b",qualifier\r\n")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[1:3] == ["2024,hi,inc.sport,total,7,,", "2024,hi,inc.sport,female,3,ខេត្តបាត់ដំបង,"]
    assert "2024,national,dev.total_reported,total,26280,Total as stated in the 2024 VA update," in lines
    assert "2024,national,inc.total_reported,total,2800,,more_than" in lines
    keys = [tuple(line.split(",")[1:3]) for line in lines[1:] if line]
    assert keys == sorted(keys)
    assert "2024,national,inc.entrepreneurship_training,total,1058,," in lines
    parts = [line.split(",")[3] for line in lines if "inc.entrepreneurship_training" in line]
    assert parts == ["total", "female", "survivor"]


def test_a_year_without_values_exports_only_the_header(demo_store, tmp_path):
    out = tmp_path / "2019.csv"
    assert export_values_csv(demo_store, 2019, out) == 0
    assert out.read_bytes() == b"\xef\xbb\xbf" + HEADER.encode() + b"\r\n"


def test_an_unwritable_export_path_says_what_to_do(demo_store, tmp_path):
    with pytest.raises(InputError, match="Cannot write .*choose another folder"):
        export_values_csv(demo_store, 2024, tmp_path / "no such folder" / "2024.csv")


COMMENTS = ["=SUM(A1:A9)", "+855 12 345 678", "-2 since 2023", "@HI", "\tindented", "'quoted'",
            "''twice", "plain", "", "multi\nline, \"quoted\"\nthird", "តម្លៃ = ១២"]


def test_comments_that_look_like_formulas_are_guarded_and_come_back_as_they_were(
    store, empty_store, catalog, tmp_path
):
    items = [item.code for item in catalog.items][: len(COMMENTS)]
    store.values.set_many((2024, "dac", item, TOTAL, n, c) for n, (item, c) in enumerate(zip(items, COMMENTS)))
    out = tmp_path / "2024.csv"
    export_values_csv(store, 2024, out)
    text = out.read_bytes().decode("utf-8-sig")
    for guarded in ["'=SUM(A1:A9)", "'+855", "'-2 since", "'@HI", "'\tindented", "''quoted'", "'''twice"]:
        assert f",{guarded}" in text
    assert ",plain\r\n" in text and ",តម្លៃ = ១២\r\n" in text
    apply_values_import(empty_store, plan_values_import(empty_store, catalog, out))
    assert empty_store.values.for_year(2024) == store.values.for_year(2024)


def test_exactly_one_leading_quote_is_removed_on_import(empty_store, catalog, tmp_path):
    path = csv_file(tmp_path, "2024,dac,inc.sport,,1,'=1+1", "2024,dac,inc.job_found,,2,''x", "2024,dac,inc.bicycle,,3,a'b")
    apply_values_import(empty_store, plan_values_import(empty_store, catalog, path))
    assert [r["comment"] for r in empty_store.values.for_year(2024)] == ["a'b", "'x", "=1+1"]


# --- what is accepted ---------------------------------------------------------------------


@pytest.mark.parametrize("written", ['"26,280"', "26 280", "២៦២៨០", '"២៦,២៨០"', " 26280 ", '"26,280.00"'])
def test_values_are_read_as_staff_type_them(empty_store, catalog, tmp_path, written):
    path = csv_file(tmp_path, f"2024,national,dev.total_reported,total,{written},")
    plan = plan_values_import(empty_store, catalog, path)
    assert plan.ok, plan.problems
    assert plan.planned[0].row.value == 26280


def test_header_in_any_order_and_case_part_empty_or_total_codes_in_any_case(empty_store, catalog, tmp_path):
    path = write(tmp_path, " Value ,COMMENT,Item,part,Source,YEAR\n"
                           "58,,inc.sport,,national,2024\n"
                           "33,,INC.Sport,Female, National ,២០២៤\n"
                           "7,,inc.job_found,TOTAL,hi,2024\n")
    plan = plan_values_import(empty_store, catalog, path)
    assert plan.ok, plan.problems
    assert [p.row.key for p in plan.planned] == [
        (2024, "national", "inc.sport", TOTAL), (2024, "national", "inc.sport", "female"),
        (2024, "hi", "inc.job_found", TOTAL),
    ]


def test_a_byte_order_mark_is_accepted(empty_store, catalog, tmp_path):
    path = write(tmp_path, HEADER + "\r\n2024,national,inc.sport,total,58,ខេត្ត\r\n", encoding="utf-8-sig")
    plan = plan_values_import(empty_store, catalog, path)
    assert plan.ok and plan.planned[0].row.comment == "ខេត្ត"


def test_semicolon_separated_files_from_excel_are_read(empty_store, catalog, tmp_path):
    path = write(tmp_path, "year;source;item;part;value;comment\n2024;national;dev.repair;total;13.305,00;x\n"
                           "2024;national;dev.seating;;26,280;\n")
    plan = plan_values_import(empty_store, catalog, path)
    # Excel writes ';' where ',' is the decimal mark: "13.305,00" is 13,305 there, and
    # "26,280" could be 26.28 or 26,280, so it is refused with both, never misread.
    assert problems_of(plan) == [(3, "value", "26,280")]
    assert "either 26,280" in plan.problems[0].reason
    assert plan.planned[0].row.value == 13305


def test_blank_lines_are_skipped_and_lines_are_counted_as_in_a_text_editor(empty_store, catalog, tmp_path):
    path = write(tmp_path, HEADER + "\n\n2024,national,inc.sport,,58,\"two\nlines\"\n,,,,,\n"
                                    "2024,national,inc.job_found,,x,\n")
    plan = plan_values_import(empty_store, catalog, path)
    assert problems_of(plan) == [(6, "value", "x")]
    assert plan.planned[0].row.line == 3


def test_columns_without_a_name_are_allowed_when_empty(empty_store, catalog, tmp_path):
    path = write(tmp_path, HEADER + ",,\n2024,national,inc.sport,,58,,,\n2024,national,inc.job_found,,22,,,oops\n")
    plan = plan_values_import(empty_store, catalog, path)
    assert problems_of(plan) == [(3, "8", "oops")]
    assert "under no named column" in plan.problems[0].reason


def test_counts_added_changed_unchanged(demo_store, catalog, tmp_path):
    path = csv_file(tmp_path,
                    "2024,national,inc.sport,total,58,",            # unchanged
                    "2024,national,inc.sport,female,34,",           # value changed
                    "2024,national,inc.job_found,total,22,typed",   # comment changed
                    "2024,hi,inc.job_found,total,5,")               # added
    plan = plan_values_import(demo_store, catalog, path)
    assert [p.kind for p in plan.planned] == ["unchanged", "changed", "changed", "added"]
    assert plan.planned[1].old_value == 33
    counts = apply_values_import(demo_store, plan)
    assert (counts.added, counts.changed, counts.unchanged) == (1, 2, 1)
    assert demo_store.values.get(2024, "national", "inc.sport", "female") == 34
    assert demo_store.values.get(2024, "hi", "inc.job_found") == 5


def test_the_import_is_audited_under_the_stores_user(empty_store, catalog, tmp_path):
    path = csv_file(tmp_path, "2024,national,inc.sport,,58,")
    apply_values_import(empty_store, plan_values_import(empty_store, catalog, path))
    history = empty_store.audit.history("aggregate_values", "2024/national/inc.sport/total")
    assert [(h["field"], h["new_value"], h["who"]) for h in history] == [("value", "58", "bob")]


# --- bad lines ------------------------------------------------------------------------------

GOOD = "2024,national,inc.sport,total,58,"

BAD_ROWS = [
    ("2024,nationl,inc.sport,total,1,", "source", "nationl", "unknown reporting source. Did you mean 'national'?"),
    ("2024,,inc.sport,total,1,", "source", "", "source is empty"),
    ("2024,national,inc.sprot,total,1,", "item", "inc.sprot", "unknown item. Did you mean 'inc.sport'?"),
    ("2024,national,,total,1,", "item", "", "item is empty"),
    ("2024,national,dev.prosthesis,total,1,", "item", "dev.prosthesis", "computed from dev.prosthesis.lower"),
    ("2024,national,svc.cbr_provinces,female,1,", "part", "female", "no such part. Allowed: total ("),
    ("2024,national,inc.sport,women,1,", "part", "women", "Allowed: total, child, female, female_survivor, survivor"),
    ("2024,national,inc.bicycle,total,,", "value", "", "value is empty"),
    ("2024,national,inc.bicycle,total,-3,", "value", "-3", "negative"),
    ("2024,national,inc.bicycle,total,2.5,", "value", "2.5", "not a whole number"),
    ("2024,national,inc.bicycle,total,about 60,", "value", "about 60", "not a number"),
    ("2024,national,inc.bicycle,total,99999999999999999999,", "value", "99999999999999999999",
     "more than 999,999,999, the largest count CMDesk accepts"),
    ("1978,national,inc.bicycle,total,1,", "year", "1978", "not a year from 1979 to 2100"),
    ("2101,national,inc.bicycle,total,1,", "year", "2101", "not a year from 1979 to 2100"),
    ("24,national,inc.bicycle,total,1,", "year", "24", "Write the year in full"),
    ("2024.5,national,inc.bicycle,total,1,", "year", "2024.5", "not a year"),
    (",national,inc.bicycle,total,1,", "year", "", "year is empty"),
]


@pytest.mark.parametrize("row, column, text, reason", BAD_ROWS, ids=[r[3][:30] for r in BAD_ROWS])
def test_each_kind_of_bad_line_is_reported_with_its_line_and_nothing_is_written(
    demo_store, catalog, tmp_path, row, column, text, reason
):
    before = content(demo_store)
    path = csv_file(tmp_path, GOOD, "2024,national,inc.job_found,total,23,", row)
    plan = plan_values_import(demo_store, catalog, path)
    assert problems_of(plan) == [(4, column, text)]
    assert reason in plan.problems[0].reason
    assert len(plan.planned) == 2  # the good lines are planned, but cannot be applied
    with pytest.raises(InputError, match="1 problem.*nothing was imported"):
        apply_values_import(demo_store, plan)
    assert content(demo_store) == before


def test_every_problem_of_every_line_is_listed_in_line_order(demo_store, catalog, tmp_path):
    path = csv_file(tmp_path, "1900,nobody,inc.sport,,x,", GOOD, *(row for row, *_ in BAD_ROWS[:5]))
    plan = plan_values_import(demo_store, catalog, path)
    assert problems_of(plan)[:3] == [(2, "year", "1900"), (2, "source", "nobody"), (2, "value", "x")]
    assert [p.line for p in plan.problems[3:]] == [4, 5, 6, 7, 8]


def test_a_part_larger_than_its_total_across_two_lines_is_reported_on_both(empty_store, catalog, tmp_path):
    path = csv_file(tmp_path, "2024,national,inc.sport,total,58,", "2024,hi,inc.sport,female,59,",
                    "2024,national,inc.sport,female,59,")
    plan = plan_values_import(empty_store, catalog, path)
    assert problems_of(plan) == [(2, "value", "58"), (4, "value", "59")]
    first, second = plan.problems
    assert "female (59) is larger than the total (58)" in first.reason and "See also line(s) 4." in first.reason
    assert "See also line(s) 2." in second.reason
    with pytest.raises(InputError):
        apply_values_import(empty_store, plan)
    assert empty_store.values.for_year(2024) == []


def test_a_part_larger_than_the_total_in_the_database_names_the_stored_figure(demo_store, catalog, tmp_path):
    path = csv_file(tmp_path, "2024,national,inc.sport,female,59,")
    plan = plan_values_import(demo_store, catalog, path)
    assert problems_of(plan) == [(2, "value", "59")]
    assert "Already in the database for 2024, national: inc.sport total 58." in plan.problems[0].reason


def test_rules_are_checked_per_year_and_source(demo_store, catalog, tmp_path):
    # The demo's total of 58 is for 2024 and the national source only.
    path = csv_file(tmp_path, "2024,hi,inc.sport,female,59,", "2023,national,inc.sport,female,59,")
    assert plan_values_import(demo_store, catalog, path).ok


def test_an_error_already_in_the_database_does_not_block_other_values(store, catalog, tmp_path):
    store.values.set_many([(2024, "national", "inc.sport", TOTAL, 58, None),
                           (2024, "national", "inc.sport", "female", 59, None)])
    path = csv_file(tmp_path, "2024,national,inc.job_found,total,22,")
    assert plan_values_import(store, catalog, path).ok


def test_qls_survivors_above_the_persons_assessed_is_an_error(empty_store, catalog, tmp_path):
    path = csv_file(tmp_path, "2024,national,qls.persons_assessed,,2182,", "2024,national,qls.survivors_assessed,,2183,")
    assert [p.line for p in plan_values_import(empty_store, catalog, path).problems] == [2, 3]


def test_the_same_cell_twice_is_reported_on_the_later_line_naming_the_earlier(empty_store, catalog, tmp_path):
    path = csv_file(tmp_path, "2024,national,inc.sport,,58,", "2024,national,inc.job_found,,22,",
                    "2024,National,inc.sport,total,58,again")
    plan = plan_values_import(empty_store, catalog, path)
    assert problems_of(plan) == [(4, "value", "58")]
    assert "line 2 already gives 2024, national, inc.sport, total" in plan.problems[0].reason


# --- files that cannot be read --------------------------------------------------------------


@pytest.mark.parametrize("header, message", [
    ("year,source,item,part,value", "missing column(s) comment"),
    ("year,source,item,value,comment", "missing column(s) part"),
    ("year,source,item,part,value,comment,remarks", "unknown column(s) remarks"),
    ("year,source,item,part,value,note", "missing column(s) comment; unknown column(s) note"),
    ("year,source,item,part,value,comment,Value", "column(s) value given twice"),
])
def test_a_wrong_header_names_the_columns(empty_store, catalog, tmp_path, header, message):
    path = write(tmp_path, header + "\n2024,national,inc.sport,,58,\n")
    with pytest.raises(InputError) as error:
        plan_values_import(empty_store, catalog, path)
    assert message in str(error.value)
    assert f"{path}, line 1 (the header)" in str(error.value)
    assert "year,source,item,part,value,comment" in str(error.value)


@pytest.mark.parametrize("encoding, line", [("cp1252", 3)])
def test_a_file_that_is_not_utf8_says_to_save_as_csv_utf8(empty_store, catalog, tmp_path, encoding, line):
    path = write(tmp_path, HEADER + "\n2024,national,inc.sport,,58,\n2024,hi,inc.sport,,58,Café\n", encoding=encoding)
    with pytest.raises(InputError) as error:
        plan_values_import(empty_store, catalog, path)
    assert f"{path}, line {line}: the file is not UTF-8" in str(error.value)
    assert "CSV UTF-8" in str(error.value)


@pytest.mark.parametrize("text", ["", "\ufeff", "\n\n", ",,,\n"])
def test_an_empty_file_is_refused(empty_store, catalog, tmp_path, text):
    with pytest.raises(InputError, match="is empty. Its first line must be the header"):
        plan_values_import(empty_store, catalog, write(tmp_path, text))


def test_a_missing_file_is_reported(empty_store, catalog, tmp_path):
    with pytest.raises(InputError, match="Cannot read .*nowhere.csv"):
        plan_values_import(empty_store, catalog, tmp_path / "nowhere.csv")


def test_a_header_only_file_plans_nothing(empty_store, catalog, tmp_path):
    plan = plan_values_import(empty_store, catalog, csv_file(tmp_path))
    assert plan.ok and plan.planned == ()
    assert apply_values_import(empty_store, plan).added == 0


def test_a_failure_while_writing_leaves_nothing_written(demo_store, catalog, tmp_path, monkeypatch):
    path = csv_file(tmp_path, "2024,national,inc.sport,,60,", "2025,national,inc.sport,,61,")
    plan = plan_values_import(demo_store, catalog, path)
    assert plan.ok
    before = content(demo_store)
    ensure = demo_store.years.ensure

    def failing_ensure(year):
        if year == 2025:
            raise OSError("disk full")
        ensure(year)

    monkeypatch.setattr(demo_store.years, "ensure", failing_ensure)
    with pytest.raises(OSError):
        apply_values_import(demo_store, plan)
    assert content(demo_store) == before


# --- generated input --------------------------------------------------------------------------


def is_bad_value(text):
    try:
        value = parse_count(text)
    except InputError:
        return True
    return value is None


@pytest.mark.parametrize("written", ["²", "12³", "⑤"])
def test_digits_that_are_not_decimal_are_reported_not_a_crash(empty_store, catalog, tmp_path, written):
    plan = plan_values_import(empty_store, catalog, csv_file(tmp_path, f"2024,national,inc.sport,,{written},"))
    assert problems_of(plan) == [(2, "value", written)]
    assert "not a number" in plan.problems[0].reason


def csv_cell(text):
    return '"' + text.replace('"', '""') + '"'


ITEMS_WITH_TOTALS = ["inc.sport", "inc.job_found", "inc.bicycle", "inc.awareness", "dev.repair",
                     "dev.seating", "svc.cbr_provinces", "inc.small_business"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    values=st.lists(
        st.one_of(st.text(max_size=12).filter(is_bad_value),
                  st.integers(0, 10**6).map(str)),
        min_size=1, max_size=len(ITEMS_WITH_TOTALS),
    )
)
def test_generated_bad_values_are_each_reported_with_their_line(demo_store, catalog, tmp_path, values):
    before = content(demo_store)
    lines = [f"2023,hi,{item},total,{csv_cell(value)}," for item, value in zip(ITEMS_WITH_TOTALS, values)]
    path = write(tmp_path, HEADER + "\r\n" + "\r\n".join(lines) + "\r\n")
    plan = plan_values_import(demo_store, catalog, path)
    # A value holding line breaks makes its record span several lines of the file.
    starts = [2 + n + sum(len(re.findall(r"\r\n|\r|\n", v)) for v in values[:n]) for n in range(len(values))]
    bad_lines = {start for start, value in zip(starts, values) if is_bad_value(value)}
    assert {p.line for p in plan.problems} == bad_lines
    assert all(p.column == "value" for p in plan.problems)
    assert len(plan.planned) == len(values) - len(bad_lines)
    if bad_lines:
        with pytest.raises(InputError):
            apply_values_import(demo_store, plan)
        assert content(demo_store) == before


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(
    st.tuples(st.sampled_from(ITEMS_WITH_TOTALS), st.integers(0, MAX_COUNT),
              # Text as it can go in: no control character but tab and newline (cmdesk.text).
              st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n"),
                      max_size=10)),
    max_size=5, unique_by=lambda row: row[0]))
def test_generated_values_and_comments_survive_export_and_import(store, empty_store, catalog, tmp_path, rows):
    store.values.set_many((2024, "jsc", item, TOTAL, value, comment) for item, value, comment in rows)
    out = tmp_path / "2024.csv"
    export_values_csv(store, 2024, out)
    plan = plan_values_import(empty_store, catalog, out)
    assert plan.ok, plan.problems
    apply_values_import(empty_store, plan)
    assert empty_store.values.for_year(2024) == store.values.for_year(2024)
    assert plan_values_import(store, catalog, out).counts.unchanged == len(store.values.for_year(2024))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(
    st.lists(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"),
                     max_size=8), max_size=8), max_size=6))
def test_every_line_that_is_not_blank_is_planned_or_has_a_problem(demo_store, catalog, tmp_path, rows):
    text = HEADER + "\n" + "\n".join(",".join(csv_cell(cell) for cell in row) for row in rows) + "\n"
    plan = plan_values_import(demo_store, catalog, write(tmp_path, text))
    reported = {p.row.line for p in plan.planned} | {p.line for p in plan.problems}
    for n, row in enumerate(rows):
        assert (n + 2 in reported) == any(cell.strip() for cell in row), row


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(st.text(max_size=8), min_size=0, max_size=8), max_size=6))
def test_any_cells_give_a_plan_or_a_clear_error_never_a_crash(demo_store, catalog, tmp_path, rows):
    text = HEADER + "\n" + "\n".join(",".join(csv_cell(cell) for cell in row) for row in rows) + "\n"
    path = write(tmp_path, text)
    plan = plan_values_import(demo_store, catalog, path)
    planned_lines = {p.row.line for p in plan.planned}
    problem_lines = {p.line for p in plan.problems}
    # Every line that is not blank is either planned or has a problem (or both, when
    # it breaks a rule together with another line).
    record_lines = {p.line for p in plan.problems} | planned_lines
    assert all(line >= 2 for line in record_lines)
    for planned in plan.planned:
        assert planned.row.line not in problem_lines or any(
            p.line == planned.row.line and p.column == "value" for p in plan.problems)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200))
def test_any_bytes_give_a_plan_or_an_input_error(empty_store, catalog, tmp_path, data):
    path = tmp_path / "random.csv"
    path.write_bytes(HEADER.encode() + b"\n" + data)
    try:
        plan_values_import(empty_store, catalog, path)
    except InputError as error:
        assert str(path) in str(error)


# --- the document -----------------------------------------------------------------------------

DOC = REPO / "docs" / "values-csv.md"


def doc_tables():
    """{section heading: {code: [cells]}} for the rows of docs/values-csv.md whose
    first cell is a `code`, under each '## ' heading."""
    tables, section = {}, None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        match = re.match(r"\|\s*`([^`]+)`\s*\|(.*)\|\s*$", line)
        if match and section:
            tables.setdefault(section, {})[match.group(1)] = [c.strip() for c in match.group(2).split("|")]
    return tables


def test_the_document_lists_every_source_and_item_with_its_unit_and_parts(catalog):
    tables = doc_tables()
    sources, items = tables["Sources"], tables["Items"]
    assert [s.code for s in catalog.sources if s.code not in sources] == []
    assert [i.code for i in catalog.items if i.code not in items] == []
    for item in catalog.items:
        label, unit, parts = items[item.code]
        assert label == item.label and unit == catalog.units[item.unit], item.code
        assert re.findall(r"`([^`]+)`", parts) == [TOTAL, *item.parts], item.code
    assert set(tables["The format"]) >= {TOTAL, *catalog.parts}, "every part name is explained"


def test_the_documents_example_imports_cleanly(empty_store, catalog, tmp_path):
    example = re.search(r"```csv\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S).group(1)
    plan = plan_values_import(empty_store, catalog, write(tmp_path, example))
    assert plan.ok, plan.problems
    assert plan.counts.added == len(example.strip().splitlines()) - 1


def test_a_qualified_value_exports_and_imports_back_with_its_qualifier(demo_store, catalog, tmp_path):
    out = tmp_path / "2024.csv"
    export_values_csv(demo_store, 2024, out)
    demo_store.values.set(2024, "national", "inc.total_reported", TOTAL, 2800, None, "")
    assert not demo_store.values.qualifiers(2024)
    plan = plan_values_import(demo_store, catalog, out)
    assert not plan.problems and plan.counts.changed == 1
    apply_values_import(demo_store, plan)
    assert demo_store.values.qualifiers(2024) == {("inc.total_reported", TOTAL): {"national": "more_than"}}
    # A file without the column keeps the stored qualifier; a wrong one is a problem of its cell.
    plain = tmp_path / "plain.csv"
    plain.write_text(HEADER + "\n2024,national,inc.total_reported,total,2900,\n", encoding="utf-8")
    apply_values_import(demo_store, plan_values_import(demo_store, catalog, plain))
    assert demo_store.values.qualifiers(2024)[("inc.total_reported", TOTAL)] == {"national": "more_than"}
    wrong = tmp_path / "wrong.csv"
    wrong.write_text(HEADER + ",qualifier\n2024,national,inc.total_reported,total,2900,,roughly\n",
                     encoding="utf-8")
    (problem,) = plan_values_import(demo_store, catalog, wrong).problems
    assert (problem.line, problem.column) == (2, "qualifier") and "'roughly' is not a qualifier" in problem.reason
