"""Score `brief`'s entities, and the raw spaCy model's, against a names JSONL (CoNLL-2003 dev).

    .venv/bin/python bench/eval_entities.py /work/shared/eval/conll_dev.jsonl \
        [--limit N] [--half even|odd|each] [--errors N] [--bootstrap N]

Each record has `text` and `entities`: gold spans (`start`, `end`, `label` in PER, LOC, ORG,
MISC). Scoring is per document, on distinct names, as a reader sees the brief's entity list:

- **names found**: the share of the document's distinct gold names (case-folded) that some
  entity lists, as its name or one of its aliases;
- **typed right**: of the names found, the share whose entity type fits a label the name has
  in that document (PER person, LOC place, ORG organization, MISC group/event/work/other): a
  club named for a city is labelled ORG where it plays, so a place there is wrong;
- **not names**: the share of listed entities whose name and aliases match no gold name.

Both systems are scored in the same run on the same parse: `brief` (the entity stage) and the
model (its distinct entity texts with the labels the brief keeps, each text typed by its most
frequent label). Spread: `--half each` scores even and odd articles apart (counting the first
as 0); every table also gives a 95% bootstrap interval over articles. A change that helps one
half and hurts the other fits these articles, not news.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from brief import Article
from brief.briefing import parse_articles
from brief.extract.cast.names import LABEL_TYPES
from brief.extract.entities import extract_entities
from brief.parsed import ParsedArticle

GOLD_TYPES = {
    "PER": frozenset({"person"}),
    "LOC": frozenset({"place"}),
    "ORG": frozenset({"organization"}),
    "MISC": frozenset({"group", "event", "work", "other"}),
}
SYSTEMS = ("brief", "model")
MEASURES = ("found", "typed", "not_names")


@dataclass(frozen=True, slots=True)
class Listed:
    """One entity a system lists: every form it is written in, and its type."""

    forms: frozenset[str]
    type: str
    name: str


@dataclass
class DocScore:
    """Counts for one document and one system."""

    gold: int = 0
    found: int = 0
    typed: int = 0
    listed: int = 0
    not_names: int = 0
    errors: list[str] = field(default_factory=list)
    found_by_label: Counter[str] = field(default_factory=Counter)
    typed_by_label: Counter[str] = field(default_factory=Counter)

    def add(self, other: DocScore) -> None:
        self.gold += other.gold
        self.found += other.found
        self.typed += other.typed
        self.listed += other.listed
        self.not_names += other.not_names
        self.found_by_label.update(other.found_by_label)
        self.typed_by_label.update(other.typed_by_label)

    def rates(self) -> dict[str, float]:
        return {
            "found": self.found / max(self.gold, 1),
            "typed": self.typed / max(self.found, 1),
            "not_names": self.not_names / max(self.listed, 1),
        }


def key(text: str) -> str:
    """A name as compared: case-folded, spaces collapsed, a possessive ending dropped."""
    words = text.replace("’", "'").lower().split()
    if words and words[-1] in {"'s", "'"}:
        words.pop()
    joined = " ".join(words)
    return joined[:-2] if joined.endswith("'s") else joined


def gold_names(record: dict[str, object]) -> dict[str, Counter[str]]:
    """Each distinct gold name of the document with its labels there."""
    text = str(record["text"])
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for item in record["entities"]:  # type: ignore[attr-defined]
        names[key(text[item["start"] : item["end"]])][item["label"]] += 1
    return names


def brief_listed(parsed: ParsedArticle) -> list[Listed]:
    """The brief's entities with every form it gives them."""
    return [
        Listed(
            frozenset(key(form) for form in (entity.name, *entity.aliases)),
            entity.type,
            entity.name,
        )
        for entity in extract_entities(parsed).entities
    ]


def model_listed(parsed: ParsedArticle) -> list[Listed]:
    """The model's distinct entity texts, each typed by its most frequent kept label."""
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, str] = {}
    for span in parsed.doc.ents:
        if span.label_ in LABEL_TYPES:
            form = key(span.text)
            labels[form][LABEL_TYPES[span.label_]] += 1
            names.setdefault(form, span.text)
    return [
        Listed(frozenset({form}), counts.most_common(1)[0][0], names[form])
        for form, counts in labels.items()
    ]


def score(gold: dict[str, Counter[str]], listed: Sequence[Listed]) -> DocScore:
    """Names found, typed right, and listed entities that are no name, for one document."""
    result = DocScore(gold=len(gold), listed=len(listed))
    by_form: dict[str, Listed] = {}
    for entity in listed:
        for form in entity.forms:
            by_form.setdefault(form, entity)
    for name, labels in gold.items():
        entity = by_form.get(name)
        if entity is None:
            result.errors.append(f"missed {name!r} ({labels.most_common(1)[0][0]})")
            continue
        result.found += 1
        main = labels.most_common(1)[0][0]
        result.found_by_label[main] += 1
        allowed = frozenset().union(*(GOLD_TYPES[label] for label in labels))
        if entity.type in allowed:
            result.typed += 1
            result.typed_by_label[main] += 1
        else:
            gold_label = "/".join(sorted(labels))
            result.errors.append(f"mistyped {entity.name!r}: {entity.type}, gold {gold_label}")
    for entity in listed:
        if not entity.forms & gold.keys():
            result.not_names += 1
            result.errors.append(f"not a name {entity.name!r} ({entity.type})")
    return result


def records(path: Path, limit: int | None) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        items = [json.loads(line) for line in lines if line.strip()]
    return items[:limit] if limit else items


def scored(items: Sequence[dict[str, object]]) -> Iterator[dict[str, DocScore]]:
    """Per document, the score of each system, the two read off one parse."""
    articles = (Article.from_text(str(item["text"])) for item in items)
    for item, (_, parsed) in zip(items, parse_articles(articles), strict=True):
        gold = gold_names(item)
        yield {
            "brief": score(gold, brief_listed(parsed)),
            "model": score(gold, model_listed(parsed)),
        }


def total(docs: Iterable[DocScore]) -> DocScore:
    result = DocScore()
    for doc in docs:
        result.add(doc)
    return result


def interval(docs: Sequence[DocScore], measure: str, rounds: int) -> tuple[float, float]:
    """A 95% bootstrap interval of one measure, resampling documents (seeded, repeatable)."""
    draw = random.Random(0)
    values = sorted(total(draw.choice(docs) for _ in docs).rates()[measure] for _ in range(rounds))
    return values[int(0.025 * rounds)], values[int(0.975 * rounds) - 1]


def table(title: str, per_doc: Sequence[dict[str, DocScore]], rounds: int) -> str:
    lines = [
        f"\n{title}: {len(per_doc)} articles",
        "| system | names found | typed right | not names | gold names | listed |",
        "|---|---|---|---|---|---|",
    ]
    for system in SYSTEMS:
        docs = [doc[system] for doc in per_doc]
        whole = total(docs)
        rates = whole.rates()
        cells = []
        for measure in MEASURES:
            low, high = interval(docs, measure, rounds) if rounds else (rates[measure],) * 2
            cells.append(f"{rates[measure]:.1%} [{low:.1%}, {high:.1%}]")
        lines.append(f"| {system} | {' | '.join(cells)} | {whole.gold} | {whole.listed} |")
    lines += ["", "typed right per gold label:", "| system | " + " | ".join(GOLD_TYPES) + " |"]
    lines.append("|---" * (len(GOLD_TYPES) + 1) + "|")
    for system in SYSTEMS:
        whole = total(doc[system] for doc in per_doc)
        cells = [
            f"{whole.typed_by_label[label] / max(whole.found_by_label[label], 1):.1%}"
            f" ({whole.found_by_label[label]})"
            for label in GOLD_TYPES
        ]
        lines.append(f"| {system} | {' | '.join(cells)} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--half", choices=["even", "odd", "each"])
    parser.add_argument("--errors", type=int, default=0, help="print N of brief's errors")
    parser.add_argument("--bootstrap", type=int, default=1000, help="resamples (0: none)")
    args = parser.parse_args(argv)
    items = records(args.path, args.limit)
    positions = list(range(len(items)))
    if args.half in {"even", "odd"}:
        positions = [i for i in positions if i % 2 == (args.half == "odd")]
    per_doc = list(scored([items[i] for i in positions]))
    if args.half == "each":
        for parity, name in ((0, "even"), (1, "odd")):
            half = [doc for i, doc in zip(positions, per_doc, strict=True) if i % 2 == parity]
            print(table(f"half {name}", half, args.bootstrap))
    print(table("all", per_doc, args.bootstrap))
    if args.errors:
        kinds: Counter[str] = Counter()
        errors = [error for doc in per_doc for error in doc["brief"].errors]
        for error in errors:
            kinds[error.split()[0]] += 1
        print(f"\nbrief's errors: {dict(kinds)}")
        for error in errors[: args.errors]:
            print(" ", error)


if __name__ == "__main__":
    main()
