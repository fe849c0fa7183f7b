"""The one module that touches QSettings. Every setting is declared once, with its
type and default; nothing else reads or writes settings directly.

The settings file lives under QStandardPaths' AppConfigLocation, so tests that enable
`QStandardPaths.setTestModeEnabled(True)` never touch a user's real settings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

T = TypeVar("T")

MAX_RECENT = 8


class Option(NamedTuple, Generic[T]):
    # A NamedTuple rather than a frozen dataclass: defining a dataclass runs ~0.5 ms of
    # generated code, and every start imports this module (benchmarks/startup.py).
    key: str
    type: type
    default: T


USER_NAME = Option("user/name", str, "")
LAST_DATABASE = Option("session/last_database", str, "")
LAST_YEAR = Option("session/last_year", int, 0)
RECENT_DATABASES: Option[list[str]] = Option("session/recent_databases", list, [])
WINDOW_GEOMETRY = Option("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Option("window/state", QByteArray, QByteArray())
LANGUAGE = Option("ui/language", str, "")
"""'en' or 'km'; empty: the system's language. The core reads the same key without Qt
(cmdesk.i18n.saved_language), so the command line speaks the window's language."""
KHMER_DIGITS = Option("ui/khmer_digits", bool, False)
"""Show figures with Khmer digits (០-៩) in the grids and on Overview (View menu), and
in a document written in Khmer; the command line reads it too (cmdesk.i18n.saved_khmer_digits)."""
CASUALTY_COLUMN_MAPS = "import/casualty_column_maps"
"""Group of the column mappings chosen for casualty files, one per set of headers."""


def settings_file() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))
    return folder / "cmdesk.ini"


def data_folder() -> Path:
    """Where CMDesk keeps its own files (the demo database)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        path = path or settings_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, option: Option[T]) -> T:
        # What QSettings gives back is whatever the file held: each branch makes it the
        # option's type, which is T (mypy cannot narrow T from option.type: the casts).
        value: Any = self._qsettings.value(option.key, option.default)
        if option.type is list:
            # INI files give back a lone string for a one-element list, None for empty.
            if value is None:
                return cast(T, [])
            return cast(T, [value] if isinstance(value, str) else list(value))
        if option.type is int:
            try:
                return cast(T, int(value))
            except (TypeError, ValueError):
                return option.default
        if option.type is bool:  # INI files give back "true" / "false"
            return cast(T, value in (True, 1, "true", "1")) if value is not None else option.default
        if option.type is QByteArray:
            return cast(T, value if isinstance(value, QByteArray) else QByteArray())
        return cast(T, option.type(value)) if value is not None else option.default

    def set(self, option: Option[T], value: T) -> None:
        self._qsettings.setValue(option.key, value)

    def remember_database(self, path: Path) -> None:
        """Make `path` the last database and the first of the recent ones."""
        text = str(Path(path).resolve())
        recent = [p for p in self.get(RECENT_DATABASES) if p != text]
        self.set(RECENT_DATABASES, [text, *recent][:MAX_RECENT])
        self.set(LAST_DATABASE, text)

    @staticmethod
    def _headers_key(headers) -> str:
        import hashlib  # here, not at the top: ~2 ms that start-up does not need

        text = json.dumps(sorted(headers), ensure_ascii=False)
        return f"{CASUALTY_COLUMN_MAPS}/{hashlib.sha1(text.encode('utf-8')).hexdigest()}"

    def casualty_column_map(self, headers) -> dict[str, str | None] | None:
        """The mapping last chosen for a casualty file with these headers, or None."""
        value = self._qsettings.value(self._headers_key(headers))
        try:
            found = json.loads(value) if isinstance(value, str) else None
        except ValueError:
            return None
        return found if isinstance(found, dict) else None

    def remember_casualty_column_map(self, headers, mapping: dict[str, str | None]) -> None:
        self._qsettings.setValue(self._headers_key(headers), json.dumps(mapping, ensure_ascii=False))

    def sync(self) -> None:
        self._qsettings.sync()
