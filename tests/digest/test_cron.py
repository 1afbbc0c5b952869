"""Cron-safe digests, against a loopback server: every feed request conditional, failed items
kept and retried then given up, silence when there is nothing new, output folders made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.inputs.feed_state import STATE_FILE, FailedItem, load_state
from brief.inputs.feeds import feed_run
from brief.records import Failure
from tests.inputs.test_feeds import RSS, conditional
from tests.inputs.test_web import BODY, page
from tests.inputs.web_server import Answer, Site, serve

HOUR = 3600.0
START = 1_800_000_000.0


def recording(site: Site, path: str, body: bytes, etag: str) -> list[dict[str, str]]:
    """Serve a conditional feed at `path`; the list of each request's headers."""
    asked: list[dict[str, str]] = []
    answer = conditional(body, etag)

    def route(headers: dict[str, str]) -> Answer:
        asked.append(headers)
        return answer(headers)  # type: ignore[operator,no-any-return]

    site.routes[path] = route
    return asked


def run_once(site: Site, folder: Path, now: float) -> tuple[list[object], list[str]]:
    """One cron run over the feed at /rss: its outcomes and its warnings."""
    warnings: list[str] = []
    with feed_run([site.url("/rss")], folder=folder, warn=warnings.append, now=now) as run:
        outcomes = list(run.articles())
        run.commit()
    return outcomes, warnings


@pytest.fixture
def dead_item_site() -> object:
    """A feed of two items whose second page (/market) answers 404 for ever."""
    with serve() as site:
        asked = recording(site, "/rss", RSS.format(base=site.base).encode(), '"v1"')
        site.page("/news/bridge", page(BODY))
        yield site, asked


def test_every_feed_request_is_conditional_even_after_a_failed_item(
    dead_item_site: tuple[Site, list[dict[str, str]]], tmp_path: Path
) -> None:
    site, asked = dead_item_site
    run_once(site, tmp_path, START)
    run_once(site, tmp_path, START + HOUR)
    assert "If-None-Match" not in asked[0]
    assert asked[1]["If-None-Match"] == '"v1"'  # the failed item did not cost the ETag


def test_a_dead_item_is_retried_then_given_up_after_3_runs_and_24_hours(
    dead_item_site: tuple[Site, list[dict[str, str]]], tmp_path: Path
) -> None:
    site, _ = dead_item_site
    dead = site.url("/market")
    failure = Failure(dead, "the server answered HTTP 404 Not Found")
    first, _ = run_once(site, tmp_path, START)
    assert first[1] == failure
    # Kept in the feed state, and retried although the feed answers 304 Not Modified.
    state = load_state(tmp_path, print)
    assert state.failed == {dead: FailedItem(site.url("/rss"), dead, START, 1, failure.problem)}
    for hours in (1, 2):  # three failed runs, but not yet 24 hours
        assert run_once(site, tmp_path, START + hours * HOUR) == ([failure], [])
    outcomes, warnings = run_once(site, tmp_path, START + 25 * HOUR)
    assert outcomes == []  # no longer fails the run...
    assert warnings == [f"{dead}: given up after 4 failed runs over 25 hours ({failure.problem})"]
    assert run_once(site, tmp_path, START + 26 * HOUR) == ([], [])  # ...and is not asked again
    assert site.hits["/market"] == 4 and site.hits["/news/bridge"] == 1


def test_24_hours_are_not_enough_without_3_failed_runs(
    dead_item_site: tuple[Site, list[dict[str, str]]], tmp_path: Path
) -> None:
    site, _ = dead_item_site
    run_once(site, tmp_path, START)
    second, _ = run_once(site, tmp_path, START + 30 * HOUR)
    assert [getattr(outcome, "source", None) for outcome in second] == [site.url("/market")]
    third, warnings = run_once(site, tmp_path, START + 31 * HOUR)
    assert third == [] and len(warnings) == 1


def test_a_feed_state_of_format_1_is_still_read(tmp_path: Path) -> None:
    (tmp_path / STATE_FILE).write_text(
        json.dumps({"format": 1, "feeds": {"http://x/rss": {"etag": '"e"'}}, "seen": {"k": 5}})
    )
    state = load_state(tmp_path, print)
    assert state.feeds["http://x/rss"].etag == '"e"' and state.seen == {"k": 5.0}
    assert state.failed == {}


# --- the command -----------------------------------------------------------------------------


def digest(*args: str, state: Path, config: Path | None = None) -> object:
    env = {"XDG_STATE_HOME": str(state)}
    if config is None:
        args = (*args, "--no-config")
    else:
        env["BRIEF_CONFIG"] = str(config)
    return CliRunner().invoke(app, ["digest", *args], env=env)


def test_a_cron_run_with_nothing_new_is_silent_and_exits_0(tmp_path: Path) -> None:
    with serve() as site:
        site.routes["/rss"] = conditional(RSS.format(base=site.base).encode(), '"v1"')  # type: ignore[assignment]
        site.page("/news/bridge", page(BODY))
        site.page("/market", page(BODY))
        # A first run read every item; now the feed answers 304 and nothing is new.
        with feed_run([site.url("/rss")], folder=tmp_path / "brief") as run:
            assert len(list(run.articles())) == 2
            run.commit()
        out = tmp_path / "digest.md"
        quiet = digest("--feed", site.url("/rss"), "-o", str(out), state=tmp_path)
        assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (0, "", "")  # type: ignore[attr-defined]
        assert not out.exists()
        to_stdout = digest("--feed", site.url("/rss"), state=tmp_path)
        assert (to_stdout.exit_code, to_stdout.stdout, to_stdout.stderr) == (0, "", "")  # type: ignore[attr-defined]
        told = digest("--feed", site.url("/rss"), "-o", str(out), "-v", state=tmp_path)
        assert "nothing new to digest" in told.stderr  # type: ignore[attr-defined]


ARTICLE = "Bridge reopens\n\nThe old bridge reopened on Monday after two years of repairs.\n"


@pytest.mark.model
def test_output_folders_are_made(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE)
    out = tmp_path / "digests" / "2026" / "today.md"
    result = digest(str(tmp_path / "news"), "-o", str(out), state=tmp_path)
    assert result.exit_code == 0 and out.exists()  # type: ignore[attr-defined]
    config = tmp_path / "config.yaml"
    config.write_text(f"output_folder: {tmp_path / 'made' / 'here'}\n")
    result = digest(str(tmp_path / "news"), state=tmp_path, config=config)
    assert result.exit_code == 0  # type: ignore[attr-defined]
    [written] = (tmp_path / "made" / "here").iterdir()
    assert written.name.startswith("digest-") and written.suffix == ".md"


def test_failed_items_of_a_feed_no_longer_read_are_forgotten_in_time() -> None:
    from brief.inputs.feed_state import KEEP_DAYS, FeedState

    state = FeedState()
    state.fail("k", "http://x/rss", "http://x/k", "gone", START)
    state.forget_old(now=START + (KEEP_DAYS - 1) * 24 * HOUR)
    assert "k" in state.failed
    state.forget_old(now=START + (KEEP_DAYS + 1) * 24 * HOUR)
    assert state.failed == {}
