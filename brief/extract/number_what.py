"""What a number counts, from the parse: the noun it quantifies ("91 drones" -> drones, "a
pre-tax profit of £75m" -> pre-tax profit), the subject whose level it gives ("Sales rose 27%"
-> Sales), the period it frames or lasts ("over the next five years" -> the verb), and the verb
that makes, pays or owes a sum with no noun naming it ("Jugnot made 5.45m euros" -> made).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from brief.extract.lexicon import SUBJECT_DEPS
from brief.extract.number_clauses import (
    NOUN_TAGS,
    UNIT_NOUNS,
    described_object,
    has_figures,
    hyphenated,
    hyphened_to_number,
    in_object,
    intransitive_subject,
    is_common,
    joined_to_number,
    name_or_noun,
    noun_phrase,
    other_side,
    passive_subject,
    verb_object,
    verb_subject,
)
from brief.extract.number_parsing import Quantity
from brief.extract.number_words import (
    CHANGE_NOUNS,
    CURRENCY_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    QUANTIFIERS,
    TIME_UNITS,
)
from brief.extract.quantities import NAME_LABELS
from brief.parsed import ParsedArticle
from brief.records import Number

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Verbs whose subject is what a number measures: "Sales rose 27%", "The toll is 50".
LEVEL_VERBS = frozenset(
    """be rise fall grow increase decrease climb jump drop decline slip slide gain lose reach
    total stand hit top double treble triple halve surge soar plunge tumble dip ease edge rally
    shrink expand sink slump buy purchase acquire come amount fetch cost sell price trade measure weigh close open finish
    settle average swell touch near exceed surpass""".split()
)
# Words of change that say a level moved: "went up to 5.5%", "sent shares down 1.2%".
CHANGE_WORDS = frozenset({"up", "down"})
# Prepositions that give the level a verb sets something to or changes it by: "raised the limit
# from 49% to 74%", "cut its workforce by 500", "valued the firm at $3bn", "the stake would be
# reduced to 50%", "took his goal tally past 150". Through them any verb says what the number measures: its object, or the
# subject it was done to.
LEVEL_PREPOSITIONS = frozenset("to by at from past".split())
# Prepositions that set a noun at a level: "a price tag under £80,000", "rates at 4.75%".
NOUN_LEVEL_PREPOSITIONS = frozenset("at under over above below around near".split())
# Units of a distance a verb of motion covers: "landed 17.30m", "travelled 300 miles".
DISTANCE_UNITS = frozenset("km mile m ft".split())
# The roles of a word that stands as a noun phrase: "for the 150,000 dead".
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
# Nouns of time after "in": "$4.9 billion in the quarter" is not quarter's worth.
PERIOD_NOUNS = frozenset(TIME_UNITS) | frozenset(
    "quarter quarters period half term season date".split()
)
# Nouns of sort that stand for the noun after their "of": "spent $1m on all manner of
# knickknacks" pays for knickknacks.
SORT_NOUNS = frozenset("manner kind sort type variety range".split())
# Marks that set a number off as the amount of the noun before it: "revenues - £160m -". Not a
# comma: "one vote for Marco Rubio, 13 for Ted Cruz", "Clinton leads Sanders, 1,428 to 1,153".
SETTING_OFF = frozenset({"(", "-", "–", "—"})
# Words written onto a number with a hyphen that only bound it: "28,000-plus crowds", "the
# 80-odd resorts"; the noun after them is what the number counts.
BOUND_SUFFIXES = frozenset({"plus", "odd"})
# Prepositions after money a verb takes as its object that say what it pays for or whom it
# goes to: "paid £27m for the forward" (as "bought the forward for £27m" is the forward's
# price), "spent $1.2m on digital ads", "agreed to pay $1.1bn to victims".
PURPOSE_PREPOSITIONS = frozenset({"for", "on", "to"})
# How many heads a number climbs in the parse to reach the noun it measures.
MAX_NOUN_CLIMB = 4
# Nouns that stand between a number and what it measures: "rose by an average of 4.2%".
TRANSPARENT_NOUNS = frozenset("average total sum maximum minimum peak record".split())
# Nouns of a frame that only gives a number its shape: "help in the form of 15 million euros"
# is help, "to the tune of $5m", "in the region of 300" measure the noun the frame hangs from.
FRAME_NOUNS = frozenset("form tune region order amount shape excess vicinity".split())
# Nouns that only say "how many" of the noun after "of": "the number of jobs rose by 128,000"
# counts jobs; without it or a modifier ("passenger numbers") they say nothing ("brought the
# total to 16.8 million").
COUNT_NOUNS = frozenset("number amount total sum average".split())
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Verbs of state: a period does not frame them ("during her first two years, Ms. Yellen seems
# to have kept ...", "accounts for 40% of the advertising over the next two months").
STATE_VERBS = frozenset("seem appear tend account consist comprise contain belong equal".split())
# Verbs too light to say what lasts: "it was there for two years", "took it for a week".
LIGHT_VERBS = frozenset("be have do get take make go come keep stay remain last wait".split())
# Nouns of a moment in a span: "the end of these three weeks" counts no "end", "in six
# months' time" no "time".
POSITION_NOUNS = frozenset("end start beginning middle rest course remainder space time".split())
# Words that place a period next to the time of telling: "over the next five years", "in the
# last three months". Such a period is the time frame of the verb it hangs from.
RELATIVE_PERIOD = frozenset("next last past coming previous following first".split())
# Verbs whose money object is no sum spent, made or owed: a level its subject reaches
# ("exceeding $86m"; the verbs of level, `LEVEL_VERBS`), or a state ("has $5m in cash").
# "get" says only that money came ("The museum got 15 million euros from a donor").
NOT_SPENDING = LEVEL_VERBS | frozenset("be have get mean start pass beat match".split())
# Prepositions that give the span a verb lasts or goes on over: "suspended for two years",
# "married 10 men over 11 years" (not "in two years", a moment, nor "within", a deadline).
LASTING_PREPOSITIONS = frozenset({"for", "over", "during", "throughout"})
# Prepositions that place a noun in a sequence, where an ordinal names no record: "knocked out
# in the fifth round", "heading into the first debate in 10 days".
SEQUENCE_PREPOSITIONS = frozenset("in at on during into to".split())
# Prepositions that give the span a record is told over: "the fastest rate in seven years",
# "the most significant development for 20 years".
RECORD_PREPOSITIONS = frozenset({"in", "for"})
# Prepositions that put an event inside such a period; "after the first 30 minutes" is a moment.
PERIOD_PREPOSITIONS = frozenset("over in during within across throughout".split())
# Kinds of number whose unit says which measure they give: money, a share, a measure.
MEASURED_KINDS = frozenset({"money", "percent", "measure"})


def what_counted(article: ParsedArticle, span: Span, quantity: Quantity) -> str | None:
    """The noun the number quantifies, as the article writes it."""
    # The model's token may run past the phrase ("£250m." read as "m.", "£227bn;331bn"):
    # then the words after it belong to something else.
    cut = any(not c.isalnum() for c in article.layout.text[quantity.end : span.end_char])
    after = None if cut else noun_after(span) or _of_noun_after(span) or _noun_beside(span)
    if after is None and not cut and quantity.kind == "money":
        after = _in_noun_after(span)
    noun = after or noun_above(
        span,
        level=quantity.kind not in {"duration", "age"},
        measured=quantity.kind in MEASURED_KINDS,
    )
    if noun is None and not cut and quantity.kind == "money":
        noun = _paid_for(span)
    if noun is not None and quantity.kind == "duration" and noun.lower_ in TIME_UNITS:
        noun = None  # "the first three months of the year": part of a longer period
    if noun is None and quantity.kind == "duration":
        return _period_of(article, span) or _lasting(article, span)
    if noun is None and quantity.unit in DISTANCE_UNITS:
        covered = _covered_by(span)
        return None if covered is None else name_or_noun(article, covered, span)
    if noun is None or not _wordlike(noun) or noun.lower_ in NUMBER_WORDS | QUANTIFIERS:
        return None  # "None of the hundreds" counts no "None"
    if noun.lower_ in UNIT_NOUNS or noun.lemma_.lower() in POSITION_NOUNS:
        return None  # "the 7-day rose from 43": a unit; "the end of three weeks": a moment
    lemma = noun.lemma_.lower()
    if lemma in CHANGE_NOUNS | COUNT_NOUNS:
        target = in_object(noun)
        if target is not None and target.is_alpha and not span.start <= target.i < span.end:
            noun = target  # "a 4% rise in sales" counts sales; "growth of 3%" is growth
        elif lemma not in CHANGE_NOUNS and not any(c.dep_ in MODIFIER_DEPS for c in noun.children):
            return None  # "brought the total to 16.8 million": of what, it does not say
    return noun_phrase(article, noun, span)


def with_spending(article: ParsedArticle, numbers: list[Number]) -> list[Number]:
    """Money that still says what it is of nothing takes the verb that makes, pays or owes it
    (`_spent_by`). After the ellipses are read: another sum in the sentence is no other value
    of that act ("raised $11.9m ... despite burning through $17.5m")."""
    resolved = []
    for number in numbers:
        if number.what is None and number.kind == "money":
            first = article.token_at(number.start)
            span = article.doc[first : article.token_at(number.end - 1) + 1]
            cut = any(not c.isalnum() for c in article.layout.text[number.end : span.end_char])
            spending = None if cut else _spent_by(span)
            if spending is not None:
                number = replace(number, what=_verb_text(article, spending, span[0]))
        resolved.append(number)
    return resolved


def noun_after(span: Span) -> Token | None:
    """ "91 drones", "30-50 year security guarantees", "two dozen countries"."""
    doc = span.doc
    first = _past_conversion(span)
    position = first
    common: Token | None = None
    # A number hyphened onto a word ("15-time") starts a compound that may qualify a name.
    compound = first < len(doc) and doc[first].text == "-" and not doc[first - 1].whitespace_
    limit = first + 4  # words; a hyphen or a coordination does not count
    while position < len(doc) and position < limit:
        token = doc[position]
        if token.sent.start != span.sent.start:
            return None
        if _inside_a_name(token) and position > first:
            position = _name_end(doc, position)  # "Five Bank of America subsidiaries"
            limit = position + 1
            continue
        if token.is_alpha and not token.like_num and hyphenated(token):
            position += 2  # "two file-sharing networks": a hyphenated word modifies the noun
            continue
        if _coordinated(token, span):
            position, limit = position + 1, limit + 1  # "his 20th and final trophy"
            continue
        if token.pos_ == "ADJ" and token.dep_ in NOMINAL_DEPS and _counted_by(token, span):
            return token  # "the estimated 150,000 dead": an adjective standing as a noun
        if token.pos_ in NOUN_TAGS and token.lower_ not in UNIT_NOUNS:
            if token.dep_ in {"compound", "nmod", "amod"} and token.head.i > token.i:
                if is_common(token) and not hyphened_to_number(token) and compound:
                    common = token  # "15-time Grammy winner Alicia Keys": the winner
                given_name = compound and token.pos_ == "PROPN" and token.head.pos_ == "PROPN"
                position, limit = position + 1, limit + given_name  # a name is one word
                continue
            linked = any(t.head.i == token.i or t.head.head.i == token.i for t in span)
            # A plural noun right after the number counts it even when the parse disagrees.
            modifiers_only = all(first <= t.head.i <= position for t in doc[first:position])
            plural = token.tag_ in {"NNS", "NNPS"}
            adjacent = modifiers_only and ((plural and position == first) or first > span.end)
            if not (linked or adjacent):
                if token.dep_ == "poss" and token.pos_ == "NOUN" and token.head.i > token.i:
                    position += 1  # "two US critics' associations": a possessor qualifies
                    continue
                return None
            # A name the number's nouns qualify: the last common noun before it says what.
            return token if is_common(token) else common
        if token.dep_ in {"amod", "compound"}:
            position += 1  # "four burly Swedish cops"
            continue
        if token.text == "-":
            position, limit = position + 1, limit + 1  # "30-50 year", "15-time winner"
            continue
        if token.lower_ in UNIT_NOUNS or token.tag_ == "POS":
            position += 1  # "six months' imprisonment"
            continue
        if token.like_num and position > first and doc[position - 1].pos_ == "PROPN":
            position += 1  # "20 Boeing 737 jets": the model number is part of a name
            continue
        if _joins_modifiers(token, first, position):
            position, limit = position + 1, limit + 1  # "2,000 business and political leaders"
            continue
        return None
    return None


def noun_above(span: Span, *, level: bool = True, measured: bool = False) -> Token | None:
    """Climb the parse: "a profit of £75m" -> profit; "Sales rose 27% to $3.36bn" -> Sales.

    Every token that attaches the number to the sentence is tried ("$10m" may hang from "of"
    by its digits and from the noun by its "m").
    """
    exits = [token for token in span if not span.start <= token.head.i < span.end]
    for token in sorted(exits, key=lambda token: token.i):
        noun = _climb(span, token, level=level, measured=measured)
        if noun is not None:
            return noun
    return None


def _covered_by(span: Span) -> Token | None:
    """Who or what covers a distance a verb takes as its only object: "Idowu landed 17.30m" ->
    Idowu, "the car travelled 300 miles" -> car (a distance is how far its subject went)."""
    exit_ = next((t for t in span if not span.start <= t.head.i < span.end), None)
    if exit_ is None or exit_.dep_ not in {"dobj", "npadvmod"}:
        return None
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is not None and following.pos_ in {"NOUN", "CCONJ"}:
        return None  # "for taking 800m and 1,500m gold": a race's name, not a distance gone
    verb = exit_.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in LEVEL_VERBS:
        return None
    if any(c.dep_ in {"dobj", "dative"} and c.i != exit_.i for c in verb.children):
        return None
    return verb_subject(verb, named=True)


def _period_of(article: ParsedArticle, span: Span) -> str | None:
    """What a duration is the period of, when a noun says it: a record it is the span of ("the
    fastest rate in seven years", "their best performance in two decades", "the first time
    in 77 years", "a seven-month high"), or the noun its "for" hangs from ("a £446m loss for
    the first three months")."""
    last = span[-1]
    after = last.head
    hyphened = last.i > span.start and span.doc[last.i - 1].text == "-"
    heads = after.dep_ not in MODIFIER_DEPS  # not "a 34-year state Sen."
    if (
        hyphened
        and heads
        and after.i == span.end
        and after.pos_ in {"ADJ", "NOUN"}
        and after.is_alpha
    ):
        return article.original(after.idx, after.idx + len(after))  # "a seven-month high"
    preposition = last.head if last.dep_ == "pobj" else None
    if preposition is None or preposition.lower_ not in RECORD_PREPOSITIONS:
        return None
    for noun in reversed(preposition.doc[preposition.head.i : preposition.i]):
        record = _record_start(noun)
        if record is not None and preposition.head in [noun, *noun.ancestors]:
            return article.original(record.idx, noun.idx + len(noun))
    noun = preposition.head
    if preposition.lower_ == "for" and _told_for_a_period(noun):
        return noun_phrase(article, noun, span)
    return None


def _told_for_a_period(noun: Token) -> bool:
    """A common noun a "for" of a period says is told for that period: a subject ("the
    cumulative deficit for the first eleven months stands at ..."), the object of a light
    verb ("had an operating loss for the three months"), or a figure an amount qualifies ("a
    £446million loss for the first three months"); not the object of a verb of its own,
    which the period frames ("ignore facts for two hours")."""
    if noun.pos_ != "NOUN" or noun.lower_ in PERIOD_NOUNS:
        return False
    light = noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS
    # A noun an amount of money or a share qualifies is a figure told for the period: "lurched
    # to a £446million loss for the first three months".
    before = noun.doc[noun.left_edge.i : noun.i]
    figure = any(token.ent_type_ in {"MONEY", "PERCENT"} for token in before)
    return light or figure or noun.dep_ in SUBJECT_DEPS


def _record_start(noun: Token) -> Token | None:
    """The first word of a record a common noun names: "fastest" of "the fastest rate", "most"
    of "the most significant development", "first" of "the first time"; None when it names
    none, or an ordinal places it in a sequence ("knocked out in the fifth round")."""
    if noun.pos_ != "NOUN":
        return None
    for modifier in noun.children:
        if modifier.dep_ != "amod" or modifier.i > noun.i:
            continue
        most = [c for c in modifier.children if c.tag_ == "RBS"]
        if most:
            return most[0]
        if modifier.tag_ == "JJS":
            return modifier
        placed = noun.dep_ == "pobj" and noun.head.lower_ in SEQUENCE_PREPOSITIONS
        if modifier.lower_ in ORDINAL_WORDS and not placed:
            return modifier
    return None


def _wordlike(token: Token) -> bool:
    """A word, or words the model keeps as one token with a hyphen: "over-55s"."""
    return token.is_alpha or re.fullmatch(r"[^\W\d_]+(-\w+)+", token.text) is not None


def _lasting(article: ParsedArticle, span: Span) -> str | None:
    """What lasts a duration, when a verb says it: "suspended for two years" -> suspended,
    "married 10 men over 11 years" -> married; or
    what happens in it, when it is a period told from now: "could cut jobs over the next five
    years" -> cut, "exports picked up in the last three months" -> picked (not "in two
    years", a moment, nor "within 18 minutes")."""
    last = span[-1]
    preposition = last.head if last.dep_ == "pobj" else None
    lasting = preposition is not None and preposition.lower_ in LASTING_PREPOSITIONS
    if preposition is None or not (lasting or _relative_period(last)):
        return None
    verb = _unnegated(preposition.head)
    if verb.pos_ != "VERB" or verb.lemma_.lower() in LIGHT_VERBS or not verb.is_alpha:
        return None
    return None if _no_act(verb) else _verb_text(article, verb, preposition)


def _unnegated(verb: Token) -> Token:
    """The verb a period frames: past a verb "without" negates, which tells no act, to the verb
    "without" hangs from ("opened 2 million accounts without them knowing over five years" ->
    opened)."""
    without = verb.head
    if verb.dep_ == "pcomp" and without.lower_ == "without" and without.head.pos_ == "VERB":
        return without.head
    return verb


def _no_act(verb: Token) -> bool:
    """A verb of state, which tells no act a period could frame: "during her first two years,
    Ms. Yellen seems to have kept ...", "a super PAC accounts for 40% of the advertising over
    the next two months"."""
    return verb.lemma_.lower() in STATE_VERBS


def _spent_by(span: Span) -> Token | None:
    """The verb that makes, pays or owes money it takes as its object, when nothing names what
    the money is: "Jugnot made 5.45m euros" -> made, "agreed to pay a total of $515m" -> pay,
    "owes the Paris Club $48bn" -> owes. Not a verb of level, whose money is a level its
    subject reaches ("hit $100", "exceeding $86m"), nor "be" or "have"."""
    for token in span:
        if span.start <= token.head.i < span.end:
            continue
        relative = _raised_in_relative(token)
        if relative is not None:
            return None if relative.lemma_.lower() in NOT_SPENDING else relative
        holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
        if holder is not None and holder.lemma_.lower() in TRANSPARENT_NOUNS:
            token = holder  # "a total of $515m"
        verb = token.head
        if token.dep_ == "dobj" and verb.pos_ == "VERB" and verb.is_alpha:
            spends = verb.lemma_.lower() not in NOT_SPENDING and _only_object(verb, token)
            return verb if spends else None
    return None


def _raised_in_relative(money: Token) -> Token | None:
    """The verb of a relative clause that defines the money, whose object is the relative
    pronoun: "the $204,202 that Clinton has raised" -> raised (not one that comments on it:
    "$27, which he claimed as his ...")."""
    for clause in money.children:
        if clause.dep_ == "relcl" and clause.pos_ == "VERB" and clause.is_alpha:
            pronoun = next(
                (c for c in clause.children if c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"}), None
            )
            if pronoun is not None and pronoun.nbor(-1).text != ",":
                return clause
    return None


def _only_object(verb: Token, money: Token) -> bool:
    """The money is the verb's object: the verb has no relative pronoun for object ("the
    contribution that Pate made - all $2,700 worth" gives "made" its "that") and no clause the
    money would be the subject of ("records show the $204,202 ... is the most")."""
    relative = any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in verb.children)
    clause = any(
        c.dep_ == "ccomp" and c.i > money.i and not any(s.dep_ in SUBJECT_DEPS for s in c.children)
        for c in verb.children
    )
    return not relative and not clause


def _verb_text(article: ParsedArticle, verb: Token, phrase: Token) -> str:
    """A verb as the article writes it, with its particle: "picked up", not "picked"; not a
    word of the number's own phrase, `phrase` its first ("tripled over the last three years",
    "made over $60m")."""
    end = verb
    particle = verb.i + 1 < len(verb.doc) and verb.nbor().dep_ == "prt"
    if particle and verb.nbor().head == verb and verb.nbor().i < phrase.i:
        end = verb.nbor()
    return article.original(verb.idx, end.idx + len(end))


def _relative_period(period: Token) -> bool:
    """ "the next five years", "the last three months": a period told from now, under a
    preposition of a time frame."""
    told = any(c.dep_ == "amod" and c.lower_ in RELATIVE_PERIOD for c in period.children)
    return told and period.head.lower_ in PERIOD_PREPOSITIONS


def _counted_by(token: Token, span: Span) -> bool:
    """The number's phrase hangs from the token as its count, after "the": "the 2,977 dead"
    (not "won 7-5 much to the dismay", "only three shy of")."""
    counted = any(t.head.i == token.i and t.dep_ == "nummod" for t in span)
    return counted and span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _joins_modifiers(token: Token, first: int, position: int) -> bool:
    """A coordination of the modifiers between a number and its noun: the "and" and the
    "political" of "2,000 business and political leaders" (not another number: "six months'
    paid leave - and six unpaid")."""
    joined = first <= token.head.i < position
    return joined and token.dep_ in {"cc", "conj"} and token.pos_ in {"CCONJ", "ADJ"}


def _inside_a_name(token: Token) -> bool:
    """A small word inside a name the model finds: the "of" of "Bank of America" (not the
    "plus" of a number's "700-plus")."""
    inside = token.ent_iob_ == "I" and token.ent_type_ in NAME_LABELS
    return inside and token.pos_ in {"ADP", "DET", "CCONJ"}


def _name_end(doc: Doc, position: int) -> int:
    """Where the name that token `position` is inside of ends."""
    while position < len(doc) and doc[position].ent_iob_ == "I":
        position += 1
    return position


def _coordinated(token: Token, span: Span) -> bool:
    """A word of a coordination that joins a modifier to the number: the "and" and the
    "final" of "his 20th and final trophy" (the parse makes "final" the number's conjunct)."""
    joined = token.head.i if token.dep_ in {"cc", "conj"} else -1
    return span.start <= joined < span.end and token.pos_ in {"CCONJ", "ADJ"}


def _past_conversion(span: Span) -> int:
    """Where the words after a number start, past a bracketed conversion: "£7.5m ($14.6m) case".

    For the number inside the brackets, past its closing bracket.
    """
    doc = span.doc
    position = span.end
    bracketed = span.start > 0 and doc[span.start - 1].text == "("
    if bracketed and position < len(doc) and doc[position].text == ")":
        return position + 1
    if position < len(doc) and doc[position].text == "(":
        for end in range(position + 1, min(position + 8, len(doc))):
            if doc[end].text == ")":
                inside = doc[position + 1 : end]
                if any(has_figures(token) for token in inside):
                    return end + 1
                break
    return _past_bound(doc, position)


def _past_bound(doc: Doc, position: int) -> int:
    """Past a bound written onto the number: the "-plus" of "28,000-plus crowds"."""
    bound = position + 1
    if bound >= len(doc) or doc[position].text != "-" or doc[position - 1].whitespace_:
        return position
    written_on = doc[bound].lower_ in BOUND_SUFFIXES and not doc[position].whitespace_
    written_on = written_on and not hyphenated(doc[bound])  # "700-plus-page": a compound
    return bound + 1 if written_on else position


def _of_noun_after(span: Span) -> Token | None:
    """ "a third of voters", "15% of the workforce", "475 pounds (215.5 kilos) of cocaine",
    "£16.9bn worth of goods", "two-thirds of Britons" (a plural name is a group counted; so
    is a word in lower case the model took for a name: "69% of over-55s"),
    "half of 2,000 people" (the noun the number after "of" counts)."""
    doc = span.doc
    after = _past_conversion(span)
    quoted = span.start > 0 and doc[span.start - 1].is_quote
    if quoted and after < len(doc) and doc[after].is_quote:
        after += 1  # '"hundreds of millions" of pounds'
    if after < len(doc) and doc[after].lower_ == "worth":
        after += 1  # "£16.9bn worth of goods"
    if after + 1 < len(doc) and doc[after].lower_ == "of":
        objects = [child for child in doc[after].children if child.dep_ == "pobj"]
        if objects and objects[0].pos_ in NOUN_TAGS and is_common(objects[0]):
            return objects[0]
        number = doc[after + 1]
        if not objects and number.like_num and number.dep_ == "nummod":
            counted = number.head
            return counted if counted.pos_ == "NOUN" and counted.i > number.i else None
    return None


def _noun_beside(span: Span) -> Token | None:
    """The noun a number after "a" modifies when the parse sets it beside the number, after
    commas: "a $5 billion, ultimately unsuccessful, defamation lawsuit" -> lawsuit (not a
    conversion's unit: "an astonishing 6,000 metres (3.7 miles)")."""
    for token in span:
        if span.start <= token.head.i < span.end:
            continue
        indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
        beside = [c for c in token.children if c.dep_ == "appos" and c.i >= span.end]
        if indefinite and beside and beside[0].pos_ == "NOUN" and not _counted(beside[0]):
            return beside[0]
    return None


def _counted(noun: Token) -> bool:
    """A noun with a number of its own: "3.7 miles"."""
    return any(child.dep_ == "nummod" or has_figures(child) for child in noun.children)


def _in_noun_after(span: Span) -> Token | None:
    """ "$4.9 billion in quarterly profit", "$2bn in aid", "200 million yen ($1.8 million) in
    fines": what money is, after "in"."""
    doc = span.doc
    after = _past_conversion(span)
    if after >= len(doc) or doc[after].lower_ != "in":
        return None
    objects = [child for child in doc[after].children if child.dep_ == "pobj"]
    if objects and objects[0].pos_ == "NOUN" and objects[0].lower_ not in PERIOD_NOUNS:
        return objects[0]
    return None


def _paid_for(span: Span) -> Token | None:
    """What money a verb takes as its object pays for or whom it goes to, said right after it
    with a common noun: "paid £27m for the forward" -> forward, "spent $1.2m on digital ads" ->
    ads, "pay $1.1bn to victims" -> victims. Not a time
    ("surpassed $1tn for the first time"), nor a gerund ("fined $185m for scamming")."""
    doc = span.doc
    outside = [t for t in span if not span.start <= t.head.i < span.end]
    money = next((t for t in outside if t.dep_ == "dobj" and t.head.pos_ == "VERB"), None)
    after = _past_conversion(span)
    if money is None or after >= len(doc) or doc[after].lower_ not in PURPOSE_PREPOSITIONS:
        return None
    preposition = doc[after]
    if preposition.head not in {money, money.head}:
        return None
    objects = [child for child in preposition.children if child.dep_ == "pobj"]
    if not objects or objects[0].pos_ != "NOUN" or objects[0].lower_ in PERIOD_NOUNS:
        return None  # "spent $45m to date"
    paid_for = objects[0]
    return in_object(paid_for) if paid_for.lemma_.lower() in SORT_NOUNS else paid_for


def _climb(span: Span, token: Token, *, level: bool, measured: bool = False) -> Token | None:
    framed = False  # climbing out of "in the form of": the noun the frame hangs from
    for _ in range(MAX_NOUN_CLIMB):
        head = token.head
        if head.i == token.i:
            return None
        if framed and token.dep_ == "prep" and head.pos_ in {"NOUN", "VERB"}:
            return head if head.pos_ == "NOUN" else verb_object(head)  # "help in the form of"
        if head.pos_ == "NOUN" and head.i < span.start and token.dep_ == "pobj":
            return None  # "in 2004": a preposition's object after some other noun
        if head.pos_ == "ADP" and head.lower_ == "of" and head.head.pos_ == "NOUN":
            noun = head.head.lemma_.lower()
            if noun in TRANSPARENT_NOUNS | FRAME_NOUNS:
                token = head.head  # "an average of 4.2%": the average of what rose
                framed = noun in FRAME_NOUNS
                continue
            return head.head if head.head.i < span.start else None
        if head.pos_ in {"VERB", "AUX"}:
            return _level_of(head, span, token, measured=measured) if level else None
        if measured and token.dep_ == "appos" and _named_amount(head, span):
            return head  # "surcharge revenues - £160m -", "Germany's DaimlerChrysler (30%)"
        if token.lower_ == "worth" and head.pos_ == "NOUN":
            return head  # "a deal worth $8bn"
        if _level_of_noun(token, head, measured=measured):
            return head  # "a price tag under £80,000", "sales up 21%"
        changed = head.lemma_.lower() in CHANGE_NOUNS and in_object(head) is not None
        if token.lower_ in {"to", "from"} and changed:
            return head  # "a rise in annual profits to $16.2bn": of what, the rise says
        if head.pos_ in {"ADP", "ADV", "NUM"} or token.dep_ in {"npadvmod", "advmod"}:
            token = head
            continue
        return None
    return None


def _level_of_noun(token: Token, noun: Token, *, measured: bool) -> bool:
    """A common noun the number's phrase hangs from, right before it, gives its level: by a
    preposition of level before an amount in a unit ("a price tag under £80,000", "rates at
    4.75%") or by a word of change ("sales up 21%", "shares down 1.2%"; not "4.9 million people
    or 11.7%, up 0.3 points", where the parse hangs "up" from the farther noun)."""
    if noun.pos_ != "NOUN" or noun.i != token.i - 1:
        return False
    if token.dep_ == "prep":
        return measured and token.lower_ in NOUN_LEVEL_PREPOSITIONS
    return token.dep_ == "advmod" and token.lower_ in {"up", "down"}


def _named_amount(noun: Token, span: Span) -> bool:
    """A noun before an amount in a unit (money, a share, a measure) that the amount stands
    beside, set off by a bracket or a dash: "revenues - £160m -", "people surveyed (52%)"; not
    another number's own noun (the "euros" of "3.55m euros (£2.45m)"). A bare number set off
    so is as often a footnote ("its density (9)") or a line of a table or a reference list."""
    if noun.pos_ not in NOUN_TAGS or noun.i >= span.start:
        return False
    if noun.lower_ in CURRENCY_WORDS or (noun.i > 0 and noun.nbor(-1).like_num):
        return False
    counted = any(
        (child.dep_ == "nummod" or child.like_num) and not span.start <= child.i < span.end
        for child in noun.children
    )
    of_a_number = joined_to_number(noun) or noun.lower_ in UNIT_NOUNS  # "€15m ($16m)"
    return not counted and not of_a_number and _set_off(span)


def _set_off(span: Span) -> bool:
    """A bracket or a dash right before the number (an adverb may stand between: "- currently
    $30 trillion"), with words, not a number, before it."""
    doc = span.doc
    position = span.start - 1
    while position > 0 and doc[position].pos_ == "ADV":
        position -= 1
    if position < 1 or doc[position].text not in SETTING_OFF:
        return False
    return not doc[position - 1].like_num


def _level_of(verb: Token, span: Span, through: Token, *, measured: bool = False) -> Token | None:
    """What a verb of level says the number measures: its subject ("Sales rose 27%"), or its
    object when it has one ("sold the painting for $5m"; "sold it for" names nothing). Any
    verb does when the number is its preposition of level's (`through`): "raised the limit to
    74%" -> limit, "the stake would be reduced to 50%" -> stake; and an amount in a unit
    (money, a share, a measure) measures the subject of a verb with no object: "base rates
    will stay on hold at 4.75%" -> rates, "inflation slowed to 2%" -> inflation."""
    set_to = through.pos_ == "ADP" and through.lower_ in LEVEL_PREPOSITIONS
    # A word of change right after an object moves the object: "sent Fiat shares down 1.2%"
    # (not "opposed the tax, down from 47 percent").
    moved = verb_object(verb)
    set_to = set_to or (
        through.lower_ in CHANGE_WORDS and moved is not None and moved.i == through.i - 1
    )
    # "go" with a word of change is a verb of level: "the rate went up to 5.5%" (not "gains
    # have gone to the top 1 percent").
    went = verb.lemma_.lower() == "go" and any(
        token.lower_ in CHANGE_WORDS for token in [*span, *verb.children]
    )
    if verb.lemma_.lower() not in LEVEL_VERBS and not went:
        if not set_to:
            return None
        done_to = verb_object(verb) or passive_subject(verb)
        if done_to is not None or not measured or _determined(span):
            return done_to
        if other_side(verb, through):
            return None
        return described_object(verb) or intransitive_subject(verb)
    if any(c.dep_ == "dobj" and not span.start <= c.i < span.end for c in verb.children):
        return verb_object(verb)
    if through.dep_ == "dobj" and span.start > 0 and span.doc[span.start - 1].lower_ == "the":
        return None  # "surpassing the $394,000 raised by Clinton": an amount named, no level
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
        return verb.head  # "a kite measuring 6,000 metres"
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        return verb.head if verb.head.pos_ == "NOUN" else None  # "arrows, which measure 70ft"
    return described_object(verb) or verb_subject(verb)


def _determined(span: Span) -> bool:
    """A number after "the" names a group or a thing, not an amount: "gains have gone to the
    top 1 percent" (not "remained at a slender 6.3%")."""
    return any(token.lower_ == "the" for token in span.doc[max(span.start - 2, 0) : span.start])
