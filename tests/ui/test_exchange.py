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


# --- collection workbooks --------------------------------------------------------------


def test_workbooks_for_all_sources_are_written_to_a_folder(window, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from ui.dialogs.workbooks import WriteWorkbooksDialog

    store = window.context.store
    store.reference.set_source_contact("hi", "data@hi.example.org")
    dialog = WriteWorkbooksDialog(store, 2025, window)
    qtbot.addWidget(dialog)
    codes = [plan.source.code for plan in dialog.plans]
    assert "hi" in codes and "icrc" not in codes  # only sources expected to send figures
    row = codes.index("hi")
    assert dialog.sources.item(row, 4).text() == "data@hi.example.org"
    dialog.sources.item(codes.index("dac"), 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.folder.setText(str(tmp_path / "returns"))
    written = dialog.write()
    assert {w.plan.source.code for w in written} == set(codes) - {"dac"}
    assert len(list((tmp_path / "returns").glob("*.xlsx"))) == len(codes) - 1
    assert "Humanity & Inclusion.xlsx → data@hi.example.org" in dialog.result.text()
    # Writing again into the same folder asks for "Replace" first, and writes nothing.
    assert dialog.write() == [] and "Replace" in dialog.result.text()


def test_two_filled_workbooks_are_previewed_then_read_in(window, qtbot, tmp_path):
    from openpyxl import load_workbook

    from cmdesk.exchange import workbooks

    store = window.context.store
    paths = []
    for code, cell, value in (("prc.01", "D7", 120), ("hi", "D7", "about 40")):
        plan = workbooks.plan_workbook(store, store.catalog, 2025, code)
        path = workbooks.write_workbook(store, store.catalog, plan, tmp_path / f"{code}.xlsx").path
        book = load_workbook(path)
        book[book.sheetnames[1]][cell] = value
        book.save(path)
        paths.append(path)
    page = page_for(window, 2025)
    seen = {}

    def look_then_read(dialog):
        seen["outcomes"] = [dialog.files.item(r, 6).text() for r in range(dialog.files.rowCount())]
        dialog.files.selectRow(1)
        seen["problem"] = [dialog.details.item(0, c).text() for c in (0, 4, 5)]
        dialog.files.selectRow(0)
        seen["change"] = [dialog.details.item(0, c).text() for c in range(5)]
        dialog.apply()
        seen["after"] = [dialog.files.item(r, 6).text() for r in range(dialog.files.rowCount())]

    with qtbot.waitSignal(page.content_changed):
        dialog = page.read_workbooks(paths, run=look_then_read)
    assert seen["outcomes"] == ["Ready to read", "1 problem(s): nothing of it will be read"]
    assert seen["problem"][0] == "Psychosocial!D7" and seen["problem"][1] == "about 40"
    assert "not a number" in seen["problem"][2]
    assert seen["change"] == ["Devices!D7", "Prostheses, lower limb", "Total", "", "120"]
    assert seen["after"][0] == "Already read: nothing to change"
    assert store.values.get(2025, "prc.01", "dev.prosthesis.lower") == 120
    assert store.values.get(2025, "hi", "svc.peer_counselling") is None
    assert "1 workbook(s) read: 1 value(s) added" in page.workbooks_result.text()
    assert dialog.read_in[0].received == ("devices", "rehabilitation")


def test_dropping_a_workbook_on_the_page_opens_the_preview(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from ui.dialogs import workbooks as dialogs

    page = page_for(window, 2025)
    opened = []
    monkeypatch.setattr(dialogs.ReadWorkbooksDialog, "exec", lambda self: opened.append(
        [path.name for path, _, _ in self.entries]))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "filled.xlsx")),
                  QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    assert opened == [["filled.xlsx"]]  # the file is missing: listed as refused, not a crash
