"""The exchange commands: province create/pair-code/pair/list, send, receive, conflicts,
resolve (cmdesk/cli/exchange.py)."""

import json

from cmdesk.catalog import load_catalog
from cmdesk.store import Store
from tests.core.cli_helpers import run

ITEM = "dev.prosthesis.lower"


def _hq(tmp_path, capsys):
    hq = tmp_path / "hq.cmdesk"
    assert run(capsys, "init", "--db", hq)[0] == 0
    store = Store.open(hq, load_catalog(), "setup", daily_backup=False)
    store.reference.locate_source("prc.01", "02")
    store.values.set(2024, "prc.01", ITEM, "total", 10)
    store.close()
    return hq


def _set_value(path, value, user):
    store = Store.open(path, load_catalog(), user, daily_backup=False)
    store.values.set(2024, "prc.01", ITEM, "total", value)
    store.close()


def _value(path):
    store = Store.open(path, load_catalog(), "reader", read_only=True)
    try:
        return store.values.get(2024, "prc.01", ITEM)
    finally:
        store.close()


def test_create_send_receive_conflict_and_resolve(tmp_path, capsys):
    hq = _hq(tmp_path, capsys)
    bb = tmp_path / "bb.cmdesk"
    code, out, err = run(capsys, "province", "create", "--office", "Battambang", "--db", hq, "--out", bb)
    assert code == 0, err
    assert "Battambang" in out and "1 value(s)" in out
    assert _value(bb) == 10
    secret = Store.open(hq, load_catalog(), "x", read_only=True)
    key = secret.exchange.pair("province:02").secret
    secret.close()
    assert key not in out

    _set_value(hq, 11, "hq-officer")
    _set_value(bb, 12, "bb-officer")
    to_bb, to_hq = tmp_path / "to-bb.cmdx", tmp_path / "to-hq.cmdx"
    code, out, _ = run(capsys, "send", "--db", hq, "--office", "Battambang", "--out", to_bb)
    assert code == 0 and "1 changed" in out
    assert run(capsys, "send", "--db", bb, "--out", to_hq)[0] == 0

    code, out, _ = run(capsys, "receive", to_hq, "--db", hq, "--dry-run", "--json")
    preview = json.loads(out)
    assert code == 0 and not preview["applied"] and preview["counts"]["conflict"] == 1
    assert _value(hq) == 11
    code, out, _ = run(capsys, "receive", to_hq, "--db", hq)
    assert code == 0 and "1 in conflict" in out and "cmdesk resolve KEY" in out
    code, out, err = run(capsys, "receive", to_hq, "--db", hq)
    assert code == 2 and "received already" in err

    code, out, _ = run(capsys, "conflicts", "--db", hq, "--json")
    [conflict] = json.loads(out)
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == ("value", 11, 12)
    code, out, _ = run(capsys, "conflicts", "--db", hq)
    assert conflict["key"] in out and "theirs: 12" in out
    code, out, err = run(capsys, "resolve", conflict["key"], "--take", "fifteen", "--db", hq)
    assert code == 2 and "not a number" in err
    code, out, _ = run(capsys, "resolve", conflict["key"], "--take", "15", "--db", hq)
    assert code == 0 and "settled" in out
    assert _value(hq) == 15
    assert run(capsys, "conflicts", "--db", hq)[1].strip() == "No conflict is waiting."

    assert run(capsys, "receive", to_bb, "--db", bb)[0] == 0  # the crossing package: a conflict there
    again = tmp_path / "again.cmdx"
    assert run(capsys, "send", "--db", hq, "--office", "02", "--out", again)[0] == 0
    assert run(capsys, "receive", again, "--db", bb)[0] == 0
    assert _value(bb) == 15
    assert json.loads(run(capsys, "conflicts", "--db", bb, "--json")[1]) == []
    code, out, _ = run(capsys, "province", "list", "--db", hq)
    assert "Battambang" in out and "0 conflict(s) waiting" in out


def test_a_damaged_package_is_refused_with_a_reason(tmp_path, capsys):
    hq = _hq(tmp_path, capsys)
    bb = tmp_path / "bb.cmdesk"
    run(capsys, "province", "create", "--office", "02", "--db", hq, "--out", bb)
    _set_value(bb, 20, "bb")
    package = tmp_path / "p.cmdx"
    run(capsys, "send", "--db", bb, "--out", package)
    package.write_bytes(package.read_bytes()[:-40])
    code, out, err = run(capsys, "receive", package, "--db", hq)
    assert code == 2 and "damaged or incomplete" in err and "\n" not in err.strip()
    assert _value(hq) == 10


def test_pairing_a_plain_database_from_a_code(tmp_path, capsys):
    hq = _hq(tmp_path, capsys)
    bb = tmp_path / "bb.cmdesk"
    assert run(capsys, "init", "--db", bb, "--office", "Battambang")[0] == 0
    code, out, _ = run(capsys, "province", "pair-code", "--office", "Battambang", "--db", hq)
    assert code == 0
    line = out.strip().splitlines()[-1]
    assert line.startswith("cmdx1:")
    pl = tmp_path / "pl.cmdesk"
    run(capsys, "init", "--db", pl, "--office", "Pailin")
    code, _, err = run(capsys, "province", "pair", "--code", line, "--db", pl)
    assert code == 2 and "for office province:02" in err
    code, out, _ = run(capsys, "province", "pair", "--code", line, "--db", bb)
    assert code == 0 and "paired with Headquarters" in out
    package = tmp_path / "first.cmdx"
    assert run(capsys, "send", "--db", hq, "--office", "Battambang", "--out", package)[0] == 0
    code, out, err = run(capsys, "receive", package, "--db", bb)
    assert code == 0, err
    assert _value(bb) == 10


def test_a_first_package_received_leaves_the_register_with_every_index(tmp_path, capsys):
    # The province's records into HQ's empty register: the receive builds the
    # register's indexes after its rows (the sort indexes after the commit, once the
    # receipt is printed).
    hq = _hq(tmp_path, capsys)
    bb = tmp_path / "bb.cmdesk"
    assert run(capsys, "province", "create", "--office", "Battambang", "--db", hq, "--out", bb)[0] == 0
    store = Store.open(bb, load_catalog(), "bb-officer", daily_backup=False)
    for age in (20, 30, 40):
        store.casualties.add({"outcome": "injured", "province_code": "02", "age": age})
    store.close()
    package = tmp_path / "to-hq.cmdx"
    assert run(capsys, "send", "--db", bb, "--out", package)[0] == 0
    code, out, err = run(capsys, "receive", package, "--db", hq)
    assert code == 0, err
    assert "3 added" in out
    store = Store.open(hq, load_catalog(), "reader", read_only=True)
    try:
        assert store.casualties.count() == 3 and store.casualties.missing_sort_indexes() == []
    finally:
        store.close()


def test_a_province_created_from_headquarters_records_has_every_index(tmp_path, capsys):
    # The new province's database receives its first package (HQ's records of the
    # province) into an empty register: its sort indexes are built before it is done.
    hq = _hq(tmp_path, capsys)
    store = Store.open(hq, load_catalog(), "hq-officer", daily_backup=False)
    for age in (20, 30):
        store.casualties.add({"outcome": "killed", "province_code": "02", "age": age})
    # As if received from Battambang earlier: HQ sends a province the rows it entered.
    store.db.execute("UPDATE casualties SET office = 'province:02'")
    store.close()
    bb = tmp_path / "bb.cmdesk"
    assert run(capsys, "province", "create", "--office", "Battambang", "--db", hq, "--out", bb)[0] == 0
    store = Store.open(bb, load_catalog(), "reader", read_only=True)
    try:
        assert store.casualties.count() == 2 and store.casualties.missing_sort_indexes() == []
    finally:
        store.close()
