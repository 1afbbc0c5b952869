"""HTML pages saved from the web, reduced to the article's text before briefing.

trafilatura finds the main content (dropping menus, footers and comments); this module turns
what it keeps into the plain text with Markdown headings and bullets that `brief.layout`
reads: a title line, then one block per paragraph, heading, list item or quotation.
Offsets and line numbers in a brief of an HTML page refer to that extracted text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from brief.errors import InputError

if TYPE_CHECKING:
    from lxml.etree import _Element

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def is_html(path: str | None, text: str) -> bool:
    """Whether an input is an HTML page: by its file name, else by how its text begins."""
    if path is not None and path.lower().endswith(HTML_SUFFIXES):
        return True
    return _HTML_START.match(text[:4096]) is not None


def article_text(html: str, name: str) -> str:
    """The article in an HTML page as plain text with Markdown headings and bullets.

    Raises `InputError` when the page holds no article text (an index page, a login wall).
    """
    # trafilatura (and lxml) load only when an HTML page is actually read.
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    body = getattr(document, "body", None)
    blocks = list(_blocks(body)) if body is not None else []
    if not blocks:
        raise InputError(name, "is an HTML page with no article text")
    title = _one_line(getattr(document, "title", None) or "")
    if title and not blocks[0].lstrip("# ").startswith(title):
        blocks.insert(0, title)
    return "\n\n".join(blocks) + "\n"


def _blocks(body: _Element) -> list[str]:
    """One text block per paragraph-like element of trafilatura's output tree."""
    blocks: list[str] = []
    for element in body.iter("head", "p", "item", "quote", "row"):
        text = _one_line(_text_of(element))
        if not text:
            continue
        if element.tag == "head":
            blocks.append(f"{'#' * _heading_level(element)} {text}")
        elif element.tag == "item":
            blocks.append(f"- {text}")
        elif not _inside(element, ("item", "quote", "row")):
            blocks.append(text)
    return blocks


def _text_of(element: _Element) -> str:
    """The element's text, with cells of a table row kept apart."""
    if element.tag == "row":
        return " | ".join(_one_line("".join(cell.itertext())) for cell in element)
    return "".join(element.itertext())


def _heading_level(element: _Element) -> int:
    """h1 is the page title; sections start at level 2."""
    rend = str(element.get("rend") or "")
    return int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2


def _inside(element: _Element, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _one_line(text: str) -> str:
    return " ".join(text.split())


def plain_article(path: str | None, text: str, name: str) -> str:
    """`text` itself, or the article text of it when it is an HTML page."""
    return article_text(text, name) if is_html(path, text) else text
