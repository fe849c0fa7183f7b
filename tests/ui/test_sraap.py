"""The SRAAP & narrative page: statuses and narratives saved through the core, drafts
accepted into the narrative, the out-of-date warning, the Committee's requests import."""

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from cmdesk.narratives import save_narrative
from cmdesk.reports import export_document

YEAR = 2024


def page_for(window, year=YEAR):
    window.set_year(year)
    window.show_page("sraap")
    return window.page("sraap")


def select(page, code):
    found = page.tree.findItems(code, Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)
    item = next(i for i in found if i.data(0, Qt.ItemDataRole.UserRole) == code)
    page.tree.setCurrentItem(item)
    assert page.current == code
    return item


def stored(store, code, year=YEAR):
    return next((r for r in store.narratives.for_year(year) if r["indicator"] == code), {})


def blank(window, *codes, year=YEAR):
    """Clear the demo's narratives of `codes` (the demo tells 2024's story)."""
    for code in codes:
        save_narrative(window.context.store, code, year, status="not_reported", narrative="",
                       forget_figures=True)


def test_every_indicator_is_listed_under_its_action_with_its_status(window):
    page = page_for(window)
    catalog = window.context.catalog
    assert page.tree.topLevelItemCount() == len(catalog.actions)
    listed = sum(page.tree.topLevelItem(n).childCount() for n in range(page.tree.topLevelItemCount()))
    assert listed == sum(len(a.indicators) for a in catalog.actions)
    assert select(page, "35.2").text(1) == "Reported"  # the demo's devices narrative
    item = select(page, "35.3")  # the Committee asks; the demo answers nothing
    assert item.text(1) == "Not reported"
    assert "35.3" in page.indicator_label.text()


def test_an_edited_narrative_and_status_are_saved_and_kept_when_moving_on(window):
    blank(window, "33.2")
    page = page_for(window)
    store = window.context.store
    changed = []
    page.content_changed.connect(lambda: changed.append(True))
    item = select(page, "33.2")
    page.status_box.setCurrentIndex(page.status_box.findData("partly"))
    page.narrative_edit.setPlainText("Medical care reached every province.")
    page.answer_edit.setPlainText("See the annex.")
    assert page.save_button.isEnabled()
    page.save_button.click()
    row = stored(store, "33.2")
    assert (row["status"], row["narrative"], row["state_answer"]) == (
        "partly", "Medical care reached every province.", "See the annex.")
    assert changed and not page.save_button.isEnabled()
    assert select(page, "33.2").text(1) == "Partly reported"
    # Typing then selecting another indicator saves too.
    page.narrative_edit.setPlainText("Rewritten.")
    select(page, "35.2")
    assert stored(store, "33.2")["narrative"] == "Rewritten."
    assert item is not None


def test_undo_changes_shows_the_saved_text_again(window):
    blank(window, "33.2")
    page = page_for(window)
    select(page, "33.2")
    page.narrative_edit.setPlainText("Not meant.")
    page.revert_button.click()
    assert page.narrative_edit.toPlainText() == ""
    assert stored(window.context.store, "33.2").get("narrative", "") == ""


def test_using_a_draft_puts_the_sentence_in_the_narrative(window):
    blank(window, "35.2")
    page = page_for(window)
    store = window.context.store
    select(page, "35.2")
    page.narrative_edit.setPlainText("Our own opening.")
    assert len(page.draft_buttons) == 1
    page.draft_buttons[0].click()
    text = page.narrative_edit.toPlainText()
    assert text.startswith("Our own opening.\nIn 2024, the PRCs produced or repaired a total of 26,280")
    row = stored(store, "35.2")
    assert row["narrative"] == text and row["status"] == "reported"
    assert page.current == "35.2" and not page.stale_label.isVisible()


def test_a_changed_value_makes_the_out_of_date_warning_appear(window):
    blank(window, "35.2")
    page = page_for(window)
    store = window.context.store
    select(page, "35.2")
    page.draft_buttons[0].click()
    assert not page.stale_label.isVisible()
    store.values.set(YEAR, "national", "dev.repair", "total", 13400)
    window.show_page("overview")
    window.show_page("sraap")  # the page reads the store again when shown
    assert page.current == "35.2" and page.stale_label.isVisible()
    assert "13,305 → 13,400" in page.stale_label.text()
    assert "out of date" in select(page, "35.2").text(1)


def test_the_committees_requests_are_imported_after_confirmation(window, tmp_path):
    page = page_for(window, 2026)
    store = window.context.store
    path = export_document("sraap", store, window.context.catalog, 2025, tmp_path / "t.xlsx").path
    summaries = []
    assert not page.import_requests(path, confirm=lambda s: summaries.append(s) or False)
    assert "11 request(s) to add" in summaries[0]
    assert not any(r["committee_request"] for r in store.narratives.for_year(2026))
    assert page.import_requests(path, confirm=lambda s: True)
    assert sum(bool(r["committee_request"]) for r in store.narratives.for_year(2026)) == 11
    assert "11 added" in page.result_label.text()
    code = next(r["indicator"] for r in store.narratives.for_year(2026) if r["committee_request"])
    select(page, code)
    assert page.request_edit.toPlainText() == stored(store, code, 2026)["committee_request"]


def test_a_tracker_with_problems_imports_nothing_and_says_where(window, tmp_path):
    page = page_for(window, 2026)
    store = window.context.store
    path = export_document("sraap", store, window.context.catalog, 2025, tmp_path / "t.xlsx").path
    wb = load_workbook(path)
    wb.active["B5"] = "99.9 An indicator the catalog does not have"
    wb.save(path)
    assert not page.import_requests(path, confirm=lambda s: True)
    assert "Nothing was imported" in page.result_label.text() and "Row 5" in page.result_label.text()
    assert not any(r["committee_request"] for r in store.narratives.for_year(2026))



def test_the_list_shows_each_indicators_own_words_and_marks_the_committees_requests(window):
    page = page_for(window, 2025)
    store = window.context.store
    items = {item.data(0, Qt.ItemDataRole.UserRole): item
             for n in range(page.tree.topLevelItemCount())
             for item in (page.tree.topLevelItem(n).child(k)
                          for k in range(page.tree.topLevelItem(n).childCount()))}
    assert items["41.2"].text(0) == "41.2  A resource mobilisation plan in place."
    assert items["30.2"].text(0) == ("30.2  An inclusive national action plan in\n"
                                     "place considering mine and other explosive …")
    assert not any(item.text(0).split("  ", 1)[1].startswith("% of") for item in items.values())
    assert items["41.2"].toolTip(0).startswith("% of affected States Parties that report having")
    requested = {r["indicator"] for r in store.narratives.for_year(2025) if r["committee_request"].strip()}
    assert requested
    assert {code for code, item in items.items() if item.text(2) == "Request"} == requested
    code = sorted(requested)[0]
    assert stored(store, code, 2025)["committee_request"].strip() in items[code].toolTip(2)
