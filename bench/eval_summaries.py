"""ROUGE of brief's key sentences against reference summaries, next to Lead-k in the same run.

    .venv/bin/python bench/eval_summaries.py /work/shared/eval/cnndm_dev.jsonl
    .venv/bin/python bench/eval_summaries.py /work/shared/eval/cnndm_dev.jsonl --cv 10
    .venv/bin/python bench/eval_summaries.py /work/shared/eval/bbc_dev.jsonl -n 3
    .venv/bin/python bench/eval_summaries.py /work/shared/eval/bbc_dev.jsonl --reference-length

Each JSONL record needs `text` and `summary_sentences` (the reference). Both systems read the
same parse of each article: Lead-k takes the first k sentences of the body as spaCy splits
them; brief takes what `brief.summarizer` chooses. Scores are ROUGE-1, ROUGE-2 and ROUGE-Lsum
F1 (rouge-score, Porter stemming on, one summary sentence per line for Lsum), averaged over
articles, times 100, with a bootstrap 95% interval of brief's gain over Lead-k (articles
resampled). `--reference-length` sets k per article to the reference's sentence count (for BBC,
whose references are long); otherwise k is `--sentences` (default 3).

The table also counts how many summaries differ from the lead and how many key sentences
dangle: a bare quotation with no speaker shown, a line whose introducer (ending in a colon) was
left out, and, when the sentence before it was left out, a sentence led by a pronoun, one that
starts inside a quotation opened before it ("It is a very important win for us." after
"Benitez said: “We started well.") and one with a pronoun that no noun or name before it in
the sentence could stand for ("In 2005 it will rise"). These checks are the bench's own, simpler
than the summarizer's rules: they read the parse, never `Candidate.leans`. `--gists` counts the
same of the section gists (each read on its own).

`--cv K` chooses the summarizer's weights by K-fold cross-validation: every setting of a small
grid is scored on every article once, each fold gets the setting best on the other folds (mean
of the three ROUGE F1), and the summaries of the held-out fold are what is reported. It does so
for nested sets of signals (position alone, then with centrality, ...), so a signal that does not
help out of fold shows it.
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from rouge_score import rouge_scorer

from brief.briefing import parse_articles, summary_candidates, title_words
from brief.extract.sentences import is_quotation
from brief.parsed import ParsedArticle
from brief.quote_marks import OPENING_MARKS, quoted_stretches
from brief.records import Article, Quote
from brief.summarizer import WEIGHTS, Candidate, Weights, choose, gists

METRICS = ("rouge1", "rouge2", "rougeLsum")
LABELS = {"rouge1": "ROUGE-1", "rouge2": "ROUGE-2", "rougeLsum": "ROUGE-Lsum"}
BOOTSTRAP = 2000
# Pronouns that, opening a sentence, point back to the one before (demonstratives left out:
# "This week" points nowhere, and telling them apart needs the parser).
POINTING = re.compile(r"^(?:he|she|it|they|his|her|its|their|him|them)\b", re.IGNORECASE)
REASONS = (
    "bare quote",
    "after a colon",
    "pronoun-led",
    "inside a quotation",
    "unbound pronoun",
)
# Third-person pronouns that stand for something the sentence should name before them.
ANAPHORS = frozenset("he him his she her it its they them their".split())
BE = frozenset("is was 's ’s".split())
# The grid `--cv` searches: each knob's values.
GRID = {
    "centrality": (0.4, 0.6, 0.8, 1.0, 1.2),
    "half_life": (1.5, 3.0, 6.0),
    "title": (0.0, 0.2, 0.4),
}
# Nested sets of signals for `--cv`: the knobs each may turn (the others stay at no effect).
LADDER = (
    ("lead of the candidates", ()),
    ("+ centrality", ("centrality",)),
    ("+ half-life", ("centrality", "half_life")),
    ("+ title", ("centrality", "half_life", "title")),
)
OFF = Weights(centrality=0.0, title=0.0, half_life=3.0)


@dataclass(frozen=True, slots=True)
class Item:
    """A summary sentence: its offsets and text, and the speaker shown with it."""

    start: int
    end: int
    text: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """What scoring one article needs, with no spaCy objects (so it can be cached)."""

    id: str
    reference: tuple[str, ...]
    text: str
    sentences: tuple[tuple[int, int], ...]  # every body sentence, as spaCy splits them
    candidates: tuple[Candidate, ...]
    title_words: frozenset[str]
    quotes: tuple[Quote, ...]
    # Body sentences that need the sentence before them, by (start, end), with the reason.
    needs_context: tuple[tuple[int, int, str], ...] = ()

    def lead(self, count: int) -> list[Item]:
        """The first `count` body sentences, unfiltered."""
        return [Item(s, e, self.text[s:e].strip()) for s, e in self.sentences[:count]]

    def gists(self) -> list[Item]:
        """Each section's gist, as `brief.summarizer.gists` chooses it."""
        chosen = gists(self.candidates, self.title_words)
        return [Item(c.start, c.end, c.text, c.speaker) for _, c in sorted(chosen.items())]

    def brief(self, count: int, weights: Weights = WEIGHTS) -> list[Item]:
        """What the summarizer chooses with `weights`."""
        chosen = choose(self.candidates, count, self.title_words, weights)
        return [
            Item(c.candidate.start, c.candidate.end, c.candidate.text, c.candidate.speaker)
            for c in chosen
        ]


def main(argv: list[str] | None = None) -> int:
    """Score brief and Lead-k on one JSONL file and print Markdown tables."""
    args = _arguments(argv)
    began = time.perf_counter()
    prepared = _prepared(args.jsonl, args.limit, args.model, args.cache)
    seconds = time.perf_counter() - began
    k = "k = reference length" if args.reference_length else f"k = {args.sentences}"
    print(f"{args.jsonl.name}: {len(prepared)} articles, {k}, {seconds:.1f} s (parse included)\n")
    scorer = Scorer()
    lead_name = "Lead-k" if args.reference_length else f"Lead-{args.sentences}"

    def size(article: Prepared) -> int:
        return len(article.reference) if args.reference_length else args.sentences

    leads = [article.lead(size(article)) for article in prepared]
    briefs = [article.brief(size(article)) for article in prepared]
    _report(prepared, scorer, {lead_name: leads, "brief": briefs}, lead_name)
    systems = {"key sentences": briefs}
    if args.gists:
        systems["section gists"] = [article.gists() for article in prepared]
    _dangling_by_half(prepared, systems, show=args.show_dangling)
    if args.cv:
        _cross_validate(prepared, scorer, leads, size, args.cv, lead_name)
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl", type=Path, help="records with `text` and `summary_sentences`")
    parser.add_argument("-n", "--sentences", type=int, default=3, help="sentences per summary")
    parser.add_argument(
        "--reference-length",
        action="store_true",
        help="per article, as many sentences as the reference has (instead of -n)",
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N records")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: brief's)")
    parser.add_argument(
        "--gists", action="store_true", help="also count the section gists that dangle"
    )
    parser.add_argument(
        "--show-dangling", action="store_true", help="print each dangling item, to read"
    )
    parser.add_argument("--cv", type=int, default=0, metavar="K", help="K-fold weight choice")
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="keep the parsed articles in this file (not in the project)",
    )
    args = parser.parse_args(argv)
    if not args.jsonl.is_file():
        parser.error(
            f"{args.jsonl}: no such file (the evaluation data lives in /work/shared/eval/)"
        )
    return args


class Scorer:
    """ROUGE F1 ×100 of a summary against an article's reference, remembered per summary."""

    def __init__(self) -> None:
        self._rouge = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
        self._seen: dict[tuple[str, tuple[str, ...]], tuple[float, ...]] = {}

    def __call__(self, article: Prepared, items: Sequence[Item]) -> tuple[float, ...]:
        """(ROUGE-1, ROUGE-2, ROUGE-Lsum) of `items` against the article's reference."""
        key = (article.id, tuple(item.text for item in items))
        if key not in self._seen:
            result = self._rouge.score(
                "\n".join(article.reference), "\n".join(item.text for item in items)
            )
            self._seen[key] = tuple(100 * result[m].fmeasure for m in METRICS)
        return self._seen[key]


def _report(
    prepared: Sequence[Prepared],
    scorer: Scorer,
    systems: dict[str, list[list[Item]]],
    lead_name: str,
) -> None:
    """The ROUGE table, each system's gain over the lead with its interval, and the counts."""
    scores = {
        name: [scorer(a, s) for a, s in zip(prepared, summaries, strict=True)]
        for name, summaries in systems.items()
    }
    print(
        "| system | " + " | ".join(LABELS[m] for m in METRICS) + " | differ from lead | dangling |"
    )
    print("|---|" + "---:|" * (len(METRICS) + 2))
    lead = systems[lead_name]
    for name, summaries in systems.items():
        cells = " | ".join(
            f"{statistics.fmean(s[m] for s in scores[name]):.2f}" for m in range(len(METRICS))
        )
        differ = sum(not _same(a, b) for a, b in zip(summaries, lead, strict=True))
        dangling = _dangling(prepared, summaries)
        total = sum(map(len, summaries))
        print(
            f"| {name} | {cells} | {differ} of {len(summaries)} | "
            f"{sum(dangling.values())} of {total} ({_counts(dangling)}) |"
        )
    for name in systems:
        if name != lead_name:
            print(f"| {name} − {lead_name} | {_gains(scores[name], scores[lead_name])} | | |")
    print()


def _gains(ours: Sequence[tuple[float, ...]], lead: Sequence[tuple[float, ...]]) -> str:
    """Mean per-article gain per metric, with its bootstrap 95% interval."""
    cells = []
    for metric in range(len(METRICS)):
        gains = [a[metric] - b[metric] for a, b in zip(ours, lead, strict=True)]
        low, high = bootstrap_interval(gains)
        cells.append(f"{statistics.fmean(gains):+.2f} ({low:+.2f}…{high:+.2f})")
    return " | ".join(cells)


def bootstrap_interval(values: Sequence[float], seed: int = 0) -> tuple[float, float]:
    """The 95% bootstrap interval of the mean of `values` (articles resampled, seeded)."""
    generator = random.Random(seed)
    means = sorted(
        statistics.fmean(generator.choices(values, k=len(values))) for _ in range(BOOTSTRAP)
    )
    return means[int(0.025 * BOOTSTRAP)], means[int(0.975 * BOOTSTRAP) - 1]


def _same(first: Sequence[Item], second: Sequence[Item]) -> bool:
    """The two summaries cover the same sentences (a trimmed dateline aside)."""

    def overlaps(item: Item, others: Sequence[Item]) -> bool:
        return any(item.start < other.end and other.start < item.end for other in others)

    return all(overlaps(i, second) for i in first) and all(overlaps(i, first) for i in second)


def _dangling(prepared: Sequence[Prepared], summaries: Sequence[Sequence[Item]]) -> dict[str, int]:
    """How many key sentences dangle, by reason."""
    counts = dict.fromkeys(REASONS, 0)
    for article, summary in zip(prepared, summaries, strict=True):
        for item in summary:
            reason = dangles(article, item, summary)
            if reason:
                counts[reason] += 1
    return counts


def dangles(article: Prepared, item: Item, summary: Sequence[Item]) -> str | None:
    """Why `item` cannot be read on its own in `summary`, or None when it can."""
    before = article.text[: item.start].rstrip()
    if before.endswith(":") and not _in_summary(article, len(before) - 1, summary):
        return "after a colon"
    quoted = is_quotation(article.text, item.start, item.end, article.quotes)
    if item.speaker is None and (
        quoted or (item.text.startswith(tuple(OPENING_MARKS)) and _all_quoted(item))
    ):
        return "bare quote"
    previous = [s for s in article.sentences if s[1] <= item.start]
    if not previous or _in_summary(article, previous[-1][0], summary):
        return None
    if POINTING.match(item.text):
        return "pronoun-led"
    return next(
        (why for start, end, why in article.needs_context if start <= item.start < end), None
    )


def _dangling_by_half(
    prepared: Sequence[Prepared], systems: dict[str, list[list[Item]]], *, show: bool
) -> None:
    """Items that dangle, on the even and the odd articles apart; each gist is read on its own."""
    print("| items | even half | odd half | all |")
    print("|---|---:|---:|---:|")
    for name, summaries in systems.items():
        alone = name == "section gists"
        cells = []
        for half in (0, 1, None):
            picked = [i for i in range(len(prepared)) if half is None or i % 2 == half]
            found = [
                (prepared[i].id, reason, item.text)
                for i in picked
                for item in summaries[i]
                if (reason := dangles(prepared[i], item, [item] if alone else summaries[i]))
            ]
            total = sum(len(summaries[i]) for i in picked)
            cells.append(f"{len(found)} of {total} ({100 * len(found) / max(total, 1):.2f}%)")
            if show and half is None:
                for id, reason, text in found:
                    print(f"  {id} [{reason}] {' '.join(text.split())[:160]}", file=sys.stderr)
        print(f"| {name} that dangle | " + " | ".join(cells) + " |")
    print()


def _all_quoted(item: Item) -> bool:
    return item.text.rstrip(".!?,; ")[-1:] in "”\"’'»"


def _in_summary(article: Prepared, offset: int, summary: Sequence[Item]) -> bool:
    return any(item.start <= offset < item.end for item in summary)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {count}" for name, count in counts.items())


def _cross_validate(
    prepared: Sequence[Prepared],
    scorer: Scorer,
    leads: Sequence[list[Item]],
    size: Callable[[Prepared], int],
    folds: int,
    lead_name: str,
) -> None:
    """K-fold choice of the weights, for each set of signals in `LADDER`; report out of fold."""
    settings = sorted(
        {_only(w, knobs) for w in _settings(tuple(GRID)) for _, knobs in LADDER}, key=str
    )
    began = time.perf_counter()
    summaries = {
        weights: [article.brief(size(article), weights) for article in prepared]
        for weights in settings
    }
    table = {
        weights: [sum(scorer(a, s)) / len(METRICS) for a, s in zip(prepared, chosen, strict=True)]
        for weights, chosen in summaries.items()
    }
    print(
        f"{len(settings)} settings scored in {time.perf_counter() - began:.0f} s; {folds} folds\n"
    )
    fold_of = [index % folds for index in range(len(prepared))]
    systems: dict[str, list[list[Item]]] = {lead_name: list(leads)}
    for label, knobs in LADDER:
        allowed = [w for w in settings if w == _only(w, knobs)]
        out_of_fold: list[list[Item]] = [[] for _ in prepared]
        picks = []
        for fold in range(folds):
            train = [i for i, f in enumerate(fold_of) if f != fold]
            best = max(
                allowed, key=lambda w: (statistics.fmean(table[w][i] for i in train), w == OFF)
            )
            picks.append(best)
            for index, f in enumerate(fold_of):
                if f == fold:
                    out_of_fold[index] = summaries[best][index]
        systems[f"{label} (out of fold)"] = out_of_fold
        whole = max(allowed, key=lambda w: (statistics.fmean(table[w]), w == OFF))
        print(f"- {label}: chosen on all articles: {_describe(whole)}; per fold: {_spread(picks)}")
    print()
    _report(prepared, scorer, systems, lead_name)


def _settings(knobs: Sequence[str]) -> Iterator[Weights]:
    for values in itertools.product(*(GRID[knob] for knob in knobs)):
        yield replace(OFF, **dict(zip(knobs, values, strict=True)))


def _only(weights: Weights, knobs: Sequence[str]) -> Weights:
    """`weights` with every knob outside `knobs` at its no-effect value."""
    return replace(OFF, **{knob: getattr(weights, knob) for knob in knobs})


def _describe(weights: Weights) -> str:
    return ", ".join(f"{knob} {getattr(weights, knob)}" for knob in GRID)


def _spread(picks: Sequence[Weights]) -> str:
    """How often each knob took each value across the folds."""
    parts = []
    for knob in GRID:
        values = statistics.multimode(getattr(w, knob) for w in picks)
        counts = {v: sum(getattr(w, knob) == v for w in picks) for v in GRID[knob]}
        shown = "/".join(f"{v}×{n}" for v, n in counts.items() if n)
        parts.append(f"{knob} {shown}" if len(counts) > 1 else f"{knob} {values[0]}")
    return "; ".join(parts)


def _prepared(
    path: Path, limit: int | None, model: str | None, cache: Path | None
) -> list[Prepared]:
    """Parse the records once (or load them from `cache`, made from the same file and limit)."""
    key = (str(path.resolve()), path.stat().st_mtime, limit, model)
    if cache is not None and cache.is_file():
        try:
            stored_key, stored = pickle.loads(cache.read_bytes())
        except (pickle.UnpicklingError, AttributeError, ImportError, EOFError):
            stored_key, stored = None, []  # made by an older brief: parse again
        if stored_key == key:
            return list(stored)
    read = list(records(path, limit))
    references = {str(record["id"]): record["summary_sentences"] for record in read}
    articles = (Article.from_text(_as_file(record), id=str(record["id"])) for record in read)
    prepared = [
        _prepare(article.id or "", references[article.id or ""], parsed)
        for article, parsed in parse_articles(articles, model)
    ]
    if cache is not None:
        cache.write_bytes(pickle.dumps((key, prepared)))
    return prepared


def _prepare(id: str, reference: Sequence[str], parsed: ParsedArticle) -> Prepared:
    from brief.extract.attribution import extract_quotes
    from brief.extract.cast import build_cast

    quotes = tuple(extract_quotes(parsed, build_cast(parsed)))
    sentences = tuple(
        (s.start_char, s.end_char)
        for s in parsed.doc.sents
        if parsed.layout.block_at(s.start_char) is not None and s.text.strip()
    )
    return Prepared(
        id=id,
        reference=tuple(reference),
        text=parsed.text,
        sentences=sentences,
        candidates=tuple(summary_candidates(parsed, quotes)),
        title_words=title_words(parsed),
        quotes=quotes,
        needs_context=tuple(_needing_context(parsed)),
    )


def _needing_context(parsed: ParsedArticle) -> Iterator[tuple[int, int, str]]:
    """Body sentences that start inside a quotation opened before them, or hold a pronoun with
    no noun or name before it ("it" before "is"/"was" aside: often it stands for nothing)."""
    stretches = quoted_stretches(parsed.text, [block for _, block in parsed.layout.body])
    for sentence in parsed.doc.sents:
        start, end = sentence.start_char, sentence.end_char
        if parsed.layout.block_at(start) is None:
            continue
        if any(marks.opening < start < marks.end for marks in stretches):
            yield start, end, "inside a quotation"
            continue
        words = [token for token in sentence if not token.is_punct]
        for index, token in enumerate(words):
            if token.pos_ in {"NOUN", "PROPN"}:
                break
            following = words[index + 1].lower_ if index + 1 < len(words) else ""
            if index == 0 or (token.lower_ == "it" and following in BE):
                continue  # a sentence led by a pronoun is counted as "pronoun-led"
            if token.lower_ in ANAPHORS:
                yield start, end, "unbound pronoun"
                break


def _as_file(record: dict[str, object]) -> str:
    """The article as a file would hold it: a record's separate `title` goes on the first line."""
    title, text = record.get("title"), str(record["text"])
    return f"{title}\n\n{text}" if isinstance(title, str) and title.strip() else text


def records(path: Path, limit: int | None) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                return
            record = json.loads(line)
            if "summary_sentences" in record:
                yield record


if __name__ == "__main__":
    sys.exit(main())
