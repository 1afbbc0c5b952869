"""Pick an article's key sentences: score each candidate, then choose without repeating.

Model-free: it works on `Candidate` records (text, position, content words), which
`brief.extract.sentences` builds from the parsed article, so it can be tested and compared on
its own. Chosen sentences come back in article order.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

LEAD_WEIGHT = 1.0
CENTRALITY_WEIGHT = 1.0
TITLE_WEIGHT = 0.5
REDUNDANCY_LIMIT = 0.6


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may be chosen, with what the scorer needs to know about it."""

    text: str
    start: int
    end: int
    line: int
    section: int
    words: tuple[str, ...]


def score(
    candidates: Sequence[Candidate], title_words: frozenset[str] = frozenset()
) -> list[float]:
    """A relevance score per candidate: lead position, centrality and overlap with the title."""
    if not candidates:
        return []
    document = Counter(word for candidate in candidates for word in set(candidate.words))
    total = len(candidates)
    scores = []
    for position, candidate in enumerate(candidates):
        lead = 1.0 / math.sqrt(position + 1)
        centrality = _centrality(candidate.words, document, total)
        title = _overlap(candidate.words, title_words)
        scores.append(LEAD_WEIGHT * lead + CENTRALITY_WEIGHT * centrality + TITLE_WEIGHT * title)
    return scores


def select(
    candidates: Sequence[Candidate], count: int, title_words: frozenset[str] = frozenset()
) -> list[Candidate]:
    """The `count` best candidates, skipping near-repeats of ones already chosen, in article order."""
    scores = score(candidates, title_words)
    ranked = sorted(range(len(candidates)), key=lambda index: -scores[index])
    chosen: list[int] = []
    for index in ranked:
        if len(chosen) == count:
            break
        words = set(candidates[index].words)
        if all(
            _similarity(words, set(candidates[other].words)) < REDUNDANCY_LIMIT for other in chosen
        ):
            chosen.append(index)
    return [candidates[index] for index in sorted(chosen)]


def _centrality(words: Sequence[str], document: Counter[str], total: int) -> float:
    """How much of the article's recurring vocabulary the sentence carries (0..1)."""
    if not words or total < 2:
        return 0.0
    weights = [(document[word] - 1) / (total - 1) for word in set(words)]
    return sum(weights) / math.sqrt(len(weights) + 1)


def _overlap(words: Sequence[str], title_words: frozenset[str]) -> float:
    if not words or not title_words:
        return 0.0
    return len(set(words) & title_words) / len(title_words)


def _similarity(first: set[str], second: set[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))
