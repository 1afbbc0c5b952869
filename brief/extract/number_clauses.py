"""The clause around a number, as the parse gives it: a verb's subject and object, a noun's
possessor, the noun phrase a number's "what" is printed as, and the words written onto a number
("15-time", "$30m-a-year"). `brief.extract.number_what` and `brief.extract.number_places` read
a number's role through these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.extract.lexicon import SUBJECT_DEPS
from brief.extract.number_roles import person
from brief.extract.number_words import (
    TIME_UNITS,
)
from brief.parsed import ParsedArticle

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


NOUN_TAGS = {"NOUN", "PROPN"}
# The roles of a participle's own words that make it tell an act, not describe an object.
OWN_DEPS = frozenset({"nsubj", "nsubjpass", "mark", "dobj", "dative"})
# Words a number is hyphened to that say how many times: "15-time Grammy winner".
MULTIPLIERS = frozenset({"time", "times", "fold"})
# Adjectives that name a different measure, so they stay with the noun: "net debt".
MEASURE_MODIFIERS = frozenset(
    "net gross operating underlying annual quarterly total average median core".split()
)
# Nouns after a number that are part of its unit, not what it counts.
UNIT_NOUNS = frozenset(TIME_UNITS) | frozenset("per cent percent percentage old worth".split())


def verb_subject(verb: Token, *, named: bool = False, participle: bool = True) -> Token | None:
    """The verb's subject when it is a common noun, or any noun when `named` (whoever finished
    third is "Monbeg Dude"). A verb with no subject of its own takes the one of the verb that
    controls it: "Thailand's economy is expected to grow by 5.7%" -> economy, "the Italians,
    despite losing 28-17, ..." -> Italians, "revenue tripled, exceeding $86m" -> revenue."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and is_possessor(child):
            return _possessed(child)
        if child.dep_ in SUBJECT_DEPS:
            # A sentence's first word may be tagged a name only for its capital: "Turnout was".
            first = child.i == child.sent.start
            common = child.pos_ == "NOUN" or (child.pos_ == "PROPN" and (named or first))
            return child if common else None
    if _shares_subject(verb, participle=participle):
        return verb_subject(verb.head, named=named)
    preposition = verb.head
    if (
        verb.dep_ == "pcomp"
        and preposition.pos_ in {"ADP", "SCONJ"}
        and preposition.head.pos_ == "VERB"
    ):
        return verb_subject(preposition.head, named=named)  # "by beating Roddick", "despite losing"
    return _infinitive_relative_subject(verb, named=named)


def verb_object(verb: Token) -> Token | None:
    """A verb's direct object when it is a common noun: "received help", not "sold it"."""
    for child in verb.children:
        if child.dep_ == "dobj":
            return child if child.pos_ == "NOUN" else None
    return None


def passive_subject(verb: Token) -> Token | None:
    """What was done to, when the verb is passive and says it with a common noun: "the stake
    would be reduced" -> stake."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and subject.pos_ == "NOUN" else None


def intransitive_subject(verb: Token) -> Token | None:
    """The subject of a verb that takes no object nor clause, when it is a common noun: "rates
    will stay at 4.75%" -> rates (not "cut it by 5%", nor "the lender said prices rose 15.1%,
    but by only 2.8%")."""
    taken = {"dobj", "dative", "nsubjpass", "ccomp", "xcomp"}
    if any(child.dep_ in taken for child in verb.children) or _bare_base(verb):
        return None
    return verb_subject(verb)


def described_object(verb: Token) -> Token | None:
    """The object a participle with no object of its own, set off after it, describes: "Mexico
    slapped retaliatory tariffs, ranging from 5 percent to 25 percent" -> tariffs (not Mexico,
    whom "ranging" would be of if the verb before had no object)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < verb.head.i:
        return None
    # A participle with an object or subject of its own tells an act ("led the way, dropping
    # $2.5 million on ads"; "led the list, finishing three tenths behind").
    if any(child.dep_ in OWN_DEPS for child in verb.children):
        return None
    described = verb_object(verb.head)
    if described is None:
        return None
    end = max(token.i for token in described.subtree)
    set_off = end + 2 == verb.i and verb.doc[end + 1].text == ","
    return described if set_off else None


def other_side(verb: Token, through: Token) -> bool:
    """The "to" share of a verb that takes no level yet has a "by" share before it is the other
    side's: "Trump leads by 57 percent to 33 percent" (a rise is told by "rises by 2% to 5%",
    whose verb is one of level)."""
    by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if through.lower_ != "to" or by is None or by.i > through.i:
        return False
    return any(t.like_num for t in by.subtree)


def in_object(noun: Token) -> Token | None:
    """ "a rise in sales" -> sales."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "of", "on"}:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.pos_ == "NOUN":
                    return grandchild
    return None


def named_object(token: Token) -> bool:
    """A verb's object that is a noun or a name, not a number's own word (the "m" of "$86m")."""
    noun = token.dep_ in {"dobj", "dative"} and token.pos_ in NOUN_TAGS
    return noun and not has_figures(token) and not joined_to_number(token)


def is_possessor(token: Token) -> bool:
    """The token carries a possessive "'s": "Razorlight's"."""
    return any(child.dep_ == "case" for child in token.children)


def _possessed(possessor: Token) -> Token | None:
    """What a subject the parse gave a possessive "'s" owns: the common noun that ends its
    phrase ("His campaign's and his political action committee's coffers" -> coffers), else
    the possessor, whose phrase `noun_phrase` then reads whole ("Razorlight's Up All Night",
    a title the parse hung from its owner; "Sanders' was 695.49")."""
    last = max(possessor.subtree, key=lambda token: token.i)
    return last if last.i > possessor.i and last.pos_ == "NOUN" else possessor


def _infinitive_relative_subject(verb: Token, *, named: bool) -> Token | None:
    """An infinitive that qualifies a noun has that noun for subject ("the first man to defend
    the title"), and a noun a copula gives its subject is that subject ("Carlos Moya became the
    first man to defend the title by beating Srichaphan 3-6 6-4" -> Carlos Moya)."""
    infinitive = any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children)
    noun = verb.head
    if verb.dep_ != "relcl" or not infinitive or noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "attr" and noun.head.pos_ in {"VERB", "AUX"}:
        return verb_subject(noun.head, named=named)
    return noun


def _shares_subject(verb: Token, *, participle: bool = True) -> bool:
    """A verb with no subject of its own whose subject is its head's: a complement ("is
    expected to grow"), a second verb of the same subject ("grabbed the break and served
    out"), an infinitive of purpose ("fought back brilliantly to win") or a participle that
    goes on with what its head did ("revenue nearly tripled, exceeding $86m"; not one with a
    conjunction of its own, "while falling", nor one with an object a result may be told of,
    "leaving Spain 2-1 ahead")."""
    if verb.head.pos_ not in {"VERB", "AUX"} or verb.head.i == verb.i:
        return False
    infinitive = any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children)
    participle = (
        participle
        and verb.tag_ == "VBG"
        and not any(child.dep_ == "mark" or named_object(child) for child in verb.children)
    )
    return (
        verb.dep_ == "xcomp"
        or (verb.dep_ == "conj" and _right_after_conjunction(verb))
        or (verb.dep_ == "advcl" and (infinitive or participle))
    )


def _right_after_conjunction(verb: Token) -> bool:
    """A second verb that follows its "and" with at most adverbs and auxiliaries between
    ("and served out", "but has since recovered"): its subject is the first verb's. A noun
    between ("and the number of new viruses grew") is a subject of its own, whatever the parse
    says."""
    position = verb.i - 1
    while position > verb.head.i and verb.doc[position].pos_ in {"ADV", "AUX", "PART"}:
        position -= 1
    return position > verb.head.i and verb.doc[position].dep_ == "cc"


def _bare_base(verb: Token) -> bool:
    """A verb in its base form with no auxiliary: in news, mostly a noun the model took for a
    verb ("a management buyout at 300p")."""
    return verb.tag_ == "VB" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def name_or_noun(article: ParsedArticle, token: Token, span: Span) -> str:
    """A name with its given names ("Mariano Puerta", not "card Mariano Puerta"), or a common
    noun with its compounds."""
    named = token.pos_ == "PROPN" and not is_possessor(token)
    return person(article, token) if named else noun_phrase(article, token, span)


def noun_phrase(article: ParsedArticle, noun: Token, span: Span) -> str:
    """The noun with its noun compounds and hyphenated modifiers, never the number's own words;
    a subject that possesses a name the parse hung from it, whole ("Razorlight's Up All Night";
    not "the two candidates' positions", whose possessor is counted)."""
    first = article.doc[phrase_start(article, noun, span)]
    last = max(noun.subtree, key=lambda token: token.i)
    owned = is_possessor(noun) and noun.dep_ in SUBJECT_DEPS and last.pos_ == "PROPN"
    last = last if owned and last.i > noun.i + 1 else noun
    return article.original(first.idx, last.idx + len(last))


def phrase_start(article: ParsedArticle, noun: Token, span: Span) -> int:
    """Where `noun_phrase` starts: the first of the noun's compounds and hyphenated
    modifiers after the number's own words."""
    doc = article.doc
    start = noun.i
    bound = span.end if noun.i >= span.end else noun.sent.start
    while start - 1 >= bound:
        previous = doc[start - 1]
        joined = not previous.whitespace_ and not doc[start - 2].whitespace_
        if previous.text == "-" and start - 2 >= bound and doc[start - 2].is_alpha and joined:
            start -= 2  # "pre-tax profit", not "the relay team - Jason Gardener"
        elif (
            previous.is_alpha
            and not joined_to_number(previous)
            and not _multiplier(previous, span)
            and not _other_figure_unit(previous, span)
            and previous.head.i >= start
            and previous.lower_ not in UNIT_NOUNS
            and (
                previous.dep_ == "compound"
                or previous.lower_ in MEASURE_MODIFIERS
                or (start - 2 >= bound and doc[start - 2].text == "-")
            )
        ):
            start -= 1
        else:
            break
    return start


def is_common(token: Token) -> bool:
    """A proper name after a number is rarely what it counts ("15 Downing Street")."""
    return token.pos_ == "NOUN" or token.text.islower() or token.tag_ == "NNPS"


def joined_to_number(token: Token) -> bool:
    """A word written onto a number: the "m" of "$17m"."""
    return token.i > 0 and token.nbor(-1).like_num and not token.nbor(-1).whitespace_


def hyphened_to_number(token: Token) -> bool:
    """A word hyphened onto a number: the "seater" of "60,000-seater", the "time" of "15-time"."""
    hyphen = token.doc[token.i - 1] if token.i > 1 else None
    joined = hyphen is not None and hyphen.text == "-" and not hyphen.whitespace_
    return joined and token.doc[token.i - 2].like_num


def _other_figure_unit(token: Token, span: Span) -> bool:
    """A word hyphened onto the digits of another figure: that figure's unit, never part of
    the noun this number counts ("more than $100 million on a 20-mile line" pays for a line;
    the number's own stays, "a 95-page report", and so does a word number's compound, "a
    one-time payment")."""
    number = token.doc[token.i - 2] if token.i > 1 else token
    other = not span.start <= number.i < span.end
    return other and hyphened_to_number(token) and any(c.isdigit() for c in number.text)


def _multiplier(token: Token, span: Span) -> bool:
    """The "time" of "15-time": how many times, the number's own word, never what it counts
    (another number's "one-time payment" keeps it)."""
    return token.lower_ in MULTIPLIERS and hyphened_to_number(token) and token.i == span.end + 1


def has_figures(token: Token) -> bool:
    """A number, in words or in figures, whatever is written onto it: "1.6bn", "£2.31m"."""
    return token.like_num or any(c.isdigit() for c in token.text)


def hyphenated(token: Token) -> bool:
    """A word joined to the next by a hyphen: the "file" of "file-sharing"."""
    after = token.i + 1
    return after < len(token.doc) and token.doc[after].text == "-" and not token.whitespace_
