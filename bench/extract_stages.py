"""Where the extraction's time goes: CPU seconds of each stage of `assemble`, the model aside.

    .venv/bin/python bench/extract_stages.py [../shared/eval/bbc_dev.jsonl] [--count 200]
        [--rounds 1] [--profile FILE]

Parses the first `--count` articles once, then briefs them again from the parsed docs
(`brief.briefing.assemble`) `--rounds` times and prints the CPU seconds (`time.process_time`,
which a shared machine's load skews less than wall time) of each stage, and its share of the
extraction; nested stages are indented and also count in the stage above them. Rounds after
the first find the memoised lookups warm, so the first round of a fresh process is the one to
compare. `--profile FILE` runs one round under cProfile instead and writes its stats to FILE
(for `pstats`).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import importlib
import json
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval_data import eval_file

from brief.briefing import Options, assemble, parse_articles
from brief.extract.cast.references import Finder
from brief.records import Article

# (module where `assemble` or the cast looks the function up, its name, the row's label)
STAGES = (
    ("brief.extract.cast", "build_cast", "the cast (build_cast)"),
    ("brief.extract.cast.build", "name_mentions", "  names found and cleaned"),
    ("brief.extract.cast.names", "whole_names", "    names made whole"),
    ("brief.extract.cast.build", "merge", "  merged into actors"),
    ("brief.extract.cast.build", "descriptions", "  descriptions"),
    ("brief.extract.cast.build", "actor_type", "  typing (actor_type)"),
    ("brief.extract.quantities", "article_quantities", "number phrases"),
    ("brief.extract.attribution", "extract_quotes", "quotes"),
    ("brief.briefing", "summary_candidates", "summary candidates"),
    ("brief.briefing", "summary", "key sentences chosen"),
    ("brief.extract.number_salience", "evidence", "number evidence"),
    ("brief.extract.numbers", "extract_numbers", "numbers"),
    ("brief.extract.dates", "extract_dates", "dates"),
    ("brief.extract.reported", "with_reported", "reported speech"),
)
REFERENCES = "  references (two passes)"


def _timed(function: Callable[..., Any], label: str, spent: dict[str, float]) -> Callable[..., Any]:
    """`function`, adding the CPU seconds of each call to `spent[label]`."""

    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start

    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=eval_file("bbc_dev.jsonl"))
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--profile", type=Path, help="write one round's cProfile stats here")
    args = parser.parse_args()
    with args.path.open(encoding="utf-8") as lines:
        texts = [
            json.loads(line)["text"] for line, _ in zip(lines, range(args.count), strict=False)
        ]
    started = time.process_time()
    parsed = list(parse_articles(Article.from_text(text) for text in texts))
    print(f"{len(parsed)} articles; model load and parse {time.process_time() - started:.2f} CPU s")
    if args.profile is not None:
        profiler = cProfile.Profile()
        profiler.runcall(lambda: [assemble(a, p, Options()) for a, p in parsed])
        profiler.dump_stats(str(args.profile))
        print(f"profile of one round written to {args.profile}")
        return
    spent: dict[str, float] = defaultdict(float)
    Finder.references = _timed(Finder.references, REFERENCES, spent)  # type: ignore[method-assign]
    for module_name, name, label in STAGES:
        module = importlib.import_module(module_name)
        setattr(module, name, _timed(getattr(module, name), label, spent))
    for round_number in range(1, args.rounds + 1):
        spent.clear()
        started = time.process_time()
        for article, one in parsed:
            assemble(article, one, Options())
        total = time.process_time() - started
        print(f"\nround {round_number}: extraction (assemble) {total:.2f} CPU s\n")
        print("| stage | CPU s | share |\n|---|---:|---:|")
        for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
            print(f"| {label.replace('  ', '… ')} | {seconds:.3f} | {seconds / total:.1%} |")


if __name__ == "__main__":
    main()
