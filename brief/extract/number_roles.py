"""What the parse says a number is, beyond its words: a name or number to call rather than a
count, and whom an age describes.

- A number above one before a singular noun names rather than counts: "a 911 call", "Smith's
  911 phone call", "a 50 slip marina" (a count takes the plural: "911 calls"). It is left out
  when an article ("a"), a possessor or a chain of noun modifiers shows the noun is singular
  for certain; "the 5,000 staff" keeps its collective noun.
- A number that is the object of a verb of calling is a number to call: "the store called 911".
- An age describes a person: "54-year-old Bharrat Ramdehol" -> Bharrat Ramdehol, "a 26-year-old
  man" -> man, "Smith, 45," -> Smith, "a woman aged 45" -> woman, "Princess Eugenie, who
  recently turned 25" -> Princess Eugenie; "she was 13" names no one. An age that is the subject
  ("The 34-year-old shook off the rust") stands for the named person the sentence before has
  as its subject, as "she" would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.extract.number_parsing import Quantity
from brief.parsed import ParsedArticle

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CALLING_VERBS = frozenset({"call", "dial", "ring", "phone", "text"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})
# How far an age climbs to the clause whose subject it describes.
MAX_CLIMB = 4
# How many sentences back "the 29-year-old" looks for the person it stands for.
MAX_LOOK_BACK = 3
# The roles of an age that is a noun phrase of its own: "the 29-year-old" (the "old").
STANDING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "oprd", "pobj", "dative", "attr", "ROOT"})


def names_no_amount(span: Span, quantity: Quantity) -> bool:
    """The number names something ("a 911 call") or is one to call ("called 911")."""
    if quantity.kind != "count" or quantity.unit is not None or quantity.value in {None, 1}:
        return False
    last = span[-1]
    if last.dep_ in {"dobj", "oprd"} and last.head.lemma_.lower() in CALLING_VERBS:
        return True
    return _before_a_singular_noun(span)


def _before_a_singular_noun(span: Span) -> bool:
    last = span[-1]
    noun = last.head
    if last.dep_ != "nummod" or noun.i <= last.i or noun.tag_ not in SINGULAR_TAGS:
        return False
    between = span.doc[last.i + 1 : noun.i]
    if any(token.text == "-" for token in between):
        return False  # "a 14-station trip": a compound adjective counts its stations
    first = span[0]
    before = span.doc[first.i - 1] if first.i > 0 else None
    article = before is not None and before.lower_ in {"a", "an"}
    possessed = before is not None and before.tag_ == "POS"
    modifiers = len(between) > 0 and all(t.dep_ in {"compound", "nmod"} for t in between)
    return article or possessed or modifiers


def aged(article: ParsedArticle, span: Span) -> str | None:
    """The person an age describes, as the article names them: the noun right after it
    ("a 26-year-old man"), the name it stands beside ("Smith, 45,") or the noun "aged" follows
    ("a woman aged 45")."""
    # The word that attaches the age to the sentence, or its root ("The 46-year-old recently
    # offered ...", where the parse makes "old" the sentence's root).
    token = max(span, key=lambda t: t.head.i == t.i or not span.start <= t.head.i < span.end)
    head = token.head
    if _standing_for_someone(span, token):
        return _continued(article, token)  # "keep the 29-year-old out", "said the 22-year-old"
    if token.dep_ in {"dobj", "attr", "acomp"} and head.pos_ in {"VERB", "AUX"}:
        return _subject_named(article, head)  # "Princess Eugenie, who recently turned 25"
    if token.dep_ == "appos" or (head.lower_ == "aged" and head.dep_ in {"acl", "amod"}):
        noun = head if token.dep_ == "appos" else head.head
        return person(article, noun) if noun.pos_ in {"NOUN", "PROPN"} else None
    after = span.end
    doc = span.doc
    while after < len(doc) and doc[after].dep_ == "compound" and doc[after].head.i > after:
        after += 1
    while head.dep_ == "compound" and _nouns_up_to(head, head.head):
        head = head.head  # "the 21-year-old Blues prop": the age hangs on "Blues"
    if after < len(doc) and after == head.i and head.pos_ in {"NOUN", "PROPN"}:
        return person(article, head)  # "54-year-old Bharrat Ramdehol", "a 26-year-old man"
    return _clause_subject(article, span, token)


def _nouns_up_to(token: Token, head: Token) -> bool:
    """Only nouns and names from `token` to its `head` after it: "Blues prop", not "Lianna
    Barrientos we d" (a "we'd" the model split)."""
    between = token.doc[token.i + 1 : head.i + 1]
    return head.i > token.i and all(t.pos_ in {"NOUN", "PROPN"} for t in between)


def _clause_subject(article: ParsedArticle, span: Span, token: Token) -> str | None:
    """The named subject of the clause an age stands in: "Mila Kunis lived there before
    moving to the U.S. aged seven" -> Mila Kunis; an age that is itself the subject ("The
    22-year-old was jogging") continues the subject before it (`_continued`) when it is
    definite: "a 30 year old comes home from work" is anyone."""
    for _ in range(MAX_CLIMB):
        if token.dep_ in {"nsubj", "nsubjpass"}:
            definite = span.start > 0 and span.doc[span.start - 1].lower_ == "the"
            return _continued(article, token) if definite else None
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ == "VERB":
            named = _subject_named(article, token)
            if named is not None or token.dep_ not in {"advcl", "xcomp", "conj", "acl"}:
                return named
    return None


def _standing_for_someone(span: Span, token: Token) -> bool:
    """ "the 29-year-old" as a noun phrase of its own, in any role: a subject, an object
    ("keep the 29-year-old out"), a preposition's object; not a modifier ("the 29-year-old
    striker")."""
    definite = span.start > 0 and span.doc[span.start - 1].lower_ == "the"
    return definite and token.dep_ in STANDING_DEPS and token.lower_ == "old"


def _continued(article: ParsedArticle, token: Token) -> str | None:
    """The person an age that stands for someone means, as "she" would: the one person the
    nearest sentence before that names anyone names, as its subject ("Kelly Holmes was back to
    her best. The 34-year-old shook off the rust" -> Kelly Holmes), looking back at most
    `MAX_LOOK_BACK` sentences. A sentence that names two people ("Keegan praised Fowler") or
    names its one person outside its subject, or a person named before the age in its own
    sentence ("Ruddock says the 24-year-old"), leaves it unnamed."""
    sentence = token.sent
    if any(_named_person(e) and e.start < token.i for e in sentence.ents):
        return None
    for _ in range(MAX_LOOK_BACK):
        if sentence.start == 0:
            return None
        sentence = sentence.doc[sentence.start - 1].sent
        people = {e.text: e.root for e in sentence.ents if _named_person(e)}
        if people:
            named = next(iter(people.values()))
            one = len(people) == 1 and _in_subject(named)
            return person(article, named) if one else None
    return None


def _in_subject(token: Token) -> bool:
    """The token is its clause's subject or inside it ("The family of Chris Lane broke
    down"), not an object ("beat Svetlana Feofanova"), which a later "the 22-year-old" far
    less often means."""
    for _ in range(MAX_CLIMB):
        if token.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if token.head.i == token.i or token.head.pos_ in {"VERB", "AUX"}:
            return False
        token = token.head
    return False


def _named_person(entity: Span) -> bool:
    return entity.label_ == "PERSON"


def _subject_named(article: ParsedArticle, verb: Token) -> str | None:
    """The subject of "turned 25" or "was 16" when it is a noun or a name; a relative "who"
    stands for the noun its clause describes."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
        subject = verb.head
    if subject is not None and subject.lower_ in {"he", "she"}:
        return _meant_by(article, subject)  # "when she was 13"
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return None
    return person(article, subject)


def _meant_by(article: ParsedArticle, pronoun: Token) -> str | None:
    """The person "he" or "she" in a clause of its own stands for: the named subject of the
    main clause the pronoun's clause qualifies ("Holmes started running when she was 13"),
    else the one person the sentences before name as their subject (`_continued`); nobody
    for "he or she"."""
    if any(child.dep_ == "conj" for child in pronoun.children):
        return None  # "he or she is at least 35": anyone
    clause = pronoun.head
    if clause.dep_ == "advcl":
        subject = _main_subject(clause.head)
        # A name the model gave no type to is as likely a person ("Rowlands won a scholarship
        # when she was just 15"); one it typed otherwise ("Apple") is not, nor one of two
        # ("Barnes and Jamie Silvonek met when she was 13").
        if subject is not None and _one_name(subject):
            return person(article, subject)
    return _continued(article, pronoun)


def _one_name(subject: Token) -> bool:
    """A name, typed a person or not typed, with no other joined to it."""
    joined = any(child.dep_ == "conj" for child in subject.children)
    return not joined and subject.pos_ == "PROPN" and subject.ent_type_ in {"PERSON", ""}


def _main_subject(verb: Token) -> Token | None:
    """A verb's subject, or the one of the verb it completes ("Holmes started running")."""
    for _ in range(MAX_CLIMB):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ != "xcomp":
            return subject
        verb = verb.head
    return None


def person(article: ParsedArticle, noun: Token) -> str:
    """A name with its given names ("Bharrat Ramdehol"), or the common noun ("man")."""
    start = noun.i
    while (
        start > 0 and noun.doc[start - 1].dep_ == "compound" and noun.doc[start - 1].pos_ == "PROPN"
    ):
        start -= 1
    first = noun.doc[start]
    return article.original(first.idx, noun.idx + len(noun))
