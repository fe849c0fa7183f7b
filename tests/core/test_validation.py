"""The checks on a year's values: each rule with data that must and must not trigger it."""

import pytest

from cmdesk.catalog import TOTAL
from cmdesk.validation import check_values, errors_caused_by


def demo_values(store):
    return {(r["item"], r["part"]): r["value"] for r in store.values.for_year(2024)}


def test_the_published_2024_figures_give_two_stated_total_warnings_and_one_question(demo_store, catalog):
    findings = check_values(catalog, demo_values(demo_store))
    assert [(f.severity, f.rule, f.items) for f in findings] == [
        ("warning", "stated_total_matches_components", ("dev.total_reported",) + catalog.item(
            "dev.total_reported").components),
        ("warning", "stated_total_matches_components", ("inc.total_reported",) + catalog.item(
            "inc.total_reported").components),
        ("question", "same_value_in_two_items", ("svc.prc_clients", "svc.cbr_beneficiaries")),
    ]
    assert "26,988" in findings[2].message
    devices = findings[0]
    assert devices.values == (26280, 25848)
    assert "26,280 stated, 25,848 summed" in devices.message and "+432" in devices.message
    assert devices.cells[0] == ("dev.total_reported", TOTAL)
    assert "over" not in findings[1].message and findings[1].values == (2800, 2822)


def test_a_part_larger_than_its_total_is_an_error(catalog):
    findings = check_values(catalog, {("inc.sport", TOTAL): 58, ("inc.sport", "female"): 59})
    assert len(findings) == 1
    finding = findings[0]
    assert (finding.severity, finding.rule) == ("error", "part_within_total")
    assert finding.message == "Persons with disabilities in sport: female (59) is larger than the total (58)."
    assert finding.cells == (("inc.sport", "female"), ("inc.sport", TOTAL))


@pytest.mark.parametrize("values", [
    {("inc.sport", TOTAL): 58, ("inc.sport", "female"): 58},      # equal is fine
    {("inc.sport", "female"): 59},                                # no total: nothing to compare
    {("inc.sport", TOTAL): 58},
])
def test_parts_within_or_without_a_total_do_not_trigger(catalog, values):
    assert check_values(catalog, values) == []


def test_female_survivors_are_within_females_and_survivors(catalog):
    values = {("svc.peer_counselling", "female"): 10, ("svc.peer_counselling", "survivor"): 30,
              ("svc.peer_counselling", "female_survivor"): 20}
    assert [f.rule for f in check_values(catalog, values)] == ["female_survivors_within_females"]
    values[("svc.peer_counselling", "female")] = 25
    assert check_values(catalog, values) == []


def test_qls_survivors_are_within_the_persons_assessed(catalog):
    values = {("qls.persons_assessed", TOTAL): 2182, ("qls.survivors_assessed", TOTAL): 2183}
    assert [f.rule for f in check_values(catalog, values)] == ["qls_survivors_within_assessed"]
    values[("qls.survivors_assessed", TOTAL)] = 1181
    assert check_values(catalog, values) == []


def test_a_stated_total_equal_to_its_components_does_not_trigger(catalog):
    values = {("dev.repair", TOTAL): 10, ("dev.seating", TOTAL): 5, ("dev.total_reported", TOTAL): 15}
    assert check_values(catalog, values) == []
    values[("dev.total_reported", TOTAL)] = 16
    assert [f.severity for f in check_values(catalog, values)] == ["warning"]
    del values[("dev.total_reported", TOTAL)]
    assert check_values(catalog, values) == []


def test_only_new_errors_block_a_change(catalog):
    before = {("inc.sport", TOTAL): 58, ("inc.sport", "female"): 33}
    lowered = {**before, ("inc.sport", TOTAL): 30}
    assert [f.rule for f in errors_caused_by(catalog, before, lowered)] == ["part_within_total"]
    already_wrong = {("inc.sport", TOTAL): 30, ("inc.sport", "female"): 33}
    unrelated = {**already_wrong, ("inc.job_found", TOTAL): 22}
    assert errors_caused_by(catalog, already_wrong, unrelated) == []
