"""Merging name mentions into actors: a short form joins the fullest name the article uses.

"Putin" joins "Vladimir Putin", "U.S." and "US" join "United States", an acronym joins the name
it abbreviates ("IAEA"). Only a name the body confirms can absorb others: "NATO" stays apart from
the heading phrase "NATO Fears".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from brief.extract.cast.names import ABBREVIATION, NameMention
from brief.extract.cast.spans import PARTICLES
from brief.extract.entity_types import EQUIVALENT_NAMES, known_type

# Words after the head of a name: "Bank of England", "Amis du Louvre", "Secretary for Health".
HEAD_CONNECTORS = frozenset("of for de du des del della di".split())
GENERATIONS = frozenset("jr jr. sr sr. ii iii iv".split())
_QUOTED = re.compile(r"[\"“”]\s*([^\"“”]+?)\s*[\"“”]")
_INITIALS_SKIP = frozenset({"of", "the", "and", "for", "&", "de"})


def form_key(surface: str) -> str:
    key = " ".join(surface.replace("’", "'").lower().split())
    if ABBREVIATION.fullmatch(surface.replace(" ", "")):
        key = key.replace(".", "")
    for names in EQUIVALENT_NAMES:
        if key in names:
            return min(names, key=lambda name: (-len(name.split()), name))
    return key


def merge(mentions: list[NameMention]) -> list[list[NameMention]]:
    """Group mentions by entity; a name's words inside a longer name join the longer one.

    Forms are taken longest first; each joins the one name it is a short form or acronym of.
    The longer names are found through indexes of their leading and trailing word runs and of
    their initials, so the merge stays linear in the number of names, not quadratic.
    """
    forms = sorted(
        {form_key(m.surface) for m in mentions}, key=lambda form: (-len(form.split()), form)
    )
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        labels[form_key(mention.surface)][mention.label] += 1
    # Only a name the body confirms can absorb others: "NATO" stays apart from "NATO Fears".
    confirmed = {form_key(m.surface) for m in mentions if not m.weak}
    canonical: dict[str, str] = {}
    by_part: dict[tuple[str, ...], list[str]] = defaultdict(list)
    by_initials: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        words = form.split()
        candidates = [*by_part.get(tuple(words), ()), *by_initials.get(form, ())]
        longer = {
            canonical[other]
            for other in candidates
            if other != form
            and (
                _is_short_form(words, other.split(), labels[form], labels[other])
                or _abbreviates(form, other)
                or _nickname(other) == form
            )
        }
        canonical[form] = longer.pop() if len(longer) == 1 else form
        if form in confirmed:
            for size in range(1, len(words)):
                by_part[tuple(words[:size])].append(form)
                by_part[tuple(words[-size:])].append(form)
            by_initials[_initials(form)].append(form)
            nickname = _nickname(form)
            if nickname:
                by_part[tuple(nickname.split())].append(form)
    groups: dict[str, list[NameMention]] = defaultdict(list)
    for mention in mentions:
        groups[canonical[form_key(mention.surface)]].append(mention)
    return list(groups.values())


def _nickname(form: str) -> str | None:
    """The quoted nickname inside a name: "theshy" in 'kang “theshy” seung-lok'."""
    found = _QUOTED.search(form)
    return found.group(1) if found is not None and found.start() > 0 else None


def _is_short_form(
    words: list[str],
    longer: list[str],
    short_labels: Counter[str] | None = None,
    long_labels: Counter[str] | None = None,
) -> bool:
    """ "putin" is a short form of "vladimir putin": its words end or start the longer name.

    The heads must agree: the short form holds the longer name's head word, so "Louvre" is no
    short form of "Amis du Louvre", nor "New York" of "New York Stock Exchange", nor "Harvard"
    of "Harvard Business Review". A person's given name is the exception: "Mekhi" for "Mekhi
    Gbedey", when the model reads both as people; and a surname that starts with a particle is
    its own head ("De Niro" of "Robert De Niro", "des Cars"). A name known as another type
    ("Jordan", a country) joins a person's name only when the model reads both as people.
    """
    if len(words) >= len(longer):
        return False
    suffix, prefix = longer[-len(words) :] == words, longer[: len(words)] == words
    people = _usual(short_labels) == _usual(long_labels) == "PERSON"
    surname = words[0] in PARTICLES
    if not ((suffix and (surname or _head(longer) in words)) or (prefix and people)):
        return False
    short_type = known_type(" ".join(words))
    return short_type is None or short_type == known_type(" ".join(longer)) or people


def _head(words: list[str]) -> str:
    """The word a name is about: the last, or the last before "of": "bank" of "bank of england".

    Words without a letter ("Sohail 5-0", a score the model ran into the name) and a
    generation ("Jr.", "III") are no head: "king" of "martin luther king jr.".
    """
    for position, word in enumerate(words[1:], start=1):
        if word in HEAD_CONNECTORS:
            return words[position - 1]
    heads = (w for w in reversed(words) if any(c.isalpha() for c in w) and w not in GENERATIONS)
    return next(heads, words[-1])


def _usual(labels: Counter[str] | None) -> str:
    return labels.most_common(1)[0][0] if labels else ""


def _abbreviates(acronym: str, name: str) -> bool:
    """ "iaea" abbreviates "international atomic energy agency"."""
    return " " not in acronym and len(acronym) >= 2 and _initials(name) == acronym


def _initials(name: str) -> str:
    """ "iaea" for "international atomic energy agency": first letters, small words skipped."""
    return "".join(word[0] for word in name.split() if word not in _INITIALS_SKIP)
