"""Page clutter: the parts of a web page that are not its article, removed before extraction.

trafilatura already drops menus, comments and most boilerplate; what reaches a brief beyond that
is small boxes inside the article's own container: sign-up forms, newsletter and related-story
boxes, bylines, photo credits and captions, share bars. They are recognised by what they are
(their tag) or by what the page calls them (a whole word of their class or id), and only when
they are small: an element holding several paragraphs or a table is the article, whatever its
name says. Precision first: a slideshow whose text lives in its captions loses it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.etree import _Element

# Elements that hold no article text, by tag or by a class or id naming what they are.
_CLUTTER_TAGS = ("figure", "figcaption", "aside", "form", "footer", "address", "button")
# Words of a class or id ("article-byline", "newsletter_box") that name a part of a page
# that is not the article; matched as whole words, so "shared-nav" is not "share".
_CLUTTER_WORDS = frozenset(
    """byline bylines credit credits caption captions newsletter newsletters signup subscribe
    subscription promo promos related teaser teasers share sharing social advert advertisement
    ad ads sponsored recommended readmore outbrain taboola popup modal cookie""".split()
)
_WORD_SEPARATORS = re.compile(r"[\s_-]+")
# An element holding this many paragraphs, a table or a quotation is never pruned, whatever its name says:
# it holds the article ("post no-share category-social-issues", "ad-container article-content").
# Bylines, credits, captions and sign-up boxes are a line or two.
MAX_PRUNED_PARAGRAPHS = 3
_ARTICLE_TAGS = frozenset(("html", "body", "main", "article"))
_EMBED_WORDS = ("embed", "twitter", "tweet", "instagram", "social-post")


def prune(tree: _Element) -> None:
    """Remove, in place, the page parts that are not the article (see `_CLUTTER_TAGS`,
    `_CLUTTER_WORDS`), keeping any text that follows them."""
    _unwrap_quotations(tree)
    doomed = [element for element in tree.iter() if _is_clutter(element) and _is_small(element)]
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            _drop_keeping_tail(element, parent)


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
    return not _CLUTTER_WORDS.isdisjoint(_WORD_SEPARATORS.split(_names(element)))


def _names(element: _Element) -> str:
    """What the page calls an element: its class and id, lower case."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def _is_small(element: _Element) -> bool:
    """Whether `element` is too small to hold the article: a few paragraphs, and no table or
    quotation (an embedded tweet in a `<figure>` is part of the story)."""
    paragraphs = 0
    for node in element.iter("p", "table", "blockquote"):
        paragraphs += 1 if node.tag == "p" else MAX_PRUNED_PARAGRAPHS
        if paragraphs >= MAX_PRUNED_PARAGRAPHS:
            return False
    return True


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
