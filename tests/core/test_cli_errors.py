"""The command line's error boundary: every command, over bad databases, bad files,
bad places to write and bad arguments, answers with one line (exit 2), never a
traceback, and leaves the database as it was.

The commands are enumerated from the parser, so a new command is walked too; its
arguments are made from what the parser says each needs (a --db, a --year, a FILE,
an --out ...): a new kind of argument fails `test_every_argument_of_every_command_is_known`
until `_value_for` knows it."""

import argparse
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from cmdesk.cli import build_parser, main
from tests.core.conftest import make_database

INTERNAL = "something went wrong inside CMDesk"


def _commands() -> list[tuple[list[str], argparse.ArgumentParser]]:
    """Every command as typed (["info"], ["year", "submit"], ...) with its parser."""
    found = []
    root = build_parser()
    top = next(a for a in root._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in top.choices.items():
        groups = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        if groups:
            found += [([name, what], parser) for what, parser in groups[0].choices.items()]
        else:
            found.append(([name], sub))
    return sorted(found, key=lambda item: item[0])


COMMANDS = _commands()
IDS = [" ".join(words) for words, _ in COMMANDS]


def _value_for(action: argparse.Action, files: dict[str, Path]) -> str | None:
    """A good value for a required argument (None: the argument is not required)."""
    if action.dest == "db":
        return str(files["db"])
    if action.dest == "year":
        return "2024"
    if action.dest == "out":
        return str(files["out_folder"] if action.metavar == "FOLDER" else files["out_file"])
    if action.dest == "reason":
        return "checked against the provincial returns"
    if action.dest in ("file", "files"):
        return str(files["csv"])
    if action.dest == "source":
        return "national"
    if action.dest == "backup_file":
        return str(files["backup"])
    if action.dest == "office":
        return "Battambang"
    if action.dest == "code":
        return "CMDESK-PAIR-not-a-real-code"
    if action.dest == "key":
        return "0123456789ab"
    if action.dest == "take":
        return "mine"
    raise AssertionError(f"the walk does not know the argument {action.dest!r}: add it to _value_for")


def _argv(words, parser, files, **replace) -> list[str]:
    """The command with every required argument given (positionals in order);
    `replace` sets one argument's value instead (by dest)."""
    argv = list(words)
    # One of each group the command requires one of (`--source` or `--all`): the first.
    chosen = {group._group_actions[0].dest for group in parser._mutually_exclusive_groups
              if group.required}
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.dest == "user":
            continue
        needed = action.required or not action.option_strings or action.dest in chosen
        if action.dest in replace:
            value = replace[action.dest]
        elif needed:
            value = _value_for(action, files)
        else:
            continue
        if action.option_strings:
            argv += [action.option_strings[0], str(value)]
        else:
            argv.append(str(value))
    return argv


@pytest.fixture
def files(tmp_path, catalog):
    db = make_database(tmp_path / "office.cmdesk", catalog)
    backup = make_database(tmp_path / "copy.cmdesk", catalog)
    csv = tmp_path / "rows.csv"
    csv.write_text("year,source,item,part,value,comment\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    return {"db": db, "backup": backup, "csv": csv, "out_file": tmp_path / "out" / "document.pdf",
            "out_folder": tmp_path / "out"}


def _meta_missing(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE meta")
    conn.commit()
    conn.close()


def _foreign(path: Path) -> None:
    path.write_text("Dear colleagues, please find the 2024 figures attached.\n")


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _missing(path: Path) -> None:
    path.unlink()


BAD_DATABASES = {
    "missing": (_missing, "does not exist"),
    "a-folder": (_folder, "is a folder"),
    "foreign": (_foreign, "not a CMDesk database"),
    "meta-missing": (_meta_missing, "table meta is missing"),
}


def _one_line_refusal(capsys, argv) -> str:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2, (argv, code, out, err)
    assert err.count("\n") == 1 and err.startswith("cmdesk: "), (argv, err)
    assert INTERNAL not in err and "Traceback" not in err + out
    return err


def _state(path: Path):
    if path.is_dir():
        return "folder", sorted(p.name for p in path.iterdir())
    return ("file", path.read_bytes()) if path.exists() else ("missing", None)


@pytest.mark.parametrize("bad", BAD_DATABASES)
@pytest.mark.parametrize("words, parser", COMMANDS, ids=IDS)
def test_a_bad_database_gets_one_line_and_stays_as_it_was(files, capsys, words, parser, bad):
    if words[0] in ("init", "demo"):
        pytest.skip("creates the database: walked by test_creating_over_a_bad_place_is_refused")
    make, says = BAD_DATABASES[bad]
    db = files["db"]
    make(db)
    before = _state(db)
    err = _one_line_refusal(capsys, _argv(words, parser, files))
    assert says in err and str(db) in err
    assert _state(db) == before
    assert not (db.parent / "office backups").exists()


@pytest.mark.parametrize("words, parser", [c for c in COMMANDS if c[0][0] in ("init", "demo")],
                         ids=[i for i in IDS if i in ("init", "demo")])
def test_creating_over_a_bad_place_is_refused(files, capsys, tmp_path, words, parser):
    db = files["db"]
    before = db.read_bytes()
    assert "already exists" in _one_line_refusal(capsys, _argv(words, parser, files))
    assert db.read_bytes() == before
    nowhere = tmp_path / "missing" / "new.cmdesk"
    assert "does not exist" in _one_line_refusal(capsys, _argv(words, parser, files, db=nowhere))
    assert not nowhere.parent.exists()


WITH_OUT = [c for c in COMMANDS if any(a.dest == "out" for a in c[1]._actions)]


@pytest.mark.parametrize("words, parser", WITH_OUT, ids=[" ".join(w) for w, _ in WITH_OUT])
def test_out_to_a_bad_place_says_why_before_anything_is_opened(files, capsys, tmp_path, words, parser):
    folder_kind = any(a.dest == "out" and a.metavar == "FOLDER" for a in parser._actions)
    folder_kind = folder_kind or parser.get_default("out_is_folder") is True
    a_file = tmp_path / "a file.txt"
    a_file.write_text("keep me")
    places = {tmp_path / "missing" / "x.pdf": "does not exist"}
    if folder_kind:
        places[a_file] = "is a file, not a folder"
        places[tmp_path / "missing"] = "does not exist"
    else:
        places[files["out_folder"]] = "is a folder"
        places[a_file / "x.pdf"] = "is a file, not a folder"
    db_before = files["db"].read_bytes()
    for place, says in places.items():
        err = _one_line_refusal(capsys, _argv(words, parser, files, out=place))
        assert says in err, (place, err)
    assert a_file.read_text() == "keep me" and not (tmp_path / "missing").exists()
    assert files["db"].read_bytes() == db_before


@pytest.mark.parametrize("year", ["abc", "99999999999999999999", "-1", "20245"])
@pytest.mark.parametrize("words, parser",
                         [c for c in COMMANDS if any(a.dest == "year" for a in c[1]._actions)],
                         ids=[i for i, c in zip(IDS, COMMANDS) if any(a.dest == "year" for a in c[1]._actions)])
def test_a_bad_year_is_a_usage_error_naming_it(files, capsys, words, parser, year):
    with pytest.raises(SystemExit) as exit_info:
        main(_argv(words, parser, files, year=year))
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.splitlines()[-1].endswith(f"argument --year: '{year}' is not a year: give one from "
                                         "1900 to 2100, such as 2024")


def test_every_argument_of_every_command_is_known(files):
    for words, parser in COMMANDS:
        _argv(words, parser, files)  # raises on an argument _value_for does not know


@pytest.mark.parametrize("words, parser", COMMANDS, ids=IDS)
def test_a_database_another_program_is_writing_to_is_waited_for_then_named(
    files, capsys, tmp_path, words, parser
):
    """A write held open elsewhere: a command that only reads goes on as it would
    (WAL readers do not wait for writers); one that writes waits, then says the file
    is in use by another program, in one line."""
    if words[0] in ("init", "demo"):
        pytest.skip("creates the database")
    db = files["db"]
    shutil.copy(db, tmp_path / "pristine.cmdesk")
    unlocked = main(_argv(words, parser, files))
    unlocked_err = capsys.readouterr().err
    shutil.copy(tmp_path / "pristine.cmdesk", db)
    for leftover in (tmp_path / "office backups", files["out_folder"]):
        shutil.rmtree(leftover, ignore_errors=True)
    files["out_folder"].mkdir()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO meta VALUES ('held', 'by another program')")
    try:
        code = main(_argv(words, parser, files))
        out, err = capsys.readouterr()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "Traceback" not in out + err and INTERNAL not in err, err
    if (code, err) != (unlocked, unlocked_err):
        assert code == 2 and err.count("\n") == 1, (code, err)
        assert "in use by" in err and str(db) in err, err


def test_backup_out_over_an_existing_file_is_refused_unless_replace(files, capsys, tmp_path):
    other = tmp_path / "letter.cmdesk"
    other.write_text("an unrelated file that happens to have this name")
    err = _one_line_refusal(capsys, ["backup", "--db", str(files["db"]), "--out", str(other)])
    assert "already exists" in err and "--replace" in err
    assert other.read_text() == "an unrelated file that happens to have this name"
    assert main(["backup", "--db", str(files["db"]), "--out", str(other), "--replace"]) == 0
    assert other.read_bytes().startswith(b"SQLite format 3\x00")
    assert main(["info", "--db", str(other)]) == 0


def test_restore_takes_a_backup_first_and_is_the_windows_restore(files, capsys, catalog):
    from cmdesk.store import Store, backups

    store = Store.open(files["backup"], catalog, "alice", daily_backup=False)
    store.values.set(2024, "national", "dev.repair", "total", 13305)
    store.close()
    db = files["db"]
    assert main(["restore", str(files["backup"]), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    (safety,) = [b for b in backups.list_backups(db) if b.reason == "before-restore"]
    assert str(safety.path) in out
    store = Store.open(db, catalog, "alice", read_only=True)
    try:
        assert store.values.get(2024, "national", "dev.repair") == 13305
    finally:
        store.close()
    err = _one_line_refusal(capsys, ["restore", str(files["csv"]), "--db", str(db)])
    assert "not a CMDesk database" in err and str(files["csv"]) in err


def test_an_unexpected_error_is_one_line_with_a_file_of_details(files, capsys, monkeypatch):
    from cmdesk.cli import database as database_commands

    def broken(args):
        raise ZeroDivisionError("a bug in a command")

    parser = build_parser()
    monkeypatch.setattr(database_commands, "_cmd_info", broken)
    parser = build_parser()
    args = parser.parse_args(["info", "--db", str(files["db"])])
    monkeypatch.setattr(argparse.ArgumentParser, "parse_args", lambda self, argv=None: args)
    assert main(["info", "--db", str(files["db"])]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and INTERNAL in err and "ZeroDivisionError: a bug in a command" in err
    details = Path(err.split("the details are in ")[1].split(";")[0])
    try:
        assert "Traceback" in details.read_text(encoding="utf-8")
    finally:
        details.unlink()


def test_out_to_a_place_without_permission_says_so(catalog):
    import tempfile

    from tests.core.test_store_database import _call_unprivileged

    folder = Path(tempfile.mkdtemp(prefix="cmdesk-test-"))  # outside pytest's root-only tree
    try:
        folder.chmod(0o777)
        db = make_database(folder / "office.cmdesk", catalog)
        db.chmod(0o666)
        locked = folder / "locked"
        locked.mkdir()
        locked.chmod(0o555)

        def attempt():
            import contextlib
            import io

            err = io.StringIO()
            with contextlib.redirect_stderr(err):
                code = main(["backup", "--db", str(db), "--out", str(locked / "copy.cmdesk")])
            return code, err.getvalue()

        kind, outcome = _call_unprivileged(attempt)
        assert kind == "ok", outcome
        assert outcome.startswith("(2, 'cmdesk: CMDesk cannot save in "), outcome
        assert "you do not have permission to write there" in outcome
        assert list(locked.iterdir()) == []
    finally:
        shutil.rmtree(folder)


def test_a_database_on_a_network_share_gets_a_warning_and_the_command_runs(files, capsys,
                                                                           monkeypatch):
    from cmdesk.store import location

    monkeypatch.setattr(location, "network_location", lambda path, **_: "the network share \\\\fs\\va")
    code = main(["info", "--db", str(files["db"])])
    out, err = capsys.readouterr()
    assert code == 0 and "Schema version" in out
    assert err.count("\n") == 1 and err.startswith(f"cmdesk: warning: {files['db']} is on the network share")
    assert "WAL mode" in err and f"cmdesk backup --db {files['db']} --out LOCAL.cmdesk" in err
