"""Fetch a web page or feed over HTTP(S), within limits, or fail with one clear `InputError`.

`requests` (already installed with spaCy, and kept by the Python Packaging Authority's
ecosystem for two decades) does connection pooling, redirects, gzip and proxies from the
environment; this module adds what a cron job needs on top: a connect and read timeout plus a
whole-download deadline, a cap on the bytes received (after decompression, so a gzip bomb stops
at the cap too), at most `MAX_REDIRECTS` redirects, conditional requests (ETag and
Last-Modified), and a `User-Agent` that names brief and its version. Every failure (no such
host, refused connection, timeout, an HTTP error status, too many redirects, too large) becomes
an `InputError` naming the URL and what happened, in words a user can act on.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.errors import InputError
from brief.version import __version__

if TYPE_CHECKING:
    import requests

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
# The whole download, however slowly the server drips its bytes.
DEADLINE = 60.0
MAX_REDIRECTS = 5
# Generous for a web page (the largest saved news pages are a few MB of HTML); it guards memory.
RAW_LIMIT = 50_000_000
_CHUNK = 65_536
_URL = re.compile(r"^https?://", re.I)


@dataclass(frozen=True, slots=True)
class Fetched:
    """What a server answered: the body (empty when not modified) and the headers that matter."""

    url: str
    data: bytes
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


def is_url(source: str) -> bool:
    """Whether an input names a web address (http or https) rather than a file."""
    return _URL.match(source) is not None


def fetch(
    url: str,
    *,
    limit: int = RAW_LIMIT,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = READ_TIMEOUT,
    session: requests.Session | None = None,
) -> Fetched:
    """GET `url`; with `etag`/`last_modified`, ask only for a newer version (304 -> not_modified).

    Raises `InputError(url, what happened)` on any failure.
    """
    import requests

    headers = {"User-Agent": user_agent(), "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    client = session or new_session()
    try:
        with client.get(
            url, headers=headers, timeout=(CONNECT_TIMEOUT, timeout), stream=True
        ) as response:
            return _answer(url, response, limit, timeout)
    except requests.exceptions.RequestException as error:
        raise InputError(url, describe(error, timeout)) from None
    finally:
        if session is None:
            client.close()


def user_agent() -> str:
    """The `User-Agent` every request sends: brief and its version."""
    return f"brief/{__version__} (news brief summarizer)"


def new_session() -> requests.Session:
    """A session that follows at most `MAX_REDIRECTS` redirects (requests' default is 30)."""
    import requests

    session = requests.Session()
    session.max_redirects = MAX_REDIRECTS
    return session


def _answer(url: str, response: requests.Response, limit: int, timeout: float) -> Fetched:
    if response.status_code == 304:
        etag, modified = _validators(response)
        return Fetched(
            response.url or url, b"", etag=etag, last_modified=modified, not_modified=True
        )
    if response.status_code >= 400:
        reason = f" {response.reason}" if response.reason else ""
        raise InputError(url, f"the server answered HTTP {response.status_code}{reason}")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise InputError(url, too_large(limit))
    data = _body(url, response, limit, timeout)
    content_type = response.headers.get("Content-Type", "")
    etag, modified = _validators(response)
    return Fetched(
        response.url or url,
        data,
        content_type=content_type.split(";")[0].strip().lower(),
        charset=_charset(content_type),
        etag=etag,
        last_modified=modified,
    )


def _body(url: str, response: requests.Response, limit: int, timeout: float) -> bytes:
    """The decompressed body, read in chunks against the size cap and the deadline."""
    started = time.monotonic()
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise InputError(url, too_large(limit))
        if time.monotonic() - started > max(DEADLINE, timeout):
            raise InputError(url, f"timed out: the download took over {DEADLINE:.0f} seconds")
        chunks.append(chunk)
    return b"".join(chunks)


def _validators(response: requests.Response) -> tuple[str | None, str | None]:
    """The ETag and Last-Modified a server sent, for the next conditional request."""
    return response.headers.get("ETag"), response.headers.get("Last-Modified")


def _charset(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.I)
    return match.group(1).lower() if match else None


def too_large(limit: int) -> str:
    """The message for a download over `limit` bytes."""
    return f"larger than the {limit:,}-byte download limit"


def describe(error: Exception, timeout: float = READ_TIMEOUT) -> str:
    """What went wrong with a request, in words a user can act on."""
    import requests

    text = str(error)
    if isinstance(error, requests.exceptions.TooManyRedirects):
        return f"too many redirects (more than {MAX_REDIRECTS})"
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return f"timed out connecting (after {CONNECT_TIMEOUT:.0f} seconds)"
    if isinstance(error, requests.exceptions.Timeout | requests.exceptions.ReadTimeout):
        return f"timed out waiting for the server (after {timeout:g} seconds)"
    if isinstance(error, requests.exceptions.SSLError):
        return "the secure connection failed (certificate or TLS error)"
    if isinstance(error, requests.exceptions.ConnectionError):
        if "Name or service not known" in text or "NameResolution" in text or "getaddrinfo" in text:
            return "could not find the server (DNS lookup failed)"
        if "Connection refused" in text or "Errno 111" in text:
            return "the server refused the connection"
        if "timed out" in text:
            return f"timed out waiting for the server (after {timeout:g} seconds)"
        return "could not connect to the server"
    if isinstance(error, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema):
        return "is not a valid web address"
    if isinstance(error, requests.exceptions.ContentDecodingError):
        return "the server sent a body that could not be decompressed"
    return f"the download failed ({type(error).__name__})"
