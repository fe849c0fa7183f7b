"""The reference catalog: complete, consistent, and true to the seeds."""

import json
import re
import shutil
import subprocess
import sys
import unicodedata

import pytest

from cmdesk.catalog import PARSED_FOLDER, TOTAL, load_catalog
from cmdesk.errors import CatalogError
from cmdesk.paths import catalog_dir
from tests.conftest import DOMAIN, REPO, SEEDS

SEED_000 = SEEDS / "000_a773e748f94b3e39.txt"


def seed_tracker_rows():
    """(action, position, indicator text) for every row of seed 000's tracker."""
    assert SEED_000.exists(), f"seed 000 not found at {SEED_000}: shared/ must sit beside the repo"
    text = SEED_000.read_text(encoding="utf-8")
    lines = [line for line in text[text.index("SRAAP country reporting tracker"):].splitlines()[4:]
             if line.strip()]
    rows, action, position = [], None, 0
    for line in lines:
        cells = line.split("\t")
        if cells[0].startswith("CROSS-CUTTING"):
            continue
        if cells[0].strip():
            action, position = int(cells[0]), 0
        position += 1
        rows.append((action, position, cells[1].strip()))
    return rows


def test_indicator_texts_are_exactly_the_seed_tracker(catalog):
    expected = seed_tracker_rows()
    actual = [(ind.action, int(ind.code.split(".")[1]), ind.text) for ind in catalog.indicators()]
    assert len(actual) == len(expected) == 34
    for got, want in zip(actual, expected):
        assert got == want


def test_actions_are_the_va_actions_then_the_cross_cutting_ones(catalog):
    assert [a.number for a in catalog.actions] == [30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 1, 5, 40, 41]
    assert [a.number for a in catalog.actions if a.cross_cutting] == [1, 5, 40, 41]


def test_every_item_of_domain_md_is_in_the_catalog(catalog):
    domain = DOMAIN.read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z]+\.[a-z_.]+)` \|", domain, flags=re.MULTILINE))
    assert len(documented) == 39
    assert documented == {item.code for item in catalog.items}


def test_every_item_has_code_label_unit_group_and_a_page(catalog):
    pages = {"services", "devices"}
    groups = {group.code: group for group in catalog.groups}
    for item in catalog.items + catalog.computed:
        assert re.fullmatch(r"[a-z]+(\.[a-z_]+)+", item.code), item.code
        assert item.label.strip(), item.code
        assert item.unit in catalog.units, item.code
        assert groups[item.group].page in pages, item.code
    for item in catalog.items:
        assert TOTAL not in item.parts
        assert set(item.parts) <= set(catalog.parts)


def test_codes_are_unique(catalog):
    codes = [i.code for i in catalog.items] + [c.code for c in catalog.computed]
    assert len(codes) == len(set(codes))


def test_group_totals_are_computed_from_the_published_groups(catalog):
    computed = {c.code: set(c.sum_of) for c in catalog.computed}
    assert computed == {
        "dev.prosthesis": {"dev.prosthesis.lower", "dev.prosthesis.upper"},
        "dev.orthosis": {"dev.orthosis.lower", "dev.orthosis.upper", "dev.orthosis.spinal"},
        "dev.wheelchair": {"dev.wheelchair.adult", "dev.wheelchair.child"},
    }


def test_stated_totals_name_their_components(catalog):
    stated = [i for i in catalog.items if i.is_stated_total]
    assert {i.code for i in stated} == {"dev.total_reported", "inc.total_reported"}
    devices = catalog.item("dev.total_reported")
    assert len(devices.components) == 12 and "dev.total_reported" not in devices.components


def test_provinces_are_cambodias_25_with_khmer_names(catalog):
    assert len(catalog.provinces) == 25
    assert len({p.code for p in catalog.provinces}) == 25
    for province in catalog.provinces:
        assert all(unicodedata.name(ch, "").startswith("KHMER") for ch in province.name_km
                   if not ch.isspace()), province.name


def test_sources_include_national_the_agencies_and_eleven_prcs(catalog):
    codes = {s.code for s in catalog.sources}
    assert {"national", "cmaa", "mosvy", "dac", "pwdf", "icrc", "hi", "jsc", "vic"} <= codes
    prcs = [s for s in catalog.sources if s.kind == "prc"]
    assert len(prcs) == 11 and all(s.editable for s in prcs)


def test_offices_resolve_by_name_code_or_hq(catalog):
    assert catalog.resolve_office("HQ").code == "hq"
    assert catalog.resolve_office("battambang").code == "province:02"
    assert catalog.resolve_office("24").name == "Pailin provincial office"
    with pytest.raises(CatalogError, match="Unknown office 'Mars'"):
        catalog.resolve_office("Mars")


@pytest.fixture
def catalog_copy(tmp_path):
    folder = tmp_path / "catalog"
    shutil.copytree(catalog_dir(), folder)
    return folder


def test_an_item_without_a_unit_is_refused_with_its_code(catalog_copy):
    path = catalog_copy / "items.toml"
    text = path.read_text(encoding="utf-8")
    seating = re.search(r'code = "dev.seating"\n(?:.*\n)*?unit = "devices"\n', text).group(0)
    path.write_text(text.replace(seating, seating.replace('unit = "devices"\n', "")), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"item 'dev.seating': 'unit' is missing"):
        load_catalog(catalog_copy)


def test_an_item_without_a_label_is_refused(catalog_copy):
    path = catalog_copy / "items.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('label = "Tricycles"', 'label = ""'),
                    encoding="utf-8")
    with pytest.raises(CatalogError, match=r"item 'dev.tricycle': 'label' is missing or empty"):
        load_catalog(catalog_copy)


def test_a_repeated_item_code_is_refused(catalog_copy):
    path = catalog_copy / "items.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('code = "dev.tricycle"', 'code = "dev.seating"'),
                    encoding="utf-8")
    with pytest.raises(CatalogError, match="item code 'dev.seating' appears twice"):
        load_catalog(catalog_copy)


def test_an_unknown_part_is_refused(catalog_copy):
    path = catalog_copy / "items.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        'parts = ["female"]', 'parts = ["femme"]'), encoding="utf-8")
    with pytest.raises(CatalogError, match="unknown part 'femme'"):
        load_catalog(catalog_copy)


def test_an_indicator_text_that_drifts_from_the_seed_fails_the_seed_test(catalog_copy):
    path = catalog_copy / "sraap.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("national action plans.", "action plans."),
                    encoding="utf-8")
    drifted = load_catalog(catalog_copy)
    expected = [text for _, _, text in seed_tracker_rows()]
    assert [i.text for i in drifted.indicators()] != expected


def test_a_missing_catalog_file_names_the_file(catalog_copy):
    (catalog_copy / "provinces.toml").unlink()
    with pytest.raises(CatalogError, match="provinces.toml is missing"):
        load_catalog(catalog_copy)


# --- parsed once: read_catalog_file keeps what each file gave beside it ------------------

def load_in_a_fresh_process(folder):
    """Load the catalog in `folder` in a new Python; return its item labels and
    whether TOML was parsed (tomllib imported) to do so."""
    code = (
        "import sys\nfrom pathlib import Path\nfrom cmdesk.catalog import load_catalog\n"
        "catalog = load_catalog(Path(sys.argv[1]))\n"
        "print('tomllib' in sys.modules)\nprint('|'.join(item.label for item in catalog.items))\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(folder)], cwd=REPO,
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    parsed, labels = result.stdout.splitlines()
    return labels.split("|"), parsed == "True"


def test_a_catalog_is_parsed_once_then_read_as_it_was(catalog_copy):
    shutil.rmtree(catalog_copy / PARSED_FOLDER, ignore_errors=True)
    labels, parsed = load_in_a_fresh_process(catalog_copy)
    assert parsed
    assert (catalog_copy / PARSED_FOLDER / "items.toml.json").exists()
    again, parsed = load_in_a_fresh_process(catalog_copy)
    assert not parsed
    assert again == labels
    assert load_catalog(catalog_copy) == load_catalog(catalog_copy) == load_catalog()


def test_a_catalog_file_edited_after_it_was_parsed_is_parsed_again(catalog_copy):
    load_catalog(catalog_copy)
    path = catalog_copy / "items.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('label = "Tricycles"', 'label = "Tricycles (hand)"'),
                    encoding="utf-8")
    labels, parsed = load_in_a_fresh_process(catalog_copy)
    assert parsed
    assert "Tricycles (hand)" in labels and "Tricycles" not in labels


def test_a_damaged_parsed_file_is_ignored_and_replaced(catalog_copy):
    load_catalog(catalog_copy)
    kept = catalog_copy / PARSED_FOLDER / "items.toml.json"
    kept.write_text('{"source": {"size": 1', encoding="utf-8")
    assert load_catalog(catalog_copy) == load_catalog()
    assert json.loads(kept.read_text(encoding="utf-8"))["data"]["item"]


def test_a_catalog_whose_parsed_files_cannot_be_kept_still_loads(catalog_copy):
    # As in a read-only installation: here the folder cannot be made (a file is in the way).
    shutil.rmtree(catalog_copy / PARSED_FOLDER, ignore_errors=True)
    (catalog_copy / PARSED_FOLDER).write_text("not a folder", encoding="utf-8")
    assert load_catalog(catalog_copy) == load_catalog()
    toml_files = [p.name for p in catalog_dir().glob("*.toml")]
    assert sorted(p.name for p in catalog_copy.iterdir()) == sorted([*toml_files, PARSED_FOLDER])
