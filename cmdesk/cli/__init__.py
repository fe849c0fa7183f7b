"""The command line: the same core operations as the GUI, for scripts and tests.

`cmdesk` with no command opens the GUI. Every command prints plain text, has
`--help`, and exits non-zero with a one-line reason on bad input. Each group of
commands is a module of this package (parser.py lists them); common.py holds what
they share.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Callable, Sequence

from cmdesk import __version__, i18n
from cmdesk.cli.common import default_user, one_line, os_error_message, remedy_hint
from cmdesk.cli.parser import build_parser
from cmdesk.errors import CMDeskError
from cmdesk.i18n import translate
from cmdesk.outputs import check_output
from cmdesk.startup import resume_collector

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
    registered under the `cmdesk.gui` entry point).

    The error boundary: nothing a user can cause ends in a traceback. A CMDeskError
    is printed as its one-line message (exit 2); SQLite's and the system's errors met
    on the way (a lock held past the wait, a full disk, a folder that went away) are
    explained the same way; anything else is a bug, said in one line with the file
    its details were written to (exit 3)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _use_language(argv)
    # After the language is set: its help texts are translated. With no command, only
    # the window's options: the commands' modules are not imported for the window.
    parser = build_parser(commands=_names_a_command(argv))
    args = parser.parse_args(argv)
    database = getattr(args, "db", None)
    try:
        if args.command is None:
            launcher = open_gui or _find_gui()
            return launcher(args.db)
        resume_collector()  # paused by the entry point for start-up only (cmdesk/startup.py)
        check_arguments(args)
        return args.handler(args)
    except CMDeskError as error:
        return _fail(error)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`cmdesk info ... | head -1`): stop quietly. What is left
        # in stdout's buffer goes nowhere, not into a second error at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except sqlite3.Error as error:
        from cmdesk.store import explain

        return _fail(explain(error, database))
    except OSError as error:
        return _fail(os_error_message(error))
    except Exception as error:
        return _internal_error(error)


def _fail(error: CMDeskError | str) -> int:
    hint = remedy_hint(error) if isinstance(error, CMDeskError) else None
    text = f"{error} {hint}" if hint else str(error)
    print(f"cmdesk: {one_line(text)}", file=sys.stderr)
    return 2


def _internal_error(error: Exception) -> int:
    """A bug: one line for the user, the details in a file for the database unit."""
    import tempfile
    import time
    import traceback

    details = "".join(traceback.format_exception(error))
    try:
        handle, name = tempfile.mkstemp(prefix=f"cmdesk-error-{time.strftime('%Y%m%d-%H%M%S')}-",
                                        suffix=".txt")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(f"CMDesk {__version__}\n{' '.join(sys.argv)}\n\n{details}")
        where = translate("CLI", "the details are in {path}; please send that file to the database "
                          "unit").format(path=name)
    except OSError:
        where = translate("CLI", "please send this line to the database unit")
    print("cmdesk: " + one_line(translate(
        "CLI", "something went wrong inside CMDesk ({kind}: {error}); nothing was saved by this "
        "command; {where}.").format(kind=type(error).__name__, error=error, where=where)),
        file=sys.stderr)
    return 3


def check_arguments(args) -> None:
    """What can be said before anything is opened: a bad `--out`, and a database on
    a network share (a warning, on stderr)."""
    out = getattr(args, "out", None)
    if out is not None:
        folder = getattr(args, "out_is_folder", False)  # a command's own default, or a rule
        check_output(out, folder=folder(args) if callable(folder) else folder)
    database = getattr(args, "db", None)
    if database is not None:
        from cmdesk.store.location import network_warning

        warning = network_warning(database)
        if warning:
            print(translate("CLI", "cmdesk: warning: {text} `cmdesk backup --db {path} --out "
                            "LOCAL.cmdesk` makes a checked copy.").format(text=warning, path=database),
                  file=sys.stderr)
