"""What a web page says about its story: its headline, without the site's name that pages
append to their titles, and its standfirst.

A page says its headline several times: its <h1>, its `og:title`, its <title>. The <title> and
`og:title` usually carry the site's name too ("Bridge reopens | Town Times", "DW | 19.01.2020").
The headline is the first <h1> that the page's titles contain (that <h1> is the headline, not
the site's logo); failing that, the first title with the parts that name the site (by the
page's own `og:site_name`, trafilatura's site name, or the domain) or give a date cut off at its
separators (| – — - : · • »).

The standfirst (dek, strapline) is the sentence under the headline that sums the story up, often
with its core fact ("... was jailed for three years"). Pages keep it in their header, where
extraction does not look. A page's description (`description`, `og:description`,
`twitter:description`) that the page also shows as the whole text of an element after its <h1>
is its standfirst; a description shown nowhere, or only elsewhere, is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from lxml.etree import _Element

# A separator between a headline and a site name: a bar, bullet or guillemet with or without
# spaces; a dash or colon only with a space after it (so "Covid-19" and "10:30" stay whole).
_SEPARATOR = re.compile(r"(\s*[|·•»]\s*|\s+[-–—]\s+|:\s+)")
_DATE_OR_NUMBER = re.compile(r"[\d\s./,:-]+")
_GENERIC_LABELS = frozenset(("www", "m", "amp", "edition", "com", "co", "org", "net", "ac", "gov"))
MAX_SITE_WORDS = 6


def headline(parts: Mapping[str, Sequence[str]], metadata_title: str, sitename: str) -> str:
    """The page's headline from its title `parts` ("h1", "og", "title", "site", "url")."""
    names = site_names([sitename, *parts.get("site", ())], parts.get("url", ()))
    titles = [t for t in [*parts.get("og", ()), *parts.get("title", ()), metadata_title] if t]
    runs = {run for title in titles for run in _part_runs(title)}
    for h1 in parts.get("h1", ()):
        if squash(h1) in runs and not is_site_part(h1, names):
            return h1
    for title in titles:
        stripped = strip_site(title, names)
        if stripped:
            return stripped
    return next((h1 for h1 in parts.get("h1", ()) if h1), "")


def _part_runs(title: str) -> set[str]:
    """Every run of consecutive parts of `title` (between separators), squashed."""
    texts = _SEPARATOR.split(title)[0::2]
    return {
        squash("".join(texts[start:end]))
        for start in range(len(texts))
        for end in range(start + 1, len(texts) + 1)
    }


def site_names(names: Iterable[str], urls: Iterable[str]) -> list[str]:
    """Squashed site names: the given ones and each URL's distinctive domain label."""
    found = [squash(name) for name in names if name]
    for url in urls:
        host = urlsplit(url).hostname or ""
        labels = [label for label in host.split(".")[:-1] if label not in _GENERIC_LABELS]
        found += [squash(label) for label in labels[-1:]]
    return [name for name in found if len(name) >= 2]


def strip_site(title: str, names: Sequence[str]) -> str:
    """`title` without leading or trailing parts that name the site or give a date."""
    pieces = _SEPARATOR.split(title)
    texts, separators = pieces[0::2], pieces[1::2]
    while len(texts) > 1 and is_site_part(texts[-1], names):
        texts.pop()
        separators.pop()
    while len(texts) > 1 and is_site_part(texts[0], names):
        texts.pop(0)
        separators.pop(0)
    joined = texts[0]
    for separator, text in zip(separators, texts[1:], strict=True):
        joined += separator + text
    return joined.strip()


def is_site_part(part: str, names: Sequence[str]) -> bool:
    """Whether a title part is the site's name (or a date), not a piece of the headline."""
    if not part.strip() or _DATE_OR_NUMBER.fullmatch(part):
        return True
    if len(part.split()) > MAX_SITE_WORDS:
        return False
    key = squash(part)
    return any(key and (key in name or name in key) for name in names)


def squash(text: str) -> str:
    """Lower-case letters and digits only: "The Telegraph" and "telegraph.co.uk" meet."""
    return re.sub(r"\W|_", "", text.casefold())


_DESCRIPTIONS = (
    "//meta[@name='description' or @property='og:description' or @name='twitter:description']"
    "/@content"
)
# A description shorter than this is a label ("Home", "Lists the installation methods").
MIN_STANDFIRST_WORDS = 6
_CODE_TAGS = ("script", "style", "noscript", "template")
# How far above a text node the element holding the whole standfirst may be (<p><span>…).
_STANDFIRST_DEPTH = 3


def standfirst(tree: _Element) -> str:
    """The page's standfirst: a description of the page that the page shows, whole, as the text
    of an element after its first <h1>; "" when it shows none."""
    descriptions = {
        one_line(str(value)): None for value in tree.xpath(_DESCRIPTIONS) if str(value).strip()
    }
    wanted = [text for text in descriptions if len(text.split()) >= MIN_STANDFIRST_WORDS]
    headline = next(tree.iter("h1"), None)
    if not wanted or headline is None:
        return ""
    for node in headline.xpath("following::text()"):
        start = one_line(str(node))
        if not start or not any(text.startswith(start) for text in wanted):
            continue
        element = node.getparent()
        if node.is_tail and element is not None:
            element = element.getparent()
        if element is None or element.tag in _CODE_TAGS:
            continue  # a script's data is not shown
        for _ in range(_STANDFIRST_DEPTH):
            if element is None:
                break
            shown = one_line("".join(element.itertext()))
            if shown in wanted:
                return shown
            element = element.getparent()
    return ""


def one_line(text: str) -> str:
    """`text` with every run of white space made one space, trimmed."""
    return " ".join(text.split())
