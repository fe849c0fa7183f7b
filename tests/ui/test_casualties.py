"""The Casualties page on the demo database, driven as a user would: the lazy model,
filters and the count, personal columns, the form (add, edit, checks, duplicates)
with undo and redo, the import steps, possible duplicates, and the summary tab."""

import csv
import threading

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from cmdesk.casualties import PERSONAL_FIELDS
from cmdesk.exchange import casualties_import as importer
from cmdesk.store.casualties import CasualtyFilter, CasualtyRegister
from ui.dialogs.casualty_import import ColumnMappingDialog, ImportPreviewDialog
from ui.models.casualties import BLOCK, CasualtyRegisterModel


@pytest.fixture
def page(window, qtbot):
    window.show_page("casualties")
    page = window.pages["casualties"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return page


def count_text(page):
    return page.count_label.text()


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def type_into(qtbot, edit, text):
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def click_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


# --- the model -----------------------------------------------------------------------


def test_the_model_passes_qtmodeltester(qtmodeltester, demo_store, catalog):
    model = CasualtyRegisterModel()
    model.set_store(demo_store, {p.code: p.name for p in catalog.provinces})
    qtmodeltester.check(model)
    model.set_show_personal(True)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_the_model_reads_only_the_rows_shown(demo_store, catalog):
    demo_store.casualties.add_many(
        {"incident_date": f"20{10 + n % 14}-01-{n % 28 + 1:02d}", "outcome": "injured",
         "source_id": f"B-{n:05d}"} for n in range(5000))
    model = CasualtyRegisterModel()
    model.set_store(demo_store, {})
    assert model.rowCount() == 5049 and model.loaded_rows() == 0
    assert model.index(4000, 0).data() is not None
    assert model.loaded_rows() == BLOCK
    # Sorted in SQL: the last row by CMVIS number descending is the first ascending.
    model.sort(model.columns.index("source_id"), Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "DEMO-2024-049"
    assert model.index(49, 0).data() == "B-04999"


def test_the_first_screen_is_read_before_the_whole_key_list(demo_store, catalog, monkeypatch):
    demo_store.casualties.add_many(
        {"incident_date": f"20{10 + n % 14}-02-{n % 28 + 1:02d}", "outcome": "killed",
         "source_id": f"K-{n:04d}"} for n in range(3 * BLOCK))
    register = demo_store.casualties
    asked = []
    keys, first_keys = register.keys, register.first_keys
    monkeypatch.setattr(register, "keys", lambda *args, **kw: asked.append(None) or keys(*args, **kw))
    monkeypatch.setattr(register, "first_keys", lambda *args, **kw: asked.append(args[-1])
                        or first_keys(*args, **kw))
    model = CasualtyRegisterModel()
    model.set_store(demo_store, {})
    total = 3 * BLOCK + 49
    assert model.rowCount() == model.match_count() == total
    assert model.index(0, 0).data() is not None and model.index(BLOCK - 1, 0).data() is not None
    assert asked == [BLOCK]  # a screenful of keys, and the count
    shown = [model.record_id(row) for row in range(total)]
    assert asked == [BLOCK, None]  # the rest when a row past the first block was asked for
    assert shown == [r["id"] for r in register.query()]
    model.sort(model.columns.index("incident_date"), Qt.SortOrder.DescendingOrder)
    assert asked[-1] == BLOCK
    assert [model.record_id(row) for row in range(total)] == [
        r["id"] for r in register.query(sort="incident_date", descending=True)]
    # A search finds every match in one pass: scrolling through them asks for no more.
    asked.clear()
    model.set_filter(CasualtyFilter(search="K-0"))
    matches = [model.record_id(row) for row in range(model.rowCount())]
    assert asked == [BLOCK] and len(matches) == 3 * BLOCK > BLOCK


# --- browsing ------------------------------------------------------------------------


def test_filters_change_the_count_and_combine(page, qtbot):
    assert count_text(page) == "49 record(s)"
    choose(page.filter_boxes["outcome"], "killed")
    assert count_text(page) == "12 of 49 record(s) match" and page.model.rowCount() == 12
    choose(page.filter_boxes["sex"], "female")
    expected = page.context.store.casualties.count(CasualtyFilter(outcome="killed", sex="female"))
    assert count_text(page) == f"{expected} of 49 record(s) match"
    choose(page.filter_boxes["outcome"], None)
    choose(page.filter_boxes["sex"], None)
    choose(page.filter_boxes["age_group"], "child")
    assert count_text(page) == "16 of 49 record(s) match"  # 11 boys and 5 girls
    choose(page.filter_boxes["age_group"], None)
    qtbot.keyClicks(page.search_edit, "DEMO-2024-04")
    qtbot.waitUntil(lambda: count_text(page) == "10 of 49 record(s) match")
    page.search_edit.clear()
    page.apply_filters()
    choose(page.year_box, 2024)
    assert count_text(page) == "49 record(s)"
    page.date_from_edit.setText("2024-03")
    page.date_to_edit.setText("2024-03-31")
    page.apply_filters()
    assert page.model.rowCount() == page.context.store.casualties.count(
        CasualtyFilter(date_from="2024-03-01", date_to="2024-03-31")) > 0


def test_personal_columns_are_hidden_unless_asked_for(page, qtbot):
    store = page.context.store
    record_id = page.model.record_id(0)
    store.casualties.update(record_id, name="Sok Dara", village="Ta Kream")
    page.model.refresh()
    headers = [page.model.headerData(n, Qt.Orientation.Horizontal) for n in range(page.model.columnCount())]
    assert "Name" not in headers and "Village" not in headers and "Latitude" not in headers
    shown = {page.model.index(0, n).data() for n in range(page.model.columnCount())}
    assert "Sok Dara" not in shown and "Ta Kream" not in shown
    page.personal_check.setChecked(True)
    assert set(PERSONAL_FIELDS) <= set(page.model.columns)
    shown = {page.model.index(0, n).data() for n in range(page.model.columnCount())}
    assert {"Sok Dara", "Ta Kream"} <= shown
    page.personal_check.setChecked(False)
    assert not set(PERSONAL_FIELDS) & set(page.model.columns)


# --- the form, undo and redo ---------------------------------------------------------


def fill_new_record(page, qtbot, **more):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.edits["source_id"], more.get("source_id", "NEW-1"))
    type_into(qtbot, dialog.edits["incident_date"], more.get("date", "2024-11"))
    choose(dialog.province_box, more.get("province", "02"))
    choose(dialog.combos["outcome"], more.get("outcome", "injured"))
    choose(dialog.combos["device_type"], more.get("device_type", "erw"))
    choose(dialog.combos["sex"], more.get("sex", "female"))
    type_into(qtbot, dialog.edits["age"], more.get("age", "15"))
    return dialog


def test_add_edit_delete_with_undo_and_redo(page, qtbot):
    store = page.context.store
    dialog = fill_new_record(page, qtbot)
    assert dialog.combos["age_group"].currentData() == "child" and not dialog.combos["age_group"].isEnabled()
    assert "day not known" in dialog.date_hint.text()
    click_ok(qtbot, dialog)
    assert page.dialog is None and count_text(page) == "50 record(s)"
    added = store.casualties.by_source_ids(["NEW-1"])["NEW-1"]
    assert (added["incident_date"], added["province_code"], added["age_group"]) == ("2024-11", "02", "child")
    assert page.selected_id() == added["id"]

    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.edits["source_id"].text() == "NEW-1" and dialog.edits["age"].text() == "15"
    type_into(qtbot, dialog.edits["age"], "16")
    dialog.edits["notes"].setText("ស្រែ")  # keyClicks types ASCII only
    click_ok(qtbot, dialog)
    assert store.casualties.get(added["id"])["age"] == 16
    history = [(h["field"], h["new_value"]) for h in store.audit.history("casualties", added["id"])]
    assert ("age", "16") in history and ("notes", "ស្រែ") in history

    page.undo_stack.undo()
    assert store.casualties.get(added["id"])["age"] == 15
    page.undo_stack.undo()
    assert store.casualties.get(added["id"]) is None and count_text(page) == "49 record(s)"
    page.undo_stack.redo()
    page.undo_stack.redo()
    assert store.casualties.get(added["id"])["age"] == 16

    page.table.selectRow(page.model.row_of(added["id"]))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert store.casualties.get(added["id"]) is None
    page.undo_stack.undo()
    assert store.casualties.get(added["id"])["notes"] == "ស្រែ"


def test_the_form_checks_as_you_type(page, qtbot):
    dialog = fill_new_record(page, qtbot, age="140")
    assert dialog.message.isVisible() and "140 is not possible" in dialog.message.text()
    assert "age" in dialog.problem_columns
    type_into(qtbot, dialog.edits["age"], "40")
    assert not dialog.message.isVisible()
    choose(dialog.combos["outcome"], "killed")
    assert not dialog.combos["amputation"].isEnabled()
    assert dialog.combos["amputation"].currentData() == "no"
    type_into(qtbot, dialog.edits["incident_date"], "31/02/2024")
    assert "no day 31 in month 2" in dialog.message.text()
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and count_text(page) == "49 record(s)"
    dialog.reject()


def test_a_possible_duplicate_is_pointed_out_on_saving(page, qtbot):
    store = page.context.store
    twin = store.casualties.query(CasualtyFilter(search="DEMO-2024-001"))[0]
    dialog = fill_new_record(page, qtbot, source_id="", date=twin["incident_date"],
                             province=twin["province_code"], device_type=twin["device_type"],
                             sex=twin["sex"], age=str(twin["age"]), outcome=twin["outcome"])
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "same casualty" in dialog.message.text()
    assert "DEMO-2024-001" in dialog.message.text()
    click_ok(qtbot, dialog)  # save anyway
    assert count_text(page) == "50 record(s)"
    assert "Possible duplicates" in page.notice.text()
    page.tabs.setCurrentIndex(1)
    assert page.duplicates_tree.topLevelItemCount() == 1
    group = page.duplicates_tree.topLevelItem(0)
    group.child(0).setSelected(True)  # keep the demo record
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert store.casualties.count() == 49 and page.duplicates_tree.topLevelItemCount() == 0
    page.undo_stack.undo()
    assert store.casualties.count() == 50
    page.refresh_duplicates()
    page.duplicates_tree.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(page.distinct_button, Qt.MouseButton.LeftButton)
    assert page.duplicates_tree.topLevelItemCount() == 0 and store.casualties.count() == 50


def distinct_pairs(store):
    return store.db.execute("SELECT * FROM casualty_distinct_pairs ORDER BY id").fetchall()


def records(store):
    """Every record (every column but when it was last modified: an undo modifies)."""
    return [{k: v for k, v in r.items() if k != "modified_at"} for r in store.casualties.query()]


def twins_of(store, source_id, n):
    """`n` records alike `source_id`'s (possible duplicates of it), added in the store."""
    twin = store.casualties.by_source_ids([source_id])[source_id]
    alike = {k: twin[k] for k in ("incident_date", "province_code", "sex", "age", "device_type")}
    return [store.casualties.add({**alike, "outcome": twin["outcome"], "source_id": f"{source_id}-{n}",
                                  "village": "Phum Thmei"}) for n in range(n)]


def test_undoing_a_merge_brings_back_the_records_and_their_distinct_marks(page, qtbot):
    store = page.context.store
    second, third = twins_of(store, "DEMO-2024-001", 2)
    store.casualties.mark_distinct([second, third])  # checked: not the same person
    before, pairs = records(store), distinct_pairs(store)
    page.tabs.setCurrentIndex(1)
    assert page.duplicates_tree.topLevelItemCount() == 1
    group = page.duplicates_tree.topLevelItem(0)
    assert group.childCount() == 3
    group.child(0).setSelected(True)  # keep the demo record
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    assert store.casualties.count() == 49 and distinct_pairs(store) == []
    assert page.duplicates_tree.topLevelItemCount() == 0

    page.window().undo_action.trigger()
    assert records(store) == before and distinct_pairs(store) == pairs
    assert page.duplicates_tree.topLevelItemCount() == 1
    assert page.duplicates_tree.topLevelItem(0).childCount() == 3
    page.window().redo_action.trigger()
    assert store.casualties.count() == 49 and distinct_pairs(store) == []
    page.window().undo_action.trigger()
    assert records(store) == before and distinct_pairs(store) == pairs


def test_marking_as_distinct_is_undone_and_redone(page, qtbot):
    store = page.context.store
    twins_of(store, "DEMO-2024-001", 1)
    page.tabs.setCurrentIndex(1)
    page.duplicates_tree.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(page.distinct_button, Qt.MouseButton.LeftButton)
    assert page.duplicates_tree.topLevelItemCount() == 0 and len(distinct_pairs(store)) == 1
    assert page.undo_stack.undoText() == "Mark 2 record(s) as distinct"

    page.window().undo_action.trigger()
    assert distinct_pairs(store) == [] and page.duplicates_tree.topLevelItemCount() == 1
    page.window().redo_action.trigger()
    assert len(distinct_pairs(store)) == 1 and page.duplicates_tree.topLevelItemCount() == 0
    assert store.casualties.count() == 50


# --- importing -----------------------------------------------------------------------


def write(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


@pytest.fixture
def dialogs(monkeypatch):
    """The import's modal dialogs, answered OK, as they were shown."""
    shown = []

    def answer(dialog):
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", answer)
    monkeypatch.setattr(ImportPreviewDialog, "exec", answer)
    return shown


def import_and_wait(qtbot, page, path):
    """Start an import and wait for its end; returns its counts (None: nothing imported)."""
    with qtbot.waitSignal(page.import_finished, timeout=30_000) as finished:
        assert page.import_file(path)
    return finished.args[0]


def test_import_with_a_mapping_step_and_a_preview_of_problems(page, qtbot, tmp_path, dialogs,
                                                               errors_shown):
    path = write(tmp_path / "partner.csv", [
        ["CMVIS No", "Date of incident", "Khet", "Gender", "Result"],
        ["P-1", "2024-05-02", "Pailin", "F", "Killed"],
        ["P-2", "2023-05", "Battambang", "M", "Wounded"],
        ["P-3", "2024-05-41", "Mars", "M", "Wounded"],
    ])
    with qtbot.waitSignal(page.content_changed):  # 2023 is a new year for the toolbar
        counts = import_and_wait(qtbot, page, path)
    mapping, preview = dialogs
    assert isinstance(mapping, ColumnMappingDialog) and mapping.mapping()["Khet"] == "province"
    assert isinstance(preview, ImportPreviewDialog)
    assert "2 record(s) to add" in preview.summary.text() and "1 row(s) rejected" in preview.summary.text()
    cells = [[preview.problems.item(r, c).text() for c in range(3)] for r in range(preview.problems.rowCount())]
    assert cells == [["4", "Date of incident", "2024-05-41"], ["4", "Khet", "Mars"]]
    assert counts == importer.CasualtyImportCounts(2, 0, 0, 1)
    assert count_text(page) == "51 record(s)" and "2 added" in page.notice.text()
    assert page.last_rejects == tmp_path / "partner-rejected.csv" and page.last_rejects.exists()
    assert page.context.store.years.with_data() == [2023, 2024]
    # The mapping is remembered for files with the same headers.
    assert page.context.settings.casualty_column_map(
        ["CMVIS No", "Date of incident", "Khet", "Gender", "Result"])["CMVIS No"] == "source_id"
    dialogs.clear()
    assert import_and_wait(qtbot, page, path) == importer.CasualtyImportCounts(0, 0, 2, 1)
    assert count_text(page) == "51 record(s)" and errors_shown == []


def test_an_unreadable_file_is_reported_and_nothing_imported(page, qtbot, tmp_path, dialogs, errors_shown):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a workbook")
    assert import_and_wait(qtbot, page, path) is None
    assert dialogs == [] and len(errors_shown) == 1
    assert "is not an Excel workbook (.xlsx): it is not even a zipped file" in errors_shown[0][1]
    assert page.import_job is None and page.import_button.isEnabled()


class Relay(QObject):
    """Carries a call from the import's worker thread to the GUI thread."""

    batch_written = Signal()


def test_cancel_while_writing_leaves_the_register_as_it_was(page, qtbot, tmp_path, dialogs, monkeypatch,
                                                            errors_shown):
    rows = [["source_id", "incident_date", "outcome"]]
    rows += [[f"C-{n}", "2023-01-02", "injured"] for n in range(importer.BATCH + 10)]
    path = write(tmp_path / "canonical.csv", rows)
    store = page.context.store
    before = (records(store), store.counts(), store.years.with_data())

    # After the first batch is written, inside the import's transaction, the worker
    # waits until the user (this test, on the GUI thread) has clicked Cancel.
    relay, clicked, seen = Relay(), threading.Event(), []
    write_batch = CasualtyRegister.apply_import

    def apply_import(register, adds, updates):
        write_batch(register, adds, updates)
        relay.batch_written.emit()
        assert clicked.wait(30)

    def click_cancel():
        dialog = page.import_job.dialog
        # The window answers while the worker holds 2,000 uncommitted rows, and still
        # reads the register as it was.
        seen.append((page.import_job.running, store.casualties.count()))
        dialog.findChild(QPushButton).click()
        clicked.set()

    relay.batch_written.connect(click_cancel)
    monkeypatch.setattr(CasualtyRegister, "apply_import", apply_import)
    assert import_and_wait(qtbot, page, path) is None
    assert seen == [(True, 49)] and errors_shown == []
    assert [type(d) for d in dialogs] == [ImportPreviewDialog]  # canonical headers: no mapping step
    assert "cancelled" in page.notice.text()
    assert (records(store), store.counts(), store.years.with_data()) == before
    assert page.import_button.isEnabled()


# --- summary -------------------------------------------------------------------------


def test_the_summary_tab_shows_the_year_and_saves_its_charts(page, tmp_path):
    page.tabs.setCurrentIndex(2)
    figures = {key: label.text() for key, label in page.figure_labels.items()}
    assert (figures["total"], figures["killed"], figures["injured"], figures["amputations"],
            figures["injured_without_amputation"]) == ("49", "12", "37", "8", "29")
    assert (figures["men"], figures["women"], figures["boys"], figures["girls"]) == ("30", "3", "11", "5")
    assert page.per_year_chart.categories == ["2024"]
    assert page.per_year_chart.bars == {"Killed": [12.0], "Injured": [37.0]}
    breakdown = page.breakdown_chart.bars
    assert sum(sum(values) for values in breakdown.values()) == 49
    assert sum(breakdown["Lost limbs"]) == 8
    for key in ("per_year", "breakdown"):
        path = page.save_chart(key, tmp_path / f"{key}.png")
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 200 and image.height() > 200

def test_the_summary_tab_counts_since_records_began_what_no_year_holds(page, demo_store):
    # An undated record and one of an earlier year are in the total since records
    # began; only the dated one is a bar of the per-year chart.
    demo_store.casualties.add({"outcome": "killed"})
    demo_store.casualties.add({"outcome": "injured", "incident_date": "2019-03-01"})
    page.tabs.setCurrentIndex(2)
    page.refresh_summary()
    assert "Since records began: 51" in page.breakdown_label.text()
    assert page.per_year_chart.categories == ["2019", "2024"]
    assert page.per_year_chart.bars == {"Killed": [0.0, 12.0], "Injured": [1.0, 37.0]}


# --- the register's sort indexes, after an import ----------------------------------------


def test_the_sort_indexes_an_import_leaves_are_built_by_the_window(page, qtbot, tmp_path, dialogs):
    # 60 rows into the demo's 49 records: the import drops the register's indexes and
    # commits without its sort indexes; the window builds them on a worker once the
    # import has reported its change, while the page already shows every record.
    rows = [["source_id", "incident_date", "province", "sex", "age", "device_type", "outcome"]]
    rows += [[f"B-{n}", "2024-05-06", "Pailin", "F", str(20 + n % 40), "UXO", "injured"]
             for n in range(60)]
    store = page.context.store
    window = page.window()
    if not window._settled:  # start-up's own look at the indexes, done before the import
        qtbot.waitSignal(window.settled, timeout=10_000).wait()
    assert store.casualties.missing_sort_indexes() == []
    assert import_and_wait(qtbot, page, write(tmp_path / "big.csv", rows)) == \
        importer.CasualtyImportCounts(60, 0, 0, 0)
    assert count_text(page) == "109 record(s)"
    qtbot.waitUntil(lambda: not store.casualties.missing_sort_indexes(), timeout=10_000)
    qtbot.waitUntil(lambda: not window._sort_indexes.running)
    assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _settled_window(qtbot, store, catalog, settings, dropping):
    """A main window on `store`, shown and settled, the indexes `dropping` dropped
    before it opened (as a program closed before it had built them leaves them)."""
    from ui.app import application
    from ui.context import AppContext
    from ui.main_window import MainWindow

    for name in dropping:
        store.db.execute(f"DROP INDEX {name}")
    assert set(dropping) <= set(store.casualties.missing_sort_indexes())
    application()
    window = MainWindow(AppContext(shipped_catalog=catalog, settings=settings, user="tester",
                                   store=store))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.settled, timeout=10_000):
        window.show()
    return window


def test_sort_indexes_missing_when_the_window_opens_are_built_after_start_up(
        qtbot, qapp, demo_store, catalog, settings):
    # A program closed before it had built them: the next window builds what is
    # missing once start-up has settled.
    window = _settled_window(qtbot, demo_store, catalog, settings,
                             ("casualties_by_age", "casualties_by_sex", "casualties_by_notes"))
    qtbot.waitUntil(lambda: not demo_store.casualties.missing_sort_indexes(), timeout=10_000)
    qtbot.waitUntil(lambda: not window._sort_indexes.running)


def test_sort_indexes_that_cannot_be_built_are_said_in_the_status_bar(
        page, qtbot, monkeypatch, errors_shown):
    # Work the user did not ask for: a failure (another program holding the write
    # lock past the time-out) is said in the status bar, not in an error box, and the
    # next change looks for the indexes again.
    import sqlite3

    from cmdesk.store.casualties import CasualtyRegister

    def locked(self, stop=None, between=0.0):
        raise sqlite3.OperationalError("database is locked")

    store = page.context.store
    store.db.execute("DROP INDEX casualties_by_age")
    monkeypatch.setattr(CasualtyRegister, "build_sort_indexes", locked)
    window = page.window()
    window.build_sort_indexes()
    qtbot.waitUntil(lambda: not window._sort_indexes.running)
    assert "sort indexes could not be built (database is locked)" in \
        window.statusBar().currentMessage()
    assert errors_shown == [] and store.casualties.missing_sort_indexes() == ["casualties_by_age"]
    monkeypatch.undo()
    page.content_changed.emit()
    qtbot.waitUntil(lambda: not store.casualties.missing_sort_indexes(), timeout=10_000)


@pytest.fixture
def endless_builder(monkeypatch):
    """The sort indexes of the databases in the returned list are built forever,
    until the builder is told to stop (or 10 s): what it saw is in `.stopped`."""
    import time

    from cmdesk.store.casualties import CasualtyRegister

    class Endless(list):
        def __init__(self) -> None:
            super().__init__()
            self.stopped: list[bool] = []

    endless = Endless()
    build = CasualtyRegister.build_sort_indexes

    def slow(self, stop=None, between=0.0):
        if self._store.path not in endless:
            return build(self, stop, between)
        deadline = time.monotonic() + 10
        while not (stop is not None and stop()) and time.monotonic() < deadline:
            time.sleep(0.01)
        endless.stopped.append(time.monotonic() < deadline)
        return 0

    monkeypatch.setattr(CasualtyRegister, "build_sort_indexes", slow)
    return endless


def _window_building(qtbot, store, catalog, settings):
    """A window on `store`, settled, its builder running for casualties_by_age."""
    window = _settled_window(qtbot, store, catalog, settings, ("casualties_by_age",))
    qtbot.waitUntil(lambda: window._sort_indexes is not None and window._sort_indexes.running)
    return window


def test_opening_another_database_while_building_builds_the_new_ones(
        qtbot, qapp, demo_store, catalog, settings, tmp_path, endless_builder):
    # The builder for the first database is stopped at the switch; the one for the
    # database opened instead starts when it has ended.
    from cmdesk.demo import create_demo

    endless_builder.append(demo_store.path)
    window = _window_building(qtbot, demo_store, catalog, settings)
    other = create_demo(tmp_path / "other.cmdesk", catalog, "tester")
    other.db.execute("DROP INDEX casualties_by_sex")
    other.close()
    assert window.open_database(tmp_path / "other.cmdesk")
    assert endless_builder.stopped == [True]
    opened = window.context.store
    assert opened.path == tmp_path / "other.cmdesk"
    qtbot.waitUntil(lambda: not opened.casualties.missing_sort_indexes(), timeout=10_000)


def test_closing_the_window_stops_the_builder_and_starts_no_other(
        qtbot, qapp, demo_store, catalog, settings, endless_builder):
    endless_builder.append(demo_store.path)
    window = _window_building(qtbot, demo_store, catalog, settings)
    window.close()
    assert endless_builder.stopped == [True]
    qtbot.waitUntil(lambda: not window._sort_indexes.running)
    qtbot.wait(50)
    assert not window._sort_indexes.running
    assert demo_store.casualties.missing_sort_indexes() == ["casualties_by_age"]


def test_a_builder_that_leaves_one_missing_is_not_started_again_and_again(
        qtbot, qapp, demo_store, catalog, settings):
    # An index of a sort index's name on another table: CREATE INDEX IF NOT EXISTS
    # leaves it, so one stays missing after the builder went through them all. The
    # window does not start another builder for ever (the next change looks again).
    demo_store.db.execute("DROP INDEX casualties_by_age")
    demo_store.db.execute("CREATE INDEX casualties_by_age ON provinces(code)")
    window = _settled_window(qtbot, demo_store, catalog, settings, ())
    qtbot.waitUntil(lambda: window._sort_indexes is not None)
    first = window._sort_indexes
    qtbot.waitUntil(lambda: not first.running)
    qtbot.wait(100)
    assert window._sort_indexes is first and not first.running
    assert demo_store.casualties.missing_sort_indexes() == ["casualties_by_age"]


def test_the_register_is_not_edited_while_an_import_runs(page, qtbot, tmp_path, dialogs):
    # The import's worker holds the write lock from its first step, and its progress
    # dialog shows 300 ms after: add, edit and delete are off until it ends.
    page.table.selectRow(0)
    assert page.add_button.isEnabled() and page.edit_button.isEnabled()
    path = write(tmp_path / "one.csv", [["source_id", "outcome"], ["Q-1", "killed"]])
    with qtbot.waitSignal(page.import_finished, timeout=30_000):
        assert page.import_file(path)
        assert not page.add_button.isEnabled() and not page.edit_button.isEnabled()
        assert not page.delete_button.isEnabled() and not page.import_button.isEnabled()
        count = page.context.store.casualties.count()
        page.add_record()  # refused while it runs: no dialog
        page.delete_selected()
        assert page.context.store.casualties.count() == count
    page.table.selectRow(0)
    assert page.add_button.isEnabled() and page.edit_button.isEnabled()
