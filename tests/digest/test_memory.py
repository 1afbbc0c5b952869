"""Since the last digest: a story that continues an earlier digest's is marked as continuing,
and only what is new in it is shown."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief import summarize
from brief.cli import app
from brief.digest import memory
from brief.digest.builder import Digest, DigestBuilder
from brief.digest.profiles import similarity, time_agreement
from brief.digest.render_markdown import what_is_new
from brief.records import Brief, Number, Quote
from tests.digest.test_events import PAGES, PATCHES, dated, page_brief

DAY = 86_400.0
NOW = 1_800_000_000.0


def with_parts(brief: Brief, quotes: tuple[str, ...] = (), figures: tuple[str, ...] = ()) -> Brief:
    """A brief with quotes by its first person and figures (money) in its key sentence."""
    speaker = brief.entities[0].name
    return Brief(
        source=brief.source,
        title=brief.title,
        summary=brief.summary,
        sections=brief.sections,
        entities=brief.entities,
        numbers=tuple(
            Number(text, 1.0, None, None, None, "GBP", None, "money", "", 3, 0, 4)
            for text in figures
        ),
        quotes=tuple(Quote(text, speaker, "said", "direct", 3, 0, 1) for text in quotes),
    )


def digest_of(
    briefs: list[Brief], threads: list[memory.Thread], when: float
) -> tuple[Digest, list[memory.Thread]]:
    """One day's digest and the memory after it."""
    builder = DigestBuilder()
    for brief in briefs:
        builder.add(brief)
    made = memory.digest_id(when)
    digest = builder.finish(threads, made=made)
    return digest, memory.remember(threads, digest, builder.centroids, when)


def ferry(path: str, quotes: tuple[str, ...] = (), figures: tuple[str, ...] = ()) -> Brief:
    return with_parts(page_brief(path, *PAGES[0]), quotes, figures)


def test_a_story_of_yesterday_continues_and_shows_only_what_is_new() -> None:
    day1, threads = digest_of(
        [ferry("a.txt", ("Nobody was hurt.",), ("£2m",)), page_brief("b.txt", *PAGES[2])],
        [],
        NOW,
    )
    assert [story.continues for story in day1.stories] == [None, None]
    day2, threads = digest_of(
        [ferry("c.txt", ("Nobody was hurt.", "We were lucky."), ("£2m", "£5m"))],
        threads,
        NOW + DAY,
    )
    [story] = day2.stories
    assert story.continues == memory.Continuation(day1.made, 0, day1.made, 2)
    assert story.new == memory.StoryItems(people=(), figures=("£5m",), quotes=("We were lucky.",))
    # The day's parts carry only what is new, too.
    assert [q.text for s in day2.speakers for q in s.quotes] == ["We were lucky."]
    assert [n.number.text for n in day2.numbers] == ["£5m"]
    assert "We were lucky." in what_is_new(story) and "hurt" not in what_is_new(story)
    # A third day: since the first, three reports so far.
    day3, _ = digest_of([ferry("d.txt")], threads, NOW + 2 * DAY)
    assert day3.stories[0].continues == memory.Continuation(day2.made, 0, day1.made, 3)


def test_an_unrelated_story_does_not_continue_and_old_stories_are_forgotten() -> None:
    _, threads = digest_of([ferry("a.txt")], [], NOW)
    day2, _ = digest_of([page_brief("b.txt", *PAGES[4])], threads, NOW + DAY)
    assert day2.stories[0].continues is None
    _, kept = digest_of(
        [page_brief("b.txt", *PAGES[4])], threads, NOW + (memory.KEEP_DAYS + 1) * DAY
    )
    assert [thread.headline for thread in kept] == [PAGES[4][0]]


def test_the_memory_survives_a_round_trip_and_a_bad_file_is_warned_about(tmp_path: Path) -> None:
    _, threads = digest_of([ferry("a.txt", ("Nobody was hurt.",), ("£2m",))], [], NOW)
    memory.save(tmp_path, threads)
    [loaded] = memory.load(tmp_path, print)
    [thread] = threads
    assert replace(loaded, centroid=thread.centroid) == thread  # the profile, to 6 decimals:
    assert loaded.centroid.as_dict() == pytest.approx(thread.centroid.as_dict(), abs=1e-6)
    (tmp_path / memory.MEMORY_FILE).write_text('{"format": 1, "stories": [{}]}')
    warnings: list[str] = []
    assert memory.load(tmp_path, warnings.append) == []
    assert len(warnings) == 1 and "starting afresh" in warnings[0]


def test_matching_scores_every_pair_as_the_grouping_does() -> None:
    # All pairs at once (sparse matrices) pick what one pair at a time would: the thread most
    # alike (words, actors and places, and dates), the earliest of equals, none below
    # SAME_EVENT.
    threads = []
    for day, page in enumerate([0, 2, 0, 4, 1]):
        brief = replace(page_brief(f"t{day}.txt", *PAGES[page]), dates=tuple(dated(("2024", 1))))
        threads += digest_of([brief], [], NOW + day * DAY)[1]
    builder = DigestBuilder()
    for number, page in enumerate([0, 4, 5, 1]):
        year = "2019" if page == 1 else "2024"
        builder.add(
            replace(page_brief(f"s{number}.txt", *PAGES[page]), dates=tuple(dated((year, 1))))
        )
    builder.finish()
    found = memory.match(builder.centroids, threads)
    expected = []
    for centroid in builder.centroids:
        scores = [
            similarity(centroid.as_dict(), thread.centroid.as_dict())
            + time_agreement(centroid, thread.centroid)
            for thread in threads
        ]
        best = scores.index(max(scores))
        expected.append(threads[best] if scores[best] >= memory.SAME_EVENT else None)
    assert found == expected
    assert [thread.headline if thread else None for thread in found] == [
        PAGES[0][0], PAGES[4][0], None, PAGES[1][0]
    ]  # fmt: skip
    assert found[0] is threads[0]  # two threads of the ferry: the earlier
    assert memory.match([], threads) == [] and memory.match(builder.centroids, []) == [None] * 4


@pytest.mark.model
def test_a_look_alike_event_years_later_does_not_continue_the_old_story() -> None:
    old = [summarize(PATCHES[name], path=name) for name in ("patch_2008_1.txt", "patch_2008_2.txt")]
    new = [summarize(PATCHES[name], path=name) for name in ("patch_2013_1.txt", "patch_2013_2.txt")]
    _, threads = digest_of(old, [], NOW)
    day2, _ = digest_of(new, threads, NOW + DAY)
    assert [story.continues for story in day2.stories] == [None]
    undated = [replace(brief, dates=()) for brief in new]  # nothing tells the years apart
    day2, _ = digest_of(undated, threads, NOW + DAY)
    assert [story.continues is not None for story in day2.stories] == [True]


def test_a_memory_written_before_dates_counted_still_loads(tmp_path: Path) -> None:
    brief = replace(ferry("a.txt"), dates=tuple(dated(("2024-05-01", 0.75))))
    _, threads = digest_of([brief], [], NOW)
    memory.save(tmp_path, threads)
    [loaded] = memory.load(tmp_path, print)
    assert loaded.centroid.times == (("y:2024", 1.0),) and loaded.centroid.dated == 1.0
    data = json.loads((tmp_path / memory.MEMORY_FILE).read_text())
    for story in data["stories"]:
        del story["times"], story["dated"]
    (tmp_path / memory.MEMORY_FILE).write_text(json.dumps(data))
    [older] = memory.load(tmp_path, print)
    assert older.centroid.times == () and older.centroid.dated == 0.0
    assert older.centroid.features == loaded.centroid.features


# --- the command -----------------------------------------------------------------------------

STORM = """Storm Dara cuts power to 40,000 homes in Cornwall

Storm Dara battered the Cornish coast on Tuesday, cutting power to 40,000 homes and closing the harbour at Penzance, officials said.

"We have never seen a storm like this in November," said Jane Trelawney, the leader of Cornwall Council.
"""
STORM_AGAIN = """Storm Dara: Penzance harbour stays closed

The harbour at Penzance stayed closed on Wednesday as Storm Dara lashed the Cornish coast and 40,000 homes in Cornwall were still without power.

"Our crews are working through the night," said Jane Trelawney, the leader of Cornwall Council.
"""


def run(*args: str, state: Path, config: str | None = None) -> object:
    env = {"XDG_STATE_HOME": str(state)}
    if config is not None:
        env["BRIEF_CONFIG"] = config
    return CliRunner().invoke(app, ["digest", *args], env=env)


@pytest.mark.model
def test_the_next_days_digest_marks_the_story_continuing(tmp_path: Path) -> None:
    (tmp_path / "day1").mkdir()
    (tmp_path / "day2").mkdir()
    (tmp_path / "day1" / "storm.txt").write_text(STORM)
    (tmp_path / "day2" / "storm.txt").write_text(STORM_AGAIN)
    state = tmp_path / "state"
    assert run(str(tmp_path / "day1"), "-o", str(tmp_path / "d1.md"), state=state).exit_code == 0  # type: ignore[attr-defined]
    second = run(str(tmp_path / "day2"), "-f", "jsonl", state=state)
    record = json.loads(second.stdout.splitlines()[-1])  # type: ignore[attr-defined]
    [story] = record["stories"]
    assert story["continues"]["story"] == 0 and story["continues"]["reports"] == 2
    assert story["new"]["quotes"] == ["Our crews are working through the night"]
    assert "We have never seen" not in json.dumps(story["new"])
    markdown = run(str(tmp_path / "day2"), "-o", str(tmp_path / "d2.md"), state=state)
    assert markdown.exit_code == 0  # type: ignore[attr-defined]
    text = (tmp_path / "d2.md").read_text()
    assert "*Continuing since " in text and "3 reports so far" in text
    # --forget starts afresh; --no-memory neither reads nor writes; so does memory: false.
    forgot = run(str(tmp_path / "day2"), "-f", "jsonl", "--forget", state=state)
    assert json.loads(forgot.stdout.splitlines()[-1])["stories"][0]["continues"] is None  # type: ignore[attr-defined]
    after = run(str(tmp_path / "day2"), "-f", "jsonl", "--no-memory", state=state)
    assert json.loads(after.stdout.splitlines()[-1])["stories"][0]["continues"] is None  # type: ignore[attr-defined]
    config = tmp_path / "config.yaml"
    config.write_text("memory: false\n")
    off = run(str(tmp_path / "day2"), "-f", "jsonl", state=state, config=str(config))
    assert json.loads(off.stdout.splitlines()[-1])["stories"][0]["continues"] is None  # type: ignore[attr-defined]
    # Only the --forget run was remembered since: its story is the one the memory holds.
    [thread] = json.loads((state / "brief" / memory.MEMORY_FILE).read_text())["stories"]
    assert thread["reports"] == 1


def test_a_bad_memory_setting_is_a_usage_error(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("memory: sometimes\n")
    result = run(str(tmp_path), state=tmp_path, config=str(config))
    assert result.exit_code == 2  # type: ignore[attr-defined]
    assert result.stderr == f"brief: error: {config}: memory must be true or false\n"  # type: ignore[attr-defined]
