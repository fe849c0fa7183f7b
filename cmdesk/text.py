"""Text that goes in can come out: one definition of the characters CMDesk refuses,
and one helper for every file it writes.

Going in (imports, the window's editors): a control character other than tab and
newline is refused, with its name and place (`control_character_problem`); a paste
may instead have them replaced, after asking (`replace_control_characters`). Word
pastes a manual line break as a vertical tab, which is why that one becomes a
newline rather than nothing.

Coming out (xlsx, CSV, the rejects CSV, PDF, and the workbooks and packages to come):
every text cell goes through `for_file`, which replaces what a file format cannot
hold (XML 1.0, which xlsx is made of, refuses most control characters; a PDF shows
them as boxes), and through `guard_formula` in a CSV, or `needs_quote_prefix` in an
xlsx, so that a spreadsheet never runs a cell that starts with `=`, `+`, `-` or `@`
(or a tab or carriage return, which Excel strips before looking) as a formula.
`unguard_formula` undoes `guard_formula` exactly, so a CSV that CMDesk wrote imports
back as it was.
"""

from __future__ import annotations

import re
import unicodedata

from cmdesk.i18n import translate

# Every control character (Unicode category Cc: C0, DEL, C1) but tab and newline.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"
_GUARDED = (*FORMULA_STARTS, FORMULA_GUARD)
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85]")
_NAMES = {
    "\x00": "NUL", "\x08": "backspace", "\x0b": "vertical tab (Word's line break)",
    "\x0c": "form feed (page break)", "\r": "carriage return", "\x1b": "escape",
    "\x7f": "delete", "\x85": "next line",
}


def character_name(char: str) -> str:
    """A control character's name for a message: "vertical tab (U+000B)", or only
    its code point ("U+0007") when Unicode gives it no name (most control characters):
    the message says "a control character" already."""
    code_point = f"U+{ord(char):04X}"
    name = _NAMES.get(char) or unicodedata.name(char, "")
    return f"{name} ({code_point})" if name else code_point


def control_character_problem(text: str) -> str | None:
    """Why `text` cannot be stored (it holds a control character other than tab and
    newline: which, and where), or None when it can."""
    found = CONTROL.search(text)
    if found is None:
        return None
    count = len(CONTROL.findall(text))
    more = translate("Text", " (and {n} more)").format(n=count - 1) if count > 1 else ""
    return translate("Text", "holds a control character, {name}, at character {at}{more}: such "
                     "characters cannot be printed or exported. Delete it (in Excel: "
                     "=CLEAN(cell)), or type a line break instead.").format(
        name=character_name(found.group()), at=found.start() + 1, more=more)


def replace_control_characters(text: str) -> str:
    """`text` with its line breaks of every kind (CR LF, CR, vertical tab, form feed)
    made newlines and every other control character but tab removed."""
    return CONTROL.sub("", _LINE_BREAKS.sub("\n", text))


def for_file(text: str) -> str:
    """`text` as any file CMDesk writes may hold it: control characters replaced as
    `replace_control_characters` does (stored text is checked when it goes in; this
    keeps older data and every writer safe all the same)."""
    return replace_control_characters(text) if CONTROL.search(text) else text


def needs_quote_prefix(text: str) -> bool:
    """Whether a spreadsheet would take `text` for a formula (an xlsx writer then sets
    the cell's quote prefix and stores it as text)."""
    return text.startswith(FORMULA_STARTS)


def guard_formula(text: str) -> str:
    """A CSV cell for `text`: one `'` in front when it starts like a formula (or with
    `'`, so that `unguard_formula` knows which quotes it added)."""
    return FORMULA_GUARD + text if text.startswith(_GUARDED) else text


def unguard_formula(text: str) -> str:
    """The text a CSV cell written by `guard_formula` stands for: one leading `'`
    removed when what follows starts like a formula or with `'`."""
    if text.startswith(FORMULA_GUARD) and text[1:].startswith(_GUARDED):
        return text[1:]
    return text


def csv_cell(text: str) -> str:
    """A text cell as every CSV writer of CMDesk writes it: safe, and guarded."""
    return guard_formula(for_file(text))
