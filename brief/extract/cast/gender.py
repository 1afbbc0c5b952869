"""A person's gender as the article tells it, and, last, as a census first name suggests.

The article's own evidence comes first: a title before the name ("Mr", "Ms", "Mrs", "Miss")
counts `TITLE_VOTES`, and each he or she the cast links to the person counts one. A person the
article says nothing of takes the gender the census gives the first name, when it gives one
clearly (`brief.extract.given_names.name_gender`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from brief.extract.cast.draft import Draft
from brief.extract.cast.model import Gender
from brief.extract.given_names import name_gender
from brief.extract.lexicon import TITLE_GENDER

TITLE_VOTES = 2


def gender_of(draft: Draft, pronouns: Iterable[Gender], *, census: bool = True) -> Gender | None:
    """A person's gender: the article's votes (titles, linked pronouns), when one side leads;
    else (with `census`) the first name's; None when nothing tells."""
    votes: Counter[Gender] = Counter(pronouns)
    for mention in draft.names:
        if mention.title in TITLE_GENDER:
            votes["m" if TITLE_GENDER[mention.title] == "m" else "f"] += TITLE_VOTES
    if votes["m"] != votes["f"]:
        return "m" if votes["m"] > votes["f"] else "f"
    if votes:
        return None  # the article says both as often: no guess
    words = draft.name.split()
    return name_gender(words[0]) if census and len(words) > 1 else None
