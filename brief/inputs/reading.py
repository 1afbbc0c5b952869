"""Read inputs: bytes from a path or stdin, decoded into an `Article`, or a clear `InputError`."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from brief.errors import InputError
from brief.inputs.html import plain_article
from brief.records import STDIN_NAME, source_name

STDIN = "-"
# About 100 long news articles. The model needs roughly 3 GB of memory per MB of text, so a much
# larger input would end in an out-of-memory kill instead of a message; `--max-bytes` raises it.
DEFAULT_MAX_BYTES = 2_000_000

# Leading bytes of common binary formats, so the error can say what the file is.
_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF-": "a PDF document",
    b"\x1f\x8b": "gzip-compressed data",
    b"PK\x03\x04": "a ZIP archive",
    b"\x7fELF": "an executable",
}
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_WESTERN = "cp1252"


@dataclass(frozen=True, slots=True)
class Article:
    """An article's decoded text and where it came from."""

    text: str
    path: str | None
    sha256: str
    id: str | None = None

    @property
    def name(self) -> str:
        """How messages refer to this article: its path, its id or "<stdin>"."""
        return source_name(self.path, self.id)

    @classmethod
    def from_text(cls, text: str, *, path: str | None = None, id: str | None = None) -> Article:
        """An article from text already in memory (the library entry point)."""
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return cls(text, path, digest, id)


def read_article(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and decode the article at path `source` ("-" for stdin)."""
    data = _read_bytes(source, max_bytes)
    path = None if source == STDIN else source
    name = source if path else STDIN_NAME
    text = plain_article(path, decode(data, name), name)
    return Article(text, path, hashlib.sha256(data).hexdigest())


def _read_bytes(source: str, max_bytes: int) -> bytes:
    if source == STDIN:
        try:
            data = sys.stdin.buffer.read(max_bytes + 1)
        except OSError as error:
            raise unreadable_stdin(error) from None
        if len(data) > max_bytes:
            raise InputError(STDIN_NAME, _too_large(max_bytes))
        return data
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError(source, "is a directory, not a file")
        if path.stat().st_size > max_bytes:
            raise InputError(source, _too_large(max_bytes))
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except IsADirectoryError:
        raise InputError(source, "is a directory, not a file") from None
    except OSError as error:
        raise InputError(source, f"cannot be read ({error.strerror or error})") from None


def unreadable_stdin(error: OSError) -> InputError:
    """The error for a stdin that cannot be read (closed at start, or failing)."""
    return InputError(STDIN_NAME, f"cannot be read ({error.strerror or error})")


def _too_large(max_bytes: int) -> str:
    return f"larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)"


def decode(data: bytes, name: str) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else detected."""
    if not data:
        raise InputError(name, "is empty")
    kind = _binary_kind(data)
    if kind:
        raise InputError(name, f"is {kind}, not text")
    text = _decode_text(data, name)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(name, "contains only whitespace")
    return text


def _binary_kind(data: bytes) -> str | None:
    for signature, kind in _SIGNATURES.items():
        if data.startswith(signature):
            return kind
    if data.startswith(_UTF16_BOMS):
        return None
    head = data[:8192]
    if head.count(b"\x00") > len(head) // 10:
        return "binary data"
    return None


def _decode_text(data: bytes, name: str) -> str:
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(name, "is not valid UTF-16 despite its byte-order mark") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _has_utf8_sequences(data):
            # UTF-8 with broken bytes (truncated, or another encoding pasted in): any single
            # encoding would turn part of it into nonsense, so say where it breaks instead.
            raise InputError(name, f"is not valid UTF-8 ({_where(data, error.start)})") from None
    return _decode_detected(data, name)


def _has_utf8_sequences(data: bytes) -> bool:
    """Whether most of the non-ASCII bytes in `data` form well-formed UTF-8 characters.

    Then the file is UTF-8 with a few broken bytes. Text in a legacy encoding (cp1252, Shift-JIS)
    forms a valid UTF-8 sequence only now and then, by accident.
    """
    high = sum(1 for byte in data if byte > 0x7F)
    well_formed = sum(
        len(char.encode("utf-8")) for char in data.decode("utf-8", "ignore") if ord(char) > 0x7F
    )
    return well_formed * 2 > high


def _where(data: bytes, offset: int) -> str:
    """ "byte 0xE9 on line 3": where the first undecodable byte is, for a user to find it."""
    line = data.count(b"\n", 0, offset) + 1
    return f"byte 0x{data[offset]:02X} on line {line}"


def _decode_detected(data: bytes, name: str) -> str:
    """Decode a legacy 8-bit or multi-byte encoding that charset-normalizer recognises."""
    # Imported only for the rare non-UTF-8 input.
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(name, "is not UTF-8 and its text encoding could not be detected")
    # Where several encodings read the bytes equally well (cp1250 and cp1252 agree on most
    # letters), prefer windows-1252: what web browsers assume for Western text labelled Latin-1.
    for match in matches:
        if match.chaos <= best.chaos and _WESTERN in match.could_be_from_charset:
            return str(match)
    return str(best)
