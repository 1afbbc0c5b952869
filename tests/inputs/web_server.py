"""A local HTTP server for the network tests: 127.0.0.1 only, started and stopped by the test.

Each route maps a path to a function of the request headers that returns (status, headers,
body); `hits` counts the requests per path, so a test can tell a page was not fetched twice.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = tuple[int, dict[str, str], bytes]
# How often the serving loop looks for a shutdown request: `shutdown()` waits up to this long
# at the end of every test that serves (the library's default, 0.5 s, added about that much to
# each of some 30 tests).
POLL_SECONDS = 0.02
Route = Callable[[dict[str, str]], Answer]


class Site:
    """The routes the server answers, and what it was asked."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.base = ""

    def page(self, path: str, body: bytes | str, content_type: str = "text/html") -> None:
        """Serve `body` at `path` with status 200."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = lambda headers: (200, {"Content-Type": content_type}, data)

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.hits[self.path] += 1
            site.agents.append(self.headers.get("User-Agent", ""))
            route = site.routes.get(self.path)
            status, headers, body = (
                route(dict(self.headers.items())) if route else (404, {}, b"not here")
            )
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a size cap or a timeout): as intended

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def serve() -> Iterator[Site]:
    """Run a server on a free loopback port for the duration of the block."""
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": POLL_SECONDS}, daemon=True
    )
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def slow(seconds: float, answer: Answer) -> Route:
    """A route that waits before answering (for timeouts)."""

    def route(headers: dict[str, str]) -> Answer:
        time.sleep(seconds)
        return answer

    return route
