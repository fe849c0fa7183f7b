"""Long core operations with a progress dialog and Cancel.

The core gives progress through a callback `(done, total) -> bool` (False cancels;
the core then raises its cancellation error and writes nothing).

- `BackgroundWork` runs the work on a QThreadPool thread, so that the window keeps
  painting and answering while it runs, with a window-modal QProgressDialog. The
  worker touches no widget: its progress and outcome reach the GUI thread as
  queued signals. Work that reads or writes the database must open its own
  connection in the worker (`Store.another_connection`): an SQLite connection
  belongs to the thread that opened it, and the GUI thread keeps using its own.
- `run_with_progress` runs the work on the GUI thread, letting Qt paint and take the
  Cancel click between steps: for work whose steps are short and that uses the GUI
  thread's connection (the Reports page's exports).
"""

from __future__ import annotations

import threading
from typing import Any, Callable, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], bool]


def _progress_dialog(parent: QWidget | None, label: str) -> QProgressDialog:
    # Imported here: the window's daily backup and Overview import this module before
    # anything has built the Qt namespace's enums (ui/enumless.py).
    from PySide6.QtCore import Qt

    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[Progress], T]) -> T:
    """Run `work(progress)` on the GUI thread with a progress dialog; the dialog's
    Cancel makes `progress` return False (the core then raises its cancellation
    error)."""
    dialog = _progress_dialog(parent, label)

    def progress(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        return work(progress)
    finally:
        dialog.close()
        dialog.deleteLater()


class _Runnable(QRunnable):
    def __init__(self, job: "BackgroundWork") -> None:
        super().__init__()
        self._job = job  # a Python reference: the job outlives the run

    def run(self) -> None:
        self._job._run()


class BackgroundWork(QObject):
    """`work(progress)` on a worker thread, with a progress dialog whose Cancel makes
    `progress` return False. Exactly one of `succeeded(result)`, `failed(error)` and
    `cancelled()` is emitted, on the GUI thread, then `finished()`. Cancelled means
    the work raised after Cancel was asked for; work that ended normally succeeded,
    even if Cancel came too late to stop it.

    With `label` None it shows no dialog: work the user did not ask for and need not
    wait for (the day's backup after start-up).

    Keep a reference to the job until it has finished (it has no Qt parent, so that
    closing a window cannot delete it under a running worker)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()
    _ended = Signal(str, object)  # from the worker: "succeeded"/"failed"/"cancelled", payload

    def __init__(self, parent: QWidget | None, label: str | None,
                 work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self._done = threading.Event()
        self.running = False
        self.dialog = _progress_dialog(parent, label) if label is not None else None
        if self.dialog is not None:
            self.dialog.canceled.connect(self.cancel)
            self.progressed.connect(self._show_progress)
        self._ended.connect(self._end)

    def start(self) -> "BackgroundWork":
        self.running = True
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next progress step (thread-safe)."""
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("Progress", "Cancelling…"))

    def wait(self) -> None:
        """Block until the worker has returned (its outcome is still delivered later,
        by the event loop): before closing what the work uses, at the window's close."""
        if self.running:
            self._done.wait()

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _run(self) -> None:
        # On the worker thread: signals only, no widget.
        def progress(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self._cancel.is_set()

        try:
            result = self._work(progress)
        except BaseException as error:  # reported on the GUI thread
            self._done.set()
            self._ended.emit("cancelled" if self._cancel.is_set() else "failed", error)
        else:
            self._done.set()
            self._ended.emit("succeeded", result)

    def _end(self, outcome: str, payload: object) -> None:
        self.running = False
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        if outcome == "succeeded":
            self.succeeded.emit(payload)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(payload)
        self.finished.emit()
