"""What a view of a brief shows: which sections (`--only`), and how many items of each, most
salient first (`--full` shows them all).

The terminal and Markdown views show the top items of each section and say how many more
there are; JSON and YAML keep every item, and `--only` alone narrows them. Salience, the
descriptor of a person or organisation, a figure's conversions and the rule for which numbers
a default view shows are read here and nowhere else in the renderers (`salience`,
`descriptor`, `conversions`, `shown_by_default`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Generic, Protocol, TypeVar

from brief.records import Brief, Entity, Number, Quote

# Every section a view can show, by its key in the JSON record (`schema` and `source` always
# come with it): what `--only` takes.
SECTIONS: tuple[str, ...] = tuple(
    field.name for field in fields(Brief) if field.name not in {"schema", "source"}
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
# Kinds a figure never has: years and dates say when, not how much (a "When" line shows them).
_NOT_FIGURES = frozenset({"year", "date"})

Item = TypeVar("Item")


@dataclass(frozen=True, slots=True)
class Shown(Generic[Item]):
    """The items a view shows of a section, and how many it leaves out."""

    items: tuple[Item, ...]
    rest: int = 0

    @property
    def more(self) -> str | None:
        """ "and 11 more; --full shows all", or None when nothing is left out."""
        return MORE.format(count=self.rest) if self.rest else None


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


# --- what the records say about salience (the one place that reads these fields) -------------


def salience(item: Entity | Number) -> float:
    """How much the item matters to the story, 0–1, from the article's own evidence."""
    value = getattr(item, "salience", None)
    if value is not None:
        return float(value)
    if isinstance(item, Entity):  # until every entity carries one: its mentions
        return item.mentions / (item.mentions + 1)
    return 0.5 if item.what else 0.0


def descriptor(entity: Entity) -> str | None:
    """Who or what the entity is, in the article's words ("Russia's foreign minister")."""
    value = getattr(entity, "descriptor", None)
    return str(value) if value else None


def conversions(number: Number) -> tuple[str, ...]:
    """The figure in other units or currencies, as the article gives them ("$16 million")."""
    return tuple(str(item) for item in getattr(number, "conversions", None) or ())


def shown_by_default(number: Number, brief: Brief) -> bool:
    """Whether a default view shows the number among the key figures: never a year or a date;
    otherwise when it says what it counts, or stands in the title or a key sentence."""
    rule = getattr(number, "shown", None)
    if rule is not None:
        return bool(rule)
    if number.kind in _NOT_FIGURES:
        return False
    in_key_sentence = any(s.start <= number.start < s.end for s in brief.summary)
    return bool(number.what) or in_key_sentence


class DateLike(Protocol):
    """A date the article gives: as written, and the line it is on."""

    @property
    def text(self) -> str: ...

    @property
    def line(self) -> int: ...


def dates(brief: Brief) -> tuple[DateLike, ...]:
    """The dates that matter to the story, for the "When" line."""
    return tuple(getattr(brief, "dates", None) or ())


def by_salience(items: Sequence[Item]) -> list[Item]:
    """Entities or numbers, most salient first; ties keep the brief's order."""
    return [
        item
        for _, item in sorted(
            enumerate(items),
            key=lambda pair: (-salience(pair[1]), pair[0]),  # type: ignore[arg-type]
        )
    ]


def key_figures(brief: Brief) -> list[Number]:
    """The numbers a default view shows, most salient first."""
    return by_salience([number for number in brief.numbers if shown_by_default(number, brief)])


def speaker_salience(brief: Brief) -> dict[str, float]:
    """Each entity's salience by every form of its name, for ranking quotes by their speaker."""
    found: dict[str, float] = {}
    for entity in brief.entities:
        for name in (entity.name, *entity.aliases):
            found.setdefault(name, salience(entity))
    return found


def quotes_to_show(quotes: Sequence[Quote], brief: Brief, view: View, limit: str) -> Shown[Quote]:
    """The quotes a view shows, speakers that matter first; a default view leaves out the
    ones a key sentence already shows with their speaker."""
    shown = quotes if view.full else [q for q in quotes if not _in_summary(q, brief)]
    return view.top(by_speaker_salience(shown, brief), limit, of=len(quotes))


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
