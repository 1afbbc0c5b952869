"""The story scorer's rules (bench/eval_stories.py): regrouping the briefs a kept digest holds
gives the digest's own stories, dates included, and the scores count what they should."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from brief.digest.builder import DigestBuilder
from brief.render.data import document
from tests.bench.bench_scripts import load
from tests.digest.test_events import PAGES, dated, page_brief

ev = load("eval_stories")


def test_regrouping_kept_briefs_gives_the_digests_stories(tmp_path: Path) -> None:
    # Two copies of a ferry report dated years apart (the same words outweigh the years) and
    # two of another page: what the digest grouped, `--regroup` groups again the same way.
    briefs = [
        replace(page_brief("a/ferry_2019.txt", *PAGES[0]), dates=tuple(dated(("2019", 0.75)))),
        replace(page_brief("a/ferry_2024.txt", *PAGES[0]), dates=tuple(dated(("2024", 0.75)))),
        page_brief("a/chess_1.txt", *PAGES[2]),
        page_brief("a/chess_2.txt", *PAGES[2]),
    ]
    builder = DigestBuilder()
    for brief in briefs:
        builder.add(brief)
    digest = builder.finish()
    kept = tmp_path / "digest.jsonl"
    kept.write_text(
        "".join(document(b.to_dict(), "jsonl") for b in briefs)
        + document(digest.to_dict(), "jsonl"),
        encoding="utf-8",
    )
    regrouped = sorted(map(sorted, ev.regrouped(kept)))
    assert regrouped == sorted(sorted(names) for names in ev.story_files(ev.last_record(kept)))
    assert regrouped == [["chess_1.txt", "chess_2.txt"], ["ferry_2019.txt", "ferry_2024.txt"]]


def test_scores_count_look_alike_merges_and_pairs() -> None:
    gold = {
        name: {"event": event, "topic": event.split("_")[0]}
        for name, event in [("a", "1_ecb"), ("b", "1_ecb"), ("c", "1_ecbplus"), ("d", "3_ecb")]
    }
    scores = ev.score([["a", "b", "c"], ["d"]], gold)
    assert scores.lookalike_merges == 1 and scores.topic_merges == 0
    assert scores.pair_precision == 1 / 3 and scores.pair_recall == 1.0
    assert ev.half("1") == "A" and ev.half("3") == "B" and ev.half("5") == "A"


def test_mixed_lists_only_stories_that_mix_events_with_each_reports_dates() -> None:
    gold = {
        name: {"event": event, "topic": event.split("_")[0]}
        for name, event in [("a", "1_ecb"), ("b", "1_ecbplus"), ("c", "3_ecb"), ("d", "3_ecb")]
    }
    records = {
        "a": {"title": "Patch of 2008", "dates": [{"value": "--12-17", "salience": 0.7}]},
        "b": {"title": "Patch of 2013", "dates": [{"value": None, "salience": 0.0}]},
    }
    listing = ev.mixed([["a", "b"], ["c", "d"]], gold, records)
    assert listing.splitlines() == [
        "- 1_ecb: 1, 1_ecbplus: 1",
        "  - a (1_ecb; dates: --12-17@0.7): Patch of 2008",
        "  - b (1_ecbplus; dates: -): Patch of 2013",
    ]
    assert ev.mixed([["c", "d"]], gold, records) == "- none"
