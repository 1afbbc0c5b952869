"""Score `brief`'s quotes and speakers against a quotes JSONL (e.g. PolNeAR's development split).

    .venv/bin/python bench/eval_quotes.py ../shared/eval/polnear_dev.jsonl [--limit N] [--errors N]

Each record has `text`, and `quotes`: gold attributions with `spans` (character ranges of the
quoted content, marks included), `speaker` (the annotated span, often a pronoun) and
`speaker_spans`. The rules, from issue 3:

- A gold quote is found when at least 30% of its characters are covered by one extracted quote;
  an extracted quote is right when at least 30% of it overlaps gold quotes.
- Speaker accuracy is taken over found gold quotes, against the extracted quote that covers most
  of it: the names agree when they share a capitalised name token ("Trump" / "Donald Trump").
  Gold speakers that are named count in the headline number. Gold pronouns and roles ("he",
  "the senator") are reported apart: resolved to the speaker of the nearest earlier gold quote
  whose speaker is named, which is how the annotators chained them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from brief import Article, brief_articles
from brief.model import Quote

OVERLAP = 0.30
# Capitalised words that name no one: sentence starts, pronouns, articles, titles.
NOT_NAMES = frozenset(
    """a an the he she it they we i you his her their its our my this that these those who
    which what mr mrs ms dr president sen senator rep gov governor secretary mayor former
    candidate republican democratic democrat gop u.s. us american campaign""".split()
)
_WORD = re.compile(r"[A-Za-z][\w.'’-]*")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Gold:
    """One annotated attribution: the quoted character ranges and the speaker as written."""

    spans: tuple[Span, ...]
    speaker: str | None
    resolved: str | None  # the named speaker a pronoun or role refers to, if any

    @property
    def size(self) -> int:
        return sum(end - start for start, end in self.spans)


@dataclass(slots=True)
class Tally:
    """Counts over the whole run."""

    gold: int = 0
    found: int = 0
    extracted: int = 0
    right: int = 0
    speakers: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def name_tokens(name: str | None) -> frozenset[str]:
    """The capitalised name words of a speaker string ("Donald J. Trump" -> donald, j., trump)."""
    if not name:
        return frozenset()
    words = (word.rstrip(".’'s").rstrip("’'") for word in _WORD.findall(name))
    return frozenset(
        word.lower()
        for word in words
        if word and word[0].isupper() and word.lower() not in NOT_NAMES
    )


def speakers_agree(gold: str | None, extracted: str | None) -> bool:
    """Names agree when they share a capitalised name token."""
    return bool(name_tokens(gold) & name_tokens(extracted))


def overlap(a: Span, b: Span) -> int:
    """Characters two ranges share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def gold_quotes(record: dict[str, Any]) -> list[Gold]:
    """The record's gold quotes in text order, pronoun speakers resolved along the chain."""
    golds: list[Gold] = []
    last_named: str | None = None
    for item in sorted(record["quotes"], key=lambda q: q["start"]):
        speaker = item.get("speaker")
        named = bool(name_tokens(speaker))
        spans = tuple((int(s), int(e)) for s, e in item["spans"])
        golds.append(Gold(spans, speaker, speaker if named else last_named))
        if named:
            last_named = speaker
    return golds


def score_article(tally: Tally, record: dict[str, Any], quotes: Sequence[Quote]) -> None:
    """Add one article's counts to `tally`."""
    golds = gold_quotes(record)
    tally.gold += len(golds)
    tally.extracted += len(quotes)
    for quote in quotes:
        shared = sum(overlap((quote.start, quote.end), s) for g in golds for s in g.spans)
        if shared >= OVERLAP * max(1, quote.end - quote.start):
            tally.right += 1
        elif len(tally.errors) < 10_000:
            tally.errors.append(f"FP  {record['id']}: {quote.text[:90]!r}")
    for gold in golds:
        best, covered = _best_cover(gold, quotes)
        if best is None or covered < OVERLAP * max(1, gold.size):
            tally.errors.append(f"FN  {record['id']}: {_gold_text(record, gold)[:90]!r}")
            continue
        tally.found += 1
        bucket = _speaker_bucket(gold, best.speaker)
        tally.speakers[bucket] += 1
        if bucket.endswith("wrong"):
            tally.errors.append(
                f"SPK {record['id']}: gold={gold.speaker!r}->{gold.resolved!r} "
                f"got={best.speaker!r} cue={best.cue!r}: {best.text[:60]!r}"
            )


def _best_cover(gold: Gold, quotes: Sequence[Quote]) -> tuple[Quote | None, int]:
    best: Quote | None = None
    covered = 0
    for quote in quotes:
        shared = sum(overlap((quote.start, quote.end), span) for span in gold.spans)
        if shared > covered:
            best, covered = quote, shared
    return best, covered


def _speaker_bucket(gold: Gold, extracted: str | None) -> str:
    """named right/wrong, pronoun right/wrong (resolved), or none (no gold speaker at all)."""
    if not gold.speaker:
        return "no gold speaker"
    if name_tokens(gold.speaker):
        return "named right" if speakers_agree(gold.speaker, extracted) else "named wrong"
    if gold.resolved is None:
        return "pronoun unresolvable"
    return "pronoun right" if speakers_agree(gold.resolved, extracted) else "pronoun wrong"


def _gold_text(record: dict[str, Any], gold: Gold) -> str:
    return " … ".join(record["text"][s:e] for s, e in gold.spans)


def read_records(path: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    """The JSONL records, at most `limit` of them."""
    with path.open(encoding="utf-8") as lines:
        for count, line in enumerate(lines):
            if limit is not None and count >= limit:
                return
            yield json.loads(line)


def run(records: Iterable[dict[str, Any]]) -> tuple[Tally, float, int]:
    """Brief every record and score its quotes; returns the tally, seconds and article count."""
    tally = Tally()
    kept: list[dict[str, Any]] = []

    def articles() -> Iterator[Article]:
        for record in records:
            kept.append(record)
            yield Article.from_text(record["text"], id=record["id"])

    began = time.perf_counter()
    count = 0
    for count, brief in enumerate(brief_articles(articles()), start=1):
        score_article(tally, kept[count - 1], brief.quotes)
    return tally, time.perf_counter() - began, count


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def report(tally: Tally, seconds: float, articles: int) -> str:
    """The results as a Markdown table."""
    precision = _ratio(tally.right, tally.extracted)
    recall = _ratio(tally.found, tally.gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    s = tally.speakers
    named = s["named right"] + s["named wrong"]
    pronoun = s["pronoun right"] + s["pronoun wrong"]
    rows = [
        ("articles", f"{articles}"),
        ("gold quotes / extracted", f"{tally.gold} / {tally.extracted}"),
        ("quote precision", f"{precision:.3f}"),
        ("quote recall", f"{recall:.3f}"),
        ("**quote F1**", f"**{f1:.3f}**"),
        (
            "**speaker accuracy, named gold speakers**",
            f"**{_ratio(s['named right'], named):.3f}** ({s['named right']}/{named})",
        ),
        (
            "speaker accuracy, gold pronouns/roles resolved",
            f"{_ratio(s['pronoun right'], pronoun):.3f} ({s['pronoun right']}/{pronoun})",
        ),
        (
            "speaker accuracy, all resolvable",
            f"{_ratio(s['named right'] + s['pronoun right'], named + pronoun):.3f}",
        ),
        ("matched, gold pronoun unresolvable / no gold speaker", _unscored(s)),
        ("seconds (whole pipeline)", f"{seconds:.1f}"),
    ]
    lines = ["| measure | value |", "|---|---|"]
    lines.extend(f"| {name} | {value} |" for name, value in rows)
    return "\n".join(lines)


def _unscored(speakers: Counter[str]) -> str:
    return f"{speakers['pronoun unresolvable']} / {speakers['no gold speaker']}"


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "path", type=Path, help="quotes JSONL (e.g. ../shared/eval/polnear_dev.jsonl)"
    )
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--errors", type=int, default=0, help="print N misses to stderr")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"eval_quotes: {args.path}: no such file", file=sys.stderr)
        return 2
    tally, seconds, articles = run(read_records(args.path, args.limit))
    print(f"`{' '.join(['.venv/bin/python', 'bench/eval_quotes.py', *sys.argv[1:]])}`\n")
    print(report(tally, seconds, articles))
    for line in tally.errors[: args.errors]:
        print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
