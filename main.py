"""Start CMDesk: `python main.py [--db PATH]` opens the window; `python main.py COMMAND`
runs a command line (see `python main.py --help`)."""

import sys

from cmdesk.startup import pause_collector

pause_collector()  # until the window is drawn or a command starts (cmdesk/startup.py)

from cmdesk.cli import main
from ui.app import run_gui

if __name__ == "__main__":
    sys.exit(main(open_gui=run_gui))
