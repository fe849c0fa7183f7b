"""The package file (.cmdx): a zip with `manifest.json`, `data.jsonl` (one changed row
a line) and `signature` (HMAC-SHA256, hex, over both with the pair's key).

`write_package` writes one; `read_package` checks one and gives back its manifest
and rows, or raises `PackageRefused` saying what is wrong with it (damaged or
truncated, not a package, a newer format, a signature that does not match). Which
pair a package belongs to is read from its manifest before the signature is checked
(`read_manifest`), since the key depends on it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import zipfile
from pathlib import Path
from typing import Callable, NamedTuple

from cmdesk.errors import InputError
from cmdesk.exchange.reading import LIMITS, ZipProblem, read_zip_members
from cmdesk.i18n import translate

FORMAT = 1
SUFFIX = ".cmdx"
MANIFEST = "manifest.json"
DATA = "data.jsonl"
SIGNATURE = "signature"
MEMBERS = (MANIFEST, DATA, SIGNATURE)
# The reading layer's limits (cmdesk/exchange/reading.py), far above a real package
# (65,000 records are ~2 MB zipped, ~20 MB of JSON): a file or a zip that claims more
# is refused before it is read or inflated.
MAX_FILE_BYTES = LIMITS.max_bytes
MAX_MEMBER_BYTES = LIMITS.max_unpacked_bytes // len(MEMBERS)


class PackageRefused(InputError):
    """The package cannot be received; nothing was changed. `reason` is a short code
    (damaged, not_a_package, newer_format, foreign, signature, replayed, superseded,
    not_paired)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class Package(NamedTuple):
    manifest: dict
    rows: list[dict]
    sha256: str
    lines: list[str]  # each row's line, as written


def _signed(manifest: bytes, data: bytes) -> bytes:
    return b"cmdx1\0" + manifest + b"\0" + data


def sign(secret: str, manifest: bytes, data: bytes) -> str:
    return hmac.new(bytes.fromhex(secret), _signed(manifest, data), hashlib.sha256).hexdigest()


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def _make_encode() -> Callable[[object], str]:
    """`_ENCODER.encode`, the same text, without building the C encoder again for
    every row as `encode` does (24 -> 20 ms for a package's 7,000 rows,
    benchmarks/exchange.py); the encoder's own `encode` where the C one is missing."""
    from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]  # not in typeshed: the C encoder

    if c_make_encoder is None:
        return _ENCODER.encode
    # The arguments JSONEncoder.iterencode passes it for this encoder (no circular check).
    chunks = c_make_encoder(None, _ENCODER.default, encode_basestring, None, ":", ",",
                            False, False, True)

    def encode(value: object) -> str:
        if isinstance(value, str):
            return encode_basestring(value)
        return "".join(chunks(value, 0))

    return encode


ENCODE = _make_encode()
"""How a package's rows are written (compact, UTF-8): `json.JSONEncoder(ensure_ascii=False,
separators=(",", ":")).encode`."""


def write_package(path: Path, manifest: dict, rows: list[dict] | list[str], secret: str) -> Path:
    """Write the package to `path` (through a temporary file beside it, so that a
    failed write leaves no half file under the name). `rows` are dicts, or their
    lines already written with ENCODE."""
    path = Path(path)
    lines = [row if isinstance(row, str) else ENCODE(row) for row in rows]
    data = ("\n".join(lines) + "\n" if lines else "").encode()
    manifest_bytes = json.dumps({**manifest, "data_sha256": hashlib.sha256(data).hexdigest()},
                                ensure_ascii=False, indent=1, sort_keys=True).encode()
    partial = path.with_name(path.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=3) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(DATA, data)
        archive.writestr(SIGNATURE, sign(secret, manifest_bytes, data))
    partial.replace(path)
    return path


def _damaged(path: Path, detail: str) -> PackageRefused:
    return PackageRefused(translate(
        "Exchange", "{file} is damaged or incomplete ({detail}): it may have been cut short "
        "when it was copied. Ask the office that sent it to send it again.").format(
            file=Path(path).name, detail=detail), "damaged")


def read_members(path: Path) -> dict[str, bytes]:
    """The package's members, read by the reading layer (`read_zip_members`: sizes
    checked before reading and inflating, each member against its CRC), with what is
    wrong said as a package's problem."""
    path = Path(path)
    try:
        return read_zip_members(path, MEMBERS, max_member_bytes=MAX_MEMBER_BYTES)
    except ZipProblem as problem:
        if problem.kind == "too_large":
            raise PackageRefused(translate(
                "Exchange", "{file} is larger than any CMDesk package ({limit} MB): it is not "
                "one.").format(file=path.name, limit=MAX_FILE_BYTES // 2**20), "not_a_package") from None
        if problem.kind == "unreadable":
            raise PackageRefused(translate("Exchange", "{file} cannot be read: {error}.").format(
                file=path.name, error=problem.detail), "damaged") from None
        if problem.kind == "not_zip":
            raise PackageRefused(translate(
                "Exchange", "{file} is not a CMDesk exchange package (.cmdx).").format(file=path.name),
                "not_a_package") from None
        if problem.kind == "missing":
            raise _damaged(path, translate("Exchange", "{names} missing").format(
                names=problem.detail)) from None
        if problem.kind == "member_too_large":
            raise _damaged(path, translate("Exchange", "{name} is too large").format(
                name=problem.detail)) from None
        raise _damaged(path, problem.detail) from None


def read_manifest(path: Path) -> tuple[dict, dict[str, bytes]]:
    """The package's manifest (not yet trusted: the signature is checked by
    `read_package`) and its members."""
    members = read_members(path)
    try:
        manifest = json.loads(members[MANIFEST])
        if not isinstance(manifest, dict):
            raise ValueError("not an object")
    except ValueError:
        raise _damaged(path, translate("Exchange", "its manifest cannot be read")) from None
    version = manifest.get("format")
    if not isinstance(version, int):
        raise _damaged(path, translate("Exchange", "its manifest has no format version"))
    if version > FORMAT:
        raise PackageRefused(translate(
            "Exchange", "{file} was written by a newer CMDesk (package format {version}; this "
            "one reads up to {known}). Update CMDesk, then receive it again.").format(
                file=Path(path).name, version=version, known=FORMAT), "newer_format")
    return manifest, members


def read_package(path: Path, manifest: dict, members: dict[str, bytes], secret: str) -> Package:
    """Check the signature with the pair's key, then read the rows."""
    expected = sign(secret, members[MANIFEST], members[DATA])
    if not hmac.compare_digest(expected, members[SIGNATURE].decode("ascii", "replace").strip()):
        raise PackageRefused(translate(
            "Exchange", "{file} does not carry a valid signature for this pair of offices: it "
            "was changed after it was written, or signed with another key (another "
            "headquarters' pairing). Nothing was changed.").format(file=Path(path).name),
            "signature")
    data = members[DATA]
    if hashlib.sha256(data).hexdigest() != manifest.get("data_sha256"):
        raise _damaged(path, translate("Exchange", "its data does not match its manifest"))
    try:
        # One JSON array, read in one call: a line holds one object, and a newline
        # inside a string is always written "\n".
        text = data.decode().strip("\n")
        lines = text.split("\n") if text else []
        rows = json.loads(f"[{','.join(lines)}]")
        if not all(isinstance(row, dict) for row in rows):
            raise ValueError("not an object")
    except ValueError:
        raise _damaged(path, translate("Exchange", "its data cannot be read")) from None
    return Package(manifest, rows, hashlib.sha256(_signed(members[MANIFEST], data)).hexdigest(),
                   lines)
