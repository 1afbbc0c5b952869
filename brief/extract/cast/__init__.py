"""The cast of a story: who is in the article, built once and read by every extractor.

An `Actor` is one person, organisation, group, place, work or event, with every mention the
article makes of it: its names ("Sergei Lavrov", "Lavrov", "Mr Lavrov"), the roles and
appositions that stand for it ("the foreign minister"), and the pronouns that refer back to it
where the evidence is clear. Each actor carries its type (voted over all its evidence), a person's
gender as the article tells it, a descriptor from the article's own words and a salience from 0
to 1. `build_cast(parsed)` builds it; `Cast.actor_at` and `Cast.actor_named` find an actor by a
span or by a name. Entities (`brief.extract.entities`) and the speaker resolver read the cast;
nothing else keeps a person index of its own.
"""

from __future__ import annotations

from brief.extract.cast.build import build_cast
from brief.extract.cast.model import Actor, Cast, Mention, MentionKind

__all__ = ["Actor", "Cast", "Mention", "MentionKind", "build_cast"]
