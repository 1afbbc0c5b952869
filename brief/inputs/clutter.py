"""Page clutter: the parts of a web page that are not its article, removed before extraction.

trafilatura already drops menus, comments and most boilerplate; what reaches a brief beyond that
is small boxes inside the article's own container. They are recognised by evidence of what they
are, never by their words:

- their tag, or what the page calls them (a whole word of their class or id, a camel-case one
  too: "imageCaption"): sign-up forms,
  newsletter and related-story boxes, bylines, photo credits and captions, share bars;
- their links. A heading that is a link to another page is the headline of another story, and
  the small box around it (its teaser, its date) is that story's card; a list whose every item is
  a link is a list of other pages (related stories, tags, "follow us"); a short paragraph that is
  mostly a link is a promo line ("Related: …", "Sign up for our newsletter");
- their place in a page laid out by a table of one row: a cell of links is the site's menu, a
  small cell beside the one holding the article a side column; and a small box whose own style
  floats it beside the text at a fixed width is a sidebar.

Only small elements go: one holding several paragraphs or a table of data (two rows or more) is
the article, whatever its name says. Precision first: a slideshow whose text lives in its captions loses it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from brief.inputs.titles import squash

if TYPE_CHECKING:
    from lxml.etree import _Element

# Elements that hold no article text, by tag or by a class or id naming what they are.
_CLUTTER_TAGS = ("figure", "figcaption", "aside", "form", "footer", "address", "button")
# Words of a class or id ("article-byline", "newsletter_box") that name a part of a page
# that is not the article; matched as whole words, so "shared-nav" is not "share".
_CLUTTER_WORDS = frozenset(
    """byline bylines credit credits caption captions newsletter newsletters signup subscribe
    subscription promo promos related teaser teasers share sharing social advert advertisement
    ad ads sponsored recommended readmore outbrain taboola popup modal dialog cookie disclosure
    notice notices alert dismissable dismissible metadata""".split()
)
_WORD_SEPARATORS = re.compile(r"[\s_-]+")
# Where a word of a camel-case name starts ("imageCaption", "shareBar").
_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# An element holding this many paragraphs, a table or a quotation is never pruned, whatever its name says:
# it holds the article ("post no-share category-social-issues", "ad-container article-content").
# Bylines, credits, captions and sign-up boxes are a line or two.
MAX_PRUNED_PARAGRAPHS = 3
_ARTICLE_TAGS = frozenset(("html", "body", "main", "article"))
_EMBED_WORDS = ("embed", "twitter", "tweet", "instagram", "social-post")


# Headings below the page's title: those of sections, of boxes, and of other stories' cards.
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SECTION_HEADINGS = _HEADINGS[1:]
# A heading this much inside links to other pages is a link, not the title of a section.
TEASER_LINK_SHARE = 0.8
# A heading holding a title of the page (or held by one) says the page's headline when it is at
# least this share of the title's length.
SAME_HEADLINE_SHARE = 0.5
# A teaser (a headline, a line or two, a date) is short; a longer block under a linked heading
# is the text itself (a review, a post on its own page), whatever its heading links to.
MAX_TEASER_WORDS = 80
# A list is a list of links when every item holds at least this share of link text.
LINK_LIST_SHARE = 0.8
# A paragraph of at most this many words that is at least this much link text is a promo line.
PROMO_MAX_WORDS = 30
PROMO_LINK_SHARE = 0.6
# A promo line is a paragraph of its own, not a cell of a table or an item of a list.
_NOT_PROMO_INSIDE = frozenset(("li", "td", "th", "table", "blockquote", "dd"))
# A cell of a one-row layout table beside one holding this many times its words is a side column.
SIDE_CELL_SHARE = 5
# An element's own style that sets it beside the text at a fixed width.
_FLOATED = re.compile(r"(?:^|;)\s*float\s*:\s*(?:left|right)")
_FIXED_WIDTH = re.compile(r"(?:^|;)\s*width\s*:\s*\d+(?:\.\d+)?px")
_CODE_TAGS = frozenset(("script", "style", "noscript", "template"))


def prune(tree: _Element, titles: Sequence[str] = ()) -> None:
    """Remove, in place, the page parts that are not the article, keeping any text that follows
    them: clutter by name (`_CLUTTER_TAGS`, `_CLUTTER_WORDS`), other stories' cards, lists of
    links and promo lines. `titles` are the page's own titles (<title>, og:title, the headline):
    a heading that says one is this page's headline, even as a link."""
    _unwrap_quotations(tree)
    doomed = [element for element in tree.iter() if _is_clutter(element) and _is_small(element)]
    doomed += _teaser_cards(tree, [squash(title) for title in titles if title])
    doomed += _link_lists(tree)
    doomed += _menu_cells(tree)
    doomed += _floated_boxes(tree)
    doomed += _promo_lines(tree)
    emptied = []
    for element in _outermost(doomed):
        parent = element.getparent()
        if parent is not None:
            _drop_keeping_tail(element, parent)
            emptied.append(parent)
    for parent in emptied:
        _drop_title_of_nothing(parent)


def _drop_title_of_nothing(box: _Element | None) -> None:
    """Drop the boxes left holding nothing but a title ("Related", "More on this story") once
    what they held is gone, up to the article's own container."""
    while box is not None and box.tag not in _ARTICLE_TAGS and box.getparent() is not None:
        if _words_beside_headings(box):
            return
        parent = box.getparent()
        _drop_keeping_tail(box, parent)
        box = parent


def _words_beside_headings(box: _Element) -> bool:
    """Whether `box` holds any words outside its section headings (the page's <h1> counts as
    words: a box holding the headline is never a title of nothing)."""
    if (box.text or "").strip():
        return True
    return any(
        (child.tail or "").strip() or (child.tag not in _SECTION_HEADINGS and _text(child))
        for child in box
    )


def _outermost(elements: list[_Element]) -> Iterator[_Element]:
    """The elements that no other of them holds, each once, in document order."""
    chosen = set(elements)
    seen: set[_Element] = set()
    for element in elements:
        if element in seen or any(parent in chosen for parent in element.iterancestors()):
            continue
        seen.add(element)
        yield element


def _teaser_cards(tree: _Element, titles: list[str]) -> list[_Element]:
    """Other stories' cards: a heading that is a link to another page (and not this page's own
    headline), with the small box that holds it and nothing else titled."""
    cards = []
    for heading in tree.iter(*_SECTION_HEADINGS):
        if _link_share(heading) < TEASER_LINK_SHARE:
            continue
        words = squash(_text(heading))
        if not words or any(_same_headline(words, title) for title in titles):
            continue
        card = _card(heading)
        if len(_text(card).split()) <= MAX_TEASER_WORDS:
            cards.append(card)
    return cards


def _same_headline(heading: str, title: str) -> bool:
    """Whether a squashed heading and title say one headline: one holds the other, and the
    shorter is at least half the longer ("World" is not the headline "World leaders meet")."""
    short, long = sorted((heading, title), key=len)
    return bool(short) and short in long and len(short) >= SAME_HEADLINE_SHARE * len(long)


def _card(heading: _Element) -> _Element:
    """The largest small element around `heading` that holds no other heading."""
    card = heading
    for parent in heading.iterancestors():
        if parent.tag in _ARTICLE_TAGS or not _is_small(parent):
            break
        if sum(1 for _ in parent.iter(*_HEADINGS)) > 1:
            break
        card = parent
    return card


def _link_lists(tree: _Element) -> Iterator[_Element]:
    """Lists of two or more items, every item (with words) a link to another page."""
    for listing in tree.iter("ul", "ol"):
        items = [item for item in listing if item.tag == "li" and _text(item)]
        if len(items) >= 2 and all(_link_share(item) >= LINK_LIST_SHARE for item in items):
            yield listing


def _menu_cells(tree: _Element) -> Iterator[_Element]:
    """Columns beside the text in a page laid out by a table of one row: a site's menu (a cell
    of two or more links, all its words links: "Home", "Archives", "FAQ"), and small boxes in
    a side cell while another cell holds the article (at least `MAX_TEASER_WORDS` words,
    `SIDE_CELL_SHARE` times the side cell's)."""
    for table in tree.iter("table"):
        cells = _own(table, ("td", "th"))
        if _rows(table) != 1:
            continue
        words = [len(_text(cell).split()) for cell in cells]
        for cell, count in zip(cells, words, strict=True):
            if _is_menu(cell) or (
                count
                and _is_small(cell)
                and max(words) >= max(MAX_TEASER_WORDS, SIDE_CELL_SHARE * count)
            ):
                yield cell


def _is_menu(cell: _Element) -> bool:
    """A cell of two or more links to other pages, all its words links."""
    links = [link for link in cell.iter("a") if _links_away(link) and _text(link)]
    return len(links) >= 2 and _link_share(cell) >= LINK_LIST_SHARE


def _own(table: _Element, tags: tuple[str, ...]) -> list[_Element]:
    """The elements of `table` with these tags that no table inside it holds."""
    return [
        element
        for element in table.iter(*tags)
        if next(element.iterancestors("table"), None) is table
    ]


def _floated_boxes(tree: _Element) -> Iterator[_Element]:
    """Small boxes set beside the text by their own style, floated left or right at a fixed
    width (a sidebar of the week's links, a box of facts about the site)."""
    for element in tree.iter():
        style = str(element.get("style") or "").lower() if isinstance(element.tag, str) else ""
        if _FLOATED.search(style) and _FIXED_WIDTH.search(style) and _is_small(element):
            yield element


def _promo_lines(tree: _Element) -> Iterator[_Element]:
    """Short paragraphs standing alone that are mostly a link: "Related: <a>…</a>"."""
    for paragraph in tree.iter("p"):
        text = _text(paragraph)
        if (
            text
            and len(text.split()) <= PROMO_MAX_WORDS
            and _link_share(paragraph) >= PROMO_LINK_SHARE
            and not any(parent.tag in _NOT_PROMO_INSIDE for parent in paragraph.iterancestors())
        ):
            yield paragraph


def _link_share(element: _Element) -> float:
    """The share of the element's letters inside links to other pages (all of them when a link
    holds the element)."""
    total = _letters(_text(element))
    if not total:
        return 0.0
    if any(parent.tag == "a" and _links_away(parent) for parent in element.iterancestors()):
        return 1.0
    linked = sum(_letters(_text(link)) for link in element.iter("a") if _links_away(link))
    return min(1.0, linked / total)


def _links_away(link: _Element) -> bool:
    """Whether a link leads to another page: not to a place in this one ("#notes"), not a script."""
    target = str(link.get("href") or "").strip().lower()
    return bool(target) and not target.startswith(("#", "javascript:"))


def _text(element: _Element) -> str:
    """The words a reader sees in `element` (not its scripts' or styles' code)."""
    return " ".join("".join(_shown_text(element)).split())


def _shown_text(element: _Element) -> Iterator[str]:
    if isinstance(element.tag, str) and element.tag not in _CODE_TAGS:
        yield element.text or ""
        for child in element:
            yield from _shown_text(child)
            yield child.tail or ""


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalnum())


def _unwrap_quotations(tree: _Element) -> None:
    """Strip the wrappers of embedded posts (a tweet's `<figure class="wp-block-embed">`) to
    plain `<div>`s: the quotation is part of the story, and trafilatura's rules for figures and
    embeds (and ours for figures) would drop it with its author."""
    for quotation in tree.iter("blockquote"):
        for wrapper in quotation.iterancestors():
            if wrapper.tag in _ARTICLE_TAGS:
                break
            if wrapper.tag == "figure" or any(word in _names(wrapper) for word in _EMBED_WORDS):
                wrapper.tag = "div"
                for attribute in ("class", "id"):
                    wrapper.attrib.pop(attribute, None)


def _is_clutter(element: _Element) -> bool:
    if not isinstance(element.tag, str) or element.tag in _ARTICLE_TAGS:
        return False
    if element.tag in _CLUTTER_TAGS:
        return True
    named = f"{element.get('class') or ''} {element.get('id') or ''}"
    words = _WORD_SEPARATORS.split(_CAMEL_CASE.sub(" ", named).lower())
    return not _CLUTTER_WORDS.isdisjoint(words)


def _names(element: _Element) -> str:
    """What the page calls an element: its class and id, lower case."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def _is_small(element: _Element) -> bool:
    """Whether `element` is too small to hold the article: a few paragraphs (with words), and no table of
    data or quotation (an embedded tweet in a `<figure>` is part of the story). A table of one
    row is a box for layout (a notice beside a picture), not data: only its paragraphs count."""
    paragraphs = 0
    for node in element.iter("p", "table", "blockquote"):
        if node.tag == "p":
            paragraphs += 1 if _text(node) else 0
        elif node.tag == "blockquote" or _rows(node) > 1:
            paragraphs += MAX_PRUNED_PARAGRAPHS
        if paragraphs >= MAX_PRUNED_PARAGRAPHS:
            return False
    return True


def _rows(table: _Element) -> int:
    """The rows of a table, not counting those of tables inside it."""
    return len(_own(table, ("tr",)))


def _drop_keeping_tail(element: _Element, parent: _Element) -> None:
    """Remove `element`, keeping the text that follows it inside its parent."""
    tail = element.tail
    previous = element.getprevious()
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + " " + tail
        else:
            parent.text = (parent.text or "") + " " + tail
    parent.remove(element)
