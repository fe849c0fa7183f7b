"""The core's one translation helper, and the choice of language.

The core cannot use Qt, so it calls `translate(context, text)`; the GUI installs
Qt's translator with `set_translator` at start-up (the compiled `.qm`), and the
command line installs the catalogue it reads from the `.ts` file itself with
`use_language`. The signature matches `QCoreApplication.translate`, so
`pyside6-lupdate` collects these strings with the rest. Nothing is injected into
builtins.

The language is a setting the GUI keeps (View > Language) in its settings file;
`saved_language` reads the same key from the same file without Qt, so that
`cmdesk COMMAND` speaks the window's language unless `--lang` says otherwise.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Callable, Iterator

from cmdesk.paths import resources_dir

ENGLISH = "en"
KHMER = "km"
LANGUAGES = (ENGLISH, KHMER)
"""The languages CMDesk speaks; each but English has `translations/cmdesk_<code>.ts`."""

LANGUAGE_KEY = ("ui", "language")
"""Section and key of the setting in the GUI's INI file (QSettings key `ui/language`)."""
KHMER_DIGITS_KEY = ("ui", "khmer_digits")
"""The GUI's View > Khmer digits (QSettings key `ui/khmer_digits`, "true" or "false"),
which a document the command line writes in Khmer follows too."""

ZWSP = "\u200b"
"""Zero-width space: where a Khmer line may break (the translations and the catalog's
Khmer labels carry them between words)."""

_translator: Callable[[str, str], str] | None = None
# Within english() / in_language(): the translator of that block, None for English.
_block: ContextVar[tuple[Callable[[str, str], str] | None] | None] = ContextVar("block", default=None)


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    """Route every core string through `fn(context, text)`; None restores English."""
    global _translator
    _translator = fn


def translate(context: str, text: str) -> str:
    block = _block.get()
    fn = _translator if block is None else block[0]
    if fn is None:
        return text
    return fn(context, text)


@contextmanager
def english() -> Iterator[None]:
    """Within the block, `translate` gives the English text, whatever the language:
    the documents for the Convention (and the sentences drafted for them) are in
    English, as the Committee receives them. A context variable, so a document
    written on a worker thread leaves the window's language alone."""
    token = _block.set((None,))
    try:
        yield
    finally:
        _block.reset(token)


@contextmanager
def in_language(language: str) -> Iterator[None]:
    """Within the block, `translate` gives `language`'s text, whatever the window's
    or the command's language: for a document made in Khmer for national use. Its
    Khmer keeps the zero-width spaces between words, where the PDF breaks lines."""
    if language == ENGLISH:
        with english():
            yield
        return
    catalogue = load_catalogue(language, keep_word_breaks=True)
    token = _block.set((lambda context, text: catalogue.get((context, text), text),))
    try:
        yield
    finally:
        _block.reset(token)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def load_catalogue(language: str, keep_word_breaks: bool = False) -> dict[tuple[str, str], str]:
    """(context, English source) -> translation, from `cmdesk_<language>.ts`.

    Parsing the .ts (~1,200 messages) with ElementTree takes ~80 ms with its import,
    too much for every command; the set-up and the packaging compile it, with the
    .qm, into `cmdesk_<language>.json` (~1 ms to read), which records the size and
    CRC-32 of the .ts it came from. A .ts changed since is parsed again, so a
    translation never shows stale."""
    ts = translations_dir() / f"cmdesk_{language}.ts"
    text = ts.read_bytes()
    try:
        compiled = json.loads(compiled_catalogue_path(language).read_bytes())
        if compiled["source"] == _source_key(text):
            catalogue = {(context, source): translation
                         for context, source, translation in compiled["messages"]}
            return catalogue if keep_word_breaks else _without_word_breaks(catalogue)
    except (OSError, ValueError, KeyError, TypeError):
        pass  # not compiled, or from another .ts
    catalogue = parse_ts(text)
    return catalogue if keep_word_breaks else _without_word_breaks(catalogue)


def _without_word_breaks(catalogue: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """For the command line: without the zero-width spaces that mark where the window
    or a PDF may wrap a Khmer line (Khmer has no spaces between words), which some
    terminals show as boxes."""
    return {key: text.replace(ZWSP, "") for key, text in catalogue.items()}


def parse_ts(text: bytes) -> dict[tuple[str, str], str]:
    """The finished translations of a Qt Linguist .ts file's text (unfinished ones
    are left out, so they show in English)."""
    from xml.etree import ElementTree  # only a stale or missing compiled catalogue needs it

    catalogue: dict[tuple[str, str], str] = {}
    for context in ElementTree.fromstring(text).iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                catalogue[(name, message.findtext("source", ""))] = translation.text
    return catalogue


def compiled_catalogue_path(language: str) -> Path:
    return translations_dir() / f"cmdesk_{language}.json"


def compile_catalogue(language: str) -> Path:
    """Write `cmdesk_<language>.json` from the .ts (packaging/translations.py)."""
    text = (translations_dir() / f"cmdesk_{language}.ts").read_bytes()
    messages = [[context, source, translation] for (context, source), translation in parse_ts(text).items()]
    path = compiled_catalogue_path(language)
    path.write_text(json.dumps({"source": _source_key(text), "messages": messages}, ensure_ascii=False),
                    encoding="utf-8")
    return path


def _source_key(text: bytes) -> dict[str, int]:
    return {"size": len(text), "crc32": zlib.crc32(text)}


_language = ENGLISH


def current_language() -> str:
    """The language `use_language` set (the command line's)."""
    return _language


def use_language(language: str) -> None:
    """Translate the core's strings into `language` (English: the identity)."""
    global _language
    _language = language
    if language == ENGLISH:
        set_translator(None)
        return
    catalogue = load_catalogue(language)
    set_translator(lambda context, text: catalogue.get((context, text), text))


def settings_file() -> Path:
    """The GUI's settings file, where QSettings keeps it (QStandardPaths'
    AppConfigLocation for organisation CMAA, application CMDesk, + cmdesk.ini);
    ui.settings checks that the two agree."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Preferences"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "CMAA" / "CMDesk" / "cmdesk.ini"


def system_language() -> str:
    """Khmer when the system's locale is Khmer, else English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return KHMER if value.lower().startswith("km") else ENGLISH
    if sys.platform == "win32":
        import ctypes

        buffer = ctypes.create_unicode_buffer(85)
        if ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, 85):  # type: ignore[attr-defined]  # windll: Windows only
            return KHMER if buffer.value.lower().startswith("km") else ENGLISH
    return ENGLISH


def saved_language(path: Path | None = None) -> str:
    """The language chosen in the GUI (View > Language), else the system's."""
    value = _saved_value(LANGUAGE_KEY, path)
    return value if value in LANGUAGES else system_language()


def saved_khmer_digits(path: Path | None = None) -> bool:
    """Whether Khmer digits were chosen in the GUI (View > Khmer digits)."""
    return _saved_value(KHMER_DIGITS_KEY, path) == "true"


def _saved_value(key: tuple[str, str], path: Path | None = None) -> str | None:
    """The text of setting `key` (section, key) in the GUI's settings file, or None."""
    path = path or settings_file()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    # A line scan, not configparser: QSettings writes keys configparser may refuse
    # (percent-encoded, `\`-continued), and only one key is wanted.
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == key[0] and "=" in line:
            name, _, value = line.partition("=")
            if name.strip() == key[1]:
                return value.strip()
    return None
