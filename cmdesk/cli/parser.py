"""The parser, built from the command modules. A new command is a module with a
`register(commands)` function, and one line in COMMAND_MODULES; --help lists the
commands in that order."""

from __future__ import annotations

import argparse
from pathlib import Path

from cmdesk import __version__
from cmdesk.cli import (
    casualties,
    checks,
    completeness,
    database,
    exchange,
    reports,
    requests,
    values,
    workbooks,
    year,
)
from cmdesk.cli.common import Commands
from cmdesk.i18n import LANGUAGES, translate

COMMAND_MODULES = (
    database,  # init, demo, info, check-db, backup, restore, migrate
    checks,  # check
    values,  # import values, export values
    casualties,  # import casualties, summary casualties
    requests,  # import requests
    reports,  # export sraap, va-update, form-j
    completeness,  # completeness
    year,  # year status, mark-checked, submit, reopen, compare, documents
    exchange,  # province create|pair-code|pair|list, send, receive, conflicts, resolve
    workbooks,  # workbook write, workbook read
)


def build_parser() -> argparse.ArgumentParser:
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
    commands = Commands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser
