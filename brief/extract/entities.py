"""People, organisations and places: one entry per real-world entity, fullest name first.

spaCy's entity spans are cleaned (titles, articles, demonyms before names and possessives
stripped), short forms are merged into the fullest form the article uses ("Putin" into
"Vladimir Putin", "U.S." and "US" into "United States", an acronym into the name it abbreviates),
and each entity's type is voted across all its mentions, with the evidence of
`brief.extract.entity_types` (known places, context words, titles) beside the model's labels.

Names in headings and Title Case headlines are weak evidence: every word there is capitalised,
so the model reads "The Nuclear Plant Wild Card" as a name. An entity seen only there is kept
only when the body confirms it, or when it is an acronym or a known place or demonym.
Entities come out ranked by salience: mentions, first position, presence in the title and the
lead, and whether the article quotes them speaking.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.extract.entity_types import (
    DEMONYMS,
    EQUIVALENT_NAMES,
    context_vote,
    gazetteer_votes,
    is_match_sentence,
    known_type,
    vote,
)
from brief.extract.gazetteer import place_tier
from brief.extract.lexicon import PERSON_TITLES, SAYING_VERBS, SUBJECT_DEPS, title_case_share
from brief.layout import Block
from brief.parsed import ParsedArticle
from brief.quote_marks import STRAIGHT_MARKS
from brief.records import Entity, EntityType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
    "WORK_OF_ART": "work",
    "LAW": "work",
    "PRODUCT": "other",
    "LANGUAGE": "other",
}
TYPE_LABELS: dict[EntityType, str] = {
    "person": "PERSON",
    "organization": "ORG",
    "place": "GPE",
    "group": "NORP",
    "event": "EVENT",
    "work": "WORK_OF_ART",
    "other": "PRODUCT",
}
# Words that precede a name without being part of it.
TITLES = PERSON_TITLES | frozenset(
    """foreign prime defence defense interior finance deputy vice chief spokesman spokeswoman
    spokesperson leader ceo chairman chairwoman coach manager striker midfielder general gen
    col sgt captain the a an""".split()
)
POSSESSIVE_ENDINGS = ("'s", "'", "’s", "’")
# Marks around a title ("the film "1917""): the model's text has straight quotes.
QUOTE_TOKENS = frozenset(STRAIGHT_MARKS)
# Lower-case words that can sit inside a name: "Bank of England", "Ludwig van Beethoven".
NAME_CONNECTORS = frozenset(
    "of the and for de du da del della di la le van von der den bin al y on upon & at".split()
)
# Labels of names that carry no figures: a number inside one is a score or total that the
# model ran into the name ("Kent 244"); works, products and events keep theirs ("Euro 96").
FIGURELESS_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
# The most words a quoted nickname inside a name has: 'Roberto "Hands of Stone" Duran'.
MAX_NICKNAME = 4
# Words after the head of a name: "Bank of England", "Amis du Louvre", "Secretary for Health".
HEAD_CONNECTORS = frozenset("of for de du des del della di".split())
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+")
# Words written in lower case in the article ("translation" makes "Translation" no name).
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?:-[a-z]+)*(?![\w'’-])")
_INITIALS_SKIP = frozenset({"of", "the", "and", "for", "&", "de"})
TITLE_WEIGHT = 2.0
LEAD_WEIGHT = 1.0
SPEAKER_WEIGHT = 1.0
POSITION_WEIGHT = 0.5
KNOWN_WEIGHT = 2


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in the text, after cleaning."""

    start: int
    end: int
    surface: str
    label: str
    weak: bool = False
    context: EntityType | None = None
    spoke: bool = False


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """The article's entities and where each is mentioned, for other stages to resolve names."""

    entities: tuple[Entity, ...]
    mentions: tuple[tuple[Mention, Entity], ...]


def extract_entities(article: ParsedArticle) -> EntityIndex:
    """Find, clean, merge, type and rank the article's named entities."""
    weak_blocks = _weak_blocks(article)
    lower_words = set(_LOWER_WORD.findall(article.text))
    mentions = [
        mention
        for span in _whole_names(article.doc)
        for mention in _clean(article, span, _in_blocks(span.start_char, weak_blocks))
        if not _is_common_word(lower_words, mention)
    ]
    scored: list[tuple[float, Entity, list[Mention]]] = []
    for group in _merge(mentions):
        if all(mention.weak for mention in group) and not _stands_alone(group):
            continue  # a Title Case heading phrase the body never mentions
        entity = _entity(article, group)
        scored.append((_salience(article, entity, group), entity, group))
    scored.sort(key=lambda item: (-item[0], item[1].line, item[1].name))
    pairs = sorted(
        ((mention, entity) for _, entity, group in scored for mention in group),
        key=lambda pair: pair[0].start,
    )
    return EntityIndex(tuple(entity for _, entity, _ in scored), tuple(pairs))


# --- cleaning ---------------------------------------------------------------------------------


def _whole_names(doc: Doc) -> list[Span]:
    """The model's entities, with a person's name put back together where the model cut it.

    Two person spans with nothing between them are one name ("Amy Berman" + "Jackson"), and a
    quoted nickname stays inside the name it interrupts: 'Dwayne "The Rock" Johnson'.
    """
    names: list[Span] = []
    for span in doc.ents:
        start = _name_start(doc, span, names[-1] if names else None)
        if start is not None:
            if names and names[-1].end > start:
                names.pop()
            whole = doc[start : span.end]
            whole.label_ = span.label_
            span = whole
        names.append(span)
    return names


def _name_start(doc: Doc, span: Span, previous: Span | None) -> int | None:
    """Where a person's name really starts, when the model's span begins inside it."""
    if span.label_ != "PERSON":
        return None
    if previous is not None and previous.label_ == "PERSON" and previous.end == span.start:
        return previous.start
    closing = span.start - 1
    if closing < 3 or doc[closing].text != '"':
        return None
    opening = next(
        (
            i
            for i in range(closing - 1, max(closing - MAX_NICKNAME - 2, -1), -1)
            if doc[i].text == '"'
        ),
        None,
    )
    if opening is None or opening < 1 or opening == closing - 1:
        return None
    nickname = doc[opening + 1 : closing]
    words = all(t.text[:1].isupper() or t.lower_ in NAME_CONNECTORS for t in nickname)
    given = doc[opening - 1]
    return opening - 1 if words and given.pos_ == "PROPN" and given.is_title else None


def _weak_blocks(article: ParsedArticle) -> list[Block]:
    """Headings, and the title when it is written in Title Case."""
    layout = article.layout
    blocks = [section.heading for section in layout.sections if section.heading is not None]
    title = layout.title
    if title is not None and _title_case(layout.block_text(title)):
        blocks.append(title)
    return blocks


def _title_case(text: str) -> bool:
    capitalised, words = title_case_share(text, minor=frozenset(), shortest=4)
    return words >= 2 and capitalised / words >= 0.75


def _in_blocks(offset: int, blocks: list[Block]) -> bool:
    return any(block.start <= offset < block.end for block in blocks)


def _clean(article: ParsedArticle, span: Span, weak: bool) -> Iterable[Mention]:
    """Strip titles, demonyms and possessives; split "X's Y" into two mentions."""
    if span.label_ not in LABEL_TYPES:
        return
    tokens = list(span)
    titled = False
    while tokens and (tokens[0].lower_ in TITLES or not tokens[0].text[:1].isalnum()):
        titled = titled or tokens[0].lower_.rstrip(".") in PERSON_TITLES
        tokens.pop(0)
    if span.label_ == "PERSON" and len(tokens) > 2 and tokens[0].lower_ in DEMONYMS:
        tokens.pop(0)  # "Californian Thomas Slattery"
    while tokens and _trailing_noise(tokens[-1]):
        tokens.pop()
    # Each piece keeps the model's label, except what follows a possessive: in "Putin's
    # Valdai" the label was for Putin.
    pieces: list[tuple[str, list[Token]]] = [(span.label_, [])]
    for token in tokens:
        if token.text in POSSESSIVE_ENDINGS:
            pieces.append(("", []))
        elif token.text in {",", ";", "(", ")"}:
            pieces.append((pieces[-1][0], []))  # "Fortune, Rooney", "Organisation (ILO"
        elif token.is_lower and token.is_alpha and token.lower_ not in NAME_CONNECTORS:
            pieces.append((pieces[-1][0], []))  # "Approve makes Vioxx": not one name
        elif span.label_ in FIGURELESS_LABELS and _is_figure(token):
            pieces.append((pieces[-1][0], []))  # "Kent 244", "A. Smith 5-68": a score ran in
        else:
            pieces[-1][1].append(token)
    for index, (label, piece) in enumerate(pieces):
        if piece:
            yield from _mentions(article, piece, label, weak, titled and index == 0)


def _is_figure(token: Token) -> bool:
    """A score or total the model ran into a name: "244", "5-68", "63.02" (not "Channel 4")."""
    text = token.text
    return any(c.isdigit() for c in text) and not any(c.isalpha() for c in text) and len(text) > 1


def _trailing_noise(token: Token) -> bool:
    text = token.text
    if _ABBREVIATION.fullmatch(text):
        return False  # "U.S." keeps its full stop
    return text in POSSESSIVE_ENDINGS or not text[-1:].isalnum()


def _mentions(
    article: ParsedArticle, piece: list[Token], label: str, weak: bool, titled: bool
) -> Iterable[Mention]:
    """The mention a cleaned piece of a model span makes, when it reads as a name, with the type
    its context suggests (`context_vote`: the words around it, a title, a quotation, speaking,
    a game's report); in a weak span (a heading) an acronym inside the piece is a mention too."""
    start = piece[0].idx
    end = piece[-1].idx + len(piece[-1])
    surface = article.original(start, end)
    if not _looks_like_name(surface):
        return
    spoke = _spoke(piece)
    before, after = _around(article, piece)
    root = _root(piece)
    modifies = root.head.lower_ if root.dep_ in {"compound", "nmod", "amod"} else ""
    context = context_vote(
        before,
        after,
        titled=titled,
        spoke=spoke,
        label=label,
        modifies=modifies,
        quoted=before[:1] != [] and before[0] in QUOTE_TOKENS and after[:1] == [before[0]],
        match=is_match_sentence(piece[0].sent.text),
        subject=root.dep_ in SUBJECT_DEPS,
        place_name=place_tier(surface) is not None,
    )
    yield Mention(start, end, surface, label, weak, context, spoke)
    if weak and len(piece) > 1:
        for token in piece:  # "NATO Fears": an acronym inside a heading phrase is a name
            if _is_acronym(token.text):
                yield Mention(token.idx, token.idx + len(token), token.text, label or "ORG", True)


def _around(article: ParsedArticle, piece: list[Token]) -> tuple[list[str], list[str]]:
    doc = article.doc
    first, last = piece[0].i, piece[-1].i
    before = [doc[i].lower_ for i in range(first - 1, max(first - 3, -1), -1)]
    after = [doc[i].lower_ for i in range(last + 1, min(last + 3, len(doc)))]
    return before, after


def _spoke(piece: list[Token]) -> bool:
    """The name is the subject of a verb of saying: "Lavrov said", "Zelensky told reporters"."""
    root = _root(piece)
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SAYING_VERBS


def _root(piece: list[Token]) -> Token:
    """The token of a name that attaches it to the sentence."""
    inside = {token.i for token in piece}
    root = piece[-1]
    while root.head.i in inside and root.head.i != root.i:
        root = root.head
    return root


def _looks_like_name(surface: str) -> bool:
    return len(surface) > 1 and surface[0].isupper() and any(c.isalpha() for c in surface)


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _is_common_word(lower_words: set[str], mention: Mention) -> bool:
    """A one-word "name" that the article also writes in lower case is an ordinary word."""
    if " " in mention.surface or _is_acronym(mention.surface):
        return False
    return mention.surface.lower() in lower_words


# --- merging ----------------------------------------------------------------------------------


def _key(surface: str) -> str:
    key = " ".join(surface.replace("’", "'").lower().split())
    if _ABBREVIATION.fullmatch(surface.replace(" ", "")):
        key = key.replace(".", "")
    for names in EQUIVALENT_NAMES:
        if key in names:
            return min(names, key=lambda name: (-len(name.split()), name))
    return key


def _merge(mentions: list[Mention]) -> list[list[Mention]]:
    """Group mentions by entity; a name's words inside a longer name join the longer one.

    Forms are taken longest first; each joins the one name it is a short form or acronym of.
    The longer names are found through indexes of their leading and trailing word runs and of
    their initials, so the merge stays linear in the number of names, not quadratic.
    """
    forms = sorted({_key(m.surface) for m in mentions}, key=lambda form: (-len(form.split()), form))
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        labels[_key(mention.surface)][mention.label] += 1
    # Only a name the body confirms can absorb others: "NATO" stays apart from "NATO Fears".
    confirmed = {_key(m.surface) for m in mentions if not m.weak}
    canonical: dict[str, str] = {}
    by_part: dict[tuple[str, ...], list[str]] = defaultdict(list)
    by_initials: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        words = form.split()
        candidates = [*by_part.get(tuple(words), ()), *by_initials.get(form, ())]
        longer = {
            canonical[other]
            for other in candidates
            if other != form
            and (
                _is_short_form(words, other.split(), labels[form], labels[other])
                or _abbreviates(form, other)
            )
        }
        canonical[form] = longer.pop() if len(longer) == 1 else form
        if form in confirmed:
            for size in range(1, len(words)):
                by_part[tuple(words[:size])].append(form)
                by_part[tuple(words[-size:])].append(form)
            by_initials[_initials(form)].append(form)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[canonical[_key(mention.surface)]].append(mention)
    return list(groups.values())


def _is_short_form(
    words: list[str],
    longer: list[str],
    short_labels: Counter[str] | None = None,
    long_labels: Counter[str] | None = None,
) -> bool:
    """ "putin" is a short form of "vladimir putin": its words end or start the longer name.

    The heads must agree: the short form holds the longer name's head word, so "Louvre" is no
    short form of "Amis du Louvre", nor "New York" of "New York Stock Exchange", nor "Harvard"
    of "Harvard Business Review". A person's given name is the exception: "Mekhi" for "Mekhi
    Gbedey", when the model reads both as people. A name known as another type ("Jordan", a
    country) joins a person's name only when the model reads both as people.
    """
    if len(words) >= len(longer):
        return False
    suffix, prefix = longer[-len(words) :] == words, longer[: len(words)] == words
    people = _usual(short_labels) == _usual(long_labels) == "PERSON"
    if not ((suffix and _head(longer) in words) or (prefix and people)):
        return False
    short_type = known_type(" ".join(words))
    return short_type is None or short_type == known_type(" ".join(longer)) or people


def _head(words: list[str]) -> str:
    """The word a name is about: the last, or the last before "of": "bank" of "bank of england".

    Words without a letter ("Sohail 5-0", a score the model ran into the name) are no head.
    """
    for position, word in enumerate(words[1:], start=1):
        if word in HEAD_CONNECTORS:
            return words[position - 1]
    return next((word for word in reversed(words) if any(c.isalpha() for c in word)), words[-1])


def _usual(labels: Counter[str] | None) -> str:
    return labels.most_common(1)[0][0] if labels else ""


def _abbreviates(acronym: str, name: str) -> bool:
    """ "iaea" abbreviates "international atomic energy agency"."""
    return " " not in acronym and len(acronym) >= 2 and _initials(name) == acronym


def _initials(name: str) -> str:
    """ "iaea" for "international atomic energy agency": first letters, small words skipped."""
    return "".join(word[0] for word in name.split() if word not in _INITIALS_SKIP)


# --- typing and ranking -----------------------------------------------------------------------


def _stands_alone(group: list[Mention]) -> bool:
    """A heading-only entity worth keeping: an acronym, or a known place or demonym."""
    surface = group[0].surface
    return _is_acronym(surface) or known_type(surface) in {"place", "group"}


def _entity(article: ParsedArticle, group: list[Mention]) -> Entity:
    """One entity from the mentions of one name: the fullest surface of its strong mentions is
    its name, the others its aliases; its type is voted from the model's labels, the context
    votes and what the gazetteer knows of the name."""
    strong = [mention for mention in group if not mention.weak] or group
    surfaces = Counter(mention.surface for mention in strong)
    name = max(surfaces, key=lambda surface: _fullness(surface, surfaces[surface]))
    labels = Counter(mention.label for mention in group if mention.label)
    model_votes: Counter[EntityType] = Counter(
        {LABEL_TYPES[label]: count for label, count in labels.items()}
    )
    context: Counter[EntityType] = Counter(m.context for m in group if m.context is not None)
    known = known_type(name)
    if known is not None:
        context[known] += max(KNOWN_WEIGHT, len(group))
    kind = vote(model_votes, context, gazetteer_votes(name, model_votes))
    label = labels.most_common(1)[0][0] if labels else TYPE_LABELS[kind]
    aliases = tuple(sorted({m.surface for m in group} - {name}))
    first = min(mention.start for mention in group)
    return Entity(name, kind, label, len(group), aliases, article.line_at(first))


def _fullness(surface: str, count: int) -> tuple[int, int, int, str]:
    """Most words first, then most letters ("Britain" over "UK"), then most used."""
    return (len(surface.split()), sum(c.isalpha() for c in surface), count, surface)


def _salience(article: ParsedArticle, entity: Entity, group: list[Mention]) -> float:
    """Mentions, plus presence in the title and the lead, speaking, and an early first mention."""
    layout = article.layout
    title = [layout.title] if layout.title is not None else []
    lead = [layout.body[0][1]] if layout.body else []
    first = min(mention.start for mention in group)
    return (
        len(group)
        + TITLE_WEIGHT * any(_in_blocks(m.start, title) for m in group)
        + LEAD_WEIGHT * any(_in_blocks(m.start, lead) for m in group)
        + SPEAKER_WEIGHT * any(m.spoke for m in group)
        + POSITION_WEIGHT * (1 - first / max(len(article.text), 1))
    )
