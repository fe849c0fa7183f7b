"""Store.remembered: a value derived from the data is computed once and kept while
the data are unchanged, whoever changes them (this connection, another one, a
restore); cmdesk.entry.national_figures shares the year's national figures through it."""

from cmdesk.entry import national_figures, national_values
from cmdesk.store import Store
from tests.core.conftest import USER


def counted(store, key="k"):
    calls = []
    return lambda: store.remembered(key, lambda: calls.append(1) or len(calls)), calls


def test_kept_while_nothing_changes_computed_again_after_this_connections_write(store):
    get, calls = counted(store)
    assert (get(), get(), get()) == (1, 1, 1)
    store.values.set(2024, "national", "inc.sport", "total", 58)
    assert get() == 2 and len(calls) == 2


def test_computed_again_after_another_connection_commits(store, catalog):
    get, calls = counted(store)
    get()
    other = Store.open(store.path, catalog, USER)
    try:
        other.values.set(2024, "national", "inc.sport", "total", 58)
    finally:
        other.close()
    assert get() == 2


def test_what_a_transaction_reads_is_not_kept_past_its_rollback(store):
    count = store.casualties.count  # the whole register's count is remembered
    assert count() == 0
    try:
        with store.db.atomic():
            store.casualties.add_many([{"incident_date": "2024-05-01", "outcome": "killed"}])
            assert count() == 1  # this connection sees its own uncommitted row
            raise RuntimeError("the write fails")
    except RuntimeError:
        pass
    assert count() == 0 and not store.db.conn.in_transaction
    store.casualties.add_many([{"incident_date": "2024-05-01", "outcome": "killed"}])
    assert count() == 1


def test_computed_again_after_a_restore(store):
    get, calls = counted(store)
    backup = store.backup("test")
    get()
    store.restore(backup)
    assert get() == 2


def test_the_national_figures_follow_the_values_and_the_catalog(store, catalog):
    store.values.set(2024, "national", "inc.sport", "total", 58)
    first = national_figures(store, catalog, 2024)
    assert national_figures(store, catalog, 2024) is first  # shared
    assert national_values(store, catalog, 2024)[("inc.sport", "total")] == 58
    store.values.set(2024, "national", "inc.sport", "total", 60)
    assert national_values(store, catalog, 2024)[("inc.sport", "total")] == 60
    other = store.reference.catalog(catalog)  # another catalog object: its own figures
    assert national_figures(store, other, 2024) is not national_figures(store, catalog, 2024)
