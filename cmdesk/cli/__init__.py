"""The command line: the same core operations as the GUI, for scripts and tests.

`cmdesk` with no command opens the GUI. Every command prints plain text, has
`--help`, and exits non-zero with a one-line reason on bad input. Each group of
commands is a module of this package (parser.py lists them); common.py holds what
they share.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

from cmdesk.cli.common import default_user
from cmdesk.cli.parser import build_parser
from cmdesk.errors import CMDeskError
from cmdesk import i18n
from cmdesk.i18n import translate

__all__ = ["build_parser", "default_user", "main"]

GuiLauncher = Callable[[Path | None], int]


def _find_gui() -> GuiLauncher:
    """The GUI registers itself under the `cmdesk.gui` entry point; the core never
    imports it by name."""
    from importlib.metadata import entry_points  # ~40 ms: only when the GUI is asked for

    for entry in entry_points(group="cmdesk.gui"):
        if entry.name == "main":
            return entry.load()
    raise CMDeskError(
        translate("CLI", "The CMDesk window is not installed. Install CMDesk with `pip install -e .` "
           "or run `python main.py`.")
    )


def _use_language(argv: list[str]) -> None:
    """Speak `--lang`'s language, else the one chosen in the window (View > Language),
    else the system's. With no command the window starts, and sets its own."""
    language = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            language = argv[index + 1]
        elif arg.startswith("--lang="):
            language = arg.partition("=")[2]
    if language not in i18n.LANGUAGES:  # a wrong --lang value: the parser says so
        if not _names_a_command(argv):
            return
        language = i18n.saved_language()
    i18n.use_language(language)


def _names_a_command(argv: list[str]) -> bool:
    """Whether `argv` is more than the window's options (`--db PATH`, `--user NAME`)."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in ("--db", "--user", "--lang"):
            rest = rest[1:]
        elif not arg.startswith(("--db=", "--user=", "--lang=")):
            return True
    return False


def main(argv: Sequence[str] | None = None, open_gui: GuiLauncher | None = None) -> int:
    """Run the command line; with no command, open the GUI (`open_gui`, or the one
    registered under the `cmdesk.gui` entry point)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _use_language(argv)
    parser = build_parser()  # after the language is set: its help texts are translated
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            launcher = open_gui or _find_gui()
            return launcher(args.db)
        gc.enable()  # main.py switches the collector off for the window's start-up only
        return args.handler(args)
    except CMDeskError as error:
        print(f"cmdesk: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`cmdesk info ... | head -1`): stop quietly. What is left
        # in stdout's buffer goes nowhere, not into a second error at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
