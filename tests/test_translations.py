"""Every user-visible string can be translated (to Khmer) without touching code:
pyside6-lupdate must find the core's and the GUI's strings."""

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_lupdate_collects_core_and_gui_strings(tmp_path):
    sources = sorted(str(p) for folder in ("cmdesk", "ui") for p in (REPO / folder).rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ts = tmp_path / "cmdesk_km.ts"
    result = subprocess.run([str(lupdate), *sources, "-ts", str(ts)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    text = ts.read_text(encoding="utf-8")
    for context, source in [
        ("Store", "{path} is an SQLite database made by another program, not by CMDesk. "),
        ("Overview", "Casualties recorded"),
        ("CLI", "create the demo database (Cambodia&apos;s published 2024 figures)"),
        ("MainWindow", "Restore from backup…"),
        ("Pages", "Assistive devices"),
        ("Errors", "CMDesk"),
    ]:
        assert f"<name>{context}</name>" in text, context
        assert source in text, source
    assert text.count("<source>") > 120
