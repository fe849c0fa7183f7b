"""Imports and exports of raw data: files in, files out, through the same store
operations as the GUI.

Every import is planned first (read and check the whole file, write nothing) and
applied second (all rows in one transaction, or none). A plan lists every problem
with its file line, column and the text as written, so that staff can correct the
file in Excel and import it again.

- `reading`: the one reading layer under every import: text tables (encodings,
  delimiter, strict quoting) and xlsx sheets (to their real last row, formulas
  without a saved value told apart), streamed, within `ReadLimits`, every refusal a
  `FileReadError` naming the file and place. New importers read through it.
- `values_csv`: the year's aggregate values as a long-format CSV
  (`year,source,item,part,value,comment`, see docs/values-csv.md).
- `casualties_import`: casualty records from CSV and xlsx files, with a column
  mapping, rejected rows reported, and re-imports matched (docs/casualties-import.md).
- `requests_xlsx`: the Committee's requests, from its SRAAP tracker spreadsheet.
"""

from cmdesk.exchange.requests_xlsx import (
    PlannedRequest,
    RequestProblem,
    RequestsImport,
    apply_requests_import,
    plan_requests_import,
)
from cmdesk.exchange.values_csv import (
    COLUMNS,
    ImportCounts,
    PlannedValue,
    Problem,
    ValueRow,
    ValuesImport,
    apply_values_import,
    export_values_csv,
    plan_values_import,
)

__all__ = [
    "PlannedRequest",
    "RequestProblem",
    "RequestsImport",
    "apply_requests_import",
    "plan_requests_import",
    "COLUMNS",
    "ImportCounts",
    "PlannedValue",
    "Problem",
    "ValueRow",
    "ValuesImport",
    "apply_values_import",
    "export_values_csv",
    "plan_values_import",
]
