"""Who a reporting clause's subject is: a named entity, or the person a pronoun or role stands for.

Speaker strings are the entity's fullest name from `EntityIndex` ("Sergei Lavrov", never "he",
"the minister" or "Lavrov"). A pronoun or a role noun resolves to the nearest fitting named person
before it: a person the article gave that role ("Foreign minister Sergei Lavrov" for "the
minister"), else the most recent person who was the subject of a clause (the one a "he said"
usually continues), else the most recent person named at all. Names inside quotations are passed
over: the people a speaker talks about are not the speaker.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.extract.entities import EntityIndex, Mention
from brief.model import Entity
from brief.parsed import ParsedArticle

if TYPE_CHECKING:
    from spacy.tokens import Token

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
RELATIVE_PRONOUNS = frozenset({"who", "whom"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependents of a subject that name it ("Trump spokeswoman Hope Hicks", "Clinton's campaign").
NAMING_DEPS = frozenset({"compound", "poss", "appos", "flat", "nmod"})
# How far back (characters) a pronoun looks for the person it stands for before taking any.
PRONOUN_REACH = 1500
ROLE_STOPWORDS = frozenset("the a an of and for to in at on said says who is was".split())


class SpeakerResolver:
    """Maps the subject token of a reporting verb to the fullest name of who spoke."""

    def __init__(
        self,
        article: ParsedArticle,
        entities: EntityIndex,
        quoted: Sequence[tuple[int, int]],
    ) -> None:
        self._article = article
        self._entities = entities
        self._mentions = [m for m in entities.mentions if not _inside(m[0].start, quoted)]
        self._starts = [mention.start for mention, _ in self._mentions]
        self._all_starts = [mention.start for mention, _ in entities.mentions]
        self._roles = _roles_by_person(article, self._mentions)

    def name(self, subject: Token) -> str | None:
        """The speaker a subject token stands for, or None when the article does not say."""
        entity = self._entity(subject)
        if entity is not None:
            return entity.name
        if subject.lower_ in PERSONAL_PRONOUNS:
            person = self.nearest_person(subject.idx)
            return person.name if person else None
        if subject.lower_ in RELATIVE_PRONOUNS and subject.head.head.i != subject.head.i:
            return self.name(subject.head.head)
        if subject.pos_ == "NOUN":
            person = self._by_role(subject.lemma_.lower(), subject.idx)
            return person.name if person else None
        if subject.pos_ == "PROPN":
            return self._proper_name(subject)
        return None

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity whose mention overlaps [start, end), preferring the last one."""
        position = bisect.bisect_left(self._all_starts, end)
        for index in range(position - 1, max(-1, position - 8), -1):
            mention, entity = self._entities.mentions[index]
            if mention.end > start:
                return entity
        return None

    def nearest_person(self, offset: int) -> Entity | None:
        """The person a pronoun at `offset` most likely stands for."""
        position = bisect.bisect_left(self._starts, offset)
        fallback: Entity | None = None
        for index in range(position - 1, -1, -1):
            mention, entity = self._mentions[index]
            if entity.type != "person":
                continue
            if fallback is None:
                fallback = entity
            if offset - mention.end > PRONOUN_REACH:
                break
            if self._is_subject(mention):
                return entity
        return fallback

    def _entity(self, subject: Token) -> Entity | None:
        """An entity the subject phrase names: its head, an apposition, a compound or possessor."""
        entity = self.entity_at(subject.idx, subject.idx + len(subject))
        if entity is not None:
            return entity
        for child in subject.children:
            if child.dep_ in NAMING_DEPS:
                entity = self.entity_at(child.idx, child.idx + len(child))
                if entity is not None and entity.type in (
                    "person",
                    "organization",
                    "place",
                    "group",
                ):
                    return entity
        return None

    def _by_role(self, role: str, offset: int) -> Entity | None:
        """The latest person before `offset` whom the article introduced with this role word."""
        people = self._roles.get(role)
        if not people:
            return None
        best: Entity | None = None
        for start, entity in people:
            if start >= offset:
                break
            best = entity
        return best

    def _is_subject(self, mention: Mention) -> bool:
        token = self._token_at(mention.end - 1)
        if token is None:
            return False
        while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
            token = token.head
        return token.dep_ in SUBJECT_DEPS

    def _token_at(self, offset: int) -> Token | None:
        span = self._article.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _proper_name(self, subject: Token) -> str | None:
        parts = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        tokens = [*parts, subject]
        name = self._article.original(tokens[0].idx, subject.idx + len(subject))
        return name if name[:1].isupper() else None


def _inside(offset: int, quoted: Sequence[tuple[int, int]]) -> bool:
    position = bisect.bisect_right(quoted, (offset, len(quoted) + 10**12)) - 1
    return position >= 0 and quoted[position][0] <= offset < quoted[position][1]


def _roles_by_person(
    article: ParsedArticle, mentions: Sequence[tuple[Mention, Entity]]
) -> dict[str, list[tuple[int, Entity]]]:
    """Role words the article puts next to a person's name, each with where it was said.

    "Foreign minister Sergei Lavrov" and "Sergei Lavrov, the foreign minister," both make
    Lavrov the one "the minister" later stands for.
    """
    roles: dict[str, list[tuple[int, Entity]]] = defaultdict(list)
    text = article.text
    for mention, entity in mentions:
        if entity.type != "person":
            continue
        before = text[max(0, mention.start - 40) : mention.start].split()[-3:]
        after = text[mention.end : mention.end + 60]
        apposition = after[2:].split(",")[0].split() if after.startswith(", ") else []
        for word in (*before, *apposition[:6]):
            key = word.strip(".’'\"“”()").lower()
            if key.isalpha() and key not in ROLE_STOPWORDS:
                roles[key].append((mention.start, entity))
    return roles
