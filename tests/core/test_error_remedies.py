"""The core's messages say what is wrong and what to do in terms of the data; they
never name the window's pages or menus (the core does not know them). What the user
can do is the error's `remedy`, which each front end turns into its own words: the
command line here, the window in tests/ui/test_errors.py."""

import ast
import re
import sqlite3
from pathlib import Path

import pytest

from cmdesk.catalog import HEADQUARTERS
from cmdesk.cli.common import remedy_hint
from cmdesk.errors import (
    DatabaseCorruptError,
    DatabaseError,
    InputError,
    NotADatabaseError,
    Remedy,
    YearFrozenError,
)
from cmdesk.store import Store, explain
from tests.core.cli_helpers import run
from tests.core.conftest import USER

CORE = Path(__file__).resolve().parents[2] / "cmdesk"

# A menu path ("File > Open", "Tools > Provincial offices") or a named page or tab
# ("the Budget page", "its Summary tab").
WINDOW_WORDS = re.compile(r"\b[A-Z][A-Za-z ]* > [A-Z]|\b[A-Z][a-z]+ (page|tab)s?\b")


def _translated_texts(path: Path) -> list[tuple[int, str]]:
    """The English text of each translate() call in `path`, its pieces joined."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate":
            text = node.args[1] if len(node.args) > 1 else None
            pieces = [n.value for n in ast.walk(text) if isinstance(n, ast.Constant)] if text else []
            found.append((node.lineno, "".join(str(p) for p in pieces)))
    return found


def test_the_scan_finds_the_words_of_the_window():
    assert WINDOW_WORDS.search("Reload the Casualties page and try again.")
    assert WINDOW_WORDS.search("Restore it (File > Restore from backup).")
    assert not WINDOW_WORDS.search("Page {page} of {pages}; every page is marked DRAFT.")


def test_no_message_of_the_core_names_a_page_or_a_menu_of_the_window():
    # The command line is a front end: its help may say where the window does the
    # same thing. Excel's own menu (File > Save As) is the user's to use, not ours.
    named = [f"{path.relative_to(CORE.parent)}:{line}: {text}"
             for path in sorted(CORE.rglob("*.py")) if "cli" not in path.relative_to(CORE).parts
             for line, text in _translated_texts(path)
             if WINDOW_WORDS.search(text) and "Excel" not in text]
    assert named == []


def test_a_record_or_line_gone_since_it_was_read_is_to_be_read_again(store):
    for refused in (lambda: store.casualties.update("gone", age=30),
                    lambda: store.funding.delete("gone")):
        with pytest.raises(InputError) as refusal:
            refused()
        assert refusal.value.remedy is Remedy.READ_AGAIN
        assert "gone" in str(refusal.value) and "again" in str(refusal.value)
    with pytest.raises(InputError, match="Read the register again") as refusal:
        store.casualties.delete("gone")


def test_a_write_into_a_submitted_year_says_reopen_it(store):
    store.years.set_status(2024, "submitted")
    with pytest.raises(YearFrozenError) as refusal:
        store.values.set(2024, "national", "inc.sport", "total", 60)
    assert refusal.value.remedy is Remedy.REOPEN_YEAR
    assert str(refusal.value).endswith("is frozen. Reopen the year to change it.")


def test_files_that_are_not_databases_or_are_taken_say_what_to_do(tmp_path, catalog):
    refusal = explain(sqlite3.DatabaseError("file is not a database"), tmp_path / "notes.cmdesk")
    assert isinstance(refusal, NotADatabaseError) and refusal.remedy is Remedy.NEW_DATABASE
    taken = tmp_path / "office.cmdesk"
    Store.create(taken, catalog, HEADQUARTERS, USER).close()
    with pytest.raises(DatabaseError) as refused:
        Store.create(taken, catalog, HEADQUARTERS, USER)
    assert refused.value.remedy is Remedy.OPEN_DATABASE
    assert str(refused.value) == f"{taken} already exists. Choose another name, or open that database."


def test_a_damaged_database_says_restore_a_backup(tmp_path, catalog):
    damaged = tmp_path / "office.cmdesk"
    Store.create(damaged, catalog, HEADQUARTERS, USER).close()
    data = bytearray(damaged.read_bytes())
    data[16:18] = b"\x00\x03"  # a page size of 3 bytes: impossible
    damaged.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorruptError) as refusal:
        Store.open(damaged, catalog, USER)
    assert refusal.value.remedy is Remedy.RESTORE_BACKUP
    assert str(refusal.value).endswith("Restore it from a backup; the file has not been changed.")


def test_the_command_line_names_its_command_for_each_remedy():
    assert remedy_hint(YearFrozenError("2024 is frozen.", 2024)) == (
        "To reopen the year: `cmdesk year reopen --year 2024 --reason ...`.")
    assert remedy_hint(InputError("gone", remedy=Remedy.READ_AGAIN)) is None  # it reads afresh
    assert remedy_hint(InputError("no remedy")) is None
    for remedy in Remedy:  # every remedy is known to the command line
        remedy_hint(InputError("x", remedy=remedy))


def test_the_command_line_prints_the_message_then_its_command(tmp_path, catalog, capsys):
    taken = tmp_path / "office.cmdesk"
    Store.create(taken, catalog, HEADQUARTERS, USER).close()
    code, out, err = run(capsys, "init", "--db", taken)
    assert code == 2
    assert err == (f"cmdesk: {taken} already exists. Choose another name, or open that database. "
                   "To use that database: `--db DATABASE`.\n")
