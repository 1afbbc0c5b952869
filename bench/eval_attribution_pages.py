"""Score `brief`'s quotes and claims against 30 hand-labelled news pages (issue 25).

    .venv/bin/python bench/eval_attribution_pages.py ../shared/eval/pages \
        [--gold bench/data/pages_attribution.jsonl] [--half even|odd|each] [--dump]

(the pages folder as seen from a checkout beside `shared/`, e.g. /work/main.) The gold and its
counting rules: `bench/data/pages_attribution.md`.

Each gold line names a page (`file`), its `kind` ("quote": words in quotation marks; "claim":
reported speech without them), an `anchor` (the first words of what was said, as written in the
text `brief` extracts from the page; `occurrence` picks the n-th when the words repeat) and the
gold `speaker`. The rules:

- Locating: the anchor is found in the page's extracted text; its characters are the gold
  item's place. An anchor the text no longer holds is counted as "anchor lost" (the page
  reader changed), never as a miss of the attribution step.
- Matching: `brief`'s quotes (kinds "direct" and "partial", placed by the words inside their
  marks) are matched to gold quotes, its reported speech (kind "reported", placed by its
  clause) to gold claims. A gold item is found when an item of its family overlaps its anchor;
  the one that overlaps most (then the nearest start) is the one whose speaker is judged. A
  listed item is a real attribution when it overlaps a gold anchor of its family. The "all"
  block ignores the family (a gold claim that `brief` lists as a partial quote counts there).
- Speaker, for a gold speaker that is a name (`named`): right when `brief`'s speaker, with
  leading titles and articles dropped ("Dr", "Supervisor", "the"), is the full name, one of the
  gold `aliases` (other names the article gives the same actor: "CBP", "Etienne"), or, for a
  person, the surname with its particles ("des Cars", never "Cars") or first name + surname,
  the surname alone only when unambiguous: no other capitalised given name stands before that
  surname anywhere in the page's text ("Gbedey" is wrong when the page also names Mekhi Gbedey).
  A person's name may follow a role ("Baark Volunteer Coordinator Bonnie Young"); a role alone
  ("PAHO Director", "the court") is not a name.
- Speaker, for an unnamed gold source (groups "officials", documents "the release", unnamed
  people "a Government spokesperson"): right when all of `brief`'s speaker's words are words of
  the gold or of an alias, its head noun among them ("officials" for "county officials", not
  "RTX" for "our RTX 3090 review").
- A gold claim or quote with no source (`speaker` null) is right only when `brief` gives none.
  "Unattributed" counts found gold claims with a source that `brief` left without a speaker.

`--half even` (or `odd`) scores only the pages at even (odd) positions of the sorted list of
30; `--half each` prints each half and the whole. A change that helps one half and hurts the
other fits these pages, not news. `--dump` prints every miss (FN), false listing (FP) and wrong
speaker (SPK), gold against `brief`, for error analysis.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from brief import Options, brief_articles
from brief.errors import InputError
from brief.inputs.reading import read_article
from brief.records import Article, Quote

GOLD = Path(__file__).resolve().parent / "data" / "pages_attribution.jsonl"
FAMILY = {"direct": "quote", "partial": "quote", "reported": "claim"}
FAMILIES = ("quote", "claim")
VIAS = ("name", "pronoun", "role", "none")
GROUPS = ("even", "odd", "all")
NOUNS = {"quote": "quotes", "claim": "claims", "all": "attributions"}

# Dropped from the front of a speaker before names are compared.
TITLES = frozenset(
    """the a an mr mrs ms miss dr prof professor sir dame lord lady rev hon honourable rt
    president senator sen rep gov governor supervisor superintendent minister premier chief
    ceo director secretary chairman chairwoman judge justice mayor tanaiste taoiseach
    congresswoman congressman representative commissioner""".split()
)
# Particles that belong to a surname: "Laurence des Cars" -> "des cars".
PARTICLES = frozenset("de des del della di da du dos van von der den la le al el bin ibn".split())
# Words that carry no identity in an unnamed source ("the", "of").
FILLER = frozenset("the a an of in on at for to and from who".split())
# Words that end the head of a description ("officials [in Broward County]").
POSTMODIFIERS = frozenset("of in on at for from during who that which like including with".split())
_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Gold:
    """One hand-labelled attribution."""

    file: str
    kind: str  # quote or claim
    anchor: str
    speaker: str | None
    speaker_kind: str  # person, organization, group, document, none
    via: str  # name, pronoun, role, none
    named: bool
    half: str
    aliases: tuple[str, ...] = ()
    occurrence: int = 1


@dataclass(frozen=True, slots=True)
class Item:
    """One of `brief`'s attributions on a page: its family (quote or claim) and place."""

    family: str
    start: int
    end: int
    speaker: str | None
    step: str
    text: str


@dataclass(slots=True)
class Tally:
    """Counts of one group (a half, or all pages) for one family, or for both ("all")."""

    gold: int = 0
    lost: int = 0
    listed: int = 0
    real: int = 0
    found: int = 0
    named: Counter[str] = field(default_factory=Counter)  # right / total, named gold speakers
    sourced: Counter[str] = field(default_factory=Counter)  # right / total, any gold source
    sourceless: Counter[str] = field(default_factory=Counter)  # right / total, gold with none
    unattributed: int = 0  # found, gold has a source, brief has none
    via: dict[str, Counter[str]] = field(default_factory=dict)
    steps: dict[str, Counter[str]] = field(default_factory=dict)


def read_gold(path: Path) -> list[Gold]:
    """The gold attributions of a JSONL file, in file order."""
    golds = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                golds.append(gold_from(json.loads(line)))
    return golds


def gold_from(record: dict[str, Any]) -> Gold:
    """One gold attribution from its JSON record."""
    return Gold(
        file=record["file"],
        kind=record["kind"],
        anchor=record["anchor"],
        speaker=record["speaker"],
        speaker_kind=record["speaker_kind"],
        via=record["via"],
        named=bool(record["named"]),
        half=record["half"],
        aliases=tuple(record.get("aliases", ())),
        occurrence=int(record.get("occurrence", 1)),
    )


def locate(text: str, anchor: str, occurrence: int = 1) -> Span | None:
    """Where the `occurrence`-th copy of `anchor` is in `text` (curly and straight quotation
    marks and apostrophes alike), or None."""
    flat_text, flat_anchor = _flat_marks(text), _flat_marks(anchor)
    position = -1
    for _ in range(occurrence):
        position = flat_text.find(flat_anchor, position + 1)
        if position < 0:
            return None
    return (position, position + len(anchor))


def _flat_marks(text: str) -> str:
    """Text with curly quotation marks made straight (the same length)."""
    return text.translate(str.maketrans("‘’“”", "''\"\""))


def overlap(a: Span, b: Span) -> int:
    """Characters two ranges share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def items_of(quotes: Iterable[Quote]) -> list[Item]:
    """`brief`'s quotes and reported speech as items placed by their own words."""
    return [
        Item(
            FAMILY[quote.kind],
            quote.start,
            quote.end,
            quote.speaker,
            (quote.step or "(no step)").split("/")[0],
            quote.text,
        )
        for quote in quotes
    ]


def best_match(span: Span, items: Sequence[Item]) -> Item | None:
    """The item that overlaps `span` most (the nearest start on a tie), or None."""
    touching = [item for item in items if overlap(span, (item.start, item.end)) > 0]
    if not touching:
        return None
    return max(
        touching,
        key=lambda item: (overlap(span, (item.start, item.end)), -abs(item.start - span[0])),
    )


# Speakers


def name_words(name: str | None) -> tuple[str, ...]:
    """A speaker's words in lower case, possessives and leading titles or articles dropped
    ("Dr. Michael Shadlen's" -> michael, shadlen)."""
    if not name:
        return ()
    words = [_bare(word) for word in _WORD.findall(name.replace("’", "'"))]
    words = [word for word in words if word]
    while words and words[0] in TITLES:
        words.pop(0)
    return tuple(words)


def _bare(word: str) -> str:
    """A word in lower case without a possessive ending or closing dot ("Truss's" -> truss)."""
    return word.lower().removesuffix("'s").rstrip(".'")


def surname(words: Sequence[str]) -> tuple[str, ...]:
    """The last word with the particles before it ("laurence des cars" -> des, cars)."""
    start = len(words) - 1
    while start > 1 and words[start - 1] in PARTICLES:
        start -= 1
    return tuple(words[start:])


def accepted_names(gold: Gold, text: str) -> set[tuple[str, ...]]:
    """The forms of a named gold speaker that count as right."""
    full = name_words(gold.speaker)
    forms = {full} | {name_words(alias) for alias in gold.aliases}
    if gold.speaker_kind == "person" and len(full) > 1:
        last = surname(full)
        forms.add((full[0], *last))
        if not surname_ambiguous(gold, len(last), text):
            forms.add(last)
    forms.discard(())
    return forms


def surname_ambiguous(gold: Gold, size: int, text: str) -> bool:
    """Whether the page names someone else with this surname: a capitalised given name that is
    not the gold speaker's own stands right before it ("Mekhi Gbedey" for Camille Etienne
    Gbedey). Titles, initials, sentence ends and words the page also writes in lower case are
    not given names."""
    own = {name_words(name)[:1] for name in (gold.speaker, *gold.aliases)}
    common = frozenset(_LOWER_WORD.findall(text))
    last = _WORD.findall(gold.speaker or "")[-size:]
    written = r"\s+".join(re.escape(word) for word in last)
    for match in re.finditer(rf"\b([A-Z][\w'’.-]*) {written}\b", text):
        before = match.group(1)
        if before.endswith("."):
            continue
        word = _bare(before)
        if word in TITLES or word in common or (word,) in own or len(word) < 2:
            continue
        return True
    return False


def unnamed_agree(gold: Gold, speaker: str | None) -> bool:
    """For a gold source with no name: all of `speaker`'s words are words of the gold or of an
    alias, its head noun among them ("officials" for "county officials", "one person" for "one
    person during public comment"; not "RTX" for "our RTX 3090 review")."""
    said = _content(name_words(speaker))
    return bool(said) and any(
        said <= _content(words) and _content(head(words)) <= said
        for words in (name_words(form) for form in (gold.speaker, *gold.aliases))
    )


def head(words: Sequence[str]) -> tuple[str, ...]:
    """The head noun of a description: its last word before a preposition or a relative
    ("one person during public comment" -> person)."""
    cut = next((n for n, word in enumerate(words) if word in POSTMODIFIERS), len(words))
    return tuple(words[max(0, cut - 1) : cut])


def _content(words: Iterable[str]) -> frozenset[str]:
    """Words that carry identity, plural -s dropped ("officials" -> official)."""
    return frozenset(
        word.removesuffix("s") if len(word) > 3 else word for word in words if word not in FILLER
    )


def speaker_right(gold: Gold, speaker: str | None, text: str) -> bool:
    """Whether `brief`'s speaker is the gold one, by the rules in the module docstring."""
    if gold.speaker is None:
        return speaker is None
    if not gold.named:
        return unnamed_agree(gold, speaker)
    words = name_words(speaker)
    forms = accepted_names(gold, text)
    if gold.speaker_kind == "person":  # a role before the name: "Chefs Jamie Oliver"
        return any(form == words[-len(form) :] for form in forms)
    return words in forms


# Scoring


@dataclass(slots=True)
class Page:
    """One page: its extracted text, its gold and `brief`'s items."""

    file: str
    half: str
    text: str
    golds: list[Gold]
    items: list[Item]


@dataclass(slots=True)
class Run:
    """Tallies per group and block (quote, claim, all), and the mismatches for `--dump`."""

    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)
    pages: Counter[str] = field(default_factory=Counter)
    dump: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def tally(self, group: str, block: str) -> Tally:
        """The tally of one group and block, made on first use."""
        return self.tallies.setdefault((group, block), Tally())


def score_page(run: Run, page: Page) -> None:
    """Add one page's counts to its half and to "all", per family and for both together."""
    for group in (page.half, "all"):
        run.pages[group] += 1
    for block in (*FAMILIES, "all"):
        golds = [gold for gold in page.golds if block in (gold.kind, "all")]
        items = [item for item in page.items if block in (item.family, "all")]
        lines = _score_block(
            [run.tally(page.half, block), run.tally("all", block)], page, golds, items
        )
        if block != "all":
            run.dump.extend(lines)


def _score_block(
    tallies: Sequence[Tally], page: Page, golds: Sequence[Gold], items: Sequence[Item]
) -> list[str]:
    """Count one page's golds against its items of the same block; the mismatches as lines."""
    lines: list[str] = []
    spans: list[Span] = []
    for gold in golds:
        span = locate(page.text, gold.anchor, gold.occurrence)
        for tally in tallies:
            tally.gold += 1
            tally.lost += span is None
        if span is None:
            lines.append(f"LOST {page.file}: {gold.kind} {gold.anchor!r}")
            continue
        spans.append(span)
        best = best_match(span, items)
        if best is None:
            lines.append(f"FN   {page.file}: {gold.kind} {gold.anchor!r} ({gold.speaker})")
            continue
        right = speaker_right(gold, best.speaker, page.text)
        for tally in tallies:
            _count_speaker(tally, gold, best, right)
        if not right:
            lines.append(
                f"SPK  {page.file}: {gold.kind} {gold.anchor!r} gold={gold.speaker!r} "
                f"({gold.via}) brief={best.speaker!r} step={best.step}"
            )
    for item in items:
        real = any(overlap(span, (item.start, item.end)) for span in spans)
        for tally in tallies:
            tally.listed += 1
            tally.real += real
        if not real:
            lines.append(f"FP   {page.file}: {item.family} {item.text[:80]!r} ({item.speaker})")
    return lines


def _count_speaker(tally: Tally, gold: Gold, best: Item, right: bool) -> None:
    """Count one found gold item and whether its speaker is right."""
    tally.found += 1
    if gold.speaker is None:
        tally.sourceless["total"] += 1
        tally.sourceless["right"] += right
        return
    if best.speaker is None:
        tally.unattributed += 1
    tally.sourced["total"] += 1
    tally.sourced["right"] += right
    if gold.named:
        tally.named["total"] += 1
        tally.named["right"] += right
    buckets = [tally.via.setdefault(gold.via, Counter())]
    buckets.append(tally.steps.setdefault(best.step, Counter()))
    if gold.named:
        buckets.append(tally.via.setdefault(f"{gold.via}, named gold", Counter()))
    for counts in buckets:
        counts["total"] += 1
        counts["right"] += right


def read_pages(folder: Path, golds: Sequence[Gold]) -> list[tuple[Article, str, list[Gold]]]:
    """Each labelled page's article, half and gold, in the order of the gold file."""
    by_file: dict[str, list[Gold]] = {}
    for gold in golds:
        by_file.setdefault(gold.file, []).append(gold)
    return [
        (read_article(str(folder / file)), items[0].half, items) for file, items in by_file.items()
    ]


def run(pages: Sequence[tuple[Article, str, list[Gold]]]) -> Run:
    """Brief every page (with `--explain`, for the attribution steps) and score it."""
    result = Run()
    began = time.perf_counter()
    briefs = brief_articles((article for article, _, _ in pages), Options(explain=True))
    for (article, half, golds), brief in zip(pages, briefs, strict=True):
        page = Page(Path(article.name).name, half, article.text, golds, items_of(brief.quotes))
        score_page(result, page)
    result.seconds = time.perf_counter() - began
    return result


# Report


def _share(counts: Counter[str]) -> str:
    total = counts["total"]
    if not total:
        return "–"
    return f"{counts['right'] / total:.3f} ({counts['right']}/{total})"


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "–"


def measures(tally: Tally, block: str) -> list[tuple[str, str]]:
    """The rows of one block (quote, claim or all) for one group."""
    located = tally.gold - tally.lost
    rows = [
        (f"gold {NOUNS[block]} / listed by brief", f"{tally.gold} / {tally.listed}"),
        ("recall: gold found", _ratio(tally.found, located)),
        ("precision: listed that are real", _ratio(tally.real, tally.listed)),
        ("**speaker accuracy, named gold speakers**", f"**{_share(tally.named)}**"),
        ("speaker accuracy, every gold source", _share(tally.sourced)),
        ("no gold source: brief gives none", _share(tally.sourceless)),
    ]
    rows.append(("no speaker (Unattributed) though the gold has one", str(tally.unattributed)))
    if tally.lost:
        rows.append(("anchors lost (page text changed)", str(tally.lost)))
    return rows


def report(result: Run, groups: Sequence[str]) -> str:
    """The results as Markdown tables: one per block, one column per group."""
    head = "| measure | " + " | ".join(groups) + " |\n" + "|---" * (len(groups) + 1) + "|"
    pages = " / ".join(f"{group} {result.pages[group]}" for group in groups)
    parts = [f"pages: {pages}; {result.seconds:.0f} s for the whole pipeline (parse included)"]
    for block in (*FAMILIES, "all"):
        columns = [measures(result.tally(group, block), block) for group in groups]
        rows = [
            f"| {row[0][0]} | " + " | ".join(value for _, value in row) + " |"
            for row in zip(*columns, strict=True)
        ]
        title = {"quote": "Quotes", "claim": "Claims", "all": "All attributions"}[block]
        parts.append(f"### {title}\n\n{head}\n" + "\n".join(rows))
    parts.append(
        _breakdown(
            result,
            groups,
            "via",
            "Speaker accuracy by how the sentence names the speaker (gold `via`), quotes and claims",
        )
    )
    parts.append(
        _breakdown(
            result,
            groups,
            "steps",
            "Speaker accuracy by brief's attribution step (`--explain`), quotes and claims",
        )
    )
    return "\n\n".join(parts)


def _breakdown(result: Run, groups: Sequence[str], what: str, title: str) -> str:
    """Speaker accuracy per gold `via` (every gold source, then named gold speakers alone) or
    per `brief` step (the most used first), block "all"."""
    tallies = [result.tally(group, "all") for group in groups]
    if what == "via":
        keys = [*VIAS, *(f"{via}, named gold" for via in VIAS)]
    else:
        used: Counter[str] = Counter()
        for tally in tallies:
            used.update({key: counts["total"] for key, counts in tally.steps.items()})
        keys = [key for key, _ in used.most_common()]
    lines = [
        f"### {title}",
        "",
        f"| {what} | " + " | ".join(groups) + " |",
        "|---" * (len(groups) + 1) + "|",
    ]
    for key in keys:
        cells = [_share(getattr(tally, what).get(key, Counter())) for tally in tallies]
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path, help="the saved pages (e.g. ../shared/eval/pages)")
    parser.add_argument("--gold", type=Path, default=GOLD, help="the gold attributions (JSONL)")
    parser.add_argument(
        "--half",
        choices=("even", "odd", "each"),
        default=None,
        help="score only the pages at even or odd positions, or each half apart and the whole",
    )
    parser.add_argument(
        "--dump", action="store_true", help="print every miss, false listing and wrong speaker"
    )
    args = parser.parse_args(argv)
    for path in (args.pages, args.gold):
        if not path.exists():
            print(f"eval_attribution_pages: {path}: no such file or folder", file=sys.stderr)
            return 2
    golds = [gold for gold in read_gold(args.gold) if args.half in (None, "each", gold.half)]
    try:
        pages = read_pages(args.pages, golds)
    except InputError as error:
        print(f"eval_attribution_pages: {error}", file=sys.stderr)
        return 2
    result = run(pages)
    groups = {"each": GROUPS, None: ("all",)}.get(args.half, (args.half,))
    print(f"`{' '.join(['.venv/bin/python', 'bench/eval_attribution_pages.py', *sys.argv[1:]])}`\n")
    print(report(result, groups))
    if args.dump:
        print("\n" + "\n".join(result.dump))
    return 0


if __name__ == "__main__":
    sys.exit(main())
