"""The main window: navigation list, pages, the reporting-year selector, File and Help."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable, cast

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from cmdesk import __version__
from cmdesk.errors import CMDeskError
from cmdesk.startup import release_startup_objects
from cmdesk.store import Store
from cmdesk.years import FIRST_YEAR, offered_years
from ui.app import chosen_language, restart
from ui.context import AppContext
from ui.errors import show_error
from ui.pages import page_specs
from ui.pages.base import Page
from ui.settings import (
    KHMER_DIGITS,
    LANGUAGE,
    LAST_YEAR,
    RECENT_DATABASES,
    USER_NAME,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
)

LANGUAGE_NAMES = {"en": "English", "km": "ខ្មែរ"}

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from ui.pages.casualties import CasualtiesPage
    from ui.pages.entry import EntryPage
    from ui.pages.exchange import ExchangePage
    from ui.pages.overview import OverviewPage
    from ui.pages.sraap import SraapPage
    from ui.progress import BackgroundWork

ADD_A_YEAR = "add"
"""The data of the year selector's last entry, "Add a year…"."""

# QFileDialog and QMessageBox are imported where they are used: PySide6 builds the
# Python enums of a Qt class when the class is first imported (~3 ms for these two,
# ~3 ms for QCloseEvent), and start-up is measured (benchmarks/startup.py).


class MainWindow(QMainWindow):
    year_changed = Signal(int)
    database_changed = Signal()
    drawn = Signal()
    """Emitted once, when the window's first paint pass has finished: for work that
    should not delay what the user waits for at start-up (benchmarks/startup.py)."""
    settled = Signal()
    """Emitted once, when start-up is over for the user: drawn, and Overview's first
    review shown (or, when it shows none, a second after the first paint)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.khmer_digits = context.settings.get(KHMER_DIGITS)
        # The database and year opened now are remembered in the settings after the
        # window's first paint (see paintEvent), not while it is being built.
        self._building = True
        self._remember_after_first_paint = context.store is not None
        self._drawn = False  # the window's first paint has happened
        self._settled = False  # `settled` was emitted
        # Small enough for a 1366x768 laptop at 125 % (1093x614, less the taskbar and
        # the title bar); a page taller than the room left scrolls (_scrolling).
        self.setMinimumSize(QSize(860, 520))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.stack = QStackedWidget()
        self.page_specs = page_specs(context)
        self.pages: dict[str, Page] = {}  # the pages built so far, by key
        self.pages_warmed: bool | None = None  # None: not begun (see _warm_pages)
        for spec in self.page_specs:
            self.navigation.addItem(QListWidgetItem(spec.title))
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
        # As wide as its longest title (Khmer titles are longer than the English).
        navigation_width = max(170, self.navigation.sizeHintForColumn(0)
                               + 2 * self.navigation.frameWidth() + 12)
        self.navigation.setMinimumWidth(navigation_width)
        self.navigation.currentRowChanged.connect(self._show_page)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([max(200, navigation_width), 1000])
        self.setCentralWidget(splitter)

        self._build_toolbar()
        self._build_menus()
        self.statusBar()
        self.navigation.setCurrentRow(0)

        geometry = context.settings.get(WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # on a small screen (1366x768 at 125 %: 1093x614), no larger than it
            room = self.screen().availableGeometry().size()
            self.resize(min(1180, room.width()), min(760, room.height()))
        state = context.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        if context.store is not None:
            self._database_opened()
        self._building = False
        # The database opened at start-up may be on a network share: said once the
        # window is drawn (a question box before it would have no window to sit on).
        self.drawn.connect(self.offer_local_copy)
        self._daily_backup: BackgroundWork | None = None
        self.drawn.connect(self.take_daily_backup)
        self._sort_indexes: BackgroundWork | None = None
        self._sort_indexes_for: Store | None = None  # the database it builds for
        self._sort_indexes_asked_again = False  # a change came while it ran
        self._closed = False  # no builder is started once the window has closed
        self.settled.connect(self.build_sort_indexes)

    # --- building ------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Reporting year"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        toolbar.addWidget(QLabel(self.tr("  Reporting year: ")))
        self.year_box = QComboBox()
        self.year_box.setObjectName("yearSelector")
        self.year_box.setMinimumContentsLength(6)
        self._shown_year = 0  # the year shown, kept while "Add a year…" asks for another
        self.year_box.currentIndexChanged.connect(self._year_selected)
        toolbar.addWidget(self.year_box)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.demo_badge = QLabel(self.tr(" DEMO "))
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setToolTip(self.tr("This is the demo database: published 2024 figures."))
        self.demo_badge_action = toolbar.addWidget(self.demo_badge)
        self.office_label = QLabel()
        self.office_label.setObjectName("officeLabel")
        toolbar.addWidget(self.office_label)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New database…"), self.new_database,
                                       QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open…"), self.choose_database,
                                        QKeySequence.StandardKey.Open)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Recent databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        # Another CMDesk window (or command) on this computer may have changed the
        # database: each window reads what was last saved when it refreshes.
        self.refresh_action = self._action(self.tr("Re&fresh"), self.refresh,
                                           QKeySequence.StandardKey.Refresh)
        file_menu.addAction(self.refresh_action)
        file_menu.addSeparator()
        self.save_copy_action = self._action(self.tr("&Save a backup copy…"), self.save_backup_copy)
        self.restore_action = self._action(self.tr("&Restore from backup…"), self.restore_backup)
        file_menu.addAction(self.save_copy_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.name_action = self._action(self.tr("Your &name in the audit log…"), self.change_user_name)
        file_menu.addAction(self.name_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.quit_action)
        # The only Undo and Redo actions: they act on the undo stack of the page shown
        # (ui/undo.py), with the platform's keys (Ctrl+Z; Ctrl+Y and Ctrl+Shift+Z).
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_group = QUndoGroup(self)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        current = chosen_language(self.context.settings)
        for code, name in LANGUAGE_NAMES.items():  # each in its own language, never translated
            action = self._action(name, lambda _checked=False, code=code: self.choose_language(code))
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.digits_action = self._action(self.tr("&Khmer digits (០-៩)"), self.choose_khmer_digits)
        self.digits_action.setCheckable(True)
        self.digits_action.setChecked(self.context.khmer_digits)
        view_menu.addAction(self.digits_action)
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.catalog_action = self._action(self.tr("&Items and reporting sources…"), self.edit_catalog)
        tools_menu.addAction(self.catalog_action)
        self.provinces_action = self._action(self.tr("&Provincial offices…"), self.edit_provinces)
        tools_menu.addAction(self.provinces_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About CMDesk"), self.show_about)
        help_menu.addAction(self.about_action)

    def _action(self, text: str, slot, shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        # QAction(parent), not QAction(text, parent): with a text first, PySide6 tries
        # the QAction(QIcon, text, parent) overload and builds QIcon's enums (~2 ms).
        action = QAction(self)
        action.setText(text)
        if shortcut is not None:
            # setShortcuts(StandardKey) gives every binding the platform has for it;
            # setShortcut(QKeySequence) would also cost ~20 ms at start-up, as its
            # overloads make PySide6 build the Python enums of the Qt namespace.
            action.setShortcuts(shortcut)
        action.triggered.connect(slot)
        return action

    def choose_khmer_digits(self, checked: bool) -> None:
        """Show figures in Khmer digits (or 0-9) on the grids and Overview, at once."""
        self.context.khmer_digits = checked
        self.context.settings.set(KHMER_DIGITS, checked)
        row = self.navigation.currentRow()
        self.rebuild_pages()  # built again, showing the figures the new way
        self._show_page(row)

    def choose_language(self, code: str) -> None:
        """Remember `code` as the language, and offer to restart in it: every window
        and page builds its texts once, so a restart shows the new language everywhere."""
        if code == chosen_language(self.context.settings) and self.context.settings.get(LANGUAGE):
            return
        self.context.settings.set(LANGUAGE, code)
        self.context.settings.sync()
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Language"),
            self.tr("CMDesk will be in {language} from its next start. Restart it now?")
            .format(language=LANGUAGE_NAMES[code]))
        if answer == QMessageBox.StandardButton.Yes and self.close():
            restart()

    # --- pages and years -----------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.page_specs]

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self.page_keys().index(key))

    def current_page_key(self) -> str:
        return self.page_keys()[self.stack.currentIndex()]

    def current_page(self) -> Page:
        """The page shown (the stack holds each page in its scroll area)."""
        return self.page(self.current_page_key())

    def page(self, key: str) -> Page:
        """The page for `key`, built on first use in place of its stand-in."""
        if key not in self.pages:
            row = self.page_keys().index(key)
            page = self.page_specs[row].build()
            page.content_changed.connect(self._fill_years)
            page.content_changed.connect(self.build_sort_indexes)  # after an import
            page.catalog_changed.connect(lambda key=key: self.rebuild_pages(keep=key))
            stack = getattr(page, "undo_stack", None)  # the pages with undo have one
            if isinstance(stack, QUndoStack):
                self.undo_group.addStack(stack)
            if key == "overview":
                overview = cast("OverviewPage", page)
                overview.finding_opened.connect(self.open_finding)
                overview.review_shown.connect(self._warm_pages)
                overview.drawn = self._drawn  # a page built again later needs no first paint
            stand_in = self.stack.widget(row)
            assert stand_in is not None  # every row has its page or a stand-in
            self.stack.insertWidget(row, _scrolling(page))
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def _warm_pages(self) -> None:
        """Once Overview's review is shown (start-up has settled), build the pages not
        yet built, so that a page's first opening only shows it and reads its year
        (the Casualties page at 130,000 records: ~50 -> ~14 ms, benchmarks/page.py).
        Each page in three turns of the event loop, so that input waits at most one:
        its module (PySide6 builds the enums of its Qt classes: ~25 ms for the Services
        page), its widgets, then one drawing of it offscreen, which polishes and lays it
        out and draws its texts' glyphs once (~9 ms of the first showing). A page is
        read for the year when shown (`_show_page`), not when built."""
        self._settle()
        if self.pages_warmed is not None:
            return
        self.pages_warmed = False
        drawn: set[str] = set()

        def warm_next() -> None:
            waiting = [spec for spec in self.page_specs if spec.key not in drawn]
            if waiting and self.context.store is not None and self.isVisible():
                spec = waiting[0]
                if spec.key in self.pages:
                    drawn.add(spec.key)
                    holder = self.stack.widget(self.page_keys().index(spec.key))
                    if holder is not None and not holder.isVisible():
                        holder.resize(self.stack.size())
                        holder.grab()
                elif not spec.import_module():
                    self.page(spec.key)
                QTimer.singleShot(0, self, warm_next)
            else:
                self.pages_warmed = True

        QTimer.singleShot(0, self, warm_next)

    def _settle(self) -> None:
        if not self._settled:
            self._settled = True
            self.settled.emit()

    def rebuild_pages(self, keep: str | None = None) -> None:
        """Drop the pages built so far (they are built again when shown): after the
        catalog changed, or another database was opened, their rows, sources and undo
        steps belong to what was there before. `keep`: the page that changed the
        catalog and is being looked at (it says what it did), left as it is."""
        release_startup_objects()  # what is dropped may have been frozen at settling
        for key in list(self.pages):
            if key == keep:
                continue
            row = self.page_keys().index(key)
            holder = self.stack.widget(row)  # the page's scroll area
            assert holder is not None
            self.stack.insertWidget(row, QWidget())
            self.stack.removeWidget(holder)
            holder.deleteLater()
            del self.pages[key]
        self.pages_warmed = None  # the next review shown builds them again
        self._show_page(self.navigation.currentRow())

    def open_finding(self, finding) -> None:
        """Show where a finding of the year's checks is: the cell of the source's
        figures, the casualty record (or the group of possible duplicates), or the
        narrative."""
        # Each key names its page's class (ui/pages page_specs): the casts say which.
        if finding.records:
            self.show_page("casualties")
            page = cast("CasualtiesPage", self.page("casualties"))
            if len(finding.records) == 1:
                page.open_record(finding.records[0])
            else:
                page.show_duplicates(list(finding.records))
        elif finding.indicators:
            self.show_page("sraap")
            cast("SraapPage", self.page("sraap")).show_indicator(finding.indicators[0])
        elif finding.cells:
            item = self.context.catalog.item(finding.cells[0][0])
            key = next(g.page for g in self.context.catalog.groups if g.code == item.group)
            self.show_page(key)
            cast("EntryPage", self.page(key)).go_to_cell(finding.source, finding.cells[0])

    def edit_provinces(self) -> None:
        """Tools > Provincial offices (docs/exchange.md)."""
        from ui.dialogs.provinces import ProvincesDialog

        store = self.context.store
        if store is None:
            return
        ProvincesDialog(store, self.context.shipped_catalog, self).exec()
        if "exchange" in self.pages:
            cast("ExchangePage", self.pages["exchange"]).packages.refresh()

    def edit_catalog(self) -> None:
        """Tools > Items and reporting sources."""
        from ui.dialogs.catalog import CatalogDialog

        store = self.context.store
        if store is None:
            return
        dialog = CatalogDialog(store, self, lambda: self.context.catalog)
        dialog.exec()
        if dialog.changed:
            self.rebuild_pages()

    def _show_page(self, row: int) -> None:
        page = self.page(self.page_keys()[row])
        self.stack.setCurrentIndex(row)
        stack = getattr(page, "undo_stack", None)
        # None: no active stack, as Qt allows (nullptr); PySide6's stub omits it.
        self.undo_group.setActiveStack(stack if isinstance(stack, QUndoStack) else None)  # type: ignore[arg-type]  # Qt takes None
        if self.context.store is not None and self.current_year():
            page.show_year(self.current_year())

    def current_year(self) -> int:
        data = self.year_box.currentData()
        return int(data) if isinstance(data, int) else 0

    def set_year(self, year: int) -> None:
        index = self.year_box.findData(year)
        if index < 0:
            self._fill_years(extra=year)
            index = self.year_box.findData(year)
        self.year_box.setCurrentIndex(index)

    def _fill_years(self, extra: int | None = None) -> None:
        """Every year from the first with data (or the year before the one usually
        reported) to next year (cmdesk/years.py), newest first, then "Add a year…"
        for an earlier one."""
        store = self.context.store
        years = set(store.years.with_data()) if store else set()
        current = self.current_year()
        for year in (extra, current):
            if year:
                years.add(year)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in offered_years(years, date.today()):
            self.year_box.addItem(str(year), year)
        self.year_box.addItem(self.tr("Add a year…"), ADD_A_YEAR)
        # Refilling keeps the selected year and must not announce a change.
        self.year_box.setCurrentIndex(self.year_box.findData(current) if current else -1)
        self.year_box.blockSignals(False)
        self._shown_year = current

    def add_a_year(self) -> int | None:
        """Ask for a year before those offered; the year chosen, or None."""
        from PySide6.QtWidgets import QInputDialog

        earliest = min(self.year_box.itemData(i) for i in range(self.year_box.count() - 1))
        if earliest <= FIRST_YEAR:
            return None
        year, ok = QInputDialog.getInt(
            self, self.tr("Add a year"),
            self.tr("An earlier reporting year ({first} to {last}):").format(first=FIRST_YEAR, last=earliest - 1),
            earliest - 1, FIRST_YEAR, earliest - 1)
        return year if ok else None

    def _year_selected(self, _index: int) -> None:
        if self.year_box.currentData() == ADD_A_YEAR:
            added = self.add_a_year()
            self.year_box.blockSignals(True)
            self.year_box.setCurrentIndex(self.year_box.findData(self._shown_year) if self._shown_year else -1)
            self.year_box.blockSignals(False)
            if added:
                self.set_year(added)
            return
        self._shown_year = self.current_year()
        year = self.current_year()
        if not year or self.context.store is None:
            return
        if not self._building:
            self.context.settings.set(LAST_YEAR, year)
        self.current_page().show_year(year)
        self.year_changed.emit(year)

    # --- databases -----------------------------------------------------------------------

    def open_database(self, path: Path) -> bool:
        """Open `path` in place of the current database. On failure the error is shown,
        the current database stays open, and the file is left untouched."""
        try:
            store = Store.open(Path(path), self.context.shipped_catalog, self.context.user,
                               defer_daily_backup=True)
        except CMDeskError as error:
            show_error(self, error, self.tr("Cannot open the database"))
            return False
        self._switch_to(store)
        self.take_daily_backup()
        self.offer_local_copy()
        return True

    def take_daily_backup(self) -> None:
        """The day's first backup of the open database, which its opening left for
        later (`Store.open(defer_daily_backup=True)`): on a worker, so that the copy's
        integrity check does not hold the window back, with no dialog; the status bar
        says when it is saved, and a failure is shown as any error is."""
        store = self.context.store
        if store is None or not store.daily_backup_deferred:
            return
        if self._daily_backup is not None and self._daily_backup.running:
            self._daily_backup.wait()  # one copy at a time (the database was switched)
        store.daily_backup_deferred = False

        def work(_progress: object) -> Path | None:
            worker_store = store.another_connection()  # this thread's own connection
            try:
                return worker_store.backup("daily") if worker_store.daily_backup_due() else None
            finally:
                worker_store.close()

        from ui.progress import BackgroundWork  # after the first paint: not a start-up import

        job = BackgroundWork(None, None, work)
        job.succeeded.connect(self._daily_backup_saved)
        job.failed.connect(self._daily_backup_failed)  # methods: let go when the window goes
        self._daily_backup = job.start()

    def _daily_backup_failed(self, error: BaseException) -> None:
        show_error(self, error, self.tr("The day's backup could not be saved"))

    def _daily_backup_saved(self, written: Path | None) -> None:
        if written is not None:
            self.statusBar().showMessage(
                self.tr("Today's backup of the database saved to {path}").format(path=written), 10_000)

    # --- the register's sort indexes ----------------------------------------------------

    def build_sort_indexes(self) -> None:
        """Build the register's sort indexes that are missing: a bulk import or a
        first package leaves them for after its commit (store/casualties.py,
        `indexes_built_after`), and a program closed before they were done leaves
        the rest. On a worker with a connection of its own, one index per
        transaction, with no dialog: meanwhile the Casualties page shows and sorts
        the same records, only more slowly (130,000 records: a sort's first screen
        8-14 ms instead of under 1, all its keys 50-70 instead of ~20; a filter's
        count by outcome, sex, status, device or age group 5-12 ms instead of ~1).
        An edit meanwhile waits for the index being built (20-60 ms at 130,000):
        the builder leaves the write lock free between two indexes. Looked for once
        start-up has settled and after each change a page reports (a read of
        sqlite_master)."""
        store = self.context.store
        if store is None or store.read_only or self._closed:
            return
        if self._sort_indexes is not None and self._sort_indexes.running:
            self._sort_indexes_asked_again = True  # it looks again when it ends
            return
        if not store.casualties.missing_sort_indexes():
            return

        def work(progress: Callable[[int, int], bool]) -> int:
            from cmdesk.store.casualties import PAUSE_FOR_WRITERS

            worker_store = store.another_connection()  # this thread's own connection
            try:
                return worker_store.casualties.build_sort_indexes(
                    lambda: not progress(0, 0), between=PAUSE_FOR_WRITERS)
            finally:
                worker_store.close()

        from ui.progress import BackgroundWork

        job = BackgroundWork(None, None, work)
        job.failed.connect(self._sort_indexes_failed)
        job.finished.connect(self._sort_indexes_ended)  # after succeeded, failed or cancelled
        self._sort_indexes_for = store
        self._sort_indexes_asked_again = False
        self._sort_indexes = job.start()

    def _sort_indexes_failed(self, error: BaseException) -> None:
        # Nothing the user asked for failed, and nothing is lost: the page is right
        # without them, and they are looked for again after the next change, not
        # when this builder ends. A failure on a database no longer open is not
        # this one's.
        if self._sort_indexes_for is self.context.store:
            self._sort_indexes_asked_again = False
            self.statusBar().showMessage(self.tr(
                "The register's sort indexes could not be built ({error}): the Casualties page "
                "sorts more slowly until they are.").format(error=error), 15_000)

    def _sort_indexes_ended(self) -> None:
        # Look again when something asked while it ran (an import that ended
        # meanwhile may have left more, a restore) or the database was switched (the
        # builder was stopped; `build_sort_indexes` could not start another then).
        # Not merely because some are still missing: a builder that went through
        # them all and left one (an index of that name on another table) would
        # start again for ever.
        if self._sort_indexes_asked_again or self._sort_indexes_for is not self.context.store:
            self.build_sort_indexes()

    def _stop_sort_indexes(self) -> None:
        """Before the database is switched or restored, or the window closes: the
        builder stops after the index it is building, which is kept."""
        job = self._sort_indexes
        if job is not None and job.running:
            job.cancel()
            job.wait()

    # --- a database on a network share -----------------------------------------------------

    def offer_local_copy(self) -> bool:
        """When the open database is on a network share, say why that is unsafe and
        offer to copy it to this computer (a checked copy, as a backup is) and open
        the copy. Returns True when the copy was opened."""
        store = self.context.store
        if store is None:
            return False
        from cmdesk.store.location import network_warning

        warning = network_warning(store.path)
        if warning is None:
            return False
        if not self.ask_to_copy_from_network(warning):
            self.statusBar().showMessage(self.tr(
                "{path} is on a network share: keep it open in one window on one computer "
                "only.").format(path=store.path))
            return False
        target = self.choose_local_copy(store.path)
        if target is None:
            return False
        try:
            store.save_copy(target, replace=True)  # the save dialog asked before replacing
        except CMDeskError as error:
            show_error(self, error, self.tr("Cannot copy the database to this computer"))
            return False
        return self.open_database(target)

    def ask_to_copy_from_network(self, warning: str) -> bool:
        """Ask (warning given) whether to copy the database to this computer."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Database on a network share"),
                          warning, QMessageBox.StandardButton.NoButton, self)
        copy = box.addButton(self.tr("Copy to this computer…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep working on the share"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(copy)
        box.exec()
        return box.clickedButton() is copy

    def choose_local_copy(self, path: Path) -> Path | None:
        """Where on this computer to keep the copy (the user's documents, by default)."""
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Copy the database to this computer"), str(Path(documents) / path.name),
            self._file_filter())
        return Path(chosen) if chosen else None

    def _switch_to(self, store: Store) -> None:
        self._stop_sort_indexes()
        old = self.context.store
        self.context.store = store
        if old is not None:
            old.close()
        self.rebuild_pages()
        self._database_opened()
        self.build_sort_indexes()  # a program closed before it had built them

    def _database_opened(self) -> None:
        store = self.context.store
        assert store is not None
        if not self._building:
            self.context.settings.remember_database(store.path)
        self._fill_years()
        years = store.years.with_data()
        remembered = self.context.settings.get(LAST_YEAR)
        if remembered and (remembered in years or not years):
            year = remembered
        else:
            year = years[-1] if years else date.today().year - 1
        self.demo_badge_action.setVisible(store.is_demo)
        self.office_label.setText(f"  {self.context.office_name(store.office)}  ")
        title = f"CMDesk — {store.path.name}"
        self.setWindowTitle(title + (self.tr(" [DEMO]") if store.is_demo else ""))
        self.statusBar().showMessage(str(store.path))
        self.year_box.setCurrentIndex(-1)
        self.set_year(year)
        self.database_changed.emit()

    def _remember_session(self) -> None:
        """Keep in the settings the open database (for the next start and File > Recent
        databases) and the year shown."""
        store = self.context.store
        if store is None:
            return
        self.context.settings.remember_database(store.path)
        if self.current_year():
            self.context.settings.set(LAST_YEAR, self.current_year())

    def refresh(self) -> None:
        """Re-read the current page after the database content changed."""
        self._fill_years()
        if self.current_year():
            self.current_page().show_year(self.current_year())

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.context.store.path.parent) if self.context.store else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a CMDesk database"), start,
                                              self._file_filter())
        if path:
            self.open_database(Path(path))

    def new_database(self) -> None:
        from ui.dialogs.new_database import NewDatabaseDialog  # on demand: see ui.pages

        dialog = NewDatabaseDialog(self.context.shipped_catalog, self)
        if dialog.exec() != NewDatabaseDialog.DialogCode.Accepted:
            return
        try:
            store = Store.create(dialog.path(), self.context.shipped_catalog, dialog.office(),
                                 self.context.user)
        except CMDeskError as error:
            show_error(self, error, self.tr("Cannot create the database"))
            return
        self._switch_to(store)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.context.settings.get(RECENT_DATABASES)
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for text in recent:
            action = self.recent_menu.addAction(text)
            action.triggered.connect(lambda _=False, p=text: self.open_database(Path(p)))

    def save_backup_copy(self) -> None:
        store = self.context.store
        if store is None:
            return
        from PySide6.QtWidgets import QFileDialog

        suggested = store.path.with_name(f"{store.path.stem} copy {date.today():%Y-%m-%d}.cmdesk")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a backup copy"), str(suggested),
                                              self._file_filter())
        if not path:
            return
        try:
            # The save dialog has asked before an existing file is replaced.
            written = store.save_copy(Path(path), replace=True)
        except CMDeskError as error:
            show_error(self, error)
            return
        self.statusBar().showMessage(self.tr("Backup copy saved to {path}").format(path=written))

    def restore_backup(self) -> None:
        store = self.context.store
        if store is None:
            return
        from ui.dialogs.restore import RestoreDialog

        dialog = RestoreDialog(store, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is None:
            return
        self.restore_from(chosen)

    def restore_from(self, backup: Path) -> bool:
        """Replace the open database's content with `backup` (the current content is
        backed up first). On a bad file nothing changes and the reason is shown."""
        store = self.context.store
        assert store is not None
        self._stop_sort_indexes()
        try:
            safety = store.restore(Path(backup))
        except CMDeskError as error:
            show_error(self, error, self.tr("Cannot restore this backup"))
            return False
        self.rebuild_pages()
        self._database_opened()
        self.build_sort_indexes()
        self.statusBar().showMessage(
            self.tr("Restored from {backup}. The content before the restore was kept in {safety}.")
            .format(backup=Path(backup).name, safety=safety.name)
        )
        return True

    def change_user_name(self) -> None:
        from ui.dialogs.who import WhoDialog

        dialog = WhoDialog(self.context.user, self)
        if dialog.exec() != WhoDialog.DialogCode.Accepted or not dialog.name():
            return
        self.set_user_name(dialog.name())

    def set_user_name(self, name: str) -> None:
        """Use `name` in the audit log from now on, here and in later sessions."""
        self.context.user = name
        self.context.settings.set(USER_NAME, name)
        if self.context.store is not None:
            self.context.store.user = name
        self.statusBar().showMessage(self.tr("Changes are now recorded as made by {name}.").format(name=name))

    def _file_filter(self) -> str:
        return self.tr("CMDesk databases (*.cmdesk);;All files (*)")

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        store = self.context.store
        lines = [self.tr("<b>CMDesk {version}</b>").format(version=__version__),
                 self.tr("Victim-assistance reporting for the Cambodian Mine Action and Victim "
                         "Assistance Authority.")]
        if store is not None:
            lines.append(self.tr("Database: {path}").format(path=store.path))
            lines.append(self.tr("Office: {office}").format(office=self.context.office_name(store.office)))
            lines.append(self.tr("Schema version: {version}").format(version=store.schema_version))
        QMessageBox.about(self, self.tr("About CMDesk"), "<br>".join(lines))

    # --- the first paint, closing --------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._drawn:
            # Overview's review of the year reads the whole year: it waits for the
            # window to be drawn (a zero-delay timer started earlier would run before
            # the first paint, ~60 ms at start-up: benchmarks/startup.py).
            self._drawn = True
            overview = cast("OverviewPage | None", self.pages.get("overview"))
            if overview is not None:
                QTimer.singleShot(0, overview, overview.window_drawn)
            QTimer.singleShot(0, self, self.drawn.emit)
            QTimer.singleShot(1000, self, self._settle)  # if no review is shown first
        if self._remember_after_first_paint:
            # A change to the settings makes QSettings save its file (locked, written and
            # flushed to disk: two fdatasync calls) at the next pass of the event loop. At
            # start-up that pass comes before the first paint, so remembering the session
            # waits until the window is drawn (benchmarks/startup.py).
            self._remember_after_first_paint = False
            QTimer.singleShot(0, self._remember_session)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._daily_backup is not None:
            self._daily_backup.wait()  # a copy cut off by the exit would be thrown away
        self._closed = True
        self._stop_sort_indexes()
        if self._remember_after_first_paint:  # never drawn
            self._remember_after_first_paint = False
            self._remember_session()
        self.context.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.context.settings.set(WINDOW_STATE, self.saveState())
        self.context.settings.sync()
        super().closeEvent(event)


def _scrolling(page: QWidget) -> QScrollArea:
    """`page` in a scroll area that gives it the whole room it has: a page taller than
    the window (a laptop at 125 % scaling has 1093x614 pixels) scrolls instead of
    squeezing its labels and buttons until their texts are cut."""
    holder = QScrollArea()
    holder.setFrameShape(QFrame.Shape.NoFrame)
    holder.setWidgetResizable(True)
    holder.setWidget(page)
    return holder
