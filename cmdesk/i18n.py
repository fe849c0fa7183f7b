"""The core's one translation helper.

The core cannot use Qt, so it calls `translate(context, text)`; the GUI installs
Qt's translator with `set_translator` at start-up, and the CLI and tests keep the
identity. The signature matches `QCoreApplication.translate`, so `pyside6-lupdate`
collects these strings with the rest. Nothing is injected into builtins.
"""

from __future__ import annotations

from typing import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    """Route every core string through `fn(context, text)`; None restores English."""
    global _translator
    _translator = fn


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text)
