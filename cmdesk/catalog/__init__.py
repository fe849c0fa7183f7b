"""The reference catalog (being split into modules: see the next commit)."""

from cmdesk.catalog.model import *  # noqa: F403 (for one commit only: the split follows)
from cmdesk.catalog.model import _CATALOG_PARTS  # noqa: F401 (likewise)
