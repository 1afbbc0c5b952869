"""Stories are events: the reports of one event, across outlets, grouped as one story.

Two reports tell one event when their event profiles (`brief.digest.profiles`: content words
weighted by their rarity in English, actors, places) are alike, and their dates, where both
give them, do not disagree (`brief.digest.profiles.time_agreement`: dated years that agree
raise the score by up to `TIME_WEIGHT`, years that disagree lower it as much). Grouping
takes three steps, each done by a kept library:

1. **Candidate pairs** (datasketch's MinHash LSH): each report's `CANDIDATE_FEATURES` heaviest
   features are hashed, and reports that share enough of them meet. The cost grows with the
   number of reports and of pairs that are alike, not with every pair.
2. **Links**: a candidate pair whose similarity (profiles' cosine plus time agreement)
   reaches `SAME_EVENT` is linked; linked reports form connected components (scipy).
3. **Stories**: within each component, average-linkage clustering (scipy) joins groups while
   their reports are alike *on average* by `SAME_EVENT` or more. A chain of loosely linked
   reports therefore does not become one story, and two look-alike events that share one
   bridging report stay apart. Since average linkage never joins groups with no pair alike
   by `SAME_EVENT`, clustering each component alone gives the same stories as clustering
   all reports at once.

`SAME_EVENT` is the one threshold; a pair's similarity depends on the two reports alone, so
the same reports group the same way in a run of 50 articles or of 5,000.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.digest.profiles import TIME_WEIGHT, Profile

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_matrix

# The cosine of two event profiles from which they tell one event (chosen on half of the ECB+
# development topics, checked on the other half: bench/results/digest.md).
SAME_EVENT = 0.26
# Features per report hashed for candidate pairs, and the LSH's Jaccard threshold on them:
# set so that nearly every pair alike by SAME_EVENT is a candidate (recall, not precision:
# every candidate is scored exactly).
CANDIDATE_FEATURES = 20
CANDIDATE_OVERLAP = 0.05
PERMUTATIONS = 128
_SEED = 1


def group_stories(profiles: Sequence[Profile], *, threshold: float = SAME_EVENT) -> list[list[int]]:
    """Group report indexes into stories; each group sorted, groups by their first report."""
    import numpy as np

    if not profiles:
        return []
    vectors = _Vectors(profiles)
    pairs = np.array(candidate_pairs(profiles), dtype=np.int64).reshape(-1, 2)
    links = pairs[vectors.pair_scores(pairs) >= threshold]
    groups: list[list[int]] = []
    for component in _components(len(profiles), links):
        groups += _average_linkage(component, vectors, threshold)
    return sorted(sorted(group) for group in groups)


def candidate_pairs(profiles: Sequence[Profile]) -> list[tuple[int, int]]:
    """Pairs of reports (first < second) whose heaviest features overlap enough to be worth
    scoring, found by MinHash LSH; reports with no features meet no one."""
    from datasketch import MinHash, MinHashLSH

    keys = [
        [feature.encode("utf-8") for feature, _ in profile.features[:CANDIDATE_FEATURES]]
        for profile in profiles
    ]
    hashes = MinHash.bulk(keys, num_perm=PERMUTATIONS, seed=_SEED)
    index = MinHashLSH(threshold=CANDIDATE_OVERLAP, num_perm=PERMUTATIONS)
    for number, (features, minhash) in enumerate(zip(keys, hashes, strict=True)):
        if features:
            index.insert(number, minhash)
    pairs: set[tuple[int, int]] = set()
    for number, (features, minhash) in enumerate(zip(keys, hashes, strict=True)):
        if features:
            pairs.update((number, other) for other in index.query(minhash) if other > number)
    return sorted(pairs)


def similarities(profiles: Sequence[Profile]) -> NDArray[np.float64]:
    """Every pair's similarity among a few profiles (a story's), as a square matrix."""
    return _Vectors(profiles).square(list(range(len(profiles))))


def cross_similarities(first: Sequence[Profile], second: Sequence[Profile]) -> NDArray[np.float64]:
    """The similarity of each profile of `first` (rows) to each of `second` (columns)."""
    vectors = _Vectors([*first, *second])
    return vectors.between(list(range(len(first))), list(range(len(first), vectors.count)))


def centrality(profiles: Sequence[Profile]) -> list[float]:
    """Each report's mean similarity to the other reports of its story (1 for a story of one)."""
    if len(profiles) == 1:
        return [1.0]
    square = similarities(profiles)
    totals = square.sum(axis=1) - square.diagonal()
    return [float(total) / (len(profiles) - 1) for total in totals]


class _Vectors:
    """Profiles as sparse matrices, for their similarities in bulk: the cosine of their
    features (`brief.digest.profiles.similarity`) plus their time agreement
    (`brief.digest.profiles.time_agreement`), written as products of matrices."""

    def __init__(self, profiles: Sequence[Profile]) -> None:
        import numpy as np

        self.features = _matrix([profile.features for profile in profiles])
        self.times = _matrix([profile.times for profile in profiles])
        self.dated = np.array([profile.dated for profile in profiles], dtype=np.float64)
        self.count = len(profiles)

    def pair_scores(self, pairs: NDArray[np.int64]) -> NDArray[np.float64]:
        """The similarity of each pair of rows (an array of index pairs)."""
        import numpy as np

        first, second = pairs[:, 0], pairs[:, 1]
        words = self.features[first].multiply(self.features[second]).sum(axis=1)
        times = self.times[first].multiply(self.times[second]).sum(axis=1)
        time = 2 * np.asarray(times).ravel() - self.dated[first] * self.dated[second]
        return np.asarray(words).ravel() + TIME_WEIGHT * time

    def square(self, rows: list[int]) -> NDArray[np.float64]:
        """The similarities among some rows, as a square matrix."""
        return self.between(rows, rows)

    def between(self, rows: list[int], columns: list[int]) -> NDArray[np.float64]:
        """The similarity of each of some rows to each of others, as a matrix."""
        import numpy as np

        words = self.features[rows] @ self.features[columns].T
        times = self.times[rows] @ self.times[columns].T
        time = 2 * times.toarray() - np.outer(self.dated[rows], self.dated[columns])
        return np.asarray(words.toarray() + TIME_WEIGHT * time)


def _matrix(vectors: Sequence[tuple[tuple[str, float], ...]]) -> csr_matrix:
    """Sparse vectors as rows of a sparse matrix, one column per feature."""
    from scipy.sparse import csr_matrix

    columns: dict[str, int] = {}
    indptr, indices, data = [0], [], []
    for vector in vectors:
        for feature, value in vector:
            indices.append(columns.setdefault(feature, len(columns)))
            data.append(value)
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(vectors), max(1, len(columns))))


def _components(count: int, links: NDArray[np.int64]) -> list[list[int]]:
    """The connected components of the linked reports (every report in one)."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(links)), (links[:, 0], links[:, 1])), shape=(count, count))
    _, labels = connected_components(graph, directed=False)
    members: dict[int, list[int]] = {}
    for index, label in enumerate(labels.tolist()):
        members.setdefault(label, []).append(index)
    return list(members.values())


def _average_linkage(component: list[int], vectors: _Vectors, threshold: float) -> list[list[int]]:
    """One component's stories: groups joined while their reports' mean similarity reaches
    `threshold`."""
    if len(component) == 1:
        return [component]
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    distances = np.clip(1.0 - vectors.square(component), 0.0, None)
    np.fill_diagonal(distances, 0.0)
    tree = linkage(squareform(distances, checks=False), method="average")
    labels = fcluster(tree, t=1.0 - threshold, criterion="distance").tolist()
    groups: dict[int, list[int]] = {}
    for index, label in zip(component, labels, strict=True):
        groups.setdefault(label, []).append(index)
    return list(groups.values())
