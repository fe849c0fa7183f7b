"""The parser, built from the command modules. A new command is a module with a
`register(commands)` function, and one line in COMMAND_MODULES; --help lists the
commands in that order."""

from __future__ import annotations

import argparse
from importlib import import_module
from pathlib import Path

from cmdesk import __version__
from cmdesk.cli.common import Commands
from cmdesk.i18n import LANGUAGES, translate

# Imported when a command is given: opening the window needs none of them, and they
# are a tenth of start-up's imports (benchmarks/startup.py).
COMMAND_MODULES = (
    "database",  # init, demo, info, check-db, backup, restore, migrate
    "checks",  # check
    "values",  # import values, export values
    "casualties",  # import casualties, summary casualties
    "requests",  # import requests
    "reports",  # export sraap, va-update, form-j
    "completeness",  # completeness
    "year",  # year status, mark-checked, submit, reopen, compare, documents
    "exchange",  # province create|pair-code|pair|list, send, receive, conflicts, resolve
    "workbooks",  # workbook write, workbook read
)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; with `commands` False, only the options of the window
    (what `cmdesk` with no command takes)."""
    parser = argparse.ArgumentParser(
        prog="cmdesk",
        description=translate("CLI", "CMDesk: victim-assistance reporting for CMAA. With no command, "
                       "opens the CMDesk window (on the last database, or a demo one)."),
    )
    parser.add_argument("--version", action="version", version=f"CMDesk {__version__}")
    parser.add_argument("--db", type=Path, help=translate("CLI", "the database to open in the window"))
    parser.add_argument("--lang", choices=LANGUAGES, help=translate(
        "CLI", "the language of the messages: en (English) or km (Khmer); default: the one chosen "
        "in the window (View > Language), else the system's"))
    if not commands:
        parser.set_defaults(command=None)
        return parser
    registry = Commands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    for name in COMMAND_MODULES:
        import_module(f"cmdesk.cli.{name}").register(registry)
    return parser
