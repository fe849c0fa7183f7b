"""Coded fields of casualty records (cmdesk/casualties/codes.py): the written forms
accepted for each code, the ones refused, and the documentation of them."""

import re

import pytest

from cmdesk.casualties import CODES, code_labels, load_coded_fields, normalise_code
from cmdesk.casualties.codes import field_labels, forms_markdown
from cmdesk.errors import CatalogError, InputError
from tests.conftest import REPO


@pytest.mark.parametrize("field, text, code", [
    ("device_type", "AP mine", "antipersonnel_mine"),
    ("device_type", "Anti-personnel mine", "antipersonnel_mine"),
    ("device_type", "anti personnel  MINE", "antipersonnel_mine"),
    ("device_type", "ANTIPERSONNEL_MINE", "antipersonnel_mine"),
    ("device_type", "AT mine", "antivehicle_mine"),
    ("device_type", "Anti-tank mine", "antivehicle_mine"),
    ("device_type", "UXO", "erw"),
    ("device_type", "ERW", "erw"),
    ("device_type", "erw", "erw"),
    ("device_type", "Cluster munition", "submunition"),
    ("device_type", "IED", "improvised_mine"),
    ("outcome", "Killed", "killed"),
    ("outcome", "K", "killed"),
    ("outcome", " injured ", "injured"),
    ("outcome", "Survivor", "injured"),
    ("amputation", "Y", "yes"),
    ("amputation", "lost limb", "yes"),
    ("amputation", "No", "no"),
    ("status", "Civilian", "civilian"),
    ("status", "de-miner", "deminer"),
    ("status", "Security forces", "military"),
    ("sex", "M", "male"),
    ("sex", "f", "female"),
    ("sex", "Woman", "female"),
    ("age_group", "Child", "child"),
    ("age_group", "under 18", "child"),
    ("age_group", "adult", "adult"),
])
def test_the_usual_written_forms_give_the_code(field, text, code):
    assert normalise_code(field, text) == code


@pytest.mark.parametrize("field, text", [
    ("device_type", "mine"),  # antipersonnel or antivehicle? Not guessed.
    ("device_type", "AP mine (PMN-2)"),
    ("device_type", "bomb"),
    ("outcome", "yes"),
    ("outcome", "amputee"),
    ("outcome", "killed and injured"),
    ("sex", "child"),
    ("sex", "X"),
    ("status", "boy"),
    ("age_group", "teen"),
    ("amputation", "maybe"),
])
def test_other_forms_are_refused_with_the_allowed_codes(field, text):
    with pytest.raises(InputError) as info:
        normalise_code(field, text)
    message = str(info.value)
    assert all(code in message for code in CODES[field])
    assert "docs/casualties-import.md" in message
    # The field named without an article ("not a outcome" read wrongly before).
    assert message.startswith(f"CMDesk does not know this {field_labels()[field].lower()}. ")


def test_an_empty_cell_is_none_for_the_caller_to_decide():
    assert normalise_code("sex", "  ") is None
    assert normalise_code("sex", None) is None


def test_every_code_has_a_label_and_an_entry_in_the_catalog():
    fields = load_coded_fields()
    assert list(fields) == list(CODES)
    for name, codes in CODES.items():
        assert list(code_labels(name)) == list(codes)
        assert all(label.strip() for label in code_labels(name).values())
        assert list(fields[name].forms) == list(codes)
    assert fields["outcome"].default is None and fields["sex"].default == "unknown"


def test_a_form_given_to_two_codes_is_a_catalog_error(tmp_path):
    text = (REPO / "resources" / "catalog" / "casualty_codes.toml").read_text(encoding="utf-8")
    (tmp_path / "casualty_codes.toml").write_text(
        text.replace('forms = ["I", "injury"', 'forms = ["dead", "I", "injury"'), encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_coded_fields(tmp_path)
    assert "'dead'" in str(info.value) and "'killed'" in str(info.value) and "'injured'" in str(info.value)


def test_the_documentation_lists_exactly_the_accepted_forms():
    doc = (REPO / "docs" / "casualties-import.md").read_text(encoding="utf-8")
    section = re.search(r"<!-- forms:start -->\n(.*)<!-- forms:end -->", doc, re.S)
    assert section, "docs/casualties-import.md lost its forms section"
    assert section.group(1).strip() == forms_markdown().strip(), (
        "docs/casualties-import.md is out of date: paste the output of "
        "`python -m cmdesk.casualties.codes` between the forms markers")
    # And every form listed there is accepted, for the code of its row.
    for name, coded in load_coded_fields().items():
        for code, forms in coded.forms.items():
            for form in forms:
                assert normalise_code(name, form) == code, (name, form)
