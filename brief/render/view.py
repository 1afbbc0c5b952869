"""What a view of a brief shows: which sections (`--only`), and how many items of each, most
salient first (`--full` shows them all).

The terminal and Markdown views show the top items of each section and say how many more
there are; JSON and YAML keep every item, and `--only` alone narrows them. Items are ranked
by the salience the extractors give them (`by_salience`); quotes by their speaker's. Which
numbers a default view shows is `brief.render.figures`' rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, Protocol, TypeVar

from brief.records import Brief, Date, Quote

# Every section a view can show, by its key in the JSON record (`schema` and `source` always
# come with it), in the order the views show them: what `--only` takes. (A test checks that
# these are the record's keys.)
SECTIONS = (
    "title",
    "summary",
    "sections",
    "entities",
    "dates",
    "numbers",
    "quotes",
    "warnings",
)


@dataclass(frozen=True, slots=True)
class Limits:
    """How many items of each section a view shows (of `entities`, per type)."""

    sections: int = 2
    entities: int = 5
    numbers: int = 4
    dates: int = 3
    said: int = 3
    claimed: int = 2

    def of(self, section: str) -> int:
        """The limit of one section, by name."""
        return int(getattr(self, section))


# When a view must be shorter (to fit a screen), it gives up one item at a time, from the
# section with the most items above its floor here (ties: first listed first).
GIVE_UP = {"claimed": 0, "said": 1, "sections": 0, "numbers": 2, "entities": 3}
MORE = "and {count} more; --full shows all"
# A section the view cut to no items still says it is there: "Sections (6; --full shows all)".
ALL_LEFT_OUT = "{count}; --full shows all"
# A date matters to the "When" line from this salience: a title or key sentence gives it, or the
# lead gives a day or a month (`brief.extract.number_salience`); a lone day elsewhere does not.
WHEN_SALIENCE = 0.35

Item = TypeVar("Item")


@dataclass(frozen=True, slots=True)
class Shown(Generic[Item]):
    """The items a view shows of a section, and how many it leaves out."""

    items: tuple[Item, ...]
    rest: int = 0

    @property
    def more(self) -> str | None:
        """ "and 11 more; --full shows all" ("11; --full shows all" when no item is shown), or
        None when nothing is left out."""
        if not self.rest:
            return None
        return (MORE if self.items else ALL_LEFT_OUT).format(count=self.rest)


@dataclass(frozen=True, slots=True)
class View:
    """How much of a brief to show: every item (`full`) or the top ones, and which sections
    (`only`: None for all of them)."""

    full: bool = False
    only: frozenset[str] | None = None
    limits: Limits = Limits()

    def shows(self, section: str) -> bool:
        """Whether the section is shown at all."""
        return self.only is None or section in self.only

    def top(self, items: Iterable[Item], limit: str, *, of: int | None = None) -> Shown[Item]:
        """The first items (already ranked) up to the section's limit, or all with `full`;
        the rest counts what is left of `of` items (by default, of `items`)."""
        ranked = tuple(items)
        if self.full:
            return Shown(ranked)
        shown = ranked[: self.limits.of(limit)]
        return Shown(shown, max(0, (len(ranked) if of is None else of) - len(shown)))

    def shorter(self) -> View | None:
        """The same view with one item fewer (`GIVE_UP`); None when every section is down to
        its floor, or the view is full."""
        room = {section: self.limits.of(section) - floor for section, floor in GIVE_UP.items()}
        section = max(room, key=lambda name: room[name])
        if self.full or room[section] <= 0:
            return None
        fewer = replace(self.limits, **{section: self.limits.of(section) - 1})
        return replace(self, limits=fewer)

    def select(self, data: dict[str, Any]) -> dict[str, Any]:
        """A brief's record narrowed to the chosen sections (with `schema` and `source`)."""
        if self.only is None:
            return data
        return {
            key: value for key, value in data.items() if key in {"schema", "source"} | self.only
        }


def parse_sections(value: str) -> frozenset[str]:
    """The sections a comma-separated list names ("summary,quotes"); `ValueError` saying the
    valid names for an unknown or empty one."""
    names = [name.strip().lower() for name in value.split(",")]
    unknown = [name for name in names if name not in SECTIONS]
    if unknown or not names:
        wrong = f"'{unknown[0]}'" if unknown[0] else "an empty name"
        raise ValueError(f"{wrong} is not a section; choose from {', '.join(SECTIONS)}")
    return frozenset(names)


# --- salience: how much an item matters to the story, 0–1 (`brief.extract.cast.salience`,
# `brief.extract.number_salience`) ----------------------------------------------------------


class Salient(Protocol):
    """An entity, a number or a date: anything with a salience."""

    @property
    def salience(self) -> float: ...


Ranked = TypeVar("Ranked", bound=Salient)


def by_salience(items: Iterable[Ranked]) -> list[Ranked]:
    """Entities, numbers or dates, most salient first; ties in article order (numbers and
    dates by where they stand, entities by the brief's order)."""

    def key(pair: tuple[int, Ranked]) -> tuple[float, int]:
        index, item = pair
        return (-item.salience, getattr(item, "start", index))

    return [item for _, item in sorted(enumerate(items), key=key)]


def dates_to_show(brief: Brief, view: View) -> Shown[Date]:
    """The dates for the "When" line: with `full` all of them; else the ones that matter (in
    the title or a key sentence, or a precise one in the lead), most salient first."""
    if view.full:
        return view.top(brief.dates, "dates")
    mattering = [date for date in by_salience(brief.dates) if date.salience >= WHEN_SALIENCE]
    return view.top(mattering, "dates", of=len(brief.dates))


def speaker_salience(brief: Brief) -> dict[str, float]:
    """Each entity's salience by every form of its name, for ranking quotes by their speaker."""
    found: dict[str, float] = {}
    for entity in brief.entities:
        for name in (entity.name, *entity.aliases):
            found.setdefault(name, entity.salience)
    return found


def quotes_to_show(quotes: Sequence[Quote], brief: Brief, view: View, limit: str) -> Shown[Quote]:
    """The quotes a view shows, speakers that matter first; a default view leaves out the
    ones nobody is named for and the ones a key sentence already shows with their speaker."""
    shown = quotes if view.full else [q for q in quotes if q.speaker and not _in_summary(q, brief)]
    if not view.full:
        shown = one_per_frame(shown)
    return view.top(by_speaker_salience(shown, brief), limit, of=len(quotes))


def one_per_frame(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes without a partial quote whose frame (`content`, the writer's sentence around
    it, which a view shows) overlaps one an earlier quote of the same speaker shows: two partial
    quotes of one sentence would show the sentence twice."""
    shown: dict[str | None, list[tuple[int, int]]] = {}
    kept = []
    for quote in quotes:
        start, end = quote.content_start, quote.content_end
        if start is not None and end is not None:
            frames = shown.setdefault(quote.speaker, [])
            if any(start < other_end and other_start < end for other_start, other_end in frames):
                continue
            frames.append((start, end))
        kept.append(quote)
    return kept


def _in_summary(quote: Quote, brief: Brief) -> bool:
    return any(s.start <= quote.start and quote.end <= s.end for s in brief.summary)


def by_speaker_salience(quotes: Sequence[Quote], brief: Brief) -> list[Quote]:
    """Quotes, each speaker's first before anyone's second (a glance meets more voices), and
    among them the speakers that matter most first: named people and organisations by their
    salience, then speakers named otherwise ("police"); the unattributed last."""
    known = speaker_salience(brief)
    seen: dict[str | None, int] = {}
    keys = []
    for index, quote in enumerate(quotes):
        nth = seen.get(quote.speaker, 0)
        seen[quote.speaker] = nth + 1
        weight = -known.get(quote.speaker, 0.0) if quote.speaker else 0.0
        keys.append(((quote.speaker is None, nth, weight, index), quote))
    return [quote for _, quote in sorted(keys, key=lambda pair: pair[0])]


DEFAULT_VIEW = View()
"""The default view: the top items of each section, every section."""
