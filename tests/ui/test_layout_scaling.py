"""No text is cut at 100 % and 125 % scaling, in Khmer and in English, on every page of
the main window (each tab too) and the main dialogs, at their default and their
minimum size, on a 1366x768 laptop screen (at 125 %: 1093x614).

QT_SCALE_FACTOR must be set before the QApplication exists, so each scale and language
runs tests/ui/layout_probe.py in a process of its own, which reports as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from tests.conftest import REPO
from tests.ui.layout_probe import cut_texts

RUNS = [(language, scale) for language in ("km", "en") for scale in ("1", "1.25")]
PAGES = ("overview", "services", "devices", "budget", "casualties", "sraap", "reports", "exchange")
DIALOGS = ("WhoDialog", "NewDatabaseDialog", "RestoreDialog", "CatalogDialog", "NewItemDialog",
           "ProvincesDialog", "FundingLineDialog", "SnapshotsDialog", "WriteWorkbooksDialog",
           "CasualtyDialog")


@pytest.fixture(scope="module")
def probes(tmp_path_factory):
    """(language, scale) -> the probe's report; the four processes run side by side."""
    started = {}
    for language, scale in RUNS:
        env = {**os.environ, "QT_SCALE_FACTOR": scale}
        env.pop("QT_QPA_PLATFORM", None)  # the probe sets its own screen
        started[(language, scale)] = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.layout_probe", "--lang", language], cwd=REPO, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reports = {}
    for run, process in started.items():
        out, err = process.communicate()
        assert process.returncode == 0, (run, err[-2000:])
        assert "Traceback" not in err, (run, err[-2000:])  # an exception in a slot or a paint
        reports[run] = json.loads(out)
    return reports


@pytest.mark.parametrize("language, scale", RUNS)
def test_no_text_is_cut_on_any_page_or_dialog(probes, language, scale):
    report = probes[(language, scale)]
    views = {view["where"] for view in report["views"]}
    for size in ("default", "minimum"):
        assert {f"{page} {size}" for page in PAGES} <= views
        assert {f"{dialog} {size}" for dialog in DIALOGS} <= views
    cut = [f"{view['where']} at {view['size']}: {text}" for view in report["views"] for text in view["cut"]]
    assert not cut, "\n".join(cut)


def test_at_125_percent_the_window_fits_the_laptops_screen(probes):
    for language in ("km", "en"):
        report = probes[(language, "1.25")]
        assert report["screen"] == [1093, 614]  # 1366x768 at 125 %
        width, height = report["window"]["default"]
        assert width <= 1093 and height <= 614
        assert report["window"]["minimum"][0] <= 1093 - 200 and report["window"]["minimum"][1] <= 614 - 60


def test_the_check_finds_cut_texts_of_each_kind(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    squeezed = QLabel("ការរាយការណ៍ជំនួយជនរងគ្រោះ")
    squeezed.setFixedWidth(40)
    wrapped = QLabel("A sentence long enough to need several lines at this width, " * 3)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    box = QGroupBox("A group box whose title is far too long for it")
    box.setFixedWidth(60)
    elided = QLabel("A text elided on purp…")
    elided.setToolTip("A text elided on purpose, whole in its tooltip")
    elided.setFixedWidth(30)
    narrow = QComboBox()
    narrow.addItem("Killed and injured")
    narrow.setFixedWidth(60)
    wide = QComboBox()
    wide.addItem("Any sex")
    for widget in (squeezed, wrapped, box, elided, narrow, wide):
        layout.addWidget(widget)
    holder.show()
    found = "\n".join(cut_texts(holder))
    assert "ការរាយការណ៍" in found and "A sentence" in found and "group box" in found
    assert "combo box 'Killed and injured'" in found
    assert "elided" not in found and "Any sex" not in found


def test_the_check_scrolls_to_find_cut_texts_below_the_fold(qtbot, qapp):
    # A page taller than the window (Overview on a laptop) shows part of itself only
    # when scrolled; a text cut there is found too, and said where.
    from PySide6.QtWidgets import QScrollArea

    from tests.ui.layout_probe import below_the_fold

    inner = QWidget()
    layout = QVBoxLayout(inner)
    for n in range(40):
        layout.addWidget(QLabel(f"line {n}"))
    squeezed = QLabel("A label far too long for its width, below the fold")
    squeezed.setFixedWidth(50)
    layout.addWidget(squeezed)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    area.verticalScrollBar().setValue(37)  # where the user left it
    qapp.processEvents()
    at_the_top = cut_texts(area)
    assert at_the_top == []
    [found] = below_the_fold(qapp, area, at_the_top)
    assert "below the fold" in found and "scrolled down" in found
    assert area.verticalScrollBar().value() == 37  # back where it was
