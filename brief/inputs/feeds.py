"""News feeds for the cron digest: the new items of RSS, Atom and JSON feeds, read as articles.

`feedparser` reads RSS and Atom in all their versions and dialects (and malformed XML, as well
as it can); JSON Feed, which it does not read, is a plain JSON document read here. Each feed is
asked conditionally (the ETag and Last-Modified of last time, from `brief.inputs.feed_state`),
so a feed with nothing new costs a 304. Each item not briefed before (and dated since `since`,
when given) has its page fetched, `PAGE_WORKERS` at a time, and read into an `Article`; a feed
or a page that cannot be read becomes a `Failure` naming it, and the others go on.

A page that failed is remembered in the feed state and retried on the next runs, whatever its
feed answers (a 304 included), until it is read or given up: after 3 failed runs and 24 hours
since its first failure, whichever comes later (`feed_state.GIVE_UP_RUNS`, `GIVE_UP_HOURS`), it
is named in one warning and no longer fails the run.
"""

from __future__ import annotations

import calendar
import json
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from brief.apart import stream_apart
from brief.errors import InputError
from brief.inputs.feed_state import (
    FeedMemory,
    FeedState,
    load_state,
    locked,
    save_state,
    state_folder,
)
from brief.inputs.fetch import fetch, new_session
from brief.inputs.reading import read_page
from brief.limits import DEFAULT_MAX_BYTES
from brief.records import Article, Failure

if TYPE_CHECKING:
    import requests

PAGE_WORKERS = 4
# A feed is small; a huge one is more likely a mistake than a day of news.
FEED_LIMIT = 10_000_000


@dataclass(frozen=True, slots=True)
class Item:
    """One feed item: its page's address, the key it is remembered by, and its date."""

    feed: str
    link: str
    key: str
    published: float | None


@dataclass(frozen=True, slots=True)
class FeedNews:
    """What one feed has that is new: its items, or the failure that says why it has none."""

    url: str
    items: tuple[Item, ...] = ()
    memory: FeedMemory | None = None
    failure: Failure | None = None


def new_items(
    urls: Sequence[str],
    state: FeedState,
    *,
    since: float | None = None,
    session: requests.Session | None = None,
) -> list[FeedNews]:
    """Ask each feed for its news: the items not briefed before (and dated after `since`)."""
    client = session or new_session()
    news = []
    for url in dict.fromkeys(urls):
        try:
            news.append(_read_feed(url, state, since, client))
        except InputError as error:
            news.append(FeedNews(url, failure=Failure.of(error)))
    return news


def _read_feed(
    url: str,
    state: FeedState,
    since: float | None,
    session: requests.Session,
    *,
    discover: bool = True,
) -> FeedNews:
    """What one feed has that is new: asked conditionally (its ETag and Last-Modified of last
    time), a 304 is no news; a web page is searched for the feed it names (once: `discover`);
    the feed's items, each key once, are kept when not seen before and (with `since`) dated
    since then. Any failure is an `InputError` naming the feed."""
    known = state.feeds.get(url, FeedMemory())
    answer = fetch(
        url,
        limit=FEED_LIMIT,
        etag=known.etag,
        last_modified=known.last_modified,
        session=session,
    )
    memory = FeedMemory(answer.etag or known.etag, answer.last_modified or known.last_modified)
    if answer.not_modified:
        return FeedNews(url, (), memory)
    if discover and answer.content_type in ("text/html", "application/xhtml+xml"):
        found = discover_feed(answer.data, answer.url)
        if found is None:
            raise InputError(url, "is a web page that names no RSS, Atom or JSON feed")
        return _read_feed(found, state, since, session, discover=False)
    items = parse_feed(answer.data, answer.url, answer.content_type)
    fresh = [
        item
        for item in {item.key: item for item in items}.values()
        if item.key not in state.seen
        and item.key not in state.failed  # retried apart, whatever the feed says
        and (since is None or item.published is None or item.published >= since)
    ]
    return FeedNews(url, tuple(fresh), memory)


def discover_feed(html: bytes, url: str) -> str | None:
    """The first feed a site's page names (`<link rel="alternate" type="application/rss+xml">`,
    else a link that looks like a feed), found by trafilatura's feed finder."""
    from urllib.parse import urlsplit

    from trafilatura.feeds import FeedParameters, determine_feed

    parameters = FeedParameters(url, urlsplit(url).hostname or "", url)
    found = determine_feed(html.decode("utf-8", "replace"), parameters)
    return found[0] if found else None


def parse_feed(data: bytes, url: str, content_type: str = "") -> list[Item]:
    """The items of an RSS, Atom or JSON feed, their links made absolute against `url`."""
    if content_type.endswith("json") or data.lstrip()[:1] == b"{":
        return _json_feed(data, url)
    import feedparser

    parsed = feedparser.parse(data, response_headers={"content-location": url})
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        raise InputError(url, "is not a readable RSS, Atom or JSON feed")
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link:
            continue
        absolute = urljoin(url, link)
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append(
            Item(
                url, absolute, entry.get("id") or absolute, calendar.timegm(when) if when else None
            )
        )
    return items


def _json_feed(data: bytes, url: str) -> list[Item]:
    """The items of a JSON Feed (jsonfeed.org, versions 1 and 1.1)."""
    try:
        document: Any = json.loads(data)
        entries = document["items"]
        if not isinstance(entries, list):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise InputError(url, "is not a readable RSS, Atom or JSON feed") from None
    items = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
            continue
        absolute = urljoin(url, entry["url"])
        items.append(Item(url, absolute, str(entry.get("id") or absolute), _iso_time(entry)))
    return items


def _iso_time(entry: dict[str, Any]) -> float | None:
    from datetime import datetime

    value = entry.get("date_published") or entry.get("date_modified")
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def read_items(
    items: Sequence[Item],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = PAGE_WORKERS,
) -> Iterator[tuple[Item, Article | Failure]]:
    """Each item's page read into an `Article` (or a `Failure`), `workers` pages at a time,
    yielded in the items' order as they come.

    The pages are read by threads in a child process (`brief.apart`): the process that briefs
    them then never has a second thread, which would cost its model pass ~25 %."""
    if not items:
        return
    outcomes = stream_apart(read_pages, list(items), max_bytes, workers)
    yield from zip(items, outcomes, strict=True)


def read_pages(
    items: Sequence[Item], max_bytes: int = DEFAULT_MAX_BYTES, workers: int = PAGE_WORKERS
) -> Iterator[Article | Failure]:
    """Each item's page read into an `Article` (or a `Failure`), `workers` pages at a time by
    threads of this process, in the items' order."""

    def one(item: Item) -> Article | Failure:
        try:
            return read_page(item.link, max_bytes=max_bytes)
        except InputError as error:
            return Failure.of(error)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(one, items)


class FeedRun:
    """One cron run's feeds: their new items, and the items that failed before, read as
    articles; then (once the digest is written) the state saved: the items read, the items
    failed or given up, and each feed's validators."""

    def __init__(
        self,
        folder: Path,
        state: FeedState,
        news: list[FeedNews],
        max_bytes: int,
        *,
        warn: Callable[[str], None] = lambda message: None,
        now: float | None = None,
    ):
        self._folder = folder
        self._state = state
        self._news = news
        self._max_bytes = max_bytes
        self._warn = warn
        self._now = time.time() if now is None else now
        self._done: list[str] = []  # read, or given up: never fetched again
        self._retries = _retries(state, news)

    @property
    def new_items(self) -> int:
        """How many items will be fetched and briefed: the new ones and the retries."""
        return sum(len(feed.items) for feed in self._news) + len(self._retries)

    def articles(self) -> Iterator[Article | Failure]:
        """The failures of feeds that could not be read, then each new item's article (or the
        failure that says why its page could not be read), in feed order, then the retried
        items'. An item given up on this run is warned about instead of failing."""
        for feed in self._news:
            if feed.failure is not None:
                yield feed.failure
        items = [item for feed in self._news for item in feed.items] + self._retries
        for item, outcome in read_items(items, max_bytes=self._max_bytes):
            if not isinstance(outcome, Failure):
                self._done.append(item.key)
                yield outcome
                continue
            failed = self._state.fail(item.key, item.feed, item.link, outcome.problem, self._now)
            if not failed.given_up(self._now):
                yield outcome
                continue
            self._done.append(item.key)
            self._warn(
                f"{item.link}: given up after {failed.runs} failed runs over "
                f"{(self._now - failed.first) / 3600:.0f} hours ({outcome.problem})"
            )

    def commit(self) -> None:
        """Remember what was read or given up, the failed items, and every feed's validators
        (also of a feed with a failed page: its retry does not need the whole feed again)."""
        self._state.remember(self._done, now=self._now)
        for feed in self._news:
            if feed.memory is not None:
                self._state.feeds[feed.url] = feed.memory
        self._state.forget_old(now=self._now)
        save_state(self._folder, self._state)


def _retries(state: FeedState, news: list[FeedNews]) -> list[Item]:
    """The items of this run's feeds that failed in an earlier run, to be fetched again."""
    feeds = {feed.url for feed in news}
    return [
        Item(failed.feed, failed.link, key, None)
        for key, failed in state.failed.items()
        if failed.feed in feeds
    ]


@contextmanager
def feed_run(
    urls: Sequence[str],
    *,
    since: float | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    warn: Callable[[str], None] = lambda message: None,
    folder: Path | None = None,
    now: float | None = None,
) -> Iterator[FeedRun]:
    """Lock the feed state, ask every feed for its news, and yield the run; call its `commit`
    once the digest is safely written (nothing is remembered otherwise). `now` stands for the
    clock (tests)."""
    where = folder or state_folder()
    with locked(where):
        state = load_state(where, warn)
        news = new_items(urls, state, since=since)
        yield FeedRun(where, state, news, max_bytes, warn=warn, now=now)
