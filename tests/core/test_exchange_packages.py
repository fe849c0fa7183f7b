"""Exchange packages between headquarters and two provinces (cmdesk/exchange/packages).

Each scenario builds HQ and two provincial databases, exchanges packages in some
order, then compares what each pair shares table by table, and accounts for every
change made: applied on the other side, in a conflict, or refused with a reason.
"""

import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmdesk.errors import InputError, YearFrozenError
from cmdesk.exchange import packages as exchange
from cmdesk.exchange.packages.files import DATA, ENCODE, MANIFEST, write_package
from cmdesk.signoff import workflow
from cmdesk.store.exchange import TABLES
from tests.core.exchange_helpers import (
    BATTAMBANG,
    ITEM,
    OTHER_ITEM,
    PRC_BATTAMBANG,
    PRC_PAILIN,
    Offices,
    assert_same_shared,
    record,
    value_row,
)


@pytest.fixture
def offices(tmp_path, catalog):
    offices = Offices(tmp_path, catalog)
    yield offices
    offices.close()


def outcomes(receipt, table=None, key=None):
    """{(key, field): outcome} of a receipt's items (of one table / row)."""
    return {(item.key, item.field): item.outcome for item in receipt.items
            if (table is None or item.table == table) and (key is None or item.key == key)}


# --- setting up a province -------------------------------------------------------------


def test_a_new_province_has_hq_reference_data_and_the_province_values(tmp_path, catalog):
    from cmdesk.catalog import HEADQUARTERS
    from cmdesk.store import Store

    hq = Store.create(tmp_path / "hq.cmdesk", catalog, HEADQUARTERS, "hq-officer")
    hq.reference.locate_source(PRC_BATTAMBANG, "02")
    hq.reference.rename_source(PRC_BATTAMBANG, "Battambang PRC (ICRC)")
    hq.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 40)
    hq.values.set(2024, "national", ITEM, "total", 900)  # not the province's
    province = exchange.create_province(hq, catalog, BATTAMBANG, tmp_path / "bb.cmdesk")
    try:
        assert province.office == BATTAMBANG
        assert province.catalog.source(PRC_BATTAMBANG).name == "Battambang PRC (ICRC)"
        assert province.values.get(2024, PRC_BATTAMBANG, ITEM) == 40
        assert province.values.get(2024, "national", ITEM) is None
        pair = province.exchange.pair("hq")
        assert pair.peer_database_id == hq.database_id
        assert pair.secret == hq.exchange.pair(BATTAMBANG.code).secret
        # Both sides acknowledged the first packages: nothing is waiting to travel.
        assert exchange.send(hq, BATTAMBANG.code, tmp_path / "next.cmdx").rows == 0
        assert exchange.send(province, None, tmp_path / "back.cmdx").rows == 0
        assert_same_shared(hq, province)
    finally:
        province.close()
        hq.close()


# --- edits on both sides -----------------------------------------------------------------


def test_different_fields_of_one_record_merge(offices):
    rid = offices.bb.casualties.add(record())
    offices.carry(offices.bb, offices.hq)
    offices.hq.casualties.update(rid, district="Thmar Koul")
    offices.bb.casualties.update(rid, age=31)
    to_province = offices.package(offices.hq, offices.bb)
    to_hq = offices.package(offices.bb, offices.hq)
    at_province = exchange.receive(offices.bb, to_province)
    at_hq = exchange.receive(offices.hq, to_hq)
    assert outcomes(at_province, key=rid)[(rid, "district")] == "changed"
    assert outcomes(at_hq, key=rid)[(rid, "age")] == "changed"
    for store in (offices.hq, offices.bb):
        assert store.casualties.get(rid)["district"] == "Thmar Koul"
        assert store.casualties.get(rid)["age"] == 31
        assert exchange.conflicts(store) == []
    assert_same_shared(offices.hq, offices.bb)


def test_the_same_field_changed_on_both_sides_is_a_conflict_on_both(offices):
    rid = offices.bb.casualties.add(record())
    offices.carry(offices.bb, offices.hq)
    offices.hq.casualties.update(rid, age=41)
    offices.bb.casualties.update(rid, age=42)
    to_province = offices.package(offices.hq, offices.bb)
    at_hq = offices.carry(offices.bb, offices.hq)
    at_province = exchange.receive(offices.bb, to_province)
    assert outcomes(at_hq, key=rid)[(rid, "age")] == "conflict"
    assert outcomes(at_province, key=rid)[(rid, "age")] == "conflict"
    [conflict] = exchange.conflicts(offices.hq)
    assert (conflict.table, conflict.row_key, conflict.field) == ("casualties", rid, "age")
    assert (conflict.base, conflict.mine, conflict.theirs) == (30, 41, 42)
    assert conflict.theirs_who == "bb-officer" and conflict.kind == "both_changed"
    # Nothing overwritten while it waits.
    assert offices.hq.casualties.get(rid)["age"] == 41
    assert offices.bb.casualties.get(rid)["age"] == 42
    exchange.resolve(offices.hq, conflict.key, "value", "43")
    offices.carry(offices.hq, offices.bb)
    assert offices.bb.casualties.get(rid)["age"] == 43
    assert exchange.conflicts(offices.bb) == []  # HQ's choice settled the province's too
    offices.carry(offices.bb, offices.hq)
    assert_same_shared(offices.hq, offices.bb)
    history = offices.hq.audit.history("casualties", rid)
    assert history[-1]["field"] == "age" and history[-1]["new_value"] == "43"
    assert history[-1]["who"] == "hq-officer"


def test_a_values_qualifier_travels_and_merges_like_its_number(offices):
    offices.bb.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 2800, qualifier="more_than")
    offices.carry(offices.bb, offices.hq)
    assert offices.hq.values.qualifiers(2024)[(ITEM, "total")] == {PRC_BATTAMBANG: "more_than"}
    # "over 2,800" becomes "about 2,800" at the province only: the qualifier alone changed.
    offices.bb.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 2800, qualifier="about")
    at_hq = offices.carry(offices.bb, offices.hq)
    key = f"2024/{PRC_BATTAMBANG}/{ITEM}/total"
    assert outcomes(at_hq)[(key, "qualifier")] == "changed"
    assert offices.hq.values.qualifiers(2024)[(ITEM, "total")] == {PRC_BATTAMBANG: "about"}
    # Changed differently on both sides: a conflict, as for the number.
    offices.hq.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 2800, qualifier="at_least")
    offices.bb.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 2800, qualifier="more_than")
    to_province = offices.package(offices.hq, offices.bb)
    at_hq = offices.carry(offices.bb, offices.hq)
    exchange.receive(offices.bb, to_province)
    assert outcomes(at_hq)[(key, "qualifier")] == "conflict"
    [conflict] = exchange.conflicts(offices.hq)
    assert (conflict.field, conflict.base, conflict.mine, conflict.theirs) == (
        "qualifier", "about", "at_least", "more_than")
    exchange.resolve(offices.hq, conflict.key, "theirs")
    offices.carry(offices.hq, offices.bb)
    assert exchange.conflicts(offices.bb) == []
    assert_same_shared(offices.hq, offices.bb)


def test_the_same_change_on_both_sides_is_no_conflict(offices):
    offices.bb.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 10)
    offices.carry(offices.bb, offices.hq)
    offices.hq.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 12)
    offices.bb.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 12)
    to_province = offices.package(offices.hq, offices.bb)
    at_hq = offices.carry(offices.bb, offices.hq)
    exchange.receive(offices.bb, to_province)
    assert outcomes(at_hq)[(value_row(2024, PRC_BATTAMBANG), "value")] == "same"
    assert exchange.conflicts(offices.hq) == exchange.conflicts(offices.bb) == []
    assert_same_shared(offices.hq, offices.bb)


def test_a_deletion_against_an_edit_waits_for_a_person(offices):
    rid = offices.bb.casualties.add(record())
    offices.carry(offices.bb, offices.hq)
    offices.bb.casualties.delete(rid)
    offices.hq.casualties.update(rid, notes="Confirmed by the QLS team")
    to_province = offices.package(offices.hq, offices.bb)
    at_hq = offices.carry(offices.bb, offices.hq)
    at_province = exchange.receive(offices.bb, to_province)
    assert outcomes(at_hq, key=rid)[(rid, "*")] == "conflict"
    assert outcomes(at_province, key=rid)[(rid, "*")] == "conflict"
    assert offices.hq.casualties.get(rid) is not None  # the edit is not lost
    [at_hq_conflict] = exchange.conflicts(offices.hq)
    assert at_hq_conflict.kind == "deleted_there"
    [there] = exchange.conflicts(offices.bb)
    assert there.kind == "deleted_here"
    with pytest.raises(InputError, match="whole row"):
        exchange.resolve(offices.hq, at_hq_conflict.key, "value", "x")
    exchange.resolve(offices.hq, at_hq_conflict.key, "mine")  # HQ keeps the record
    offices.carry(offices.hq, offices.bb)
    assert offices.bb.casualties.get(rid)["notes"] == "Confirmed by the QLS team"
    assert exchange.conflicts(offices.bb) == []
    offices.carry(offices.bb, offices.hq)
    assert_same_shared(offices.hq, offices.bb)


def test_a_deletion_taken_at_hq_reaches_the_province(offices):
    rid = offices.bb.casualties.add(record())
    offices.carry(offices.bb, offices.hq)
    offices.bb.casualties.delete(rid)
    offices.hq.casualties.update(rid, age=33)
    to_province = offices.package(offices.hq, offices.bb)
    offices.carry(offices.bb, offices.hq)
    exchange.receive(offices.bb, to_province)
    exchange.resolve(offices.hq, exchange.conflicts(offices.hq)[0].key, "theirs")
    assert offices.hq.casualties.get(rid) is None
    offices.carry(offices.hq, offices.bb)
    assert exchange.conflicts(offices.bb) == []
    assert offices.bb.casualties.get(rid) is None
    offices.carry(offices.bb, offices.hq)
    assert_same_shared(offices.hq, offices.bb)


def test_a_deletion_with_no_edit_on_the_other_side_applies(offices):
    rid = offices.bb.casualties.add(record())
    offices.carry(offices.bb, offices.hq)
    offices.bb.casualties.delete(rid)
    at_hq = offices.carry(offices.bb, offices.hq)
    assert outcomes(at_hq, key=rid) == {(rid, "*"): "deleted"}
    assert offices.hq.casualties.get(rid) is None
    assert_same_shared(offices.hq, offices.bb)


def test_created_in_the_province_corrected_at_hq_then_edited_in_the_province(offices):
    rid = offices.bb.casualties.add(record(age=30))
    offices.carry(offices.bb, offices.hq)
    offices.hq.casualties.update(rid, age=13, age_group="child")
    offices.carry(offices.hq, offices.bb)
    assert offices.bb.casualties.get(rid)["age"] == 13
    offices.bb.casualties.update(rid, district="Bavel")
    at_hq = offices.carry(offices.bb, offices.hq)
    assert outcomes(at_hq, key=rid) == {(rid, "district"): "changed"}
    assert offices.hq.casualties.get(rid)["age"] == 13
    offices.carry(offices.hq, offices.bb)
    assert_same_shared(offices.hq, offices.bb)
    # The province's record keeps its office at HQ, and HQ's correction its author.
    assert offices.hq.casualties.get(rid)["office"] == BATTAMBANG.code
    ages = [h for h in offices.bb.audit.history("casualties", rid) if h["field"] == "age"]
    assert ages[-1]["who"].startswith("hq-officer (received from")


def test_hq_reference_data_reaches_the_province(offices):
    offices.hq.reference.rename_source(PRC_BATTAMBANG, "Battambang Physical Rehabilitation Centre")
    offices.hq.reference.update_item(OTHER_ITEM, label="Upper-limb prostheses", retired=True)
    offices.hq.years.set_status(2023, "submitted")
    offices.carry(offices.hq, offices.bb)
    source = {row["code"]: row for row in offices.bb.db.query("SELECT code, name FROM sources")}
    assert source[PRC_BATTAMBANG]["name"] == "Battambang Physical Rehabilitation Centre"
    item = next(i for i in offices.bb.reference.catalog(offices.catalog).items if i.code == OTHER_ITEM)
    assert item.label == "Upper-limb prostheses" and item.retired
    assert offices.bb.years.status(2023) == "submitted"
    with pytest.raises(YearFrozenError):
        offices.bb.values.set(2023, PRC_BATTAMBANG, ITEM, "total", 1)
    assert_same_shared(offices.hq, offices.bb)


# --- packages lost, replayed, out of order, damaged, forged -------------------------------


def test_a_lost_package_is_recovered_by_the_next(offices):
    rid = offices.bb.casualties.add(record())
    offices.bb.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 5)
    offices.package(offices.bb, offices.hq)  # lost on the way
    offices.bb.casualties.update(rid, age=35)
    second = offices.package(offices.bb, offices.hq)
    receipt = exchange.receive(offices.hq, second)
    assert receipt.seq == 3 and outcomes(receipt)[(rid, "*")] == "added"
    assert offices.hq.casualties.get(rid)["age"] == 35
    assert offices.hq.values.get(2024, PRC_BATTAMBANG, ITEM) == 5
    # Once acknowledged, a package carries only what is new.
    offices.carry(offices.hq, offices.bb)
    assert exchange.send(offices.bb, None, offices.folder / "empty.cmdx").rows == 0
    assert_same_shared(offices.hq, offices.bb)


def _fingerprint(store):
    return (store.audit.last_id(), store.counts(), store.exchange.pairs())


def test_a_replayed_package_is_refused_and_changes_nothing(offices):
    offices.bb.casualties.add(record())
    package = offices.package(offices.bb, offices.hq)
    exchange.receive(offices.hq, package)
    before = _fingerprint(offices.hq)
    with pytest.raises(exchange.PackageRefused, match="received already") as refused:
        exchange.receive(offices.hq, package)
    assert refused.value.reason == "replayed"
    assert _fingerprint(offices.hq) == before


def test_an_older_package_after_a_newer_one_is_refused(offices):
    offices.bb.casualties.add(record())
    older = offices.package(offices.bb, offices.hq)
    offices.bb.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 7)
    newer = offices.package(offices.bb, offices.hq)
    exchange.receive(offices.hq, newer)
    before = _fingerprint(offices.hq)
    with pytest.raises(exchange.PackageRefused, match="older than package") as refused:
        exchange.receive(offices.hq, older)
    assert refused.value.reason == "superseded"
    assert _fingerprint(offices.hq) == before
    assert_same_shared(offices.hq, offices.bb)


def test_a_truncated_package_is_refused(offices):
    offices.bb.casualties.add(record())
    package = offices.package(offices.bb, offices.hq)
    content = package.read_bytes()
    before = _fingerprint(offices.hq)
    for length in (0, 10, len(content) // 2, len(content) - 1):
        package.write_bytes(content[:length])
        with pytest.raises(exchange.PackageRefused) as refused:
            exchange.receive(offices.hq, package)
        assert refused.value.reason in ("damaged", "not_a_package")
    assert _fingerprint(offices.hq) == before


def test_a_package_with_one_byte_flipped_is_refused(offices):
    for n in range(5):
        offices.bb.casualties.add(record(age=20 + n))
    package = offices.package(offices.bb, offices.hq)
    content = package.read_bytes()
    original = {name: zipfile.ZipFile(io.BytesIO(content)).read(name) for name in (MANIFEST, DATA)}
    before = _fingerprint(offices.hq)
    refused = 0
    for position in range(0, len(content), 3):
        flipped = bytearray(content)
        flipped[position] ^= 0x01
        package.write_bytes(bytes(flipped))
        try:
            exchange.receive(offices.hq, package, dry_run=True)
        except exchange.PackageRefused as error:
            assert error.reason in ("damaged", "not_a_package", "signature")
            refused += 1
        else:
            # A flip in a part of the zip that carries nothing (a time stamp, the
            # directory's copy of a header) leaves the signed members as they were.
            with zipfile.ZipFile(package) as archive:
                assert {name: archive.read(name) for name in original} == original
        assert _fingerprint(offices.hq) == before
    assert refused > len(content) // 3 * 0.7


def _rewrite(package, secret, change_manifest=None, change_rows=None):
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        rows = [json.loads(line) for line in archive.read(DATA).decode().splitlines()]
    manifest.pop("data_sha256")
    if change_manifest:
        change_manifest(manifest)
    if change_rows:
        rows = change_rows(rows)
    write_package(package, manifest, rows, secret)


def test_a_package_signed_with_another_key_is_refused(offices):
    offices.bb.casualties.add(record())
    package = offices.package(offices.bb, offices.hq)
    _rewrite(package, "11" * 32)
    before = _fingerprint(offices.hq)
    with pytest.raises(exchange.PackageRefused, match="signature") as refused:
        exchange.receive(offices.hq, package)
    assert refused.value.reason == "signature"
    assert _fingerprint(offices.hq) == before


def test_a_package_from_another_headquarters_is_refused(offices, tmp_path, catalog):
    from cmdesk.catalog import HEADQUARTERS
    from cmdesk.store import Store

    other = Store.create(tmp_path / "other-hq.cmdesk", catalog, HEADQUARTERS, "someone")
    try:
        province = exchange.create_province(other, catalog, BATTAMBANG, tmp_path / "other-bb.cmdesk")
        province.casualties.add(record())
        package = exchange.send(province, None, tmp_path / "foreign.cmdx").path
        province.close()
        before = _fingerprint(offices.hq)
        with pytest.raises(exchange.PackageRefused) as refused:
            exchange.receive(offices.hq, package)
        assert refused.value.reason == "foreign"
        assert _fingerprint(offices.hq) == before
        # A package of this HQ meant for Battambang is refused by Pailin.
        package = offices.package(offices.hq, offices.bb)
        with pytest.raises(exchange.PackageRefused, match="another database"):
            exchange.receive(offices.pl, package)
    finally:
        other.close()


def test_a_newer_package_format_is_refused(offices):
    package = offices.package(offices.bb, offices.hq)
    secret = offices.bb.exchange.pair("hq").secret
    _rewrite(package, secret, change_manifest=lambda m: m.update(format=99))
    with pytest.raises(exchange.PackageRefused, match="newer CMDesk") as refused:
        exchange.receive(offices.hq, package)
    assert refused.value.reason == "newer_format"


# --- authority ------------------------------------------------------------------------------


def test_a_province_may_change_only_what_it_owns(offices):
    pailin_record = offices.pl.casualties.add(record(province_code="24"))
    offices.carry(offices.pl, offices.hq)
    own = offices.bb.casualties.add(record())
    offices.bb.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 9)
    package = offices.package(offices.bb, offices.hq)
    secret = offices.bb.exchange.pair("hq").secret

    def forge(rows):
        pailin = offices.hq.casualties.get(pailin_record)
        changed = {k: pailin[k] for k in ("office", "created_at", "id")}
        return rows + [
            {"t": "casualties", "k": pailin_record, "op": "change", "b": {"age": 30},
             "n": {**record(province_code="24", age=99), **changed}},
            {"t": "items", "k": ITEM, "op": "change", "b": {"label": "x"},
             "n": {"code": ITEM, "label": "Renamed by a province"}},
            {"t": "aggregate_values", "k": value_row(2024, "national"), "op": "add",
             "n": {"year": 2024, "source_code": "national", "item_code": ITEM, "part": "total",
                   "value": 1, "comment": ""}},
            {"t": "aggregate_values", "k": value_row(2024, PRC_PAILIN), "op": "add",
             "n": {"year": 2024, "source_code": PRC_PAILIN, "item_code": ITEM, "part": "total",
                   "value": 2, "comment": ""}},
        ]

    _rewrite(package, secret, change_rows=forge)
    receipt = exchange.receive(offices.hq, package)
    refused = {(item.table, item.key): item.detail for item in receipt.items if item.outcome == "refused"}
    assert set(refused) == {("casualties", pailin_record), ("items", ITEM),
                            ("aggregate_values", value_row(2024, "national")),
                            ("aggregate_values", value_row(2024, PRC_PAILIN))}
    assert "another office (province:24)" in refused[("casualties", pailin_record)]
    assert "headquarters only" in refused[("items", ITEM)]
    assert "not located in the province" in refused[("aggregate_values", value_row(2024, "national"))]
    # The rest applied; the refused rows changed nothing.
    assert offices.hq.casualties.get(own) is not None
    assert offices.hq.values.get(2024, PRC_BATTAMBANG, ITEM) == 9
    assert offices.hq.casualties.get(pailin_record)["age"] == 30
    assert offices.hq.values.get(2024, "national", ITEM) is None
    assert offices.hq.values.get(2024, PRC_PAILIN, ITEM) is None
    assert offices.hq.catalog.item(ITEM).label != "Renamed by a province"


def test_hq_changes_to_a_province_record_reach_only_that_province(offices):
    rid = offices.bb.casualties.add(record())
    offices.carry(offices.bb, offices.hq)
    offices.hq.casualties.update(rid, notes="checked at HQ")
    offices.carry(offices.hq, offices.pl)
    assert offices.pl.casualties.get(rid) is None
    offices.carry(offices.hq, offices.bb)
    assert offices.bb.casualties.get(rid)["notes"] == "checked at HQ"
    assert_same_shared(offices.hq, offices.bb)
    assert_same_shared(offices.hq, offices.pl)


# --- submitted years ----------------------------------------------------------------------


def test_changes_to_a_submitted_year_wait_with_the_conflicts(offices):
    offices.bb.values.set(2023, PRC_BATTAMBANG, ITEM, "total", 3)
    offices.carry(offices.bb, offices.hq)
    offices.hq.years.set_status(2023, "submitted")
    offices.bb.values.set(2023, PRC_BATTAMBANG, ITEM, "total", 4)
    offices.bb.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 8)
    receipt = offices.carry(offices.bb, offices.hq)
    assert outcomes(receipt)[(value_row(2023, PRC_BATTAMBANG), "value")] == "held"
    assert offices.hq.values.get(2023, PRC_BATTAMBANG, ITEM) == 3
    assert offices.hq.values.get(2024, PRC_BATTAMBANG, ITEM) == 8
    [held] = exchange.conflicts(offices.hq)
    assert (held.kind, held.year, held.mine, held.theirs) == ("frozen", 2023, 3, 4)
    with pytest.raises(YearFrozenError):
        exchange.resolve(offices.hq, held.key, "theirs")
    workflow.reopen(offices.hq, 2023, "A late correction from Battambang")
    exchange.resolve(offices.hq, held.key, "theirs")
    assert offices.hq.values.get(2023, PRC_BATTAMBANG, ITEM) == 4
    offices.carry(offices.hq, offices.bb)
    offices.carry(offices.bb, offices.hq)
    assert_same_shared(offices.hq, offices.bb)


def test_open_conflicts_block_the_sign_off_of_their_year_only(offices):
    offices.bb.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 1)
    offices.carry(offices.bb, offices.hq)
    offices.hq.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 2)
    offices.bb.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 3)
    offices.carry(offices.bb, offices.hq)
    assert exchange.open_conflict_years(offices.hq) == {2024: 1}
    blocking = workflow.blocking_findings(offices.hq, offices.hq.catalog, 2024)
    assert any(f.rule == "exchange.conflict" for f in blocking)
    with pytest.raises(workflow.SignOffBlocked, match="Conflict"):
        workflow.mark_checked(offices.hq, offices.hq.catalog, 2024)
    assert not any(f.rule == "exchange.conflict"
                   for f in workflow.blocking_findings(offices.hq, offices.hq.catalog, 2022))
    exchange.resolve(offices.hq, exchange.conflicts(offices.hq)[0].key, "mine")
    assert not any(f.rule == "exchange.conflict"
                   for f in workflow.blocking_findings(offices.hq, offices.hq.catalog, 2024))


# --- after a merge --------------------------------------------------------------------------


def test_duplicates_and_returns_of_a_received_package(offices):
    offices.hq.casualties.add(record(notes="entered at HQ from a hospital list"))
    rid = offices.bb.casualties.add(record())
    offices.bb.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 6)
    receipt = offices.carry(offices.bb, offices.hq, today=__import__("datetime").date(2025, 2, 10))
    assert [new for new, _ in receipt.duplicates] == [rid]
    assert receipt.returns_recorded == ((2024, PRC_BATTAMBANG, "devices"),)
    assert offices.hq.returns.get(2024, PRC_BATTAMBANG, "devices")["received_on"] == "2025-02-10"


def test_a_dry_run_changes_nothing(offices):
    rid = offices.bb.casualties.add(record())
    package = offices.package(offices.bb, offices.hq)
    before = _fingerprint(offices.hq)
    preview = exchange.receive(offices.hq, package, dry_run=True)
    assert outcomes(preview)[(rid, "*")] == "added" and not preview.applied
    assert _fingerprint(offices.hq) == before
    assert exchange.receive(offices.hq, package).applied


def test_undo_receive_until_the_next_change(offices):
    rid = offices.bb.casualties.add(record())
    before = offices.hq.counts()
    exchange.receive(offices.hq, offices.package(offices.bb, offices.hq))
    assert offices.hq.casualties.get(rid) is not None
    exchange.undo_receive(offices.hq)
    assert offices.hq.casualties.get(rid) is None
    assert offices.hq.counts() == before
    # Received again after the undo, then changed: no longer undoable.
    exchange.receive(offices.hq, offices.package(offices.bb, offices.hq))
    offices.hq.casualties.update(rid, notes="seen")
    with pytest.raises(InputError, match="changed after it was received"):
        exchange.undo_receive(offices.hq)


# --- pairing a database made by `cmdesk init` -------------------------------------------------


def test_pairing_from_a_one_line_code(offices, tmp_path, catalog):
    from cmdesk.catalog import Office
    from cmdesk.store import Store

    siem_reap = Office("province:17", "Siem Reap provincial office")
    province = Store.create(tmp_path / "sr.cmdesk", catalog, siem_reap, "sr-officer")
    try:
        code = exchange.pairing_code(offices.hq, siem_reap)
        assert "\n" not in code and code.startswith("cmdx1:")
        with pytest.raises(InputError, match="mistyped"):
            exchange.pair_with_code(province, code[:-1] + ("0" if code[-1] != "0" else "1"))
        with pytest.raises(InputError, match="for office province:17"):
            exchange.pair_with_code(offices.bb, code)
        exchange.pair_with_code(province, code)
        rid = province.casualties.add(record(province_code="17"))
        receipt = exchange.receive(offices.hq, exchange.send(province, None, tmp_path / "sr.cmdx").path)
        assert outcomes(receipt)[(rid, "*")] == "added"
        assert offices.hq.exchange.pair(siem_reap.code).peer_database_id == province.database_id
        exchange.receive(province, exchange.send(offices.hq, siem_reap.code, tmp_path / "back.cmdx").path)
        assert_same_shared(offices.hq, province)
    finally:
        province.close()


# --- personal fields ------------------------------------------------------------------------


def test_names_and_places_do_not_travel_unless_the_pair_says_so(offices, tmp_path, catalog):
    rid = offices.bb.casualties.add(record(name="Sok Dara", village="O Dambang",
                                           latitude=13.1, longitude=103.2))
    package = offices.package(offices.bb, offices.hq)
    assert "Sok Dara" not in zipfile.ZipFile(package).read(DATA).decode()
    exchange.receive(offices.hq, package)
    at_hq = offices.hq.casualties.get(rid)
    assert (at_hq["name"], at_hq["village"], at_hq["latitude"]) == ("", "", None)
    assert at_hq["district"] == "Ratanak Mondul"
    with_names = Offices(tmp_path / "named", catalog, personal_fields=True) \
        if (tmp_path / "named").mkdir() is None else None
    try:
        rid = with_names.bb.casualties.add(record(name="Sok Dara", village="O Dambang"))
        with_names.carry(with_names.bb, with_names.hq)
        assert with_names.hq.casualties.get(rid)["name"] == "Sok Dara"
        assert_same_shared(with_names.hq, with_names.bb, personal=True)
    finally:
        with_names.close()


# --- accounting over a busy exchange ---------------------------------------------------------


def test_every_change_is_applied_in_a_conflict_or_refused(offices):
    """Both provinces and HQ edit, packages cross; then each change made is found
    applied on the other side, or in a conflict, or refused with a reason."""
    bb_record = offices.bb.casualties.add(record())
    pl_record = offices.pl.casualties.add(record(province_code="24"))
    offices.carry(offices.bb, offices.hq)
    offices.carry(offices.pl, offices.hq)
    changes = [
        (offices.hq, "casualties", bb_record, "age", 50),
        (offices.bb, "casualties", bb_record, "age", 51),
        (offices.bb, "casualties", bb_record, "district", "Sangkae"),
        (offices.hq, "casualties", pl_record, "notes", "HQ note"),
        (offices.pl, "casualties", pl_record, "sex", "female"),
        (offices.bb, "aggregate_values", value_row(2024, PRC_BATTAMBANG), "value", 17),
        (offices.pl, "aggregate_values", value_row(2024, PRC_PAILIN), "value", 4),
    ]
    for store, table, key, field, value in changes:
        if table == "casualties":
            store.casualties.update(key, **{field: value})
        else:
            year, source, item, part = key.split("/")
            store.values.set(int(year), source, item, part, value)
    receipts = {}
    for province in (offices.bb, offices.pl):
        to_province = offices.package(offices.hq, province)
        receipts[province.office.code] = offices.carry(province, offices.hq)
        receipts["hq->" + province.office.code] = exchange.receive(province, to_province)
    for store, table, key, field, value in changes:
        other = offices.bb if store is offices.hq and key in (bb_record, value_row(
            2024, PRC_BATTAMBANG)) else offices.pl if store is offices.hq else offices.hq
        row = other.exchange.row(__import__("cmdesk.store.exchange", fromlist=["TABLES"]).TABLES[table], key)
        applied = row is not None and row[field] == value
        in_conflict = any((c.table, c.row_key, c.field) == (table, key, field)
                          for c in exchange.conflicts(other))
        refused = any(item.outcome == "refused" and item.key == key
                      for receipt in receipts.values() for item in receipt.items)
        assert applied or in_conflict or refused, (store.office.code, table, key, field)
    offices.settle()
    assert_same_shared(offices.hq, offices.bb)
    assert_same_shared(offices.hq, offices.pl)


# --- a first package: the register's indexes built after its rows ---------------------------


def _register_indexes(store):
    return store.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                            "AND tbl_name = 'casualties' ORDER BY name").fetchall()


def test_a_package_larger_than_the_register_keeps_the_registers_indexes(offices):
    # Receiving more records than the register holds drops its secondary indexes and
    # builds them again after the rows (cmdesk.store.casualties.indexes_built_after):
    # the same indexes, usable, and the same rows as when they are kept.
    at_hq = offices.hq.casualties.add(record(age=21, notes="entered at HQ"))
    before = _register_indexes(offices.hq)
    assert len(before) >= 23
    ids = [offices.bb.casualties.add(record(age=age)) for age in range(20, 23)]
    receipt = offices.carry(offices.bb, offices.hq)
    assert receipt.count("added") == 3 and receipt.duplicates == ((ids[1], at_hq),)
    # The sort indexes come after the commit, as after an import.
    assert offices.hq.casualties.missing_sort_indexes()
    offices.hq.casualties.build_sort_indexes()
    assert _register_indexes(offices.hq) == before
    assert offices.hq.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert "casualties_by_age" in str(offices.hq.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM casualties WHERE age = 21").fetchall())
    assert [r[0] for r in offices.hq.db.execute(
        "SELECT id FROM casualties WHERE age IN (20, 22) ORDER BY age")] == [ids[0], ids[2]]
    assert_same_shared(offices.hq, offices.bb)


def test_a_package_that_fails_after_its_rows_are_written_changes_nothing(offices, monkeypatch):
    offices.bb.casualties.add(record())
    offices.bb.values.set(2024, PRC_BATTAMBANG, ITEM, "total", 6)
    package = offices.package(offices.bb, offices.hq)
    before, indexes = _fingerprint(offices.hq), _register_indexes(offices.hq)

    def fail(*_):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(type(offices.hq.exchange), "possible_duplicates", fail)
    with pytest.raises(RuntimeError, match="disk is full"):
        exchange.receive(offices.hq, package)
    assert _fingerprint(offices.hq) == before
    assert _register_indexes(offices.hq) == indexes
    monkeypatch.undo()
    assert exchange.receive(offices.hq, package).count("added") == 2


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.text() | st.integers() | st.booleans() | st.none(), inner, max_size=4),
    max_leaves=12)


@given(json_values)
def test_a_packages_rows_are_written_as_the_json_encoder_writes_them(value):
    # ENCODE calls the C encoder json.JSONEncoder.encode builds for each value once
    # built (cmdesk/exchange/packages/files.py): the same text, whatever the value.
    assert ENCODE(value) == json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
                                             check_circular=False).encode(value)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes=st.text(), district=st.text(max_size=5), age=st.none() | st.integers(0, 120))
def test_rows_read_as_json_text_are_what_the_package_encoder_writes(offices, notes, district, age):
    # A first package's rows are written as SQLite's json_object gives them
    # (ExchangeStore.rows_as_text): the very text ENCODE writes of the same row.
    store = offices.bb
    rid = store.casualties.add(record())
    store.db.execute("UPDATE casualties SET notes = ?, district = ?, age = ? WHERE id = ?",
                     [notes, district, age, rid])
    table, pair = TABLES["casualties"], store.exchange.pair("hq")
    fields = table.fields_for(False)
    texts, others = store.exchange.rows_as_text(table, pair, fields)
    rows = store.exchange.rows(table, pair, fields)
    assert others == {} and texts == {key: ENCODE(row) for key, row in rows.items()}


def test_rows_travel_as_dicts_when_sqlites_json_text_is_not_the_encoders(offices, monkeypatch):
    # A first package takes each row's JSON text from SQLite's json_object only when
    # that library writes the package encoder's text (checked once per SQLite
    # version): with a library that escapes otherwise, every row is read as a dict
    # and the package says the same.
    from cmdesk.exchange.packages import operations

    store = offices.bb
    for n in range(3):
        store.casualties.add(record(notes=f"line\nbreak {n} \u2028 ខ្មែរ"))
    pair = store.exchange.pair("hq")
    monkeypatch.setattr(operations, "_json_agrees", {})
    assert operations._sqlite_writes_package_json(store)  # this machine's SQLite agrees
    agreeing, _ = operations.changes_to_send(store, pair)
    assert any(isinstance(entry["n"], str) for entry in agreeing)  # texts from SQLite

    monkeypatch.setattr(operations, "_json_agrees", {})
    monkeypatch.setattr(type(store.exchange), "json_object_text",
                        lambda self, values: ENCODE(values).replace("\\n", "\\u000a"))
    monkeypatch.setattr(type(store.exchange), "rows_as_text",
                        lambda *args: pytest.fail("read as text with a disagreeing SQLite"))
    disagreeing, _ = operations.changes_to_send(store, pair)
    assert not any(isinstance(entry["n"], str) for entry in disagreeing)

    def decoded(entries):
        return [{**entry, "n": json.loads(entry["n"]) if isinstance(entry["n"], str) else entry["n"]}
                for entry in entries]

    assert decoded(disagreeing) == decoded(agreeing) and len(agreeing) == 3


def test_a_row_holding_a_real_travels_as_it_did(offices):
    # SQLite would write a REAL with 15 digits: such a row is read as a dict and
    # encoded by Python, and a table with REAL columns (the coordinates, when names
    # and places travel) is read as dicts throughout.
    rid = offices.bb.casualties.add(record())
    offices.bb.db.execute("UPDATE casualties SET age = ? WHERE id = ?", [30.123456789012345, rid])
    table, pair = TABLES["casualties"], offices.bb.exchange.pair("hq")
    texts, others = offices.bb.exchange.rows_as_text(table, pair, table.fields_for(False))
    assert rid not in texts and others[rid]["age"] == 30.123456789012345
    assert offices.bb.exchange.rows_as_text(table, pair, table.fields) is None
    assert offices.carry(offices.bb, offices.hq).count("added") == 1
    assert offices.hq.casualties.get(rid)["age"] == 30.123456789012345
