"""`python -m cmdesk`: the same program as the `cmdesk` console script."""

import sys

from cmdesk.startup import pause_collector

pause_collector()  # until the command starts (cmdesk/startup.py)

from cmdesk.cli import main

sys.exit(main())
