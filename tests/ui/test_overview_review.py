"""Overview's review of the year: the findings of every check, opening where each one
is, acknowledging and withdrawing."""

from PySide6.QtCore import Qt

from cmdesk.catalog import TOTAL


def findings_panel(window, qtbot):
    page = window.page("overview")
    # The review is filled in steps after the first paint: wait for all of them.
    qtbot.waitUntil(lambda: page.findings is not None and page.findings.review is not None
                    and not page.review_pending)
    return page.findings


def rows(panel):
    return [tuple(item.text(c) for c in range(4)) for item in panel.items()]


def select_rule(panel, rule):
    item = next(i for i in panel.items() if i.data(0, 0x0100).rule == rule)
    panel.tree.setCurrentItem(item)
    return item


def test_overview_lists_the_demo_years_findings_in_words(window, qtbot):
    panel = findings_panel(window, qtbot)
    # The devices' stated total against its types; "over 2,800" agrees with its parts.
    assert panel.summary.text() == ("0 error(s), 1 warning(s), 1 question(s) to look at; "
                                    "0 acknowledged.")
    severities = [row[0] for row in rows(panel)]
    assert severities == ["Warning", "Question"]
    question = rows(panel)[1]
    assert question[1] == "National total" and "26,988" in question[2] and question[3] == ""


def test_a_finding_opens_the_cell_it_is_about(window, qtbot):
    panel = findings_panel(window, qtbot)
    select_rule(panel, "same_value_in_two_items")
    panel.open_button.click()
    assert window.current_page_key() == "services"
    services = window.page("services")
    assert services.source() == "national"
    index = services.view.currentIndex()
    assert services.model.index_of("svc.prc_clients", TOTAL) == index


def test_a_record_finding_opens_the_record_form(window, qtbot, demo_store):
    record_id = demo_store.casualties.add({"source_id": "CHK-1", "incident_date": "2024-02-03",
                                           "province_code": "02", "outcome": "injured", "age": 115,
                                           "age_group": "adult"})
    window.refresh()
    panel = findings_panel(window, qtbot)
    qtbot.waitUntil(lambda: any(r[0] == "Error" for r in rows(panel)))
    item = select_rule(panel, "casualty_age_over_110")
    assert item.text(1) == "Casualty register" and "CHK-1" in item.text(2)
    panel.open_item(item)
    casualties = window.page("casualties")
    assert window.current_page_key() == "casualties"
    qtbot.waitUntil(lambda: casualties.dialog is not None)
    assert casualties.selected_id() == record_id
    casualties.dialog.reject()


def test_acknowledging_needs_a_reason_and_unblocks_the_error(window, qtbot, demo_store, errors_shown):
    demo_store.values.set_many([(2024, "prc.03", "inc.sport", TOTAL, 10, None),
                                (2024, "prc.03", "inc.sport", "female", 12, None)])
    window.refresh()
    panel = findings_panel(window, qtbot)
    qtbot.waitUntil(lambda: panel.summary.text().startswith("1 error(s)"))
    select_rule(panel, "part_within_total")
    assert not panel.withdraw_button.isEnabled()
    assert panel.acknowledge_selected("  ") is False
    assert errors_shown and "reason" in errors_shown[0][1]
    assert panel.acknowledge_selected("Centre 3 counts women twice; asked to correct") is True
    assert panel.summary.text().startswith("0 error(s)") and "1 acknowledged" in panel.summary.text()
    item = select_rule(panel, "part_within_total")
    assert item.text(3).startswith("tester, ") and "counts women twice" in item.text(3)
    assert panel.withdraw_button.isEnabled() and "reason" in panel.acknowledge_button.text()
    panel.show_acknowledged.setChecked(False)
    assert all(r[3] == "" for r in rows(panel))
    panel.show_acknowledged.setChecked(True)
    select_rule(panel, "part_within_total")
    assert panel.withdraw_selected() is True
    assert panel.summary.text().startswith("1 error(s)")


def test_overview_shows_the_returns_with_what_is_overdue(window, qtbot):
    findings_panel(window, qtbot)
    completeness = window.page("overview").completeness
    summary = completeness.summary.text()
    assert summary.startswith("Returns for 2024: 42 expected, 41 received, 39 checked.")
    assert "Overdue (1): VIC" in summary


def test_submitting_from_overview_freezes_the_year_everywhere(window, qtbot, monkeypatch):

    panel = findings_panel(window, qtbot)
    overview = window.page("overview")
    asked = []

    def confirm(notes):
        asked.append(notes)
        return True

    assert overview.year_status.submit(confirm) is True
    # The question listed what the documents go without (the demo's overdue VIC return,
    # the two actions seed 000 reports nothing under).
    kinds = [note.kind for note in asked[0]]
    assert kinds.count("overdue_return") == 1 and kinds.count("empty_section") == 2
    qtbot.waitUntil(lambda: overview.year_status.badge.text().strip() == "Submitted")
    # Acknowledging is a write: not in a frozen year.
    assert not panel.acknowledge_button.isEnabled()
    window.show_page("services")
    services = window.page("services")
    services.set_source("prc.01")
    flags = services.model.flags(services.model.index_of("svc.prc_clients", TOTAL))
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_overview_fills_in_after_the_first_paint_and_takes_input_meanwhile(qtbot, qapp, demo_store,
                                                                          catalog, settings, monkeypatch):
    # The review is filled in steps after the first paint: a key pressed while the
    # first step runs is handled before the review is complete, not after it.
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QKeyEvent

    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.pages.overview import OverviewPage

    handled = []
    first_step = OverviewPage._show_contents

    def show_contents_and_press_a_key(page):
        first_step(page)
        if not handled:
            navigation = page.window().navigation
            navigation.currentRowChanged.connect(lambda row: handled.append(
                (row, page.review_pending, page.findings is None or page.findings.review is None)))
            QCoreApplication.postEvent(navigation, QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier))

    monkeypatch.setattr(OverviewPage, "_show_contents", show_contents_and_press_a_key)
    window = MainWindow(AppContext(shipped_catalog=catalog, settings=settings, user="tester",
                                   store=demo_store))
    qtbot.addWidget(window)
    page = window.page("overview")
    assert page.findings is None and not page.review_pending  # nothing before the first paint
    with qtbot.waitSignal(page.review_shown, timeout=30_000):
        window.show()
    assert handled == [(1, True, True)]  # the key moved to the second page mid-review
    assert not page.review_pending and page.findings.review is not None
    assert "Casualty records (all years)" in page.counts_label.text()
    assert page.completeness is not None and page.year_status is not None
