"""The fields of a casualty record and the rules about them that the store's SQL also
applies (who is a child, what makes a possible duplicate): plain values, imported by the
store at start-up without the rest of the package."""

from __future__ import annotations

# What kind of value each field holds: how it is read (`check_record`) and how a form
# asks for it. A coded field's codes are in `codes.CODES`.
TEXT = "text"
LONG_TEXT = "long_text"  # text of any length (notes)
DATE = "date"  # an incident date whose day may be unknown
PROVINCE = "province"  # a province of the catalog, by name or code
DISTRICT = "district"  # text, the districts already recorded in the province offered
NUMBER = "number"  # coordinates, the age
CODE = "code"  # one of the field's codes
FIELD_KINDS = (TEXT, LONG_TEXT, DATE, PROVINCE, DISTRICT, NUMBER, CODE)

FIELDS: tuple[tuple[str, str], ...] = (
    ("source_id", TEXT), ("incident_date", DATE), ("province_code", PROVINCE),
    ("district", DISTRICT), ("commune", TEXT), ("village", TEXT),
    ("latitude", NUMBER), ("longitude", NUMBER), ("device_type", CODE), ("outcome", CODE),
    ("amputation", CODE), ("status", CODE), ("sex", CODE), ("age", NUMBER),
    ("age_group", CODE), ("activity", TEXT), ("name", TEXT), ("notes", LONG_TEXT),
)
"""The one definition of a casualty record's fields, in order, with their kinds; the
labels and codes are `codes.record_fields()`."""
CASUALTY_FIELDS = tuple(name for name, _ in FIELDS)
"""The fields of a casualty record, as the store keeps them."""
COLUMNS = tuple("province" if name == "province_code" else name for name in CASUALTY_FIELDS)
"""The canonical columns of an import file, in this order in every export and report: the
fields, with the province by its name or code."""
TEXT_FIELDS = tuple(name for name, kind in FIELDS if kind in (TEXT, LONG_TEXT, DISTRICT))
PERSONAL_FIELDS = ("name", "village", "latitude", "longitude")
"""Personal data: never in a report or export unless the user asks for it."""

DUPLICATE_KEY = ("incident_date", "province_code", "sex", "age", "device_type")
"""Two records alike in these fields are possibly the same casualty."""

CHILD_UNDER = 18
"""A casualty younger than this, in whole years, is a child (boy or girl)."""
