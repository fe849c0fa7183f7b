"""CMDesk core: plain Python, no Qt. Usable from the CLI, the GUI and tests."""

__version__ = "0.1.0"
