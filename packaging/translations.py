"""Keep the Khmer translation up to date, in one command:

    .venv/bin/python packaging/translations.py            # update the .ts, list what is untranslated
    .venv/bin/python packaging/translations.py --compile  # also write the .qm the GUI loads
    .venv/bin/python packaging/translations.py --segment  # mark Khmer word boundaries (needs ICU)

Updating runs pyside6-lupdate over cmdesk/ and ui/ into resources/translations/cmdesk_km.ts
(new strings are added as unfinished, strings no longer in the code are dropped, existing
translations are kept), then prints each message still without a translation, with its
context, and exits 1 if there is one. Translate them with Qt Linguist
(`.venv/bin/pyside6-linguist resources/translations/cmdesk_km.ts`) or in a text editor.

The .ts carries no source locations (`-locations none`): they change with every edit to
the code and would make each developer's merge conflict in this file.
Khmer has no spaces between words, and Qt finds no place to wrap a Khmer line, so the
translations carry zero-width spaces (U+200B) between words. `--segment` inserts them
where ICU's Khmer line breaker finds a word boundary, in the .ts and in the catalog's
`*_km` labels (provinces' names excepted: files are matched against them); it needs
PyICU (`pip install pyicu-wheels`, a translator's tool, not a dependency of CMDesk).

The .qm (for the window) and .json (for the command line, read without Qt) are built
by packaging/setup-dev.sh and the packaging recipe from the .ts, and not committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("km",)


def qt_tool(name: str) -> str:
    """PySide6's wrapper of a Qt tool, beside this Python (the venv) or on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"translations: {name} not found; run packaging/setup-dev.sh first")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for folder in ("cmdesk", "ui")
                  for p in (REPO / folder).rglob("*.py"))


def catalog_texts(folder: Path) -> Path:
    """The drafted sentences of resources/catalog/narratives.toml (data, not code, so
    lupdate cannot see them) as translate() calls in a Python file in `folder`, for
    lupdate to collect with the code's strings."""
    import json

    sys.path.insert(0, str(REPO))
    from cmdesk.catalog import load_catalog

    path = folder / "catalog_texts.py"
    path.write_text("".join(f"translate(\"Narratives\", {json.dumps(text, ensure_ascii=False)})\n"
                            for text in load_catalog().sentences.texts()), encoding="utf-8")
    return path


def lupdate(ts: Path, language: str) -> None:
    """Merge the code's strings, and the catalog's texts, into `ts` (run from the
    repository's root)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        _lupdate(ts, language, [*sources(), str(catalog_texts(Path(folder)))])


def _lupdate(ts: Path, language: str, files: list[str]) -> None:
    result = subprocess.run(
        [qt_tool("pyside6-lupdate"), *files, "-locations", "none", "-no-obsolete",
         "-source-language", "en", "-target-language", language, "-ts", str(ts)],
        cwd=REPO, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"translations: pyside6-lupdate failed:\n{result.stderr}")


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message of `ts` with no finished translation."""
    missing = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (
                    translation.text or message.get("numerus") == "yes"):
                missing.append((name, message.findtext("source", "")))
    return missing


def compile_translation(ts: Path, language: str) -> None:
    """The .qm the window loads (QTranslator), and the JSON catalogue the command
    line reads without Qt (cmdesk.i18n.load_catalogue)."""
    result = subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                             str(ts.with_suffix(".qm"))], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"translations: pyside6-lrelease failed:\n{result.stderr}")
    sys.path.insert(0, str(REPO))
    from cmdesk.i18n import compile_catalogue

    compile_catalogue(language)


ZWSP = "\u200b"


def segmenter():
    """A function putting U+200B at the Khmer word boundaries ICU finds in a text."""
    try:
        import icu  # type: ignore[import-not-found]  # PyICU: optional, for translators only
    except ImportError:
        sys.exit("translations: --segment needs PyICU: .venv/bin/pip install pyicu-wheels")
    breaker = icu.BreakIterator.createLineInstance(icu.Locale("km"))

    def khmer(ch: str) -> bool:
        return "\u1780" <= ch <= "\u17ff"

    def segment(text: str) -> str:
        if not any(khmer(ch) for ch in text):
            return text
        breaker.setText(text)
        cuts = set(breaker)
        return "".join((ZWSP if i in cuts and i and khmer(text[i - 1]) and khmer(ch) else "") + ch
                       for i, ch in enumerate(text))

    return segment


def segment_files() -> None:
    import re

    segment = segmenter()
    for ts in TRANSLATIONS.glob("cmdesk_*.ts"):
        tree = ElementTree.parse(ts)
        for translation in tree.getroot().iter("translation"):
            if translation.text:
                translation.text = segment(translation.text)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    # The catalog's Khmer lines, edited as text so that the files keep their comments.
    line = re.compile(r'^(\w+_km = ")(.*)("\s*)$')
    for path in (REPO / "resources" / "catalog").glob("*.toml"):
        if path.name == "provinces.toml":
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        for n, text in enumerate(lines):
            match = line.match(text)
            if match:
                lines[n] = match.group(1) + segment(match.group(2)) + match.group(3)
        path.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compile", action="store_true", help="also write the .qm files")
    parser.add_argument("--compile-only", action="store_true",
                        help="only write the .qm files from the .ts as they are (set-up, packaging)")
    parser.add_argument("--segment", action="store_true",
                        help="first put zero-width spaces between Khmer words (needs PyICU)")
    args = parser.parse_args()
    if args.segment:
        segment_files()
    status = 0
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"cmdesk_{language}.ts"
        if not args.compile_only:
            lupdate(ts, language)
            missing = untranslated(ts)
            for context, source in missing:
                print(f"{ts.name}: untranslated [{context}] {source!r}")
            print(f"{ts.name}: {len(missing)} untranslated message(s)", file=sys.stderr)
            status = 1 if missing else status
        if args.compile or args.compile_only:
            compile_translation(ts, language)
    return status


if __name__ == "__main__":
    sys.exit(main())
