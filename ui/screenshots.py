"""Render every main page to PNG, for the docs and for review.

    .venv/bin/python -m ui.screenshots --out screenshots [--db PATH] [--year YEAR] [--lang km]

Without --db it uses a fresh demo database in a temporary folder. Runs offscreen;
never reads or writes the user's settings.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def render_pages(out: Path, db: Path | None, year: int | None, size=(1280, 800),
                 language: str = "en") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from cmdesk.catalog import load_catalog
    from cmdesk.demo import create_demo
    from cmdesk.store import Store
    from ui.app import application
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.settings import USER_NAME, Settings

    application(language)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        catalog = load_catalog()
        if db is None:
            store = create_demo(Path(scratch) / "demo.cmdesk", catalog, "screenshots")
        else:
            store = Store.open(db, catalog, "screenshots", read_only=True)
        settings = Settings(Path(scratch) / "settings.ini")
        settings.set(USER_NAME, "screenshots")
        window = MainWindow(AppContext(catalog, settings, "screenshots", store, language=language))
        window.resize(*size)
        window.show()
        if year:
            window.set_year(year)
        written = []
        for number, key in enumerate(window.page_keys(), 1):
            window.show_page(key)
            # A page may fill some parts after the window is drawn (Overview's review,
            # in steps, one per turn of the event loop), and the widgets those add are
            # laid out on later rounds: draw, let it settle, then take the picture.
            window.grab()
            _settle(window)
            path = out / f"{number:02d}-{key}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
        store.close()
    return written


def _settle(window, seconds: float = 10.0) -> None:
    """Run the event loop until Overview's review is complete, then a little longer
    for what it added to be laid out (four rounds were not enough: the cards' texts
    were drawn over each other and the year's status badge empty)."""
    import time

    from PySide6.QtTest import QTest

    overview = window.pages.get("overview")
    deadline = time.monotonic() + seconds
    while (overview is not None and time.monotonic() < deadline
           and (overview.findings is None or overview.review_pending)):
        QTest.qWait(20)
    QTest.qWait(100)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"), help="folder for the PNG files")
    parser.add_argument("--db", type=Path, help="database to show (default: a fresh demo database)")
    parser.add_argument("--year", type=int, help="reporting year to show")
    parser.add_argument("--lang", choices=("en", "km"), default="en", help="the window's language")
    args = parser.parse_args(argv)
    for path in render_pages(args.out, args.db, args.year, language=args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
