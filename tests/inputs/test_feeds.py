"""Feeds for the cron digest, digest links and a cron run's failures, against a loopback server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.errors import InputError
from brief.inputs.feed_state import STATE_FILE, FeedState, load_state
from brief.inputs.feeds import feed_run, parse_feed
from brief.records import Failure
from tests.inputs.test_web import BODY, page
from tests.inputs.web_server import Answer, Site, serve

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Town Times</title>
<link>{base}/</link>
<item><title>Bridge</title><link>/news/bridge</link><guid>bridge-1</guid>
<pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate></item>
<item><title>Market</title><link>market</link><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Town</title><id>urn:town</id><updated>2026-12-01T08:00:00Z</updated>
<entry><title>Bridge</title><id>urn:bridge</id><link href="news/bridge"/>
<updated>2026-12-01T08:00:00Z</updated></entry></feed>"""

JSON_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Town",
    "items": [{"id": "1", "url": "/news/bridge", "date_published": "2026-12-01T08:00:00Z"}],
}


@pytest.mark.parametrize(
    ("data", "where"),
    [
        (RSS.format(base="http://127.0.0.1:1").encode(), "http://127.0.0.1:1/feeds/rss.xml"),
        (ATOM.encode(), "http://127.0.0.1:1/atom.xml"),
        (json.dumps(JSON_FEED).encode(), "http://127.0.0.1:1/feed.json"),
    ],
    ids=["rss", "atom", "json"],
)
def test_relative_item_links_are_resolved_against_the_feed(data: bytes, where: str) -> None:
    items = parse_feed(data, where)
    assert items[0].link == "http://127.0.0.1:1/news/bridge"
    assert items[0].published is not None


@pytest.mark.parametrize(
    "data", [b"<html><body>Not a feed</body></html>", b"<rss><channel", b'{"items": 3}', b""]
)
def test_a_malformed_feed_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="is not a readable RSS, Atom or JSON feed"):
        parse_feed(data, "http://127.0.0.1:1/feed")


def conditional(body: bytes, etag: str) -> object:
    """A feed route that answers 304 to a request that already has its ETag."""

    def route(headers: dict[str, str]) -> Answer:
        if headers.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": etag}, body

    return route


@pytest.fixture
def news_site() -> Iterator[Site]:
    with serve() as site:
        site.routes["/rss"] = conditional(RSS.format(base=site.base).encode(), '"v1"')  # type: ignore[assignment]
        site.page("/news/bridge", page(BODY))
        site.page("/market", page(BODY.replace("bridge", "market hall")))
        yield site


def read_all(site: Site, folder: Path, since: float | None = None) -> list[object]:
    with feed_run([site.url("/rss")], since=since, folder=folder) as run:
        outcomes = list(run.articles())
        run.commit()
    return outcomes


def test_two_cron_runs_fetch_no_page_twice(news_site: Site, tmp_path: Path) -> None:
    first = read_all(news_site, tmp_path)
    second = read_all(news_site, tmp_path)
    assert [getattr(a, "path", None) for a in first] == [
        news_site.url("/news/bridge"),
        news_site.url("/market"),
    ]
    assert second == []
    assert news_site.hits["/rss"] == 2  # asked twice, answered 304 the second time
    assert news_site.hits["/news/bridge"] == news_site.hits["/market"] == 1


def test_a_new_item_is_all_the_next_run_reads(news_site: Site, tmp_path: Path) -> None:
    read_all(news_site, tmp_path)
    more = RSS.replace("</channel>", "<item><title>Fire</title><link>/fire</link></item></channel>")
    news_site.routes["/rss"] = conditional(more.format(base=news_site.base).encode(), '"v2"')  # type: ignore[assignment]
    news_site.page("/fire", page(BODY.replace("bridge", "fire station")))
    outcomes = read_all(news_site, tmp_path)
    assert [getattr(a, "path", None) for a in outcomes] == [news_site.url("/fire")]


def test_a_failed_page_is_named_and_retried_next_run(news_site: Site, tmp_path: Path) -> None:
    news_site.routes["/market"] = lambda headers: (500, {}, b"down")
    first = read_all(news_site, tmp_path)
    assert first[1] == Failure(
        news_site.url("/market"), "the server answered HTTP 500 Internal Server Error"
    )
    news_site.page("/market", page(BODY))
    second = read_all(news_site, tmp_path)
    assert [getattr(a, "path", None) for a in second] == [news_site.url("/market")]
    assert news_site.hits["/news/bridge"] == 1


def test_since_applies_to_item_dates(news_site: Site, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    since = datetime(2026, 12, 1, tzinfo=UTC).timestamp()
    outcomes = read_all(news_site, tmp_path, since=since)
    assert [getattr(a, "path", None) for a in outcomes] == [news_site.url("/market")]


def test_a_failing_feed_is_a_failure_naming_it(tmp_path: Path) -> None:
    with serve() as site:
        site.page("/broken", "<rss><channel", "application/rss+xml")
        with feed_run([site.url("/broken"), site.url("/missing")], folder=tmp_path) as run:
            outcomes = list(run.articles())
    assert outcomes == [
        Failure(site.url("/broken"), "is not a readable RSS, Atom or JSON feed"),
        Failure(site.url("/missing"), "the server answered HTTP 404 Not Found"),
    ]


@pytest.mark.parametrize(
    "content", ["{not json", '{"format": 1, "feeds": [], "seen": 3}', "[]", '{"format": 99}']
)
def test_a_corrupt_state_file_is_warned_about_and_rebuilt(
    news_site: Site, tmp_path: Path, content: str
) -> None:
    (tmp_path / STATE_FILE).write_text(content)
    warnings: list[str] = []
    assert load_state(tmp_path, warnings.append) == FeedState()
    assert len(warnings) == 1 and "starting afresh" in warnings[0]
    read_all(news_site, tmp_path)
    rebuilt = json.loads((tmp_path / STATE_FILE).read_text())
    assert len(rebuilt["seen"]) == 2 and rebuilt["feeds"][news_site.url("/rss")]["etag"] == '"v1"'


# --- The digest command -----------------------------------------------------------------------


def digest(*args: str, state: Path) -> object:
    return CliRunner().invoke(app, ["digest", *args], env={"XDG_STATE_HOME": str(state)})


@pytest.mark.model
def test_a_cron_digest_of_feeds(news_site: Site, tmp_path: Path) -> None:
    out = tmp_path / "out" / "d.md"
    out.parent.mkdir()
    bad = news_site.url("/gone")
    first = digest("--feed", news_site.url("/rss"), "--feed", bad, "-o", str(out), state=tmp_path)
    text = out.read_text()
    assert first.exit_code == 1  # type: ignore[attr-defined]
    assert f"brief: error: {bad}: the server answered HTTP 404" in first.stderr  # type: ignore[attr-defined]
    assert "2 articles" in text
    assert f"**Could not be briefed:**\n\n- [{bad}]({bad}): the server answered HTTP 404" in text
    assert f"]({news_site.url('/market')})" in text
    second = digest("--feed", news_site.url("/rss"), "-o", str(out), state=tmp_path)
    assert second.exit_code == 0  # type: ignore[attr-defined]
    assert second.stderr == second.stdout == ""  # type: ignore[attr-defined]  # cron mails no one
    assert out.read_text() == text  # yesterday's digest is left as it was


@pytest.mark.model
@pytest.mark.slow
def test_the_process_that_briefs_feed_pages_starts_no_thread(
    news_site: Site, tmp_path: Path
) -> None:
    """Feed pages are read by threads of a child process: a thread in the briefing process
    would cost spaCy's model pass ~25 % for the rest of the run (`brief.apart`)."""
    probe = (
        "import atexit, sys, threading\n"
        "started = []\n"
        "start = threading.Thread.start\n"
        "def counted(self): started.append(self.name); start(self)\n"
        "threading.Thread.start = counted\n"
        "atexit.register(lambda: print('threads', len(started), file=sys.stderr))\n"
        "sys.argv = ['brief', 'digest', '--feed', sys.argv[1], '-o', sys.argv[2]]\n"
        "from brief.cli import main\n"
        "main()\n"
    )
    out = tmp_path / "d.md"
    result = subprocess.run(
        [sys.executable, "-c", probe, news_site.url("/rss"), str(out)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")},
    )
    assert result.returncode == 0, result.stderr
    assert "2 articles" in out.read_text()
    assert result.stderr.strip().splitlines()[-1] == "threads 0"


def dies_at_once(*arguments: object) -> Iterator[object]:
    """A page reader whose process is killed before it reads anything."""
    os._exit(9)
    yield  # a generator, as the reader is


@pytest.mark.slow
def test_a_page_reader_killed_is_one_line_and_exit_3(news_site: Site, tmp_path: Path) -> None:
    """The child that reads the pages dies (the kernel's out-of-memory killer, say): one line,
    exit 3, yesterday's digest left in place."""
    probe = (
        "import sys\n"
        "import brief.apart, brief.inputs.feeds as feeds\n"
        "from tests.inputs.test_feeds import dies_at_once\n"
        "feeds.stream_apart = lambda *arguments: brief.apart.stream_apart(dies_at_once)\n"
        "sys.argv = ['brief', 'digest', '--feed', sys.argv[1], '-o', sys.argv[2]]\n"
        "from brief.cli import main\n"
        "main()\n"
    )
    out = tmp_path / "d.md"
    out.write_text("yesterday\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", probe, news_site.url("/rss"), str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parents[2],
        env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")},
    )
    assert result.returncode == 3
    assert result.stderr.startswith(
        "brief: error: a child process ended before it answered (exit code 9): out of memory?"
    )
    assert len(result.stderr.splitlines()) == 1
    assert out.read_text(encoding="utf-8") == "yesterday\n"


@pytest.mark.model
def test_digest_links_point_from_the_output_folder(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(
        "Bridge reopens\n\nThe old bridge reopened on Monday after two years of repairs.\n"
    )
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(app, ["digest", str(news), "-o", str(out / "d.md")])
    assert result.exit_code == 0
    assert "](../news/a.txt)" in (out / "d.md").read_text()


def test_a_missing_input_fails_before_touching_the_digest(tmp_path: Path) -> None:
    out = tmp_path / "d.md"
    out.write_text("yesterday")
    result = CliRunner().invoke(app, ["digest", str(tmp_path / "nwes"), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == f"brief: error: {tmp_path / 'nwes'}: no such file or folder\n"
    assert out.read_text() == "yesterday"


def test_two_runs_at_once_take_turns_with_the_state(tmp_path: Path) -> None:
    import threading
    import time

    from brief.inputs.feed_state import locked

    order: list[str] = []
    inside = threading.Event()

    def first() -> None:
        with locked(tmp_path):
            inside.set()
            time.sleep(0.3)  # the second run starts meanwhile, and must wait
            order.append("first done")

    def second() -> None:
        inside.wait()
        with locked(tmp_path):
            order.append("second in")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert order == ["first done", "second in"]


@pytest.mark.parametrize(
    ("setting", "problem"),
    [
        ("feeds: https://example.org/rss", "feeds must be a list of web addresses, one per line"),
        (
            "feeds:\n  - ftp://example.org/rss",
            "feeds: 'ftp://example.org/rss' is not an http(s) address",
        ),
    ],
)
def test_a_bad_feeds_setting_is_a_usage_error(tmp_path: Path, setting: str, problem: str) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(setting + "\n")
    result = CliRunner().invoke(app, ["digest", str(tmp_path)], env={"BRIEF_CONFIG": str(config)})
    assert result.exit_code == 2
    assert result.stderr == f"brief: error: {config}: {problem}\n"


def test_a_digest_needs_an_input_or_a_feed() -> None:
    result = CliRunner().invoke(app, ["digest"], env={"BRIEF_CONFIG": "/dev/null"})
    assert result.exit_code == 2
    assert "give articles, folders, - or a --feed" in result.stderr


def test_a_site_page_leads_to_its_feed(news_site: Site, tmp_path: Path) -> None:
    home = '<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>News</body></html>'
    news_site.page("/", home)
    news_site.page("/plain", "<html><body><p>No feed here.</p></body></html>")
    with feed_run([news_site.url("/"), news_site.url("/plain")], folder=tmp_path) as run:
        outcomes = list(run.articles())
    assert outcomes[0] == Failure(
        news_site.url("/plain"), "is a web page that names no RSS, Atom or JSON feed"
    )
    assert [getattr(a, "path", None) for a in outcomes[1:]] == [
        news_site.url("/news/bridge"),
        news_site.url("/market"),
    ]


def test_a_state_folder_that_cannot_be_made_is_one_line_and_exit_3(tmp_path: Path) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the state folder should be")
    result = CliRunner().invoke(
        app, ["digest", "--feed", "http://127.0.0.1:1/rss"], env={"XDG_STATE_HOME": str(blocker)}
    )
    assert result.exit_code == 3
    assert result.stderr.startswith(f"brief: error: {blocker / 'brief'}: cannot keep the state")
