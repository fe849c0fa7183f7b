"""The core's translation without Qt: the command line's catalogue, the language
setting, and the Convention's documents kept in English whatever the language."""

import json
import re
import shutil
import subprocess

import pytest

from cmdesk import i18n
from tests.core.test_reports import pdf_text

KHMER = re.compile("[\u1780-\u17ff]")


@pytest.fixture
def khmer():
    i18n.use_language("km")
    yield
    i18n.use_language("en")


def test_khmer_and_back(khmer):
    assert i18n.translate("CLI", "Rows:") == "ជួរ៖"
    assert i18n.translate("CLI", "a text nobody translated") == "a text nobody translated"
    with i18n.english():
        assert i18n.translate("CLI", "Rows:") == "Rows:"
    assert i18n.translate("CLI", "Rows:") == "ជួរ៖"
    i18n.use_language("en")
    assert i18n.translate("CLI", "Rows:") == "Rows:"


def test_a_stale_compiled_catalogue_is_not_used(tmp_path, monkeypatch):
    shipped = i18n.translations_dir()
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    shutil.copy(shipped / "cmdesk_km.ts", tmp_path / "cmdesk_km.ts")
    i18n.compile_catalogue("km")
    assert i18n.load_catalogue("km")[("CLI", "Rows:")] == "ជួរ៖"
    compiled = json.loads((tmp_path / "cmdesk_km.json").read_text(encoding="utf-8"))
    assert len(compiled["messages"]) > 1000
    # The .ts changes after compiling: its own text wins, not the old catalogue.
    ts = tmp_path / "cmdesk_km.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("<translation>ជួរ៖</translation>",
                                                          "<translation>ជួរដេក៖</translation>"),
                  encoding="utf-8")
    assert i18n.load_catalogue("km")[("CLI", "Rows:")] == "ជួរដេក៖"


def test_the_saved_language_else_the_systems(tmp_path, monkeypatch):
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "km_KH.UTF-8")
    assert i18n.saved_language(tmp_path / "none.ini") == "km"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.saved_language(tmp_path / "none.ini") == "en"
    ini = tmp_path / "cmdesk.ini"
    ini.write_text("[user]\nname=Sokha\n\n[ui]\nlanguage=km\n", encoding="utf-8")
    assert i18n.saved_language(ini) == "km"
    ini.write_text("[ui]\nlanguage=fr\n", encoding="utf-8")  # not one CMDesk speaks
    assert i18n.saved_language(ini) == "en"


def test_the_conventions_documents_stay_in_english(khmer, demo_store, catalog, tmp_path):
    from cmdesk.reports import export_document

    export_document("va-update", demo_store, catalog, 2024, tmp_path / "va.pdf")
    text = pdf_text(tmp_path / "va.pdf")
    assert "Victim assistance update" in text
    assert not KHMER.search(text), KHMER.findall(text)[:10]
    # ... while the program's own messages are in Khmer.
    assert KHMER.search(i18n.translate("Reports", "Reading the figures"))


def test_drafted_sentences_are_in_english(khmer, demo_store, catalog):
    from cmdesk.narratives import drafts

    found = drafts(demo_store, catalog, 2024)
    assert found and all(not KHMER.search(d.text) for d in found)
    assert any(d.text.startswith("In 2024, Cambodia recorded") for d in found)


@pytest.fixture
def back_to_english():
    yield
    i18n.use_language("en")


def test_the_command_line_in_khmer(back_to_english, demo_store, capsys):
    from tests.core.cli_helpers import run

    code, out, _ = run(capsys, "--lang", "km", "info", "--db", demo_store.path)
    assert code == 0
    assert "ការិយាល័យ៖" in out and "Office:" not in out
    code, out, _ = run(capsys, "--lang", "en", "info", "--db", demo_store.path)
    assert "Office:" in out and not KHMER.search(out)


def test_the_command_line_follows_the_windows_setting(back_to_english, demo_store, capsys,
                                                     tmp_path, monkeypatch):
    from tests.core.cli_helpers import run

    monkeypatch.setattr(i18n, "settings_file", lambda: tmp_path / "cmdesk.ini")
    (tmp_path / "cmdesk.ini").write_text("[ui]\nlanguage=km\n", encoding="utf-8")
    code, out, _ = run(capsys, "info", "--db", demo_store.path)
    assert code == 0 and "ការិយាល័យ៖" in out
    code, out, _ = run(capsys, "--lang=en", "info", "--db", demo_store.path)
    assert "Office:" in out  # --lang wins over the setting


def test_the_help_in_khmer(back_to_english, capsys):
    from tests.core.cli_helpers import run

    with pytest.raises(SystemExit):
        run(capsys, "--lang", "km", "--help")
    out = capsys.readouterr().out
    assert "ការរាយការណ៍ជំនួយជនរងគ្រោះ" in out


def test_the_va_update_in_khmer_for_national_use(demo_store, catalog, tmp_path):
    from cmdesk.catalog.khmer import in_khmer
    from cmdesk.errors import InputError
    from cmdesk.reports import build_document, export_document

    with i18n.in_language("km"):
        model = build_document("va-update", demo_store, in_khmer(catalog), 2024)
    assert i18n.ZWSP in model.title  # word breaks kept for the PDF's lines
    assert model.title.replace(i18n.ZWSP, "") == "Cambodia៖ របាយការណ៍បច្ចុប្បន្នភាពជំនួយជនរងគ្រោះ"
    export_document("va-update", demo_store, catalog, 2024, tmp_path / "va-km.pdf", khmer=True)
    text = pdf_text(tmp_path / "va-km.pdf")  # shaped Khmer extracts poorly: a few plain words
    assert "ទំព័រ 1" in text  # the footer, shaped (drawString would print boxes)
    assert "\u25cc" not in text  # no dotted circle: every mark sits on its consonant
    fonts = subprocess.run(["pdffonts", str(tmp_path / "va-km.pdf")], capture_output=True, text=True).stdout
    assert "KhmerOS" in fonts.replace(" ", "") or "CMDesk-Khmer" in fonts
    # The Committee's copy is unchanged by it, and only the VA update has a Khmer version.
    export_document("va-update", demo_store, catalog, 2024, tmp_path / "va.pdf")
    assert not KHMER.search(pdf_text(tmp_path / "va.pdf"))
    with pytest.raises(InputError, match="Only the VA update and the provincial summary"):
        export_document("form-j", demo_store, catalog, 2024, tmp_path / "fj.pdf", khmer=True)


def test_the_checks_in_khmer_on_the_command_line(back_to_english, demo_store, capsys):
    from tests.core.cli_helpers import run

    code, out, _ = run(capsys, "--lang", "km", "check", "--year", "2024", "--db", demo_store.path)
    assert "សរុបដែលបានផលិត ឬជួសជុល តាមការប្រកាសរបស់ប្រភព៖ បានប្រកាស 26,280" in out
    assert i18n.ZWSP not in out
    code, out, _ = run(capsys, "--lang", "km", "check", "--year", "2024", "--db", demo_store.path, "--json")
    assert "Total produced or repaired, as stated by the source" in out  # JSON stays English
