"""How the summarizer's time grows with the article: it should be linear in the sentence count.

    .venv/bin/python bench/summarizer_scaling.py

Model-free: synthetic candidates (12-30 content words drawn from a Zipf-like 5,000-word
vocabulary, seeded), so only `brief.summarizer` is timed. Two jobs per size: five key
sentences plus every section's gist (the default), and a fifth of the sentences (`--ratio
0.2`, the long-summary case). Each is timed three times and the best run kept; "relative"
is time per sentence against the smallest size (about 1 means linear).
"""

from __future__ import annotations

import random
import sys
import time

from brief.summarizer import Candidate, choose, gists

SIZES = (250, 1_000, 4_000, 16_000)
REPEATS = 3
VOCABULARY = [f"w{index}" for index in range(5_000)]
WEIGHTS = [1 / (rank + 1) for rank in range(len(VOCABULARY))]


def article(size: int, seed: int = 7) -> list[Candidate]:
    """`size` synthetic candidates in 20 sections."""
    generator = random.Random(seed)
    candidates = []
    for index in range(size):
        words = tuple(generator.choices(VOCABULARY, WEIGHTS, k=generator.randint(12, 30)))
        text = f"sentence {index}"
        candidates.append(
            Candidate(text, index * 100, index * 100 + 50, index + 1, index * 20 // size, words)
        )
    return candidates


def best_time(candidates: list[Candidate], count: int) -> float:
    """The fastest of `REPEATS` runs of choosing `count` sentences and every section's gist."""
    times = []
    for _ in range(REPEATS):
        began = time.perf_counter()
        choose(candidates, count)
        gists(candidates)
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> int:
    """Print a Markdown table of time against sentence count."""
    print("| sentences | 5 chosen (ms) | relative | a fifth chosen (ms) | relative |")
    print("|---:|---:|---:|---:|---:|")
    bases: list[float] = []
    for size in SIZES:
        candidates = article(size)
        cells = []
        for job, count in enumerate((5, size // 5)):
            per = best_time(candidates, count) / size
            if len(bases) <= job:
                bases.append(per)
            cells.append(f"{per * size * 1000:.1f} | {per / bases[job]:.2f}")
        print(f"| {size:,} | {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
