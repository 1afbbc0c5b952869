"""Who a reporting clause's subject is: a named entity, or the person a pronoun or role stands for.

Speaker strings are the entity's fullest name from `EntityIndex` ("Sergei Lavrov", never "he",
"the minister" or "Lavrov"). A pronoun or a role noun resolves to the nearest fitting named person
before it: a person the article gave that role ("Foreign minister Sergei Lavrov" for "the
minister"), else the most recent person who was the subject of a clause (the one a "he said"
usually continues, preferring a main clause's subject to a subordinate one's), else the most
recent person named at all. Names inside quotations are passed over: the people a speaker talks
about are not the speaker. "He" and "she" pass over people the article itself marks as the other
gender (a title, or the pronoun that opens the next sentence); an indefinite role ("an official
said") brings in someone new and names no one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.extract.entities import EntityIndex, Mention
from brief.extract.lexicon import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    PERSONAL_PRONOUNS,
    REPORTING_VERBS,
    SAYING_VERBS,
    SUBJECT_DEPS,
    THIRD_PERSON_PRONOUNS,
    TITLE_GENDER,
    is_role_noun,
)
from brief.parsed import ParsedArticle
from brief.quote_marks import QUOTE_MARKS
from brief.records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")
PRONOUN_GENDER = THIRD_PERSON_PRONOUNS
INDEFINITE_WORDS = frozenset({"a", "an", "another", "one", "some", "any"})
# A gendered title right before a name: "Mr.", "Mrs ".
TITLE_BEFORE = re.compile(r"\b(" + "|".join(map(str.title, TITLE_GENDER)) + r")\.?\s+$")
RELATIVE_PRONOUNS = frozenset({"who", "whom"})
# Dependents of a subject that name it ("Trump spokeswoman Hope Hicks", "Clinton's campaign").
NAMING_DEPS = frozenset({"compound", "poss", "appos", "flat", "nmod"})
# How far back (characters) a pronoun looks for the person it stands for before taking any.
PRONOUN_REACH = 1500
ISSUER_PREPOSITIONS = frozenset({"from", "by", "of", "in"})
# People who speak for an organisation ("officials at the agency said").
REPRESENTATIVE_NOUNS = frozenset({"official", "representative", "spokesperson"})


# The step of a speaker that is a phrase as written, not a name: other ways of finding a name
# go first.
DESCRIPTION_STEP = "description"


@dataclass(frozen=True, slots=True)
class Resolved:
    """Who a mention stands for (None: no one the article names), and the step that said so."""

    name: str | None
    step: str = ""


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
        self._all_starts = [mention.start for mention, _ in entities.mentions]
        self._starts = [mention.start for mention, _ in self._mentions]
        self._people = [(m, e) for m, e in self._mentions if self._may_be_person(m, e)]
        self._person_starts = [mention.start for mention, _ in self._people]
        self._roles = _roles_by_person(article, self._mentions)
        self._last_speaker: tuple[int, str] | None = None
        self._surnames = {
            entity.name.split()[-1].lower(): entity
            for entity in reversed(entities.entities)
            if entity.type == "person" and " " in entity.name
        }
        self._lower_words = frozenset(LOWER_WORD.findall(article.text))
        self._genders = self._gender_votes(quoted)

    def name(self, subject: Token) -> str | None:
        """The name of the speaker a subject token stands for, or None when the article names
        no one (a description as written, "Richmond police", is no name)."""
        resolved = self.resolve(subject)
        return resolved.name if resolved.step != DESCRIPTION_STEP else None

    def resolve(self, subject: Token) -> Resolved:
        """The speaker a subject token stands for, and the step that decided: the first of
        `MENTION_STEPS` whose kind of mention the subject is."""
        for step, method in MENTION_STEPS:
            found = method(self, subject)
            if found is not None:
                return Resolved(found.name, found.step or step)
        return Resolved(None, "none")

    def _named_entity(self, subject: Token) -> Resolved | None:
        """An entity named at the subject (or beside it: an apposition, a compound, an owner)."""
        entity = self._entity(subject)
        if entity is None:
            return None
        if entity.type == "place" and _is_group(subject):
            return self._description(subject)  # "Richmond police" is not Richmond
        return Resolved(entity.name)

    def _spokesperson(self, subject: Token) -> Resolved | None:
        represented = self._represented(subject)
        return Resolved(represented) if represented is not None else None

    def _missed_name(self, subject: Token) -> Resolved | None:
        """A capitalised proper noun the recogniser missed."""
        if subject.pos_ == "PROPN" and subject.text[:1].isupper():
            return Resolved(self._proper_name(subject))
        return None

    def _pronoun(self, subject: Token) -> Resolved | None:
        if subject.lower_ not in PERSONAL_PRONOUNS:
            return None
        return Resolved(self.person_before(subject.idx, PRONOUN_GENDER[subject.lower_]))

    def _relative(self, subject: Token) -> Resolved | None:
        """ "who" stands for the noun its clause describes."""
        if subject.lower_ in RELATIVE_PRONOUNS and subject.head.head.i != subject.head.i:
            return self.resolve(subject.head.head)
        return None

    def _untagged_name(self, subject: Token) -> Resolved | None:
        """A proper noun in lower case, or a capitalised word the article never writes in lower
        case ("Hannity pressed" with "Hannity" tagged as a verb)."""
        if subject.pos_ == "PROPN" or self._looks_proper(subject):
            return Resolved(self._proper_name(subject))
        return None

    def _document(self, subject: Token) -> Resolved | None:
        if subject.pos_ == "NOUN" and subject.lemma_.lower() in DOCUMENT_NOUNS:
            return Resolved(self._issuer(subject))
        return None

    def _role(self, subject: Token) -> Resolved | None:
        """A role or a group ("the minister", "an official", "Richmond police"): the person the
        article gave that role, else (for "the" and a person's role) the person the article was
        just talking about, else the phrase as the article words it (step "description")."""
        if subject.pos_ != "NOUN":
            return None
        role = subject.lemma_.lower()
        says = subject.dep_ == "nsubj" and subject.head.lemma_.lower() in SAYING_VERBS
        if not (is_role_noun(role) or _is_group(subject) or (says and _definite(subject))):
            return Resolved(None)
        if _indefinite(subject) or subject.tag_ == "NNS":
            # "an Israeli official said" brings in someone new, not a person named before
            represented = self._represented(subject)
            return Resolved(represented) if represented else self._description(subject)
        person = self._by_role(role, subject.idx)
        if person is not None:
            return Resolved(person.name)
        before = self.person_before(subject.idx) if is_role_noun(role) else None
        return Resolved(before) if before is not None else self._description(subject)

    def _description(self, noun: Token) -> Resolved:
        return Resolved(self._phrase(noun), DESCRIPTION_STEP)

    def _phrase(self, noun: Token) -> str:
        """The noun phrase as the article words it: "the mayor", "Richmond police", "a
        spokeswoman for the ministry", "an adviser to Trump" (with its "for", "to" or "at" phrase)."""
        end = noun.idx + len(noun)
        for child in noun.rights:
            if child.dep_ == "prep" and child.lower_ in ("for", "at", "with", "of", "to"):
                last = child.right_edge
                end = last.idx + len(last)
                break
        return self._article.original(noun.left_edge.idx, end)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity whose mention overlaps [start, end), preferring the last one."""
        position = bisect.bisect_left(self._all_starts, end)
        for index in range(position - 1, max(-1, position - 8), -1):
            mention, entity = self._entities.mentions[index]
            if mention.end > start:
                return entity
        return None

    def named_in(self, start: int, end: int) -> str | None:
        """The last person or organisation named (outside quotes) between two offsets: who a
        sign-off ("― Steve Quinlan") or an introduction ("More from Jones:") names."""
        position = bisect.bisect_left(self._starts, end)
        for index in range(position - 1, -1, -1):
            mention, entity = self._mentions[index]
            if mention.start < start:
                break
            if mention.end <= end and entity.type in ("person", "organization"):
                return entity.name
        return None

    def known_as(self, name: str) -> str | None:
        """A name the recogniser missed, as the fullest person it may be short for
        ("Huckabee" -> "Mike Huckabee"), else as written; None when it is no name: every word
        one the article also writes in lower case ("Breaking News", "Watch"), or a number
        ("Arsenal 2-1")."""
        words = name.split()
        if not words or any(char.isdigit() for char in name):
            return None
        if all(w.lower() in self._lower_words and not w.isupper() for w in words):
            return None
        person = self._surnames.get(words[-1].lower())
        return person.name if person is not None and " " not in name else name

    def subjects_between(self, start: int, end: int) -> list[str]:
        """The people who are the subject of a clause (outside quotes) between two offsets."""
        position = bisect.bisect_left(self._person_starts, start)
        names = []
        for mention, entity in self._people[position:]:
            if mention.start >= end:
                break
            if self._is_subject(mention):
                names.append(entity.name)
        return names

    def spoke(self, offset: int, name: str) -> None:
        """Note that `name` was named as a speaker at `offset` (quotes are resolved in order)."""
        self._last_speaker = (offset, name)

    def person_before(self, offset: int, gender: str | None = None) -> str | None:
        """The person a pronoun at `offset` most likely stands for.

        The speaker named last, unless a person has been the subject of a clause since; else
        the person the article keeps returning to (most mentioned within reach; of equals, the
        latest), not one it merely mentions in passing. With a `gender` ("he" -> "m"), people
        the article marks as the other one are passed over.
        """
        position = bisect.bisect_left(self._person_starts, offset)
        fallback: Entity | None = None
        subject: Mention | None = None
        found: Entity | None = None
        returns: Counter[str] = Counter()  # who the article keeps returning to, nearby
        for index in range(position - 1, -1, -1):
            mention, entity = self._people[index]
            if not self._fits(entity.name, gender):
                continue
            if fallback is None:
                fallback = entity
            if offset - mention.end > PRONOUN_REACH:
                break
            returns[entity.name] += 1
            if returns[entity.name] > returns[fallback.name]:
                fallback = entity
            if self._is_subject(mention):
                subject, found = mention, entity
                main = self._main_subject_in_sentence(index, gender)
                if main is not None:
                    subject, found = main
                break
        last = self._last_speaker
        recent = last is not None and offset - last[0] <= PRONOUN_REACH
        fits = last is not None and self._fits(last[1], gender)
        if last is not None and recent and fits and (subject is None or last[0] >= subject.start):
            return last[1]
        chosen = found or fallback
        return chosen.name if chosen else None

    def _may_be_person(self, mention: Mention, entity: Entity) -> bool:
        """A person, or a one-word name the recogniser took for an organisation (whatever type
        the article's words then gave it) that speaks ("Burton explained …": a "he" after it
        may be Burton; a company is "it")."""
        if entity.type == "person":
            return True
        organisation = entity.type == "organization" or entity.label == "ORG"
        if not organisation or " " in entity.name or entity.name.isupper():
            return False
        token = self._last_token(mention)
        return token.dep_ == "nsubj" and token.head.lemma_.lower() in REPORTING_VERBS

    def _gender_votes(self, quoted: Sequence[tuple[int, int]]) -> dict[str, str]:
        """Each person's gender as the article itself tells it: a title before a mention
        ("Mr.", "Ms.") and a he or she (outside quotes) as the main subject of the sentence after
        one where the person was a subject, with no other person named in between ("Ayotte
        voted no. She said …"); the same sentence is not asked, "Sanders said she …" is often
        someone else. No lists of names: only what the article says."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        text, doc = self._article.text, self._article.doc
        for index, (mention, entity) in enumerate(self._people):
            title = TITLE_BEFORE.search(text, max(0, mention.start - 6), mention.start)
            if title is not None:
                votes[entity.name][TITLE_GENDER[title.group(1).lower()]] += 2
            token = self._last_token(mention)
            if not self._is_subject(mention):
                continue
            if token.sent.end >= len(doc):
                continue
            following = self._person_starts[index + 1] if index + 1 < len(self._people) else None
            for other in doc[token.sent.end].sent:
                if following is not None and other.idx >= following:
                    break
                if (
                    other.dep_ == "nsubj"
                    and other.head.dep_ == "ROOT"
                    and other.lower_ in ("he", "she")
                    and not _inside(other.idx, quoted)
                ):
                    votes[entity.name][PRONOUN_GENDER[other.lower_]] += 1
                    break
        genders: dict[str, str] = {}
        for name, counts in votes.items():
            ranked = counts.most_common()
            top, count = ranked[0]
            if len(ranked) == 1 or count >= 2 * ranked[1][1]:
                genders[name] = top
        return genders

    def _fits(self, name: str, gender: str | None) -> bool:
        """The person may be the one a pronoun of this gender stands for."""
        known = self._genders.get(name)
        return gender is None or known is None or known == gender

    def _entity(self, subject: Token) -> Entity | None:
        """An entity the subject phrase names: its head, else (for a head that is no name) an
        apposition, a compound or a possessor."""
        entity = self.entity_at(subject.idx, subject.idx + len(subject))
        if entity is not None or subject.pos_ == "PROPN":
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

    def _issuer(self, document: Token) -> str | None:
        """Who a document that speaks comes from: "a letter from the American Legion warns",
        "the statement released by Fox News", "a fundraising email sent out by Sanders".
        (Names before the noun, "a Pentagon readout", are found as for any subject.)"""
        for child in document.children:
            source: Token | None = None
            if child.dep_ == "prep" and child.lower_ in ISSUER_PREPOSITIONS:
                source = next((c for c in child.children if c.dep_ == "pobj"), None)
            elif child.dep_ == "acl":  # "released by", "sent out by"
                agent = next((c for c in child.children if c.dep_ == "agent"), None)
                if agent is not None:
                    source = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if source is None:
                continue
            entity = self._entity(source)
            if entity is not None and entity.type in ("person", "organization"):
                return entity.name
        return None

    def _represented(self, subject: Token) -> str | None:
        """Who a spokesperson or officials speak for: "a spokesman for Platte River", "a
        spokeswoman for Bernie Sanders", "officials at Homeland Security Investigations". An
        official speaks for an organisation only; a spokesperson for a person too."""
        spokes = subject.lower_.startswith("spokes")
        if not spokes and subject.lemma_.lower() not in REPRESENTATIVE_NOUNS:
            return None
        wanted = ("organization", "person") if spokes else ("organization",)
        for preposition in subject.children:
            if preposition.dep_ == "prep" and preposition.lower_ in ("for", "at", "with"):
                for noun in preposition.children:
                    entity = self._entity(noun)
                    if entity is not None and entity.type in wanted:
                        return entity.name
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

    def _main_subject_in_sentence(
        self, index: int, gender: str | None
    ) -> tuple[Mention, Entity] | None:
        """When the person at `index` is the subject of a subordinate clause ("…, after her
        child, Arabella, was born"), the person who is the main clause's subject in the same
        sentence ("Ivanka Trump … told the Times"): a later "she" continues the main subject."""
        mention = self._people[index][0]
        token = self._last_token(mention)
        if self._clause_level(mention) == 0:
            return None
        sentence = token.sent
        for other in range(index - 1, -1, -1):
            candidate, entity = self._people[other]
            if candidate.start < sentence.start_char:
                break
            if (
                self._fits(entity.name, gender)
                and self._is_subject(candidate)
                and self._clause_level(candidate) == 0
            ):
                return candidate, entity
        return None

    def _clause_level(self, mention: Mention) -> int:
        """0 for the subject of the sentence's main verb (or a verb joined to it), else 1."""
        token = self._last_token(mention)
        while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
            token = token.head
        verb = token.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return 0 if verb.dep_ == "ROOT" else 1

    def _is_subject(self, mention: Mention) -> bool:
        token = self._last_token(mention)
        while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
            token = token.head
        return token.dep_ in SUBJECT_DEPS

    def _last_token(self, mention: Mention) -> Token:
        """The token a mention ends with."""
        return self._article.doc[self._article.token_at(mention.end - 1)]

    def _looks_proper(self, token: Token) -> bool:
        """A capitalised word the article never writes in lower case (a name the tagger
        missed: "Hannity pressed", "Ebeling said", "Haynes said" tagged as a plural)."""
        return (
            token.pos_ in ("NOUN", "VERB", "ADJ", "ADV", "X")
            and token.text[:1].isupper()
            and not token.is_stop
            and token.lower_ not in self._lower_words
        )

    def _proper_name(self, subject: Token) -> str | None:
        """A name the entity recogniser missed, matched to a person by its last word if it can
        be ("Huckabee" -> "Mike Huckabee")."""
        parts = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        tokens = [*parts, subject]
        name = self._article.original(tokens[0].idx, subject.idx + len(subject))
        person = self._surnames.get(subject.text.lower())
        if person is not None:  # also for a name with a lower-case particle: "de Blasio"
            return person.name
        return name if name[:1].isupper() else None


def _is_group(noun: Token) -> bool:
    """A noun for a body of people that speaks as one, or for people by role."""
    lemma = noun.lemma_.lower()
    return lemma in GROUP_NOUNS or noun.lower_ in GROUP_NOUNS or is_role_noun(lemma)


# From a mention to a speaker, in order; the first step whose kind of mention the subject is
# decides (an entity named at the subject before anything else).
MENTION_STEPS: tuple[tuple[str, Callable[[SpeakerResolver, Token], Resolved | None]], ...] = (
    ("entity", SpeakerResolver._named_entity),
    ("spokesperson", SpeakerResolver._spokesperson),
    ("proper-noun", SpeakerResolver._missed_name),
    ("pronoun", SpeakerResolver._pronoun),
    ("relative-pronoun", SpeakerResolver._relative),
    ("untagged-name", SpeakerResolver._untagged_name),
    ("document", SpeakerResolver._document),
    ("role", SpeakerResolver._role),
)


def _definite(noun: Token) -> bool:
    """ "the railway", "the club": a noun phrase for one the reader knows."""
    return any(child.dep_ == "det" and child.lower_ == "the" for child in noun.children)


def _indefinite(noun: Token) -> bool:
    """A noun phrase that brings in someone new: "a", "an", "another", "one", "some"."""
    return any(
        (child.dep_ == "det" and child.lower_ in INDEFINITE_WORDS)
        or (child.dep_ == "nummod" and child.lower_ == "one")
        for child in noun.children
    )


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
            key = word.strip(QUOTE_MARKS + ".()").lower()
            if key.isalpha() and is_role_noun(key):
                roles[key].append((mention.start, entity))
    return roles
