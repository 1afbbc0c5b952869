"""Print a sample of BBC briefs' numbers (and entities) for a person to read and judge.

    .venv/bin/python bench/review_numbers.py [../shared/eval/bbc_dev.jsonl] [--count 20] [--seed 5]

The sample is every k-th article of the file (k = items / count, offset by --seed), so it mixes
business, entertainment, politics, sport and tech. For each article it prints the numbers the
brief reports (text, normalised value, qualifier, unit, change, kind, what) under the sentence they
come from, then the first entities by salience. The reader counts numbers that are wrong (value,
unit or what misread), missing (a number in the text the brief should report but does not) and
noise (reported but useless to a reader). Nothing is scored automatically: this is the user's view.
"""

from __future__ import annotations

import argparse

from eval_data import eval_file, read_records

from brief.briefing import Options, brief_articles
from brief.records import Article
from brief.render.grouping import describe_number


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(eval_file("bbc_dev.jsonl")))
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0, help="offset of the first article")
    parser.add_argument("--entities", type=int, default=8, help="entities shown per article")
    args = parser.parse_args()
    records = read_records(args.path)
    if records is None:
        return 2
    step = max(len(records) // args.count, 1)
    sample = records[args.seed % step :: step][: args.count]
    articles = [
        Article.from_text(f"{r.get('title') or ''}\n\n{r['text']}".strip(), id=r["id"])
        for r in sample
    ]
    total = 0
    for brief in brief_articles(articles, Options()):
        print(f"\n=== {brief.source.id}: {brief.title}")
        sentence = None
        for number in brief.numbers:
            total += 1
            if number.sentence != sentence:
                sentence = number.sentence
                print(f"  > {sentence}")
            value = describe_number(number.value, number.low, number.high, number.kind)
            parts = [
                f"{number.text!r}",
                f"= {number.qualifier + ' ' if number.qualifier else ''}{value}",
                number.unit or "",
                f"({number.change})" if number.change else "",
                number.kind,
                f"what={number.what}" if number.what else "",
            ]
            print("      " + " ".join(part for part in parts if part))
        people = [f"{e.name} [{e.type}] {e.mentions}" for e in brief.entities[: args.entities]]
        print("  entities: " + "; ".join(people))
    print(f"\n{len(articles)} articles, {total} numbers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
