"""`python -m cmdesk`: the same program as the `cmdesk` console script."""

import gc
import sys

gc.disable()  # for start-up only: main.py says why

from cmdesk.cli import main

sys.exit(main())
