"""The window and the database's safety: a file on a network share is warned about
and copied to this computer when the user agrees; two CMDesk windows on one
database on one computer both work, each seeing the other's saved changes when it
refreshes (File > Refresh, F5)."""

from pathlib import Path

import pytest

from cmdesk.store import Store, location
from ui.main_window import MainWindow

SHARE = "the network share \\\\fileserver\\va"
ITEM = ("national", "dev.repair", "total")


@pytest.fixture
def on_share(tmp_path, monkeypatch, catalog):
    """A database in a folder the system reports as a network share."""
    share = tmp_path / "share"
    share.mkdir()
    path = share / "office.cmdesk"
    store = Store.create(path, catalog, catalog.resolve_office("hq"), "tester")
    store.values.set(2024, *ITEM, 13305)
    store.close()
    monkeypatch.setattr(location, "network_location",
                        lambda p, **_: SHARE if share in Path(p).resolve().parents else None)
    return path


def test_a_database_on_a_network_share_is_copied_to_this_computer_when_asked(
    window, tmp_path, on_share, monkeypatch, errors_shown
):
    asked = []
    local = tmp_path / "local" / "office.cmdesk"
    local.parent.mkdir()
    monkeypatch.setattr(window, "ask_to_copy_from_network", lambda text: asked.append(text) or True)
    monkeypatch.setattr(window, "choose_local_copy", lambda path: local)
    assert window.open_database(on_share)
    (warning,) = asked
    assert str(on_share) in warning and SHARE in warning and "WAL mode" in warning
    store = window.context.store
    assert store.path == local
    assert store.values.get(2024, *ITEM) == 13305
    assert "office.cmdesk" in window.windowTitle()
    assert errors_shown == []


def test_declining_the_copy_keeps_the_share_open_and_says_so(window, on_share, monkeypatch):
    monkeypatch.setattr(window, "ask_to_copy_from_network", lambda text: False)
    monkeypatch.setattr(window, "choose_local_copy", lambda path: pytest.fail("not asked"))
    assert window.open_database(on_share)
    assert window.context.store.path == on_share
    assert "network share" in window.statusBar().currentMessage()


def test_a_local_database_is_not_questioned(window, tmp_path, catalog, monkeypatch):
    monkeypatch.setattr(location, "network_location", lambda p, **_: None)
    monkeypatch.setattr(window, "ask_to_copy_from_network", lambda text: pytest.fail("asked"))
    path = tmp_path / "local.cmdesk"
    Store.create(path, catalog, catalog.resolve_office("hq"), "tester").close()
    assert window.open_database(path)


def test_two_windows_on_one_database_see_each_others_changes_on_refresh(
    window, qtbot, catalog, settings
):
    from tests.ui.test_main_window import card_value
    from ui.context import AppContext

    first = window
    other_store = Store.open(first.context.store.path, catalog, "second")
    second = MainWindow(AppContext(shipped_catalog=catalog, settings=settings, user="second",
                                   store=other_store))
    qtbot.addWidget(second)
    second.show()
    try:
        assert card_value(first, "casualties") == card_value(second, "casualties") == "49"
        first.context.store.casualties.add({"incident_date": "2024-06-02", "outcome": "killed",
                                            "province_code": "02"})
        second.refresh_action.trigger()  # File > Refresh
        assert card_value(second, "casualties") == "50"
        second.context.store.casualties.add({"incident_date": "2024-07-09", "outcome": "injured",
                                             "province_code": "02"})
        first.refresh()
        assert card_value(first, "casualties") == "51"
    finally:
        second.close()
        other_store.close()
