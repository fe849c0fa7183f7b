"""Every user-visible string can be translated (to Khmer) without touching code, and
the Khmer translation in resources/translations/cmdesk_km.ts is whole and sound:
every message translated, the placeholders and menu accelerators of its English kept."""

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import REPO

KM_TS = REPO / "resources" / "translations" / "cmdesk_km.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
ACCELERATOR = re.compile(r"&[A-Za-z]")  # "&File": Alt+F opens the menu
KHMER = re.compile("[\u1780-\u17ff]")
UPDATE_COMMAND = ".venv/bin/python packaging/translations.py"


def messages(path: Path) -> list[tuple[str, str, str, ElementTree.Element | None]]:
    """(context, source, disambiguation comment, translation element) of each message."""
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.append((name, message.findtext("source", ""), message.findtext("comment", ""),
                          message.find("translation")))
    return found


def finished(translation: ElementTree.Element | None) -> bool:
    return translation is not None and translation.get("type") is None and bool(translation.text)


@pytest.fixture(scope="module")
def collected(tmp_path_factory, packaging_on_path) -> Path:
    """The .ts pyside6-lupdate makes from the code as it is now, with the catalog's
    drafted sentences (resources/catalog/narratives.toml)."""
    from packaging_translations import catalog_texts

    collecting = tmp_path_factory.mktemp("lupdate")
    sources = sorted(str(p) for folder in ("cmdesk", "ui") for p in (REPO / folder).rglob("*.py"))
    sources.append(str(catalog_texts(collecting)))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ts = collecting / "cmdesk_km.ts"
    result = subprocess.run([str(lupdate), *sources, "-locations", "none", "-ts", str(ts)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return ts


def test_lupdate_collects_core_and_gui_strings(collected):
    text = collected.read_text(encoding="utf-8")
    for context, source in [
        ("Store", "{path} is an SQLite database made by another program, not by CMDesk. "),
        ("Overview", "Casualties recorded"),
        ("CLI", "create the demo database (Cambodia&apos;s published 2024 figures)"),
        ("MainWindow", "Restore from backup…"),
        ("Pages", "Assistive devices"),
        ("Errors", "CMDesk"),
        ("QPlatformTheme", "Cancel"),  # Qt's own texts, listed in ui/qt_texts.py
        ("Narratives", "{n} self-help groups were active."),  # resources/catalog/narratives.toml
    ]:
        assert f"<name>{context}</name>" in text, context
        assert source in text, source
    assert text.count("<source>") > 1000


def test_every_string_has_a_context(collected):
    # `tr = QCoreApplication.translate; tr("Pages", "Services")` runs right but lupdate
    # reads it as tr(text, disambiguation): the string lands in no context and its
    # translation is never found. Call QCoreApplication.translate or self.tr by name.
    lost = [(source, comment) for context, source, comment, _ in messages(collected) if not context]
    assert not lost, f"strings lupdate found in no context (text, disambiguation): {lost}"


def test_the_khmer_translation_has_every_string_of_the_code(collected):
    # A string added to the code without its Khmer fails here, named: run the update
    # command, translate what it lists, and commit the .ts.
    translated = {(c, s, d) for c, s, d, t in messages(KM_TS) if finished(t)}
    missing = [f"[{c}] {s!r}" for c, s, d, _ in messages(collected) if (c, s, d) not in translated]
    assert not missing, (
        f"{len(missing)} string(s) of the code have no Khmer translation in {KM_TS.name}; run "
        f"`{UPDATE_COMMAND}` and translate them:\n" + "\n".join(missing))


def test_no_message_is_unfinished_or_obsolete():
    unfinished = [f"[{c}] {s!r}" for c, s, _, t in messages(KM_TS) if not finished(t)]
    assert not unfinished, "untranslated in cmdesk_km.ts:\n" + "\n".join(unfinished)
    assert len(messages(KM_TS)) > 1000


def test_translations_keep_placeholders_and_accelerators():
    wrong = []
    for context, source, _, translation in messages(KM_TS):
        text = translation.text if translation is not None else ""
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text or "")):
            wrong.append(f"[{context}] {source!r}: placeholders {text!r}")
        # "Page &P of &N" is a page-footer code of the spreadsheet writer, not an accelerator.
        if context != "Reports" and bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text or "")):
            wrong.append(f"[{context}] {source!r}: accelerator {text!r}")
    assert not wrong, "\n".join(wrong)


def test_translations_are_in_khmer():
    # A message left in English passes for translated in Qt Linguist; only texts with
    # no English word (codes, placeholders, tags, names) may stay as they are.
    def has_words(text: str) -> bool:
        bare = re.sub(r"<[^>]*>", "", PLACEHOLDER.sub("", text))
        return bool(re.search(r"\b[a-z]{3,}\b", bare.replace("CMDesk", "")))

    english = [f"[{c}] {s!r}" for c, s, _, t in messages(KM_TS)
               if t is not None and t.text and has_words(s) and not KHMER.search(t.text)]
    assert not english, "left in English:\n" + "\n".join(english)


def test_khmer_lines_can_wrap_between_words():
    # Khmer writes no spaces between words, and Qt finds no line break inside a Khmer
    # run: a translation marks its word boundaries with zero-width spaces (U+200B),
    # or a long label is cut instead of wrapped. 20 letters is longer than any word.
    unbroken = [f"[{c}] {run}" for c, _, _, t in messages(KM_TS) if t is not None and t.text
                for run in re.findall("[\u1780-\u17ff]{21,}", t.text)]
    assert not unbroken, "Khmer without zero-width spaces between words:\n" + "\n".join(unbroken)


def test_the_update_command_lists_nothing_untranslated(tmp_path):
    from packaging_translations import untranslated

    assert untranslated(KM_TS) == []
    partial = tmp_path / "partial.ts"
    partial.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="km">'
        "<context><name>CLI</name><message><source>Rows:</source>"
        '<translation type="unfinished"></translation></message></context></TS>', encoding="utf-8")
    assert untranslated(partial) == [("CLI", "Rows:")]


@pytest.fixture(autouse=True, scope="module")
def packaging_on_path():
    """packaging/translations.py, importable as packaging_translations."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("packaging_translations",
                                                  REPO / "packaging" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules["packaging_translations"] = module
    yield
    sys.modules.pop("packaging_translations", None)


def test_the_windows_texts_are_written_out_where_they_are_translated():
    # pyside6-lupdate collects only a literal text given to tr() or translate(), outside
    # f-strings: a text passed through a helper (`_tr(text)`) or translated inside an
    # f-string is never collected, so it stays English in Khmer without any other test
    # noticing (the Undo buttons, the charts' titles, Overview's "In this database" did).
    import ast

    passed_through = []
    for path in sorted((REPO / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_f_strings = {id(n) for s in ast.walk(tree) if isinstance(s, ast.JoinedStr) for n in ast.walk(s)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name))):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            text = node.args[0] if name == "tr" and node.args else (
                node.args[1] if name == "translate" and len(node.args) > 1 else None)
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            if text is not None and (not literal or id(node) in in_f_strings):  # lupdate skips f-strings
                passed_through.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert not passed_through, f"texts lupdate cannot collect: {passed_through}"
