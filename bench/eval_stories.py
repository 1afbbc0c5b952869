"""Score `brief digest`'s stories against ECB+ event labels: one story per event, across outlets.

    .venv/bin/python bench/eval_stories.py [--folder ../shared/eval/ecb_dev] [--keep digest.jsonl]
    .venv/bin/python bench/eval_stories.py --digest digest.jsonl     # score a digest already made
    .venv/bin/python bench/eval_stories.py --two-days                # the two-day test as well
    .venv/bin/python bench/eval_stories.py --regroup digest.jsonl    # regroup kept briefs
    .venv/bin/python bench/eval_stories.py --regroup digest.jsonl --mixed   # ... and list mixes

Runs one `brief digest FOLDER -f jsonl` over every article of the folder (as a separate process,
with an empty state folder, so earlier digests are not remembered) and scores its stories
against `labels.jsonl` (per file: its `event` and `topic`):

- B-cubed precision, recall and F1 (per article: the share of its story that reports its event,
  and the share of its event that is in its story; averaged over articles);
- pairwise precision and recall (pairs of articles in one story that report one event);
- stories that mix two events of one topic (the topic's look-alike events: two earthquakes, two
  rehab stays), and stories that mix topics;

for all topics and for each half of them. Topic ids are the corpus's (all odd in this split), so
the halves alternate in their order: half A holds topics 1, 5, 9, ... (`id // 2` even), half B
topics 3, 7, 11, ... A story is scored within a half by the articles of that half it holds.

`--regroup FILE` groups the briefs a kept digest holds (its article records) again with the
grouping code as it is now, without briefing anything: the quick way to try a change to the
event profiles or the grouping (scores as above; the articles' briefs stay as they were).

`--mixed` also lists the stories that mix events: per story its events and how many reports
of each, then each report's file, event, the dates its brief gives (normalised value and
salience) and its title: what tells (or would tell) the events apart.

`--two-days` also runs the two-day test: day 1 digests the first half (by file name) of each
event's reports, day 2 the rest, with the same state folder (the digest memory); it counts the
day-2 stories marked continuing, those whose events were on day 1, those that continue a
day-1 story of their own event, and whether a continuing story shows only what is new: the
items (people, figures, quotes) it shows that its day-1 story already had.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FOLDER = next(
    (
        folder / "shared" / "eval" / "ecb_dev"
        for folder in ROOT.parents
        if (folder / "shared" / "eval" / "ecb_dev").exists()
    ),
    ROOT.parent / "shared" / "eval" / "ecb_dev",
)


@dataclass(frozen=True, slots=True)
class Scores:
    """How well stories match events, over one set of articles."""

    articles: int
    events: int
    stories: int
    b3_precision: float
    b3_recall: float
    pair_precision: float
    pair_recall: float
    lookalike_merges: int  # stories holding two events of one topic
    topic_merges: int  # stories holding two topics

    @property
    def b3_f1(self) -> float:
        """The harmonic mean of B-cubed precision and recall."""
        total = self.b3_precision + self.b3_recall
        return 2 * self.b3_precision * self.b3_recall / total if total else 0.0


def labels(folder: Path) -> dict[str, dict[str, Any]]:
    """Each file's label record, by file name."""
    with (folder / "labels.jsonl").open(encoding="utf-8") as lines:
        return {row["file"]: row for row in map(json.loads, lines)}


def half(topic: str) -> str:
    """ "A" or "B": topics alternate between the halves in their order."""
    return "A" if int(topic) // 2 % 2 == 0 else "B"


def score(stories: Sequence[Sequence[str]], gold: dict[str, dict[str, Any]]) -> Scores:
    """Score `stories` (each a list of file names) against the labels of the files they hold;
    files without a label are left out."""
    clusters = [[name for name in story if name in gold] for story in stories]
    clusters = [cluster for cluster in clusters if cluster]
    event_size = Counter(gold[name]["event"] for cluster in clusters for name in cluster)
    topic_of = {row["event"]: row["topic"] for row in gold.values()}
    precision = recall = 0.0
    same_story = same_event = both = 0
    lookalikes = topics = 0
    for cluster in clusters:
        counts = Counter(gold[name]["event"] for name in cluster)
        for event, n in counts.items():
            precision += n * n / len(cluster)
            recall += n * n / event_size[event]
            both += n * (n - 1) // 2
        same_story += len(cluster) * (len(cluster) - 1) // 2
        by_topic = Counter(topic_of[event] for event in counts)
        lookalikes += any(n > 1 for n in by_topic.values())
        topics += len(by_topic) > 1
    same_event = sum(n * (n - 1) // 2 for n in event_size.values())
    count = sum(event_size.values())
    return Scores(
        articles=count,
        events=len(event_size),
        stories=len(clusters),
        b3_precision=precision / count if count else 0.0,
        b3_recall=recall / count if count else 0.0,
        pair_precision=both / same_story if same_story else 1.0,
        pair_recall=both / same_event if same_event else 1.0,
        lookalike_merges=lookalikes,
        topic_merges=topics,
    )


def scores_by_half(
    stories: Sequence[Sequence[str]], gold: dict[str, dict[str, Any]]
) -> dict[str, Scores]:
    """Scores over half A, half B and all topics."""
    result = {}
    for name in ("A", "B"):
        part = {file: row for file, row in gold.items() if half(row["topic"]) == name}
        result[name] = score(stories, part)
    result["all"] = score(stories, gold)
    return result


def digest(
    files: Sequence[Path], state: Path, output: Path, extra: Sequence[str] = ()
) -> dict[str, Any]:
    """Run `brief digest` over `files` (a list on stdin) as a separate process, and return
    the digest record of its JSON Lines output."""
    command = [sys.executable, "-m", "brief", "digest", "-", "-f", "jsonl", "-o", str(output)]
    environment = {**os.environ, "XDG_STATE_HOME": str(state)}
    listing = "".join(f"{path}\n" for path in files)
    done = subprocess.run(
        [*command, *extra], input=listing, text=True, env=environment, check=False
    )
    if done.returncode not in (0, 1):
        sys.exit(f"brief digest failed ({done.returncode})")
    return last_record(output)


def last_record(path: Path) -> dict[str, Any]:
    """The final (digest) record of a JSON Lines digest."""
    last = ""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                last = line
    record: dict[str, Any] = json.loads(last)
    return record


def story_files(record: dict[str, Any]) -> list[list[str]]:
    """Each story's articles, by file name."""
    return [[Path(source).name for source in story["sources"]] for story in record["stories"]]


def article_records(path: Path) -> dict[str, dict[str, Any]]:
    """The brief records a kept JSON Lines digest holds, by file name (the digest record
    left out)."""
    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return {
        Path(record["source"]["path"]).name: record for record in records if "stories" not in record
    }


def regrouped(path: Path) -> list[list[str]]:
    """The stories the grouping makes now of the briefs a kept JSON Lines digest holds, each a
    list of file names."""
    from brief.digest.profiles import profile
    from brief.digest.stories import group_stories
    from brief.records import Date, Entity

    names, profiles = [], []
    for name, record in article_records(path).items():
        texts = [record["title"] or ""]
        texts += [p for section in record["sections"] for p in section["paragraphs"]]
        entities = [Entity(**{**e, "aliases": tuple(e["aliases"])}) for e in record["entities"]]
        dates = [Date(**date) for date in record["dates"]]
        names.append(name)
        profiles.append(profile(texts, entities, dates))
    return [[names[index] for index in group] for group in group_stories(profiles)]


def mixed(
    stories: Sequence[Sequence[str]],
    gold: dict[str, dict[str, Any]],
    records: dict[str, dict[str, Any]],
) -> str:
    """The stories that mix events, as Markdown: each story's events (reports of each), then
    each report's file, event, dates (value and salience) and title."""
    lines = []
    for story in stories:
        events = Counter(gold[name]["event"] for name in story if name in gold)
        if len(events) < 2:
            continue
        lines.append("- " + ", ".join(f"{event}: {n}" for event, n in sorted(events.items())))
        for name in sorted(story, key=lambda name: (gold.get(name, {}).get("event", ""), name)):
            record = records.get(name, {})
            dates = " ".join(
                f"{date['value']}@{date['salience']:g}"
                for date in record.get("dates", [])
                if date["value"]
            )
            event = gold.get(name, {}).get("event", "?")
            title = record.get("title") or ""
            lines.append(f"  - {name} ({event}; dates: {dates or '-'}): {title}")
    return "\n".join(lines) if lines else "- none"


def table(results: dict[str, Scores]) -> str:
    """The scores as a Markdown table, one column per half."""
    rows = [
        ("articles", lambda s: str(s.articles)),
        ("events", lambda s: str(s.events)),
        ("stories", lambda s: str(s.stories)),
        ("B-cubed precision", lambda s: f"{s.b3_precision:.3f}"),
        ("B-cubed recall", lambda s: f"{s.b3_recall:.3f}"),
        ("**B-cubed F1**", lambda s: f"**{s.b3_f1:.3f}**"),
        ("pairwise precision", lambda s: f"{s.pair_precision:.3f}"),
        ("pairwise recall", lambda s: f"{s.pair_recall:.3f}"),
        ("stories mixing two events of one topic", lambda s: str(s.lookalike_merges)),
        ("stories mixing topics", lambda s: str(s.topic_merges)),
    ]
    names = {"A": "half A (topics 1, 5, 9, …)", "B": "half B (topics 3, 7, 11, …)", "all": "all"}
    lines = [
        "| measure | " + " | ".join(names[key] for key in results) + " |",
        "|---" * (len(results) + 1) + "|",
    ]
    for label, cell in rows:
        lines.append(f"| {label} | " + " | ".join(cell(s) for s in results.values()) + " |")
    return "\n".join(lines)


def two_days(folder: Path, gold: dict[str, dict[str, Any]], scratch: Path) -> str:
    """The two-day test, as Markdown lines."""
    by_event: dict[str, list[str]] = defaultdict(list)
    for name in sorted(gold):
        by_event[gold[name]["event"]].append(name)
    first = sorted(name for names in by_event.values() for name in names[: len(names) // 2])
    second = sorted(name for names in by_event.values() for name in names[len(names) // 2 :])
    state = scratch / "two-days"
    day1 = digest([folder / n for n in first], state, scratch / "day1.jsonl")
    day2 = digest([folder / n for n in second], state, scratch / "day2.jsonl")
    events_on_day1 = {gold[Path(s).name]["event"] for st in day1["stories"] for s in st["sources"]}

    def events(story: dict[str, Any]) -> set[str]:
        return {gold[Path(source).name]["event"] for source in story["sources"]}

    continuing = [story for story in day2["stories"] if story["continues"]]
    could = [story for story in day2["stories"] if events(story) & events_on_day1]
    right = [
        story
        for story in continuing
        if events(story) & events(day1["stories"][story["continues"]["story"]])
    ]
    repeats = sum(repeated_items(story, day1) for story in continuing)
    continued = Counter(story["continues"]["story"] for story in continuing)
    shared = sum(n for n in continued.values() if n > 1)
    shown = sum(len(story["new"][kind]) for story in continuing for kind in KINDS)
    return "\n".join(
        [
            f"- day 1: {len(first)} articles, {len(day1['stories'])} stories; "
            f"day 2: {len(second)} articles, {len(day2['stories'])} stories",
            f"- day-2 stories whose event was on day 1: {len(could)} of {len(day2['stories'])}; "
            f"marked continuing: {len(continuing)}; continuing a day-1 story of their own "
            f"event: {len(right)}; sharing the day-1 story they continue with another "
            f"day-2 story: {shared} (continuing {sum(n > 1 for n in continued.values())})",
            f"- items the continuing stories show as new: {shown}; of them already shown on "
            f"day 1 for the story they continue: {repeats}",
        ]
    )


KINDS = ("people", "figures", "quotes")


def repeated_items(story: dict[str, Any], day1: dict[str, Any]) -> int:
    """How many of a continuing story's new items (people, figures, quotes) the day-1 story
    it continues already had."""
    earlier = day1["stories"][story["continues"]["story"]]["items"]
    return sum(
        len(
            {item.casefold() for item in story["new"][kind]}
            & {item.casefold() for item in earlier[kind]}
        )
        for kind in KINDS
    )


def main() -> None:
    """Digest the folder (or read a digest), score it, and print Markdown."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=FOLDER, help="ECB+ articles and labels")
    parser.add_argument("--digest", type=Path, help="score this JSON Lines digest instead")
    parser.add_argument("--keep", type=Path, help="keep the digest's JSON Lines here")
    parser.add_argument("--regroup", type=Path, help="group a kept digest's briefs again")
    parser.add_argument("--two-days", action="store_true", help="run the two-day test too")
    parser.add_argument("--mixed", action="store_true", help="list the stories that mix events")
    args = parser.parse_args()
    if not (args.folder / "labels.jsonl").exists():
        sys.exit(f"{args.folder}: no labels.jsonl (the evaluation data lives beside the project)")
    gold = labels(args.folder)
    with tempfile.TemporaryDirectory(prefix="eval-stories-") as scratch:
        if args.regroup is not None:
            kept = args.regroup
            record = {"stories": [{"sources": names} for names in regrouped(args.regroup)]}
        elif args.digest is not None:
            kept = args.digest
            record = last_record(args.digest)
        else:
            kept = args.keep or Path(scratch) / "digest.jsonl"
            files = [args.folder / name for name in sorted(gold)]
            record = digest(files, Path(scratch) / "state", kept)
        print(table(scores_by_half(story_files(record), gold)))
        if args.mixed:
            print("\nStories that mix events:\n")
            print(mixed(story_files(record), gold, article_records(kept)))
        if args.two_days:
            print()
            print(two_days(args.folder, gold, Path(scratch)))


if __name__ == "__main__":
    main()
