"""Where CMDesk finds the files it ships (catalog, demo data, fonts, translations)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: beside the packages in a checkout or editable install,
    or inside the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def catalog_dir() -> Path:
    return resources_dir() / "catalog"


def demo_dir() -> Path:
    return resources_dir() / "demo"


def check_output(path: Path, *, folder: bool = False) -> Path:
    """Refuse, with the reason, a place CMDesk cannot write to: a file to write at
    `path` (or, with `folder`, an existing folder to write files into). The one
    rule for every `--out` and every copy of a database."""
    import os

    from cmdesk.errors import InputError
    from cmdesk.i18n import translate

    path = Path(path)
    if folder:
        if not path.exists():
            raise InputError(translate("Paths", "The folder {folder} does not exist: create it first, "
                                       "or choose another.").format(folder=path))
        if not path.is_dir():
            raise InputError(translate("Paths", "{path} is a file, not a folder: give the folder to "
                                       "write into.").format(path=path))
        where = path
    else:
        if path.is_dir():
            raise InputError(translate("Paths", "{path} is a folder: give the name of the file to "
                                       "write in it.").format(path=path))
        where = path.parent
        if not where.exists():
            raise InputError(translate("Paths", "The folder {folder} does not exist: create it first, "
                                       "or choose another.").format(folder=where))
        if not where.is_dir():
            raise InputError(translate("Paths", "{folder} is a file, not a folder: nothing can be "
                                       "saved inside it.").format(folder=where))
    if not os.access(where, os.W_OK | os.X_OK):
        raise InputError(translate("Paths", "CMDesk cannot save in {folder}: you do not have "
                                   "permission to write there. Choose a folder where you can "
                                   "save files.").format(folder=where))
    if not folder and path.exists() and not os.access(path, os.W_OK):
        raise InputError(translate("Paths", "{path} is read-only: it cannot be replaced.").format(path=path))
    return path
