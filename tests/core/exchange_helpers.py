"""Helpers for the exchange tests: three offices, packages carried between them, and
the comparison of what two databases share."""

from __future__ import annotations

from pathlib import Path

from cmdesk.catalog import HEADQUARTERS, Office
from cmdesk.exchange import packages as exchange
from cmdesk.store import Store
from cmdesk.store.exchange import REFERENCE, SHARED_TABLES

BATTAMBANG = Office("province:02", "Battambang provincial office")
PAILIN = Office("province:24", "Pailin provincial office")
PRC_BATTAMBANG = "prc.01"
PRC_PAILIN = "prc.02"
ITEM = "dev.prosthesis.lower"
OTHER_ITEM = "dev.prosthesis.upper"


class Offices:
    """Headquarters and two provinces, each a database in `folder`, paired."""

    def __init__(self, folder: Path, catalog, personal_fields: bool = False) -> None:
        self.folder = folder
        self.catalog = catalog
        self.hq = Store.create(folder / "hq.cmdesk", catalog, HEADQUARTERS, "hq-officer")
        self.hq.reference.locate_source(PRC_BATTAMBANG, "02")
        self.hq.reference.locate_source(PRC_PAILIN, "24")
        self.bb = exchange.create_province(self.hq, catalog, BATTAMBANG, folder / "bb.cmdesk",
                                           personal_fields=personal_fields)
        self.bb.user = "bb-officer"
        self.pl = exchange.create_province(self.hq, catalog, PAILIN, folder / "pl.cmdesk",
                                           personal_fields=personal_fields)
        self.pl.user = "pl-officer"
        self._count = 0

    def close(self) -> None:
        for store in (self.hq, self.bb, self.pl):
            store.close()

    def package(self, sender: Store, to: Store) -> Path:
        """A package from `sender` to `to`, written (not yet received)."""
        self._count += 1
        path = self.folder / f"{self._count:03d}-{sender.office.code.replace(':', '')}.cmdx"
        return exchange.send(sender, to.office.code, path).path

    def carry(self, sender: Store, to: Store, **options) -> exchange.Receipt:
        """Send a package and receive it."""
        return exchange.receive(to, self.package(sender, to), **options)

    def settle(self, *provinces: Store, take: str = "theirs") -> None:
        """Resolve every open conflict at headquarters with `take`, then carry
        packages both ways until nothing is left to send."""
        provinces = provinces or (self.bb, self.pl)
        for _ in range(4):
            for conflict in exchange.conflicts(self.hq):
                exchange.resolve(self.hq, conflict.key, take)
            for province in provinces:
                for conflict in exchange.conflicts(province):
                    exchange.resolve(province, conflict.key, "theirs")
                self.carry(self.hq, province)
                self.carry(province, self.hq)
            if not any(exchange.conflicts(s) for s in (self.hq, *provinces)):
                return


def shared(store: Store, peer_office: str, personal: bool = False) -> dict[str, dict]:
    """{table: {row key: fields}} of what `store` shares with `peer_office`."""
    pair = store.exchange.pair(peer_office)
    assert pair is not None
    result = {}
    for table in SHARED_TABLES:
        fields = table.fields_for(personal)
        result[table.name] = {key: {f: row.get(f) for f in (*table.key, *fields, *table.carried)}
                              for key, row in store.exchange.rows(table, pair).items()}
    return result


def assert_same_shared(hq: Store, province: Store, personal: bool = False) -> None:
    """Both databases hold the same rows, field for field, for every table they
    share (compared table by table, so that a failure names the table)."""
    at_hq = shared(hq, province.office.code, personal)
    there = shared(province, "hq", personal)
    for table in SHARED_TABLES:
        if table.owner == REFERENCE and table.name == "reporting_years":
            # A year's row exists where data was entered; its status is what travels.
            hq_years = {k: v for k, v in at_hq[table.name].items() if v["status"] != "draft"}
            pr_years = {k: v for k, v in there[table.name].items() if v["status"] != "draft"}
            assert hq_years == pr_years, table.name
            continue
        assert at_hq[table.name] == there[table.name], table.name


def value_row(year: int, source: str, item: str = ITEM) -> str:
    return f"{year}/{source}/{item}/total"


def record(**fields) -> dict:
    base = {"incident_date": "2024-03-05", "province_code": "02", "outcome": "injured",
            "sex": "male", "age": 30, "device_type": "antipersonnel_mine", "district": "Ratanak Mondul"}
    return {**base, **fields}
