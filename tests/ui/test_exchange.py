"""The Data exchange page: values CSV import (checked first, all or nothing) and export."""

import csv

HEADER = "year,source,item,part,value,comment\n"


def page_for(window, year=2024):
    window.set_year(year)
    window.show_page("exchange")
    return window.page("exchange")


def test_a_file_with_problems_lists_them_by_line_and_imports_nothing(window, tmp_path):
    page = page_for(window)
    path = tmp_path / "from-prc.csv"
    path.write_text(HEADER
                    + "2025,prc.01,dev.walking_aid,total,120,\n"
                    + "2025,prc.01,dev.walking_aid,child,1O,\n"
                    + "2025,prc.99,dev.repair,total,5,\n", encoding="utf-8")
    before = window.context.store.counts()
    assert not page.import_file(path, confirm=lambda summary: True)
    assert window.context.store.counts() == before
    # Line 3 has two problems (no such part; "1O" with a letter O), line 4 one.
    assert page.problems.isVisible() and page.problems.rowCount() == 3
    shown = [(page.problems.item(row, 0).text(), page.problems.item(row, 1).text()) for row in range(3)]
    assert shown == [("3", "part"), ("3", "value"), ("4", "source")]
    assert "Did you mean 'prc.09'" in page.problems.item(2, 3).text()
    assert "Nothing was imported" in page.result_label.text()


def test_a_sound_file_is_previewed_then_imported_and_its_year_offered(window, tmp_path):
    page = page_for(window)
    path = tmp_path / "from-prc.csv"
    path.write_text(HEADER + "2025,prc.01,dev.walking_aid,total,\"1,204\",\n"
                    + "2024,national,svc.medical_care,total,27809,\n", encoding="utf-8")
    summaries = []
    assert not page.import_file(path, confirm=lambda summary: summaries.append(summary) or False)
    assert "1 value(s) to add, 0 to change, 1 unchanged" in summaries[0]
    assert window.context.store.values.get(2025, "prc.01", "dev.walking_aid") is None
    assert page.import_file(path, confirm=lambda summary: True)
    assert window.context.store.values.get(2025, "prc.01", "dev.walking_aid") == 1204
    assert "1 added, 0 changed, 1 unchanged" in page.result_label.text()
    assert window.year_box.findData(2025) >= 0


def test_export_writes_the_year_in_the_import_format(window, tmp_path):
    page = page_for(window)
    path = tmp_path / "values-2024.csv"
    assert page.export_file(path) == 48
    with path.open(encoding="utf-8-sig", newline="") as handle:  # a BOM, for Excel
        rows = list(csv.DictReader(handle))
    stated = next(r for r in rows if r["item"] == "dev.total_reported")
    assert (stated["year"], stated["source"], stated["value"]) == ("2024", "national", "26280")
