"""What entity and number extraction cost next to the model's parse, on real articles.

    .venv/bin/python bench/extract_cost.py [../shared/eval/polnear_dev.jsonl] [--count 80]

Prints seconds for the spaCy parse of the articles and for each extraction stage over the same
parsed docs, and their ratio to the parse (ratios survive a shared, loaded machine better than
seconds do). Run it more than once and note `uptime` beside the numbers.
"""

from __future__ import annotations

import argparse
import time

from eval_data import eval_file, read_records

from brief.extract.entities import extract_entities
from brief.extract.numbers import extract_numbers
from brief.layout import parse_layout
from brief.nlp import pipeline as nlp
from brief.nlp.typography import normalize
from brief.parsed import ParsedArticle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(eval_file("polnear_dev.jsonl")))
    parser.add_argument("--count", type=int, default=80)
    args = parser.parse_args()
    records = read_records(args.path)
    if records is None:
        return 2
    texts = [record["text"] for record in records[: args.count]]
    pipeline = nlp.load_pipeline(nlp.model_name(None))
    layouts = [parse_layout(normalize(text)) for text in texts]
    start = time.perf_counter()
    docs = list(pipeline.pipe(layout.text for layout in layouts))
    parse = time.perf_counter() - start
    articles = [ParsedArticle(t, lay, d) for t, lay, d in zip(texts, layouts, docs, strict=True)]
    print(f"{len(articles)} articles; parse {parse:.2f}s")
    for name, stage in (("entities", extract_entities), ("numbers", extract_numbers)):
        start = time.perf_counter()
        for article in articles:
            stage(article)
        seconds = time.perf_counter() - start
        print(f"{name}: {seconds:.2f}s = {seconds / parse:.1%} of the parse")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
