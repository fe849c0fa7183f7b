"""The catalog in Khmer: every entry people read has its Khmer label, the window and
the findings show them, and the documents for the Convention stay in English."""

import re
import shutil

import pytest

from cmdesk.catalog import load_catalog
from cmdesk.catalog.khmer import in_khmer, indicator_gloss, load_khmer_labels
from cmdesk.catalog.returns import load_returns
from cmdesk.errors import CatalogError
from cmdesk.i18n import ZWSP
from cmdesk.paths import catalog_dir
from tests.core.test_reports import pdf_text

KHMER = re.compile("[\u1780-\u17ff]")


def test_every_entry_people_read_is_in_khmer(catalog):
    khmer = in_khmer(catalog)
    texts = {
        **{f"group {g.code}": g.label for g in khmer.groups},
        **{f"item {i.code}": i.label for i in khmer.items},
        **{f"computed {c.code}": c.label for c in khmer.computed},
        **{f"source {s.code}": s.name for s in khmer.sources},
        **{f"action {a.number}": a.theme for a in khmer.actions},
        **{f"rule {r.code} description": r.description for r in khmer.rules},
        **{f"rule {r.code} message": r.message for r in khmer.rules},
        **{f"unit {code}": text for code, text in khmer.units.items()},
        **{f"part {code}": text for code, text in khmer.parts.items()},
        **{f"source kind {code}": text for code, text in khmer.source_kinds.items()},
        **{f"province {p.code}": p.name_km for p in khmer.provinces},
        **{f"indicator {i.code} gloss": indicator_gloss(i.code) for i in khmer.indicators()},
        **{f"section {s.code}": s.label for s in load_returns(khmer).sections},
    }
    assert len(texts) > 180
    english = sorted(where for where, text in texts.items() if not KHMER.search(text))
    assert not english, f"no Khmer label: {english}"


def test_khmer_messages_keep_the_english_placeholders(catalog):
    placeholder = re.compile(r"\{[^{}]*\}")
    for english, khmer in zip(catalog.rules, in_khmer(catalog).rules):
        assert set(placeholder.findall(english.message)) == set(placeholder.findall(khmer.message)), english.code


def test_an_entry_without_its_khmer_label_is_refused_naming_it(tmp_path):
    folder = tmp_path / "catalog"
    shutil.copytree(catalog_dir(), folder)
    path = folder / "items.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'(code = "dev.tricycle"\nlabel = .*\n)label_km = .*\n', r"\1", text), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"items.toml, item .*'dev.tricycle'.*'label_km'"):
        load_khmer_labels(folder)
    path = folder / "sources.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'(\[kinds_km\]\n(?:.*\n)*?)ngo = .*\n', r"\1", text), encoding="utf-8")
    shutil.copy(catalog_dir() / "items.toml", folder / "items.toml")
    with pytest.raises(CatalogError, match=r"sources.toml: \[kinds_km\] has no Khmer for ngo"):
        load_khmer_labels(folder)


def test_khmer_labels_can_wrap_between_words(catalog):
    # As the translations (tests/test_translations.py): zero-width spaces between words.
    khmer = in_khmer(catalog)
    labels = [i.label for i in khmer.items] + [r.message for r in khmer.rules] + [a.theme for a in khmer.actions]
    unbroken = [run for text in labels for run in re.findall("[\u1780-\u17ff]{21,}", text)]
    assert not unbroken


def test_the_khmer_copy_keeps_the_english_and_the_committees_texts(catalog):
    khmer = in_khmer(catalog)
    assert khmer.english is catalog and khmer.language == "km" and catalog.english is catalog
    assert [i.text for i in khmer.indicators()] == [i.text for i in catalog.indicators()]
    assert [p.name for p in khmer.provinces] == [p.name for p in catalog.provinces]  # matched in files
    assert in_khmer(khmer) is khmer


def test_a_renamed_item_shows_as_renamed(demo_store):
    demo_store.reference.update_item("dev.tricycle", label="Tricycles (hand-powered)")
    catalog = demo_store.reference.catalog(load_catalog())
    khmer = in_khmer(catalog)
    assert khmer.item("dev.tricycle").label == "Tricycles (hand-powered)"
    assert khmer.item("dev.seating").label.replace(ZWSP, "") == "ប្រព័ន្ធកៅអីអង្គុយ"


def test_findings_in_khmer_documents_in_english(demo_store, catalog, tmp_path):
    from cmdesk.reports import export_document
    from cmdesk.review import review_year

    khmer = in_khmer(demo_store.catalog)
    findings = review_year(demo_store, khmer, 2024).findings
    stated = [f for f in findings if f.rule == "stated_total_matches_components"]
    assert stated and all(KHMER.search(f.message) for f in stated)
    export_document("form-j", demo_store, khmer, 2024, tmp_path / "form-j.pdf")
    text = pdf_text(tmp_path / "form-j.pdf")
    assert "Wheelchairs" in text and "Persons with disabilities" in text and not KHMER.search(text)


def test_a_computed_row_without_the_khmer_of_its_columns_is_refused(tmp_path, catalog):
    folder = tmp_path / "catalog"
    shutil.copytree(catalog_dir(), folder)
    path = folder / "items.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('columns_km = ["មនុស្ស\u200bពេញវ័យ", "កុមារ"]\n', 'columns_km = ["កុមារ"]\n'),
                    encoding="utf-8")
    with pytest.raises(CatalogError, match=r"items.toml, computed .*'dev.wheelchair'.*'columns_km'"):
        load_khmer_labels(folder)
    khmer = {c.code: c.columns for c in in_khmer(catalog).computed}
    assert khmer["dev.wheelchair"] == ("មនុស្ស\u200bពេញវ័យ", "កុមារ")
