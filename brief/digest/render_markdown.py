"""A digest as Markdown: what spans the day's articles first, then one compact brief per story.

Each article's compact brief is rendered as soon as it is briefed (`article_block`), so a
digest run can keep it on disk instead of holding every brief; the cross-article part
(`digest_head`) and each story's heading (`story_heading`) are rendered at the end.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote as url_quote

from brief.digest.builder import Citation, Digest, EntityOfTheDay, Story
from brief.inputs.fetch import is_url
from brief.records import STDIN_NAME, Brief
from brief.render.grouping import ENTITY_HEADINGS
from brief.render.markdown import escape
from brief.render.text import attributed

ENTITIES_IN_BLOCK = 4


def digest_head(digest: Digest, *, title: str, base: Path | None = None) -> str:
    """The digest's title, counts, and the parts that span the articles; links to files point
    from the folder `base` (the output file's), or are the paths as written."""
    lines = [f"# {escape(title)}", "", f"*{_counts(digest)}*", ""]
    if digest.failed:
        lines += ["**Could not be briefed:**", ""]
        lines += [f"- {_link(f.source, base)}: {escape(f.problem)}" for f in digest.failed]
        lines.append("")
    lines += _in_the_news(digest.entities)
    lines += _who_said_what(digest, base)
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
    """A story's heading, and its reports when near-duplicates were grouped under it."""
    lines = [f"### {escape(story.headline)}", ""]
    if len(story.articles) > 1:
        reports = [
            _link(source, base) + (" (lead)" if index == story.lead else "")
            for index, source in zip(story.articles, story.sources, strict=True)
        ]
        lines += [f"*{len(reports)} reports: {', '.join(reports)}*", ""]
    else:
        lines += [f"*{_link(story.sources[0], base)}*", ""]
    return "\n".join(lines) + "\n"


def article_block(brief: Brief) -> str:
    """One article's compact brief: key sentences with their lines, and who and where."""
    lines = [f"- {escape(attributed(s.text, s.speaker))} (line {s.line})" for s in brief.summary]
    named = []
    for kind in ("person", "organization", "place"):
        names = [escape(e.name) for e in brief.entities if e.type == kind][:ENTITIES_IN_BLOCK]
        if names:
            named.append(f"{ENTITY_HEADINGS[kind]}: {', '.join(names)}")
    if named:
        lines += ["", f"*{' · '.join(named)}*"]
    return "\n".join(lines) + "\n\n"


def _counts(digest: Digest) -> str:
    parts = [_plural(digest.articles, "article"), _plural(len(digest.stories), "story")]
    if digest.failed:
        parts.append(f"{len(digest.failed)} could not be briefed")
    return " · ".join(parts)


def _plural(count: int, noun: str) -> str:
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
            counts = _plural(entity.stories, "story")
            if entity.articles != entity.stories:
                counts += f", {_plural(entity.articles, 'article')}"
            lines.append(f"- **{escape(entity.name)}** — {counts}")
        lines.append("")
    return lines


def _who_said_what(digest: Digest, base: Path | None) -> list[str]:
    if not digest.speakers:
        return []
    lines = ["## Who said what", ""]
    for speaker in digest.speakers:
        lines += [f"### {escape(speaker.speaker)} ({_plural(speaker.stories, 'story')})", ""]
        for item in speaker.quotes:
            cue = f"{escape(item.cue)}, " if item.cue else ""
            lines += [f"> “{escape(item.text)}”", ">", f"> — {cue}{_cite(item.cited, base)}", ""]
    return lines


def _cite(cited: Citation, base: Path | None) -> str:
    return f"{_link(cited.source, base)}, line {cited.line}"


def _link(source: str, base: Path | None = None) -> str:
    """A link to an input: a web address as it is; a file's path from the folder `base`, so
    that the link works from where the digest is written (else the path as written)."""
    target = source
    if base is not None and not is_url(source) and source != STDIN_NAME:
        target = os.path.relpath(os.path.abspath(source), os.path.abspath(base))
    return f"[{escape(source)}]({url_quote(target, safe='/:._-~')})"
