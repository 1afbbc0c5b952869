"""Is quote extraction linear in the article's length? Time `extract_quotes` on one article
repeated 1, 2, 4, 8 and 16 times (the spaCy parse is done first and not timed).

    .venv/bin/python bench/quotes_scaling.py [ARTICLE] [--repeat R]

Prints milliseconds per copy of the article for each size; a linear extractor keeps that
figure flat (a quadratic one doubles it with every doubling of the article).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from brief.briefing import _sentence_starts
from brief.extract.attribution import extract_quotes
from brief.extract.cast import build_cast
from brief.layout import parse_layout
from brief.nlp import pipeline as nlp
from brief.nlp.typography import normalize
from brief.parsed import ParsedArticle

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_11109ac5ee476577.txt"
SIZES = (1, 2, 4, 8, 16)


def parsed(text: str) -> ParsedArticle:
    """The article after layout and the model pass, as `brief` builds it."""
    layout = parse_layout(normalize(text))
    pipeline = nlp.load_pipeline(nlp.model_name())
    return ParsedArticle(text, layout, nlp.parse(pipeline, layout.text, _sentence_starts(layout)))


def best_time(article: ParsedArticle, repeat: int) -> float:
    """The fastest of `repeat` runs of quote extraction (the cast built once), in seconds."""
    cast = build_cast(article)
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        extract_quotes(article, cast)
        best = min(best, time.perf_counter() - began)
    return best


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("article", type=Path, nargs="?", default=SEED)
    parser.add_argument("--repeat", type=int, default=5, help="runs per size; the best counts")
    args = parser.parse_args(argv)
    body = args.article.read_text(encoding="utf-8")
    print("| copies | characters | quotes | ms per copy |")
    print("|---|---|---|---|")
    for size in SIZES:
        text = "\n\n".join([body] * size)
        article = parsed(text)
        seconds = best_time(article, args.repeat)
        count = len(extract_quotes(article, build_cast(article)))
        print(f"| {size} | {len(text)} | {count} | {1000 * seconds / size:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
