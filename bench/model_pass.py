"""Where the model pass goes: CPU seconds of each pipeline component, and what a thread costs.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/model_pass.py [FILE] [--count 200]
        [--rounds 3] [--thread]

Parses the first `--count` articles of FILE (default: bbc_dev.jsonl of the eval data) with
brief's pipeline, one component at a time over batches of `BATCH_SIZE`, and prints the CPU
seconds (`time.process_time`) of each component, median and spread over `--rounds`, after one
untimed round. `--thread` starts (and joins) one idle thread first: from then on glibc takes
its locks the slow, atomic way, and the GIL is one of them. Run it with and without
`--thread` (and with `OPENBLAS_NUM_THREADS=1`, else numpy's BLAS threads are there anyway) to
see what a thread costs each component.
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from pathlib import Path

from eval_data import eval_file

from brief.nlp import pipeline as brief_nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=eval_file("bbc_dev.jsonl"))
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--thread", action="store_true", help="start one idle thread first")
    args = parser.parse_args()
    if args.thread:
        idle = threading.Thread(target=time.sleep, args=(0.01,))
        idle.start()
        idle.join()
    with args.path.open(encoding="utf-8") as lines:
        texts = [
            json.loads(line)["text"] for line, _ in zip(lines, range(args.count), strict=False)
        ]
    nlp = brief_nlp.load_pipeline(brief_nlp.model_name(None))
    spent: dict[str, list[float]] = {}
    for round_ in range(args.rounds + 1):
        for name, seconds in _one_round(nlp, texts).items():
            if round_:  # the first round fills the vocabulary and the memoised tables
                spent.setdefault(name, []).append(seconds)
    total = sum(statistics.median(values) for values in spent.values())
    print(f"{len(texts)} articles, {args.rounds} rounds, thread started: {args.thread}\n")
    print("| component | median CPU s | spread | share |")
    print("|---|---:|---:|---:|")
    for name, values in spent.items():
        median = statistics.median(values)
        print(
            f"| {name} | {median:.2f} | {min(values):.2f}–{max(values):.2f} "
            f"| {median / total:.0%} |"
        )
    print(f"| whole pass | {total:.2f} | | |")


def _one_round(nlp: brief_nlp.Language, texts: list[str]) -> dict[str, float]:
    """CPU seconds of tokenising, then of each component over the same batches."""
    spent: dict[str, float] = {}
    start = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    spent["tokenizer"] = time.process_time() - start
    size = brief_nlp.BATCH_SIZE
    batches = [docs[index : index + size] for index in range(0, len(docs), size)]
    for name, component in nlp.pipeline:
        start = time.process_time()
        batches = [list(component.pipe(batch, batch_size=size)) for batch in batches]  # type: ignore[attr-defined]
        spent[name] = time.process_time() - start
    return spent


if __name__ == "__main__":
    main()
