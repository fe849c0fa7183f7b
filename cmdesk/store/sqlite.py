"""sqlite-utils, imported without pandas and numpy.

sqlite-utils imports pandas and numpy when it is imported, only to add their scalar
types to its column-type map (sqlite_utils/db.py). That costs about 0.3 s at every
start of CMDesk, more than the rest of the start-up put together
(benchmarks/startup.py). CMDesk creates its tables with SQL in migrations and hands
the store plain Python values, so it needs neither mapping: sqlite-utils is imported
here with the two hidden, and every store module imports it from here. pandas, when
the reports import it later, works as usual.
"""

from __future__ import annotations

import sys

_HIDDEN = [name for name in ("pandas", "numpy") if name not in sys.modules]
for _name in _HIDDEN:
    sys.modules[_name] = None  # type: ignore[assignment]  # makes `import pandas` fail
try:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations
finally:
    for _name in _HIDDEN:
        del sys.modules[_name]

__all__ = ["Database", "Migrations"]
