"""What else stands for an actor: role nouns and pronouns, linked where the evidence is clear.

- A role noun ("the museum's president", "the minister") stands for the latest actor the article
  described with that noun ("Laurence des Cars, the museum's president"). A noun for a body ("the
  company", "the airline") stands for the one organisation named in the sentences just before,
  or the one whose name holds the noun ("Delta Air Lines").
- "he" and "she" (and him, his, her) stand for the one person named in the sentence so far or the
  sentence before, of a gender that fits; with several, for the subject of the sentence before
  when the pronoun continues it as subject and the gender is known to fit.
- "it" and "they", as the subject of a verb of saying ("it said"), stand for the one
  organisation (or, for "they", group) named in the same window.

Pronouns and roles inside quotation marks are left alone: a speaker's "he" is often someone
else. Each link is also evidence of the actor's type (he/she: a person; "it said", "the
company": an organisation) and gender. Ambiguous cases stay unlinked: the speaker resolver
scores those with what it knows of who speaks.
"""

from __future__ import annotations

import bisect
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.extract.cast.describe import BODY_NOUNS, Description, evidence_of
from brief.extract.cast.draft import Draft
from brief.extract.cast.model import Gender, Mention
from brief.extract.cast.names import is_acronym
from brief.extract.entity_types import known_type
from brief.extract.given_names import is_given_name, name_gender
from brief.extract.lexicon import (
    REPORTING_VERBS,
    SUBJECT_DEPS,
    THIRD_PERSON_PRONOUNS,
)
from brief.parsed import ParsedArticle
from brief.quote_marks import quoted_stretches
from brief.records import EntityType

if TYPE_CHECKING:
    from spacy.tokens import Token

ORGANISATION_PRONOUNS = frozenset({"it", "its"})
GROUP_PRONOUNS = frozenset({"they", "their", "them"})
# How many sentences back (the current one included) a pronoun or a body noun looks.
WINDOW_SENTENCES = 2
# How far back "she" looks when no one in the window fits.
WIDER_SENTENCES = 4
# The tags of a role or body noun: singular ("the minister", "the company").
ROLE_TAGS = ("NN", "NNP")


@dataclass(frozen=True, slots=True)
class Reference:
    """A role noun or a pronoun that stands for the actor at `actor` (an index into the drafts),
    with what it says of the actor: a type, a gender, a plural."""

    actor: int
    mention: Mention
    evidence: EntityType | None = None
    gender: Gender | None = None
    plural: bool = False


class Finder:
    """Finds the references of one article's drafts (built once per article)."""

    def __init__(
        self,
        article: ParsedArticle,
        drafts: Sequence[Draft],
        described: Sequence[Sequence[Description]],
    ) -> None:
        self.article = article
        self.drafts = drafts
        # Each actor's gender as its first name suggests (the census), a tie-break only.
        self.likely = [
            name_gender(draft.name.split()[0]) if " " in draft.name else None for draft in drafts
        ]
        # Actors a description already makes people ("X, the museum's president").
        self.people = {
            index for index, found in enumerate(described) if "person" in evidence_of(found)
        }
        blocks = [block for _, block in article.layout.body]
        self.quoted = sorted((m.start, m.end) for m in quoted_stretches(article.text, blocks))
        named = sorted(
            (mention.start, mention.end, index)
            for index, draft in enumerate(drafts)
            for mention in draft.names
            if not mention.weak and not self.in_quotes(mention.start)
        )
        self.named = named
        self.named_starts = [start for start, _, _ in named]
        self.inside_names = {
            token.i
            for draft in drafts
            for mention in draft.names
            for token in article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            or ()
        }
        self.described = sorted(
            (description.start, description.head, index)
            for index, found in enumerate(described)
            for description in found
        )
        self.description_spans = sorted(
            (description.start, description.end) for found in described for description in found
        )
        # The pronouns and roles met in the window so far: offset, gender (pronouns), actor (None:
        # unclear); older ones are dropped as the window moves on, so the pass stays linear.
        self._earlier: deque[tuple[int, Gender | None, int | None]] = deque()
        # Per body noun, the organisations whose names hold it (first mention, actor).
        self._holders: dict[str, list[tuple[int, int]]] = {}
        # Each description's head noun, with where it was said and of whom, in text order.
        self.heads: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for start, head, index in self.described:
            self.heads[head].append((start, index))
        # The tokens that may be a reference: pronouns and singular nouns outside names and
        # quotations (read once from the doc's arrays; the passes below visit only these).
        self.candidates = [
            index
            for index in may_refer(article)
            if index not in self.inside_names and not self.in_quotes(article.token_starts[index])
        ]

    def in_quotes(self, offset: int) -> bool:
        """Whether `offset` is inside a quoted stretch."""
        position = bisect.bisect_right(self.quoted, (offset, 1 << 62)) - 1
        return position >= 0 and self.quoted[position][0] <= offset < self.quoted[position][1]

    def references(self, genders: Sequence[Gender | None]) -> list[Reference]:
        """Every role noun and pronoun of the body linked to an actor, in text order; `genders`
        (one per draft, None when unknown) keeps a "she" from a man."""
        found: list[Reference] = []
        self._earlier = deque()
        doc = self.article.doc
        for index in self.candidates:
            token = doc[index]
            reference = self._pronoun(token, genders) or self._role(token)
            if reference is not None:
                found.append(reference)
                if reference.mention.kind == "role":
                    self._earlier.append((token.idx, None, reference.actor))
        return found

    # --- pronouns --------------------------------------------------------------------------

    def _pronoun(self, token: Token, genders: Sequence[Gender | None]) -> Reference | None:
        word = token.lower_
        if token.pos_ != "PRON":
            return None
        if word in THIRD_PERSON_PRONOUNS:
            gender: Gender = "m" if THIRD_PERSON_PRONOUNS[word] == "m" else "f"
            actor = self._person_for(token, gender, genders)
            self._earlier.append((token.idx, gender, actor))
            return self._link(actor, token, "person", gender)
        if not _says(token):
            return None
        if word in ORGANISATION_PRONOUNS:
            actor = self._only(token, self._may_be_organisation)
            return self._link(actor, token, "organization")
        if word in GROUP_PRONOUNS:
            actor = self._only(token, self._may_be_group)
            return self._link(actor, token, None, plural=True)
        return None

    def _person_for(
        self, token: Token, gender: Gender, genders: Sequence[Gender | None]
    ) -> int | None:
        """The person a he or she stands for, when clear. `genders` are what the article says
        (titles, pronouns already linked): a person of the other gender never fits. A first
        name's census gender (`self.likely`) only chooses among people who fit:

        - the one person who fits in the window (`WINDOW_SENTENCES`), unless the census gives
          that person the other gender and the wider window (`WIDER_SENTENCES`) holds one
          person whom it does not ("Judge Amy Jackson ruled. Governor Bill Lee disagreed. She
          replied ...");
        - of several, the one the census does not rule out; else, for a subject that
          continues the sentence before, that sentence's subject when it is known to fit and no
          other candidate is;
        - with no one in the window, the one person who fits in the wider window.

        A pronoun of that gender left unlinked, or a proper noun the model did not read as a
        name that is a subject, makes it unclear."""

        def fits(index: int) -> bool:
            person = index in self.people or _may_be_person(self.drafts[index])
            return person and genders[index] in (None, gender)

        def likely(index: int) -> bool:
            return fits(index) and self.likely[index] in (None, gender)

        found = self._fitting(token, gender, fits, WINDOW_SENTENCES)
        if found is None:
            return None
        probable = {index for index in found if likely(index)}
        if len(found) == 1 and probable:
            return probable.pop()
        if len(found) > 1:
            return (
                probable.pop()
                if len(probable) == 1
                else self._continued(token, found, gender, genders)
            )
        wider = self._fitting(token, gender, likely if found else fits, WIDER_SENTENCES)
        wider = (wider or set()) - found
        if len(wider) == 1:
            return wider.pop()
        return found.pop() if found else None

    def _continued(
        self, token: Token, found: set[int], gender: Gender, genders: Sequence[Gender | None]
    ) -> int | None:
        """For a subject pronoun, the previous sentence's subject among `found`, when it is
        known to be of the pronoun's gender and no other candidate is."""
        if token.dep_ not in SUBJECT_DEPS:
            return None
        subject = self._previous_subject(token)
        if subject is None or subject not in found:
            return None
        known = [index for index in found if gender in (genders[index], self.likely[index])]
        return subject if known == [subject] else None

    def _fitting(
        self, token: Token, gender: Gender, fits: Callable[[int], bool], sentences: int
    ) -> set[int] | None:
        """The people who fit, named or referred to in the last `sentences` sentences up to
        `token`; None when something there makes it unclear."""
        start = self._window_start(token, sentences)
        earlier = [(sex, actor) for _, sex, actor in self._met_since(token, start)]
        if (gender, None) in earlier or self._unnamed_subject(start, token.i):
            return None
        found = {index for _, _, index in self._named_between(start, token.idx) if fits(index)}
        found.update(a for sex, a in earlier if a is not None and sex in (None, gender) and fits(a))
        return found

    def _unnamed_subject(self, start: int, end: int) -> bool:
        """A capitalised proper noun outside the names that is the subject of a clause between
        the offset `start` and the token `end`: someone the model did not read as a name."""
        first = self.article.token_at(start)
        return any(
            token.pos_ == "PROPN"
            and token.dep_ in SUBJECT_DEPS
            and token.text[:1].isupper()
            and token.i not in self.inside_names
            for token in self.article.doc[first:end]
        )

    def _previous_subject(self, token: Token) -> int | None:
        """The actor named as the main subject of the sentence before `token`'s."""
        start = token.sent.start
        if start == 0:
            return None
        sentence = self.article.doc[start - 1].sent
        for _, end, index in self._named_between(sentence.start_char, sentence.end_char):
            root = self.article.doc[self.article.token_at(end - 1)]
            while root.dep_ in ("compound", "flat") and root.head.i != root.i:
                root = root.head
            if root.dep_ in SUBJECT_DEPS and root.head.dep_ == "ROOT":
                return index
        return None

    def _only(self, token: Token, fits: Callable[[int], bool]) -> int | None:
        """The one actor named (or referred to by a role) in the window before `token` that
        `fits` accepts."""
        start = self._window_start(token)
        named = [index for _, _, index in self._named_between(start, token.idx)]
        roles = [a for _, sex, a in self._met_since(token, start) if sex is None]
        found = {index for index in (*named, *roles) if index is not None and fits(index)}
        return found.pop() if len(found) == 1 else None

    def _met_since(self, token: Token, start: int) -> list[tuple[int, Gender | None, int | None]]:
        """The pronouns and roles met since `start`; those before the widest window of
        `token` are dropped for good (windows only move forward)."""
        widest = self._window_start(token, WIDER_SENTENCES)
        while self._earlier and self._earlier[0][0] < widest:
            self._earlier.popleft()
        return [item for item in self._earlier if item[0] >= start]

    def _window_start(self, token: Token, sentences: int = 0) -> int:
        """Where the last `sentences` sentences up to `token` start (`WINDOW_SENTENCES`)."""
        first = self.article.sentence_start(token.i, back=(sentences or WINDOW_SENTENCES) - 1)
        return self.article.token_starts[first]

    def _named_between(self, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        first = bisect.bisect_left(self.named_starts, start)
        last = bisect.bisect_left(self.named_starts, end)
        return iter(self.named[first:last])

    # --- role nouns ------------------------------------------------------------------------

    def _role(self, token: Token) -> Reference | None:
        """ "the museum's president", "the company": a definite role or body noun."""
        if token.pos_ != "NOUN" or token.tag_ not in ROLE_TAGS or not _definite(token):
            return None
        lemma = token.lemma_.lower()
        described = self._described_as(lemma, token.idx)
        if described is not None:
            return self._link(described, token, None, role=True)
        if lemma in BODY_NOUNS and not self._in_description(token.idx):
            body = self._body(lemma, token)
            return self._link(body, token, "organization", role=True)
        return None

    def _may_be_organisation(self, index: int) -> bool:
        """An organisation, or a name the model labels one that is no person."""
        draft = self.drafts[index]
        if index in self.people or draft.type == "person" or known_type(draft.name) == "place":
            return False
        return draft.type == "organization" or any(m.label == "ORG" for m in draft.names)

    def _may_be_group(self, index: int) -> bool:
        return self.drafts[index].type == "group" or self._may_be_organisation(index)

    def _in_description(self, offset: int) -> bool:
        """Inside a description: "the museum" of "Laurence des Cars, the museum's president"."""
        position = bisect.bisect_right(self.description_spans, (offset, 1 << 62)) - 1
        spans = self.description_spans
        return position >= 0 and spans[position][0] <= offset < spans[position][1]

    def _described_as(self, lemma: str, offset: int) -> int | None:
        """The latest actor the article described with this noun before `offset`."""
        said = self.heads.get(lemma, [])
        position = bisect.bisect_left(said, (offset, -1))
        return said[position - 1][1] if position else None

    def _body(self, lemma: str, token: Token) -> int | None:
        """The organisation a body noun stands for: the one named before whose name holds the
        noun ("Delta Air Lines" for "the airline"), else the one organisation in the window."""
        if lemma not in self._holders:
            self._holders[lemma] = [
                (draft.names[0].start, index)
                for index, draft in enumerate(self.drafts)
                if self._may_be_organisation(index)
                and lemma in "".join(draft.name.split()[1:]).lower()
            ]
        named = {index for first, index in self._holders[lemma] if first < token.idx}
        if len(named) == 1:
            return named.pop()
        return self._only(token, self._may_be_organisation)

    # --- links -----------------------------------------------------------------------------

    def _link(
        self,
        actor: int | None,
        token: Token,
        evidence: EntityType | None,
        gender: Gender | None = None,
        *,
        plural: bool = False,
        role: bool = False,
    ) -> Reference | None:
        if actor is None:
            return None
        start = token.left_edge.idx if role else token.idx
        end = token.idx + len(token)
        text = self.article.original(start, end)
        mention = Mention(start, end, "role" if role else "pronoun", text)
        return Reference(actor, mention, evidence, gender, plural)


def may_refer(article: ParsedArticle) -> list[int]:
    """The indexes of the tokens a reference can be, in order: the pronouns (`PRON`) and the
    singular nouns (`NOUN` tagged `NN` or `NNP`) that `_pronoun` and `_role` read; every other
    token they turn down at once."""
    nouns = set(article.tokens_where("POS", ["NOUN"])) & set(article.tokens_where("TAG", ROLE_TAGS))
    return sorted(nouns.union(article.tokens_where("POS", ["PRON"])))


def _says(token: Token) -> bool:
    """The subject of a verb of saying: "it said", "they told reporters"."""
    return token.dep_ in SUBJECT_DEPS and token.head.lemma_.lower() in REPORTING_VERBS


def _definite(noun: Token) -> bool:
    """ "the company", "the museum's president": a noun the reader already knows."""
    return any(
        (child.dep_ == "det" and child.lower_ == "the") or child.dep_ == "poss"
        for child in noun.children
    )


def _may_be_person(draft: Draft) -> bool:
    """A person, or a name typed an organisation or a place that may be a person's: the model
    labels it a person somewhere, or it starts with a common given name; and nothing makes it
    something else (an acronym, an organisation word, a known country or city)."""
    if draft.type == "person":
        return True
    if draft.type not in ("organization", "place") or is_acronym(draft.name):
        return False
    personal = any(m.label == "PERSON" for m in draft.names) or is_given_name(draft.name.split()[0])
    return personal and known_type(draft.name) is None
