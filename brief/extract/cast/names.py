"""Name mentions: the model's entity spans, put back together where it cut a name, and cleaned.

Titles, articles, demonyms before names and possessives are stripped; "X's Y" is two mentions;
a person's name cut by the model is joined again (two person spans side by side, a quoted
nickname inside a name). Each mention keeps the model's label and the type its context suggests
(`brief.extract.entity_types.context_vote`). Names in headings and Title Case headlines are weak
evidence: every word there is capitalised, so the model reads "The Nuclear Plant Wild Card" as a
name; such mentions are marked `weak`, and the cast keeps one only when the body confirms it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from brief.extract.cast.spans import (
    NAME_LABELS,
    PARTICLES,
    ROAD_WORDS,
    attached_hyphen,
    is_title,
    whole_names,
)
from brief.extract.entity_types import (
    BUSINESS_WORDS,
    COMPETITION_WORDS,
    DEMONYMS,
    ORGANISATION_WORDS,
    context_vote,
    is_match_sentence,
    is_results_line,
    known_type,
)
from brief.extract.gazetteer import place_tier
from brief.extract.given_names import COMMON_SHARE, given_name_share, is_given_name
from brief.extract.lexicon import (
    PERSON_TITLES,
    REPORTING_VERBS,
    SAYING_VERBS,
    SUBJECT_DEPS,
    is_role_noun,
    title_case_share,
)
from brief.extract.number_words import MONTH_NAMES, WEEKDAYS
from brief.frequencies import zipf_table
from brief.layout import Block
from brief.parsed import ParsedArticle
from brief.quote_marks import STRAIGHT_MARKS
from brief.records import EntityType

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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
# Words that precede a name without being part of it.
TITLES = PERSON_TITLES | frozenset(
    """foreign prime defence defense interior finance deputy vice chief spokesman spokeswoman
    spokesperson leader ceo chairman chairwoman coach manager striker midfielder general gen
    col sgt captain honourable honorable the a an""".split()
)
# A given name carried by this share (percent) of people or more starts a person's name
# inside a longer span on its own: "Robert" (3.1), "Leo" (0.11), "Alfredo" (0.054).
FREQUENT_GIVEN_SHARE = 0.05
# Words that join the parts of a name and start none: "and Kindness" is no name.
JOINING_WORDS = frozenset("of and for & on upon at y".split())
# Sentence words the model runs into the end of a name: "Future of NYCHA However".
CARRY_ON = frozenset(
    "however this these those meanwhile also but yet then thus therefore moreover instead".split()
)
# Tokens that end one name and start another inside a model span: "Fortune, Rooney",
# "Organisation (ILO", "Kaieteur News – Police".
PIECE_SEPARATORS = frozenset({",", ";", "(", ")"})
DASHES = frozenset({"-", "–", "—"})
# How far after a subject's last word its verb in the plural stands: "X are", "X have also said".
PLURAL_VERB_REACH = 2
# Words between a person's name and another name of theirs: 'X better known as "Y"'.
ALIAS_CUES = frozenset("known aka a.k.a. nicknamed alias".split())
ALIAS_WORDS = ALIAS_CUES | frozenset("better also as".split())
# Honours and offices written after a person's name.
POST_NOMINALS = frozenset("qc kc mp mep msp obe mbe cbe kbe dbe phd esq".split())
# How a name stands beside the noun phrase it renames: "Another, Pelco, announced" (which
# the parser reads as an adverbial noun phrase too).
BESIDE_DEPS = frozenset({"appos", "npadvmod"})
# How a name qualifies the noun after it: "Zaporizhzhia nuclear plant", "COVID-19 cases".
QUALIFYING_DEPS = frozenset({"compound", "nmod", "amod"})
# Verbs that say what their subject is: "Omicron is becoming the predominant variant".
COPULAS = frozenset({"be", "become"})
POSSESSIVE_ENDINGS = ("'s", "'", "’s", "’")
# Marks around a title ("the film "1917""): the model's text has straight quotes.
QUOTE_TOKENS = frozenset(STRAIGHT_MARKS)
# Lower-case words that can sit inside a name: "Bank of England", "Ludwig van Beethoven".
NAME_CONNECTORS = PARTICLES | frozenset("of the and for y on upon & at".split())
# Labels of names that carry no figures: a number inside one is a score or total that the
# model ran into the name ("Kent 244"); works, products and events keep theirs ("Euro 96")
# except in a results line, where only events do.
FIGURELESS_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
# The model's labels for titles of works and laws: "The Great Gatsby" has no person run into it.
WORK_LABELS = frozenset({"WORK_OF_ART", "LAW"})
# Verbs whose object, with a determiner, is a prize: "won the Oscar".
AWARD_VERBS = frozenset("win receive earn collect accept scoop nominate award".split())
# A stock ticker right after a name: "Apple (NASDAQ: AAPL)", "Microsoft Corp <MSFT.O>".
TICKER = re.compile(
    r"\s*[(<]\s*(?:(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|ASX|OTC)\s*:\s*[A-Z.]{1,8}"
    r"|[A-Z]{1,5}\.[A-Z]{1,2})\s*[)>]"
)
# Initials: "S." of "S. Jayasuriya", "AP" of "AP McCoy".
_INITIAL_WORD = re.compile(r"[A-Z]{1,3}|(?:[A-Z]\.)+")
# A news agency's credit glued to the first word of a story: "(CNN)Sofia", "AP)Police".
# A clock time right before a word: "10:11 pm ", "13:59 ", "9.30am " (not "20.04 LTS").
_CLOCK_BEFORE = re.compile(
    r"\b(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\s*)?|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\s*)$",
    re.IGNORECASE,
)
# A dash between spaces after a run-in label: "ACCIDENT – A vehicle ...".
_RUN_IN_DASH = re.compile(r" [–—-] ")
_GLUED_CREDIT = re.compile(r"\(?[A-Z]{2,}\)(?=[A-Z][a-z])")
# An aside glued to a name's last word by a dash with no space: "Luther Stan Pate IV—a Tuscaloosa
# real estate tycoon—", of which the tokenizer made one word "IV—a"; or the dash alone, which
# the model read as a hyphen inside the name ("Donald Trump—the next", "Ted Cruz—35").
_GLUED_ASIDE = re.compile(r"[—–](?:[a-z0-9][\w'’]*)?$")
# An age or a height right before a name: only a person has them ("54-year-old Bharrat
# Ramdehol", "the 7-foot-3 Kristaps Porzingis"), when the name is no modifier ("20-year-old
# Norwich striker Keith O'Neill").
AGED = re.compile(r"\b\d+-(?:years?-old|foot(?:-\d+)?)\s$")
_LATIN = re.compile(r"[A-Za-z]")
# A capitalised word in the plural ("Sixers"), and how often the article must write it for its
# singular before a person's name to be a member's noun ("former Sixer Jrue Holiday").
_CAPITALISED_PLURAL = re.compile(r"\b[A-Z][a-z]+s\b")
MEMBERS_NAMED = 2
# A word at least this frequent in English (wordfreq's Zipf scale: "gyms" 3.2, "subscribe" 4.0)
# is a common word where it opens a sentence and the tagger reads no proper noun.
COMMON_WORD_ZIPF = 3.0
# A word at least this frequent ("drama" 4.7, "riot" 4.1) is a common word even where the tagger
# reads a proper noun, when the article writes it capitalised only opening a sentence (unspoken,
# untitled), or always as the last word of a longer capitalised name ("Heisman Trophy").
COMMON_NAME_ZIPF = 4.0
# Marks after which a capitalised word opens a sentence or a line.
OPENING_MARKS = frozenset(".!?:;\n\"“‘'(")
# How many words before a name a figure makes its line a results line or a table row.
FIGURE_REACH = 3
# The model's labels for a capitalised word it does not know: a body, a people or a place it
# reads from the word's own form ("Reuters", "Democratic", "Sussex"), a person or a title it guesses.
GUESSED_LABELS = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART"})
# Nouns for a kind of polity: capitalised after "the", they describe a place ("the Territory").
POLITY_NOUNS = frozenset(
    """territory country state island city town village county province region kingdom
    republic nation capital district colony commonwealth""".split()
)
# "the" in lower case right before a mention (searched up to the mention's start): "The" may be
# the first word of a title ("the magazine The Nation").
_THE_BEFORE = re.compile(r"\bthe\s+$")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# An ordinal written in figures: "75th", "2nd".
_ORDINAL_FIGURE = re.compile(r"\d+(?:st|nd|rd|th)")
# A short capitalised word with a full stop: "St.", "Jr.", "Inc.".
SHORT_WORD = re.compile(r"[A-Z][a-z]{1,3}\.")
ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+")
# Words written in lower case in the article ("translation" makes "Translation" no name); not
# the host of a web or mail address ("www.arsenal.com" leaves "Arsenal" a name; the words of
# its path, "/super-tuesday", are words).
_LOWER_WORD = re.compile(r"(?<![\w'’@-])(?<!\w\.)[a-z]+(?:-[a-z]+)*(?![\w'’@-]|\.[a-z])")


# An e-mail address is a way to reach someone, no name of an actor ("write to Emma@citylimits.org,
# the editor"); the name its host spells still counts (`_LOWER_WORD`).
_MAIL_ADDRESS = re.compile(r"\w@\w")


@dataclass(frozen=True, slots=True)
class NameMention:
    """One occurrence of a name in the text, after cleaning: the model's `label`, whether it is
    in a heading (`weak`), the type its context suggests, whether it is the subject of a verb of
    saying (`spoke`), the person's title before it ("mr", "president"), lower case, and whether
    a stock ticker follows it ("(NASDAQ: NFLX)"), and whether its heading is all in capitals
    (`shouted`: there a word in capitals is no sign of an acronym, "BASEBALL - MAJOR LEAGUE
    STANDINGS"), and the person's name it is another name of (`alias_of`: 'Bharrat Ramdehol
    better known as "Suresh"')."""

    start: int
    end: int
    surface: str
    label: str
    weak: bool = False
    context: EntityType | None = None
    spoke: bool = False
    title: str | None = None
    ticker: bool = False
    shouted: bool = False
    alias_of: str | None = None


def name_mentions(article: ParsedArticle) -> list[NameMention]:
    """Every name the model finds in the article, whole and cleaned, in text order; a one-word
    name the article also writes in lower case is an ordinary word and left out."""
    weak_blocks = _weak_blocks(article)
    shouted = [block for block in weak_blocks if not _has_lower(article.layout.block_text(block))]
    lower_words = set(_LOWER_WORD.findall(article.text))
    spans = whole_names(article)
    surnames = {span[-1].text for span in spans if span.label_ == "PERSON" and len(span) > 1}
    plurals = Counter(_CAPITALISED_PLURAL.findall(article.text))
    bodies = {word for word, count in plurals.items() if count >= MEMBERS_NAMED}
    mentions = [
        replace(mention, shouted=in_blocks(mention.start, shouted)) if shouted else mention
        for span in spans
        for mention in _clean(
            article, span, in_blocks(span.start_char, weak_blocks), lower_words, surnames, bodies
        )
    ]
    ends = {word for m in mentions if " " in m.surface for word in _end_words(m.surface)}
    mentions = [m for m in mentions if not _is_common_word(lower_words, m, ends)]
    mentions = [m for m in mentions if not _MAIL_ADDRESS.search(m.surface)]
    mentions = [m for m in mentions if not _time_zone(article.text, m)]
    mentions = _without_field_labels(article.text, mentions)
    mentions = [_without_glued_aside(_without_dateline(m)) for m in mentions]
    mentions = _without_day_names(article, mentions)
    mentions = _without_opening_words(article, mentions)
    mentions = _without_name_tails(article, mentions)
    return _without_descriptions(article.text, _without_run_ins(mentions, lower_words))


def _without_day_names(article: ParsedArticle, mentions: list[NameMention]) -> list[NameMention]:
    """The mentions but the one-word names that every time start a named day the model read as a
    date from its second word on: "Super" of "Super Tuesday", "Cyber" of "Cyber Monday"; not a
    known place or acronym, which a date may follow ("in Miami Thursday", "CNN Tuesday", the
    club "Sheffield Wednesday"), nor a people the model reads, whose day it names ("Moslem
    Friday")."""
    return _without_names_always(
        mentions,
        lambda mention: _day_follows(article, mention),
        judged=lambda mention: (
            " " not in mention.surface
            and mention.label != "NORP"
            and not _known_word(mention.surface)
        ),
    )


def _without_opening_words(
    article: ParsedArticle, mentions: list[NameMention]
) -> list[NameMention]:
    """The mentions but the one-word names that are, every time, a common English word opening a
    sentence, where the tagger reads no proper noun: a page's buttons and notices ("Subscribe
    now", "Email vote@…"), a line that starts with a plural ("Gyms are cut back"); never a word
    of a longer name in the article ("Sanders" beside "Scott Sanders")."""
    within = {
        word for mention in mentions if " " in mention.surface for word in mention.surface.split()
    }
    return _without_names_always(
        mentions,
        lambda mention: _opening_word(article, mention),
        judged=lambda mention: " " not in mention.surface and mention.surface not in within,
    )


def _without_name_tails(article: ParsedArticle, mentions: list[NameMention]) -> list[NameMention]:
    """The mentions but the one-word names that are, every time, a common word (Zipf
    `COMMON_NAME_ZIPF` or more) the model cut from the end of a longer capitalised name: "Trophy"
    of "Heisman Trophy", "Worldwide" of "CNN Worldwide"; not a name after a title or a people
    ("President Obama", "Republican Trump"), nor a word of a longer name of the article. The
    word's frequency is looked up last: the table is loaded only for a name it may decide."""
    within = {
        word for mention in mentions if " " in mention.surface for word in mention.surface.split()
    }
    return _without_names_always(
        mentions,
        lambda mention: _name_tail(article, mention) and _common_name_word(mention),
        judged=lambda mention: " " not in mention.surface and mention.surface not in within,
    )


def _common_name_word(mention: NameMention) -> bool:
    """A name the model guessed (`GUESSED_LABELS`) that is a common English word (Zipf
    `COMMON_NAME_ZIPF` or more) and no known name, given name or acronym."""
    return mention.label in GUESSED_LABELS and _common_word(mention.surface, COMMON_NAME_ZIPF)


def _common_word(word: str, least: float) -> bool:
    """A word of English at least `least` frequent (Zipf) that is no known name, given name or
    acronym; the frequency table is read last, only for a word it may decide."""
    if _known_word(word) or is_given_name(word):
        return False
    return zipf_table().get(word.lower(), 0.0) >= least


def _name_tail(article: ParsedArticle, mention: NameMention) -> bool:
    """Whether a one-word mention goes on a longer name: right after a capitalised proper noun
    on its line that is no initial, title, people, given name or person's name of the model's
    ("E Miller", "See Trump, Donald J."); not right after a figure, in a results line or a
    table row where names stand side by side ("8. Inger Miller ( U.S. ) 11.37")."""
    index = article.token_at(mention.start)
    if index == 0 or article.text[mention.start - 1 : mention.start] != " ":
        return False
    near = article.doc[max(0, index - 1 - FIGURE_REACH) : index - 1]
    if any(token.like_num and token.text[:1].isdigit() for token in near):
        return False
    before = article.doc[index - 1]
    if not before.text[:1].isupper() or not before.is_alpha or len(before) == 1:
        return False
    if before.pos_ != "PROPN" or before.ent_type_ in ("NORP", "PERSON"):
        return False
    word = before.lower_
    return not (word in TITLES or word in DEMONYMS or is_given_name(before.text))


def _without_names_always(
    mentions: list[NameMention],
    test: Callable[[NameMention], bool],
    judged: Callable[[NameMention], bool] = lambda mention: True,
) -> list[NameMention]:
    """The mentions but every mention of a name for which `test` holds wherever it is `judged`
    (a name written once as an ordinary name stays: "Bush" in "Bush: Survive to S.C." beside
    "the Bush campaign")."""
    verdicts: dict[str, bool] = {}
    for mention in mentions:
        if judged(mention):
            verdicts[mention.surface] = verdicts.get(mention.surface, True) and test(mention)
    gone = {surface for surface, always in verdicts.items() if always}
    return [mention for mention in mentions if mention.surface not in gone] if gone else mentions


def _opening_word(article: ParsedArticle, mention: NameMention) -> bool:
    """Whether a one-word mention opens its sentence as a common word (Zipf frequency
    `COMMON_WORD_ZIPF` or more) the tagger reads as no proper noun, the model as a person or a
    title (`GUESSED_LABELS`), and is no known name, given name or acronym; or, where the tagger
    reads a proper noun, as a more common word (`_common_name_word`: "Drama unfolds", "Riot
    police took") that the article writes capitalised only where a sentence opens
    (`_only_opening`), with no title, not speaking and owning nothing ("Obama's")."""
    token = article.doc[article.token_at(mention.start)]
    if mention.label not in GUESSED_LABELS or token.idx != mention.start:
        return False
    if not token.is_sent_start:
        return False
    if token.pos_ == "PROPN":
        return (
            _unreferred(article, mention)
            and _only_opening(article, mention.surface)
            and _common_name_word(mention)
        )
    return _common_word(mention.surface, COMMON_WORD_ZIPF)


def _only_opening(article: ParsedArticle, word: str) -> bool:
    """Whether the article writes a word, capitalised so, only where a sentence or a line opens
    ("God" of "God has given this man" is also written in "who has God anointed?")."""
    for match in re.finditer(rf"\b{re.escape(word)}\b", article.text):
        before = article.text[: match.start()].rstrip(" \t")
        token = article.doc[article.token_at(match.start())]
        if before and before[-1] not in OPENING_MARKS and not token.is_sent_start:
            return False
    return True


def _unreferred(article: ParsedArticle, mention: NameMention) -> bool:
    """A mention with no title, not speaking or reporting ("Wolf reported from Washington"),
    owning nothing: nothing marks it as a name."""
    owns = article.text.startswith(POSSESSIVE_ENDINGS, mention.end)
    root = article.doc[article.token_at(mention.start)]
    reports = root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING_VERBS
    return mention.title is None and not mention.spoke and not owns and not reports


def _known_word(word: str) -> bool:
    """An acronym, or a word a gazetteer or list knows as a name."""
    return is_acronym(word) or place_tier(word) is not None or known_type(word) is not None


def _day_follows(article: ParsedArticle, mention: NameMention) -> bool:
    """Whether the next word after a mention, one space on, is a capitalised weekday or month
    that the model reads as (the start of) a date."""
    if article.text[mention.end : mention.end + 1] != " ":
        return False
    index = article.token_at(mention.end + 1)
    if index >= len(article.doc):
        return False
    token = article.doc[index]
    day = token.lower_ in WEEKDAYS or token.lower_ in MONTH_NAMES
    return day and token.text[:1].isupper() and token.ent_type_ == "DATE" and token.ent_iob_ == "B"


def _time_zone(text: str, mention: NameMention) -> bool:
    """A word in capitals right after a clock time is its time zone, not a body: "10:11 pm
    CST", "13:59 GMT"."""
    if " " in mention.surface or not mention.surface.isupper():
        return False
    return _CLOCK_BEFORE.search(text, max(0, mention.start - 16), mention.start) is not None


def _without_descriptions(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """The mentions without capitalised descriptions of a place: a noun for a kind of polity,
    alone or after one more word, that the body always writes after "the" in lower case and no
    gazetteer knows as a name ("the Territory", "the Caribbean Territory" for the British Virgin
    Islands; not "the Czech Republic", "the Northern Territory", "the magazine The Nation").
    They refer back to a place the article names; they are no name of their own."""
    surfaces: dict[str, list[NameMention]] = defaultdict(list)
    for mention in mentions:
        surfaces[mention.surface].append(mention)
    described = {
        surface
        for surface, group in surfaces.items()
        if _polity_noun(surface)
        and all(_THE_BEFORE.search(text, 0, m.start) for m in group if not m.weak)
        and any(not m.weak for m in group)
    }
    # two words only beside the noun alone: "the Caribbean Territory" and "the Territory", not
    # "the Sichuan Province" or "the Forbidden City" alone
    described = {d for d in described if " " not in d or d.split()[-1] in described}
    return [m for m in mentions if m.surface not in described] if described else mentions


def _polity_noun(surface: str) -> bool:
    """One or two words, the last a noun for a kind of polity, neither the whole nor the word
    before known as a name ("the Chechen Republic" is a people's)."""
    words = surface.split()
    if len(words) > 2 or words[-1].lower() not in POLITY_NOUNS:
        return False
    return all(
        known_type(name) is None and place_tier(name) is None for name in (surface, words[0])
    )


def _without_dateline(mention: NameMention) -> NameMention:
    """A name without the credit line glued to its first word: "(CNN)Sofia Vergara"."""
    glued = _GLUED_CREDIT.match(mention.surface)
    if glued is None or mention.end - mention.start != len(mention.surface):
        return mention
    cut = glued.end()
    return replace(mention, start=mention.start + cut, surface=mention.surface[cut:])


def _without_glued_aside(mention: NameMention) -> NameMention:
    """A name without the first word of an aside glued to it by a dash: "Pate IV" of "Pate
    IV—a", "Donald Trump" of "Donald Trump—"."""
    glued = _GLUED_ASIDE.search(mention.surface)
    if glued is None or glued.start() == 0 or mention.end - mention.start != len(mention.surface):
        return mention
    cut = len(mention.surface) - glued.start()
    return replace(mention, end=mention.end - cut, surface=mention.surface[: glued.start()])


def _without_run_ins(mentions: list[NameMention], lower_words: set[str]) -> list[NameMention]:
    """A person's name with the words before it that the model ran into it, cut back to the
    name: "Premier League Klopp", "White Hart Lane Sherwood", "Superintendent Ledbetter".

    The article names the person elsewhere in full, and the model reads that as a person
    ("Jurgen Klopp"); the words left are that full name, or its surname which the article also
    writes alone ("Klopp"; not "Rhinos" of "Leeds Rhinos", though the model calls it a person).
    The words cut off are:
    - words the article writes in lower case ("the superintendent"); when the model reads the
      whole as a person, only roles, or words that end another name ("League" of "Premier
      League"), so "Bikram Choudhury" stays whole beside "bikram yoga";
    - a name its words make a body, a place or an event ("Premier League", "White Hart Lane"),
      or another person's full name before a surname ("Matthew Stevens O'Sullivan");
    - a name of something else the article uses alone, when it is a known place ("Malaga
      Benzema") or a body the model reads alone ("Everton Gomis" beside "Everton", a club), or
      the model reads the whole as no person and the name has two words or more
      ("Sky News Doaa"; not "Ivanka" of "Ivanka Trump", a given name the model calls a product
      elsewhere), or a name such a name starts ("Crucible" of "Crucible Theatre").
    A name cut off stays a mention of its own. Words cut off never end in a particle ("Joost
    van der"), and one word cut off is never initials or a common given name ("Bill Gates" stays
    whole though the article says "the bill"). A person's name the model reads twice or more
    is one name ("Aung San Suu Kyi", though "Aung San" is her father's), and so is a place
    the gazetteers know ("North Korea", though the model reads "N. Korea" as a person).
    """
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        if not mention.weak:
            labels[mention.surface][mention.label] += 1
    usual = {surface: count.most_common(1)[0][0] for surface, count in labels.items()}
    repeated = {surface for surface, count in labels.items() if count["PERSON"] > 1}
    people = {surface for surface, label in usual.items() if label == "PERSON" and " " in surface}
    cut: list[NameMention] = []
    for mention in mentions:
        start = _run_in_end(mention, people, usual, repeated, lower_words)
        if start is None:
            cut.append(mention)
            continue
        head = mention.surface[:start].rstrip()
        if head in usual or known_type(head) is not None:
            label = usual.get(head, mention.label)
            end = mention.start + len(head)
            cut.append(replace(mention, end=end, surface=head, label=label, spoke=False))
        rest = mention.surface[start:]
        cut.append(replace(mention, start=mention.start + start, surface=rest, label="PERSON"))
    return cut


def _run_in_end(
    mention: NameMention,
    people: set[str],
    usual: dict[str, str],
    repeated: set[str],
    lower_words: set[str],
) -> int | None:
    """Where the person's own name starts inside a mention with words run into it, or None
    (`people`: the full names the model reads as people; `usual`: every name's usual label;
    `repeated`: the names the model reads as a person twice or more: "Aung San Suu Kyi")."""
    words = mention.surface.split(" ")
    if mention.label in WORK_LABELS or len(words) < 2 or place_tier(mention.surface) is not None:
        return None  # a known place is one name: "North Korea"
    if mention.end - mention.start != len(mention.surface) or mention.surface in repeated:
        return None  # a line break inside; a person's name written twice is one name
    person = mention.label == "PERSON"
    things = [
        name for name, label in usual.items() if label != "PERSON" and name != mention.surface
    ]
    others = people - {mention.surface}
    for size in range(1, len(words)):
        head, rest = words[:size], " ".join(words[size:])
        if not _person_named(rest, others, usual) or _starts_a_name(head):
            continue
        joined = " ".join(head)
        lower = all(word.lower() in lower_words for word in head)
        if lower and (not person or all(is_role_noun(word.lower()) for word in head)):
            return len(joined) + 1
        if known_type(joined) is not None or (size > 1 and joined in people and " " not in rest):
            return len(joined) + 1
        place = place_tier(joined) is not None
        alone = joined in things and (size > 1 or place)  # not "Ivanka", "Lachlan" alone
        if person:
            named = joined in things and (place or usual[joined] == "ORG")
        else:
            named = alone or any(other.startswith(joined + " ") for other in things)
        if named or (lower and any(other.endswith(" " + joined) for other in things)):
            return len(joined) + 1
    return None


def _person_named(words: str, people: set[str], usual: dict[str, str]) -> bool:
    """Words that name a person elsewhere: a full name the model reads as a person, or the
    surname of one, which the article also writes alone; never a known place or people."""
    if known_type(words) is not None:
        return False
    if words in people:
        return True
    return words in usual and any(name.endswith(" " + words) for name in people)


def _starts_a_name(head: list[str]) -> bool:
    """Words that start a person's own name: initials or a common given name alone, or words
    that end in a particle ("Joost van der" of "Joost van der Westhuizen")."""
    if head[-1] in PARTICLES:
        return True
    return len(head) == 1 and bool(_INITIAL_WORD.fullmatch(head[0]) or is_given_name(head[0]))


def _weak_blocks(article: ParsedArticle) -> list[Block]:
    """Headings, and the title when it is written in Title Case."""
    layout = article.layout
    blocks = [section.heading for section in layout.sections if section.heading is not None]
    title = layout.title
    if title is not None and _title_case(layout.block_text(title)):
        blocks.append(title)
    return blocks


def _has_lower(text: str) -> bool:
    return any(char.islower() for char in text)


def _title_case(text: str) -> bool:
    capitalised, words = title_case_share(text, minor=frozenset(), shortest=4)
    return words >= 2 and capitalised / words >= 0.75


def in_blocks(offset: int, blocks: list[Block]) -> bool:
    return any(block.start <= offset < block.end for block in blocks)


def _clean(
    article: ParsedArticle,
    span: Span,
    weak: bool,
    lower_words: set[str],
    surnames: frozenset[str] | set[str] = frozenset(),
    bodies: frozenset[str] | set[str] = frozenset(),
) -> Iterable[NameMention]:
    """Strip titles, demonyms, members' nouns and possessives; split "X's Y" into two mentions,
    and "X and Y" when they are two places or two people (`surnames`: the last words of the
    article's people's full names; `bodies`: the capitalised plurals the article uses as names,
    whose singular before a person's name says what the person is: "Sixer Jrue Holiday")."""
    if span.label_ not in LABEL_TYPES:
        return
    joined = any(not token.text[:1].isupper() for token in span)  # small words, possessives
    if joined and span.label_ not in NAME_LABELS and is_title(span.doc, span.start, span.end):
        yield from _mentions(article, list(span), span.label_, weak, None)
        return  # a title is one name, small words and possessives in it ("The Hispanics" is not)
    tokens = list(span)
    title: str | None = None
    while tokens and (tokens[0].lower_ in TITLES or not tokens[0].text[:1].isalnum()):
        word = tokens.pop(0).lower_.rstrip(".")
        title = word if word in PERSON_TITLES else title
    if span.label_ == "PERSON" and len(tokens) > 2 and _member(tokens[0], bodies, surnames):
        tokens.pop(0)  # "Californian Thomas Slattery", "former Sixer Jrue Holiday"
    if span.label_ == "PERSON" and len(tokens) > 1 and _sentence_word(article, tokens, lower_words):
        tokens.pop(0)  # "Neither Cruz nor Rubio", "Said Comey": capitalised only as the first word
    if span.label_ == "PERSON":
        tokens = tokens[_given_name_start(tokens, lower_words) :]
    while tokens and (_trailing_noise(tokens[-1]) or _post_nominal(span.label_, tokens)):
        tokens.pop()
    # Each piece keeps the model's label, except what follows a possessive: in "Putin's
    # Valdai" the label was for Putin.
    results = is_results_line(article.model_text(span.sent))
    # A score inside a work's or a product's span ("Surrey 429-7") makes its label no evidence.
    scored = span.label_ not in FIGURELESS_LABELS and any(
        _is_figure(token, span.label_, results) for token in tokens
    )
    pieces: list[tuple[str, list[Token]]] = [("" if scored else span.label_, [])]
    split = _two_names(span, surnames)
    for position, token in enumerate(tokens):
        if token.text in POSSESSIVE_ENDINGS and _office(tokens, position):
            pieces[-1][1].append(token)  # "Christian County Sheriff's Department": one body
        elif token.text in POSSESSIVE_ENDINGS:
            pieces.append(("", []))
        elif _separates(token):
            pieces.append((pieces[-1][0], []))  # "Fortune, Rooney"
        elif split is not None and token.lower_ == "and":
            pieces[-1] = (split, pieces[-1][1])  # "Homestead and Dadeland": two places
            pieces.append((split, []))
        elif _lower_word(token):
            pieces.append((pieces[-1][0], []))  # "Approve makes Vioxx": not one name
        elif _is_figure(token, span.label_, results):
            pieces.append((pieces[-1][0], []))  # "Kent 244", "A. Smith 5-68": a score ran in
        else:
            pieces[-1][1].append(token)
    for index, (label, piece) in enumerate(pieces):
        piece = _trimmed(piece)
        if piece:
            yield from _mentions(article, piece, label, weak, title if index == 0 else None)


def _member(
    token: Token, bodies: frozenset[str] | set[str], surnames: frozenset[str] | set[str]
) -> bool:
    """A word that says what body or people a person belongs to: a demonym ("Californian"), or
    the singular of a body the article names in the plural, no given name, and no person's
    surname ("Sixer" of the "Sixers"; not "Sander" beside Bernie Sanders)."""
    if token.lower_ in DEMONYMS:
        return True
    plural = token.text + "s"
    return plural in bodies and plural not in surnames and not is_given_name(token.text)


def _sentence_word(article: ParsedArticle, tokens: list[Token], lower_words: set[str]) -> bool:
    """A word that starts the sentence, capitalised for that alone: one of spaCy's stop words
    the tagger reads as no name or noun ("Neither", "Without", "Among"), or a verb the article
    also writes in lower case ("Said Comey", "Telling Jeb Bush"; not "Bikram Choudhury" beside
    "bikram yoga"), or a role it writes in lower case before a person's name ("Superintendent
    Ledbetter" beside "schools superintendent Chuck Ledbetter"); never a common given name
    ("Will" of "Will Smith", which the tagger may read as a verb). A role is cut after the quote
    mark that opens a sentence too; a verb or a role only when the article names the rest
    without it; and any common word before another person's surname (`_before_a_surname`)."""
    token, word = tokens[0], tokens[0].lower_
    if is_given_name(token.text):
        return False
    if token.is_sent_start and token.is_stop and token.pos_ not in ("PROPN", "NOUN"):
        return True
    opens = all(t.is_punct for t in token.doc[token.sent.start : token.i])  # after a quote mark
    verb = token.is_sent_start and _used_as_verb(article, word)
    used = word in lower_words and (verb or (opens and _used_as_title(article, word)))
    if used:
        return _named_without(article, tokens)
    return opens and _before_a_surname(article, tokens)


def _before_a_surname(article: ParsedArticle, tokens: list[Token]) -> bool:
    """Whether a common English word (Zipf `COMMON_NAME_ZIPF` or more, no name or given name)
    opens the sentence right before a surname that the article writes alone (after no
    capitalised word) and that another person's full name ends in ("Painting Trump as a
    threat" beside "Donald Trump" and "Trump"; not "Woody Johnson", a rarer word, "Bill
    Clinton", a given name, nor "De Blasio", a particle of the name)."""
    if len(tokens) != 2 or tokens[0].lower_ in PARTICLES:
        return False  # "De Blasio" of "Bill de Blasio"
    first, surname = tokens[0].text, tokens[1].text
    bearers = (ent for ent in article.doc.ents if ent.label_ == "PERSON" and len(ent) > 1)
    if not any(ent[-1].text == surname and ent[0].text != first for ent in bearers):
        return False
    doc = article.doc
    alone = any(  # after no capitalised word ("Keenan" of "Maynard James Keenan" is not)
        index > 0 and not doc[index - 1].text[:1].isupper()
        for index in article.tokens_where("ORTH", [surname])
    )
    return alone and _common_word(first, COMMON_NAME_ZIPF)  # the frequency table read last


def _named_without(article: ParsedArticle, tokens: list[Token]) -> bool:
    """Whether the words after the first are a name the article also writes without it
    ("Comey" beside "Said Comey"; not "Htein", only ever "Win Htein")."""
    rest = article.original(tokens[1].idx, tokens[-1].idx + len(tokens[-1]))
    whole = article.original(tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    return article.text.count(rest) > article.text.count(whole)


def _used_as_verb(article: ParsedArticle, word: str) -> bool:
    """Whether the article writes `word` in lower case as a verb somewhere ("said")."""
    doc = article.doc
    return any(
        doc[index].is_lower and doc[index].pos_ in ("VERB", "AUX")
        for index in article.tokens_where("LOWER", [word])
    )


def _used_as_title(article: ParsedArticle, word: str) -> bool:
    """Whether the article writes `word` in lower case right before a name the model reads as
    a person's, and outside it ("superintendent Chuck Ledbetter"): a role that titles the
    person; never a particle ("de" of "Bill de Blasio")."""
    if word in PARTICLES:
        return False  # "de" of "Bill de Blasio"
    doc = article.doc
    return any(
        doc[index].is_lower
        and not doc[index].ent_type_
        and index + 1 < len(doc)
        and doc[index + 1].ent_type_ == "PERSON"
        for index in article.tokens_where("LOWER", [word])
    )


def _office(tokens: list[Token], position: int) -> bool:
    """A possessive inside a body's name, whose last word is a word for a body: a role's office
    or department ("Sheriff's Department", "Attorney General's Office"), or the members a body
    is of, a plural ("National Socialist German Workers' Party", "Professional Footballers'
    Association"); or a business named for its owner ("Casey's Bar"); not "Putin's Valdai"."""
    if position == 0 or position != len(tokens) - 2:
        return False
    if tokens[-1].lower_ in BUSINESS_WORDS and tokens[-1].text[:1].isupper():
        return True  # "Casey's Bar": a business named for its owner
    if tokens[-1].lower_ not in ORGANISATION_WORDS:
        return False
    owner = tokens[position - 1]
    members = tokens[position].text in ("'", "’") and owner.text.endswith("s")
    return is_role_noun(owner.lower_) or (members and owner.text[:1].isupper())


def _separates(token: Token) -> bool:
    """A comma, a bracket or a dash with spaces around it ("Kaieteur News – Police")."""
    dash = token.text in DASHES and bool(token.whitespace_)
    return token.text in PIECE_SEPARATORS or dash


def _two_names(span: Span, surnames: frozenset[str] | set[str]) -> str | None:
    """The label of each part of a place or body span that is two places or two people:
    "Homestead and Dadeland" (not "Trinidad and Tobago", one country), "Grant and Ambersley"
    (when the article names Heather Grant and Nigel Ambersley); None for one name, and for
    every span with a word for a body ("Bank of Trinidad and Tobago", "Smith and Wesson
    Holdings")."""
    words = [t.lower_ for t in span]
    if span.label_ not in ("GPE", "LOC", "ORG") or "and" not in words:
        return None
    if place_tier(span.text) is not None or not ORGANISATION_WORDS.isdisjoint(words):
        return None
    left, _, right = span.text.partition(" and ")
    if left in surnames and right in surnames:
        return "PERSON"
    proper = all(t.pos_ == "PROPN" for t in span if t.lower_ != "and")  # not "Federal and State"
    places = proper and (place_tier(left) is not None or place_tier(right) is not None)
    return ("GPE" if span.label_ == "ORG" else span.label_) if places else None


def _trimmed(piece: list[Token]) -> list[Token]:
    """A piece without the small words and sentence words the model ran into its ends: "Civic
    Discourse and", "Future of NYCHA However", "of the Petroleum Commission", an article "A"."""
    while piece and (_small_word(piece[-1], NAME_CONNECTORS) or piece[-1].lower_ in CARRY_ON):
        piece = piece[:-1]
    while piece and (_small_word(piece[0], JOINING_WORDS) or piece[0].lower_ in ("a", "an")):
        piece = piece[1:]  # "and Kindness"; "A Quincy" of "ACCIDENT - A Quincy driver"
    return piece


def _small_word(token: Token, words: frozenset[str]) -> bool:
    return token.is_lower and token.lower_ in words


def _given_name_start(tokens: list[Token], lower_words: set[str]) -> int:
    """Where a person's name starts inside a span of capitalised words: at the first given
    name, when a surname follows and the words before it are capitalised words, not initials
    or particles, and either the given name is a frequent one (`FREQUENT_GIVEN_SHARE`) or the
    word before it is a title, a role, a word the article writes in lower case or a word in
    capitals before a name that is not ("Volunteer Coordinator Bonnie Young", "Supervisor
    Alfredo Pedroza", "Tanaiste Leo Varadkar", "RIP Stan Freberg"; never "I. Austin")."""
    for index, token in enumerate(tokens[: len(tokens) - 1]):
        share = given_name_share(token.text)
        if share < COMMON_SHARE or not token.text[:1].isupper():
            continue
        before = tokens[:index]
        if not before or any(not t.is_alpha or len(t) <= 2 or t.is_lower for t in before):
            return 0
        word = before[-1].lower_
        shouted = before[-1].is_upper and len(before[-1]) > 2 and not token.is_upper
        described = word in TITLES or is_role_noun(word) or word in lower_words or shouted
        return index if described or share >= FREQUENT_GIVEN_SHARE else 0
    return 0


def _lower_word(token: Token) -> bool:
    """A word in lower case that no name holds ("Approve makes Vioxx"), unless it is a particle
    ("des Cars") or the part of a word after a hyphen ("Young-hoon")."""
    if not (token.is_lower and token.is_alpha) or token.lower_ in NAME_CONNECTORS:
        return False
    return not (token.i > 0 and attached_hyphen(token.doc, token.i - 1))


def _short_word(text: str) -> bool:
    """A short capitalised word with a full stop that ends a name ("St.", "Jr.", "Inc."), not a
    title that starts the next one ("Dr.")."""
    return SHORT_WORD.fullmatch(text) is not None and text.lower().rstrip(".") not in TITLES


def _post_nominal(label: str, tokens: list[Token]) -> bool:
    """Letters after a person's name that are no part of it: "Neil Ford QC", "Jane Smith MP"."""
    return label == "PERSON" and len(tokens) > 2 and tokens[-1].lower_.rstrip(".") in POST_NOMINALS


def _is_figure(token: Token, label: str, results: bool) -> bool:
    """A score or total the model ran into a name: "Kent 244", "A. Smith 5-68", "M1 63.02" (not
    "Channel 4"); in a results line, a table row or a sentence with a score, any figure in a
    name but an event's ("Haitai 3", "Surrey 429-7" read as a work)."""
    text = token.text
    if not any(c.isdigit() for c in text) or any(c.isalpha() for c in text):
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_ in ROAD_WORDS:
        return False  # "Illinois Route 29", "Interstate 95": the road's number
    if results:
        return label != "EVENT"
    return label in FIGURELESS_LABELS and len(text) > 1


def _trailing_noise(token: Token) -> bool:
    text = token.text
    if ABBREVIATION.fullmatch(text) or _short_word(text):
        return False  # "U.S.", "St.", "Jr.", "Inc." keep their full stops
    if _ORDINAL_FIGURE.fullmatch(text):
        return True  # "Gordon Durie 75th": the minute of a goal ran into the scorer's name
    return text in POSSESSIVE_ENDINGS or not text[-1:].isalnum()


def _maker(root: Token, before: list[str]) -> bool:
    """A name that qualifies the proper noun after it, after "a" or "an": a maker and its
    model ("a Toyota Starlet", "a Ford Focus"), not a place named Toyota."""
    head = root.head
    qualifies = root.dep_ == "compound" and head.i == root.i + 1 and head.pos_ == "PROPN"
    return qualifies and head.ent_type_ in ("", "PRODUCT") and before[:1] in (["a"], ["an"])


def _mentions(
    article: ParsedArticle, piece: list[Token], label: str, weak: bool, title: str | None
) -> Iterable[NameMention]:
    """The mention a cleaned piece of a model span makes, when it reads as a name, with the type
    its context suggests (`context_vote`: the words around it, a title, a quotation, speaking,
    a game's report); in a weak span (a heading) an acronym inside the piece is a mention too."""
    start = piece[0].idx
    end = piece[-1].idx + len(piece[-1])
    surface = article.original(start, end)
    if not _looks_like_name(surface):
        return
    spoke = _spoke(piece)
    ticker = TICKER.match(article.text, end) is not None
    before, after = _around(article, piece)
    root = name_root(piece)
    modifies = root.head.lower_ if root.dep_ in QUALIFYING_DEPS else ""
    context = context_vote(
        before,
        after,
        titled=title is not None,
        spoke=spoke,
        echoed=_echoed(root),
        label=label,
        modifies=modifies or _predicate(root),
        compound=_qualified(root),
        quoted=before[:1] != [] and before[0] in QUOTE_TOKENS and after[:1] == [before[0]],
        match=is_match_sentence(article.model_text(piece[0].sent)),
        subject=_subject(root),
        place_name=place_tier(surface) is not None,
        awarded=_awarded(root) or _for_prize(root),
        ticker=ticker,
        coded=any(char.isdigit() for char in surface),
        counted=any(token.like_num and token.text[:1].isdigit() for token in piece[0].sent),
        plural=_plural_subject(root),
        maker=_maker(root, before),
        aged=not modifies and AGED.search(article.text, max(0, start - 24), start) is not None,
        contest=piece[-1].lower_ in COMPETITION_WORDS,
        dated=_dated(root),
        model=len(piece) > 1 and before[:1] in (["a"], ["an"]),
    )
    if title is None and before[:1] and before[0].rstrip(".") in PERSON_TITLES:
        title = before[0].rstrip(".")  # "Mr Brown" when the model left "Mr" out
    alias_of = _known_as(article, piece)
    yield NameMention(
        start, end, surface, label, weak, context, spoke, title, ticker, False, alias_of
    )
    if weak and len(piece) > 1:
        for token in piece:  # "NATO Fears": an acronym inside a heading phrase is a name
            if is_acronym(token.text):
                end = token.idx + len(token)
                yield NameMention(token.idx, end, token.text, label or "ORG", True)


def _dated(root: Token) -> bool:
    """A day or a season owns the name: "next week's Budget", "Sunday's Grand National"; not a
    bare year, which dates a work or a model ("1987's The Art of the Deal")."""
    if root.dep_ in QUALIFYING_DEPS:
        return False  # "June's Isle of Wight music festival": the festival is the day's
    return any(
        child.dep_ == "poss" and child.ent_type_ == "DATE" and not child.like_num
        for child in root.children
    )


def _predicate(root: Token) -> str:
    """The noun a name's clause says it is, as its subject with "be" or "become": "Omicron is
    becoming the predominant variant" -> variant; "" when there is none. What a name is
    said to be types it as what it qualifies does ("the Omicron variant")."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in COPULAS:
        return ""
    return next((child.lower_ for child in verb.children if child.dep_ == "attr"), "")


def _qualified(root: Token) -> str:
    """The noun a name qualifies, at the end of a run of common nouns ("Sinaloa drug cartel" ->
    cartel, "Zaporizhzhia nuclear plant" -> plant); "" when it qualifies none."""
    if root.dep_ not in QUALIFYING_DEPS:
        return ""
    head = root.head
    while head.dep_ == "compound" and head.pos_ == "NOUN" and head.head.i != head.i:
        head = head.head
    return head.lower_


def _subject(root: Token) -> bool:
    """The subject of its clause, or one of several joined subjects: "Essex, Derbyshire and
    Surrey all closed in"."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ in SUBJECT_DEPS


def _plural_subject(root: Token) -> bool:
    """The one subject of "are", "were" or "have" right after it and its own words: "DeBarras
    are only barely opened", "Dennehy's on Cornmarket St are open", "The Rathcormac Inn have
    also said", "Barnsley have won": a body (or a people), never one person; not "Grant and
    Ambersley were", whose verb is plural for two, nor a verb further on (a table the parser
    read as one sentence, "God bless America")."""
    joined = list(root.conjuncts)  # typed as one Token, though often none
    if root.dep_ != "nsubj" or joined or root.tag_ in ("NNS", "NNPS"):
        return False
    verb = root.head
    words = [verb, *(child for child in verb.children if child.dep_ in ("aux", "auxpass"))]
    return any(
        root.right_edge.i < word.i <= root.right_edge.i + PLURAL_VERB_REACH
        and word.lemma_ in ("be", "have")
        and (word.tag_ == "VBP" or word.lower_ == "were")
        for word in words
    )


def _awarded(root: Token) -> bool:
    """A prize won or hoped for: "won the Oscar", "two Golden Globes", "nominated for an Oscar"
    (a determiner, a number or an owner before it: "won Ohio" is a state won in an election)."""
    counted = any(child.dep_ in ("det", "nummod", "poss", "amod") for child in root.children)
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head
    elif root.dep_ != "dobj":
        return False
    return counted and verb.lemma_.lower() in AWARD_VERBS


def _for_prize(root: Token) -> bool:
    """What a prize is for: "won the Oscar for Joker" (a work, not a person)."""
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ == "for"
        and preposition.head.pos_ == "PROPN"
        and _awarded(preposition.head)
    )


def _known_as(article: ParsedArticle, piece: list[Token]) -> str | None:
    """The person a name is another name of: a person the model tags right before "(better)
    known as", "aka", "nicknamed" or "alias" and the name, with nothing else between
    ('Bharrat Ramdehol better known as "Suresh"', "Joaquin Guzman, alias El Chapo"; not "a
    man known as Nigel Ambersley", whose subject is "a man")."""
    doc = article.doc
    index = piece[0].i - 1
    between: list[str] = []
    while index >= 0 and doc[index].lower_ in ALIAS_WORDS | QUOTE_TOKENS | {","}:
        between.append(doc[index].lower_)
        index -= 1
    if not ALIAS_CUES & set(between) or index < 0 or doc[index].ent_type_ != "PERSON":
        return None
    person = next(e for e in doc[index].sent.ents if e.start <= index < e.end)
    return person.text


def _around(article: ParsedArticle, piece: list[Token]) -> tuple[list[str], list[str]]:
    doc = article.doc
    first, last = piece[0].i, piece[-1].i
    before = [doc[i].lower_ for i in range(first - 1, max(first - 3, -1), -1)]
    after = [doc[i].lower_ for i in range(last + 1, min(last + 3, len(doc)))]
    return before, after


def _echoed(root: Token) -> bool:
    """Whether "it" stands for the name as the subject of what it says: "Pelco announced that
    it will provide" (the name may stand beside a subject that is no name: "Another, Pelco,
    announced"). Not "it" of "it was unclear", which stands for nothing; and never "he" or
    "she": "BuzzFeed said he had" is about someone else."""
    if root.dep_ in BESIDE_DEPS and root.head.dep_ == "nsubj" and root.head.pos_ != "PROPN":
        root = root.head  # not "Sunbeam Corp, Fort Lauderdale, Fla., said it"
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in SAYING_VERBS:
        return False
    said = [child for child in root.head.children if child.dep_ == "ccomp"]
    return any(
        child.dep_ in SUBJECT_DEPS and child.lower_ == "it" and clause.lemma_ != "be"
        for clause in said
        for child in clause.children
    )


def _spoke(piece: list[Token]) -> bool:
    """The name is the subject of a verb of saying: "Lavrov said", "Zelensky told reporters"."""
    root = name_root(piece)
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SAYING_VERBS


def name_root(piece: Sequence[Token]) -> Token:
    """The token of a name that attaches it to the sentence."""
    inside = {token.i for token in piece}
    root = piece[-1]
    while root.head.i in inside and root.head.i != root.i:
        root = root.head
    return root


def _looks_like_name(surface: str) -> bool:
    """Capitalised, with a letter, more than one initial ("R." alone is a name cut short), and
    no word that mixes Latin and Cyrillic letters (spam written in look-alike letters to dodge
    filters: "Аdvеrtіѕе")."""
    if len(surface) <= 1 or not surface[0].isupper() or not any(c.isalpha() for c in surface):
        return False
    if len(surface) == 2 and surface[1] == ".":
        return False
    return not (_LATIN.search(surface) and _CYRILLIC.search(surface))


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _without_field_labels(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """The mentions without the names that only ever label a field (`_field_label`): "Bush"
    in "Bush: Survive to S.C." stays when the article also writes "the Bush campaign"."""
    return _without_names_always(mentions, lambda mention: _field_label(text, mention))


def _field_label(text: str, mention: NameMention) -> bool:
    """One word that starts a line and is followed by a colon names a field, not an entity:
    "Attendance : 30,000", "Scorers : ...", "Fax: ...". A place the gazetteers know stays (a
    venue's line: "Chesterfield : Worcestershire 238"). So does a word in capitals before a
    dash at a line's start or after a colon ("October 20: ARRESTS – ...")."""
    if " " in mention.surface:
        return False
    line_start = mention.start == 0 or text[mention.start - 1] == "\n"
    colon = text[mention.end : mention.end + 2].lstrip().startswith(":")
    if line_start and colon and place_tier(mention.surface) is None:
        return True
    # a word in capitals run in before a dash, after a line's start or a date's colon:
    # "October 20: ACCIDENT – A vehicle driven by ..." on a police blotter
    dashed = _RUN_IN_DASH.match(text, mention.end) is not None
    after_label = line_start or text[max(0, mention.start - 2) : mention.start] == ": "
    run_in = mention.surface.isupper() and dashed and after_label
    return run_in and place_tier(mention.surface) is None  # not a dateline: "MOSCOW - ..."


def _end_words(surface: str) -> tuple[str, str]:
    words = surface.split()
    return words[0], words[-1]


def _is_common_word(lower_words: set[str], mention: NameMention, ends: set[str]) -> bool:
    """A one-word "name" that the article also writes in lower case is an ordinary word, and so
    is the plural of one ("Apartments" beside "apartment buildings"), unless it is known as a
    name ("Democrats"), the model reads a people ("the Royals") or it starts or ends a longer
    name of the article (`ends`: "Times" of "New York Times", "Wells" of "Wells Fargo") or is a
    word names of bodies are made of ("the Times"); and so is an acronym in the plural ("MPs")."""
    if _PLURAL_ACRONYM.fullmatch(mention.surface):
        return True  # "MPs", "IDs": a class of things, no one's name
    if " " in mention.surface or is_acronym(mention.surface):
        return False
    word = mention.surface.lower()
    if word in lower_words:
        return True
    plural = word.endswith("s") and word[:-1] in lower_words and mention.label != "NORP"
    named = mention.surface in ends or word in ORGANISATION_WORDS  # "the Times"
    return plural and not named and known_type(mention.surface) is None
