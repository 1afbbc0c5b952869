"""The cast as the speaker steps read it: who is mentioned where, outside quotations.

`Scene` is built once per article from the cast (`brief.extract.cast`) and the quoted stretches.
It keeps no actors of its own: it orders the cast's mentions by offset so that a step can ask
who is named in a stretch of text (`named_in`), which actor a span mentions (`actor_at`), who
was the subject of a clause between two offsets (`subjects_between`), and which mentions come
before a pronoun (`before`). Names inside quotations are passed over: the people a speaker
talks about are not the speaker.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from brief.extract.cast import Actor, Cast, Mention
from brief.extract.lexicon import PERSONAL_PRONOUNS, REPORTING_VERBS, SUBJECT_DEPS, is_role_noun
from brief.parsed import ParsedArticle
from brief.quote_marks import QUOTE_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Token

LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")
# Kinds of mention that name an actor (not a pronoun or a role standing for it).
NAME_KINDS = frozenset({"name", "surname", "title"})
# How many tokens before a name (back to a verb), and words after it in an apposition, may hold
# its role ("Foreign minister Sergei Lavrov", "Sergei Lavrov, the foreign minister,").
ROLE_WORDS_BEFORE = 12
ROLE_WORDS_AFTER = 6
# How a noun phrase holds its parts ("Minister and Chairman of the OECS Authority"), and how many
# of them a name's apposition climbs.
PHRASE_DEPS = frozenset({"pobj", "prep", "conj", "appos"})
APPOSED_CLIMB = 6


class Scene:
    """The cast's mentions outside quotations, in text order, and what the steps ask of them."""

    def __init__(self, article: ParsedArticle, cast: Cast, quoted: Sequence[tuple[int, int]]):
        """`quoted` holds the character ranges of the quotations, in order."""
        self.article = article
        self.cast = cast
        self.quoted = list(quoted)
        everything = cast.mentions()
        self._all_starts = [mention.start for mention, _ in everything]
        self._all = everything
        self.mentions = [(m, a) for m, a in everything if not inside(m.start, self.quoted)]
        self._starts = [mention.start for mention, _ in self.mentions]
        self.lower_words = frozenset(LOWER_WORD.findall(article.text))
        # Role word -> (offset, person, the role's words), in text order; made on first use.
        self._roles: dict[str, list[tuple[int, Actor, frozenset[str]]]] | None = None

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor a mention overlapping [start, end) stands for, quoted or not; the last."""
        found = self.mention_at(start, end)
        return found[1] if found is not None else None

    def mention_at(self, start: int, end: int) -> tuple[Mention, Actor] | None:
        """The cast's mention overlapping [start, end), quoted or not, with its actor; the
        last."""
        position = bisect.bisect_left(self._all_starts, end)
        for index in range(position - 1, max(-1, position - 8), -1):
            mention, actor = self._all[index]
            if mention.end > start:
                return mention, actor
        return None

    def named_in(self, start: int, end: int) -> str | None:
        """The last person or organisation named (outside quotes) between two offsets: who a
        sign-off ("― Steve Quinlan") or an introduction ("More from Jones:") names."""
        return self.mention_in(start, end, "person", "organization")

    def mention_in(self, start: int, end: int, *types: str) -> str | None:
        """The last actor of one of `types` named (outside quotes) between two offsets."""
        position = bisect.bisect_left(self._starts, end)
        for index in range(position - 1, -1, -1):
            mention, actor = self.mentions[index]
            if mention.start < start:
                break
            if mention.end <= end and mention.kind in NAME_KINDS and actor.type in types:
                return actor.name
        return None

    def named_between(self, start: int, end: int, *types: str) -> list[Actor]:
        """The actors of one of `types` named (outside quotes) between two offsets, in text
        order."""
        position = bisect.bisect_left(self._starts, start)
        found = []
        for mention, actor in self.mentions[position:]:
            if mention.start >= end:
                break
            if mention.end <= end and mention.kind in NAME_KINDS and actor.type in types:
                found.append(actor)
        return found

    def known_as(self, name: str) -> str | None:
        """A name the recogniser missed, as the fullest person it may be short for
        ("Huckabee" -> "Mike Huckabee"), else as written; None when it is no name: every word
        one the article also writes in lower case ("Breaking News", "Watch"), or a number
        ("Arsenal 2-1")."""
        words = name.split()
        if not words or any(char.isdigit() for char in name):
            return None
        if all(w.lower() in self.lower_words and not w.isupper() for w in words):
            return None
        if " " in name:
            return name
        person = self.person_named(words[-1])
        return person.name if person is not None else name

    def person_named(self, surname: str) -> Actor | None:
        """The person of the cast a single name stands for ("Huckabee", "de Blasio")."""
        actor = self.cast.actor_named(surname)
        return actor if actor is not None and actor.type == "person" else None

    def before(self, offset: int) -> Iterator[tuple[Mention, Actor]]:
        """The mentions (outside quotations) that end before `offset`, latest first."""
        position = bisect.bisect_left(self._starts, offset)
        for index in range(position - 1, -1, -1):
            mention, actor = self.mentions[index]
            if mention.end <= offset:
                yield mention, actor

    def subjects_between(self, start: int, end: int) -> list[str]:
        """The people who are the subject of a clause (outside quotes) between two offsets."""
        position = bisect.bisect_left(self._starts, start)
        names = []
        for mention, actor in self.mentions[position:]:
            if mention.start >= end:
                break
            if may_be_person(self, mention, actor) and self.clause_level(mention) is not None:
                names.append(actor.name)
        return names

    def last_token(self, mention: Mention) -> Token:
        """The token a mention ends with."""
        return self.article.doc[self.article.token_at(mention.end - 1)]

    def clause_level(self, mention: Mention) -> int | None:
        """For a mention that is the subject of a clause, or the doer a passive names ("It will
        be chaired by Kate Dalmeny"): 0 for the sentence's main verb (or a verb joined to it),
        1 for a subordinate one; None when it is neither."""
        token = self.last_token(mention)
        while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
            token = token.head
        if token.dep_ == "pobj" and token.head.dep_ == "agent" and _doer_is_topic(token.head.head):
            verb = token.head.head
        elif token.dep_ in SUBJECT_DEPS:
            verb = token.head
        else:
            return None
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return 0 if verb.dep_ == "ROOT" else 1

    def roles_before(
        self, role: str, offset: int, modifiers: frozenset[str] = frozenset()
    ) -> Actor | None:
        """The person before `offset` the article gave this role word: "Foreign minister
        Sergei Lavrov" and "Sergei Lavrov, the foreign minister," both make Lavrov the one "the
        minister" later stands for; so does a role mention of the cast. Of several, the one
        whose role shares most of the `modifiers` ("trade" of "the trade secretary"), then the
        latest."""
        if self._roles is None:
            self._roles = defaultdict(list)
            for mention, actor in self.mentions:
                if actor.type == "person":
                    words = self.role_words(mention)
                    for word in words:
                        if is_role_noun(word):
                            self._roles[word].append((mention.start, actor, words))
        best: tuple[int, int, Actor] | None = None
        for start, actor, words in self._roles.get(role, []):
            if start >= offset:
                break
            key = (len(modifiers & words), start)
            if best is None or key >= best[:2]:
                best = (*key, actor)
        return best[2] if best is not None else None

    def role_words(self, mention: Mention) -> frozenset[str]:
        """The words of the role written at a mention, in lower case: a role mention's own
        words; for a name, the words right before it and in its apposition, and the noun the
        parse makes it an apposition of ("Grenada's Prime Minister …, Dr Keith Mitchell")."""
        text = self.article.text
        if mention.kind == "role":
            words = mention.text.split()
        elif mention.kind in NAME_KINDS:
            before = self._words_before(mention)
            after = text[mention.end : mention.end + 60]
            apposition = after[2:].split(",")[0].split() if after.startswith(", ") else []
            words = [*before, *apposition[:ROLE_WORDS_AFTER], *self._apposed(mention)]
        else:
            return frozenset()
        keys = (word.strip(QUOTE_MARKS + ".()").lower() for word in words)
        return frozenset(key for key in keys if key.isalpha())

    def _words_before(self, mention: Mention) -> list[str]:
        """The words right before a name back to the nearest verb (at most
        `ROLE_WORDS_BEFORE`), in its paragraph: "Grenada's Prime Minister and Chairman of the
        OECS Authority, Dr the Rt. Hon. Keith Mitchell has voiced …"."""
        doc, article = self.article.doc, self.article
        first = article.token_at(mention.start)
        located = article.block_at(mention.start)
        floor = article.token_at(located[1].start) if located is not None else 0
        words: list[str] = []
        start = first
        while start > floor and len(words) < ROLE_WORDS_BEFORE:
            token = doc[start - 1]
            if token.pos_ in ("VERB", "AUX"):
                break
            if not (token.is_punct or token.is_space):
                words.append(token.text)
            start -= 1
        return words[::-1]

    def _apposed(self, mention: Mention) -> list[str]:
        """The words of the noun phrase a name is in apposition to, up its parse to the
        clause: "Grenada's Prime Minister and Chairman of the OECS Authority, Dr … Keith
        Mitchell" gives Prime, Minister, Chairman, OECS, Authority."""
        token = self.last_token(mention)
        while token.dep_ in ("compound", "flat") and token.head.i != token.i:
            token = token.head
        if token.dep_ != "appos" or token.head.i == token.i:
            return []
        words: list[str] = []
        noun = token.head
        for _ in range(APPOSED_CLIMB):
            words.extend(t.text for t in noun.lefts if t.dep_ == "compound")
            words.append(noun.text)
            if noun.dep_ not in PHRASE_DEPS or noun.head.i == noun.i:
                break
            noun = noun.head
        return words


def _doer_is_topic(verb: Token) -> bool:
    """A finite passive whose own subject names no one ("It will be chaired by Kate Dalmeny",
    "The report was welcomed by David Willetts"): the doer is whom the sentence is about. Of
    "Rubio was asked by the moderator" it is Rubio; a participle ("as noted by Verywell Fit")
    is an aside."""
    children = list(verb.children)
    return any(child.dep_ == "auxpass" for child in children) and not any(
        child.dep_ == "nsubjpass" and (child.pos_ == "PROPN" or child.lower_ in PERSONAL_PRONOUNS)
        for child in children
    )


def may_be_person(scene: Scene, mention: Mention, actor: Actor) -> bool:
    """A person, or a one-word name the recogniser took for an organisation that speaks
    ("Burton explained …": a "he" after it may be Burton; a company is "it")."""
    if actor.type == "person":
        return True
    organisation = actor.type == "organization" or actor.label == "ORG"
    if not organisation or " " in actor.name or actor.name.isupper():
        return False
    token = scene.last_token(mention)
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in REPORTING_VERBS


def inside(offset: int, quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether `offset` falls inside one of the ordered ranges `quoted`."""
    position = bisect.bisect_right(quoted, (offset, len(quoted) + 10**12)) - 1
    return position >= 0 and quoted[position][0] <= offset < quoted[position][1]
