"""Pick an article's key sentences: score each candidate, then choose without repeating.

Model-free: it works on `Candidate` records (text, offsets, section, content words),
which `brief.extract.sentences` builds from the parsed article, so it can be tested and compared
on its own. Key sentences come back in article order.

The score is a short linear sum of signals, each weight chosen by cross-validation (`Weights`):

- position: news puts the point first (Lead-3 is hard to beat on news), so a sentence's place
  in the article is the strongest prior. The first three sentences (the lede and what backs it
  up) share full marks; after them the prior halves every `half_life` sentences;
- centrality: tf-idf cosine between the sentence and the rest of the article, relative to the
  article's most central sentence, so it can lift a sentence from further down above a lead
  sentence that says little;
- title: overlap with the headline's content words, when the article has a headline.

A key sentence must read on its own: a quotation is chosen only when the article says whose
words they are (the summary shows the speaker), a sentence that leans on the one before it
(it opens with a pointing pronoun, "He", "It", "Their"; holds a pronoun nothing in it names,
"Russia wants it operating"; or goes on with a quotation opened before it) only together with
that sentence (the first one, which has none, only when nothing else can be chosen), and a
sentence ending in a colon comes as one candidate with the line it introduces
(`brief.extract.sentences`). Section gists follow the same rule: a section whose sentences all
lean has no gist. A short story's first sentence is kept when it states the news
(`opens_with_news`).

Selection is greedy, best score first; a sentence whose content words mostly repeat a chosen
one's waits. Everything is linear in the article's length: centrality compares each sentence
with the article's total vector, never with every other sentence.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from brief.quote_marks import OPENING_MARKS

LEAD_SENTENCES = 3
REDUNDANCY_LIMIT = 0.5
# Long summaries (--ratio over a long text) check repeats against their first choices only,
# the ones most often restated, which keeps choosing linear in the article's length.
REDUNDANCY_WINDOW = 50

SIGNALS = ("position", "centrality", "title")
DEFAULT_SENTENCES = 3
# Up to this many candidates, an article is a short story: fewer key sentences, lede kept.
SHORT_STORY = 3 * DEFAULT_SENTENCES
MAX_DEFAULT_SENTENCES = 5


@dataclass(frozen=True, slots=True)
class Weights:
    """The scorer's knobs, each chosen by 10-fold cross-validation (`bench/eval_summaries.py
    --cv`; grid and out-of-fold numbers in `bench/results/summaries.md`): centrality and
    half-life on the CNN/DM development articles (the same values in 8 of 10 folds), title on
    the BBC ones, the only set with headlines (0.4 in 10 of 10 folds).

    Position has weight 1 and sets the scale. `half_life`: sentences past the lead over which
    the position prior halves. `title`: the share of the headline's
    content words a sentence carries.
    """

    centrality: float = 0.8
    title: float = 0.4
    half_life: float = 1.5


WEIGHTS = Weights()


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may be chosen, with what the scorer needs to know about it.

    `quotation`: all its words are inside quotation marks, and `speaker` says whose they are
    (None when the article does not say). `leans`: it reads only after the candidate before it
    (it opens with a pronoun that points back, "He said"; holds a pronoun nothing in it names;
    goes on with a quotation opened before it). `question`: it asks.
    """

    text: str
    start: int
    end: int
    line: int
    section: int
    words: tuple[str, ...]
    quotation: bool = False
    speaker: str | None = None
    leans: bool = False
    question: bool = False

    @property
    def unattributed(self) -> bool:
        """A quotation whose speaker the article does not give: never a key sentence."""
        return self.quotation and self.speaker is None


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
    """A key sentence: the candidate chosen, its rank among all candidates, and why."""

    candidate: Candidate
    rank: int
    why: str


def summary_size(total: int, sentences: int | None = None, ratio: float | None = None) -> int:
    """How many key sentences to choose from `total` candidates.

    `sentences` wins; else `ratio` (a share of the article's sentences, at least one); else the
    default: three, fewer for short articles (a third of them, at least one, and two from four
    sentences on), and one more for every 30 candidates beyond 40, up to five, for long ones.
    """
    if sentences is not None:
        return min(sentences, total)
    if ratio is not None:
        return min(total, max(1, round(ratio * total)))
    if total <= SHORT_STORY:
        return math.ceil(total / 3)
    return min(MAX_DEFAULT_SENTENCES, DEFAULT_SENTENCES + max(0, total - 40) // 30)


def score(
    candidates: Sequence[Candidate],
    title_words: frozenset[str] = frozenset(),
    *,
    lead: int = LEAD_SENTENCES,
    weights: Weights = WEIGHTS,
) -> list[Scored]:
    """Score every candidate; see the module docstring. The first `lead` share full position marks."""
    return _scored(candidates, title_words, lead, _Space.of(candidates), weights)


def choose(
    candidates: Sequence[Candidate],
    count: int,
    title_words: frozenset[str] = frozenset(),
    weights: Weights = WEIGHTS,
) -> list[Choice]:
    """The `count` best candidates, in article order, that read on their own.

    A short story's first sentence comes first when it states the news (`opens_with_news`). A
    quotation whose speaker is unknown is never chosen; a sentence leaning on a pronoun waits
    until the candidate before it is chosen, and is otherwise replaced.

    Candidates are taken best score first (a leaning one freed by its antecedent goes back in
    the queue). A candidate whose content words mostly repeat a chosen one's waits; waiting
    candidates fill the count only when nothing else is left, and an exact repeat never does.
    Repeats are checked against the first `REDUNDANCY_WINDOW` choices.
    """
    space = _Space.of(candidates)
    scored = _scored(candidates, title_words, LEAD_SENTENCES, space, weights)
    ranked = sorted(range(len(scored)), key=lambda index: (-scored[index].score, index))
    rank_of = {index: rank for rank, index in enumerate(ranked, start=1)}
    picked = _Picked(candidates)
    if count and opens_with_news(candidates, space, title_words):
        picked.add(0)
    queue = [(-scored[i].score, i) for i in ranked if i not in picked.indexes]
    while queue and len(picked.order) < count:
        _, index = heapq.heappop(queue)
        if candidates[index].unattributed or picked.blocked(index):
            continue  # a blocked one comes back when the sentence it leans on is chosen
        if picked.repeats(index):
            picked.waiting.append(index)
            continue
        for freed in picked.add(index):
            heapq.heappush(queue, (-scored[freed].score, freed))
    picked.fill(count)
    if count and ranked and not picked.order:  # all lean or are unattributed: the best
        picked.add(min(ranked, key=lambda index: candidates[index].unattributed))
    return [
        Choice(
            candidates[index], rank_of[index], scored[index].explain(rank_of[index], len(scored))
        )
        for index in sorted(picked.order)
    ]


def opens_with_news(
    candidates: Sequence[Candidate], space: _Space, title_words: frozenset[str] = frozenset()
) -> bool:
    """Whether a short story's first candidate states its news: not a question, a quote or an
    anecdote. In longer articles the position prior alone speaks for the lede: forcing it there
    cost 0.4 ROUGE-1 out of fold on CNN/DM, whose long stories often open with a hook.

    A quote: it is a quotation, or opens with one ("“We had no choice,” said a manager.").

    A scene-setting anecdote ("The phone rang at 3am in the kitchen.") shares no content word
    with the headline or with any other sentence: the story never comes back to it.
    """
    if not candidates or len(candidates) > SHORT_STORY:
        return False
    first = candidates[0]
    if first.question or first.quotation or first.leans:
        return False
    if first.text.startswith(tuple(OPENING_MARKS)):
        return False
    return space.centralities[0] > 0 or bool(title_words & set(first.words))


class _Picked:
    """What `choose` has chosen so far, and the candidates held back until something is."""

    def __init__(self, candidates: Sequence[Candidate]) -> None:
        self.candidates = candidates
        self.order: list[int] = []
        self.indexes: set[int] = set()
        self.waiting: list[int] = []  # near-repeats of a chosen sentence
        self.held: dict[int, list[int]] = {}  # leaning sentences, by the one they lean on

    def add(self, index: int) -> list[int]:
        """Choose `index`; return the leaning sentences this frees."""
        self.order.append(index)
        self.indexes.add(index)
        return self.held.pop(index, [])

    def blocked(self, index: int) -> bool:
        """A leaning sentence whose antecedent is not chosen yet: hold it back."""
        if not self.leans_unmet(index):
            return False
        self.held.setdefault(index - 1, []).append(index)
        return True

    def leans_unmet(self, index: int) -> bool:
        """It leans on the candidate before it, which is not chosen (the first, on nothing)."""
        return self.candidates[index].leans and index - 1 not in self.indexes

    def repeats(self, index: int) -> bool:
        """Its content words mostly repeat one of the first chosen sentences'."""
        words = set(self.candidates[index].words)
        return any(
            _similarity(words, set(self.candidates[other].words)) >= REDUNDANCY_LIMIT
            for other in self.order[:REDUNDANCY_WINDOW]
        )

    def fill(self, count: int) -> None:
        """Fill up to `count` from the near-repeats, in score order, never an exact repeat."""
        texts = {self.candidates[index].text for index in self.order}
        for index in self.waiting:
            if len(self.order) == count:
                break
            if self.candidates[index].text not in texts and not self.leans_unmet(index):
                self.add(index)
                texts.add(self.candidates[index].text)


def gists(
    candidates: Sequence[Candidate],
    title_words: frozenset[str] = frozenset(),
    weights: Weights = WEIGHTS,
) -> dict[int, Candidate]:
    """Each section's gist, by section index: its best sentence that reads on its own.

    Centrality and the other signals are the article's; the position prior restarts at each
    section, with the section's first sentence as its lead: it usually states the point. A
    gist is shown alone, so a quotation of unknown words or a sentence that leans on the one
    before it is never one: a section with nothing else has no gist.
    """
    best: dict[int, tuple[float, Candidate]] = {}
    seen: Counter[int] = Counter()
    for item in score(candidates, title_words, weights=weights):
        candidate = item.candidate
        section = candidate.section
        position = _position_prior(seen[section], 1, weights.half_life)
        seen[section] += 1
        if candidate.unattributed or candidate.leans:
            continue
        value = item.score - dict(item.signals)["position"] + position
        if section not in best or value > best[section][0]:
            best[section] = (value, candidate)
    return {section: candidate for section, (_, candidate) in best.items()}


def _scored(
    candidates: Sequence[Candidate],
    title_words: frozenset[str],
    lead: int,
    space: _Space,
    weights: Weights,
) -> list[Scored]:
    scored = []
    for position, candidate in enumerate(candidates):
        values = {
            "position": _position_prior(position, lead, weights.half_life),
            "centrality": weights.centrality * space.centralities[position] / space.most,
            "title": weights.title * _overlap(candidate.words, title_words),
        }
        signals = tuple((name, round(values[name], 4)) for name in SIGNALS)
        scored.append(Scored(candidate, sum(values.values()), signals))
    return scored


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
        most = max(centralities, default=0) or 1.0
        return cls(vectors, dict(total), norm, centralities, most)

    def centrality(self, index: int) -> float:
        """Cosine between sentence `index` and the rest of the article (the total less it).

        The rest's norm is taken as the total's, which keeps this O(sentence length).
        """
        vector = self.vectors[index]
        norm = math.sqrt(sum(value * value for value in vector.values()))
        if not norm or not self.norm:
            return 0.0
        dot = sum(value * (self.total[word] - value) for word, value in vector.items())
        return max(0.0, dot / (norm * self.norm))


def _vector(words: Sequence[str], weights: dict[str, float]) -> dict[str, float]:
    counts = Counter(words)
    return {word: (1 + math.log(count)) * weights[word] for word, count in counts.items()}


def _overlap(words: Sequence[str], reference: frozenset[str]) -> float:
    if not words or not reference:
        return 0.0
    return len(set(words) & reference) / len(reference)


def _position_prior(position: int, lead: int, half_life: float) -> float:
    """1 for the `lead` sentences, then halving every `half_life` sentences."""
    return math.pow(0.5, max(0, position - lead + 1) / half_life)


def _similarity(first: set[str], second: set[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))
