"""ui/enumless.py: Qt's values as ints, and a window whose start and Overview review
never build the Python enums of the Qt namespace (the cost PySide6 puts on the first
`Qt.…`; benchmarks/startup.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui import enumless

REPO = Path(__file__).resolve().parents[2]


def test_each_value_is_qts_own():
    assert enumless.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert enumless.TOOLTIP_ROLE == Qt.ItemDataRole.ToolTipRole.value
    assert enumless.BACKGROUND_ROLE == Qt.ItemDataRole.BackgroundRole.value
    assert enumless.FOREGROUND_ROLE == Qt.ItemDataRole.ForegroundRole.value
    assert enumless.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert enumless.TEXT_SELECTABLE_BY_MOUSE == Qt.TextInteractionFlag.TextSelectableByMouse.value


def test_a_selectable_label_lets_the_mouse_select_and_nothing_more(qapp):
    label = QLabel("Submitted by VA data officer on 2025-03-01 (UTC).")
    enumless.make_selectable(label)
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse


# A fresh interpreter (this one has built Qt's enums long ago): it records every Python
# enum class made, starts the window as ui.app.run_gui does on a demo database, waits
# for Overview's review to be complete on screen, and prints the enums' names.
_CHILD = textwrap.dedent("""
    import enum, json, sys
    made = []
    create = enum.EnumType._create_
    def record(cls, name, *args, **kwargs):
        made.append(name)
        return create(cls, name, *args, **kwargs)
    enum.EnumType._create_ = record

    from pathlib import Path
    from PySide6.QtCore import QStandardPaths, QTimer
    from cmdesk.catalog import load_catalog
    from cmdesk.demo import create_demo
    from ui.app import application, ask_user_name, open_first_database
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.settings import Settings

    QStandardPaths.setTestModeEnabled(True)
    folder = Path(sys.argv[1])
    catalog = load_catalog()
    create_demo(folder / "demo.cmdesk", catalog, "tester").close()
    app = application()
    (folder / "settings.ini").write_text("[user]\\nname=tester\\n", encoding="utf-8")  # no name asked
    settings = Settings(folder / "settings.ini")
    context = AppContext(shipped_catalog=catalog, settings=settings, user=ask_user_name(settings))
    context.store = open_first_database(context, folder / "demo.cmdesk")
    window = MainWindow(context)
    overview = window.page("overview")
    result = {}
    def reviewed():
        result["findings"] = overview.findings.tree.topLevelItemCount()
        result["returns"] = overview.completeness.model.rowCount()
        result["enums"] = list(made)
        app.quit()
    overview.review_shown.connect(reviewed)
    QTimer.singleShot(20000, app.quit)
    window.show()
    app.exec()
    context.store.close()
    print(json.dumps(result))
""")


def test_the_window_is_drawn_and_overview_reviewed_without_the_qt_namespaces_enums(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", _CHILD, str(tmp_path)], capture_output=True,
                          text=True, env=env, cwd=REPO, timeout=60)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # The review was really shown: the demo year's findings and its 42 returns.
    assert result["findings"] > 0 and result["returns"] == 42
    # Enums of the Qt namespace (any of them means all 93 were built).
    assert not {"AlignmentFlag", "ItemDataRole", "Orientation", "GlobalColor"} & set(result["enums"])
