"""What the parts of the Casualties page use of the page and of each other.

The register, duplicates and summary tabs and the import chain are mixins of
`CasualtiesPage` (one module each). At run time each is a plain class (`PagePart` is
`object`); for the type checker each derives from `CasualtiesPageParts`, which
declares the page's shared state and the methods one part calls on another, so that
mypy checks every such call as it checks the page's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import Signal
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QLabel, QTabWidget

    from cmdesk.exchange import casualties_import as importer
    from cmdesk.store import Store
    from ui.pages.base import Page
    from ui.pages.casualties.commands import CommandArgs
    from ui.progress import BackgroundWork

    class CasualtiesPageParts(Page):
        import_finished = Signal(object)  # CasualtiesPage's

        # The page's state (set in CasualtiesPage.__init__).
        year: int
        _store: Store | None  # the store on screen
        undo_stack: QUndoStack
        tabs: QTabWidget
        notice: QLabel  # under the register (the register tab makes it)
        import_job: BackgroundWork | None
        last_import: importer.CasualtyImportCounts | None
        last_rejects: Path | None
        frozen_years: set[int]

        # Defined by the page or by one part, called by another.
        @property
        def shown_store(self) -> Store:
            raise NotImplementedError

        def _update_buttons(self, *_args: object) -> None:
            raise NotImplementedError

        def _writable(self) -> bool:
            raise NotImplementedError

        def _record_changed(self, record_id: str | None) -> None:
            raise NotImplementedError

        def _failed(self, error: BaseException) -> None:
            raise NotImplementedError

        def _command_args(self) -> CommandArgs:
            raise NotImplementedError

        def frozen_message(self, records: list[dict]) -> str | None:
            raise NotImplementedError

        def import_file(self, path: Path | None = None) -> bool:
            raise NotImplementedError

    PagePart = CasualtiesPageParts
else:
    PagePart = object
