"""Lint and types are part of the test suite, so the README's test command (and CI)
fails on them: ruff over the whole tree, mypy over the core and the window (cmdesk/ and
ui/; pyproject.toml says which rules and why), and no silenced finding without its
reason."""

import re
import subprocess
import sys

from tests.conftest import REPO


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *command], cwd=REPO, capture_output=True, text=True)


def test_ruff_finds_nothing():
    result = _run("ruff", "check", "--no-cache", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing_in_the_core_and_the_window():
    result = _run("mypy", "--no-error-summary")
    assert result.returncode == 0, result.stdout + result.stderr


SILENCER = re.compile(r"#\s*(noqa\b(?::\s*[A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*)?|type:\s*ignore(?:\[[^\]]*\])?)(.*)$")


def test_every_noqa_and_type_ignore_says_why():
    unexplained = []
    for path in sorted(p for folder in ("cmdesk", "ui", "tests", "benchmarks", "packaging")
                       for p in (REPO / folder).rglob("*.py")) + [REPO / "main.py"]:
        if path == REPO / "tests" / "test_lint.py":
            continue  # this file names the comments it looks for
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found = SILENCER.search(line)
            # The reason follows on the same line: "(Qt's name)", "# likewise", "- why".
            if found and not re.search(r"\w", found.group(2)):
                unexplained.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert unexplained == [], "give each its reason on the same line:\n" + "\n".join(unexplained)
