"""Property: random edits on headquarters and two provinces, packages sent, lost and
received in random order, converge once every conflict is resolved, and no change
is lost silently (each one ends as the value, or someone replaced it knowing it, or
it went through a conflict)."""

import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmdesk.exchange import packages as exchange
from cmdesk.exchange.packages.files import PackageRefused
from cmdesk.store import Store
from tests.core.exchange_helpers import (
    ITEM,
    PRC_BATTAMBANG,
    PRC_PAILIN,
    Offices,
    assert_same_shared,
    record,
    value_row,
)

FIELDS = ("age", "district", "notes")
DIRECTIONS = ("hq>bb", "bb>hq", "hq>pl", "pl>hq")

step = st.one_of(
    # (edit, at HQ or in the province, which province, which of its records, field):
    # few records and fields, so that both sides often change the same one.
    st.tuples(st.just("edit"), st.booleans(), st.integers(1, 2), st.integers(0, 2),
              st.sampled_from(FIELDS)),
    st.tuples(st.just("edit"), st.booleans(), st.integers(1, 2), st.integers(0, 2),
              st.sampled_from(FIELDS)),
    st.tuples(st.just("value"), st.integers(0, 2), st.integers(0, 1)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 5)),
    st.tuples(st.just("add"), st.integers(1, 2)),
    st.tuples(st.just("send"), st.sampled_from(DIRECTIONS)),
    st.tuples(st.just("deliver"), st.sampled_from(DIRECTIONS), st.integers(0, 3)),
    st.tuples(st.just("lose"), st.sampled_from(DIRECTIONS)),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory, catalog):
    """HQ and two provinces with three records each, exchanged once: copied for each
    example (making them anew each time would take most of the test's time)."""
    folder = tmp_path_factory.mktemp("template")
    offices = Offices(folder, catalog)
    for province, code in ((offices.bb, "02"), (offices.pl, "24")):
        for age in (20, 21, 22):
            province.casualties.add(record(province_code=code, age=age))
        offices.carry(province, offices.hq)
        offices.carry(offices.hq, province)
    offices.close()
    return folder


class World:
    def __init__(self, folder, catalog):
        self.folder = folder
        self.hq = Store.open(folder / "hq.cmdesk", catalog, "hq-officer", daily_backup=False)
        self.bb = Store.open(folder / "bb.cmdesk", catalog, "bb-officer", daily_backup=False)
        self.pl = Store.open(folder / "pl.cmdesk", catalog, "pl-officer", daily_backup=False)
        self.stores = (self.hq, self.bb, self.pl)
        self.by_name = {"hq": self.hq, "bb": self.bb, "pl": self.pl}
        self.in_flight = {direction: [] for direction in DIRECTIONS}
        self.count = 0
        self.edits = []  # (table, key, field, value)

    def close(self):
        for store in self.stores:
            store.close()

    def records(self, store):
        """The records `store` may edit, oldest first."""
        rows = sorted(store.casualties.query(), key=lambda r: (r["created_at"], r["age"] or 0, r["id"]))
        if store is self.hq:
            return [r["id"] for r in rows]
        return [r["id"] for r in rows if r["office"] == store.office.code]

    def unique(self):
        self.count += 1
        return self.count

    def send(self, direction):
        sender, receiver = (self.by_name[n] for n in direction.split(">"))
        path = self.folder / f"p{self.unique():04d}.cmdx"
        exchange.send(sender, receiver.office.code, path)
        self.in_flight[direction].append(path)

    def deliver(self, direction, which):
        pending = self.in_flight[direction]
        if not pending:
            return
        path = pending.pop(which % len(pending))
        receiver = self.by_name[direction.split(">")[1]]
        try:
            exchange.receive(receiver, path, keep_undo=False)
        except PackageRefused as refused:
            assert refused.reason == "superseded"  # an older package after a newer one

    def run(self, step):
        kind = step[0]
        if kind == "edit":
            province = self.stores[step[2]]
            store = self.hq if step[1] else province
            ids = [rid for rid in self.records(store)
                   if store.casualties.get(rid)["office"] == province.office.code]
            if not ids:
                return
            rid, field = ids[step[3] % len(ids)], step[4]
            value = 100 + self.unique() if field == "age" else f"{field}-{self.unique()}"
            store.casualties.update(rid, **{field: value})
            self.edits.append(("casualties", rid, field, value))
        elif kind == "value":
            store = self.stores[step[1]]
            source = (PRC_BATTAMBANG, PRC_PAILIN)[step[2]]
            if store is self.bb and source != PRC_BATTAMBANG or store is self.pl and source != PRC_PAILIN:
                return
            value = self.unique()
            store.values.set(2024, source, ITEM, "total", value)
            self.edits.append(("aggregate_values", value_row(2024, source), "value", value))
        elif kind == "delete":
            store = self.stores[step[1]]
            ids = self.records(store)
            if ids:
                store.casualties.delete(ids[step[2] % len(ids)])
        elif kind == "add":
            store = self.stores[step[1]]
            code = "02" if store is self.bb else "24"
            rid = store.casualties.add(record(province_code=code, age=100 + self.unique()))
            self.edits.append(("casualties", rid, "*", None))
        elif kind == "send":
            self.send(step[1])
        elif kind == "deliver":
            self.deliver(step[1], step[2])
        elif kind == "lose":
            if self.in_flight[step[1]]:
                self.in_flight[step[1]].pop(0)

    def converge(self, takes):
        """Resolve every conflict (the choices drawn), carry packages both ways,
        until nothing is open and nothing left to send."""
        for round_ in range(12):
            for n, store in enumerate(self.stores):
                for i, conflict in enumerate(exchange.conflicts(store)):
                    take = takes[(round_ + n + i) % len(takes)]
                    exchange.resolve(store, conflict.key, take)
            quiet = True
            for province in (self.bb, self.pl):
                for sender, receiver in ((self.hq, province), (province, self.hq)):
                    path = self.folder / f"c{self.unique():04d}.cmdx"
                    result = exchange.send(sender, receiver.office.code, path)
                    receipt = exchange.receive(receiver, path, keep_undo=False)
                    quiet &= result.rows == 0 and not receipt.changed_anything
            if quiet and not any(exchange.conflicts(s) for s in self.stores):
                return round_
        raise AssertionError("did not converge in 12 rounds")

    def knowingly_replaced(self, table, key, field, value) -> bool:
        text = str(value)
        as_json = json.dumps(value, ensure_ascii=False)
        for store in self.stores:
            for row in store.audit.history(table, key):
                if row["field"] == field and row["old_value"] == text:
                    return True
                if row["field"] == "*" and row["new_value"] == "deleted" and as_json in (row["old_value"] or ""):
                    return True
            for conflict in store.exchange.conflicts(open_only=False):
                if conflict["table_name"] == table and conflict["row_key"] == key and any(
                        as_json in (conflict[c] or "") for c in ("mine", "theirs", "theirs_row")):
                    return True
        return False


@settings(max_examples=int(__import__("os").environ.get("CMDESK_EXCHANGE_EXAMPLES", "40")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=4, max_size=30),
       takes=st.lists(st.sampled_from(["mine", "theirs"]), min_size=1, max_size=4))
def test_random_exchanges_converge_and_lose_nothing_silently(template, tmp_path_factory, catalog,
                                                             steps, takes):
    folder = tmp_path_factory.mktemp("world")
    for name in ("hq", "bb", "pl"):
        shutil.copy(template / f"{name}.cmdesk", folder / f"{name}.cmdesk")
    world = World(folder, catalog)
    try:
        for s in steps:
            world.run(s)
        rounds = world.converge(takes)
        from hypothesis import event
        event(f"rounds={rounds}")
        event(f"conflicts={sum(len(s.exchange.conflicts(open_only=False)) for s in world.stores)>0}")
        assert_same_shared(world.hq, world.bb)
        assert_same_shared(world.hq, world.pl)
        for table, key, field, value in world.edits:
            final = world.hq.exchange.row(
                __import__("cmdesk.store.exchange", fromlist=["TABLES"]).TABLES[table], key)
            if field == "*":
                # An added record is at HQ, or someone deleted it knowing it.
                assert final is not None or any(
                    h["field"] == "*" and h["new_value"] == "deleted"
                    for s in world.stores for h in s.audit.history(table, key)), key
                continue
            if final is not None and final[field] == value:
                continue
            assert world.knowingly_replaced(table, key, field, value), (table, key, field, value)
    finally:
        world.close()
