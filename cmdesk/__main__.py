"""`python -m cmdesk`: the same program as the `cmdesk` console script."""

import sys

from cmdesk.cli import main

sys.exit(main())
