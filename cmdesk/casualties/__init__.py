"""Casualty records (domain.md section 2.3), without SQL and without Qt.

- `fields`: the fields of a record, who is a child, the duplicate key (the store's SQL
  uses them too).
- `codes`: the coded fields, their labels, and the written forms each code accepts
  (resources/catalog/casualty_codes.toml); `normalise_code`.
- `records`: dates (the day may be unknown), ages, provinces, coordinates, and
  `check_record`, the one validation of a record, shared by the importer and the form.

The importer is `cmdesk.exchange.casualties_import`; the SQL is in
`cmdesk.store.casualties`; the year's figures from the register are
`cmdesk.casualty_summary`.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cmdesk.casualties.codes import (
        CODED_FIELDS,
        CODES,
        RecordField,
        code_label,
        code_labels,
        default_code,
        field_labels,
        load_coded_fields,
        normalise_code,
        record_fields,
    )
    from cmdesk.casualties.fields import (
        CASUALTY_FIELDS,
        CHILD_UNDER,
        COLUMNS,
        DUPLICATE_KEY,
        PERSONAL_FIELDS,
    )
    from cmdesk.casualties.records import (
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

_HOMES = {
    **dict.fromkeys(('CODED_FIELDS', 'CODES', 'RecordField', 'code_label', 'code_labels', 'default_code', 'field_labels', 'load_coded_fields', 'normalise_code', 'record_fields'), "codes"),
    **dict.fromkeys(('CASUALTY_FIELDS', 'CHILD_UNDER', 'COLUMNS', 'DUPLICATE_KEY', 'PERSONAL_FIELDS'), "fields"),
    **dict.fromkeys(('CheckedRecord', 'FieldProblem', 'IncidentDate', 'ProvinceLookup', 'age_group_of', 'check_record', 'duplicate_key', 'parse_age', 'parse_incident_date', 'written_form'), "records"),
}

__all__ = ['CASUALTY_FIELDS', 'CHILD_UNDER', 'CODED_FIELDS', 'CODES', 'COLUMNS', 'DUPLICATE_KEY', 'PERSONAL_FIELDS', 'CheckedRecord', 'RecordField', 'FieldProblem', 'IncidentDate', 'ProvinceLookup', 'age_group_of', 'check_record', 'code_label', 'code_labels', 'default_code', 'duplicate_key', 'field_labels', 'load_coded_fields', 'normalise_code', 'parse_age', 'parse_incident_date', 'record_fields', 'written_form']


def __getattr__(name: str) -> Any:
    try:
        home = _HOMES[name]
    except KeyError:
        raise AttributeError(f"module 'cmdesk.casualties' has no attribute {name!r}") from None
    return getattr(import_module(f"cmdesk.casualties.{home}"), name)
