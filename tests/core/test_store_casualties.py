"""The casualty register's store (cmdesk/store/casualties.py): filtered and sorted
queries, one-record edits with their audit rows, possible duplicates."""

import pytest

from cmdesk.errors import InputError
from cmdesk.store.casualties import CasualtyFilter
from tests.core.conftest import USER


def rec(date, outcome="injured", **more):
    return {"incident_date": date, "outcome": outcome, **more}


@pytest.fixture
def register(store):
    store.casualties.add_many([
        rec("2023-12-31", "killed", province_code="02", sex="male", age=30,
            device_type="antipersonnel_mine", source_id="A-1", village="Ta Kream", name="Sok Dara"),
        rec("2024-01-15", province_code="02", sex="female", age=9, amputation="yes",
            device_type="erw", source_id="A-2", district="Kamrieng"),
        rec("2024-03", province_code="24", sex="male", age_group="child", device_type="erw",
            source_id="B-7"),  # the day unknown
        rec("2024-03-20", province_code="24", sex="unknown", status="deminer", age=45,
            device_type="antivehicle_mine", name="Chan 50%"),
        rec(None, province_code=None, notes="date not known"),
    ])
    return store


def ids(store, selection=None, **kw):
    return [store.casualties.rows([k])[k]["source_id"] or store.casualties.rows([k])[k]["notes"]
            or store.casualties.rows([k])[k]["name"]
            for k in store.casualties.keys(selection, **kw)]


def test_filters_combine_and_count_what_they_show(register):
    casualties = register.casualties
    assert casualties.count() == 5
    assert casualties.count(CasualtyFilter(year=2024)) == 3
    assert casualties.count(CasualtyFilter(year=2024, province_code="24")) == 2
    assert casualties.count(CasualtyFilter(year=2024, province_code="24", status="deminer")) == 1
    assert casualties.count(CasualtyFilter(outcome="killed")) == 1
    assert casualties.count(CasualtyFilter(sex="female", device_type="erw")) == 1
    # The age group as counted: from the age when known (9 is a child), else as recorded.
    assert casualties.count(CasualtyFilter(age_group="child")) == 2
    assert casualties.count(CasualtyFilter(age_group="adult")) == 2
    for selection in (CasualtyFilter(year=2024, sex="male"), CasualtyFilter(search="a-")):
        assert len(casualties.keys(selection)) == casualties.count(selection)


def test_search_finds_number_place_or_name_and_takes_wildcards_literally(register):
    casualties = register.casualties
    assert ids(register, CasualtyFilter(search="b-7")) == ["B-7"]
    assert ids(register, CasualtyFilter(search="kamrieng")) == ["A-2"]
    assert ids(register, CasualtyFilter(search="ta kream")) == ["A-1"]
    assert ids(register, CasualtyFilter(search="sok")) == ["A-1"]
    assert casualties.count(CasualtyFilter(search="50%")) == 1
    assert casualties.count(CasualtyFilter(search="%")) == 1
    assert casualties.count(CasualtyFilter(search="_")) == 0


def test_a_date_range_includes_a_month_whose_day_is_unknown(register):
    march = CasualtyFilter(date_from="2024-03-10", date_to="2024-03-31")
    assert sorted(ids(register, march)) == ["B-7", "Chan 50%"]
    assert ids(register, CasualtyFilter(date_from="2024-01-01", date_to="2024-02-28")) == ["A-2"]
    assert ids(register, CasualtyFilter(date_to="2023-12-31")) == ["A-1"]


def test_sorting_by_any_column_in_sql_with_empty_values_last(register):
    assert ids(register) == ["A-1", "A-2", "B-7", "Chan 50%", "date not known"]
    assert ids(register, descending=True) == ["Chan 50%", "B-7", "A-2", "A-1", "date not known"]
    assert ids(register, sort="age") == ["A-2", "A-1", "Chan 50%", "B-7", "date not known"]
    # Provinces by name: Battambang (02) before Pailin (24), the unknown one last.
    assert ids(register, sort="province_code")[-1] == "date not known"
    assert ids(register, sort="province_code")[:2] == ["A-1", "A-2"]
    with pytest.raises(InputError):
        register.casualties.keys(sort="name; DROP TABLE casualties")


def test_query_windows_the_sorted_matches(register):
    window = register.casualties.query(CasualtyFilter(year=2024), sort="incident_date",
                                       offset=1, limit=1)
    assert [r["source_id"] for r in window] == ["B-7"]


def audit(store, key):
    return [(r["field"], r["old_value"], r["new_value"], r["who"])
            for r in store.audit.history("casualties", key)]


def test_add_update_delete_restore_with_an_audit_row_per_changed_field(store):
    casualties = store.casualties
    record_id = casualties.add(rec("2024-05-01", source_id="X-1", sex="male", age=20))
    assert casualties.get(record_id)["incident_year"] == 2024
    changes = casualties.update(record_id, incident_date="2023-05", age=20, sex="female")
    assert changes == {"incident_date": ("2024-05-01", "2023-05"), "sex": ("male", "female")}
    assert casualties.get(record_id)["incident_year"] == 2023
    assert casualties.update(record_id, sex="female") == {}
    deleted = casualties.delete(record_id)
    assert casualties.get(record_id) is None
    casualties.restore(deleted)
    assert casualties.get(record_id) == deleted.record
    history = audit(store, record_id)
    assert history[0] == ("*", None, "added", USER)
    assert ("incident_date", "2024-05-01", "2023-05", USER) in history
    assert ("sex", "male", "female", USER) in history
    assert [h[2] for h in history[-2:]] == ["deleted", "restored"]
    assert len(history) == 5
    with pytest.raises(InputError):
        casualties.update(record_id, colour="red")
    with pytest.raises(InputError):
        casualties.restore(deleted)  # its id is in use


def test_possible_duplicates_share_date_province_sex_age_and_device(register):
    casualties = register.casualties
    first = casualties.get(casualties.query(CasualtyFilter(search="A-2"))[0]["id"])
    twin = {k: first[k] for k in ("incident_date", "province_code", "sex", "age", "device_type")}
    assert [r["source_id"] for r in casualties.possible_duplicates({**twin, "outcome": "injured"})] == ["A-2"]
    assert casualties.possible_duplicates({**twin, "age": 10}) == []
    assert casualties.possible_duplicates(first, exclude_id=first["id"]) == []
    assert casualties.duplicate_groups() == []

    twin_id = casualties.add({**twin, "outcome": "injured", "source_id": "A-2b", "village": "Phum Thmei"})
    groups = casualties.duplicate_groups()
    assert [[r["source_id"] for r in group] for group in groups] == [["A-2", "A-2b"]]

    assert len(casualties.mark_distinct([first["id"], twin_id])) == 1
    assert casualties.duplicate_groups() == []
    assert casualties.possible_duplicates(first, exclude_id=twin_id) == []
    assert casualties.mark_distinct([first["id"], twin_id]) == []


def test_merge_keeps_one_record_filled_from_the_others(register):
    casualties = register.casualties
    first = casualties.query(CasualtyFilter(search="A-2"))[0]
    twin = {k: first[k] for k in ("incident_date", "province_code", "sex", "age", "device_type")}
    twin_id = casualties.add({**twin, "outcome": "injured", "village": "Phum Thmei"})
    before = casualties.count()
    changes = casualties.merge(first["id"], [twin_id]).changes
    assert changes == {"village": ("", "Phum Thmei")}
    assert casualties.count() == before - 1 and casualties.get(twin_id) is None
    assert casualties.get(first["id"])["village"] == "Phum Thmei"
    assert casualties.duplicate_groups() == []
    assert [h[2] for h in audit(register, twin_id)][-1] == "deleted"


def test_per_year_and_breakdown_are_grouped_counts(register):
    assert register.casualties.per_year() == [(2023, 1, 1, 0, 0), (2024, 3, 0, 3, 1)]
    people = register.casualties.breakdown(2024)["people"]
    assert sum(n for *_, n in people) == 3


def test_the_totals_through_a_year_count_the_dated_records_up_to_it(register):
    def total(**kw):
        return sum(n for *_, n in register.casualties.breakdown(**kw)["people"])

    assert total(through=2023) == 1 and total(through=2024) == 4  # the undated one is not counted
    register.db.execute("DELETE FROM casualties WHERE incident_year IS NULL")
    # Every record now dated up to 2024: the totals are read without the year's index.
    assert total(through=2024) == total() == 4 and total(through=2030) == 4
    assert register.casualties.breakdown(through=2024) == register.casualties.breakdown()
    assert total(through=2023) == 1


def register_state(store):
    """The records and the distinct pairs, as stored (every column, but when a record
    was last modified: taking a merge back is a modification)."""
    records = [{k: v for k, v in r.items() if k != "modified_at"}
               for r in store.db.query("SELECT * FROM casualties ORDER BY id")]
    return records, store.db.execute("SELECT * FROM casualty_distinct_pairs ORDER BY id").fetchall()


@pytest.fixture
def triplets(register):
    """Three records alike (A-2 and two more), of which the two new ones are marked
    distinct from each other and one also from the undated record."""
    casualties = register.casualties
    first = casualties.by_source_ids(["A-2"])["A-2"]
    twin = {k: first[k] for k in ("incident_date", "province_code", "sex", "age", "device_type")}
    second = casualties.add({**twin, "outcome": "injured", "village": "Phum Thmei", "source_id": "A-2b"})
    third = casualties.add({**twin, "outcome": "injured", "source_id": "A-2c"})
    undated = next(r["id"] for r in casualties.query() if r["notes"] == "date not known")
    assert len(casualties.mark_distinct([second, third])) == 1
    assert len(casualties.mark_distinct([third, undated])) == 1
    return first["id"], second, third


def test_undoing_a_merge_brings_back_the_records_and_their_distinct_pairs(register, triplets):
    casualties = register.casualties
    keep, second, third = triplets
    before = register_state(register)
    merged = casualties.merge(keep, [second, third])
    assert merged.changes == {"village": ("", "Phum Thmei")}
    assert [d.record["id"] for d in merged.removed] == [second, third]
    # The pairs went with the records they involve, each audited with its content.
    assert register.db.execute("SELECT COUNT(*) FROM casualty_distinct_pairs").fetchone() == (0,)
    assert sum(len(d.distinct_pairs) for d in merged.removed) == 2
    pair_history = register.audit.history("casualty_distinct_pairs", merged.removed[0].distinct_pairs[0]["id"])
    assert [h["new_value"] for h in pair_history] == [f"{min(second, third)} {max(second, third)}", "deleted"]

    casualties.unmerge(merged)
    assert register_state(register) == before
    assert [[r["source_id"] for r in group] for group in casualties.duplicate_groups()] == [
        ["A-2", "A-2b", "A-2c"]]
    assert [h["field"] for h in register.audit.history("casualties", keep)][-2:] == ["village", "unmerged"]
    # And once more: a merge undone can be done again.
    again = casualties.merge(keep, [second, third])
    assert casualties.count() == 5 and again.changes == merged.changes


def test_a_deleted_record_comes_back_with_its_distinct_pairs(register, triplets):
    casualties = register.casualties
    _, second, third = triplets
    before = register_state(register)
    deleted = casualties.delete(third)
    assert deleted.record["id"] == third and len(deleted.distinct_pairs) == 2
    assert casualties.restore(deleted) == third
    assert register_state(register) == before


def test_marking_as_distinct_can_be_undone(register, triplets):
    casualties = register.casualties
    keep, second, third = triplets
    before = register_state(register)
    pairs = casualties.mark_distinct([keep, second, third])
    assert len(pairs) == 2  # (second, third) was marked already
    assert casualties.duplicate_groups() == []
    casualties.unmark_distinct(pairs)
    assert register_state(register) == before
    assert len(casualties.duplicate_groups()) == 1
    assert [h["new_value"] for h in register.audit.history("casualty_distinct_pairs", pairs[0])][-1] == "deleted"


def _old_order_keys(store, sort, descending, selection=None):
    """The register's order as it was sorted before migration 0008, in one query:
    empty values last either way, ties in the order stored, provinces by name."""
    from cmdesk.store.casualties import _where

    where, params = _where(selection)
    direction = "DESC" if descending else "ASC"
    column = ("(SELECT name FROM provinces WHERE code = province_code)" if sort == "province_code"
              else sort)
    return [key for (key,) in store.db.execute(
        f"SELECT rowid FROM casualties{where} ORDER BY {column} IS NULL, {column} {direction}, "
        f"rowid {direction}", params)]


@pytest.fixture
def varied(store):
    """Records with empty values, ties and every kind of column, in a scrambled order."""
    import random

    rng = random.Random(17)
    records = []
    for n in range(120):
        records.append(rec(
            rng.choice([None, "2020-01", "2020-01-05", "2021-07-30", "1999-12"]),
            rng.choice(["killed", "injured"]),
            source_id=rng.choice([None, None, f"S-{n % 7}", f"S-{n}"]),
            province_code=rng.choice([None, "02", "12", "24", "01"]),
            district=rng.choice(["", "Kamrieng", "Bavel"]), village=rng.choice(["", "Ta Kream"]),
            latitude=None if n % 3 else 13.1 + (n % 5) / 10,
            longitude=None if n % 3 else 103.2 + (n % 4) / 10,
            age=rng.choice([None, 9, 30, 45]), sex=rng.choice(["male", "female", "unknown"]),
            status=rng.choice(["civilian", "deminer", "unknown"]),
            notes=rng.choice(["", "a", "b"]), name=rng.choice(["", "Sok", "Chan"])))
    store.casualties.add_many(records[:60])
    store.casualties.add_many(records[60:])  # other time stamps: ties and an order
    for key in (3, 40, 77):  # modified later than the others
        record_id = store.casualties.rows([key])[key]["id"]
        store.casualties.update(record_id, notes=f"changed {key}")
    return store


@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_gives_the_order_the_register_always_had(varied, descending):
    from cmdesk.store.casualties import SORTABLE

    for sort in SORTABLE:
        # A search is sorted in Python after one pass (no index serves it): the same order.
        for selection in (None, CasualtyFilter(outcome="killed"), CasualtyFilter(year=2020),
                          CasualtyFilter(search="a"), CasualtyFilter(search="S-1", outcome="injured")):
            expected = _old_order_keys(varied, sort, descending, selection)
            assert varied.casualties.keys(selection, sort, descending) == expected, (sort, selection)
            assert varied.casualties.keys(selection, sort, descending, limit=7) == expected[:7]
            if selection is not None and selection.search:  # a search gives every key at once
                assert varied.casualties.first_keys(selection, sort, descending, 7) == (
                    expected, len(expected))


def test_every_sort_and_filter_of_the_page_is_served_by_an_index(varied):
    # At 130,000 records a sort that SQLite does itself (a temporary B-tree) costs a
    # tenth of a second at each click; an index walked in order stops after a screen.
    from cmdesk.store.casualties import SORTABLE

    casualties = varied.casualties
    for sort in SORTABLE:
        for descending in (False, True):
            for sql, params in casualties._key_queries(None, sort, descending):
                plan = str(varied.db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
                assert "TEMP B-TREE" not in plan and "INDEX" in plan, (sort, descending, plan)
    for selection in (CasualtyFilter(year=2020), CasualtyFilter(province_code="02"),
                      CasualtyFilter(outcome="killed"), CasualtyFilter(sex="female"),
                      CasualtyFilter(status="deminer"), CasualtyFilter(device_type="erw"),
                      CasualtyFilter(age_group="child"),
                      CasualtyFilter(date_from="2020-01-01", date_to="2020-12-31")):
        from cmdesk.store.casualties import _where

        where, params = _where(selection)
        plan = str(varied.db.execute(f"EXPLAIN QUERY PLAN SELECT COUNT(*) FROM casualties{where}",
                                     params).fetchall())
        assert "INDEX" in plan, (selection, plan)


@pytest.mark.parametrize("descending", [False, True])
def test_the_first_screen_of_a_filter_is_the_start_of_its_whole_list(varied, descending):
    # first_keys reads many matches by walking the sort column's index, few by their
    # filter's index: either way the same records in the same order as `keys`.
    from cmdesk.store.casualties import SORTABLE

    casualties = varied.casualties
    for sort in SORTABLE:
        for selection in (CasualtyFilter(outcome="killed"), CasualtyFilter(status="deminer",
                          sex="female"), CasualtyFilter(age_group="child", province_code="02"),
                          CasualtyFilter(year=2020), CasualtyFilter(search="Kam"),
                          CasualtyFilter(search="S-", outcome="injured"), None):
            whole = casualties.keys(selection, sort, descending)
            for limit in (3, 200):
                first, count = casualties.first_keys(selection, sort, descending, limit)
                shown = whole if selection is not None and selection.search else whole[:limit]
                assert (first, count) == (shown, len(whole)), (sort, selection, limit)


def test_khmer_search_ignores_zero_width_spaces_and_names_sort_in_khmer_order(store):
    zw = "\u200b"
    store.casualties.add_many([
        rec("2024-05-01", source_id="K-1", name="សុខ" + zw + "ដារា", village="តា" + zw + "ក្រឹម"),
        rec("2024-05-02", source_id="K-2", name="ចាន់ថា", village="ភូមិ"),
        rec("2024-05-03", source_id="K-3", name="កែវ", village="អូរ"),
    ])
    found = lambda term: ids(store, CasualtyFilter(search=term))
    assert found("សុខដារា") == ["K-1"]  # typed without the zero-width space the record has
    assert found("សុខ" + zw + "ដារា") == ["K-1"]
    assert found("តាក្រឹម") == ["K-1"]
    assert found("ចាន់" + zw + "ថា") == ["K-2"]  # typed with one the record has not
    # Khmer's code points follow its alphabet: ក before ច before ស.
    assert ids(store, sort="name") == ["K-3", "K-2", "K-1"]


def test_the_totals_since_records_began_count_every_record_dated_up_to_the_year(store):
    """Whichever way the store reads them (every record dated up to the year, or every
    record less the later and undated ones), the summary of the years up to Y counts
    what a reader counting the records one by one would: later and undated records
    left out, children by their age (or group when no age), unknown codes kept."""
    import random
    from collections import Counter

    from cmdesk.casualty_summary import summarise

    rng = random.Random(7)
    store.casualties.add_many([
        rec(rng.choice([None, *(f"{y}-06-01" for y in range(2019, 2027))]),
            rng.choice(["killed", "injured"]), amputation=rng.choice(["yes", "no"]),
            sex=rng.choice(["male", "female", "unknown"]), age=rng.choice([None, 4, 17, 18, 60]),
            age_group=rng.choice(["unknown", "child", "adult"]), province_code=rng.choice(["02", "24", None]),
            device_type=rng.choice(["erw", "antipersonnel_mine", "unknown"]),
            status=rng.choice(["civilian", "deminer", "unknown"]))
        for _ in range(300)])
    store.db.execute("UPDATE casualties SET device_type = 'tripwire_1980s' WHERE rowid % 17 = 0")
    records = [dict(r) for r in store.db.query("SELECT * FROM casualties")]

    def group(r):
        return r["age_group"] if r["age"] is None else ("child" if r["age"] < 18 else "adult")

    def nonzero(counts):
        return {k: n for k, n in counts.items() if n}

    named = {("male", "adult"): "men", ("female", "adult"): "women",
             ("male", "child"): "boys", ("female", "child"): "girls"}
    for through in (2018, 2021, 2026, 2030):  # before the first, between, the last, after
        wanted = [r for r in records if r["incident_year"] is not None and r["incident_year"] <= through]
        summary = summarise(store, through=through)
        people = Counter(named.get((r["sex"], group(r)), "unknown") for r in wanted)
        assert summary.total == len(wanted)
        assert summary.killed == sum(r["outcome"] == "killed" for r in wanted)
        assert summary.amputations == sum(r["outcome"] == "injured" and r["amputation"] == "yes"
                                          for r in wanted)
        assert (summary.men, summary.women, summary.boys, summary.girls, summary.sex_age_unknown) == (
            people["men"], people["women"], people["boys"], people["girls"], people["unknown"])
        assert nonzero(summary.device_type) == Counter(r["device_type"] for r in wanted)
        assert nonzero(summary.status) == Counter(r["status"] for r in wanted)
        assert sum(summary.province.values()) == len(wanted)
    assert "tripwire_1980s" in summarise(store, through=2026).device_type  # a code CMDesk does not know
