"""Markdown for people and digests: headings, bullet lists and block quotes.

Article text is escaped so it can never open a heading, a fence, a link or raw HTML, and an
entity it spells out ("&copy;") stays as written instead of becoming "©".
"""

from __future__ import annotations

import re
from typing import Any

from brief.records import Brief, Date, Entity, Number, Quote
from brief.render.figures import key_figures, with_conversions
from brief.render.grouping import (
    entities_by_type,
    new_gists,
    quotes_by_speaker,
    said_and_claimed,
)
from brief.render.text import attributed, clipped, framed, one_line
from brief.render.view import (
    DEFAULT_VIEW,
    Shown,
    View,
    by_salience,
    dates_to_show,
    quotes_to_show,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!&])")


def escape(text: str) -> str:
    """Inline-safe Markdown: one line, every character with Markdown meaning escaped."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def to_markdown(brief: Brief, *, heading_level: int = 1, view: View = DEFAULT_VIEW) -> str:
    """The brief as a Markdown document (headings start at `heading_level`); `view` says which
    sections and how many items of each (the top ones, most salient first, by default)."""
    h1 = "#" * heading_level
    h2 = "#" * (heading_level + 1)
    title = escape(brief.title) if brief.title else escape(brief.source.path or "Brief")
    lines = [f"{h1} {title}", "", f"*{_source_line(brief)}*", ""]
    if view.shows("summary") and brief.summary:
        lines += [f"{h2} Summary", ""]
        lines += [
            f"- {escape(attributed(s.text, s.speaker))} (line {s.line}{_why(s.why)})"
            for s in brief.summary
        ]
        lines.append("")
    if view.shows("sections"):
        lines += _gists(brief, view, h2)
    if view.shows("entities"):
        for heading, entities in entities_by_type(brief):
            shown = view.top(entities, "entities")
            lines += _ended([f"{h2} {heading}", "", *map(_entity, shown.items)], shown)
    if view.shows("dates"):
        lines += _when(dates_to_show(brief, view))
    if view.shows("numbers"):
        lines += _figures(brief, view, h2)
    if view.shows("quotes"):
        said, claimed = said_and_claimed(brief.quotes)
        said_shown = quotes_to_show(said, brief, view, "said")
        claimed_shown = quotes_to_show(claimed, brief, view, "claimed")
        lines += _attributions("Who said what", said_shown, view.full, heading_level)
        lines += _attributions("Who claimed what", claimed_shown, view.full, heading_level)
    if view.shows("warnings") and view.only is not None and brief.warnings:
        lines += [f"{h2} Warnings", "", *(f"- {escape(w)}" for w in brief.warnings), ""]
    return "\n".join(lines).rstrip() + "\n"


def _gists(brief: Brief, view: View, h2: str) -> list[str]:
    shown = view.top(brief.sections if view.full else new_gists(brief), "sections")
    items = [section for section in shown.items if section.summary]
    if not items:
        return []
    lines = [f"{h2} Sections", ""]
    for section in items:
        heading = escape(section.heading) if section.heading else "Lead"
        lines.append(f"- **{heading}** (line {section.line}): {escape(section.summary or '')}")
    return _ended(lines, shown)


def _entity(entity: Entity) -> str:
    """ "- Sergei Lavrov — Russia's foreign minister (also Lavrov; 2×)"."""
    about = entity.descriptor
    described = f" — {escape(about)}" if about else ""
    also = (
        f"also {', '.join(escape(alias) for alias in entity.aliases)}; " if entity.aliases else ""
    )
    return f"- {escape(entity.name)}{described} ({also}{entity.mentions}×)"


def _when(shown: Shown[Date]) -> list[str]:
    if not shown.items:
        return []
    when = ", ".join(f"{escape(date.text)} (line {date.line})" for date in shown.items)
    more = f" ({shown.more})" if shown.more else ""
    return [f"**When:** {when}{more}", ""]


def _figures(brief: Brief, view: View, h2: str) -> list[str]:
    shown = view.top(by_salience(brief.numbers) if view.full else key_figures(brief), "numbers")
    if not shown.items:
        return []
    lines = [f"{h2} {'Numbers' if view.full else 'Key figures'}", ""]
    lines += [f"- {_figure(number)} (line {number.line})" for number in shown.items]
    return _ended(lines, shown)


def _figure(number: Number) -> str:
    """The figure in bold, then what it counts: "**91** — drones"."""
    written = f"**{escape(with_conversions(number))}**"
    return f"{written} — {escape(number.what)}" if number.what else written


def _attributions(title: str, shown: Shown[Quote], full: bool, level: int) -> list[str]:
    """Quotes by speaker under `title`: quotations as block quotes, reported claims as items
    (never in quotation marks); unless `full`, a long one shows its start and an ellipsis."""
    if not shown.items:
        return []
    lines = [f"{'#' * (level + 1)} {title}", ""]
    for speaker, quotes in quotes_by_speaker(shown.items):
        lines += [f"{'#' * (level + 2)} {escape(speaker)}", ""]
        for quote in quotes:
            frame = framed(quote.text, quote.content, full)
            text = quote.text if full else clipped(quote.text)
            if quote.kind == "reported" or frame is not None:
                lines += _claim_lines(quote, frame or text)  # peace was “closer than ever.”
            else:
                lines += _quote_lines(quote, text)
        if lines[-1]:
            lines.append("")
    return _ended(lines, shown)


def _quote_lines(quote: Quote, text: str) -> list[str]:
    cue = f"{escape(quote.cue)}, " if quote.cue else ""
    step = f" ({escape(quote.step)})" if quote.step else ""
    return [f"> “{escape(text)}”", ">", f"> — {cue}line {quote.line}{step}", ""]


def _claim_lines(quote: Quote, text: str) -> list[str]:
    return [f"- {claim(text, quote.cue)} (line {quote.line})"]


def _ended(lines: list[str], shown: Shown[Any]) -> list[str]:
    """A section's lines, then the line saying how many items the view left out (if any),
    each after a blank line (right after an item, it would join the item)."""
    while lines and not lines[-1]:
        lines = lines[:-1]
    return [*lines, "", f"*{shown.more}*", ""] if shown.more else [*lines, ""]


def claim(text: str, cue: str | None) -> str:
    """A reported claim as a Markdown item: the cue, then the writer's words, never in
    quotation marks or a block quote ("*said:* Russia would revise its position")."""
    return f"*{escape(cue)}:* {escape(text)}" if cue else escape(text)


def _why(why: str | None) -> str:
    return f"; {escape(why)}" if why else ""


def _source_line(brief: Brief) -> str:
    where = brief.source.path or brief.source.id or "stdin"
    return f"{escape(where)} · {brief.source.words} words"
