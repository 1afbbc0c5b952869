"""A web page's headline, without the site's name that pages append to their titles.

A page says its headline several times: its <h1>, its `og:title`, its <title>. The <title> and
`og:title` usually carry the site's name too ("Bridge reopens | Town Times", "DW | 19.01.2020").
The headline is the first <h1> that the page's titles contain (that <h1> is the headline, not
the site's logo); failing that, the first title with the parts that name the site (by the
page's own `og:site_name`, trafilatura's site name, or the domain) or give a date cut off at its
separators (| – — - : · • »).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import urlsplit

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
        if _squash(h1) in runs and not is_site_part(h1, names):
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
        _squash("".join(texts[start:end]))
        for start in range(len(texts))
        for end in range(start + 1, len(texts) + 1)
    }


def site_names(names: Iterable[str], urls: Iterable[str]) -> list[str]:
    """Squashed site names: the given ones and each URL's distinctive domain label."""
    found = [_squash(name) for name in names if name]
    for url in urls:
        host = urlsplit(url).hostname or ""
        labels = [label for label in host.split(".")[:-1] if label not in _GENERIC_LABELS]
        found += [_squash(label) for label in labels[-1:]]
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
    key = _squash(part)
    return any(key and (key in name or name in key) for name in names)


def _squash(text: str) -> str:
    """Lower-case letters and digits only: "The Telegraph" and "telegraph.co.uk" meet."""
    return re.sub(r"\W|_", "", text.casefold())
