"""Score `brief`'s entity lists on hand-labelled news pages: names mistyped or fragments (issue 25).

    .venv/bin/python bench/eval_entities_pages.py ../shared/eval/pages \
        [--gold bench/data/pages_entities.jsonl] [--dump]

(the pages folder as seen from a checkout beside `shared/`, e.g. /work/main.) The labels and
their counting rules: `bench/data/pages_entities.md`.

Each gold line names a page (`page`), an entity as `brief` lists it (`name`), the page `set`
("1": the 15 pages read while the cast was built; "2": 6 pages that were not) and `truth`: the
types that are right for that name ("person", "organization", "place", "group", "event", "work",
"other"; more than one when the page allows either), or "fragment" (a piece of a longer name, a
name glued to other words, a second entry for an actor listed already) or "not a name".

Every entity `brief` lists on a labelled page is one of:
- right (R): its type is one of the `truth` types;
- mistyped (T): a real name, a type not among them;
- fragment (F): labelled "fragment", whatever its type;
- not a name (N): labelled "not a name"; counted apart, not in the rate;
- unlabelled (U): no gold line has that name for that page (`brief` lists a name the labels
  never saw: label it from the page's text, then score again). Left out of the rate.

The rate is (T + F) / (R + T + F + N), per set and over both.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from brief import brief_articles
from brief.errors import InputError
from brief.inputs.reading import read_article
from brief.records import Entity

GOLD = Path(__file__).resolve().parent / "data" / "pages_entities.jsonl"
TYPES = ("person", "organization", "place", "group", "event", "work", "other")
FRAGMENT, NOT_A_NAME = "fragment", "not a name"
KINDS = ("R", "T", "F", "N", "U")


@dataclass(frozen=True, slots=True)
class Label:
    """One hand label: the right types of a name `brief` lists on a page, or a fragment/not
    a name."""

    page: str
    set: str
    name: str
    truth: tuple[str, ...]


def read_gold(path: Path) -> list[Label]:
    """The labels of a gold JSONL file, each checked for its shape."""
    labels = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        truth = tuple(record["truth"])
        known = (*TYPES, FRAGMENT, NOT_A_NAME)
        if not truth or any(value not in known for value in truth):
            raise ValueError(f"{path}:{number}: truth {truth!r} is not among {known}")
        labels.append(Label(record["page"], str(record["set"]), record["name"], truth))
    return labels


def judge(entity_type: str, label: Label | None) -> str:
    """The kind of one listed entity: R, T, F, N or U (see the module's docstring)."""
    if label is None:
        return "U"
    if entity_type in label.truth:
        return "R"
    if label.truth[0] == FRAGMENT:
        return "F"
    if label.truth[0] == NOT_A_NAME:
        return "N"
    return "T"


def score(
    entities: dict[str, Sequence[Entity]], labels: Iterable[Label]
) -> tuple[dict[str, Counter[str]], list[str]]:
    """Counts of each kind per set (and "all"), and one line per entity that is not right."""
    by_page: dict[str, dict[str, Label]] = {}
    for label in labels:
        by_page.setdefault(label.page, {})[label.name] = label
    counts: dict[str, Counter[str]] = {}
    lines = []
    for page, listed in sorted(entities.items()):
        gold = by_page.get(page, {})
        page_set = next(iter(gold.values())).set if gold else "?"
        for entity in listed:
            kind = judge(entity.type, gold.get(entity.name))
            for group in (page_set, "all"):
                counts.setdefault(group, Counter())[kind] += 1
            if kind != "R":
                truth = "/".join(gold[entity.name].truth) if entity.name in gold else "?"
                lines.append(f"{kind} {page}: {entity.name!r} {entity.type} (gold {truth})")
    return counts, lines


def rate(counts: Counter[str]) -> float:
    """(T + F) over the labelled entities listed (R + T + F + N)."""
    labelled = sum(counts[kind] for kind in "RTFN")
    return (counts["T"] + counts["F"]) / labelled if labelled else 0.0


def report(counts: dict[str, Counter[str]]) -> str:
    """The Markdown table: per set and over both, the counts and the rate."""
    rows = [
        "| set | listed | right | mistyped (T) | fragments (F) | not names (N) | unlabelled |"
        " mistyped or fragments |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for group in sorted(counts, key=lambda name: (name == "all", name)):
        c = counts[group]
        listed = sum(c[kind] for kind in "RTFN")
        rows.append(
            f"| {group} | {listed} | {c['R']} | {c['T']} | {c['F']} | {c['N']} | {c['U']} |"
            f" {rate(c):.1%} ({c['T'] + c['F']}) |"
        )
    return "\n".join(rows)


def brief_pages(folder: Path, pages: Iterable[str]) -> dict[str, Sequence[Entity]]:
    """`brief`'s entity list for each named page of the folder."""
    names = sorted(set(pages))
    articles = [read_article(str(folder / name)) for name in names]
    return {name: made.entities for name, made in zip(names, brief_articles(articles), strict=True)}


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path, help="the saved pages (e.g. ../shared/eval/pages)")
    parser.add_argument("--gold", type=Path, default=GOLD, help="the hand labels (JSONL)")
    parser.add_argument(
        "--dump", action="store_true", help="print every entity that is not right, and why"
    )
    args = parser.parse_args(argv)
    for path in (args.pages, args.gold):
        if not path.exists():
            print(f"eval_entities_pages: {path}: no such file or folder", file=sys.stderr)
            return 2
    try:
        labels = read_gold(args.gold)
        entities = brief_pages(args.pages, (label.page for label in labels))
    except (InputError, ValueError) as error:
        print(f"eval_entities_pages: {error}", file=sys.stderr)
        return 2
    counts, lines = score(entities, labels)
    print(f"`{' '.join(['.venv/bin/python', 'bench/eval_entities_pages.py', *sys.argv[1:]])}`\n")
    print(report(counts))
    unlabelled = [line for line in lines if line.startswith("U ")]
    if unlabelled:
        print("\nUnlabelled (label them from the page's text):\n" + "\n".join(unlabelled))
    if args.dump:
        print("\n" + "\n".join(line for line in lines if not line.startswith("U ")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
