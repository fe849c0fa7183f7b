"""The one-way dependency main.py -> ui -> cmdesk, enforced."""

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def _lint_imports(folder) -> subprocess.CompletedProcess:
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    return subprocess.run([lint, "--no-cache"], cwd=folder, capture_output=True, text=True)


def test_import_linter_contracts_hold():
    # The UI and Qt kept out of the core, the core's layers, no cycles (pyproject.toml).
    result = _lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken" in result.stdout


def test_the_layers_contract_catches_an_import_inside_a_function(tmp_path):
    # A copy of the tree with one wrong import planted where a reader would not see it
    # at the top of the file: the domain (cmdesk.numbers) reaching up to a use case.
    for name in ("cmdesk", "ui"):
        shutil.copytree(REPO / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    numbers = tmp_path / "cmdesk" / "numbers.py"
    numbers.write_text(numbers.read_text(encoding="utf-8") + (
        "\n\ndef _planted():\n    from cmdesk.review import review_year\n    return review_year\n"),
        encoding="utf-8")
    new_module = tmp_path / "cmdesk" / "unplaced.py"  # a module given no layer
    new_module.write_text('"""Not in the layers contract."""\n', encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "cmdesk.numbers is not allowed to import cmdesk.review" in result.stdout
    assert "cmdesk.unplaced" in result.stdout  # exhaustive: every module has its layer


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


def test_the_first_write_imports_sqlite_utils_without_pandas(tmp_path):
    # sqlite-utils imports pandas and numpy only to map their types (~0.3 s); the store
    # imports it with the two refused to the importing thread alone (store/sqlite.py).
    code = (
        "import sys, threading\n"
        "from pathlib import Path\n"
        "from cmdesk.catalog import load_catalog\n"
        "from cmdesk.store import Store\n"
        "from cmdesk.store.sqlite import _HideFromThread\n"
        "catalog = load_catalog()\n"
        "with Store.create(Path(sys.argv[1]), catalog, catalog.offices()[0], 'tester') as store:\n"
        "    store.values.set(2024, 'national', 'svc.medical_care', 'total', 27810)\n"
        "    written = store.values.get(2024, 'national', 'svc.medical_care')\n"
        "hide = _HideFromThread()\n"
        "refused = []\n"
        "def ask():\n"
        "    try:\n"
        "        refused.append(hide.find_spec('pandas') is not None)\n"
        "    except ImportError:\n"
        "        refused.append(True)\n"
        "other = threading.Thread(target=ask)\n"
        "other.start(); other.join(); ask()\n"
        "print(written, 'sqlite_utils' in sys.modules, 'pandas' in sys.modules, refused)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "new.cmdesk")], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # Written, with sqlite-utils and without pandas; refused to this thread only.
    assert result.stdout.split(" ", 3) == ["27810", "True", "False", "[False, True]\n"]


def test_opening_a_database_and_reading_its_figures_imports_only_what_they_need(tmp_path):
    # Importing sqlite-utils costs ~90 ms; start-up only reads, so cmdesk.store.sqlite
    # imports it on the first write that needs it (a table helper, a savepoint, a
    # script): a value set in SQL inside one transaction needs none. The store's
    # repositories (and their modules) wait until something asks for their kind of
    # data. Writing then works as usual.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from cmdesk.catalog import load_catalog\n"
        "from cmdesk.demo import create_demo\n"
        "from cmdesk.overview import key_figures\n"
        "from cmdesk.store import Store\n"
        "catalog = load_catalog()\n"
        "path = Path(sys.argv[1])\n"
        "if sys.argv[2] == 'create':\n"
        "    create_demo(path, catalog, 'tester').close()\n"
        "    print('sqlite_utils' in sys.modules)\n"
        "else:\n"
        "    store = Store.open(path, catalog, 'tester')\n"
        "    figures = key_figures(store, catalog, 2024)\n"
        "    read = 'sqlite_utils' in sys.modules\n"
        "    snapshots = 'cmdesk.store.snapshots' in sys.modules\n"
        "    store.values.set(2024, 'national', 'svc.medical_care', 'total', 27810)\n"
        "    print(read, 'sqlite_utils' in sys.modules, store.values.get(2024, 'national', 'svc.medical_care'),\n"
        "          snapshots, len(store.snapshots.for_year(2024)), 'cmdesk.store.snapshots' in sys.modules)\n"
    )
    db = tmp_path / "demo.cmdesk"
    run = lambda step: subprocess.run(
        [sys.executable, "-c", code, str(db), step], cwd=REPO, capture_output=True, text=True
    )
    created = run("create")
    assert created.returncode == 0, created.stderr
    assert created.stdout.split() == ["True"]  # creating a database writes
    opened = run("open")
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.split() == ["False", "False", "27810", "False", "0", "True"]


def test_immutable_records_are_named_tuples():
    # Defining a frozen dataclass runs ~4.5 M instructions of generated code on Python
    # 3.11, a NamedTuple ~0.9 M, and start-up is measured (benchmarks/startup.py). A
    # dataclass is for what changes, or needs a default_factory or __post_init__.
    import ast

    offenders = []
    for path in sorted([*(REPO / "cmdesk").rglob("*.py"), *(REPO / "ui").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            frozen = any("dataclass" in ast.unparse(d) and "frozen=True" in ast.unparse(d)
                         for d in node.decorator_list)
            body = ast.unparse(node)
            if frozen and "__post_init__" not in body and "default_factory" not in body:
                offenders.append(f"{path.relative_to(REPO)}: {node.name}")
    assert offenders == [], "make these typing.NamedTuple: " + ", ".join(offenders)


def test_nothing_filters_the_whole_applications_events():
    # An event filter on the application runs Python for every event of every widget,
    # and makes PySide6 wrap each object and build the Python enums of its class: twice
    # it cost start-up ~40 ms before the first paint (a text guard, then the dialogs'
    # sizes). Watch what you need with a signal (QApplication.focusChanged) or a base
    # class (ui.dialog_sizes.Dialog) instead.
    import re

    pattern = re.compile(r"\b(app|application|qapp|QApplication\.instance\(\)|QCoreApplication\.instance\(\))"
                         r"\.installEventFilter\(")
    found = [f"{path.relative_to(REPO)}:{n}" for path in sorted((REPO / "ui").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert found == []
