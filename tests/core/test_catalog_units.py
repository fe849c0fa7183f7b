"""Each item's unit agrees with what its label says it counts (the catalog is data, and
a wrong unit puts an item beside the wrong ones: the same-value check compares items
of one unit)."""

import re

from cmdesk.catalog import load_catalog

# A word a label starts with (or names) and the unit it implies.
UNIT_WORDS = (
    (r"^(persons|individuals|children|survivors|commune and village chiefs|…of whom)\b", "persons"),
    (r"\b(prostheses|orthoses|wheelchairs|tricycles|walking aids|seating|repairs|devices|produced or repaired)\b", "devices"),
    (r"\bbicycles\b", "bicycles"),
    (r"\bgroups\b", "groups"),
    (r"\bbusinesses\b", "businesses"),
    (r"^provinces\b", "provinces"),
    (r"\btreatments\b", "treatments"),
    # Training, referral and interview items count the people trained or interviewed.
    (r"\b(training|referred|interviewed)\b", "persons"),
)


def implied_unit(label: str) -> str | None:
    for pattern, unit in UNIT_WORDS:
        if re.search(pattern, label, re.IGNORECASE):
            return unit
    return None


def test_every_items_unit_agrees_with_what_its_label_counts():
    catalog = load_catalog()
    wrong = []
    unknown = []
    for item in [*catalog.items, *catalog.computed]:
        implied = implied_unit(item.label)
        if implied is None:
            unknown.append(item.code)
        elif implied != item.unit:
            wrong.append(f"{item.code} ({item.label}): unit {item.unit}, its label says {implied}")
    assert wrong == []
    # Every label says what it counts, or is listed here with the reason.
    assert unknown == ["dev.non_orthopaedic"]  # procedures on devices, counted with them


def test_the_check_itself_catches_a_wrong_unit():
    assert implied_unit("Bicycles provided") == "bicycles"
    assert implied_unit("Self-help groups") == "groups"
    assert implied_unit("Persons with disabilities in sport") == "persons"
