"""What a score, rank or ordinal places: the noun it qualifies ("a 1-1 Premier League draw"),
the name it places ("fourth-placed Valencia"), or whoever finished so ("the horse finished
third", "the home side won 2-0").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.extract.lexicon import SUBJECT_DEPS
from brief.extract.number_checks import RANK_AFTER
from brief.extract.number_clauses import (
    NOUN_TAGS,
    hyphenated,
    is_possessor,
    name_or_noun,
    named_object,
    noun_phrase,
    phrase_start,
    verb_subject,
)
from brief.extract.number_roles import person
from brief.extract.number_what import MAX_NOUN_CLIMB, noun_above, noun_after
from brief.parsed import ParsedArticle

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Words after a score that say where a side stands: "leaving Spain 2-1 ahead".
STANDING_WORDS = frozenset("ahead behind up down clear".split())
# Nouns of a place a rank names, and the prepositions that put something there: "moved from
# number eight to number one", "opened at number two", "finished in second place".
PLACE_NOUNS = frozenset("number place position spot".split())
PLACE_PREPOSITIONS = frozenset("from to at in".split())


def ranked(article: ParsedArticle, span: Span, kind: str) -> str | None:
    """What a score, rank or ordinal qualifies: the noun after it ("a 1-1 Premier League
    draw", "his 500th appearance"; not "14th place"), the name it places ("fourth-placed
    Valencia") or whoever finished so ("the horse finished third", "the home side won 2-0").
    A score a verb sets something to measures that: "cut Ireland's lead to 5-3" -> lead."""
    noun = noun_after(span) or _qualified_noun(span)
    if noun is not None and noun.lower_ not in RANK_AFTER:
        return noun_phrase(article, noun, span) if noun.pos_ == "NOUN" else person(article, noun)
    # The word that attaches the phrase to the sentence: "2" of "2-1" ("2 - 1" in the parse).
    exit_ = next((t for t in span if not span.start <= t.head.i < span.end), span[-1])
    verb = exit_.head
    # A score a verb takes as its object is the result of its subject: "Hewitt ... served out
    # to win 6-3 6-2" -> Hewitt, as "the home side won 2-0".
    finished = exit_.dep_ in {"advmod", "npadvmod", "oprd", "acomp", "attr"}
    won = kind == "score" and exit_.dep_ == "dobj"
    # A score or rank a copula gives is its subject's: "The Falcons were 22-6 down".
    stood = verb.pos_ == "AUX" and kind != "ordinal"
    ahead = _left_ahead(span)
    if ahead is not None:
        return name_or_noun(article, ahead, span)  # "leaving Spain 2-1 ahead"
    if (finished or won) and (verb.pos_ == "VERB" or stood):
        # A participle goes on with its head's subject for a score ("Burnley have had two
        # outings, drawing 1-1"), not for a place ("lines up 11th, missing out ..., with
        # Kvyat 12th", where the parse hangs the place on the participle).
        subject = verb_subject(verb, named=True, participle=kind == "score")
        if subject is None:
            return None
        return (
            _sides(article, subject, span)
            if kind == "score"
            else noun_phrase(article, subject, span)
        )
    if kind == "score":
        level = noun_above(span)
        if level is not None and level.is_alpha:
            return noun_phrase(article, level, span)
        winner = _beaten_by(exit_)
        return noun_phrase(article, winner, span) if winner is not None else None
    return _placed(article, span, exit_)


def _left_ahead(span: Span) -> Token | None:
    """The side a score between a verb's object and a word of standing is of: "leaving Spain 2-1
    ahead", "put United 2-0 up" -> the object, not the verb's subject."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc) or doc[span.end].lower_ not in STANDING_WORDS:
        return None
    side = doc[span.start - 1]
    return side if side.dep_ == "dobj" and side.pos_ in NOUN_TAGS else None


def _placed(article: ParsedArticle, span: Span, exit_: Token) -> str | None:
    """What is put at a place a rank names, after a preposition with no article ("from number
    eight to number one", "at number two", "in second place"; not "in the first place"): the
    noun the place hangs from ("Kimi Raikkonen down in sixth place"), else the verb's named
    object ("includes the Sony Walkman at number three"), else its subject when only adverbs,
    a counted or common object or where it came from stand between ("the debut album moved
    up seven places from number eight" -> debut album, "Constantine, which opened at number
    two" -> Constantine)."""
    place = exit_.head
    if place.lemma_.lower() not in PLACE_NOUNS or abs(place.i - exit_.i) != 1:
        return None
    first = min(place.i, span.start)
    if first == 0 or span.doc[first - 1].lower_ not in PLACE_PREPOSITIONS:
        return None
    preposition = span.doc[first - 1]
    holder = _place_holder(place)
    if holder is None or holder.i > preposition.i:
        return None
    if holder.pos_ in NOUN_TAGS:
        beside = _nothing_between(holder, preposition)  # "Kimi Raikkonen down in sixth place"
        return name_or_noun(article, holder, span) if beside else None
    placed = next((c for c in holder.children if named_object(c) and c.pos_ == "PROPN"), None)
    if placed is not None and is_possessor(placed):
        return None  # "pushed Eminem's Like Toy Soldiers": the parse lost what is placed
    if placed is not None and not _nothing_between(placed, preposition):
        return None  # "pair Felipe Massa and Valtteri Bottas, with Kimi Raikkonen down in"
    if placed is None and _nothing_between(holder, preposition):
        placed = verb_subject(holder, named=True, participle=False)
        relative = holder.dep_ == "relcl" and any(
            c.dep_ in SUBJECT_DEPS and c.tag_ in {"WDT", "WP"} for c in holder.children
        )
        placed = holder.head if relative and holder.head.pos_ in NOUN_TAGS else placed
    return None if placed is None else name_or_noun(article, placed, span)


def _place_holder(place: Token) -> Token | None:
    """The noun or verb a place hangs from, through prepositions and adverbs: "Raikkonen
    (down (in (sixth place)))", "moved (from (number eight))"."""
    token = place
    for _ in range(MAX_NOUN_CLIMB):
        head = token.head
        if head.i == token.i:
            return None
        if head.pos_ in NOUN_TAGS | {"VERB", "AUX"}:
            return head
        token = head
    return None


def _nothing_between(verb: Token, preposition: Token) -> bool:
    """Only adverbs, particles, a counted object ("moved up seven places"), a common noun for
    object ("entered the chart at number two") or where it moved from ("from number eight to
    number one") stand between a verb (or a noun) and a preposition after it."""
    counted = {
        t.i
        for c in verb.children
        if (c.dep_ == "dobj" and c.pos_ == "NOUN") or (c.dep_ == "prep" and c.lower_ == "from")
        for t in c.subtree
    }
    between = verb.doc[verb.i + 1 : preposition.i]
    return all(t.pos_ in {"ADV", "PART"} or t.dep_ == "prt" or t.i in counted for t in between)


def _sides(article: ParsedArticle, subject: Token, span: Span) -> str:
    """Whose a score is: the subject with the sides joined to it, since a result of both is
    neither's alone ("Armenia and Portugal drew 0-0" -> Armenia and Portugal)."""
    joined = [child for child in subject.children if child.dep_ == "conj" and child.i > subject.i]
    if not joined:
        return name_or_noun(article, subject, span)
    last = joined[-1]
    between = subject.doc[subject.i + 1 : last.i]
    if not all(t.pos_ in NOUN_TAGS | {"CCONJ"} or t.text == "," for t in between):
        return name_or_noun(article, subject, span)  # sides listed next to each other only
    first = article.doc[phrase_start(article, subject, span)]
    return article.original(first.idx, last.idx + len(last))


def _beaten_by(exit_: Token) -> Token | None:
    """Who won a score the parse hangs on the beaten side: "Moya beat Roddick 6-2" -> Moya
    ("6" a modifier of "Roddick", the verb's object or its preposition's)."""
    side = exit_.head
    if exit_.dep_ != "nummod" or side.pos_ != "PROPN":
        return None
    while side.dep_ in {"conj", "appos"} and side.head.pos_ in NOUN_TAGS:
        side = side.head  # "Ferrero and Tommy Robredo 6-0": the first of the beaten
    verb = side.head.head if side.dep_ == "pobj" else side.head
    if side.dep_ not in {"dobj", "pobj"} or verb.pos_ != "VERB":
        return None
    return verb_subject(verb, named=True)


def _qualified_noun(span: Span) -> Token | None:
    """The noun a score or rank modifies past other modifiers: "1-1 Premier League draw"."""
    doc = span.doc
    for token in doc[span.end : min(span.end + 4, len(doc))]:
        if token.dep_ in {"compound", "amod", "nmod"} or token.text == "-":
            continue
        # Through a word hyphened onto the number: "fourth-placed Valencia".
        head_of_span = any(
            token.i == t.head.i or (token.i == t.head.head.i and hyphenated(t)) for t in span
        )
        named = token.pos_ == "PROPN" and head_of_span  # "fourth-placed Valencia"
        return token if token.pos_ == "NOUN" or named else None
    return None
