"""Score `brief`'s quotes and speakers against a quotes JSONL (e.g. PolNeAR's development split).

    .venv/bin/python bench/eval_quotes.py ../../shared/eval/polnear_dev.jsonl \
        [--limit N] [--half even|odd|each] [--errors N] [--errors-column marks|content]

(the data path as seen from a worktree under /work/wt/; from the main checkout it is
`../shared/eval/polnear_dev.jsonl`.)

Each record has `text`, and `quotes`: gold attributions with `spans` (character ranges of the
quoted content, marks included), `speaker` (the annotated span, often a pronoun) and
`speaker_spans`. The rules, from issue 3:

- A gold quote is found when at least 30% of its characters are covered by one extracted quote;
  an extracted quote is right when at least 30% of it overlaps gold quotes.
- Two columns: "marks" scores each quote by the words inside its quotation marks; "content"
  scores a partial quote by its reported clause (`Quote.content`, e.g. `warned [the move “will
  not go unanswered”]`), which is what PolNeAR annotates for a mixed quote (the gold span of
  `said that Rubio was “a total lightweight”` is the whole that-clause).
- Speaker accuracy is taken over found gold quotes, against the extracted quote that covers most
  of it: the names agree when they share a capitalised name token ("Trump" / "Donald Trump").
  Gold speakers that are named count in the headline number. Gold pronouns ("he", "she",
  "who") are reported apart, resolved to the speaker of the nearest earlier gold quote whose
  speaker is named (an approximation: the named antecedent is often a speaker of no quote).
  Descriptions with no name ("Police", "the statement", "another commenter": capitalised words
  the article also writes in lower case are not names) are counted but not scored.

Stability: `--half even` (or `odd`) scores only the articles at even (odd) positions in the
file, counting the first as 0; `--half each` scores all of them once and prints a table for
each half and for the whole. A change that helps one half and hurts the other fits these
articles, not news.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from brief import Article, Options, brief_articles
from brief.records import Quote

OVERLAP = 0.30
# Capitalised words that name no one: sentence starts, pronouns, articles, titles.
NOT_NAMES = frozenset(
    """a an the he she it they we i you his her their its our my this that these those who
    which what mr mrs ms dr president sen senator rep gov governor secretary mayor former
    candidate republican democratic democrat gop u.s. us american campaign""".split()
)
PRONOUNS = frozenset("he she it they we i you who his her him them us its their".split())
_WORD = re.compile(r"[A-Za-z][\w.'’-]*")
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Gold:
    """One annotated attribution: the quoted character ranges and the speaker as written."""

    spans: tuple[Span, ...]
    speaker: str | None
    kind: str  # named, pronoun, description ("Police", "the statement") or none
    resolved: str | None  # the named speaker: itself, or the one a pronoun refers to

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
    # Per attribution step (`Quote.step` up to its slash): extracted, right, found, and the
    # speaker buckets of the gold quotes each step's quotes cover.
    steps: dict[str, Counter[str]] = field(default_factory=dict)

    def step(self, quote: Quote) -> Counter[str]:
        """The counts of the step that attributed `quote`."""
        name = (quote.step or "none").split("/")[0]
        return self.steps.setdefault(name, Counter())


def name_tokens(name: str | None, common: frozenset[str] = frozenset()) -> frozenset[str]:
    """The capitalised name words of a speaker string ("Donald J. Trump" -> donald, j., trump).

    Words the article also writes in lower case ("Police", "Another", "Officials" at the start
    of a sentence) are common words, not names.
    """
    if not name:
        return frozenset()
    words = (_bare(word) for word in _WORD.findall(name.replace("’", "'")))
    return frozenset(
        word.lower()
        for word in words
        if word
        and word[0].isupper()
        and word.lower() not in NOT_NAMES
        and word.lower() not in common
    )


def _bare(word: str) -> str:
    """A word without a possessive ending or a closing full stop ("Clinton's" -> "Clinton")."""
    word = word.removesuffix("'s").rstrip(".'")
    return word


def speakers_agree(gold: str | None, extracted: str | None, common: frozenset[str]) -> bool:
    """Names agree when they share a capitalised name token."""
    return bool(name_tokens(gold, common) & name_tokens(extracted, common))


def common_words(text: str) -> frozenset[str]:
    """Words the article writes in lower case somewhere."""
    return frozenset(_LOWER_WORD.findall(text))


def overlap(a: Span, b: Span) -> int:
    """Characters two ranges share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def gold_quotes(record: dict[str, Any], common: frozenset[str]) -> list[Gold]:
    """The record's gold quotes in text order, pronoun speakers resolved along the chain."""
    golds: list[Gold] = []
    last_named: str | None = None
    for item in sorted(record["quotes"], key=lambda q: q["start"]):
        speaker = item.get("speaker")
        spans = tuple((int(s), int(e)) for s, e in item["spans"])
        if not speaker:
            golds.append(Gold(spans, speaker, "none", None))
        elif name_tokens(speaker, common):
            golds.append(Gold(spans, speaker, "named", speaker))
            last_named = speaker
        elif speaker.strip().lower() in PRONOUNS:
            golds.append(Gold(spans, speaker, "pronoun", last_named))
        else:
            golds.append(Gold(spans, speaker, "description", None))
    return golds


def marks_span(quote: Quote) -> Span:
    """The words inside the quotation marks."""
    return (quote.start, quote.end)


def content_span(quote: Quote) -> Span:
    """The reported clause of a partial quote, else the quote itself."""
    if quote.content_start is not None and quote.content_end is not None:
        return (quote.content_start, quote.content_end)
    return (quote.start, quote.end)


def score_article(
    tally: Tally,
    record: dict[str, Any],
    quotes: Sequence[Quote],
    span: Callable[[Quote], Span] = marks_span,
) -> None:
    """Add one article's counts to `tally`, locating each quote by `span`."""
    common = common_words(record["text"])
    golds = gold_quotes(record, common)
    tally.gold += len(golds)
    tally.extracted += len(quotes)
    for quote in quotes:
        start, end = span(quote)
        shared = sum(overlap((start, end), s) for g in golds for s in g.spans)
        tally.step(quote)["extracted"] += 1
        if shared >= OVERLAP * max(1, end - start):
            tally.right += 1
            tally.step(quote)["right"] += 1
        elif len(tally.errors) < 10_000:
            tally.errors.append(f"FP  {record['id']}: {quote.text[:90]!r}")
    for gold in golds:
        best, covered = _best_cover(gold, quotes, span)
        if best is None or covered < OVERLAP * max(1, gold.size):
            tally.errors.append(f"FN  {record['id']}: {_gold_text(record, gold)[:90]!r}")
            continue
        tally.found += 1
        bucket = _speaker_bucket(gold, best.speaker, common)
        tally.speakers[bucket] += 1
        tally.step(best)["found"] += 1
        tally.step(best)[bucket] += 1
        if bucket.endswith("wrong"):
            tally.errors.append(
                f"SPK {record['id']}: gold={gold.speaker!r}->{gold.resolved!r} "
                f"got={best.speaker!r} cue={best.cue!r} step={best.step!r}: {best.text[:60]!r}"
            )


def _best_cover(
    gold: Gold, quotes: Sequence[Quote], span: Callable[[Quote], Span]
) -> tuple[Quote | None, int]:
    best: Quote | None = None
    covered = 0
    for quote in quotes:
        shared = sum(overlap(span(quote), gold_span) for gold_span in gold.spans)
        if shared > covered:
            best, covered = quote, shared
    return best, covered


def _speaker_bucket(gold: Gold, extracted: str | None, common: frozenset[str]) -> str:
    """named right/wrong, pronoun right/wrong (resolved along the chain), or unscored."""
    if gold.kind in ("none", "description"):
        return f"gold {gold.kind}"
    if gold.resolved is None:
        return "pronoun unresolvable"
    agree = speakers_agree(gold.resolved, extracted, common)
    return f"{gold.kind} {'right' if agree else 'wrong'}"


def _gold_text(record: dict[str, Any], gold: Gold) -> str:
    return " … ".join(record["text"][s:e] for s, e in gold.spans)


def read_records(path: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    """The JSONL records, at most `limit` of them."""
    with path.open(encoding="utf-8") as lines:
        for count, line in enumerate(lines):
            if limit is not None and count >= limit:
                return
            yield json.loads(line)


def halves(
    records: Iterable[dict[str, Any]], half: str | None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each record with the half it belongs to ("even" or "odd" by its position in the file,
    the first being 0), keeping only one half when `half` is "even" or "odd"."""
    for position, record in enumerate(records):
        parity = "odd" if position % 2 else "even"
        if half in (None, "each") or half == parity:
            yield parity, record


@dataclass(slots=True)
class Run:
    """Tallies of one run, both columns, for the whole run and for each half."""

    marks: dict[str, Tally] = field(default_factory=dict)
    content: dict[str, Tally] = field(default_factory=dict)
    seconds: float = 0.0
    articles: Counter[str] = field(default_factory=Counter)

    def tallies(self, group: str) -> tuple[Tally, Tally]:
        """The (marks, content) tallies of a group, made on first use."""
        return (
            self.marks.setdefault(group, Tally()),
            self.content.setdefault(group, Tally()),
        )


def run(records: Iterable[tuple[str, dict[str, Any]]]) -> Run:
    """Brief every record and score its quotes both ways, in the group "all" and in the
    record's own half."""
    result = Run()
    kept: list[tuple[str, dict[str, Any]]] = []

    def articles() -> Iterator[Article]:
        for parity, record in records:
            kept.append((parity, record))
            yield Article.from_text(record["text"], id=record["id"])

    began = time.perf_counter()
    for count, brief in enumerate(brief_articles(articles(), Options(explain=True))):
        parity, record = kept[count]
        for group in ("all", parity):
            marks, content = result.tallies(group)
            score_article(marks, record, brief.quotes, marks_span)
            score_article(content, record, brief.quotes, content_span)
            result.articles[group] += 1
    result.seconds = time.perf_counter() - began
    return result


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def measures(tally: Tally) -> list[tuple[str, str]]:
    """One column of the results table."""
    precision = _ratio(tally.right, tally.extracted)
    recall = _ratio(tally.found, tally.gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    s = tally.speakers
    named = s["named right"] + s["named wrong"]
    pronoun = s["pronoun right"] + s["pronoun wrong"]
    return [
        ("gold quotes / extracted", f"{tally.gold} / {tally.extracted}"),
        ("quote precision", f"{precision:.3f}"),
        ("quote recall", f"{recall:.3f}"),
        ("**quote F1**", f"**{f1:.3f}**"),
        (
            "**speaker accuracy, named gold speakers**",
            f"**{_ratio(s['named right'], named):.3f}** ({s['named right']}/{named})",
        ),
        (
            "speaker accuracy, gold pronouns resolved along the gold chain",
            f"{_ratio(s['pronoun right'], pronoun):.3f} ({s['pronoun right']}/{pronoun})",
        ),
        (
            "speaker accuracy, all resolvable",
            f"{_ratio(s['named right'] + s['pronoun right'], named + pronoun):.3f}",
        ),
        (
            "matched, not scored: gold pronoun unresolvable / description / none",
            f"{s['pronoun unresolvable']} / {s['gold description']} / {s['gold none']}",
        ),
    ]


def report(marks: Tally, content: Tally, seconds: float, articles: int) -> str:
    """The results as a Markdown table: quotes located by their marks, and by their content."""
    lines = [
        f"{articles} articles, {seconds:.0f} s for the whole pipeline (parse included)",
        "",
        "| measure | marks | content |",
        "|---|---|---|",
    ]
    for (name, left), (_, right) in zip(measures(marks), measures(content), strict=True):
        lines.append(f"| {name} | {left} | {right} |")
    return "\n".join(lines)


def step_report(tally: Tally) -> str:
    """Per attribution step: its quotes' precision, the share of gold quotes they find (their
    part of the recall), the F1 of the two, and speaker accuracy on named gold speakers."""
    lines = [
        "| step | extracted | precision | recall (share of gold) | F1 | named speaker accuracy |",
        "|---|---|---|---|---|---|",
    ]
    ranked = sorted(tally.steps.items(), key=lambda item: -item[1]["extracted"])
    for name, counts in ranked:
        precision = _ratio(counts["right"], counts["extracted"])
        recall = _ratio(counts["found"], tally.gold)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        named = counts["named right"] + counts["named wrong"]
        lines.append(
            f"| {name} | {counts['extracted']} | {precision:.3f} | {recall:.3f} | {f1:.3f} | "
            f"{_ratio(counts['named right'], named):.3f} ({counts['named right']}/{named}) |"
        )
    return "\n".join(lines)


def report_run(result: Run, half: str | None) -> str:
    """The table of the whole run, then (with `--half each`) one per half."""
    groups = ["all", "even", "odd"] if half == "each" else ["all"]
    parts = []
    for group in groups:
        if group not in result.marks:
            continue
        heading = {"all": "", "even": "### even half\n\n", "odd": "### odd half\n\n"}[group]
        marks, content = result.tallies(group)
        table = report(marks, content, result.seconds, result.articles[group])
        steps = "By attribution step (marks column):\n\n" + step_report(marks)
        parts.append(heading + table + "\n\n" + steps)
    return "\n\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "path", type=Path, help="quotes JSONL (e.g. ../shared/eval/polnear_dev.jsonl)"
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="read only the first N articles (then --half)"
    )
    parser.add_argument(
        "--half",
        choices=("even", "odd", "each"),
        default=None,
        help="score only the articles at even or odd positions (the first is 0), "
        "or each half apart and the whole",
    )
    parser.add_argument(
        "--errors", type=int, default=0, help="print N misses (FP, FN, SPK) to stderr"
    )
    parser.add_argument(
        "--errors-column",
        choices=("marks", "content"),
        default="marks",
        help="whose misses --errors prints: quotes placed by their marks (the headline "
        "speaker number) or by their reported clause",
    )
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"eval_quotes: {args.path}: no such file", file=sys.stderr)
        return 2
    result = run(halves(read_records(args.path, args.limit), args.half))
    print(f"`{' '.join(['.venv/bin/python', 'bench/eval_quotes.py', *sys.argv[1:]])}`\n")
    print(report_run(result, args.half))
    column = result.marks if args.errors_column == "marks" else result.content
    for line in column.get("all", Tally()).errors[: args.errors]:
        print(f"[{args.errors_column}] {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
