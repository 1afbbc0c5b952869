"""Near-duplicate stories: the same event reported by several articles, grouped as one story.

Each article is reduced to its salient vocabulary: the `TERMS_PER_ARTICLE` content words it
uses most (stop words and reporting verbs left out, plurals folded). Two articles tell the
same story when those sets overlap enough (Jaccard similarity). Pairs are found through an
inverted index over the words shared by few articles, so the work grows with the number of
articles times the size of their neighbourhoods, not with every pair of articles.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

TERMS_PER_ARTICLE = 40
SAME_STORY = 0.3  # Jaccard similarity of salient words from which two articles are one story
MIN_SHARED = 4  # fewer shared rare words than this never make a candidate pair
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))+")
_STOP_WORDS = frozenset(
    """
    about above after again against all almost also although always among and another any are
    around because been before being below between both but can cannot could did does doing
    down during each either else even ever every few first for from further had has have
    having her here hers herself him himself his how however into its itself just last least
    less like made make many may more most much must near neither never new next nor not now
    off often once one only other others our ours out over own per perhaps rather really said
    same say says see seen she should since some such than that the their theirs them then
    there these they this those though three through thus till too toward two under until upon
    very was way were what when where whether which while who whom whose why will with within
    without would yet you your yours year years week weeks day days time times told tells
    according added adding asked including including mr mrs ms dr people still back well get
    got going went come came take took want wanted think thought know knew use used
    """.split()
)


def salient_terms(texts: Iterable[str], limit: int = TERMS_PER_ARTICLE) -> frozenset[str]:
    """The `limit` content words an article uses most (ties: first used first), folded."""
    counts: Counter[str] = Counter()
    for text in texts:
        for match in _WORD.finditer(text):
            word = _fold(match.group().lower())
            if len(word) > 2 and word not in _STOP_WORDS:
                counts[word] += 1
    # Interned: the same word in many articles is stored once.
    return frozenset(sys.intern(word) for word, _ in counts.most_common(limit))


def _fold(word: str) -> str:
    """A crude singular, so that "storms" and "storm" meet; possessives dropped."""
    for suffix in ("'s", "’s"):
        word = word.removesuffix(suffix)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def similarity(first: frozenset[str], second: frozenset[str]) -> float:
    """Jaccard similarity of two term sets (0 when both are empty)."""
    union = len(first | second)
    return len(first & second) / union if union else 0.0


def group_stories(
    terms: Sequence[frozenset[str]], *, threshold: float = SAME_STORY
) -> list[list[int]]:
    """Group article indexes into stories; each group sorted, groups by their first article.

    Words used by more than `max(10, n/10)` articles say little about the event and would
    make every pair a candidate, so the index leaves them out of the candidate search (they
    still count in the similarity).
    """
    count = len(terms)
    common_limit = max(10, count // 10)
    postings: dict[str, list[int]] = defaultdict(list)
    for index, words in enumerate(terms):
        for word in words:
            postings[word].append(index)
    leader: list[int] = []  # each article's story, named by its first article
    for index, words in enumerate(terms):
        shared: Counter[int] = Counter()
        for word in words:
            posting = postings[word]
            if 1 < len(posting) <= common_limit:
                shared.update(other for other in posting if other < index)
        leader.append(_best_story(index, terms, shared, leader, threshold))
    groups: dict[int, list[int]] = defaultdict(list)
    for index, first in enumerate(leader):
        groups[first].append(index)
    return list(groups.values())


def _best_story(
    index: int,
    terms: Sequence[frozenset[str]],
    shared: Counter[int],
    leader: list[int],
    threshold: float,
) -> int:
    """The story an article joins: the most similar earlier story's first article, if
    similar enough. Comparing with a story's first article (not any member) keeps a chain
    of loosely related articles from merging into one story."""
    best, best_score = index, threshold
    for first in sorted({leader[other] for other, n in shared.items() if n >= MIN_SHARED}):
        score = similarity(terms[index], terms[first])
        if score >= best_score and (best == index or score > best_score):
            best, best_score = first, score
    return best
