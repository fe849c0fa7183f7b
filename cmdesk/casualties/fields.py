"""The fields of a casualty record and the rules about them that the store's SQL also
applies (who is a child, what makes a possible duplicate): plain values, imported by the
store at start-up without the rest of the package."""

from __future__ import annotations

CASUALTY_FIELDS = (
    "source_id", "incident_date", "province_code", "district", "commune", "village",
    "latitude", "longitude", "device_type", "outcome", "amputation", "status", "sex",
    "age", "age_group", "activity", "name", "notes",
)
"""The fields of a casualty record, as the store keeps them."""
COLUMNS = tuple("province" if name == "province_code" else name for name in CASUALTY_FIELDS)
"""The canonical columns of an import file, in this order in every export and report: the
fields, with the province by its name or code."""
TEXT_FIELDS = ("source_id", "district", "commune", "village", "activity", "name", "notes")
PERSONAL_FIELDS = ("name", "village", "latitude", "longitude")
"""Personal data: never in a report or export unless the user asks for it."""

DUPLICATE_KEY = ("incident_date", "province_code", "sex", "age", "device_type")
"""Two records alike in these fields are possibly the same casualty."""

CHILD_UNDER = 18
"""A casualty younger than this, in whole years, is a child (boy or girl)."""
