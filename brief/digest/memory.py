"""What earlier digests showed, so that today's digest can say what continues and what is new.

    $XDG_STATE_HOME/brief/digests.json    (default ~/.local/state/brief/digests.json)

beside the feed state (`brief.inputs.feed_state`). For each story a digest showed, the memory
keeps a `Thread`: which digest showed it last and as which story, since when it has been
shown, how many reports it has had, the mean event profile of its latest reports, and the
people, figures and quotes its reports carried. A story of today continues the thread most
alike when the mean of its reports' profiles and the thread's are alike by `SAME_EVENT` (the
mean cosine of their reports, the measure that groups reports into stories); two stories of
today may continue one thread. Threads not continued for `KEEP_DAYS` are forgotten.

A run holds `digests.lock` beside the file from reading the memory to writing it back; the
file is replaced atomically. A memory file that cannot be read is reported as a warning and
started afresh (the cost: one digest that marks nothing as continuing).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from brief.digest.profiles import FEATURES_PER_ARTICLE, Profile, name_key
from brief.digest.stories import SAME_EVENT, cross_similarities
from brief.output import write_atomically

if TYPE_CHECKING:
    from brief.digest.builder import Digest

MEMORY_FILE = "digests.json"
LOCK_FILE = "digests.lock"
KEEP_DAYS = 7
_FORMAT = 1


@dataclass(frozen=True, slots=True)
class StoryItems:
    """What a story's reports carry that a reader would not want twice: the people in them,
    their figures (as written, with what they count) and their quotes and claims."""

    people: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()

    def without(self, shown: StoryItems) -> StoryItems:
        """The items not among `shown` (compared case- and spacing-insensitively; people by
        surname, so "Trelawney" is not new after "Jane Trelawney")."""
        return StoryItems(
            _unseen(self.people, shown.people, _surname),
            _unseen(self.figures, shown.figures, name_key),
            _unseen(self.quotes, shown.quotes, name_key),
        )

    def union(self, other: StoryItems) -> StoryItems:
        """These items, then those of `other` not among them."""
        more = other.without(self)
        return StoryItems(
            self.people + more.people, self.figures + more.figures, self.quotes + more.quotes
        )


@dataclass(frozen=True, slots=True)
class Continuation:
    """Which earlier story a story continues: the digest that showed it last (its id) and
    its place among that digest's stories, since when it has been shown, and how many
    reports it has had so far, today's included."""

    digest: str
    story: int
    since: str
    reports: int


@dataclass(frozen=True, slots=True)
class Thread:
    """One remembered story."""

    digest: str
    story: int
    headline: str
    since: float
    seen: float
    reports: int
    centroid: Profile
    items: StoryItems


def digest_id(now: float) -> str:
    """A digest's id: the time it was made, in UTC, to the second."""
    return datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def centroid(profiles: Iterable[Profile]) -> Profile:
    """The mean of some profiles (not made unit length: the similarity of two means is the
    mean similarity of their reports, time agreement included), its `FEATURES_PER_ARTICLE`
    heaviest features."""
    total: dict[str, float] = {}
    times: dict[str, float] = {}
    count = dated = 0.0
    for profile in profiles:
        count += 1
        dated += profile.dated
        for feature, value in profile.features:
            total[feature] = total.get(feature, 0.0) + value
        for feature, value in profile.times:
            times[feature] = times.get(feature, 0.0) + value
    count = max(count, 1)
    ranked = sorted(total.items(), key=lambda item: (-item[1], item[0]))[:FEATURES_PER_ARTICLE]
    return Profile(
        tuple((feature, value / count) for feature, value in ranked),
        tuple((feature, value / count) for feature, value in sorted(times.items())),
        dated / count,
    )


def match(centroids: Sequence[Profile], threads: Sequence[Thread]) -> list[Thread | None]:
    """The thread each story continues (or None): the one most alike (the earliest on a tie),
    when alike by `SAME_EVENT` or more. Two stories of today may continue one thread (an
    event told apart today, or a story that split). All pairs are scored at once, as sparse
    matrices: a week of remembered stories is thousands."""
    if not centroids or not threads:
        return [None] * len(centroids)
    scores = cross_similarities(centroids, [thread.centroid for thread in threads])
    best = scores.argmax(axis=1).tolist()
    return [
        threads[column] if scores[row, column] >= SAME_EVENT else None
        for row, column in enumerate(best)
    ]


def continuation(thread: Thread, reports: int) -> Continuation:
    """How a story that continues `thread` with `reports` reports today says so."""
    return Continuation(
        thread.digest, thread.story, digest_id(thread.since), thread.reports + reports
    )


def remember(
    threads: Sequence[Thread], digest: Digest, centroids: Sequence[Profile], now: float
) -> list[Thread]:
    """The memory after `digest` (made at `now`, its stories' mean profiles `centroids`):
    each thread a story continued moves on (as each of the stories that continued it), each
    new story starts one, and threads not seen for `KEEP_DAYS` go."""
    by_place = {(thread.digest, thread.story): thread for thread in threads}
    continued = {
        (story.continues.digest, story.continues.story)
        for story in digest.stories
        if story.continues is not None
    }
    kept = [
        thread
        for key, thread in by_place.items()
        if key not in continued and now - thread.seen < KEEP_DAYS * 86_400
    ]
    for number, (story, profile) in enumerate(zip(digest.stories, centroids, strict=True)):
        fresh = Thread(
            digest.made or digest_id(now),
            number,
            story.headline,
            now,
            now,
            len(story.articles),
            profile,
            story.items,
        )
        earlier = (
            by_place.get((story.continues.digest, story.continues.story))
            if story.continues is not None
            else None
        )
        if earlier is not None:
            fresh = replace(
                fresh,
                since=earlier.since,
                reports=story.continues.reports if story.continues else fresh.reports,
                items=earlier.items.union(story.items),
            )
        kept.append(fresh)
    return kept


@contextmanager
def held(folder: Path) -> Iterator[None]:
    """Hold the memory's lock (waiting for another run to finish with it)."""
    from brief.inputs.feed_state import locked

    with locked(folder, LOCK_FILE):
        yield


def load(folder: Path, warn: Callable[[str], None]) -> list[Thread]:
    """The threads remembered in `folder`; none yet is none, and so (with a warning) is a
    memory file that cannot be read."""
    path = folder / MEMORY_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            raise ValueError("unknown format")
        return [_thread(item) for item in data["stories"]]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
        reason = type(error).__name__ if isinstance(error, OSError) else "not a digest memory"
        warn(f"{path}: {reason}; starting afresh (no story is marked as continuing this time)")
        return []


def save(folder: Path, threads: Sequence[Thread]) -> None:
    """Write the memory atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    data = {"format": _FORMAT, "stories": [_plain(thread) for thread in threads]}
    write_atomically(folder / MEMORY_FILE, json.dumps(data) + "\n")


def _surname(name: str) -> str:
    words = name_key(name).split()
    return words[-1] if words else ""


def _thread(item: dict[str, Any]) -> Thread:
    items = item["items"]
    return Thread(
        digest=str(item["digest"]),
        story=int(item["story"]),
        headline=str(item["headline"]),
        since=float(item["since"]),
        seen=float(item["seen"]),
        reports=int(item["reports"]),
        centroid=Profile(
            _vector(item["centroid"]),
            _vector(item.get("times", [])),  # memories written before dates counted
            float(item.get("dated", 0.0)),
        ),
        items=StoryItems(
            tuple(map(str, items["people"])),
            tuple(map(str, items["figures"])),
            tuple(map(str, items["quotes"])),
        ),
    )


def _plain(thread: Thread) -> dict[str, Any]:
    return {
        "digest": thread.digest,
        "story": thread.story,
        "headline": thread.headline,
        "since": thread.since,
        "seen": thread.seen,
        "reports": thread.reports,
        "centroid": _rounded(thread.centroid.features),
        "times": _rounded(thread.centroid.times),
        "dated": round(thread.centroid.dated, 6),
        "items": {
            "people": list(thread.items.people),
            "figures": list(thread.items.figures),
            "quotes": list(thread.items.quotes),
        },
    }


def _vector(pairs: Any) -> tuple[tuple[str, float], ...]:
    return tuple((str(feature), float(value)) for feature, value in pairs)


def _rounded(vector: tuple[tuple[str, float], ...]) -> list[list[Any]]:
    return [[feature, round(value, 6)] for feature, value in vector]


def _unseen(
    items: tuple[str, ...], shown: tuple[str, ...], key_of: Callable[[str], str]
) -> tuple[str, ...]:
    known = {key_of(item) for item in shown}
    fresh: list[str] = []
    for item in items:
        key = key_of(item)
        if key not in known:
            known.add(key)
            fresh.append(item)
    return tuple(fresh)


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").casefold().split())
