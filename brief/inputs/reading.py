"""Read inputs: bytes from a path, stdin or a web address, decoded into an `Article`, or a
clear `InputError`."""

from __future__ import annotations

import codecs
import hashlib
import re
import sys
from pathlib import Path

from brief.errors import InputError
from brief.inputs.fetch import RAW_LIMIT, fetch, is_url
from brief.inputs.html import article_text, is_html
from brief.limits import DEFAULT_MAX_BYTES
from brief.records import STDIN_NAME, Article

STDIN = "-"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
# An RSS, RDF or Atom document, by its root element (after an XML declaration, comments or a
# stylesheet instruction): briefing its markup as text would be nonsense.
_FEED_START = re.compile(r"\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.S)
_NOT_AN_ARTICLE = "is a news feed, not an article (digest its items: brief digest --feed URL)"
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)

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


def read_article(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read and decode the article at `source`: a path, "-" for stdin, or an http(s) URL.

    `max_bytes` limits the text briefed: a text file's size, or the article text of a page.
    """
    if is_url(source):
        return read_page(source, max_bytes=max_bytes)
    data = _read_bytes(source, max_bytes)
    return article_from_bytes(data, None if source == STDIN else source, max_bytes=max_bytes)


def read_page(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Fetch the page at `url` and read its article; any failure is an `InputError`."""
    page = fetch(url)
    if page.content_type in _FEED_TYPES:
        raise InputError(url, _NOT_AN_ARTICLE)
    html = True if page.content_type in _HTML_TYPES else None
    return article_from_bytes(page.data, url, max_bytes=max_bytes, charset=page.charset, html=html)


def article_from_bytes(
    data: bytes,
    path: str | None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    charset: str | None = None,
    html: bool | None = None,
) -> Article:
    """The article in `data` from `path` (None for stdin): decoded (`charset` as declared by a
    server, if any), reduced to its article text when it is an HTML page (`html`, else judged
    by its name and first bytes), and held to `max_bytes` of text."""
    name = path or STDIN_NAME
    text = decode(data, name, charset=charset)
    if _FEED_START.match(text[:4096]):
        raise InputError(name, _NOT_AN_ARTICLE)
    if html or (html is None and is_html(path, text)):
        text = article_text(text, name, url=path if path and is_url(path) else None)
        if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
            raise InputError(name, "its article text is " + _too_large(max_bytes))
    elif len(data) > max_bytes:
        raise InputError(name, _too_large(max_bytes))
    return Article(text, path, hashlib.sha256(data).hexdigest())


def _read_bytes(source: str, max_bytes: int) -> bytes:
    """The bytes of a file or stdin: up to `max_bytes`, or `RAW_LIMIT` for an HTML page."""
    if source == STDIN:
        data = _read_stdin(max_bytes + 1)
        if len(data) > max_bytes and _looks_html(None, data):
            data += _read_stdin(RAW_LIMIT - len(data) + 1)
        if len(data) > _limit(None, data, max_bytes):
            raise InputError(STDIN_NAME, _too_large(_limit(None, data, max_bytes)))
        return data
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError(source, "is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            with path.open("rb") as file:
                limit = _limit(source, file.read(4096), max_bytes)
            if size > limit:
                raise InputError(source, _too_large(limit))
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except IsADirectoryError:
        raise InputError(source, "is a directory, not a file") from None
    except OSError as error:
        raise InputError(source, f"cannot be read ({error.strerror or error})") from None


def _read_stdin(size: int) -> bytes:
    try:
        return sys.stdin.buffer.read(size)
    except OSError as error:
        raise unreadable_stdin(error) from None


def unreadable_stdin(error: OSError) -> InputError:
    """The error for a stdin that cannot be read (closed at start, or failing)."""
    return InputError(STDIN_NAME, f"cannot be read ({error.strerror or error})")


def _looks_html(path: str | None, head: bytes) -> bool:
    return is_html(path, head[:4096].decode("latin-1"))


def _limit(path: str | None, head: bytes, max_bytes: int) -> int:
    """How many bytes an input may have: `max_bytes`, or for an HTML page `RAW_LIMIT` (its
    article text is held to `max_bytes` once extracted)."""
    return max(max_bytes, RAW_LIMIT) if _looks_html(path, head) else max_bytes


def _too_large(max_bytes: int) -> str:
    return f"larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)"


def decode(data: bytes, name: str, *, charset: str | None = None) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else the `charset`
    a server declared, else the page's <meta charset>, else detected."""
    if not data:
        raise InputError(name, "is empty")
    kind = _binary_kind(data)
    if kind:
        raise InputError(name, f"is {kind}, not text")
    text = _decode_text(data, name, charset)
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


def _decode_text(data: bytes, name: str, declared: str | None = None) -> str:
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(name, "is not valid UTF-16 despite its byte-order mark") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        # Valid UTF-8 wins over a declaration (pages declare Latin-1 and send UTF-8); else
        # the server's charset, then the page's own <meta charset>.
        for charset in (declared, _meta_charset(data)):
            text = _decode_as(data, charset)
            if text is not None:
                return text
        if _has_utf8_sequences(data):
            # UTF-8 with broken bytes (truncated, or another encoding pasted in): any single
            # encoding would turn part of it into nonsense, so say where it breaks instead.
            raise InputError(name, f"is not valid UTF-8 ({_where(data, error.start)})") from None
    return _decode_detected(data, name)


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _decode_as(data: bytes, charset: str | None) -> str | None:
    """`data` decoded as `charset`, or None when the charset is unknown, UTF-8 (already tried)
    or does not fit the bytes."""
    if not charset:
        return None
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return None
    if codec == "utf-8":
        return None
    if codec == "iso8859-1":
        codec = _WESTERN  # as browsers do: the C1 range of "Latin-1" pages is cp1252
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


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
