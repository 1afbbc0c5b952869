"""Pick an article's key sentences: score each candidate, then choose without repeating.

Model-free: it works on `Candidate` records (text, offsets, section, content words),
which `brief.extract.sentences` builds from the parsed article, so it can be tested and compared
on its own. Chosen sentences come back in article order.

The score is a short linear sum of signals with hand-set weights:

- position: news puts the point first (Lead-3 beats every unsupervised method on news), so a
  sentence's place in the article is the strongest prior. The first three sentences (the lede
  and what backs it up) share full marks; after them the prior halves every three sentences;
- centrality: tf-idf cosine between the sentence and the rest of the article, relative to the
  article's most central sentence, so it can lift a sentence from further down above a lead
  sentence that says little;
- title: overlap with the headline's content words, when the article has a headline;
- personal: a penalty for first- or second-person speech ("I", "we", "you"), which quotes
  rather than reports.

Selection is greedy: after each choice, the words it used count half in the other sentences'
centrality (SumBasic's update), so the next choice brings something new; a sentence whose
content words mostly repeat a chosen one's waits. Everything is linear in the article's length:
centrality compares each sentence with the article's total vector, never with every other
sentence, and re-scoring is lazy.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

# Hand-set weights (docs/summaries.md says why each is what it is).
POSITION_WEIGHT = 1.0
CENTRALITY_WEIGHT = 0.6
TITLE_WEIGHT = 0.2
PERSONAL_PENALTY = 0.1
LEAD_SENTENCES = 3
POSITION_HALF_LIFE = 3.0
REDUNDANCY_LIMIT = 0.5
# Long summaries (--ratio over a long text) check repeats against their first choices only,
# the ones most often restated, which keeps choosing linear in the article's length.
REDUNDANCY_WINDOW = 50
# Once a chosen sentence has used a word, it counts this much in the others' centrality.
SAID_DISCOUNT = 0.5

SIGNALS = ("position", "centrality", "title", "personal")
DEFAULT_SENTENCES = 3
MAX_DEFAULT_SENTENCES = 5


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may be chosen, with what the scorer needs to know about it."""

    text: str
    start: int
    end: int
    line: int
    section: int
    words: tuple[str, ...]
    personal: bool = False


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate with its score and the signals that made it (for `--explain`)."""

    candidate: Candidate
    score: float
    signals: tuple[tuple[str, float], ...]

    def explain(self, rank: int, total: int) -> str:
        """One line saying why: the rank, the score and each signal's share of it."""
        parts = ", ".join(f"{name} {value:+.2f}" for name, value in self.signals if value)
        return f"rank {rank} of {total}, score {self.score:.2f} = {parts}"


@dataclass(frozen=True, slots=True)
class Choice:
    """A chosen sentence, its rank among all candidates, and why it was chosen."""

    candidate: Candidate
    rank: int
    why: str


def summary_size(total: int, sentences: int | None = None, ratio: float | None = None) -> int:
    """How many sentences to choose from `total` candidates.

    `sentences` wins; else `ratio` (a share of the article's sentences, at least one); else the
    default: three, fewer for short articles (a third of them, at least one), and one more for
    every 30 candidates beyond 40, up to five, for long ones.
    """
    if sentences is not None:
        return min(sentences, total)
    if ratio is not None:
        return min(total, max(1, round(ratio * total)))
    if total <= 3 * DEFAULT_SENTENCES:
        return math.ceil(total / 3)
    return min(MAX_DEFAULT_SENTENCES, DEFAULT_SENTENCES + max(0, total - 40) // 30)


def score(
    candidates: Sequence[Candidate],
    title_words: frozenset[str] = frozenset(),
    *,
    lead: int = LEAD_SENTENCES,
) -> list[Scored]:
    """Score every candidate; see the module docstring. The first `lead` share full position marks."""
    return _scored(candidates, title_words, lead, _Space.of(candidates))


def choose(
    candidates: Sequence[Candidate], count: int, title_words: frozenset[str] = frozenset()
) -> list[Choice]:
    """The `count` best candidates, in article order, without repeating what is already said.

    Greedy: after each choice, the words it used count half in the others' centrality, so the
    next choice brings something new (SumBasic's update). Scores only fall as more is said,
    so a candidate is re-scored only when it reaches the top of the queue (lazy greedy): the
    choice stays near-linear in the article's length. A candidate whose content words mostly
    repeat a chosen one's waits; waiting candidates fill the count only when nothing else is
    left, and an exact repeat never does. Repeats are checked against the first
    `REDUNDANCY_WINDOW` choices.
    """
    space = _Space.of(candidates)
    scored = _scored(candidates, title_words, LEAD_SENTENCES, space)
    ranked = sorted(range(len(scored)), key=lambda index: (-scored[index].score, index))
    rank_of = {index: rank for rank, index in enumerate(ranked, start=1)}
    queue = [(-scored[index].score, index) for index in ranked]
    chosen: list[int] = []
    waiting: list[int] = []
    said: set[str] = set()
    while queue and len(chosen) < count:
        _, index = heapq.heappop(queue)
        current = _rescored(scored[index], space.centrality(index, said), space.most)
        if queue and current < -queue[0][0]:
            heapq.heappush(queue, (-current, index))
            continue
        words = set(candidates[index].words)
        if any(
            _similarity(words, set(candidates[other].words)) >= REDUNDANCY_LIMIT
            for other in chosen[:REDUNDANCY_WINDOW]
        ):
            waiting.append(index)
            continue
        chosen.append(index)
        said |= words
    texts = {candidates[index].text for index in chosen}
    for index in waiting:
        if len(chosen) == count:
            break
        if candidates[index].text not in texts:
            chosen.append(index)
            texts.add(candidates[index].text)
    return [
        Choice(
            candidates[index], rank_of[index], scored[index].explain(rank_of[index], len(scored))
        )
        for index in sorted(chosen)
    ]


def select(
    candidates: Sequence[Candidate], count: int, title_words: frozenset[str] = frozenset()
) -> list[Candidate]:
    """The chosen candidates alone (see `choose`)."""
    return [choice.candidate for choice in choose(candidates, count, title_words)]


def gists(
    candidates: Sequence[Candidate], title_words: frozenset[str] = frozenset()
) -> dict[int, Candidate]:
    """Each section's gist, by section index: its best sentence.

    Centrality and the other signals are the article's; the position prior restarts at each
    section, with the section's first sentence as its lead: it usually states the point.
    """
    best: dict[int, tuple[float, Candidate]] = {}
    seen: Counter[int] = Counter()
    for item in score(candidates, title_words):
        section = item.candidate.section
        position = POSITION_WEIGHT * _position_prior(seen[section], 1)
        value = item.score - dict(item.signals)["position"] + position
        seen[section] += 1
        if section not in best or value > best[section][0]:
            best[section] = (value, item.candidate)
    return {section: candidate for section, (_, candidate) in best.items()}


def _scored(
    candidates: Sequence[Candidate], title_words: frozenset[str], lead: int, space: _Space
) -> list[Scored]:
    scored = []
    for position, candidate in enumerate(candidates):
        values = {
            "position": POSITION_WEIGHT * _position_prior(position, lead),
            "centrality": CENTRALITY_WEIGHT * space.centralities[position] / space.most,
            "title": TITLE_WEIGHT * _overlap(candidate.words, title_words),
            "personal": -PERSONAL_PENALTY * candidate.personal,
        }
        signals = tuple((name, round(values[name], 4)) for name in SIGNALS)
        scored.append(Scored(candidate, sum(values.values()), signals))
    return scored


def _rescored(item: Scored, centrality: float, most: float) -> float:
    """`item`'s score with its centrality signal replaced."""
    return item.score - dict(item.signals)["centrality"] + CENTRALITY_WEIGHT * centrality / most


@dataclass(frozen=True, slots=True)
class _Space:
    """The article's sentences as tf-idf vectors, their total, and each one's centrality."""

    vectors: tuple[dict[str, float], ...]
    total: dict[str, float]
    norm: float
    centralities: tuple[float, ...]
    most: float

    @classmethod
    def of(cls, candidates: Sequence[Candidate]) -> _Space:
        """Vectors weighted by inverse sentence frequency: words in every sentence weigh nothing."""
        frequency = Counter(word for candidate in candidates for word in set(candidate.words))
        weights = {word: math.log((len(candidates) + 1) / n) for word, n in frequency.items()}
        vectors = tuple(_vector(candidate.words, weights) for candidate in candidates)
        total: Counter[str] = Counter()
        for vector in vectors:
            total.update(vector)
        norm = math.sqrt(sum(value * value for value in total.values()))
        space = cls(vectors, dict(total), norm, (), 1.0)
        centralities = tuple(space.centrality(index) for index in range(len(vectors)))
        return cls(vectors, dict(total), norm, centralities, max(centralities, default=0) or 1.0)

    def centrality(self, index: int, said: set[str] | frozenset[str] = frozenset()) -> float:
        """Cosine between sentence `index` and the rest of the article (the total less it).

        Words in `said` count `SAID_DISCOUNT` of their weight. The rest's norm is taken as
        the total's, which keeps this O(sentence length).
        """
        vector = self.vectors[index]
        norm = math.sqrt(sum(value * value for value in vector.values()))
        if not norm or not self.norm:
            return 0.0
        dot = sum(
            value * (self.total[word] - value) * (SAID_DISCOUNT if word in said else 1.0)
            for word, value in vector.items()
        )
        return max(0.0, dot / (norm * self.norm))


def _vector(words: Sequence[str], weights: dict[str, float]) -> dict[str, float]:
    counts = Counter(words)
    return {word: (1 + math.log(count)) * weights[word] for word, count in counts.items()}


def _overlap(words: Sequence[str], reference: frozenset[str]) -> float:
    if not words or not reference:
        return 0.0
    return len(set(words) & reference) / len(reference)


def _position_prior(position: int, lead: int) -> float:
    """1 for the `lead` sentences, then halving every `POSITION_HALF_LIFE` sentences."""
    return math.pow(0.5, max(0, position - lead + 1) / POSITION_HALF_LIFE)


def _similarity(first: set[str], second: set[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))
