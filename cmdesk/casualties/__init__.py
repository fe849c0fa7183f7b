"""Casualty records (domain.md section 2.3), without SQL and without Qt.

- `codes`: the coded fields, their labels, and the written forms each code accepts
  (resources/catalog/casualty_codes.toml); `normalise_code`.
- `records`: dates (the day may be unknown), ages, provinces, coordinates, and
  `check_record`, the one validation of a record, shared by the importer and the form.

The importer is `cmdesk.exchange.casualties_import`; the SQL is in
`cmdesk.store.casualties`; the year's figures from the register are
`cmdesk.casualty_summary`.
"""

from cmdesk.casualties.codes import (
    CODED_FIELDS,
    CODES,
    code_label,
    code_labels,
    default_code,
    field_labels,
    load_coded_fields,
    normalise_code,
)
from cmdesk.casualties.records import (
    COLUMNS,
    DUPLICATE_KEY,
    PERSONAL_FIELDS,
    CheckedRecord,
    FieldProblem,
    IncidentDate,
    ProvinceLookup,
    age_group_of,
    check_record,
    duplicate_key,
    parse_age,
    parse_incident_date,
    written_form,
)

__all__ = [
    "CODED_FIELDS", "CODES", "COLUMNS", "DUPLICATE_KEY", "PERSONAL_FIELDS", "CheckedRecord",
    "FieldProblem", "IncidentDate", "ProvinceLookup", "age_group_of", "check_record",
    "code_label", "code_labels", "default_code", "duplicate_key", "field_labels",
    "load_coded_fields", "normalise_code", "parse_age", "parse_incident_date",
    "written_form",
]
