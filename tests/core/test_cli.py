"""The command line, driven as a user would: exit codes, messages and files."""

import os
import subprocess
import sys

import pytest

from cmdesk.cli import build_parser, main
from cmdesk.store import SCHEMA_VERSION
from tests.conftest import REPO
from tests.core.cli_helpers import run


def test_init_then_info_shows_office_schema_years_and_counts(tmp_path, capsys):
    db = tmp_path / "pailin.cmdesk"
    code, out, _ = run(capsys, "init", "--db", str(db), "--office", "Pailin")
    assert code == 0 and "Pailin provincial office" in out and db.exists()
    code, out, _ = run(capsys, "info", "--db", str(db))
    assert code == 0
    assert "Office:         Pailin provincial office (province:24)" in out
    assert f"Schema version: {SCHEMA_VERSION}" in out
    assert "Years present:  none" in out
    rows = dict(line.split() for line in out.splitlines() if line.startswith("  "))
    assert rows["sources"] == "21" and rows["items"] == "39" and rows["aggregate_values"] == "0"
    assert "DEMO" not in out


def test_demo_then_info_shows_2024_and_the_demo_marker(tmp_path, capsys):
    db = tmp_path / "demo.cmdesk"
    assert run(capsys, "demo", "--db", str(db))[0] == 0
    code, out, _ = run(capsys, "info", "--db", str(db))
    assert code == 0
    assert "DEMO" in out and "Years present:  2024" in out
    rows = dict(line.split() for line in out.splitlines() if line.startswith("  "))
    assert rows["casualties"] == "49" and rows["aggregate_values"] == "48"


def test_a_command_runs_with_the_garbage_collector_on(tmp_path, capsys):
    import gc

    gc.disable()  # main.py switches it off while CMDesk starts
    try:
        assert main(["init", "--db", str(tmp_path / "new.cmdesk")]) == 0
        assert gc.isenabled()
    finally:
        gc.enable()


def test_info_does_not_write_to_the_database(tmp_path, capsys):
    db = tmp_path / "demo.cmdesk"
    run(capsys, "demo", "--db", str(db))
    # Fold the WAL in so the file is complete, then check info leaves it as it is.
    run(capsys, "backup", "--db", str(db))
    before = db.read_bytes()
    run(capsys, "info", "--db", str(db))
    assert db.read_bytes() == before


def test_check_db_passes_a_sound_database_and_fails_a_damaged_one(tmp_path, capsys):
    db = tmp_path / "a.cmdesk"
    run(capsys, "init", "--db", str(db))
    code, out, _ = run(capsys, "check-db", "--db", str(db))
    assert code == 0 and "integrity check passed" in out
    data = bytearray(db.read_bytes())
    page = 4096
    data[page * 2 + 8: page * 2 + 200] = b"\xff" * 192  # scribble over a table page
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"a.cmdesk{suffix}").unlink(missing_ok=True)
    code, out, err = run(capsys, "check-db", "--db", str(db))
    assert code != 0
    assert str(db) in out + err


def test_backup_writes_into_the_backup_folder_or_to_out(tmp_path, capsys):
    db = tmp_path / "a.cmdesk"
    run(capsys, "init", "--db", str(db))
    code, out, _ = run(capsys, "backup", "--db", str(db))
    assert code == 0
    written = list((tmp_path / "a backups").glob("a-*-manual.cmdesk"))
    assert len(written) == 1 and str(written[0]) in out
    copy = tmp_path / "copy.cmdesk"
    assert run(capsys, "backup", "--db", str(db), "--out", str(copy))[0] == 0
    assert run(capsys, "info", "--db", str(copy))[0] == 0


@pytest.mark.parametrize("command", ["info", "check-db", "backup"])
def test_a_foreign_file_gets_a_one_line_reason_and_is_unchanged(tmp_path, capsys, command):
    foreign = tmp_path / "letter.txt"
    foreign.write_text("Dear colleagues, the 2024 figures are attached.\n")
    before = foreign.read_bytes()
    code, out, err = run(capsys, command, "--db", str(foreign))
    assert code != 0
    assert err.count("\n") == 1 and "not a CMDesk database" in err and str(foreign) in err
    assert foreign.read_bytes() == before


def test_a_missing_database_is_reported(tmp_path, capsys):
    code, _, err = run(capsys, "info", "--db", str(tmp_path / "nowhere.cmdesk"))
    assert code != 0 and "does not exist" in err


def test_init_refuses_an_existing_file_and_an_unknown_office(tmp_path, capsys):
    db = tmp_path / "a.cmdesk"
    db.write_text("keep me")
    code, _, err = run(capsys, "init", "--db", str(db))
    assert code != 0 and "already exists" in err and db.read_text() == "keep me"
    code, _, err = run(capsys, "init", "--db", str(tmp_path / "b.cmdesk"), "--office", "Mars")
    assert code != 0 and "Unknown office 'Mars'" in err
    assert not (tmp_path / "b.cmdesk").exists()


def test_a_command_without_db_exits_with_usage(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["info"])
    assert exit_info.value.code == 2
    assert "--db" in capsys.readouterr().err


def commands():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


def subcommands():
    """Every command as typed: `info`, `year submit`, ... (a group's subcommands)."""
    parser = build_parser()
    found = []
    for name, sub in next(a for a in parser._actions if a.dest == "command").choices.items():
        groups = [a for a in sub._actions if a.dest == "what"]
        found += [f"{name} {what}" for what in groups[0].choices] if groups else [name]
    return sorted(found)


@pytest.mark.parametrize("command", commands())
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert f"usage: cmdesk {command}" in capsys.readouterr().out


@pytest.mark.parametrize("command", [c for c in subcommands() if " " in c])
def test_every_subcommand_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([*command.split(), "--help"])
    assert exit_info.value.code == 0
    assert f"usage: cmdesk {command}" in capsys.readouterr().out


def test_every_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [c for c in subcommands() if f"cmdesk {c}" not in readme]
    assert not missing, f"README.md does not describe: {missing}"
    assert "year submit" in subcommands() and "import values" in subcommands()


def test_output_to_a_reader_that_went_away_ends_quietly(tmp_path, capsys):
    db = tmp_path / "demo.cmdesk"
    assert run(capsys, "demo", "--db", db)[0] == 0
    read_end, write_end = os.pipe()
    os.close(read_end)  # as `cmdesk info ... | head -1` once head has its line
    try:
        result = subprocess.run([sys.executable, "-m", "cmdesk", "info", "--db", str(db)],
                                stdout=write_end, stderr=subprocess.PIPE, text=True, cwd=REPO)
    finally:
        os.close(write_end)
    assert result.returncode == 1
    assert result.stderr == ""


def test_python_dash_m_cmdesk_is_the_same_program(tmp_path):
    db = tmp_path / "demo.cmdesk"
    result = subprocess.run([sys.executable, "-m", "cmdesk", "demo", "--db", str(db)],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    result = subprocess.run([sys.executable, "main.py", "info", "--db", str(db)],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0 and "DEMO" in result.stdout
