"""Who the article says an actor is, in its own words: "Russia's foreign minister".

Three places in the parse say it: an apposition after the name ("Laurence des Cars, the
museum's president,"), a noun the name is in apposition to ("the museum's president, Laurence des
Cars"), and the words before the name that modify it ("Foreign minister Sergei Lavrov", "Top
laner Kang"). Each description's head noun ("president", "minister", "company") is also
evidence of the actor's type, and lets a later "the president" stand for the actor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.extract.cast.draft import mention_root, mention_tokens
from brief.extract.cast.names import NameMention
from brief.extract.lexicon import GROUP_NOUNS, is_role_noun
from brief.parsed import ParsedArticle
from brief.records import EntityType

if TYPE_CHECKING:
    from spacy.tokens import Token

# Dependents of a name that describe it when they come before it: "foreign minister Lavrov".
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Dependents of a description's head that end it: a clause or a list goes on past who it is.
ENDING_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "conj", "cc", "punct"})
# Nouns for an organisation that a definite "the ..." may stand for: the bodies of the shared
# list and the organisation words names are made of ("the airline", "the bank").
BODY_NOUNS = (
    GROUP_NOUNS
    - frozenset(
        """police government army military authorities officials spokesmen prosecutors researchers
    investigators scientists experts campaign office administration service""".split()
    )
) | frozenset(
    """corporation airline carrier university college association federation commission institute
    foundation bureau museum hospital broadcaster newspaper network retailer manufacturer maker
    insurer lender studio charity nonprofit label publisher developer operator supplier""".split()
)
# Relatives: "Ivana, Trump's first wife" is a person.
KIN_NOUNS = frozenset(
    """wife husband mother father son daughter brother sister child widow widower aunt uncle
    nephew niece cousin grandmother grandfather grandson granddaughter girlfriend boyfriend
    partner fiancee fiance mom dad""".split()
)
# Places and venues: "DeBarras, an iconic spot", "Nassau, the capital".
PLACE_NOUNS = frozenset(
    """city town village county country state province region district suburb island capital
    neighbourhood neighborhood spot venue pub bar restaurant cafe hotel resort park""".split()
)
# The most words a description has; a longer phrase is a clause, not who someone is.
MAX_WORDS = 12


@dataclass(frozen=True, slots=True)
class Description:
    """What the article calls an actor at one name mention: the words, their offsets, the
    lemma of their head noun, whether they are an apposition (set off by commas), and whether
    the head is plural."""

    text: str
    start: int
    end: int
    head: str
    apposition: bool
    plural: bool = False


def descriptions(article: ParsedArticle, names: Sequence[NameMention]) -> list[Description]:
    """Every description the article gives at the actor's name mentions, in text order."""
    found: list[Description] = []
    for mention in names:
        if mention.weak:
            continue
        found.extend(_at(article, mention))
    return found


def _at(article: ParsedArticle, mention: NameMention) -> Iterable[Description]:
    tokens = mention_tokens(article, mention)
    root = mention_root(article, mention)
    first, last = tokens[0].i, tokens[-1].i
    for child in root.children:
        if (
            child.dep_ == "appos"
            and child.i > last
            and _describes(child)
            and not _names_another(child)
            and not _after_another_name(child, last)
        ):
            yield from _phrase(article, _kept(child), child, apposition=True)
    head = root.head
    if (
        root.dep_ == "appos"
        and head.i < first
        and _describes(head)
        and not _follows_a_name(head, root)
    ):
        words = [t for t in _kept(head) if t.i < first and t.dep_ != "punct"]
        yield from _phrase(article, words, head, apposition=True)
    elif root.dep_ not in MODIFIER_DEPS:  # "the work's author, US playwright Eve Ensler"
        yield from _set_before(article, first)
    modifiers = [
        child
        for token in tokens
        for child in token.lefts
        if child.i < first and child.dep_ in MODIFIER_DEPS
    ]
    if modifiers:
        left = min(child.left_edge.i for child in modifiers)
        words = list(article.doc[left:first])
        nouns = [t for t in words if t.pos_ == "NOUN"]
        if nouns and _describes(nouns[-1]):
            yield from _phrase(article, words, nouns[-1], apposition=False)


# Dependencies of a noun set before a name by a comma that can describe it: a subject beside
# the name ("Ramdehol's sister, Inderdai Deyal said") or a loose noun phrase ("A lawyer, Khan
# has ..."); not an object, an item of a list, or a predicate ("If she becomes president,
# Clinton ...", "If Trump is the nominee, Democrats ...").
SET_BEFORE_DEPS = frozenset({"nsubj", "nsubjpass", "npadvmod"})
# The words of such a description: its head and what qualifies it ("which Apple's chief
# executive, Tim Cook, called" is "Apple's chief executive").
DESCRIPTION_DEPS = frozenset({"det", "poss", "case", "compound", "amod", "nummod", "nmod"})


def _set_before(article: ParsedArticle, first: int) -> Iterable[Description]:
    """A role or a relative set before a name with a comma that the parse did not make an
    apposition: "Ramdehol's sister, Inderdai Deyal said" (both nouns read as subjects)."""
    if first < 2 or article.doc[first - 1].text != ",":
        return
    head = article.doc[first - 2]
    kin_or_role = head.lemma_.lower() in KIN_NOUNS or is_role_noun(head.lemma_.lower())
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.dep_ not in SET_BEFORE_DEPS:
        return  # "Grant, her husband, Ambersley and another woman": items of a list
    if not kin_or_role or not _describes(head):
        return
    words = [
        token
        for child in head.lefts
        if child.dep_ in DESCRIPTION_DEPS
        for token in child.subtree
        if token.dep_ != "punct"
    ]
    yield from _phrase(article, [*words, head], head, apposition=True)


def _describes(head: Token) -> bool:
    """A common noun (or a capitalised role: "Director of the Pan American Health Organization")
    can say who someone is; a name, a time or an amount cannot ("10:11 pm", "midnight", "next
    week's"), nor a denial ("no age or address reported")."""
    noun = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and is_role_noun(head.lower_))
    denied = any(child.lower_ == "no" for child in head.children)
    return noun and head.is_alpha and not head.ent_type_ and not denied


def _names_another(description: Token) -> bool:
    """Whether a description after a name is set beside a further name that a list goes on
    from: then it is that name's, or an item of the list ("Grant, her husband, Ambersley and
    another woman": four people)."""
    return any(
        child.dep_ == "appos"
        and child.pos_ == "PROPN"
        and child.i > description.i
        and _goes_on(child)
        for child in description.children
    )


def _after_another_name(description: Token, last: int) -> bool:
    """Whether an apposition after a name comes right after an organisation's name, which it
    then describes unless it names a role: in "Evan Sparks, CEO of Determined AI, a startup
    that …" the startup is Determined AI, not Sparks."""
    if is_role_noun(description.lemma_.lower()):
        return False  # "Senator Mitch McConnell of Kentucky, the majority leader": a person's
    before = description.left_edge.i - 1
    while before > last and description.doc[before].is_punct:
        before -= 1
    return before > last and description.doc[before].ent_type_ == "ORG"


def _describes_inner(child: Token) -> bool:
    """An apposition set off by a comma that describes a noun inside a description: a common
    noun ("Kirkland, a law firm"), not a name ("analyst firm IDC", "princes William")."""
    before = child.left_edge.i - 1
    return child.dep_ == "appos" and child.pos_ == "NOUN" and child.doc[before].text == ","


def _follows_a_name(description: Token, root: Token) -> bool:
    """Whether a description before a name is itself set beside an earlier name, and the list
    goes on from the name: then the three are items of it ("Grant, her husband, Ambersley and
    another woman"), not "the museum's president, Laurence des Cars"."""
    return (
        description.dep_ == "appos"
        and description.head.pos_ == "PROPN"
        and description.head.i < description.i
        and _goes_on(root)
    )


def _goes_on(name: Token) -> bool:
    return any(child.dep_ == "conj" for child in name.children)


def _kept(head: Token) -> list[Token]:
    """The head's phrase without the clauses and lists that go on past it, nor a description
    set off after a further noun inside it ("partner at Kirkland[, a law firm based in
    Chicago]")."""
    cut = {
        token.i
        for word in head.subtree
        for child in word.children
        if child.i > head.i
        and (child.dep_ in ENDING_DEPS if word.i == head.i else _describes_inner(child))
        for token in child.subtree
    }
    return [token for token in head.subtree if token.i not in cut]


def _phrase(
    article: ParsedArticle, words: Sequence[Token], head: Token, *, apposition: bool
) -> Iterable[Description]:
    """The description the words make, when they read as one: contiguous, short, and not only
    a determiner and punctuation."""
    words = sorted(words, key=lambda token: token.i)
    while words and not words[0].text[:1].isalnum():
        words = words[1:]
    while words and not words[-1].text[-1:].isalnum():
        words = words[:-1]
    if not words or len(words) > MAX_WORDS or words[-1].i - words[0].i + 1 != len(words):
        return
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    text = article.original(start, end)
    plural = head.tag_ in ("NNS", "NNPS")
    yield Description(text, start, end, head.lemma_.lower(), apposition, plural)


def evidence_of(found: Sequence[Description]) -> list[EntityType]:
    """The type each description's head noun says: a role or a relative ("president",
    "spokeswoman", "wife") a person, a body ("company", "airline") an organisation, a town or a
    venue ("village", "pub") a place."""
    kinds: list[EntityType] = []
    for description in found:
        if description.plural:
            continue  # "county rivals Leicestershire": a side, a group
        if is_role_noun(description.head) or description.head in KIN_NOUNS:
            kinds.append("person")
        elif description.head in PLACE_NOUNS:
            kinds.append("place")
        elif description.head in BODY_NOUNS:
            kinds.append("organization")
    return kinds


def best(found: Sequence[Description], *, plural: bool = False) -> Description | None:
    """The description to show: the first apposition, else the fullest words before a name
    (of equals, the first); a plural one ("new temperature records") only for a group."""
    found = [description for description in found if plural or not description.plural]
    appositions = [description for description in found if description.apposition]
    if appositions:
        return appositions[0]
    return max(found, key=lambda d: (len(d.text.split()), -d.start), default=None)
