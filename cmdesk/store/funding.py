"""Funding lines for victim assistance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.store.rows import new_row

if TYPE_CHECKING:
    from cmdesk.store import Store


FUNDER_KINDS = ("national_budget", "un_agency", "donor_government", "ngo", "private")


class FundingLines:
    def __init__(self, store: "Store") -> None:
        self._store = store

    def add(self, line: dict) -> str:
        """Add one funding line (year, funder, funder_kind, purpose, amount, currency,
        rate_to_usd, earmarked, note); returns its id."""
        if line.get("funder_kind") not in FUNDER_KINDS:
            raise InputError(
                translate("Store", "Unknown funder kind '{kind}' (allowed: {allowed}).").format(
                    kind=line.get("funder_kind"), allowed=", ".join(FUNDER_KINDS)
                )
            )
        currency = str(line.get("currency", "")).upper()
        if currency != "USD" and not line.get("rate_to_usd"):
            raise InputError(
                translate("Store", "Funding line '{funder}': a rate to US$ is required for {currency}.").format(
                    funder=line.get("funder"), currency=currency
                )
            )
        row = {**new_row(self._store.office.code), **line, "currency": currency}
        with self._store.db.atomic():
            self._store.years.ensure(row["year"])
            self._store.db["funding_lines"].insert(row)
            self._store.audit.record("funding_lines", row["id"], "*", None, "added")
        return row["id"]

    def for_year(self, year: int) -> list[dict]:
        return list(
            self._store.db.query(
                "SELECT *, amount * COALESCE(rate_to_usd, 1.0) AS amount_usd "
                "FROM funding_lines WHERE year = ? ORDER BY funder_kind, funder",
                [year],
            )
        )
