"""Key figures against the story's own highlights: are the numbers a reader is shown first the
ones the highlights give, and does each say what it counts?

    .venv/bin/python bench/eval_key_figures.py ../shared/eval/cnndm_dev.jsonl [--top 5] [--half each]

For every article (`text`, and `summary_sentences`: the human-written highlights) the brief is
made, and the highlights are read with the brief's own phrase reader (`scan`): every number
phrase that is not a year or date, nor a lone "one", is a highlight number. A brief number
matches one when a value agrees (its value, either end of its range, or a conversion's)
within 5% and the units do not disagree (a highlight may leave the unit out; a metric unit is
read in its base unit, so "6 km" is "6,000 metres").

- **recall among the top N shown**: highlight numbers matched by one of the first N key figures
  (`brief.render.figures.key_figures`: shown by default, most salient first), over the
  highlight numbers the brief lists at all (so the reading of numbers is not scored here,
  only their order and choice). "document order" ranks the same listed numbers by position,
  with no choice: the view before salience.
- **the shown, in document order** and **the shown, best order**: the same choice of shown
  numbers (`shown_by_default`), ranked by position, and ranked with the matching ones first: the
  first says what salience adds over position, the second what any order of the shown could
  reach (the rest is lost to the choice: numbers without a "what" are not shown).
- **recall, end to end**: the same over every highlight number, listed or not.
- **shown with a what**: the share of the top N key figures that say what they count.

Intervals are 95% bootstrap intervals over articles (2,000 resamples). `--half even|odd|each`
scores the records at even or odd positions, or both apart.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval_data import read_records

from brief.briefing import Options, brief_articles
from brief.extract.number_parsing import Quantity, scan
from brief.records import Article, Brief, Number
from brief.render.figures import key_figures

TOLERANCE = 0.05
BOOTSTRAP = 2000
DATE_KINDS = {"year", "date"}
# Metric units, each in its base unit: "6 km" and "6,000 metres" give the same length.
METRIC = {
    "km": ("m", 1e3),
    "cm": ("m", 1e-2),
    "mm": ("m", 1e-3),
    "kg": ("g", 1e3),
    "tonne": ("g", 1e6),
}


@dataclass(frozen=True)
class Scored:
    """One article's counts."""

    gold: int  # highlight numbers
    listed: int  # of them, matched by any number the brief lists
    top: int  # of them, matched by one of the first N key figures
    first: int  # of them, matched by one of the first N listed numbers in article order
    shown_first: int  # of them, matched by one of the first N key figures in article order
    best: int  # of them, matched by one of N key figures, the matching ones chosen first
    shown: int  # key figures shown (at most N)
    with_what: int  # of them, with a "what"


@dataclass(frozen=True)
class Gold:
    """A highlight number: its reading and its text."""

    quantity: Quantity
    text: str


def highlight_numbers(sentences: Iterable[str]) -> list[Gold]:
    """The numbers the highlights give: no years or dates, no lone "one"."""
    return [
        Gold(quantity, sentence[quantity.start : quantity.end])
        for sentence in sentences
        for quantity in scan(sentence)
        if quantity.kind not in DATE_KINDS and not quantity.weak
    ]


def matches(found: Gold, number: Number) -> bool:
    """The brief's number gives the highlight's value, in a unit that does not disagree (a
    score, which has no value, by its figures: "2-1")."""
    gold = found.quantity
    if gold.kind == "score":
        return number.kind == "score" and _figures(number.text) == _figures(found.text)
    readings = [(number.value, number.low, number.high, number.unit)]
    readings += [(c.value, c.low, c.high, c.unit) for c in number.conversions]
    gold_unit, gold_scale = _base(gold.unit)
    wanted = [x * gold_scale for x in (gold.value, gold.low, gold.high) if x is not None]
    for value, low, high, unit in readings:
        unit, scale = _base(unit)
        if gold_unit and unit and gold_unit != unit:
            continue
        found = [b * scale for b in (value, low, high) if b is not None]
        if any(_close(a, b) for a in wanted for b in found):
            return True
    return False


def _base(unit: str | None) -> tuple[str | None, float]:
    """A unit and the factor to its base unit: ("km") -> ("m", 1000)."""
    return METRIC.get(unit or "", (unit, 1.0))


def _figures(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def _close(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= TOLERANCE * max(abs(a), abs(b))


def score(brief: Brief, highlights: Sequence[str], top: int) -> Scored:
    """One article's counts against its highlights."""
    gold = highlight_numbers(highlights)
    figures = key_figures(brief)
    shown = figures[:top]
    first = list(brief.numbers)[:top]
    in_order = sorted(figures, key=lambda n: n.start)
    best = sorted(in_order, key=lambda n: not any(matches(g, n) for g in gold))[:top]
    listed = [g for g in gold if any(matches(g, n) for n in brief.numbers)]

    def found(numbers: Sequence[Number]) -> int:
        return sum(any(matches(g, n) for n in numbers) for g in listed)

    return Scored(
        gold=len(gold),
        listed=len(listed),
        top=found(shown),
        first=found(first),
        shown_first=found(in_order[:top]),
        best=found(best),
        shown=len(shown),
        with_what=sum(n.what is not None for n in shown),
    )


def ratio(
    items: Sequence[Scored], part: Callable[[Scored], int], whole: Callable[[Scored], int]
) -> float:
    total = sum(whole(item) for item in items)
    return sum(part(item) for item in items) / total if total else float("nan")


def interval(
    items: Sequence[Scored], part: Callable[[Scored], int], whole: Callable[[Scored], int]
) -> tuple[float, float]:
    rng = random.Random(0)
    values = sorted(
        ratio([rng.choice(items) for _ in items], part, whole) for _ in range(BOOTSTRAP)
    )
    return values[int(0.025 * BOOTSTRAP)], values[int(0.975 * BOOTSTRAP) - 1]


def report(name: str, items: Sequence[Scored], top: int) -> None:
    rows = [
        (f"recall among the top {top} shown", lambda s: s.top, lambda s: s.listed),
        (f"recall among the first {top} (document order)", lambda s: s.first, lambda s: s.listed),
        ("recall, the shown in document order", lambda s: s.shown_first, lambda s: s.listed),
        ("recall, the shown in the best order", lambda s: s.best, lambda s: s.listed),
        ("recall, end to end", lambda s: s.top, lambda s: s.gold),
        (f"top {top} shown with a what", lambda s: s.with_what, lambda s: s.shown),
    ]
    gold = sum(s.gold for s in items)
    listed = sum(s.listed for s in items)
    print(
        f"\n{name}: {len(items)} articles, {gold} highlight numbers, {listed} listed by the brief"
    )
    print("| measure | value | 95% interval |\n|---|---|---|")
    for label, part, whole in rows:
        low, high = interval(items, part, whole)
        print(f"| {label} | {ratio(items, part, whole):.3f} | {low:.3f}–{high:.3f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--top", type=int, default=5)
    parser.add_argument("--half", choices=("even", "odd", "each", "all"), default="each")
    parser.add_argument(
        "--dump", action="store_true", help="print each article's misses and shown without a what"
    )
    args = parser.parse_args()
    records = read_records(args.path)
    if records is None:
        return 2
    articles = [Article.from_text(r["text"], id=r["id"]) for r in records]
    scored = []
    for record, brief in zip(records, brief_articles(articles, Options()), strict=True):
        scored.append(score(brief, record["summary_sentences"], args.top))
        if args.dump:
            _dump(brief, record["summary_sentences"], args.top)
    halves = {"even": scored[0::2], "odd": scored[1::2]}
    if args.half == "each":
        for name, items in halves.items():
            report(f"{name} half", items, args.top)
    elif args.half == "all":
        report("all", scored, args.top)
    else:
        report(f"{args.half} half", halves[args.half], args.top)
    return 0


def _dump(brief: Brief, highlights: Sequence[str], top: int) -> None:
    shown = key_figures(brief)[:top]
    for number in shown:
        if number.what is None:
            print(f"{brief.source.id}: no what {number.text!r} ({number.kind}): {number.sentence}")
    for gold in highlight_numbers(highlights):
        if not any(matches(gold, n) for n in brief.numbers):
            continue
        if not any(matches(gold, n) for n in shown):
            listed = next(n for n in brief.numbers if matches(gold, n))
            print(
                f"{brief.source.id}: missed {listed.text!r} (what={listed.what}, "
                f"salience={listed.salience}); shown: {[n.text for n in shown]}"
            )


if __name__ == "__main__":
    raise SystemExit(main())
