"""The drafted sentences are catalog data (resources/catalog/narratives.toml): the move
from code to data changed no draft, the file is checked when the catalog loads, and no
item code is named in the code outside the catalog package."""

import ast
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from cmdesk.catalog import load_catalog
from cmdesk.catalog.sentences import CONTEXT_FIGURES, DATA_FIGURES
from cmdesk.errors import CatalogError
from cmdesk.narratives import drafts
from cmdesk.paths import resources_dir
from tests.conftest import REPO

# Every draft of the scenarios below, as the code drafted them before the sentences
# moved to narratives.toml: in full for the demo's 2024 and a full year, as a digest
# for the variants of the full year (each with one figure left out).
BEFORE = REPO / "tests" / "core" / "data" / "narrative_drafts_before.json"
IN_FULL = ("demo 2024", "full 2025")


def dumped(store, catalog, year):
    return [[d.code, list(d.indicators), d.text, dict(sorted(d.figures.items()))]
            for d in drafts(store, catalog, year)]


def digest(found) -> str:
    return hashlib.sha256(json.dumps(found, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def enter_a_full_year(store, catalog, year):
    """Every item and part, casualties of every kind and funding lines with earmarked ones."""
    rows = []
    for n, item in enumerate(catalog.items):
        total = 1000 + 37 * n
        rows.append((year, "national", item.code, "total", total, ""))
        for k, part in enumerate(item.parts):
            rows.append((year, "national", item.code, part, total // (k + 2) - k, ""))
    store.values.set_many(rows)
    records = [{"incident_date": f"{year}-0{1 + i % 9}-1{i % 9}", "outcome": outcome, "amputation": amputation,
                "sex": sex, "age": age}
               for i, (outcome, amputation, sex, age) in enumerate([
                   ("killed", 0, "male", 40), ("injured", 1, "female", 10), ("injured", 0, "male", 12),
                   ("killed", 0, "female", 30), ("injured", 0, "", None), ("injured", 1, "male", 25)] * 3)]
    store.casualties.add_many(records)
    for funder, kind, amount, earmarked in [
            ("Royal Government of Cambodia", "national_budget", 120000, 0), ("UNDP", "un_agency", 50000, 1),
            ("Japan", "donor_government", 75000, 1), ("Someone", "ngo", 9000, 0)]:
        store.funding.add({"year": year, "funder": funder, "funder_kind": kind, "purpose": "VA",
                           "amount": amount, "currency": "USD", "earmarked": earmarked, "note": ""})


def scenarios(store, catalog):
    """{name: drafts} for the demo and for full and partial years (the drafts each
    branch of a sentence gives)."""
    found = {"demo 2024": dumped(store, catalog, 2024), "demo 2023": dumped(store, catalog, 2023)}
    enter_a_full_year(store, catalog, 2025)
    found["full 2025"] = dumped(store, catalog, 2025)
    for row in store.values.for_year(2025):
        item, part, value = row["item"], row["part"], row["value"]
        store.values.set(2025, "national", item, part, None)
        found[f"full 2025 without {item}/{part}"] = dumped(store, catalog, 2025)
        store.values.set(2025, "national", item, part, value)
    store.casualties.add_many([{"incident_date": "2026-03-01", "outcome": "killed"}] * 2)
    found["2026 unknown casualties only"] = dumped(store, catalog, 2026)
    store.casualties.add_many([{"incident_date": "2026-03-02", "outcome": "injured", "sex": "female", "age": 8}])
    found["2026 a girl and two unknown"] = dumped(store, catalog, 2026)
    for item, part, value in [("qls.persons_assessed", "total", 40), ("qls.survivors_assessed", "total", 12),
                              ("svc.peer_counselling", "total", 5), ("svc.medical_care", "total", 70),
                              ("svc.medical_care", "survivor", 70), ("dev.repair", "total", 9),
                              ("inc.sport", "total", 9)]:
        store.values.set(2026, "national", item, part, value)
    found["2026 a few totals"] = dumped(store, catalog, 2026)
    return found


def test_every_draft_is_as_the_code_drafted_it(demo_store, catalog):
    before = json.loads(BEFORE.read_text(encoding="utf-8"))
    now = scenarios(demo_store, catalog)
    assert set(now) == set(before["digests"])
    for name in IN_FULL:
        assert now[name] == before["in_full"][name], name
    changed = [name for name, found in now.items() if digest(found) != before["digests"][name]]
    assert not changed, f"drafts changed: {changed}"
    # The scenarios reach every sentence of the file.
    texts = "\n".join(d[2] for found in now.values() for d in found)
    assert "The sex or age of 2 is not known." in texts and "In 2024, 49 casualties were recorded." in texts
    assert "Of them, 12 were mine/ERW survivors." in texts and "US$75,000 from Japan" in texts


def write_before(path):  # how BEFORE was made (run once, on the code before the move)
    import tempfile

    from cmdesk.demo import create_demo

    catalog = load_catalog()
    with tempfile.TemporaryDirectory() as folder:
        store = create_demo(Path(folder) / "demo.cmdesk", catalog, "capture")
        found = scenarios(store, catalog)
        store.close()
    path.write_text(json.dumps({"in_full": {name: found[name] for name in IN_FULL},
                                "digests": {name: digest(v) for name, v in found.items()}},
                               indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


# --- checked when the catalog loads --------------------------------------------------------


@pytest.fixture
def catalog_folder(tmp_path):
    folder = tmp_path / "catalog"
    shutil.copytree(resources_dir() / "catalog", folder, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def edited(folder, old, new):
    path = folder / "narratives.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("old, new, message", [
    ('figure = "dev.repair"', 'figure = "dev.repairs"',
     r"narratives.toml, draft 'devices', sentence 1, list, part 8: unknown item 'dev.repairs'"),
    ('assessed = "svc.physio_assessment"', 'assessed = "svc.physio_assessments"', None),
    ('figures = { n = "svc.psychosocial_trained" }', 'figures = { n = "svc.psychosocial_trained/blind" }',
     r"narratives.toml, draft 'psychosocial', sentence 1: 'blind' is not a part of 'svc.psychosocial_trained'"),
    ('figures = { n = "casualties:unknown" }', 'figures = { n = "casualties:missing" }',
     r"draft 'casualties', sentence 1, then 1, then 1: unknown figure 'casualties:missing'"),
    ('figures = { n = "dc.officials_trained" }', 'figures = { m = "dc.officials_trained" }',
     r"draft 'data_training', sentence 1: '(n|m)'"),
    ('{n} self-help groups were active.', '{n} self-help groups were active in {provinces} provinces.',
     r"draft 'peer_support', sentence 1, then 1: the placeholder \{provinces\} has no figure"),
    ('indicator = "36.1"', 'indicator = "36.9"', r"draft 'psychosocial': unknown indicator '36.9'"),
    ('group = "inclusion"', 'group = "inclusions"', r"draft 'inclusion', sentence 1, list: unknown group"),
])
def test_a_wrong_sentence_stops_loading_naming_the_file_and_draft(catalog_folder, old, new, message):
    edited(catalog_folder, old, new)
    with pytest.raises(CatalogError, match=message or r"narratives.toml, draft 'rehabilitation', sentence 2"):
        load_catalog(catalog_folder)


def test_a_sentence_added_to_the_file_is_drafted_with_no_change_to_the_code(demo_store, catalog_folder):
    path = catalog_folder / "narratives.toml"
    path.write_text(path.read_text(encoding="utf-8") + (
        '\n[[draft]]\ncode = "awareness"\nindicator = "37.1"\n\n[[draft.sentence]]\n'
        'text = "In {year}, {n} persons learnt about survivors\' rights{details}."\n'
        'requires = ["n"]\nfigures = { n = "inc.awareness" }\ndetails = "n"\n'), encoding="utf-8")
    catalog = load_catalog(catalog_folder)
    found = {d.code: d for d in drafts(demo_store, catalog, 2024)}
    assert found["awareness"].text == "In 2024, 560 persons learnt about survivors' rights."
    assert found["awareness"].figures == {"value:inc.awareness/total": 560}
    assert found["awareness"].indicators == ("37.1",)


def test_the_figures_a_sentence_may_name_are_the_years_figures():
    from cmdesk.figures import CASUALTY_OUTCOMES, CASUALTY_PERSONS
    from cmdesk.funding import FundingTotals

    assert set(DATA_FIGURES["casualties"]) == {"total", *CASUALTY_OUTCOMES, *CASUALTY_PERSONS}
    assert set(DATA_FIGURES["funding"]) == set(FundingTotals._fields) - {"by_kind"}
    assert set(CONTEXT_FIGURES) <= {f"{kind}:{name}" for kind, names in DATA_FIGURES.items() for name in names}


# --- no item code in code --------------------------------------------------------------


# A shipped migration is never edited (docs/architecture.md): it names the rows it corrected.
HISTORY = {Path("cmdesk/store/schema.py")}


def test_no_item_code_is_named_in_code_outside_the_catalog_package(catalog):
    """Code never names an item (docs/architecture.md): a string literal shaped like an
    item code of the catalog ("svc.medical_care", "dev.repair/total") in cmdesk/ or
    ui/ outside cmdesk/catalog is a sentence, figure or rule that belongs in
    resources/catalog. Docstrings may give a code as an example."""
    codes = {item.code for item in catalog.items} | {row.code for row in catalog.computed}
    prefixes = {code.split(".")[0] + "." for code in codes}
    shaped = re.compile(r"(?<![\w.])(" + "|".join(re.escape(p) for p in sorted(prefixes)) + r")[a-z_][\w.]*")
    found = []
    for folder in ("cmdesk", "ui"):
        for path in sorted((REPO / folder).rglob("*.py")):
            if path.is_relative_to(REPO / "cmdesk" / "catalog") or path.relative_to(REPO) in HISTORY:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                          if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                          and node.body and isinstance(node.body[0], ast.Expr)
                          and isinstance(node.body[0].value, ast.Constant)}
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                    for match in shaped.finditer(node.value):
                        if match.group(0).split("/")[0].rstrip(".") in codes or match.group(0) in codes:
                            found.append(f"{path.relative_to(REPO)}:{node.lineno}: {match.group(0)!r}")
    assert not found, "item codes named in code:\n" + "\n".join(found)


def test_the_check_finds_an_item_code_in_code(catalog, tmp_path, monkeypatch):
    """The check above can fail: a module naming an item is found."""
    import tests.core.test_narrative_templates as this

    (tmp_path / "cmdesk").mkdir()
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "page.py").write_text('FIGURE = "svc.prc_clients"\nOTHER = "value:dev.repair/total"\n')
    monkeypatch.setattr(this, "REPO", tmp_path)
    with pytest.raises(AssertionError, match=r"ui/page.py:1: 'svc.prc_clients'(.|\n)*ui/page.py:2: 'dev.repair"):
        test_no_item_code_is_named_in_code_outside_the_catalog_package(catalog)
