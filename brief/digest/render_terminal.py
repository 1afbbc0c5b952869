"""A digest for the terminal (`-f terminal`), drawn with rich: styled on a terminal (titles are
links there), plain and stable when piped or written to a file, one item per line.

Like the Markdown view it comes in pieces, so that a run can keep each article's part on disk
until the end: `article_block` (each article's compact brief, rendered as it is briefed),
then `digest_head` (what spans the articles), `story_heading` and, for a story an earlier
digest showed, `what_is_new` in place of its brief. Article text enters rich only as `Text`
objects, never as markup.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import RenderableType
from rich.style import Style
from rich.text import Text

from brief.digest.builder import Citation, CitedQuote, Digest, SpeakerQuotes, Story
from brief.digest.render_markdown import (
    NOT_ENGLISH_STORY,
    continuing,
    counts,
    main_names,
    plural,
)
from brief.inputs.fetch import is_url
from brief.records import STDIN_NAME, Brief
from brief.render.grouping import ENTITY_HEADINGS
from brief.render.terminal import draw, hanging, indented, line_item, part_title
from brief.render.text import attributed, framed, one_line, quoted


def article_block(brief: Brief, *, styled: bool, width: int | None = None) -> str:
    """One article's compact brief: key sentences with their lines, and who and where."""
    parts: list[RenderableType] = [
        line_item(attributed(s.text, s.speaker), s.line) for s in brief.summary
    ]
    named = main_names(brief, one_line)
    if named:
        parts.append(indented(Text(" · ".join(named), style="dim"), 2))
    return draw(parts, styled=styled, width=width)


def digest_head(digest: Digest, *, title: str, styled: bool, width: int | None = None) -> str:
    """The digest's title and counts, what could not be briefed, and the parts that span the
    articles."""
    parts: list[RenderableType] = [
        Text(one_line(title), style="bold"),
        Text(counts(digest), style="dim"),
    ]
    if digest.failed:
        parts += part_title("Could not be briefed")
        for failure in digest.failed:
            parts.append(
                hanging("  • ", Text(f"{one_line(failure.source)}: {one_line(failure.problem)}"))
            )
    parts += _in_the_news(digest)
    parts += _by_speaker("Who said what", digest.speakers, styled, quotation=True)
    parts += _by_speaker("Who claimed what", digest.claims, styled, quotation=False)
    if digest.numbers:
        parts += part_title("Numbers of the day")
        for item in digest.numbers:
            line = Text(one_line(item.number.text), style="bold")
            if item.number.what:
                line.append(f" {one_line(item.number.what)}")
            line.append(f" — {one_line(item.story)} (")
            line.append_text(_cite(item.cited, styled))
            line.append(")")
            parts.append(hanging("  • ", line))
    if digest.stories:
        parts += part_title("Stories")
    return draw(parts, styled=styled, width=width)


def story_heading(story: Story, *, styled: bool, width: int | None = None) -> str:
    """A story's headline, its reports (by title), and whether it continues an earlier
    digest's story or is not in English."""
    parts: list[RenderableType] = [Text(""), Text(one_line(story.headline), style="bold")]
    titles = story.titles or (None,) * len(story.articles)
    for index, source, title in zip(story.articles, story.sources, titles, strict=True):
        line = _link(source, title, styled)
        if index == story.lead and len(story.articles) > 1:
            line.append(" (lead)", style="dim")
        parts.append(hanging("  ▸ ", line))
    if story.continues is not None:
        parts.append(indented(Text(continuing(story.continues), style="yellow"), 2))
    if story.not_english:
        parts.append(indented(Text(NOT_ENGLISH_STORY, style="red"), 2))
    return draw(parts, styled=styled, width=width)


def what_is_new(story: Story, *, styled: bool, width: int | None = None) -> str:
    """What a continuing story's reports add to what earlier digests showed of it."""
    new = story.new
    if new is None or not (new.people or new.figures or new.quotes):
        return draw(
            [indented(Text("Nothing new in today's reports.", style="dim"), 2)],
            styled=styled,
            width=width,
        )
    parts: list[RenderableType] = []
    if new.people:
        parts.append(_labelled("New people: ", ", ".join(map(one_line, new.people))))
    if new.figures:
        parts.append(_labelled("New figures: ", ", ".join(map(one_line, new.figures))))
    parts += [_labelled("New: ", quoted(text)) for text in new.quotes]
    return draw(parts, styled=styled, width=width)


def _labelled(label: str, text: str) -> RenderableType:
    """• Label: text, its wrapped lines hanging under the text."""
    line = Text(label, style="bold")
    line.append(text)
    return hanging("  • ", line)


def _in_the_news(digest: Digest) -> list[RenderableType]:
    if not digest.entities:
        return []
    parts = part_title("In the news")
    for kind in ("person", "organization", "place"):
        of_kind = [entity for entity in digest.entities if entity.type == kind]
        if not of_kind:
            continue
        line = Text(f"{ENTITY_HEADINGS[kind]}: ", style="bold")
        for number, entity in enumerate(of_kind):
            if number:
                line.append(", ")
            line.append(one_line(entity.name))
            line.append(f" ({plural(entity.stories, 'story')})", style="dim")
        parts.append(hanging("  ", line))
    return parts


def _by_speaker(
    title: str, speakers: tuple[SpeakerQuotes, ...], styled: bool, *, quotation: bool
) -> list[RenderableType]:
    """Quotations in marks and italics, or claims in the writer's words, by speaker."""
    if not speakers:
        return []
    parts = part_title(title)
    for speaker in speakers:
        heading = Text("  " + one_line(speaker.speaker), style="bold")
        heading.append(f" ({plural(speaker.stories, 'story')})", style="dim")
        parts.append(heading)
        for quote in speaker.quotes:
            parts.append(hanging("    • ", _quote(quote, styled, quotation)))
    return parts


def _quote(quote: CitedQuote, styled: bool, quotation: bool) -> Text:
    frame = framed(quote.text, quote.content, full=False) if quotation else None
    if quotation and frame is None:
        line = Text(quoted(quote.text), style="italic")
        line.append(" — " + (f"{one_line(quote.cue)}, " if quote.cue else ""), style="dim")
        line.append_text(_cite(quote.cited, styled))
        return line
    line = Text(f"{one_line(quote.cue)}: " if quote.cue else "", style="dim")
    line.append(frame or one_line(quote.text), style="italic" if frame else "")
    line.append(" (")
    line.append_text(_cite(quote.cited, styled))
    line.append(")")
    return line


def _cite(cited: Citation, styled: bool) -> Text:
    """ "Title, line N": the article by its title (its name when it has none); the stories'
    lists of reports say where each title is."""
    line = _link(cited.source, cited.title, styled, dim=True, where=False)
    line.append(f", line {cited.line}", style="dim")
    return line


def _link(
    source: str, title: str | None, styled: bool, *, dim: bool = False, where: bool = True
) -> Text:
    """An article by its title: a link to it on a terminal that shows links; plain, the
    title and then (with `where`) where it is."""
    name = one_line(title or source)
    if styled and source != STDIN_NAME:
        target = source if is_url(source) else Path(source).resolve().as_uri()
        return Text(name, style=Style(link=target, dim=dim))
    if not title or not where:
        return Text(name, style="dim" if dim else "")
    return Text(f"{name} <{one_line(source)}>")
