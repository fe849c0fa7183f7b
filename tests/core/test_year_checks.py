"""The year's review (issue 5): each kind of rule with data that must and must not
trigger it, the rules language, acknowledgements and what blocks the year."""

import datetime as dt
import shutil

import pytest

from cmdesk.catalog import TOTAL, Rule, load_catalog
from cmdesk.catalog.expressions import Expression, ExpressionError, format_message
from cmdesk.errors import CatalogError, InputError
from cmdesk.narratives import accept_draft, drafts_for
from cmdesk.paths import catalog_dir
from cmdesk.review import (
    acknowledge,
    review_year,
    unacknowledged_errors,
    withdraw_acknowledgement,
    year_findings,
)
from cmdesk.validation import check_values
from cmdesk.validation.records import check_records

TODAY = dt.date(2025, 3, 1)


def rules_of(findings):
    return [f.rule for f in findings]


# --- the rules language -----------------------------------------------------------------


def test_an_expression_reads_dotted_item_codes_and_parts():
    expression = Expression("qls.survivors_assessed.female > qls.persons_assessed.female")
    assert expression.names == ("qls.survivors_assessed.female", "qls.persons_assessed.female")
    assert expression.evaluate({"qls.survivors_assessed.female": 127,
                                "qls.persons_assessed.female": 126}) is True
    assert expression.evaluate({"qls.survivors_assessed.female": 126,
                                "qls.persons_assessed.female": 126}) is False


def test_a_missing_value_makes_an_expression_not_applicable():
    expression = Expression("age > 110 or outcome == 'killed'")
    assert expression.evaluate({"age": None, "outcome": "killed"}) is None
    assert expression.evaluate({"age": 0, "outcome": "killed"}) is True  # 0 is a value


@pytest.mark.parametrize("text", [
    "__import__('os').system('true')",   # calls other than abs/min/max
    "a.b()",
    "[x for x in y]",
    "lambda: 1",
    "a if b else c",
    "a ** 2",
    "a[0]",
    "a >",                               # not an expression at all
])
def test_the_rules_language_refuses_anything_but_names_numbers_and_operators(text):
    with pytest.raises(ExpressionError):
        Expression(text)


def test_arithmetic_and_functions_are_allowed():
    expression = Expression("abs(a - b) > max(10, b / 2)")
    assert expression.evaluate({"a": 160, "b": 100}) is True
    assert expression.evaluate({"a": 105, "b": 100}) is False


def test_message_templates_take_dotted_names():
    assert format_message("{qls.persons_assessed:,} assessed", {"qls.persons_assessed": 2182}) \
        == "2,182 assessed"


def write_rules(tmp_path, text):
    folder = tmp_path / "catalog"
    shutil.copytree(catalog_dir(), folder)
    (folder / "rules.toml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("rule, message", [
    ('kind = "expression"\nwhen = "svc.teleport > 1"\nmessage = "x"', "unknown name(s) svc.teleport"),
    ('kind = "expression"\nwhen = "svc.prc_clients.teleported > 1"\nmessage = "x"',
     "svc.prc_clients.teleported"),
    ('kind = "expression"\nwhen = "open(1)"\nmessage = "x"', "only abs, min, max"),
    ('kind = "expression"\nwhen = "svc.prc_clients > 1"\nmessage = "{svc.medical_care}"',
     "the message uses svc.medical_care"),
    ('kind = "record"\nwhen = "name == \'x\'"\nmessage = "x"', "unknown name(s) name"),
    ('kind = "change_from_previous"\nratio = "half"\nminimum = 20\nmessage = "x"', "'ratio' must be a float"),
    ('kind = "change_from_previous"\nratio = 0.5\nminimum = 20\nper_item = { "dev.nothing" = 1.0 }\n'
     'message = "x"', "unknown item 'dev.nothing'"),
    ('kind = "same_value"\nminimum = 1000\nthreshold = 3\nmessage = "x"', "unknown setting(s) threshold"),
])
def test_a_bad_rule_in_the_catalog_is_refused_naming_the_rule(tmp_path, rule, message):
    folder = write_rules(tmp_path, f'[[rule]]\ncode = "bad_rule"\nseverity = "error"\n'
                                   f'description = "d"\n{rule}\n')
    with pytest.raises(CatalogError) as raised:
        load_catalog(folder)
    assert "rule 'bad_rule'" in str(raised.value) and message in str(raised.value)


# --- rules on values ----------------------------------------------------------------------


def test_the_female_qls_rule_compares_parts_and_needs_both(catalog):
    values = {("qls.persons_assessed", "female"): 638, ("qls.survivors_assessed", "female"): 639}
    findings = check_values(catalog, values)
    assert rules_of(findings) == ["qls_female_survivors_within_females_assessed"]
    assert findings[0].cells == (("qls.survivors_assessed", "female"), ("qls.persons_assessed", "female"))
    assert "(639)" in findings[0].message and "(638)" in findings[0].message
    values[("qls.survivors_assessed", "female")] = 126
    assert check_values(catalog, values) == []
    del values[("qls.persons_assessed", "female")]
    values[("qls.survivors_assessed", "female")] = 9999
    assert check_values(catalog, values) == []


def change(catalog, value, previous, comments=None):
    return [f for f in check_values(catalog, {("svc.prc_clients", TOTAL): value},
                                    {("svc.prc_clients", TOTAL): previous}, comments)
            if f.rule == "change_from_previous_year"]


def test_a_figure_that_moves_by_more_than_half_asks_for_a_comment(catalog):
    up = change(catalog, 151, 100)
    assert len(up) == 1 and up[0].severity == "question"
    assert up[0].message == ("Persons with disabilities served by PRCs (total): 151 against 100 the "
                             "year before (+51%). Add a comment to the value saying why.")
    assert "-51%" in change(catalog, 49, 100)[0].message
    assert change(catalog, 150, 100) == [] and change(catalog, 50, 100) == []  # exactly half
    assert change(catalog, 15, 3) == []  # both below the minimum (20)
    assert len(change(catalog, 25, 3)) == 1
    assert change(catalog, 500, 100, {("svc.prc_clients", TOTAL): "New centre in Kampot"}) == []


def test_without_the_previous_year_there_is_no_change_to_question(catalog):
    assert rules_of(check_values(catalog, {("svc.prc_clients", TOTAL): 500}, {})) == []
    assert rules_of(check_values(catalog, {("svc.prc_clients", TOTAL): 500})) == []


def test_a_per_item_ratio_overrides_the_default(catalog):
    rule = next(r for r in catalog.rules if r.code == "change_from_previous_year")
    tolerant = rule._replace(params=(*rule.params, ("per_item", (("svc.prc_clients", 1.0),))))
    other = catalog.replace(rules=[tolerant])
    assert change(other, 190, 100) == []
    assert len(change(other, 201, 100)) == 1


def test_two_items_with_the_same_large_value_are_a_question(catalog):
    values = {("svc.prc_clients", TOTAL): 26988, ("svc.cbr_beneficiaries", TOTAL): 26988}
    findings = check_values(catalog, values)
    assert rules_of(findings) == ["same_value_in_two_items"]
    assert findings[0].severity == "question" and findings[0].values == (26988,)
    assert findings[0].items == ("svc.prc_clients", "svc.cbr_beneficiaries")
    assert "26,988" in findings[0].message


@pytest.mark.parametrize("values", [
    {("svc.prc_clients", TOTAL): 1000, ("svc.cbr_beneficiaries", TOTAL): 1000},  # not above 1,000
    {("svc.prc_clients", TOTAL): 26988, ("svc.cbr_beneficiaries", TOTAL): 26989},
    {("svc.prc_clients", TOTAL): 5000, ("svc.prc_clients", "survivor"): 5000},  # one item
])
def test_same_values_that_are_small_different_or_in_one_item_are_not_questioned(catalog, values):
    assert rules_of(check_values(catalog, values)) == []


# --- rules on casualty records ----------------------------------------------------------------


def record(**fields):
    base = {"id": "r1", "source_id": "CMVIS-1", "incident_date": "2024-05-03", "province_code": "02",
            "device_type": "erw", "outcome": "injured", "amputation": "no", "status": "civilian",
            "sex": "male", "age": 34, "age_group": "adult", "activity": "", "name": "Sok Dara"}
    return {**base, **fields}


@pytest.mark.parametrize("fields, rule", [
    ({"incident_date": "2025-03-02"}, "casualty_date_in_future"),
    ({"incident_date": "2025-04"}, "casualty_date_in_future"),
    ({"incident_date": "2023-12-31"}, "casualty_date_outside_year"),
    ({"age": 111, "age_group": "adult"}, "casualty_age_over_110"),
    ({"outcome": "killed", "amputation": "yes"}, "casualty_amputation_on_killed"),
    ({"age": 12, "age_group": "adult"}, "casualty_age_group_disagrees"),
    ({"age": 19, "age_group": "child"}, "casualty_age_group_disagrees"),
])
def test_an_impossible_or_inconsistent_record_is_an_error(catalog, fields, rule):
    year = 2025 if fields.get("incident_date", "").startswith("2025") else 2024
    findings = check_records(catalog, [record(**fields)], year, TODAY)
    assert [(f.rule, f.severity, f.records) for f in findings] == [(rule, "error", ("r1",))]
    assert "CMVIS-1" in findings[0].message and "Sok Dara" not in findings[0].message


@pytest.mark.parametrize("fields", [
    {},
    {"incident_date": "2025-03-01"},      # today is not the future
    {"incident_date": "2025-03"},         # a month that has begun
    {"age": 110},
    {"age": None, "age_group": "child"},  # no age: the group stands
    {"outcome": "killed", "amputation": "no"},
    {"age": 17, "age_group": "child"},
    {"incident_date": None},              # an unknown date is not outside the year
])
def test_a_plausible_record_raises_nothing(catalog, fields):
    year = 2025 if (fields.get("incident_date") or "").startswith("2025") else 2024
    assert check_records(catalog, [record(**fields)], year, TODAY) == []


def test_a_record_without_cmvis_number_is_named_by_date_and_province(catalog):
    findings = check_records(catalog, [record(source_id=None, age=130)], 2024, TODAY)
    assert "of 2024-05-03 in 02" in findings[0].message


# --- the whole year from the store --------------------------------------------------------------


def test_the_demo_year_has_no_errors_and_the_known_warnings_and_question(demo_store, catalog):
    findings = year_findings(demo_store, catalog, 2024, TODAY)
    assert [f.severity for f in findings if f.severity == "error"] == []
    # The devices' total against its types; "over 2,800" is a floor its parts pass.
    assert sorted(rules_of(findings)) == sorted(
        ["stated_total_matches_components", "same_value_in_two_items"])
    assert unacknowledged_errors(demo_store, catalog, 2024) == []


def test_year_findings_name_the_source_and_ask_about_changes_per_source(store, catalog):
    store.values.set_many([
        (2023, "prc.01", "svc.prc_clients", TOTAL, 400, None),
        (2024, "prc.01", "svc.prc_clients", TOTAL, 100, None),
        (2024, "prc.02", "svc.prc_clients", TOTAL, 300, None),
        (2024, "prc.02", "svc.medical_care", TOTAL, 10, None),
        (2024, "prc.02", "svc.medical_care", "female", 11, None),
    ])
    findings = year_findings(store, catalog, 2024, TODAY)
    by_rule = {f.rule: f for f in findings}
    assert by_rule["change_from_previous_year"].source == "prc.01"
    assert by_rule["part_within_total"].source == "prc.02"
    # The national view (100 + 300 against 400) did not move: nothing more.
    assert rules_of(findings).count("change_from_previous_year") == 1
    assert rules_of(findings).count("part_within_total") == 1


def add_record(store, **fields):
    wanted = {k: v for k, v in record(**fields).items() if k != "id"}
    return store.casualties.add(wanted)


def test_record_findings_and_duplicates_come_from_the_year_of_the_register(store, catalog):
    old = add_record(store, source_id="A", age=115)
    twin_a = add_record(store, source_id="B")
    twin_b = add_record(store, source_id="C")
    add_record(store, source_id="D", incident_date="2023-05-03", age=130)  # another year
    findings = year_findings(store, catalog, 2024, TODAY)
    assert [(f.rule, f.records) for f in findings] == [
        ("casualty_age_over_110", (old,)),
        ("casualty_possible_duplicates", (twin_a, twin_b)),
    ]
    assert "2 records on 2024-05-03 in Battambang" in findings[1].message
    store.casualties.mark_distinct([twin_a, twin_b])
    assert rules_of(year_findings(store, catalog, 2024, TODAY)) == ["casualty_age_over_110"]


def test_a_narrative_whose_casualty_figures_the_register_no_longer_gives_is_a_warning(demo_store, catalog):
    draft = next(d for d in drafts_for(demo_store, catalog, 2024, "32.1") if d.code == "casualties")
    accept_draft(demo_store, "32.1", 2024, draft)
    assert "narrative_casualties_disagree_with_register" not in rules_of(
        year_findings(demo_store, catalog, 2024, TODAY))
    add_record(demo_store, source_id="NEW-1", outcome="killed", incident_date="2024-06-01")
    found = [f for f in year_findings(demo_store, catalog, 2024, TODAY)
             if f.rule == "narrative_casualties_disagree_with_register"]
    total = draft.figures["casualties:total"]
    assert {(f.indicators, f.values) for f in found} >= {
        (("32.1",), (total, total + 1)),
        (("32.1",), (draft.figures["casualties:killed"], draft.figures["casualties:killed"] + 1))}
    assert all(f.severity == "warning" for f in found)


# --- acknowledgements ------------------------------------------------------------------------------


def test_an_acknowledged_error_no_longer_blocks_and_is_audit_logged(store, catalog):
    add_record(store, source_id="A", age=115)
    [error] = unacknowledged_errors(store, catalog, 2024)
    with pytest.raises(InputError, match="reason"):
        acknowledge(store, 2024, error, "   ")
    assert unacknowledged_errors(store, catalog, 2024) == [error]
    acknowledge(store, 2024, error, "Confirmed with the CMVIS team: aged 115")
    review = review_year(store, catalog, 2024)
    assert review.blocking == [] and review.counts()["error"] == 0
    assert review.acknowledgement(error).reason == "Confirmed with the CMVIS team: aged 115"
    assert review.acknowledgement(error).who == "alice"
    history = store.audit.history("acknowledgements", f"2024/{error.key}")
    assert [(h["old_value"], h["new_value"], h["who"]) for h in history] == [
        (None, "Confirmed with the CMVIS team: aged 115", "alice")]
    withdraw_acknowledgement(store, 2024, error)
    assert unacknowledged_errors(store, catalog, 2024) == [error]
    assert store.audit.history("acknowledgements", f"2024/{error.key}")[-1]["new_value"] is None


def test_an_acknowledgement_holds_for_the_figures_it_was_given_for(store, catalog):
    store.values.set_many([(2024, "prc.02", "svc.medical_care", TOTAL, 10, None),
                           (2024, "prc.02", "svc.medical_care", "female", 11, None)])
    [error] = unacknowledged_errors(store, catalog, 2024)
    acknowledge(store, 2024, error, "The centre counts women twice; asked them to correct")
    assert unacknowledged_errors(store, catalog, 2024) == []
    store.values.set(2024, "prc.02", "svc.medical_care", "female", 12)
    [again] = unacknowledged_errors(store, catalog, 2024)
    assert "(12)" in again.message


def test_the_draft_gate_of_the_reports_honours_acknowledgements(store, catalog, tmp_path):
    from cmdesk.reports import DraftRequired, export_document

    add_record(store, source_id="A", age=115)
    with pytest.raises(DraftRequired):
        export_document("form-j", store, catalog, 2024, tmp_path / "j.xlsx")
    [error] = unacknowledged_errors(store, catalog, 2024)
    acknowledge(store, 2024, error, "Confirmed")
    assert export_document("form-j", store, catalog, 2024, tmp_path / "j.xlsx").draft is False


def test_a_rule_of_the_catalog_with_rule_objects_can_be_swapped_in_tests(catalog):
    # Rules are data: a catalog with one rule given in code is checked by the same engine.
    only = Rule("big_clients", "expression", "warning", "d", "{svc.prc_clients:,} is big",
                (("when", "svc.prc_clients > 1000"),))
    other = catalog.replace(rules=[only])
    assert [f.message for f in check_values(other, {("svc.prc_clients", TOTAL): 1001})] == ["1,001 is big"]
    assert check_values(other, {("svc.prc_clients", TOTAL): 1000}) == []


def test_a_submitted_year_keeps_its_acknowledgements_and_returns_as_they_were(demo_store, catalog):
    from cmdesk import signoff
    from cmdesk.completeness import record_received
    from cmdesk.errors import YearFrozenError

    [finding] = [f for f in year_findings(demo_store, catalog, 2024) if f.severity == "question"]
    signoff.submit(demo_store, catalog, 2024)
    with pytest.raises(YearFrozenError, match="frozen"):
        acknowledge(demo_store, 2024, finding, "Both confirmed")
    with pytest.raises(YearFrozenError):
        record_received(demo_store, demo_store.catalog, 2024, "vic", "inclusion", dt.date(2025, 3, 1))
    signoff.reopen(demo_store, 2024, "A late return from VIC")
    acknowledge(demo_store, 2024, finding, "Both confirmed")
    assert review_year(demo_store, catalog, 2024).acknowledgement(finding).reason == "Both confirmed"
