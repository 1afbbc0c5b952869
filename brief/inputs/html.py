"""HTML pages, saved or fetched, reduced to the article's text before briefing.

trafilatura finds the main content (dropping menus, footers and comments) and keeps its
structure: headings come from the page's own heading elements, never from short lines that
look like headings. Before extraction, the parts of a page that are not the article are pruned
(`brief.inputs.clutter`); after it, headings with nothing under them or that repeat the title
are dropped, and the title is the page's headline (`brief.inputs.titles`). The result is the plain
text with Markdown headings and bullets that `brief.layout` reads: `# title`, then one block per
paragraph, heading, list item or quotation. Offsets and line numbers in a brief of an HTML page
refer to that extracted text.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from brief.errors import InputError
from brief.inputs.clutter import prune
from brief.inputs.titles import headline, standfirst

if TYPE_CHECKING:
    from lxml.etree import _Element

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)

SAME_TITLE_OVERLAP = 0.8
# A block this short that names the page's author is its byline, not article text.
MAX_BYLINE_WORDS = 12
_BLOCKS = ("head", "p", "item", "quote", "row", "code")
# trafilatura's marks for italic, bold and underlined text (`<hi rend="#i">`).
_EMPHASIS = ("#i", "#b", "#u")
# A paragraph with this share of its letters emphasised is set apart as a whole: a note.
NOTE_EMPHASIS = 0.8
# Lines of "<b>Label</b> value" broken by <br> that make a box of fields, not a paragraph.
MIN_FIELDS = 3


def is_html(path: str | None, text: str) -> bool:
    """Whether an input is an HTML page: by its file name, else by how its text begins."""
    if path is not None and path.lower().endswith(HTML_SUFFIXES):
        return True
    return _HTML_START.match(text[:4096]) is not None


def article_text(html: str, name: str, *, url: str | None = None) -> str:
    """The article in an HTML page as plain text: a `# title` line, then Markdown blocks.

    `url`, the page's address when it was fetched, helps tell the site's name from the title.

    Raises `InputError` when the page holds no article text (an index page, a login wall).
    """
    # trafilatura (and lxml) load only when an HTML page is actually read; its date and
    # language helpers warn about time zones and encodings, which are noise to a reader.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        document, title, lead = _extract(html, url)
    body = getattr(document, "body", None)
    found = _article_blocks(list(_blocks(body))) if body is not None else []
    blocks = _without_clutter(found, title, _byline(getattr(document, "author", None)))
    if not any(not block.startswith("#") for block in blocks):
        raise InputError(name, "is an HTML page with no article text")
    blocks = _with_standfirst(blocks, lead)
    return "\n\n".join(([f"# {title}"] if title else []) + blocks) + "\n"


def _extract(html: str, url: str | None) -> tuple[Any, str, str]:
    """trafilatura's document of the pruned page, the page's headline and its standfirst."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None, "", ""
    title_tree = _title_parts(tree)
    title_tree["url"] += [url] if url else []
    prune(tree, [*title_tree["og"], *title_tree["title"], headline(title_tree, "", "")])
    lead = standfirst(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=True,
        deduplicate=False,
    )
    metadata_title = _one_line(getattr(document, "title", None) or "")
    sitename = _one_line(getattr(document, "sitename", None) or "")
    hostname = getattr(document, "hostname", None)
    if hostname:
        title_tree["url"].append(f"https://{hostname}/")
    return document, headline(title_tree, metadata_title, sitename), lead


def _title_parts(tree: _Element) -> dict[str, list[str]]:
    """The page's own words for its headline: its h1 elements, og:title and <title>."""
    return {
        "h1": [_one_line("".join(h1.itertext())) for h1 in tree.iter("h1")][:5],
        "og": [_one_line(str(v)) for v in tree.xpath("//meta[@property='og:title']/@content")],
        "title": [_one_line("".join(t.itertext())) for t in tree.iter("title")][:1],
        "site": [
            _one_line(str(v)) for v in tree.xpath("//meta[@property='og:site_name']/@content")
        ],
        "url": [str(v) for v in tree.xpath("//link[@rel='canonical']/@href")][:1]
        + [str(v) for v in tree.xpath("//meta[@property='og:url']/@content")][:1],
    }


def _blocks(body: _Element) -> Iterator[tuple[_Element, str]]:
    """One text block per paragraph-like element of trafilatura's output tree, with it."""
    for element in body.iter(*_BLOCKS):
        text = _one_line(_text_of(element))
        if not text:
            continue
        if element.tag == "head":
            yield element, f"{'#' * _heading_level(element)} {text}"
        elif element.tag == "item":
            yield element, f"- {text}"
        elif not _inside(element, ("item", "quote", "row", "code", "p")):
            fields = _fields(element) if element.tag == "p" else _row_fields(element)
            if fields:
                yield from ((element, f"- {field}") for field in fields)
            else:
                yield element, text


def _fields(paragraph: _Element) -> list[str]:
    """The lines of a box of fields, each a bold label and its value ("<b>Developer</b>
    Paintbucket Games<br><b>Publisher</b> HandyGames<br>…"): `MIN_FIELDS` or more lines broken
    by <br>, every one starting with a bold label. Such a box is a list, not a paragraph of
    prose (none of it a key sentence). [] for anything else."""
    lines: list[list[Any]] = [[paragraph.text or ""]]
    for child in paragraph:
        if child.tag == "lb":
            lines.append([child.tail or ""])
        else:
            lines[-1] += [child, child.tail or ""]
    lines = [line for line in lines if _one_line(_line_text(line))]
    if len(lines) < MIN_FIELDS or not all(_labelled(line) for line in lines):
        return []
    return [_one_line(_line_text(line)) for line in lines]


def _row_fields(row: _Element) -> list[str]:
    """The lines of a table row whose every cell with text is a box of fields (a letter's
    signatories, "<b>Saladin Ambar</b>, Rutgers University<br><b>Martin Amis</b><br>…"), in
    order; [] for any other element or row."""
    if row.tag != "row":
        return []
    boxes = [_fields(cell) for cell in row if _one_line(_joined_text(cell))]
    return [field for box in boxes for field in box] if boxes and all(boxes) else []


def _line_text(line: list[Any]) -> str:
    return "".join(part if isinstance(part, str) else _joined_text(part) for part in line)


def _labelled(line: list[Any]) -> bool:
    """A line that starts with a bold run (text before it is blank)."""
    for part in line:
        if isinstance(part, str):
            if part.strip():
                return False
            continue
        return bool(part.tag == "hi" and part.get("rend") == "#b")
    return False


def _article_blocks(found: list[tuple[_Element, str]]) -> list[str]:
    """The blocks of the article proper, without the page's headline and the notes that close it.

    An <h1> above all text is the headline, however the page's <title> words it: the title line
    says it, and it titles no section. The closing notes are the paragraphs after the last plain
    one that are set in italics or bold as a whole (an editor's note, the author's biography,
    "Follow us on …", a copyright line, a run of related headlines); headings among them stay,
    to be dropped with nothing under them. A page set in italics throughout keeps it all.
    """
    start = 0
    while start < len(found) and found[start][0].tag == "head":
        start += 1
    heads = [(e, block) for e, block in found[:start] if e.get("rend") != "h1"]
    end = len(found)
    while end > start and (found[end - 1][0].tag == "head" or _is_note(found[end - 1][0])):
        end -= 1
    if end == start:
        end = len(found)
    return [block for _, block in (*heads, *found[start:end])] + [
        block for element, block in found[end:] if element.tag == "head"
    ]


def _is_note(element: _Element) -> bool:
    """A paragraph whose letters are nearly all emphasised (italic, bold, underlined)."""
    if element.tag != "p":
        return False
    total = _letters(_text_of(element))
    emphasised = sum(
        _letters(_joined_text(run))
        for run in element.iter("hi")
        if run.get("rend") in _EMPHASIS and not _emphasised_above(run, element)
    )
    return total > 0 and emphasised >= NOTE_EMPHASIS * total


def _emphasised_above(run: _Element, paragraph: _Element) -> bool:
    for parent in run.iterancestors():
        if parent is paragraph:
            return False
        if parent.tag == "hi" and parent.get("rend") in _EMPHASIS:
            return True
    return False


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalnum())


def _with_standfirst(blocks: list[str], lead: str) -> list[str]:
    """The blocks with the page's standfirst as their first paragraph, unless they hold it
    already; a heading that is the standfirst becomes that paragraph."""
    if not lead:
        return blocks
    for index, block in enumerate(blocks):
        level, text = _heading(block) if block.startswith("#") else (0, block)
        if lead in text:
            if level:
                return [*blocks[:index], lead, *blocks[index + 1 :]]
            return blocks
    return [lead, *blocks]


def _without_clutter(blocks: list[str], title: str, byline: re.Pattern[str] | None) -> list[str]:
    """Drop headings that repeat the title, headings with no text of their own under them, and
    bylines: short blocks that name the page's author ("By Evan Symon, August 14, 2020")."""
    kept: list[str] = []
    for index, block in enumerate(blocks):
        if block.startswith("#"):
            level, text = _heading(block)
            if _repeats(text, title) or _empty_section(blocks, index, level):
                continue
        elif byline and len(block.split()) <= MAX_BYLINE_WORDS and byline.search(block):
            continue
        kept.append(block)
    return kept


def _byline(authors: str | None) -> re.Pattern[str] | None:
    """A pattern for the author names trafilatura found in the page's metadata ("A; B")."""
    names = [re.escape(name.strip()) for name in (authors or "").split(";") if name.strip()]
    return re.compile(rf"\b(?:{'|'.join(names)})\b", re.I) if names else None


def _repeats(heading: str, title: str) -> bool:
    """Whether a heading repeats the title, allowing a word's difference in a long one
    (the <h1> "…Flat Noodles" under the <title> "…Flat Rice Noodles"): their word sets
    overlap by at least `SAME_TITLE_OVERLAP` (Jaccard)."""
    words, title_words = set(heading.casefold().split()), set(title.casefold().split())
    if not words or not title_words:
        return False
    return len(words & title_words) / len(words | title_words) >= SAME_TITLE_OVERLAP


def _empty_section(blocks: list[str], index: int, level: int) -> bool:
    """Whether the heading at `index` is followed by no text before a heading of its level."""
    for block in blocks[index + 1 :]:
        if not block.startswith("#"):
            return False
        if _heading(block)[0] <= level:
            return True
    return True


def _heading(block: str) -> tuple[int, str]:
    marks = len(block) - len(block.lstrip("#"))
    return marks, block[marks:].strip()


def _text_of(element: _Element) -> str:
    """The element's text: line breaks become spaces, and cells of a table row stay apart."""
    if element.tag == "row":
        return " | ".join(_one_line(_joined_text(cell)) for cell in element)
    return _joined_text(element)


def _joined_text(element: _Element) -> str:
    """All the text under `element`, with a space where the page broke a line (<br>) or
    began a block, so that words either side of the break do not glue together."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb" or child.tag in _BLOCKS:
            parts.append(" ")
        if isinstance(child.tag, str):
            parts.append(_joined_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _heading_level(element: _Element) -> int:
    """h1 is the page title; sections start at level 2."""
    rend = str(element.get("rend") or "")
    return max(2, int(rend[1])) if re.fullmatch(r"h[1-6]", rend) else 2


def _inside(element: _Element, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _one_line(text: str) -> str:
    return " ".join(text.split())
