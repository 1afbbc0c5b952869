"""A digest as Markdown: what spans the day's articles first, then one compact brief per story.

Each article's compact brief is rendered as soon as it is briefed (`article_block`), so a
digest run can keep it on disk instead of holding every brief; the cross-article part
(`digest_head`) and each story's heading (`story_heading`) are rendered at the end, and so is
what is new in a story an earlier digest showed (`what_is_new`), which stands in for its brief.
Links read as the articles' titles (their paths or addresses when they have none).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from urllib.parse import quote as url_quote

from brief.digest.builder import (
    Citation,
    CitedQuote,
    Digest,
    EntityOfTheDay,
    SpeakerQuotes,
    Story,
)
from brief.digest.memory import Continuation
from brief.inputs.fetch import is_url
from brief.records import STDIN_NAME, Brief
from brief.render.grouping import ENTITY_HEADINGS
from brief.render.markdown import claim, escape
from brief.render.text import attributed, framed

ENTITIES_IN_BLOCK = 4


def digest_head(digest: Digest, *, title: str, base: Path | None = None) -> str:
    """The digest's title, counts, and the parts that span the articles; links to files point
    from the folder `base` (the output file's), or are the paths as written."""
    lines = [f"# {escape(title)}", "", f"*{counts(digest)}*", ""]
    if digest.failed:
        lines += ["**Could not be briefed:**", ""]
        lines += [f"- {_link(f.source, base)}: {escape(f.problem)}" for f in digest.failed]
        lines.append("")
    lines += _in_the_news(digest.entities)
    lines += _who_said_what(digest, base)
    lines += _who_claimed_what(digest, base)
    if digest.numbers:
        lines += ["## Numbers of the day", ""]
        for item in digest.numbers:
            number = item.number
            what = f" {escape(number.what)}" if number.what else ""
            lines.append(
                f"- **{escape(number.text)}**{what} — {escape(item.story)} ({_cite(item.cited, base)})"
            )
        lines.append("")
    if digest.stories:
        lines += ["## Stories", ""]
    return "\n".join(lines) + "\n"


def story_heading(story: Story, base: Path | None = None) -> str:
    """A story's heading and its reports (titles as link text, the lead marked), then
    whether it continues an earlier digest's story and whether it is in English."""
    lines = [f"### {escape(story.headline)}", ""]
    reports = [
        _link(source, base, title)
        + (" (lead)" if index == story.lead and len(story.articles) > 1 else "")
        for index, source, title in zip(story.articles, story.sources, _titles(story), strict=True)
    ]
    count = f"{len(reports)} reports: " if len(reports) > 1 else ""
    lines += [f"*{count}{', '.join(reports)}*", ""]
    if story.continues is not None:
        lines += [f"*{continuing(story.continues)}*", ""]
    if story.not_english:
        lines += [f"*{NOT_ENGLISH_STORY}*", ""]
    return "\n".join(lines) + "\n"


NOT_ENGLISH_STORY = (
    "Not in English: the pipeline reads English, so this brief may be poor; the story is left "
    "out of In the news, Who said what and Numbers of the day."
)


def continuing(continues: Continuation) -> str:
    """ "Continuing since 5 December 2026 · 23 reports so far"."""
    return f"Continuing since {day(continues.since)} · {plural(continues.reports, 'report')} so far"


def day(moment: str) -> str:
    """An ISO 8601 time as a day in words ("5 December 2026"); as it is when unreadable."""
    try:
        return f"{datetime.fromisoformat(moment):%-d %B %Y}"
    except ValueError:
        return moment


def what_is_new(story: Story) -> str:
    """What a continuing story's reports add to what earlier digests showed of it: new
    people, figures and quotes (a story's brief stands in for this when it is new)."""
    new = story.new
    if new is None or not (new.people or new.figures or new.quotes):
        return "*Nothing new in today's reports.*\n\n"
    lines = []
    if new.people:
        lines.append(f"- **New people:** {', '.join(escape(name) for name in new.people)}")
    if new.figures:
        lines.append(f"- **New figures:** {', '.join(escape(text) for text in new.figures)}")
    lines += [f"- **New:** “{escape(text)}”" for text in new.quotes]
    return "\n".join(lines) + "\n\n"


def _titles(story: Story) -> tuple[str | None, ...]:
    return story.titles or (None,) * len(story.articles)


def article_block(brief: Brief) -> str:
    """One article's compact brief: key sentences with their lines, and who and where."""
    lines = [f"- {escape(attributed(s.text, s.speaker))} (line {s.line})" for s in brief.summary]
    named = main_names(brief, escape)
    if named:
        lines += ["", f"*{' · '.join(named)}*"]
    return "\n".join(lines) + "\n\n"


def main_names(brief: Brief, form: Callable[[str], str]) -> list[str]:
    """ "People: A, B", "Organisations: …", "Places: …": the first few of each, as `form`
    writes a name."""
    named = []
    for kind in ("person", "organization", "place"):
        names = [form(e.name) for e in brief.entities if e.type == kind][:ENTITIES_IN_BLOCK]
        if names:
            named.append(f"{ENTITY_HEADINGS[kind]}: {', '.join(names)}")
    return named


def counts(digest: Digest) -> str:
    """ "12 articles · 9 stories · 1 could not be briefed"."""
    parts = [plural(digest.articles, "article"), plural(len(digest.stories), "story")]
    if digest.failed:
        parts.append(f"{len(digest.failed)} could not be briefed")
    return " · ".join(parts)


def plural(count: int, noun: str) -> str:
    """ "1 story", "2 stories"."""
    if count == 1:
        return f"1 {noun}"
    return f"{count} {noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"


def _in_the_news(entities: tuple[EntityOfTheDay, ...]) -> list[str]:
    if not entities:
        return []
    lines = ["## In the news", ""]
    for kind in ("person", "organization", "place"):
        of_kind = [entity for entity in entities if entity.type == kind]
        if not of_kind:
            continue
        lines += [f"### {ENTITY_HEADINGS[kind]}", ""]
        for entity in of_kind:
            counts = plural(entity.stories, "story")
            if entity.articles != entity.stories:
                counts += f", {plural(entity.articles, 'article')}"
            lines.append(f"- **{escape(entity.name)}** — {counts}")
        lines.append("")
    return lines


def _who_said_what(digest: Digest, base: Path | None) -> list[str]:
    """Quotations by speaker, as block quotes in their marks."""
    return _by_speaker("Who said what", digest.speakers, lambda quote: _quotation(quote, base))


def _who_claimed_what(digest: Digest, base: Path | None) -> list[str]:
    """Reported speech by speaker: plain items in the writer's words, never quoted."""
    return _by_speaker("Who claimed what", digest.claims, lambda quote: _claim(quote, base))


def _by_speaker(
    title: str, speakers: tuple[SpeakerQuotes, ...], item: Callable[[CitedQuote], list[str]]
) -> list[str]:
    if not speakers:
        return []
    lines = [f"## {title}", ""]
    for speaker in speakers:
        lines += [f"### {escape(speaker.speaker)} ({plural(speaker.stories, 'story')})", ""]
        for quote in speaker.quotes:
            lines += item(quote)
        if lines[-1]:
            lines.append("")
    return lines


def _quotation(quote: CitedQuote, base: Path | None) -> list[str]:
    frame = framed(quote.text, quote.content, full=False)
    if frame is not None:  # a partial quote, in the writer's sentence around it
        return [f"- {claim(frame, quote.cue)} ({_cite(quote.cited, base)})"]
    cue = f"{escape(quote.cue)}, " if quote.cue else ""
    return [f"> “{escape(quote.text)}”", ">", f"> — {cue}{_cite(quote.cited, base)}", ""]


def _claim(quote: CitedQuote, base: Path | None) -> list[str]:
    return [f"- {claim(quote.text, quote.cue)} ({_cite(quote.cited, base)})"]


def _cite(cited: Citation, base: Path | None) -> str:
    return f"{_link(cited.source, base, cited.title)}, line {cited.line}"


def _link(source: str, base: Path | None = None, title: str | None = None) -> str:
    """A link to an input, reading as its `title` (else as the input's name): a web address
    as it is; a file's path from the folder `base`, so that the link works from where the
    digest is written (else the path as written)."""
    target = source
    if base is not None and not is_url(source) and source != STDIN_NAME:
        target = os.path.relpath(os.path.abspath(source), os.path.abspath(base))
    return f"[{escape(title or source)}]({url_quote(target, safe='/:._-~')})"
