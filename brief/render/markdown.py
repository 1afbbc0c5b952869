"""Markdown for people and digests: headings, bullet lists and block quotes.

Article text is escaped so it can never open a heading, a fence, a link or raw HTML, and an
entity it spells out ("&copy;") stays as written instead of becoming "©".
"""

from __future__ import annotations

import re

from brief.records import Brief, Entity, Number
from brief.render.grouping import (
    describe_number,
    entities_by_type,
    quotes_by_speaker,
    said_and_claimed,
)
from brief.render.text import attributed, one_line

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!&])")


def escape(text: str) -> str:
    """Inline-safe Markdown: one line, every character with Markdown meaning escaped."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def to_markdown(brief: Brief, *, heading_level: int = 1) -> str:
    """The whole brief as a Markdown document (headings start at `heading_level`)."""
    h1 = "#" * heading_level
    h2 = "#" * (heading_level + 1)
    h3 = "#" * (heading_level + 2)
    title = escape(brief.title) if brief.title else escape(brief.source.path or "Brief")
    lines = [f"{h1} {title}", "", f"*{_source_line(brief)}*", ""]
    if brief.summary:
        lines += [f"{h2} Summary", ""]
        lines += [
            f"- {escape(attributed(s.text, s.speaker))} (line {s.line}{_why(s.why)})"
            for s in brief.summary
        ]
        lines.append("")
    gists = [section for section in brief.sections if section.summary]
    if gists:
        lines += [f"{h2} Sections", ""]
        for section in gists:
            heading = escape(section.heading) if section.heading else "Lead"
            lines.append(f"- **{heading}** (line {section.line}): {escape(section.summary or '')}")
        lines.append("")
    for heading, entities in entities_by_type(brief):
        lines += [f"{h2} {heading}", ""]
        lines += [
            f"- {escape(e.name)}{_aliases(e.aliases)}{_descriptor(e)} — {e.mentions}×"
            for e in entities
        ]
        lines.append("")
    if brief.numbers:
        lines += [f"{h2} Numbers", ""]
        lines += [f"- {_number(number)}" for number in brief.numbers]
        lines.append("")
    said, claimed = said_and_claimed(brief.quotes)
    if said:
        lines += [f"{h2} Who said what", ""]
        for speaker, quotes in quotes_by_speaker(said):
            lines += [f"{h3} {escape(speaker)}", ""]
            for quote in quotes:
                cue = f"{escape(quote.cue)}, " if quote.cue else ""
                step = f" ({escape(quote.step)})" if quote.step else ""
                lines += [f"> “{escape(quote.text)}”", ">", f"> — {cue}line {quote.line}{step}", ""]
    if claimed:
        lines += [f"{h2} Who claimed what", ""]
        for speaker, quotes in quotes_by_speaker(claimed):
            lines += [f"{h3} {escape(speaker)}", ""]
            lines += [f"- {claim(quote.text, quote.cue)} (line {quote.line})" for quote in quotes]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def claim(text: str, cue: str | None) -> str:
    """A reported claim as a Markdown item: the cue, then the writer's words, never in
    quotation marks or a block quote ("*said:* Russia would revise its position")."""
    return f"*{escape(cue)}:* {escape(text)}" if cue else escape(text)


def _why(why: str | None) -> str:
    return f"; {escape(why)}" if why else ""


def _source_line(brief: Brief) -> str:
    where = brief.source.path or brief.source.id or "stdin"
    return f"{escape(where)} · {brief.source.words} words"


def _descriptor(entity: Entity) -> str:
    """ ", Russia's foreign minister": who the article says the entity is, when it says."""
    return f", {escape(entity.descriptor)}" if entity.descriptor else ""


def _aliases(aliases: tuple[str, ...]) -> str:
    return f" (also {', '.join(escape(alias) for alias in aliases)})" if aliases else ""


def _number(number: Number) -> str:
    value = describe_number(number.value, number.low, number.high, number.kind)
    parts = [f"**{escape(number.text)}**"]
    if number.what:
        parts.append(escape(number.what))
    detail = ", ".join(
        item for item in (number.kind, f"= {value}" if value else "", number.unit or "") if item
    )
    return f"{' '.join(parts)} ({detail}; line {number.line})"
