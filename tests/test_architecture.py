"""The one-way dependency main.py -> ui -> cmdesk, enforced."""

import shutil
import subprocess
import sys

from tests.conftest import REPO


def test_import_linter_contracts_hold():
    lint = shutil.which("lint-imports") or str(__import__("pathlib").Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([lint], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 1 kept, 0 broken" in result.stdout


def test_importing_every_core_module_loads_no_qt():
    code = (
        "import pkgutil, sys, importlib, cmdesk\n"
        "names = [m.name for m in pkgutil.walk_packages(cmdesk.__path__, 'cmdesk.') "
        "if m.name != 'cmdesk.__main__']\n"
        "for name in names: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(len(names), loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    count, loaded = result.stdout.split(" ", 1)
    assert int(count) >= 10  # the walk really imported the core
    assert loaded.strip() == "[]"


def test_start_up_does_not_load_pandas():
    # sqlite-utils imports pandas and numpy eagerly; cmdesk.store.sqlite keeps them out
    # of start-up, where they cost more than everything else (benchmarks/startup.py).
    code = (
        "import sys, cmdesk.cli, cmdesk.demo, cmdesk.overview, cmdesk.entry\n"
        "print(sorted(m for m in ('pandas', 'numpy') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
