"""The coded fields of a casualty record and the written forms each code accepts.

The codes are CMDesk's stable identifiers (stored, imported, exported); their
accepted written forms are data, in `resources/catalog/casualty_codes.toml`, and
their labels are translatable strings here. `normalise_code` is the one place a
written form becomes a code: the importer, the edit form and the CLI all use it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from cmdesk.casualties.fields import CODE, COLUMNS, FIELDS
from cmdesk.catalog import read_catalog_file
from cmdesk.errors import CatalogError, InputError
from cmdesk.i18n import translate

CODES_FILE = "casualty_codes.toml"

CODES: dict[str, tuple[str, ...]] = {
    "device_type": ("antipersonnel_mine", "antivehicle_mine", "submunition", "erw",
                    "improvised_mine", "unknown"),
    "outcome": ("killed", "injured"),
    "amputation": ("yes", "no", "unknown"),
    "status": ("civilian", "deminer", "military", "unknown"),
    "sex": ("male", "female", "unknown"),
    "age_group": ("adult", "child", "unknown"),
}
"""Each coded field's codes, in the order lists and summaries show them."""

CODED_FIELDS = tuple(CODES)


def field_labels() -> dict[str, str]:
    """The label of every field of a record (import columns and form rows)."""
    return {
        "source_id": translate("Casualties", "CMVIS number"),
        "incident_date": translate("Casualties", "Date"),
        "province": translate("Casualties", "Province"),
        "district": translate("Casualties", "District"),
        "commune": translate("Casualties", "Commune"),
        "village": translate("Casualties", "Village"),
        "latitude": translate("Casualties", "Latitude"),
        "longitude": translate("Casualties", "Longitude"),
        "device_type": translate("Casualties", "Device type"),
        "outcome": translate("Casualties", "Outcome"),
        "amputation": translate("Casualties", "Amputation"),
        "status": translate("Casualties", "Status"),
        "sex": translate("Casualties", "Sex"),
        "age": translate("Casualties", "Age"),
        "age_group": translate("Casualties", "Age group"),
        "activity": translate("Casualties", "Activity"),
        "name": translate("Casualties", "Name"),
        "notes": translate("Casualties", "Notes"),
    }


def code_labels(field: str) -> dict[str, str]:
    """Each code of `field` with its label in the user's language, in CODES order."""
    labels = {
        "device_type": {
            "antipersonnel_mine": translate("Casualties", "Antipersonnel mine"),
            "antivehicle_mine": translate("Casualties", "Antivehicle mine"),
            "submunition": translate("Casualties", "Unexploded submunition"),
            "erw": translate("Casualties", "Other ERW"),
            "improvised_mine": translate("Casualties", "Improvised mine"),
            "unknown": translate("Casualties", "Unknown"),
        },
        "outcome": {
            "killed": translate("Casualties", "Killed"),
            "injured": translate("Casualties", "Injured"),
        },
        "amputation": {
            "yes": translate("Casualties", "Yes"),
            "no": translate("Casualties", "No"),
            "unknown": translate("Casualties", "Unknown"),
        },
        "status": {
            "civilian": translate("Casualties", "Civilian"),
            "deminer": translate("Casualties", "Deminer"),
            "military": translate("Casualties", "Military or security forces"),
            "unknown": translate("Casualties", "Unknown"),
        },
        "sex": {
            "male": translate("Casualties", "Male"),
            "female": translate("Casualties", "Female"),
            "unknown": translate("Casualties", "Unknown"),
        },
        "age_group": {
            "adult": translate("Casualties", "Adult"),
            "child": translate("Casualties", "Child (under 18)"),
            "unknown": translate("Casualties", "Unknown"),
        },
    }[field]
    return {code: labels[code] for code in CODES[field]}


class RecordField(NamedTuple):
    """A field of a casualty record as a form or a file shows it."""

    column: str  # as written (COLUMNS): the province by its name or code
    label: str
    kind: str  # one of fields.FIELD_KINDS
    codes: dict[str, str]  # a coded field's codes with their labels, in order; else empty


def record_fields() -> tuple[RecordField, ...]:
    """Every field of a record, in order, with its label, kind and codes: what the edit
    form is built from."""
    labels = field_labels()
    return tuple(
        RecordField(column, labels[column], kind, code_labels(name) if kind == CODE else {})
        for (name, kind), column in zip(FIELDS, COLUMNS))


def code_label(field: str, code: str | None) -> str:
    """The label of `code`; an unknown code is shown as it is."""
    if code is None:
        return ""
    return code_labels(field).get(code, code)


def form_key(text: str) -> str:
    """What two written forms must share to be the same form: case, surrounding
    spaces, and spaces, hyphens, underscores and full stops between words do not
    count ("Anti-personnel  mine" and "anti_personnel mine" are alike)."""
    return re.sub(r"[\s\-_.]+", " ", text.strip().casefold()).strip()


class CodedField(NamedTuple):
    name: str
    default: str | None  # the code of an empty cell; None: the field is required
    forms: dict[str, tuple[str, ...]]  # code -> its written forms, as in the file

    def lookup(self) -> dict[str, str]:
        """form_key(form) -> code, the codes themselves included."""
        table = {form_key(code): code for code in self.forms}
        for code, forms in self.forms.items():
            for form in forms:
                table[form_key(form)] = code
        return table


@lru_cache(maxsize=4)
def load_coded_fields(directory: Path | None = None) -> dict[str, CodedField]:
    """The coded fields in `directory`/casualty_codes.toml (default: the shipped
    catalog). Raises CatalogError naming the entry at fault: a field or code that
    CMDesk does not know or that is missing, or a form given to two codes."""
    data = read_catalog_file(directory, CODES_FILE)
    fields: dict[str, CodedField] = {}
    for entry in data.get("field", []):
        name = entry.get("name")
        if name not in CODES:
            raise CatalogError(f"{CODES_FILE}: unknown field {name!r} (known: {', '.join(CODES)}).")
        if name in fields:
            raise CatalogError(f"{CODES_FILE}: field '{name}' appears twice.")
        forms: dict[str, tuple[str, ...]] = {}
        owner: dict[str, str] = {}
        for code_entry in entry.get("code", []):
            code = code_entry.get("code")
            if code not in CODES[name]:
                raise CatalogError(f"{CODES_FILE}, field '{name}': unknown code {code!r} "
                                   f"(known: {', '.join(CODES[name])}).")
            written = tuple(str(form) for form in code_entry.get("forms", []))
            for form in (code, *written):
                key = form_key(form)
                if not key:
                    raise CatalogError(f"{CODES_FILE}, field '{name}', code '{code}': an empty form.")
                if owner.get(key, code) != code:
                    raise CatalogError(f"{CODES_FILE}, field '{name}': the form '{form}' is given "
                                       f"to both '{owner[key]}' and '{code}'.")
                owner[key] = code
            forms[code] = written
        missing = [code for code in CODES[name] if code not in forms]
        if missing:
            raise CatalogError(f"{CODES_FILE}, field '{name}': no entry for {', '.join(missing)}.")
        default = entry.get("default")
        if default is not None and default not in CODES[name]:
            raise CatalogError(f"{CODES_FILE}, field '{name}': unknown default {default!r}.")
        fields[name] = CodedField(name, default, {code: forms[code] for code in CODES[name]})
    missing = [name for name in CODES if name not in fields]
    if missing:
        raise CatalogError(f"{CODES_FILE}: no entry for the field(s) {', '.join(missing)}.")
    return fields


@lru_cache(maxsize=1)
def _lookups() -> dict[str, dict[str, str]]:
    return {name: field.lookup() for name, field in load_coded_fields().items()}


# Written form -> code, per field, as met. A register repeats the same few spellings,
# and form_key's regular expression costs more than the rest of a field's check: an
# import of 65,000 rows looks up 390,000 coded cells. A plain dict per field is
# cheaper than an lru_cache keyed on (field, text), and as safe across threads (one
# lookup or one store at a time). Only accepted forms are kept, at most _SEEN_LIMIT
# per field, so that a file of odd spellings cannot make it grow without end.
_SEEN: dict[str, dict[str, str]] = {name: {} for name in CODES}
_SEEN_LIMIT = 4096


def normalise_code(field: str, text: object) -> str | None:
    """The code of `field` that `text` names, in any of its accepted written forms;
    None when `text` is empty (the caller decides what an empty cell means).

    Raises InputError, saying which codes are allowed, for any other text."""
    written = text if type(text) is str else ("" if text is None else str(text))
    seen = _SEEN[field]
    code = seen.get(written)
    if code is not None:
        return code
    if not written.strip():
        return None
    code = _lookups()[field].get(form_key(written))
    if code is not None and len(seen) < _SEEN_LIMIT:
        seen[written] = code
    if code is None:
        labels = code_labels(field)
        raise InputError(translate(
            "Casualties", "CMDesk does not know this {field}. Write one of: {codes} "
            "(other accepted spellings are listed in docs/casualties-import.md)."
        ).format(field=field_labels()[field].lower(),
                 codes=", ".join(f"{code} ({label})" for code, label in labels.items())))
    return code


def default_code(field: str) -> str | None:
    """The code an empty cell of `field` stands for (None: the field is required)."""
    return load_coded_fields()[field].default


def forms_markdown() -> str:
    """The table of every code and its accepted written forms, as
    docs/casualties-import.md shows it (a test keeps the two alike; regenerate with
    `python -m cmdesk.casualties.codes`)."""
    lines = []
    for name, coded in load_coded_fields().items():
        empty = (f"empty means `{coded.default}`" if coded.default
                 else "required")
        lines += [f"### `{name}` ({empty})", "", "| code | also accepted |", "|---|---|"]
        for code, forms in coded.forms.items():
            written = ", ".join(f"`{form}`" for form in forms) or "-"
            lines.append(f"| `{code}` | {written} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


if __name__ == "__main__":
    print(forms_markdown(), end="")
