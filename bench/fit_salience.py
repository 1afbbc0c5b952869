"""Learn the cast's salience weights from the highlights, and test them across sets and halves.

    .venv/bin/python bench/fit_salience.py collect /work/shared/eval/cnndm_dev.jsonl /tmp/cnndm.pkl
    .venv/bin/python bench/fit_salience.py fit /tmp/cnndm.pkl /tmp/bbc.pkl \
        [--method logistic|pairwise|search] [--features a,b,...] [--balance] [--c C]
    .venv/bin/python bench/fit_salience.py score /tmp/cnndm.pkl /tmp/bbc.pkl [feature=weight ...]

`collect` briefs every record (as `bench/eval_salience.py` does) and keeps, per article, its
entities in the brief's order, each one's evidence (`features`: the hand weights' pieces and
cheap evidence the cast already has), the highlights and the names the model finds in them:
all the ranking measure needs, so weights are tried without the model (a pickle: bench only).

`fit` labels each entity by whether the highlights name it (`eval_salience.read`, the fair
matching), fits weights on one part (CNN/DM even, CNN/DM odd, BBC all, both sets' even halves,
both odd) and scores the top-5 recall and precision of the ranking they give on each part it
was not fitted on, with the gain over the hand weights (`brief.extract.cast.salience`, scored
as the cast scores) on the same part. Methods: `logistic` (one row per entity), `pairwise`
(logistic on the differences of a named and an unnamed entity of one article, each article
weighing one: a ranking objective), `search` (coordinate ascent on recall + precision, in the
cast's own form: the sum divided by the article's highest, plus the key-sentence share).
`--balance` weighs each set the same in a fit on both. `score` tries the hand weights with some
changed ("title=3", "group=-1"). Needs scikit-learn (the `bench` extra). Results:
bench/results/view.md ("Learned weights").
"""

from __future__ import annotations

import argparse
import bisect
import math
import pickle
import statistics
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from eval_salience import NAME_LABELS, measures, named_in, parsed_pairs, read
from eval_summaries import bootstrap_interval, records

import brief.extract.cast.build as cast_build
import brief.extract.cast.salience as salience_module
from brief.briefing import Options, assemble
from brief.extract.cast import Actor, Cast
from brief.extract.cast.draft import mention_root
from brief.extract.cast.model import Mention
from brief.extract.cast.names import NameMention, in_blocks
from brief.parsed import ParsedArticle
from brief.records import Entity

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
TYPES = ("person", "organization", "place", "group")


@dataclass
class Sample:
    """One article: its entities in the brief's order, their evidence, and what the measure
    reads (highlights, the model's names in them, the article's text)."""

    entities: list[Entity]
    features: list[dict[str, float]]
    highlights: str
    names: list[str]
    text: str


_CALLS: list[tuple[list[NameMention], list[Mention]]] = []
_KEYS: list[tuple[Cast, list[tuple[int, int]]]] = []


def _record_raw(
    article: ParsedArticle,
    names: Sequence[NameMention],
    references: Sequence[Mention],
    lede: tuple[int, int],
) -> float:
    _CALLS.append((list(names), list(references)))
    return _ORIGINAL_RAW(article, names, references, lede)


def _record_keys(cast: Cast, spans: Sequence[tuple[int, int]]) -> Cast:
    _KEYS.append((cast, list(spans)))
    return _ORIGINAL_KEYS(cast, spans)


_ORIGINAL_RAW = salience_module.raw_salience
_ORIGINAL_KEYS = salience_module.with_key_sentences


def features(
    article: ParsedArticle,
    actor: Actor,
    names: Sequence[NameMention],
    references: Sequence[Mention],
    keys: Sequence[tuple[int, int]],
    others: Sequence[str],
) -> dict[str, float]:
    """An actor's evidence: the hand weights' pieces and the cheap ones the cast has."""
    title = [article.layout.title] if article.layout.title is not None else []
    lede_start, lede_end = salience_module.lede(article)
    body = article.layout.body
    first_paragraph = (body[0][1].start, body[0][1].end) if body else (0, 0)
    starts = [m.start for m in names] + [m.start for m in references]
    length = max(len(article.text), 1)
    sentences = {article.sentence_start(article.token_at(s)) for s in starts}
    body_start = body[0][1].start if body else 0
    first_sentence = bisect.bisect_right(article.sentence_starts, article.token_at(min(starts)))
    before_body = bisect.bisect_right(article.sentence_starts, article.token_at(body_start))
    lead3_end = article.lead_end(3)
    subjects = sum(mention_root(article, m).dep_ in SUBJECT_DEPS for m in names)
    in_keys = sum(any(a <= s < b for s in starts) for a, b in keys)
    key_subjects = sum(
        mention_root(article, m).dep_ in SUBJECT_DEPS for m in names if _in(m.start, keys)
    )
    words = actor.name.split()
    found = {
        "names": len(names),
        "references": len(references),
        "title": float(any(in_blocks(s, title) for s in starts)),
        "lede": float(any(lede_start <= s < lede_end for s in starts)),
        "speaker": float(any(m.spoke for m in names)),
        "position": 1 - min(starts) / length,
        "lead3": float(any(body_start <= s < lead3_end for s in starts)),
        "early": 1 / max(first_sentence - before_body + 1, 1),
        "key": float(in_keys > 0),
        "keys": float(in_keys),
        "first_paragraph": float(any(first_paragraph[0] <= s < first_paragraph[1] for s in starts)),
        "sentences": float(len(sentences)),
        "log_names": math.log1p(len(names)),
        "log_references": math.log1p(len(references)),
        "log_sentences": math.log1p(len(sentences)),
        "subjects": float(subjects),
        "subject": float(subjects > 0),
        "key_subject": float(key_subjects > 0),
        "descriptor": float(actor.descriptor is not None),
        "one_word": float(len(words) == 1),
        "part_of_another": float(any(o != actor.name and named_in(o, actor.name) for o in others)),
        "weak_only": float(all(m.weak for m in names)),
        "heading": float(any(m.weak for m in names)),
    }
    for kind in TYPES:
        found[kind] = float(actor.type == kind)
    found["other_type"] = float(actor.type not in TYPES)
    return found


def _in(start: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in spans)


def collect(jsonl: Path, out: Path, limit: int | None) -> None:
    """Brief every record and keep its entities, their evidence and the highlights."""
    out.write_bytes(pickle.dumps(samples_of(list(records(jsonl, limit)))))


def samples_of(items: Sequence[dict[str, object]]) -> list[Sample]:
    """One `Sample` per record (`text`, `summary_sentences`, `id`): the cast's scoring is
    watched while each brief is made (its name mentions and the key sentences), then restored."""
    cast_build.raw_salience = _record_raw  # type: ignore[assignment]
    salience_module.with_key_sentences = _record_keys  # type: ignore[assignment]
    try:
        return list(_samples(items))
    finally:
        cast_build.raw_salience = _ORIGINAL_RAW  # type: ignore[assignment]
        salience_module.with_key_sentences = _ORIGINAL_KEYS  # type: ignore[assignment]


def _samples(items: Sequence[dict[str, object]]) -> Iterator[Sample]:
    for count, (article, article_parse, highlight_parse) in enumerate(parsed_pairs(items), 1):
        _CALLS.clear()
        _KEYS.clear()
        brief = assemble(article, article_parse, Options())
        by_start = {names[0].start: (names, refs) for names, refs in _CALLS if names}
        cast, keys = _KEYS[0]
        named = [a for a in cast.actors if a.names]
        order = {e.name: i for i, e in enumerate(brief.entities)}
        named.sort(key=lambda a: order[a.name])
        others = [a.name for a in named]
        rows = []
        for actor in named:
            first = min(m.start for m in actor.mentions if m.kind in ("name", "surname", "title"))
            names, refs = by_start[first]
            rows.append(features(article_parse, actor, names, refs, keys, others))
        hl = highlight_parse.text
        model_names = [e.text for e in highlight_parse.doc.ents if e.label_ in NAME_LABELS]
        yield Sample(list(brief.entities), rows, hl, model_names, article_parse.text)
        print(f"\r{count}/{len(items)}", end="", file=sys.stderr)
    print(file=sys.stderr)


def labels(sample: Sample) -> list[int]:
    """1 for each entity the highlights name (the fair matching), else 0."""
    reading = read(
        sample.entities, sample.highlights, sample.names, "salience", "fair", sample.text
    )
    named = reading.named
    return [int(e in named) for e in sample.entities]


Scorer = Callable[[Sample], list[float]]


def measured(sample: Sample, scores: Sequence[float]) -> tuple[float | None, float | None]:
    """Recall and precision of the top 5 when the entities are ranked by `scores`, ties as the
    cast breaks them (by line, then name)."""
    entities = [
        replace(e, salience=round(x, 6)) for e, x in zip(sample.entities, scores, strict=True)
    ]
    entities.sort(key=lambda e: (-e.salience, e.line, e.name))
    reading = read(entities, sample.highlights, sample.names, "salience", "fair", sample.text)
    return measures(reading)


# The shipped weights (`brief.extract.cast.salience`: a name mention weighs 1); `key` is the
# key-sentence share added after the division by the article's highest score.
HAND = {
    "names": 1.0,
    "references": salience_module.REFERENCE_WEIGHT,
    "title": salience_module.TITLE_WEIGHT,
    "lede": salience_module.LEDE_WEIGHT,
    "speaker": salience_module.SPEAKER_WEIGHT,
    "position": salience_module.POSITION_WEIGHT,
    "key": salience_module.KEY_SHARE,
}


def hand_form(weights: dict[str, float]) -> Scorer:
    """Scores as the cast makes them: the weighted sum of the features, divided by the
    article's highest and rounded, plus the ones added after (`key`, the key-sentence share,
    and any feature written "+name": "+keys" adds its weight per key sentence), divided by
    the highest again."""
    after = {n: w for n, w in weights.items() if n == "key" or n.startswith("+")}

    def scores(sample: Sample) -> list[float]:
        rows = sample.features
        raw = [sum(w * row[n] for n, w in weights.items() if n not in after) for row in rows]
        top = max(raw, default=1.0) or 1.0
        first = [
            round(r / top, 3) + sum(w * row[n.lstrip("+")] for n, w in after.items())
            for r, row in zip(raw, rows, strict=True)
        ]
        top = max(first, default=1.0) or 1.0
        return [round(f / top, 3) for f in first]

    return scores


def linear(weights: dict[str, float]) -> Scorer:
    """Scores by a weighted sum of the features, nothing scaled."""
    return lambda sample: [sum(w * row[n] for n, w in weights.items()) for row in sample.features]


def averages(samples: Sequence[Sample], scorer: Scorer) -> list[list[float]]:
    """Per article recall and precision values (the articles that have one) under `scorer`."""
    results = [measured(s, scorer(s)) for s in samples]
    return [[r[i] for r in results if r[i] is not None] for i in (0, 1)]  # type: ignore[misc]


RELATIVE = ("names", "references", "sentences", "keys", "subjects")


def with_relative(samples: Sequence[Sample]) -> None:
    """Adds each count divided by the article's highest (`rel_names`, ...)."""
    for sample in samples:
        for feature in RELATIVE:
            top = max((row[feature] for row in sample.features), default=1.0) or 1.0
            for row in sample.features:
                row["rel_" + feature] = row[feature] / top


def training_rows(
    samples: Sequence[Sample], names: Sequence[str], pairwise: bool
) -> tuple[list[list[float]], list[int], list[float]]:
    """Rows, labels and weights: one row per entity, or (`pairwise`) the difference of the
    features of a named and an unnamed entity of one article, both ways round, each article's
    pairs weighing one in all."""
    x: list[list[float]] = []
    y: list[int] = []
    weights: list[float] = []
    for sample in samples:
        rows = [[row[n] for n in names] for row in sample.features]
        marks = labels(sample)
        if not pairwise:
            x.extend(rows)
            y.extend(marks)
            weights.extend([1.0] * len(rows))
            continue
        good = [r for r, m in zip(rows, marks, strict=True) if m]
        bad = [r for r, m in zip(rows, marks, strict=True) if not m]
        share = 1 / max(2 * len(good) * len(bad), 1)
        for g in good:
            for b in bad:
                diff = [gi - bi for gi, bi in zip(g, b, strict=True)]
                x.extend([diff, [-d for d in diff]])
                y.extend([1, 0])
                weights.extend([share, share])
    return x, y, weights


def fit_logistic(
    samples: Sequence[Sample], names: Sequence[str], c: float, pairwise: bool
) -> dict[str, float]:
    """Logistic regression weights for the features `names` (fitted on standardised features,
    returned on the raw scale; the intercept does not rank)."""
    from sklearn.linear_model import LogisticRegression

    x, y, w = training_rows(samples, names, pairwise)
    columns = list(zip(*x, strict=True))
    means = [statistics.fmean(col) for col in columns]
    spreads = [statistics.pstdev(col) or 1.0 for col in columns]
    z = [[(v - m) / d for v, m, d in zip(r, means, spreads, strict=True)] for r in x]
    model = LogisticRegression(C=c, max_iter=1000, fit_intercept=not pairwise)
    model.fit(z, y, sample_weight=w)
    return {n: float(wi / d) for n, wi, d in zip(names, model.coef_[0], spreads, strict=True)}


def objective(samples: Sequence[Sample], weights: dict[str, float]) -> float:
    """Mean top-5 recall plus mean precision under the hand form of `weights`."""
    recall, precision = averages(samples, hand_form(weights))
    return statistics.fmean(recall) + statistics.fmean(precision)


def search(samples: Sequence[Sample], start: dict[str, float]) -> dict[str, float]:
    """Coordinate ascent on `objective` from `start`: each weight but `names` (the scale) tried
    at a few multiples, until a round moves none."""
    best = dict(start)
    value = objective(samples, best)
    for _ in range(3):
        moved = False
        for name in best:
            if name == "names":
                continue
            for factor in (0.0, 0.25, 0.5, 0.75, 1.5, 2.0, 3.0):
                trial = {**best, name: best[name] * factor if best[name] else factor}
                got = objective(samples, trial)
                if got > value + 1e-9:
                    best, value, moved = trial, got, True
        if not moved:
            break
    return best


def _cell(values: Sequence[float], before: Sequence[float]) -> str:
    low, high = bootstrap_interval(list(values))
    gain = statistics.fmean(values) - statistics.fmean(before)
    return f"{statistics.fmean(values):.3f} ({low:.3f}–{high:.3f}; {gain:+.3f})"


def main(argv: list[str] | None = None) -> int:
    """`collect` or `fit` (see the docstring)."""
    args = _arguments(argv)
    if args.command == "collect":
        collect(args.jsonl, args.out, args.limit)
        return 0
    cnndm = pickle.loads(args.cnndm.read_bytes())
    bbc = pickle.loads(args.bbc.read_bytes())
    with_relative(cnndm)
    with_relative(bbc)
    parts = {
        "CNN/DM even": cnndm[0::2],
        "CNN/DM odd": cnndm[1::2],
        "BBC even": bbc[0::2],
        "BBC odd": bbc[1::2],
    }
    fits = {
        "CNN/DM even": ["CNN/DM even"],
        "CNN/DM odd": ["CNN/DM odd"],
        "BBC all": ["BBC even", "BBC odd"],
        "both even": ["CNN/DM even", "BBC even"],
        "both odd": ["CNN/DM odd", "BBC odd"],
    }
    before = {part: averages(samples, hand_form(HAND)) for part, samples in parts.items()}
    if args.command == "score":
        return _score_report(parts, before, args.weights)
    print(
        "| fitted on | weights | tested on | recall (interval; gain) | precision (interval; gain) |"
    )
    print("|---|---|---|---|---|")
    for part, (recall, precision) in before.items():
        print(
            f"| hand | {_shown(HAND)} | {part} | {_cell(recall, recall)} | {_cell(precision, precision)} |"
        )
    names = args.features.split(",")
    for fitted, used in fits.items():
        training = [
            sample
            for part in used
            for sample in parts[part] * (_repeats(part, used, parts) if args.balance else 1)
        ]
        if args.method == "search":
            weights = search(training, {n: HAND.get(n, 0.0) for n in names})
            scorer = hand_form(weights)
        else:
            weights = fit_logistic(training, names, args.c, args.method == "pairwise")
            scorer = linear(weights)
        for part, samples in parts.items():
            if part in used:
                continue
            recall, precision = averages(samples, scorer)
            old_recall, old_precision = before[part]
            print(
                f"| {fitted} | {_shown(weights)} | {part} | {_cell(recall, old_recall)} "
                f"| {_cell(precision, old_precision)} |"
            )
    return 0


def _score_report(
    parts: dict[str, list[Sample]], before: dict[str, list[list[float]]], changes: Sequence[str]
) -> int:
    """The hand weights with `changes` ("title=3", "group=-1": any feature) against the hand
    weights, per part."""
    weights = dict(HAND)
    for change in changes:
        name, value = change.split("=")
        weights[name] = float(value)
    print(f"{_shown(weights)}\n\n| part | recall (interval; gain) | precision (interval; gain) |")
    print("|---|---|---|")
    for part, samples in parts.items():
        recall, precision = averages(samples, hand_form(weights))
        old_recall, old_precision = before[part]
        print(f"| {part} | {_cell(recall, old_recall)} | {_cell(precision, old_precision)} |")
    return 0


def _repeats(part: str, used: Sequence[str], parts: dict[str, list[Sample]]) -> int:
    """How many times a part's articles go into a fit so that each set weighs the same (the
    smaller set's articles repeated): 1 unless the fit takes parts of both sets."""
    sizes = {name.split()[0]: len(parts[name]) for name in used}
    if len(sizes) < 2:
        return 1
    return max(1, round(max(sizes.values()) / sizes[part.split()[0]]))


def _shown(weights: dict[str, float]) -> str:
    return ", ".join(f"{n} {w:.3g}" for n, w in weights.items())


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    collecting = sub.add_parser("collect", help="brief a set and keep what the fit reads")
    collecting.add_argument("jsonl", type=Path)
    collecting.add_argument("out", type=Path)
    collecting.add_argument("--limit", type=int)
    fitting = sub.add_parser("fit", help="fit on each part, test on the others")
    fitting.add_argument("cnndm", type=Path, help="`collect`'s file for CNN/DM")
    fitting.add_argument("bbc", type=Path, help="`collect`'s file for BBC")
    fitting.add_argument("--features", default=",".join(HAND))
    fitting.add_argument("--method", choices=("logistic", "pairwise", "search"), default="pairwise")
    fitting.add_argument(
        "--balance", action="store_true", help="fits on both sets weigh each set the same"
    )
    fitting.add_argument("--c", type=float, default=1.0, help="the inverse regularisation")
    scoring = sub.add_parser("score", help="the hand weights with some changed, per part")
    scoring.add_argument("cnndm", type=Path, help="`collect`'s file for CNN/DM")
    scoring.add_argument("bbc", type=Path, help="`collect`'s file for BBC")
    scoring.add_argument("weights", nargs="*", help="feature=weight, e.g. title=3 group=-1")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
