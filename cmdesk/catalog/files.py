"""Reading the catalog's TOML files, with a parse cache beside them, and the checks
every entry of them gets (a required key, a code that appears once)."""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from pathlib import Path

from cmdesk.errors import CatalogError
from cmdesk.paths import catalog_dir


def require(entry: dict, key: str, where: str) -> str:
    value = entry.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise CatalogError(f"{where}: '{key}' is missing or empty.")
    return value


def unique(codes: list[str], what: str, filename: str) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise CatalogError(f"{filename}: {what} code '{code}' appears twice.")
        seen.add(code)


PARSED_FOLDER = "__pycache__"
"""Where the parsed catalog files are kept, beside them (as Python keeps its bytecode)."""


def read_catalog_file(directory: Path | None, name: str) -> dict:
    """The TOML file `name` of the catalog in `directory` (default: the shipped one);
    a missing or malformed file is a CatalogError naming it.

    Parsing TOML (and importing tomllib) takes ~7 ms of every start
    (benchmarks/startup.py), so what a file gave is kept as JSON in PARSED_FOLDER,
    with the size and CRC-32 of the text it came from: a file that changed in any way
    is parsed again. Where that folder cannot be written, the file is simply parsed
    each time."""
    path = (directory or catalog_dir()) / name
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        raise CatalogError(f"Catalog file {path} is missing; reinstall CMDesk.") from None
    source = {"size": len(text), "crc32": zlib.crc32(text)}
    parsed_path = path.parent / PARSED_FOLDER / f"{name}.json"
    try:
        parsed = json.loads(parsed_path.read_bytes())
        if parsed["source"] == source and isinstance(parsed["data"], dict):
            return parsed["data"]
    except (OSError, ValueError, KeyError, TypeError):
        pass  # none yet, unreadable or of another text: parse the file
    import tomllib

    try:
        data = tomllib.loads(text.decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"Catalog file {path} is not valid TOML: {error}.") from None
    _keep_parsed(parsed_path, {"source": source, "data": data})
    return data


def _keep_parsed(path: Path, parsed: dict) -> None:
    """Write `parsed` to `path` whole or not at all (another process may be reading
    it); give up quietly where that is not possible (a read-only installation) or
    the data has no JSON form (TOML dates)."""
    try:
        content = json.dumps(parsed, ensure_ascii=False)
    except (TypeError, ValueError):
        return
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        partial.write_text(content, encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
