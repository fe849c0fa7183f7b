"""Start CMDesk: `python main.py [--db PATH]` opens the window; `python main.py COMMAND`
runs a command line (see `python main.py --help`)."""

import gc
import sys

# Start-up creates objects that live as long as the program (modules, classes, the
# catalog, the window), so the cyclic garbage collector's ~40 passes over them find
# next to nothing to free. It is off until the window is first drawn (ui.app.run_gui)
# or a command starts (cmdesk.cli.main): start-up takes ~4% less (benchmarks/startup.py).
gc.disable()

from cmdesk.cli import main
from ui.app import run_gui

if __name__ == "__main__":
    sys.exit(main(open_gui=run_gui))
