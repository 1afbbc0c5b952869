"""Do the names a brief shows first match the ones a story's own highlights name?

    .venv/bin/python bench/eval_salience.py /work/shared/eval/cnndm_dev.jsonl \
        [--limit N] [--order salience|document|best] [--matching fair|loose] [--errors] [--show N]
        [--cut F [--cut-mentions M]]

Each record has `text` and `summary_sentences`: the story's highlights, written by its editors
(CNN/DailyMail). Per article, on brief's own output, the 5 most salient entities the default
view shows (`brief.render.view`'s order, all types together) are scored against the
*highlight-named* entities: the brief's entities whose name, an alias or (for a person) the
surname stands in the highlights as whole words, plus the names the model finds in the
highlights that no entity of the brief has (people, organisations and places the brief missed
count as misses). Recall: highlight-named entities among the 5, over the highlight-named (at
most 5 can be shown); precision: of the 5, the share the highlights name. Articles whose
highlights name nothing count for precision but not for recall. (The key figures are scored
against the highlights by `bench/eval_key_figures.py`.)

Matching (`--matching`): `fair` (the default) reads the highlights as a reader would:
- a form inside a longer matched name of another entity is not a mention of its own ("Madrid"
  in "Real Madrid", "Australia" in "Western Australia" name only the longer entity), unless
  that entity goes by the form too (a surname the brief lists under two entities);
- the entities one stretch of the highlights names are one target: a person the brief lists
  twice ("Matt Upson", "Matthew Upson") is recalled by showing either;
- a model name in the highlights counts as missed only where the article writes it, capitalised
  and without a leading "the": the editors' own words ("Bluesman", "Killie" aside) and the
  model's misreadings of a capitalised first word ("Striker", "Affidavit") are no names the brief
  could list.
`loose`, the first scorer, credits every form found anywhere as whole words and counts every
model name as a miss.

Each measure is averaged over articles with a 95% bootstrap interval (articles resampled,
seeded), for the even and the odd articles apart (the first is 0) and for all.
`--order document` ranks in the brief's document order instead, the view before salience;
`--order best` puts the brief's highlight-named entities first: the ceiling of any ranking of
the entities the brief lists.
`--show N` prints N articles' top 5 and highlights, to read.
`--cut F [--cut-mentions M]` tries a view that need not show 5 names: of the 5, a name after
the first whose salience is below F (the top name's is 1) is left out, or with `--cut-mentions`
only such a name the article names at most M times; the table then adds the names shown per
article. (Measured and not adopted: every cut tried loses about as much recall as it gains
precision; bench/results/view.md.)

`--errors` adds where the recall and the precision are lost (`lost`), summed by half: of the
highlight names wanted, those the brief does not list at all (a name missed, cut or merged
wrongly) and those it lists but ranks below 5; the named top-5 slots that repeat a name shown
above them (one name listed twice, "Lane" below "Chris Lane": the precision counts both); and
what the top-5 slots the highlights do not name hold: a part or a whole of another listed name ("Leeds" beside "Leeds Rhinos", "Lane"
beside "Chris Lane"), else a person, an organisation, a place, a people ("Syrian") or another
kind. These counts say whether a change should find names or rank them.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eval_summaries import bootstrap_interval, records  # the bench's own, beside this one

from brief.briefing import parse_articles
from brief.parsed import ParsedArticle
from brief.records import Article, Brief, Entity
from brief.render.view import by_salience

TOP = 5
# The model's labels for the kinds of names a brief lists as people, organisations and places.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# The rows of `--errors`, by their keys in `lost`.
ERRORS = {
    "wanted": "highlight names wanted (at most 5 an article)",
    "shown": "shown in the top 5",
    "not listed": "lost: not listed by the brief",
    "ranked below 5": "lost: listed, ranked below 5",
    "slots": "top-5 slots",
    "listed twice": "named slot: one name listed twice (a form of a name shown above it)",
    "part of another name": "unnamed slot: a part or whole of another listed name",
    "person": "unnamed slot: a person",
    "organization": "unnamed slot: an organisation",
    "place": "unnamed slot: a place",
    "group": "unnamed slot: a people",
    "other": "unnamed slot: another kind",
}


@dataclass(frozen=True, slots=True)
class Scores:
    """One article's measures; None where the article cannot say (nothing to recall)."""

    entity_recall: float | None
    entity_precision: float | None
    errors: Counter[str] | None = None
    shown: int = TOP


MEASURES: dict[str, Callable[[Scores], float | None]] = {
    "highlight-named entities among the top 5 (recall)": lambda s: s.entity_recall,
    "top-5 entities the highlights name (precision)": lambda s: s.entity_precision,
}
# With `--cut`: how many names the view shows.
SHOWN: dict[str, Callable[[Scores], float | None]] = {"names shown": lambda s: float(s.shown)}


@dataclass(frozen=True, slots=True)
class Cut:
    """A view that stops before 5 names: after the first, a name whose salience is below
    `below` is left out, when the article names it at most `mentions` times (None: however
    often)."""

    below: float = 0.0
    mentions: int | None = None

    def keeps(self, position: int, entity: Entity) -> bool:
        """Whether the view shows the entity at this position of the top."""
        rare = self.mentions is None or entity.mentions <= self.mentions
        return position == 0 or not (entity.salience < self.below and rare)


def forms(entity: Entity) -> set[str]:
    """Every way the article names the entity: its name, aliases and a person's surname."""
    found = {entity.name, *entity.aliases}
    if entity.type == "person" and " " in entity.name:
        found.add(entity.name.split()[-1])
    return {form for form in found if form.strip()}


def named_in(text: str, form: str) -> bool:
    """`form` stands in `text` as whole words (case as written)."""
    return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None


@dataclass(frozen=True, slots=True)
class Reading:
    """One article's entities read against its highlights: the highlight-named `targets` (sets
    of entities one stretch names), the highlight names no entity holds (`missed`), and the
    entities in the order scored (`ranked`)."""

    targets: list[set[Entity]]
    missed: set[str]
    ranked: list[Entity]
    cut: Cut = Cut()

    @property
    def named(self) -> set[Entity]:
        """The entities the highlights name."""
        return {entity for target in self.targets for entity in target}

    @property
    def top(self) -> list[Entity]:
        """The first `TOP` entities scored, less the ones a `cut` leaves out."""
        return [e for i, e in enumerate(self.ranked[:TOP]) if self.cut.keeps(i, e)]

    @property
    def wanted(self) -> int:
        """How many highlight names the top could hold."""
        return min(len(self.targets) + len(self.missed), TOP)

    @property
    def shown(self) -> int:
        """How many targets the top holds."""
        top = self.top
        return sum(1 for target in self.targets if any(e in top for e in target))


def read(
    entities: Sequence[Entity],
    highlights: str,
    names: Sequence[str],
    order: str,
    matching: str = "fair",
    article: str | None = None,
    cut: Cut = Cut(),
) -> Reading:
    """The article's entities read against the highlights (see the docstring). `names` are the
    names the model finds in the highlights; `article` is the article's text (the fair matching
    counts a name the brief missed only where the article writes it); `cut` the view's stop."""
    if matching == "loose":
        named_sets = [{e} for e in entities if any(named_in(highlights, f) for f in forms(e))]
        missed = _missed(entities, names)
    else:
        named_sets = targets(entities, highlights)
        missed = {name for name in _missed(entities, map(_bare, names)) if _written(article, name)}
    named = {entity for target in named_sets for entity in target}
    return Reading(named_sets, missed, _ranked(entities, named, order), cut)


def measures(reading: Reading) -> tuple[float | None, float | None]:
    """Recall and precision of the top entities against the highlights (see the docstring)."""
    wanted, top, named = reading.wanted, reading.top, reading.named
    recall = min(reading.shown, wanted) / wanted if wanted else None
    precision = sum(1 for e in top if e in named) / len(top) if top else None
    return recall, precision


def lost(reading: Reading) -> Counter[str]:
    """Where one article's recall and precision are lost (`ERRORS` names the keys): the wanted
    names not shown, as names the brief does not list (never showable) and names it ranks
    below 5; the top-5 slots the highlights do not name, by kind (`slot_kind`)."""
    wanted = reading.wanted
    shown = min(reading.shown, wanted)
    unlisted = min(len(reading.missed), wanted - shown)
    counts: Counter[str] = Counter(
        {
            "wanted": wanted,
            "shown": shown,
            "not listed": unlisted,
            "ranked below 5": wanted - shown - unlisted,
            "slots": len(reading.top),
        }
    )
    named = reading.named
    counts.update(slot_kind(e, reading.ranked) for e in reading.top if e not in named)
    counts["listed twice"] = listed_twice(reading.top, named)
    return counts


def listed_twice(top: Sequence[Entity], named: set[Entity]) -> int:
    """The named top slots whose entity and one shown above it are one name: either goes by the
    other's name ("Lane" and "Chris Lane", "Gomis" and "Bafetimbi Gomis"). The precision counts
    both as named; the reader learns one name from the two."""
    return sum(
        1
        for position, entity in enumerate(top)
        if entity in named
        and any(
            entity.name in forms(above) or above.name in forms(entity) for above in top[:position]
        )
    )


def slot_kind(entity: Entity, entities: Sequence[Entity]) -> str:
    """What a top-5 entity the highlights do not name is: a part or a whole of another listed
    name (as whole words: "Leeds" and "Leeds Rhinos"), else its type (work, event and other
    kinds together)."""
    for other in entities:
        if other.name != entity.name and (
            named_in(other.name, entity.name) or named_in(entity.name, other.name)
        ):
            return "part of another name"
    return entity.type if entity.type in ERRORS else "other"


def targets(entities: Sequence[Entity], highlights: str) -> list[set[Entity]]:
    """The highlight-named entities, as the fair matching reads them: every place a form of
    an entity stands in the highlights, where a form inside a longer matched form of another
    entity is no mention of its own ("Madrid" in "Real Madrid" names Real Madrid) unless
    that entity goes by it too ("Upson" in "Matthew Upson" for a "Matt Upson" the brief keeps
    apart). Entities named by one stretch of the highlights are one target (showing either
    recalls it): a name the brief lists twice is one name."""
    matches = sorted(
        (
            (m.start(), m.end(), entity, form)
            for entity in entities
            for form in forms(entity)
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", highlights)
        ),
        key=lambda match: (match[0] - match[1], match[0]),
    )
    owners: dict[tuple[int, int], set[Entity]] = {}
    for start, end, entity, form in matches:
        longer = [(s, e) for (s, e) in owners if s <= start and end <= e and (s, e) != (start, end)]
        if not longer:
            owners.setdefault((start, end), set()).add(entity)
        for span in longer:
            if any(form in forms(owner) for owner in owners[span]):
                owners[span].add(entity)
    return _joined(list(owners.values()))


def _joined(groups: list[set[Entity]]) -> list[set[Entity]]:
    """Sets that share an entity, joined (the stretches that name one entity are one target)."""
    joined: list[set[Entity]] = []
    for group in groups:
        meeting = [other for other in joined if other & group]
        for other in meeting:
            joined.remove(other)
            group = group | other
        joined.append(group)
    return joined


def _missed(entities: Sequence[Entity], names: Iterable[str]) -> set[str]:
    """The highlight names no entity's form holds or is held by."""
    return {
        name
        for name in names
        if not any(named_in(name, f) or named_in(f, name) for e in entities for f in forms(e))
    }


def _bare(name: str) -> str:
    """A highlight name without a leading article ("The Census Bureau")."""
    return re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)


def _written(article: str | None, name: str) -> bool:
    """The article writes the name (case as written, with a capital): else it is the editors'
    word ("Bluesman", "octogenarian") or the model's misreading of a capitalised word, not a
    name the brief could have listed."""
    return any(c.isupper() for c in name) and (article is None or named_in(article, name))


def _ranked(entities: Sequence[Entity], named: set[Entity], order: str) -> list[Entity]:
    """The entities in the order scored: the brief's salience, its document order, or the best
    order of its own entities (the highlight-named first, each group by salience)."""
    if order == "document":
        return list(entities)
    ranked = by_salience(entities)
    if order == "best":
        return [e for e in ranked if e in named] + [e for e in ranked if e not in named]
    return ranked


def main(argv: list[str] | None = None) -> int:
    """Brief every record, score it, and print the table by half."""
    args = _arguments(argv)
    articles = list(records(args.jsonl, args.limit))
    cut = Cut(args.cut, args.cut_mentions)
    scores = list(_scored(articles, args.order, args.show, args.matching, cut))
    print(
        f"{args.jsonl.name}: {len(scores)} articles, order {args.order}, matching {args.matching}\n"
    )
    print("| measure | even half | odd half | all |")
    print("|---|---:|---:|---:|")
    shown = {**MEASURES, **SHOWN} if args.cut else MEASURES
    for label, measure in shown.items():
        cells = [_cell(part, measure) for part in _halves(scores)]
        print(f"| {label} | " + " | ".join(cells) + " |")
    if args.errors:
        _print_errors(scores)
    return 0


def _print_errors(scores: Sequence[Scores]) -> None:
    """The `--errors` table: `lost`'s counts summed by half."""
    sums = [sum((s.errors or Counter() for s in part), Counter()) for part in _halves(scores)]
    print("\n| where it is lost | even half | odd half | all |")
    print("|---|---:|---:|---:|")
    for key, label in ERRORS.items():
        print(f"| {label} | " + " | ".join(str(total[key]) for total in sums) + " |")


def _halves(scores: Sequence[Scores]) -> list[Sequence[Scores]]:
    """The even articles, the odd ones (the first is 0) and all."""
    return [scores[0::2], scores[1::2], scores]


def parsed_pairs(
    records: Sequence[dict[str, object]],
) -> Iterator[tuple[Article, ParsedArticle, ParsedArticle]]:
    """Each record's article, its parse and its highlights' parse (one model pass for all)."""
    articles: list[Article] = []
    for record in records:
        articles.append(Article.from_text(str(record["text"]), id=str(record["id"])))
        highlights = "\n\n".join(str(s) for s in record["summary_sentences"])  # type: ignore[attr-defined]
        articles.append(Article.from_text(highlights, id=f"{record['id']}#highlights"))
    parsed = parse_articles(articles)
    for article, article_parse in parsed:
        _, highlight_parse = next(parsed)
        yield article, article_parse, highlight_parse


def _scored(
    records: list[dict[str, object]], order: str, show: int, matching: str, cut: Cut = Cut()
) -> Iterator[Scores]:
    """Each article's scores: the article and its highlights go through the model together."""
    from brief.briefing import Options, assemble

    for index, (article, article_parse, highlight_parse) in enumerate(parsed_pairs(records)):
        brief = assemble(article, article_parse, Options())
        highlights = highlight_parse.text
        names = [e.text for e in highlight_parse.doc.ents if e.label_ in NAME_LABELS]
        reading = read(brief.entities, highlights, names, order, matching, article_parse.text, cut)
        if index < show:
            _print_one(brief, highlights, order)
        yield Scores(*measures(reading), lost(reading), len(reading.top))


def _print_one(brief: Brief, highlights: str, order: str) -> None:
    ranked = list(brief.entities) if order == "document" else by_salience(brief.entities)
    print(f"--- {brief.source.id}", file=sys.stderr)
    print("highlights: " + " ".join(highlights.split()), file=sys.stderr)
    print("top names: " + ", ".join(e.name for e in ranked[:TOP]), file=sys.stderr)


def _cell(scores: Sequence[Scores], measure: Callable[[Scores], float | None]) -> str:
    values = [value for value in map(measure, scores) if value is not None]
    if not values:
        return "—"
    low, high = bootstrap_interval(values)
    return f"{statistics.fmean(values):.3f} ({low:.3f}–{high:.3f}; n={len(values)})"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl", type=Path, help="records with `text` and `summary_sentences`")
    parser.add_argument("--limit", type=int, default=None, help="only the first N records")
    parser.add_argument("--order", choices=("salience", "document", "best"), default="salience")
    parser.add_argument("--matching", choices=("fair", "loose"), default="fair")
    parser.add_argument(
        "--errors", action="store_true", help="add where the recall and precision are lost"
    )
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N articles")
    parser.add_argument(
        "--cut", type=float, default=0.0, metavar="F", help="leave out names of salience below F"
    )
    parser.add_argument(
        "--cut-mentions",
        type=int,
        default=None,
        metavar="M",
        help="only names named at most M times",
    )
    args = parser.parse_args(argv)
    if not args.jsonl.is_file():
        parser.error(
            f"{args.jsonl}: no such file (the evaluation data lives in /work/shared/eval/)"
        )
    return args


if __name__ == "__main__":
    sys.exit(main())
