"""Whole names: the model's entity spans, put back together where the model cut a name.

A name is never split at a particle ("Laurence des Cars"), a hyphen ("Kang Young-hoon",
"al-Assad") or a quoted nickname ('Kang "TheShy" Seung-lok', 'Roberto "Hands of Stone" Duran'),
and two person spans with nothing between them are one name ("Amy Berman" + "Jackson"), as are a
given name and a surname the model read otherwise, when the article names the surname alone
("Tyrese" + "Maxey"). The repairs read only the tokens (case, part of speech, spacing) and the
model's labels.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from brief.extract.entity_types import (
    BUSINESS_WORDS,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    WORK_NOUNS,
    is_results_line,
    known_type,
)
from brief.extract.gazetteer import place_tier
from brief.extract.given_names import is_given_name
from brief.extract.lexicon import PERSON_TITLES, is_role_noun
from brief.parsed import ParsedArticle
from brief.quote_marks import STRAIGHT_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Lower-case words inside a person's name: "Laurence des Cars", "Mohammed bin Salman".
PARTICLES = frozenset(
    "de des du da das dos del della di la le van von der den ter ten vom zu bin ibn bint al el abu".split()
)
# Labels of names that a hyphen does not end: "Guinea-Bissau", "Rolls-Royce", "Kang Young-hoon".
HYPHENATED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Labels the model gives a given name or a surname it misreads as a place or a people ("Tyrese"
# NORP, "Maxey" GPE); a word it reads as a person or a body is left to the other repairs ("State"
# ORG of "Secretary of State Clinton", "House" of "House Democratic").
MISREAD_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# Labels of the names of people, places and peoples: inside a quoted title that is no body's
# they are still mentions of their own ('"America with Jorge Ramos"').
NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
# What the model reads in a quoted title beside the name that stays as it was: another
# person's or place's name ('"The Nightly Show with Larry Wilmore"') or a date ('"Fox News
# Sunday"'), which the title would swallow.
KEPT_INSIDE_TITLES = NAME_LABELS | {"DATE", "TIME"}
# The model's labels of dates, times and figures: such a span takes in no title around it.
FIGURE_LABELS = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())
# Labels the model gives a surname it misreads as a time: "Billie" + "Holliday" (DATE).
MISREAD_SURNAME_LABELS = frozenset({"DATE", "TIME"})
# The most words a quoted nickname inside a name has: 'Roberto "Hands of Stone" Duran'.
MAX_NICKNAME = 4
QUOTE_TOKENS = frozenset(STRAIGHT_MARKS)
# The most words of a quoted title ("Committee to Boycott Nixon's Memoirs") and the small words
# between its capitalised ones; not "with", which joins a show to its host: '"The Nightly Show
# with Larry Wilmore"' names Wilmore.
MAX_TITLE = 8
TITLE_SMALL_WORDS = frozenset("a an the of to for and or in on by at from".split())
DASHES = frozenset("-–—")
# The small words an acronym skips: "Air and Marine Operations" is "AMO".
ACRONYM_SKIPS = frozenset("of the and for &".split())
POSSESSIVES = frozenset({"'s", "’s"})
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_ISO_DATE = re.compile(r"\d{4} ?- ?\d\d ?- ?\d\d\b")
_LINE_BREAK = re.compile("\n")
# The most words of a competitor's name the model left untagged: "Anne-Gaelle Sidot".
MAX_COMPETITOR = 4
# Words for a road that a number ends: "Illinois Route 29", "Highway 101", "Interstate 95".
ROAD_WORDS = frozenset("route highway interstate".split())
# The last word of a body's name that has "and" inside it: "Caribbean Air and Marine Branch",
# "Global Tourism Resilience and Crisis Management Centre".
BODY_HEADS = ORGANISATION_WORDS | frozenset("branch centre center division unit".split())


def whole_names(article: ParsedArticle) -> list[Span]:
    """The model's entities, each name made whole (a span the repair swallows is dropped)."""
    doc = article.doc
    names: list[Span] = []
    tagged = {i for span in doc.ents for i in range(span.start, span.end)}
    lower = {token.lower_ for token in doc if token.is_lower}
    lines = _lines(article)
    extra = [
        *_competitors(article, tagged),
        *_sides(article, lines, tagged, lower),
        *_datelines(lines, tagged),
    ]
    alone = Counter(span.text for span in doc.ents if len(span) == 1)
    named = Counter(span.text for span in doc.ents if not _beside_and(doc, span))
    joined = [span.text for span in doc.ents if span.label_ == "ORG" and " and " in span.text]
    for span in sorted([*doc.ents, *extra], key=lambda span: span.start):
        if names and span.start < names[-1].end:
            continue  # already inside the name before, which the repair extended over it
        previous = names[-1] if names else None
        start = _name_start(doc, span, previous)
        label = span.label_
        if previous is not None and _one_place(doc, previous, span):
            start, label = previous.start, "GPE"
        elif previous is not None and _one_body(doc, previous, span, named):
            start, label = previous.start, "ORG"
        elif previous is not None and _split_person(doc, previous, span, alone, lower):
            start, label = previous.start, "PERSON"
        end = span.end
        if _surname_after(doc, span, tagged, alone, lower) or _head_after(doc, span, tagged, lower):
            end, label = end + 1, "PERSON"
        end = _name_end(doc, start, end, label)
        if label == "ORG":
            start = _spelled_start(doc, start, end)
            end = _joined_end(doc, start, end, joined)
        title = _quoted_title(doc, start, end, label)
        if title is not None:
            start, end, label = title
        while names and names[-1].end > start:
            names.pop()
        if (start, end, label) != (span.start, span.end, span.label_):
            whole = doc[start:end]
            whole.label_ = label
            span = whole
        names.append(span)
    return names


def _spelled_start(doc: Doc, start: int, end: int) -> int:
    """Where a body's name starts when the acronym in brackets after it spells more words than
    the model read: "Air and" + "Marine Operations (AMO)". The words before are capitalised
    words and the small words an acronym skips ("and", "of")."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return start
    acronym = doc[end + 1].text
    letters = "".join(t.text[0] for t in doc[start:end] if t.lower_ not in ACRONYM_SKIPS)
    if not (acronym.isupper() and acronym.isalpha()) or len(acronym) <= len(letters):
        return start
    first = start
    while first > 0 and start - first < MAX_TITLE and acronym.endswith(letters):
        token = doc[first - 1]
        if token.is_lower and token.lower_ in ACRONYM_SKIPS:
            first -= 1
            continue
        if not (token.is_alpha and token.text[:1].isupper()):
            break
        first -= 1
        letters = token.text[0] + letters
        if letters == acronym:
            return first
    return start


def _joined_end(doc: Doc, start: int, end: int, joined: list[str]) -> int:
    """Where a body's name ends that the model stopped at "and", when the article names the
    whole elsewhere (`joined`: the model's body names with "and" in them): "Customs" + "and
    Border Protection" beside "U.S. Customs and Border Protection"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or not joined:
        return end
    last = end + 1
    while last < len(doc) and last - end <= MAX_TITLE and _name_word(doc[last]):
        last += 1
    whole = doc[start:last].text
    named = last > end + 1 and any(name.endswith(whole) for name in joined)
    return last if named else end


def _quoted_title(doc: Doc, start: int, end: int, label: str) -> tuple[int, int, str] | None:
    """The whole of a quoted title of which the model read a part as a name, and its label:
    "Don't Buy Books by Crooks" of "Crooks" (a work), "Committee to Reelect the President" of
    "Committee to Reelect" (a body: its first or last word is a word for one). The title's
    words are capitalised words, small words between them, a possessive or a contraction. A
    person's or a place's name stays itself unless the title is a body's ("Committee to Boycott
    Nixon's Memoirs"): a show or a slogan with a name in it ('"America with Jorge Ramos"',
    '"Only Rosie O'Donnell"') still mentions the person; and a title with another person's or
    place's name or a date beside the name is left as the model read it ('"The Nightly Show
    with Larry Wilmore"', '"Fox News Sunday"'). None when the name is no part of a title or
    is the whole of it."""
    if label in FIGURE_LABELS:
        return None  # a date is no name: '"Fox News Sunday"' stays "Fox News"
    while end - start > 1 and not doc[start].text[:1].isupper():
        start += 1  # the model's span may open before the mark: 'the "Committee to Reelect'
    first = start
    while first > 0 and start - first < MAX_TITLE and _title_word(doc[first - 1]):
        first -= 1
    last = end
    while last < len(doc) and last - end < MAX_TITLE and _title_word(doc[last]):
        last += 1
    while last > end and not doc[last - 1].text[:1].isupper():
        last -= 1  # a title ends on a capitalised word
    if (first, last) == (start, end) or not is_title(doc, first, last):
        return None
    outside = [*doc[first:start], *doc[end:last]]
    if any(token.ent_type_ in KEPT_INSIDE_TITLES for token in outside):
        return None  # "The Nightly Show with Larry Wilmore", "Fox News Sunday": both kept
    body = doc[first].lower_ in ORGANISATION_WORDS or doc[last - 1].lower_ in ORGANISATION_WORDS
    named = first == start and _named_title(doc, first, last)  # "Lady Sings" of "... the Blues"
    if label in NAME_LABELS and not body and not named:
        return None  # "the documentary, Living with Michael Jackson": Jackson is named
    return first, last, "ORG" if body else "WORK_OF_ART"


def is_title(doc: Doc, start: int, end: int) -> bool:
    """Whether `doc[start:end]` is the whole of a title: quoted (`quoted_title`) or named by
    the work it is ("her 1956 autobiography, Lady Sings the Blues,")."""
    return quoted_title(doc, start, end) or _named_title(doc, start, end)


def _named_title(doc: Doc, start: int, end: int) -> bool:
    """A title of two to `MAX_TITLE` words right after a noun for a work, or after it and a
    comma, up to a punctuation mark: "her 1956 autobiography, Lady Sings the Blues, which"
    (not after "called" or "titled": "a group called Citizens for Trump" is a body)."""
    before = start - 1 if start > 0 and doc[start - 1].text != "," else start - 2
    if before < 0 or end >= len(doc) or not 2 <= end - start <= MAX_TITLE:
        return False
    noun = doc[before]
    named = noun.pos_ == "NOUN" and noun.lower_ in WORK_NOUNS
    words = doc[start:end]
    return (
        named
        and doc[end].is_punct
        and words[0].text[:1].isupper()
        and words[-1].text[:1].isupper()
        and all(_title_word(token) for token in words)
    )


def quoted_title(doc: Doc, start: int, end: int) -> bool:
    """Whether `doc[start:end]` is the whole of a quoted title of two to `MAX_TITLE` words,
    the first and last capitalised ("Committee to Reelect the President", a full stop or a
    comma may stand before the closing mark)."""
    closing = end
    while closing < len(doc) and closing - end < 2 and doc[closing].text in ",.":
        closing += 1
    if start == 0 or closing >= len(doc) or not 2 <= end - start <= MAX_TITLE:
        return False
    mark = doc[start - 1].text
    words = doc[start:end]
    capitalised = sum(token.text[:1].isupper() for token in words)
    return (
        mark in QUOTE_TOKENS
        and doc[closing].text == mark
        and not doc[start - 1].whitespace_
        and not doc[closing - 1].whitespace_
        and capitalised >= 2
        and words[0].text[:1].isupper()
        and all(_title_word(token) for token in words)
    )


def _title_word(token: Token) -> bool:
    """A word a title holds: a capitalised word, a small word, a possessive or a contraction
    ("Nixon's", "Don't")."""
    attached = token.i > 0 and not token.doc[token.i - 1].whitespace_
    return (
        token.text[:1].isupper()
        or token.lower_ in TITLE_SMALL_WORDS
        or (attached and token.lower_ == "n't")
        or (attached and token.lower_ == "'s" and token.pos_ == "PART")  # not "That's"
    )


def _competitors(article: ParsedArticle, tagged: set[int]) -> list[Span]:
    """Names the model left untagged before a country in brackets, as results and line-ups
    write competitors: "Pete Sampras ( U.S. ) beat Jiri Novak ( Czech Republic )". A name is
    two to `MAX_COMPETITOR` capitalised proper nouns (hyphenated parts included) that no
    entity of the model (its tokens: `tagged`) touches, right before "(", a known place and
    ")"."""
    doc = article.doc
    found: list[Span] = []
    for index in article.tokens_where("ORTH", ["("]):
        token = doc[index]
        if token.i < 2:
            continue
        closing = next((t.i for t in doc[token.i + 1 : token.i + 5] if t.text == ")"), None)
        if closing is None or known_type(doc[token.i + 1 : closing].text) != "place":
            continue
        start = token.i
        while start > 0 and token.i - start < MAX_COMPETITOR and _name_word(doc[start - 1]):
            start -= 1
        if token.i - start >= 2 and not any(i in tagged for i in range(start, token.i)):
            span = doc[start : token.i]
            span.label_ = "PERSON"
            found.append(span)
    return found


def _sides(
    article: ParsedArticle, lines: list[Span], tagged: set[int], lower: set[str]
) -> list[Span]:
    """Names the model left untagged at the start of a results line or a table row, before a
    score or a count: "Forfar 3 2 0 1 5 3 6", "Leyton Orient 2 Hartlepool 0" (both sides).

    A name is a run of capitalised words (whatever the tagger calls them: "Sheffield United").
    A side is read as a body (a side of a game is a club), a name that starts with initials or
    a common given name as a person ("P. Simmons 45", "Ian Woosnam 66 67"); the sentence's
    evidence can say more. A run right after a name the model tagged is the rest of that name,
    and a run with a word the article also writes in lower case ("BEAT") is no name.
    `lines` are the document's lines, `tagged` the tokens of the model's entities, `lower` the
    words the article writes in lower case.
    """
    doc = article.doc
    found: list[Span] = []
    for line in lines:
        if not is_results_line(article.model_text(line)):
            continue
        start = line.start
        for token in line:
            capitalised = (token.is_alpha and token.text[:1].isupper()) or bool(
                _INITIALS.fullmatch(token.text)
            )
            if not capitalised or token.i in tagged or token.lower_ in lower:
                start = token.i + 1
                continue
            score = _count_after(doc, token.i)
            if score and 0 < token.i + 1 - start <= MAX_COMPETITOR and start - 1 not in tagged:
                span = doc[start : token.i + 1]
                span.label_ = "PERSON" if _person_start(span) else "ORG"
                found.append(span)
    return found


def _datelines(lines: list[Span], tagged: set[int]) -> list[Span]:
    """The place of a wire story's dateline, which the model leaves untagged in capitals: a
    line (of `lines`) that starts with up to `MAX_COMPETITOR` words in capitals, then a date or
    a credit in brackets: "MOSCOW 1996-08-30", "WASHINGTON (Reuters) -"; none of the words is
    one of the `tagged` tokens of the model's entities."""
    found: list[Span] = []
    for line in lines:
        first = next((token for token in line if not token.is_space), None)
        if first is None or not (first.is_upper and first.is_alpha):
            continue  # no word in capitals starts the line
        doc = line.doc
        words = [token for token in line if not token.is_space]
        end = 0
        while end < min(len(words), MAX_COMPETITOR) and words[end].is_upper and words[end].is_alpha:
            end += 1
        if end == 0 or end == len(words) or any(t.i in tagged for t in words[:end]):
            continue
        follows = words[end]
        rest = doc[follows.i : line.end].text
        if _ISO_DATE.match(rest) or (follows.text == "(" and end + 2 < len(words)):
            span = doc[words[0].i : words[end - 1].i + 1]
            span.label_ = "GPE"
            found.append(span)
    return found


def _count_after(doc: Doc, index: int) -> bool:
    """A count or a score of one side right after a token: "Forfar 3", not "WITH 5-0"."""
    after = doc[index + 1 : index + 3]
    if not after or not after[0].text.isdigit() or len(after[0].text) > 3:
        return False
    return len(after) < 2 or after[1].text not in DASHES


def _lines(article: ParsedArticle) -> list[Span]:
    """The document's lines (a table's rows), as spans of tokens: each ends with the token
    whose text or trailing space holds a line break. A token and its trailing space are the
    parsed text from its start to the next token's, so the line breaks of the text name those
    tokens (`token_at`) without a pass over every token."""
    doc, text = article.doc, article.layout.text
    ends = sorted({article.token_at(match.start()) for match in _LINE_BREAK.finditer(text)})
    lines: list[Span] = []
    start = 0
    for end in ends:
        lines.append(doc[start : end + 1])
        start = end + 1
    return [*lines, doc[start:]] if start < len(doc) else lines


def _person_start(span: Span) -> bool:
    """A name that starts with initials ("P. Simmons") or, with more words, a common given
    name ("Ian Woosnam")."""
    first = span[0].text
    return _INITIALS.fullmatch(first) is not None or (len(span) > 1 and is_given_name(first))


def _one_place(doc: Doc, previous: Span, span: Span) -> bool:
    """Two names joined by "and" that are one place: "Antigua and Barbuda", "Trinidad and
    Tobago", "St. Vincent and the Grenadines"."""
    between = [token.lower_ for token in doc[previous.end : span.start]]
    if between not in (["and"], ["and", "the"]):
        return False
    return place_tier(doc[previous.start : span.end].text) == "strong"


def _beside_and(doc: Doc, span: Span) -> bool:
    """A span with "and" at its edge or just outside it: a part of "X and Y"."""
    inside = span[0].lower_ == "and" or span[-1].lower_ == "and"
    before = span.start > 0 and doc[span.start - 1].lower_ == "and"
    return inside or before or (span.end < len(doc) and doc[span.end].lower_ == "and")


def _one_body(doc: Doc, previous: Span, span: Span, named: Counter[str]) -> bool:
    """A body's name with "and" inside it that the model cut in two: two parts of two words or
    more, the first with no word for a body as its head ("United Bank of Africa" has one), the
    second ending in one ("Caribbean Air" + "and"
    + "Marine Branch", "Civic Discourse and" + "Community Voices Fund"), or a word for a body
    and one more ("Margaritaville Hotels" + "and" + "Resorts"). Not two bodies: a part the
    article names elsewhere (`named`: how often each text is a model span away from "and") is
    a name of its
    own ("House and Senate", "the White House and Congress"), and so is a second part that
    starts with a place or a people ("the Federal Reserve and European Central Bank") or with
    the first part's first word ("Fox Business Network and Fox News")."""
    left = [token for token in previous if token.lower_ != "the"]
    if left and left[-1].lower_ == "and" and span.start == previous.end:
        left = left[:-1]
    elif span.start != previous.end + 1 or doc[previous.end].lower_ != "and":
        return False
    right = list(span)
    if previous.label_ != "ORG" or len(left) < 2 or not right:
        return False
    if not all(token.is_title or token.lower_ in ("of", "for", "&") for token in left + right):
        return False
    single = len(right) == 1 and right[0].lower_ in ORGANISATION_WORDS
    if single and span.label_ != "ORG":
        return left[-1].lower_ in ORGANISATION_WORDS  # "Hotels and Resorts"
    words = [token.lower_ for token in left]
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if head in ORGANISATION_WORDS or len(right) < 2 or right[-1].lower_ not in BODY_HEADS:
        return False
    if named[span.text] or named[" ".join(token.text for token in left)]:
        return False
    first = right[0]
    unknown = known_type(first.text) is None and place_tier(first.text) is None
    return unknown and first.lower_ != left[0].lower_


def _split_person(
    doc: Doc, previous: Span, span: Span, alone: Counter[str], lower: set[str]
) -> bool:
    """Two one-word names with only a space between them that the model read as places or
    peoples, whose second word the article also names alone elsewhere: a given name and a
    surname ("Tyrese" + "Maxey", then "Maxey")."""
    if span.start != previous.end or len(previous) != 1 or len(span) != 1:
        return False
    labels = {previous.label_, span.label_}
    elsewhere = alone[span.text] - 1
    return labels <= MISREAD_NAME_LABELS and _person_pair(previous[0], span[0], elsewhere, lower)


def _surname_after(
    doc: Doc, span: Span, tagged: set[int], alone: Counter[str], lower: set[str]
) -> bool:
    """A one-word name that the model read as a place or a people, then a capitalised word it
    left untagged and names alone elsewhere: "Tyrese" + "Okoro" (then "Okoro"); or, when the
    first is a common given name, one it left untagged or read as a date, with no other
    mention: "Billie" + "Holliday" (not "Super" + "Tuesday")."""
    if len(span) != 1 or span.label_ not in MISREAD_NAME_LABELS or span.end >= len(doc):
        return False
    following = doc[span.end]
    if following.i not in tagged:
        evidence = alone[following.text] + is_given_name(span[0].text)
    elif following.ent_type_ in MISREAD_SURNAME_LABELS:
        evidence = int(is_given_name(span[0].text))  # not "Super" + "Tuesday"
    else:
        return False
    return following.pos_ == "PROPN" and _person_pair(span[0], following, evidence, lower)


def _head_after(doc: Doc, span: Span, tagged: set[int], lower: set[str]) -> bool:
    """A person's name the model stopped one word short of: its last word qualifies the next,
    a capitalised proper noun it left untagged that ends the phrase ("Jrue" + "Holiday", the
    surname the model did not read as a name). Not a word the article also writes in lower
    case, nor a word for a body, a place, a title or a role ("Obama Administration", "Trump
    Tower", "appointing Hitler Chancellor"), an initial ("Glaser R"), or a field's label
    ("Name: Gabrielle Hatcher Age: 27")."""
    if span.label_ != "PERSON" or span.end + 1 >= len(doc) or span[-1].whitespace_ != " ":
        return False
    word = doc[span.end]
    if span[-1].dep_ != "compound" or span[-1].head.i != word.i or word.i in tagged:
        return False
    if len(word.text) < 2 or doc[span.end + 1].text == ":":
        return False
    generic = word.lower_ in ORGANISATION_WORDS or word.lower_ in PLACE_WORDS
    generic = generic or word.lower_ in PERSON_TITLES
    return (
        word.pos_ == "PROPN"
        and word.is_title
        and word.is_alpha
        and word.dep_ != "compound"
        and word.lower_ not in lower
        and not generic
        and not is_role_noun(word.lower_)
    )


def _person_pair(first: Token, second: Token, elsewhere: int, lower: set[str]) -> bool:
    """A given name and a surname on one line, the surname named alone `elsewhere` times (at
    least once): two proper nouns, neither a place, people or body known by name nor a word the article
    also writes in lower case (`lower`: "State" of "Secretary of State Clinton", "House
    Democratic")."""
    if "\n" in first.whitespace_ or not (first.is_title and second.is_title) or elsewhere < 1:
        return False
    words = (first, second)
    if any(word.pos_ != "PROPN" or word.lower_ in lower for word in words):
        return False
    return all(known_type(word.text) is None and place_tier(word.text) is None for word in words)


def _name_start(doc: Doc, span: Span, previous: Span | None) -> int:
    """Where a name really starts, when the model's span begins inside it: after the person span
    just before it, a quoted nickname and the given name before that, or a particle ("al-")."""
    start = span.start
    if start >= 2 and attached_hyphen(doc, start - 1) and doc[start - 2].lower_ in PARTICLES:
        start -= 2  # "al-" + "Assad"
    if span.label_ != "PERSON":
        return start
    if previous is not None and previous.label_ == "PERSON" and previous.end == start:
        return previous.start
    closing = start - 1
    if closing < 3 or doc[closing].text not in QUOTE_TOKENS:
        return start
    opening = next(
        (
            i
            for i in range(closing - 1, max(closing - MAX_NICKNAME - 2, -1), -1)
            if doc[i].text == doc[closing].text
        ),
        None,
    )
    if opening is None or opening < 1 or not _nickname(doc[opening + 1 : closing]):
        return start
    given = doc[opening - 1]
    return opening - 1 if given.pos_ == "PROPN" and given.is_title else start


def _name_end(doc: Doc, start: int, end: int, label: str) -> int:
    """Where a name really ends: past a hyphenated part, a particle and the surname after it,
    or a quoted nickname and the name after it."""
    while True:
        longer = (
            _after_hyphen(doc, start, end, label)
            or _street(doc, end)
            or _business(doc, end)
            or _road_number(doc, end)
            or _after_particle(doc, end, label)
            or _after_nickname(doc, start, end, label)
        )
        if longer is None:
            return end
        end = longer


def _after_hyphen(doc: Doc, start: int, end: int, label: str) -> int | None:
    """ "Kang Young-" + "hoon" (the model stopped at the hyphen), "Rolls" + "-Royce" (a person
    or a company); not two places or peoples ("US-Caribbean", "Arab-Israeli")."""
    if label not in HYPHENATED_LABELS or end >= len(doc):
        return None
    if end - 1 > start and attached_hyphen(doc, end - 1) and doc[end].is_alpha:
        return end + 1
    following = end + 1 < len(doc) and doc[end + 1].is_alpha and doc[end + 1].text[0].isupper()
    if label not in ("PERSON", "ORG") or not following or not attached_hyphen(doc, end):
        return None  # a place or a people the model ended: "US-Caribbean" is two
    return None if known_type(doc[end + 1].text) in ("place", "group") else end + 2


def _street(doc: Doc, end: int) -> int | None:
    """A name, then the word for a street: "Bragg" + "St.", "Peachtree" + "Road"."""
    if end >= len(doc):
        return None
    word = doc[end]
    street = word.text[:1].isupper() and word.lower_.rstrip(".") in PLACE_WORDS
    return end + 1 if street and doc[end - 1].text[:1].isupper() else None


def _business(doc: Doc, end: int) -> int | None:
    """A name, a possessive and a capitalised word for a business: "Casey" + "'s Bar",
    "Dennehy" + "'s Pub" (a business named for its owner is one name)."""
    if end < len(doc) and doc[end].lower_ in POSSESSIVES and not doc[end - 1].whitespace_:
        end += 1  # the possessive is outside the model's span: "Casey" + "'s Bar"
    elif doc[end - 1].lower_ not in POSSESSIVES:
        return None  # inside: "Casey's" + "Bar"
    word = doc[end] if end < len(doc) else None
    business = word is not None and word.text[:1].isupper() and word.lower_ in BUSINESS_WORDS
    return end + 1 if business else None


def _road_number(doc: Doc, end: int) -> int | None:
    """A road's name, then its number: "Illinois Route" + "29", "Interstate" + "95"."""
    if end >= len(doc) or doc[end - 1].lower_ not in ROAD_WORDS:
        return None
    number = doc[end]
    return end + 1 if number.text[:1].isdigit() and len(number.text) <= 4 else None


def _after_particle(doc: Doc, end: int, label: str) -> int | None:
    """A person's name, then particles and a capitalised name: "Laurence" + "des Cars"."""
    if label != "PERSON":
        return None
    position = end
    while position < len(doc) and doc[position].text in PARTICLES:
        position += 1
        if position < len(doc) and attached_hyphen(doc, position):
            position += 1  # "bin Laden", "al-Assad"
    return _name_run(doc, position) if position > end else None


def _after_nickname(doc: Doc, start: int, end: int, label: str) -> int | None:
    """A person's name, a quoted nickname and the rest of the name: 'Kang "TheShy" Seung-lok';
    or a span that stops inside the nickname: 'Roberto "Hands of Stone' + '" Duran'."""
    if label != "PERSON" or end >= len(doc):
        return None
    marks = [token.i for token in doc[start:end] if token.text in QUOTE_TOKENS]
    if len(marks) % 2:
        opening, search = marks[-1], end
    elif doc[end].text in QUOTE_TOKENS:
        opening, search = end, end + 1
    else:
        return None
    mark = doc[opening].text
    closing = next(
        (
            i
            for i in range(search, min(opening + MAX_NICKNAME + 2, len(doc)))
            if doc[i].text == mark
        ),
        None,
    )
    if closing is None or not _nickname(doc[opening + 1 : closing]):
        return None
    return _name_run(doc, closing + 1)


def _nickname(words: Span) -> bool:
    """One to `MAX_NICKNAME` capitalised words (small words between): "The Rock", "TheShy"."""
    return 0 < len(words) <= MAX_NICKNAME and all(
        token.text[:1].isupper() or token.lower_ in {"of", "the", "and"} for token in words
    )


def _name_run(doc: Doc, position: int) -> int | None:
    """The end of the run of capitalised proper nouns from `position` (hyphenated parts
    included: "Seung-lok"), or None when none starts there."""
    end = position
    while end < len(doc) and _name_word(doc[end]):
        end += 1
        while end + 1 < len(doc) and attached_hyphen(doc, end) and doc[end + 1].is_alpha:
            end += 2
    return end if end > position else None


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def attached_hyphen(doc: Doc, index: int) -> bool:
    """A hyphen with no space on either side: "Young-hoon", not "Smith - the winner"."""
    token = doc[index]
    return (
        token.text == "-" and index > 0 and not doc[index - 1].whitespace_ and not token.whitespace_
    )
