"""The demo database: Cambodia's published 2024 figures (resources/demo/demo.toml)."""

from __future__ import annotations

from pathlib import Path

from cmdesk.catalog import HEADQUARTERS, Catalog
from cmdesk.paths import demo_dir
from cmdesk.store import Store

DEMO_CHECKED_TIME = "T03:00:00+00:00"  # 10:00 in Phnom Penh

DEMO_ACTIVITIES = ("Farming", "Collecting scrap metal", "Clearing land", "Travelling", "Herding")


def _demo_casualties(year: int, spec: dict) -> list[dict]:
    """Records matching the published breakdown exactly; every other field is
    spread deterministically (the demo must give the same figures every time)."""
    outcomes = (
        [("killed", "no")] * spec["killed"]
        + [("injured", "no")] * spec["injured_without_amputation"]
        + [("injured", "yes")] * spec["injured_with_amputation"]
    )
    people = (
        [("male", "adult", 34)] * spec["men"]
        + [("male", "child", 12)] * spec["boys"]
        + [("female", "adult", 41)] * spec["women"]
        + [("female", "child", 10)] * spec["girls"]
    )
    if len(outcomes) != len(people):
        raise ValueError("demo.toml: the outcome and sex/age breakdowns must add up alike")
    # Interleave so that children and women are spread over the outcomes.
    people = people[::2] + people[1::2]
    records = []
    for n, ((outcome, amputation), (sex, age_group, base_age)) in enumerate(zip(outcomes, people)):
        records.append(
            {
                "source_id": f"DEMO-{year}-{n + 1:03d}",
                "incident_date": f"{year}-{n % 12 + 1:02d}-{(n * 7) % 28 + 1:02d}",
                "province_code": spec["provinces"][n % len(spec["provinces"])],
                "device_type": spec["device_types"][n % len(spec["device_types"])],
                "outcome": outcome,
                "amputation": amputation if outcome == "injured" else "no",
                "status": "civilian",
                "sex": sex,
                "age": base_age + n % 5,
                "age_group": age_group,
                "activity": DEMO_ACTIVITIES[n % len(DEMO_ACTIVITIES)],
            }
        )
    return records


def _record_returns(store: Store, year: int, entries: list[dict]) -> None:
    """The returns received and checked, as demo.toml lists them: written as they are,
    like the demo's values (the demo's figures have no errors to hold a check back)."""
    for entry in entries:
        fields = {"received_on": entry["received"]}
        if "expected" in entry:
            fields["expected"] = int(entry["expected"])
        if "checked" in entry:
            fields["checked_by"] = entry["checked_by"]
            fields["checked_at"] = entry["checked"] + DEMO_CHECKED_TIME
        for source in entry["sources"]:
            for section in entry["sections"]:
                store.returns.update(year, source, section, **fields)


def _write_narratives(store: Store, catalog: Catalog, narratives: dict) -> None:
    """The State's narratives as demo.toml gives them: the text, then the sentences
    drafted from the year's figures that it names (with the figures remembered)."""
    from cmdesk.narratives import accept_draft, drafts

    for year_text, entries in narratives.items():
        year = int(year_text)
        drafted = {draft.code: draft for draft in drafts(store, catalog, year)}
        for indicator, entry in entries.items():
            store.narratives.set_fields(indicator, year, status=entry.get("status", "reported"),
                                        narrative=entry.get("text", "").strip())
            for code in entry.get("drafts", ()):
                accept_draft(store, indicator, year, drafted[code])


def create_demo(path: Path, catalog: Catalog, user: str, data_file: Path | None = None) -> Store:
    """Create the demo database at `path` and return it open."""
    import tomllib  # here: every start imports this module, few create the demo

    with (data_file or demo_dir() / "demo.toml").open("rb") as handle:
        data = tomllib.load(handle)
    year = data["year"]
    store = Store.create(path, catalog, HEADQUARTERS, user)
    try:
        with store.db.atomic():
            store.set_meta("demo", "1")
            store.values.set_many(
                (year, "national", item, part, value, comment, *qualifier)
                for item, part, value, comment, *qualifier in data["values"]
            )
            for line in data["funding"]:
                store.funding.add({"year": year, **line, "earmarked": int(line["earmarked"])})
            store.submissions.set(year, **data.get("submission", {}))
            store.casualties.add_many(_demo_casualties(year, data["casualties"]))
            for tracker_year, requests in data["committee_requests"].items():
                for indicator, text in requests.items():
                    store.narratives.set_fields(indicator, int(tracker_year), committee_request=text)
            _record_returns(store, year, data.get("returns", []))
            _write_narratives(store, catalog, data.get("narratives", {}))
        store.is_demo = True
    except BaseException:
        store.close()
        for leftover in (Path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return store
