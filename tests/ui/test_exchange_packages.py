"""Data exchange > packages (ui/widgets/packages.py) and Tools > Provincial offices
(ui/dialogs/provinces.py): send, receive with a preview, resolve a conflict by hand,
undo a receive."""

import zipfile

from cmdesk.catalog import Office
from cmdesk.exchange import packages
from cmdesk.store import Store

BATTAMBANG = Office("province:02", "Battambang provincial office")
ITEM = "dev.prosthesis.lower"


def _province(window, tmp_path, qtbot):
    """Battambang's database, made with Tools > Provincial offices, opened."""
    from ui.dialogs.provinces import ProvincesDialog

    hq = window.context.store
    hq.reference.locate_source("prc.01", "02")
    hq.values.set(2025, "prc.01", ITEM, "total", 10)
    dialog = ProvincesDialog(hq, window.context.shipped_catalog, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    path = tmp_path / "battambang.cmdesk"
    assert dialog.create(BATTAMBANG, path)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == BATTAMBANG.name
    return Store.open(path, window.context.shipped_catalog, "bb-officer", daily_backup=False)


def _panel(window):
    window.set_year(2025)
    window.show_page("exchange")
    return window.page("exchange").packages


def test_send_a_package_to_a_province(window, tmp_path, qtbot):
    province = _province(window, tmp_path, qtbot)
    try:
        panel = _panel(window)
        assert panel.send_button.text() == "Send to a province…" and panel.send_button.isEnabled()
        window.context.store.values.set(2025, "prc.01", ITEM, "total", 11)
        path = tmp_path / "to-bb.cmdx"
        result = panel.send_to(BATTAMBANG.code, path)
        assert result is not None and result.rows == 1
        assert "Package 2 written" in panel.result_label.text()
        assert zipfile.ZipFile(path).namelist() == ["manifest.json", "data.jsonl", "signature"]
        packages.receive(province, path)
        assert province.values.get(2025, "prc.01", ITEM) == 11
    finally:
        province.close()


def test_receive_with_a_preview_then_resolve_a_conflict_by_hand(window, tmp_path, qtbot):
    province = _province(window, tmp_path, qtbot)
    try:
        hq = window.context.store
        panel = _panel(window)
        hq.values.set(2025, "prc.01", ITEM, "total", 12)
        province.values.set(2025, "prc.01", ITEM, "total", 13)
        province.values.set(2025, "prc.01", "dev.prosthesis.upper", "total", 4)
        path = packages.send(province, None, tmp_path / "from-bb.cmdx").path
        previews = []
        assert panel.receive_file(path, confirm=lambda r: previews.append(r) or False) is None
        assert hq.values.get(2025, "prc.01", "dev.prosthesis.upper") is None  # not applied
        assert "not applied" in panel.result_label.text()
        [preview] = previews
        assert (preview.count("added"), preview.count("conflict")) == (1, 1)

        def look(receipt):
            from ui.widgets.packages import PreviewDialog

            dialog = PreviewDialog(receipt, panel.outcome_labels(), panel)
            qtbot.addWidget(dialog)
            rows = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
            assert rows == {"to add", "in conflict"}
            dialog.grab().save(str(tmp_path / "preview.png"))
            return True

        receipt = panel.receive_file(path, confirm=look)
        assert receipt is not None and receipt.applied
        assert hq.values.get(2025, "prc.01", "dev.prosthesis.upper") == 4
        assert hq.values.get(2025, "prc.01", ITEM) == 12  # waits for a person
        assert panel.conflicts_table.rowCount() == 1
        assert panel.conflicts_label.text() == "Conflicts waiting: 1"
        assert panel.conflicts_table.item(0, 5).text().startswith("12")
        assert panel.conflicts_table.item(0, 6).text().startswith("13")
        # The year cannot be signed off while it waits; Overview says so.
        window.show_page("overview")
        overview = window.page("overview")
        overview.show_review()
        assert overview.conflicts_line.isVisible()
        assert "2025" in overview.conflicts_line.text()
        window.show_page("exchange")

        panel.conflicts_table.selectRow(0)
        with qtbot.waitSignal(panel.changed):
            assert panel.resolve_selected("theirs")
        assert hq.values.get(2025, "prc.01", ITEM) == 13
        assert panel.conflicts_table.rowCount() == 0
        assert not panel.mine_button.isEnabled()
        panel.grab().save(str(tmp_path / "panel.png"))
    finally:
        province.close()


def test_undo_a_receive_until_the_next_change(window, tmp_path, qtbot, errors_shown):
    province = _province(window, tmp_path, qtbot)
    try:
        hq = window.context.store
        panel = _panel(window)
        assert not panel.undo_button.isEnabled()
        province.values.set(2025, "prc.01", ITEM, "total", 20)
        path = packages.send(province, None, tmp_path / "from-bb.cmdx").path
        assert panel.receive_file(path, confirm=lambda r: True) is not None
        assert hq.values.get(2025, "prc.01", ITEM) == 20
        assert panel.undo_button.isEnabled()
        with qtbot.waitSignal(panel.changed):
            assert panel.undo_receive()
        assert hq.values.get(2025, "prc.01", ITEM) == 10
        assert "was undone" in panel.result_label.text()
        assert not panel.undo_button.isEnabled()
        # Received again, then changed here: the undo is no longer offered.
        assert panel.receive_file(path, confirm=lambda r: True) is not None
        hq.values.set(2025, "prc.01", ITEM, "total", 21)
        panel.refresh()
        assert not panel.undo_button.isEnabled()
        assert not panel.undo_receive()
        assert "changed after it was received" in errors_shown[-1][1]
    finally:
        province.close()


def test_a_refused_package_says_why_and_changes_nothing(window, tmp_path, qtbot, errors_shown):
    province = _province(window, tmp_path, qtbot)
    try:
        panel = _panel(window)
        province.values.set(2025, "prc.01", ITEM, "total", 30)
        path = packages.send(province, None, tmp_path / "from-bb.cmdx").path
        path.write_bytes(path.read_bytes()[:-25])
        before = window.context.store.counts()
        assert panel.receive_file(path, confirm=lambda r: True) is None
        assert "damaged or incomplete" in errors_shown[-1][1]
        assert window.context.store.counts() == before
    finally:
        province.close()


def test_a_package_that_changes_the_catalog_builds_the_other_pages_again(window, tmp_path, qtbot):
    province = _province(window, tmp_path, qtbot)
    province_path = province.path
    province.close()
    hq = window.context.store
    hq.values.set(2025, "prc.01", ITEM, "total", 14)
    plain = packages.send(hq, BATTAMBANG.code, tmp_path / "values.cmdx").path
    hq.reference.update_item(ITEM, label="Prostheses, lower limb (renamed at HQ)")
    renaming = packages.send(hq, BATTAMBANG.code, tmp_path / "catalog.cmdx").path
    assert window.open_database(province_path)
    catalog = window.context.catalog
    key = next(g.page for g in catalog.groups if g.code == catalog.item(ITEM).group)
    window.show_page(key)
    entry = window.page(key)
    panel = _panel(window)

    receipt = panel.receive_file(plain, confirm=lambda r: True)
    assert receipt is not None and not receipt.changed_catalog
    assert window.page(key) is entry  # values only: the pages stay as they are

    receipt = panel.receive_file(renaming, confirm=lambda r: True)
    assert receipt is not None and receipt.changed_catalog
    assert window.page("exchange").packages is panel  # the page that received it says so
    assert "applied" in panel.result_label.text()
    assert window.page(key) is not entry  # built again, from the new catalog
    assert window.context.catalog.item(ITEM).label == "Prostheses, lower limb (renamed at HQ)"
