"""What kind of quotation a stretch is: a direct quote standing as a sentence, a partial one
inside the writer's sentence, or quotation marks around something nobody says, which is left out
of the brief.

What nobody says is decided by the named rules of `NOT_SPEECH`, each with the evidence it reads:
the stretch's own words (a handle, Title Case, a nickname between name words), the words before
it ("so-called", a possessive), the attribution the sieve found (none, or a verb that reports
nothing), and the parse: where the stretch hangs in its sentence (a modifier of a noun, a verb
or adverb of the writer's clause, the term a naming verb gives) and whether a verb of saying
governs it. `unspoken` names the first rule that holds, so each class can be counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.extract.attribution.context import Attribution
from brief.extract.attribution.parse import is_reporting
from brief.extract.lexicon import SUBJECT_DEPS, title_case_share
from brief.quote_marks import CLOSING_MARKS, OPENING_MARKS, QUOTE_MARKS, Marks
from brief.records import QuoteKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A stretch no one says, this short or in title case, is a name, a title or a scare quote.
MAX_UNSAID_WORDS = 4
MAX_TITLE_WORDS = 8
# Verbs that name a thing rather than report what someone said of it: a seller "called"
# “E-Life”, a chapter "titled" “Who Needs Gerry Ford?”.
NAMING_VERBS = frozenset(
    "call dub title entitle name label term brand nickname bill christen headline".split()
)
# Subjects that are the writer, not a source: "We might call the first the “complexity canard.”"
WRITER_SUBJECTS = frozenset({"we", "i", "one", "you"})
# How a stretch modifies a noun of the writer's: the “a-ha!” moment, ‘lower-standard’ meat.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "poss"})
# How the words of one noun phrase hang together: "director Bong Joon Ho", "the creator, Hwang".
NAME_PHRASE_DEPS = MODIFIER_DEPS | {"appos", "flat"}
# Parts of speech of a word the writer holds at arm's length: might “write”, “proactively”.
SCARE_POS = frozenset({"VERB", "AUX", "ADV"})
# How many heads up a stretch's sentence the rules look for a verb of saying.
MAX_CLIMB = 12


def quote_kind(text: str, marks: Marks, quoted: str) -> QuoteKind:
    """Direct when the quote stands as a sentence: capitalised, and not inside a clause."""
    window = text[max(0, marks.opening - 40) : marks.opening]
    line_start = not window.split("\n")[-1].strip() and ("\n" in window or marks.opening <= 40)
    before = window.rstrip()
    opens_clause = line_start or not before or before[-1] in ".:,!?;—–-([" + CLOSING_MARKS
    first = quoted[:1]
    if opens_clause and (first.isupper() or first.isdigit() or first in "[(…."):
        return "direct"
    return "partial"


def is_partial(text: str, marks: Marks) -> bool:
    """The quote stands inside the writer's sentence (`quote_kind` "partial")."""
    return quote_kind(text, marks, text[marks.start : marks.end].strip(" ,")) == "partial"


# Words before a quotation mark that make what follows a term, not anyone's words.
TERM_BEFORE = re.compile(
    r"(?:\bso[- ]called|\bthe (?:word|words|term|phrase|label|hashtag|slogan|title)s?"
    r"|\b(?:known|billed|marketed|branded) as)[^\S\n]*$",
    re.IGNORECASE,
)
# A possessive right before the marks: NBC's “Today”, ABC’s “This Week.”
POSSESSIVE_BEFORE = re.compile(r"\w['’]s?[^\S\n]*$")
# A nickname stands between a name's parts: Lee “Faker” Sang-hyeok.
NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*[^\S\n]$")
NAME_WORD_AFTER = re.compile(r"[^\S\n][A-Z][\w'’-]*")
MAX_NICKNAME_WORDS = 3
# Words right after the marks that explain a term: more “living space” — i.e., land to conquer.
GLOSS_AFTER = re.compile(
    r"[^\S\n]*[,;:(—–-]*[^\S\n]*(?:i\.[^\S\n]?e\.|e\.[^\S\n]?g\.|that is\b|meaning\b"
    r"|in other words\b|namely\b)",
    re.IGNORECASE,
)
# Determiners that point back at something already written: this “mathematical trick”.
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


@dataclass(frozen=True, slots=True)
class Stretch:
    """One quoted stretch as the rules read it: the article's text, the marks, the words inside
    them (trimmed), the kind, the attribution the sieve found, and the parse (the doc and the
    first and last token inside the marks; no doc for text alone)."""

    text: str
    marks: Marks
    quoted: str
    kind: QuoteKind
    attribution: Attribution | None
    doc: Doc | None = None
    first: int = 0
    last: int = -1

    @property
    def words(self) -> list[str]:
        """The words inside the marks."""
        return self.quoted.split()

    def roots(self) -> list[Token]:
        """The tokens inside the marks whose head lies outside them: where the stretch hangs
        in the writer's sentence."""
        if self.doc is None or self.last < self.first:
            return []
        inside = range(self.first, self.last + 1)
        return [self.doc[i] for i in inside if self.doc[i].head.i not in inside]

    def word_before(self) -> Token | None:
        """The last word before the opening mark, past punctuation ("a paper titled: “…”")."""
        if self.doc is None:
            return None
        index = self.first - 1
        while index >= 0 and (self.doc[index].is_punct or self.doc[index].is_space):
            index -= 1
        return self.doc[index] if index >= 0 else None

    def word_after(self) -> Token | None:
        """The token right after the closing mark (None at the end of the text)."""
        if self.doc is None:
            return None
        index = self.last + 1
        while index < len(self.doc) and self.doc[index].is_quote:
            index += 1
        return self.doc[index] if index < len(self.doc) else None


def _handle(stretch: Stretch) -> bool:
    """A handle, a hashtag or an address: “@user”, “http…”."""
    return stretch.quoted.startswith(("@", "#", "http", "www."))


def _unsaid(stretch: Stretch) -> bool:
    """No reporting clause governs it and it is short, or in title case inside a sentence."""
    attribution = stretch.attribution
    if attribution is not None and (attribution.speaker is not None or attribution.cue):
        return False
    return len(stretch.words) <= MAX_UNSAID_WORDS or (
        stretch.kind == "partial" and is_title(stretch.quoted)
    )


def _title_case(stretch: Stretch) -> bool:
    """A title, a name or a slogan, even standing alone: “Magic Man,” “Face the Nation”."""
    return is_title(stretch.quoted)


def _so_called(stretch: Stretch) -> bool:
    """A term after "so-called", "the word", "known as": the writer's label for a thing."""
    opening = stretch.marks.opening
    return stretch.kind == "partial" and bool(
        TERM_BEFORE.search(stretch.text, max(0, opening - 30), opening)
    )


def _unreported(stretch: Stretch) -> bool:
    """A short stretch that a verb governs without reporting speech, capitalised (a title:
    watched “Parasite”), with no speaker (a scare quote: of being “good”) or naming a thing
    (pushed his promise of “free college”). Words of a speaker under such a verb stay: he
    bemoaned a climate in which people “literally hate each other”."""
    attribution = stretch.attribution
    return (
        stretch.kind == "partial"
        and len(stretch.words) <= MAX_UNSAID_WORDS
        and attribution is not None
        and not attribution.says
        and (attribution.speaker is None or stretch.quoted[:1].isupper() or _a_thing(stretch))
    )


def _a_thing(stretch: Stretch) -> bool:
    """The stretch hangs in the sentence by one noun: it names a thing ("inferior stock",
    a “direction discrimination” task), where a quote of someone's words is a clause, a verb
    or a description ("literally hate each other", “hostile”)."""
    roots = stretch.roots()
    return len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN")


def _nickname(stretch: Stretch) -> bool:
    """A nickname between capitalised name words, no sentence ending inside: Lee “Faker”
    Sang-hyeok."""
    if stretch.kind != "partial" or not stretch.quoted[:1].isupper():
        return False
    if len(stretch.words) > MAX_NICKNAME_WORDS:
        return False
    text, marks = stretch.text, stretch.marks
    if text[marks.start : marks.end].rstrip()[-1:] in ".,;:!?":
        return False
    before = NAME_WORD_BEFORE.search(text, max(0, marks.opening - 40), marks.opening)
    after = marks.end + 1 if marks.closed else marks.end
    return before is not None and NAME_WORD_AFTER.match(text, after) is not None


def _modifier(stretch: Stretch) -> bool:
    """A short stretch that modifies a noun of the writer's sentence, that no verb of saying
    governs and that names no speaker: the “a-ha!” moment, an “accidental” erasure, the
    “sometime late Q1” timeline (its words each modify the one noun), “Parasite” director Bong
    Joon Ho (a verb of saying reached through its subject governs nothing it says). With a
    speaker it stays: the “sexist” ads, as the development quotes annotate it."""
    roots = [root for root in stretch.roots() if not root.is_punct]
    heads = {root.head.i for root in roots}
    return (
        _nameless(stretch)
        and stretch.kind == "partial"
        and len(stretch.words) <= MAX_UNSAID_WORDS
        and len(heads) == 1
        and all(root.dep_ in MODIFIER_DEPS for root in roots)
        and roots[0].head.pos_ in ("NOUN", "PROPN")
        and roots[0].head.i > stretch.last
        and not any(said_above(root) for root in roots)
    )


def _speaker_modifier(stretch: Stretch) -> bool:
    """A stretch that modifies a noun before it in the phrase of a verb of saying's speaker:
    “Parasite” director Bong Joon Ho said, the “Squid Game” creator said. What names the
    speaker is none of the speaker's words, whoever is named."""
    roots = [root for root in stretch.roots() if not root.is_punct]
    if (
        not roots
        or len(stretch.words) > MAX_TITLE_WORDS
        or len({root.head.i for root in roots}) != 1
        or not all(root.dep_ in MODIFIER_DEPS for root in roots)
    ):
        return False
    noun = roots[0].head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= stretch.last:
        return False
    for _ in range(MAX_CLIMB):
        if noun.dep_ in SUBJECT_DEPS:
            return is_reporting(noun.head)
        if noun.dep_ not in NAME_PHRASE_DEPS or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


def _glossed(stretch: Stretch) -> bool:
    """A short term the writer explains right after its marks, no verb of saying above it:
    Hitler's demands for more “living space” — i.e., territories to be conquered. A speaker's
    words a verb of saying reports stay ("blasted … immunity was only “partial,” meaning …")."""
    marks = stretch.marks
    after = marks.end + 1 if marks.closed else marks.end
    return (
        stretch.kind == "partial"
        and len(stretch.words) <= MAX_UNSAID_WORDS
        and GLOSS_AFTER.match(stretch.text, after) is not None
        and not _said_of(stretch)
    )


def _echoed(stretch: Stretch) -> bool:
    """A short term the writer points back to with a demonstrative, its words written before in
    the article (often in a quote: “We used a kind of mathematical trick.” This “mathematical
    trick” was …), no verb of saying above it: the writer's mention of words, not a new quote.
    Under a verb of saying it stays ("the department said that “top secret” information …")."""
    before = stretch.word_before()
    return (
        stretch.kind == "partial"
        and len(stretch.words) <= MAX_UNSAID_WORDS
        and before is not None
        and before.dep_ == "det"
        and before.lower_ in DEMONSTRATIVES
        and _written_before(stretch)
        and not _said_of(stretch)
    )


def _written_before(stretch: Stretch) -> bool:
    """The stretch's words (case and end punctuation aside) stand in the text before it."""
    words = stretch.quoted.strip(" ,.!?;:" + QUOTE_MARKS).lower()
    earlier = stretch.text[: stretch.marks.opening].lower()
    return bool(words) and re.search(rf"\b{re.escape(words)}\b", earlier) is not None


def _said_of(stretch: Stretch) -> bool:
    """A verb of saying governs a word of the stretch."""
    return any(said_above(root) for root in stretch.roots() if not root.is_punct)


def _exclamation_label(stretch: Stretch) -> bool:
    """A short exclamation or question that labels the noun right after its marks: the
    “a-ha!” moment, our “eureka!” moments, “is it over?” headlines. A cry someone gave ends
    its phrase (cries of “Bitch!”)."""
    after = stretch.word_after()
    return (
        stretch.kind == "partial"
        and len(stretch.words) <= MAX_UNSAID_WORDS
        and stretch.quoted.rstrip()[-1:] in ("!", "?")
        and after is not None
        and after.pos_ == "NOUN"
        and after.is_lower
    )


def _named_term(stretch: Stretch) -> bool:
    """The term or title a naming verb gives, with no one saying it: a participle naming a
    noun (a seller called “E-Life”, a chapter titled “Who Needs Gerry Ford?”, a paper titled:
    “A fast method …”, where the parse may hang the title past the colon), a passive naming no
    namer for a stretch no one is named for (the tool is benignly branded “video analytics”) or
    the writer's own naming ("we might call it the “complexity canard”"); "a statement calling
    it “dangerous”" is the statement's."""
    verbs = [root.head for root in stretch.roots() if root.dep_ not in SUBJECT_DEPS]
    before = stretch.word_before()
    if before is not None:
        verbs.append(before)
        if _nameless(stretch) and _unnamed_namer(before, stretch.word_after()):
            return True
    return any(_names_a_thing(verb) for verb in verbs)


def _names_a_thing(verb: Token) -> bool:
    """A naming verb as a participle of a noun, or with the writer as its subject."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # a seller called “E-Life”
        return True
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and all(s.lower_ in WRITER_SUBJECTS for s in subjects)


def _unnamed_namer(verb: Token, after: Token | None) -> bool:
    """A passive naming verb right before the marks that names no namer: the tool is branded
    “video analytics”, not "has been called “strategic ambiguity” by Joshua Hendrick"."""
    return (
        verb.lemma_.lower() in NAMING_VERBS
        and any(child.dep_ == "auxpass" for child in verb.children)
        and not any(child.dep_ == "agent" for child in verb.children)
        and (after is None or after.lower_ != "by")
    )


def _work_title(stretch: Stretch) -> bool:
    """A capitalised stretch right after a possessive: a work of its owner (NBC's “Today”,
    ABC’s “This Week.”), not a quote."""
    opening = stretch.marks.opening
    return (
        stretch.kind == "partial"
        and stretch.quoted[:1].isupper()
        and len(stretch.words) <= MAX_TITLE_WORDS
        and POSSESSIVE_BEFORE.search(stretch.text, max(0, opening - 20), opening) is not None
    )


def _scare_word(stretch: Stretch) -> bool:
    """One word that is a verb or an adverb of the writer's own clause, which no verb of saying
    governs and no speaker is named for: the moment they “decided”. The main verb of the
    writer's sentence is the writer's whoever a sentence nearby names: he might “write” a book."""
    if stretch.kind != "partial" or len(stretch.words) != 1:
        return False
    main = _sentence_root(stretch)
    roots = main or stretch.roots()
    if len(roots) != 1 or roots[0].pos_ not in SCARE_POS:
        return False
    return bool(main) or (_nameless(stretch) and not said_above(roots[0]))


def _sentence_root(stretch: Stretch) -> list[Token]:
    """The stretch's one word when it is its sentence's root (its own head)."""
    if stretch.doc is None or stretch.first != stretch.last:
        return []
    token = stretch.doc[stretch.first]
    return [token] if token.head.i == token.i else []


def _pull_quote(stretch: Stretch) -> bool:
    """A paragraph that only repeats a quote the article has elsewhere, with no attribution of
    its own: a pull quote set in the page, not a second quote. The quote it repeats opens with
    the same words, and says more or comes first (of two copies, the first is kept)."""
    text, marks = stretch.text, stretch.marks
    if stretch.kind != "direct" or stretch.attribution is not None:
        return False
    words = stretch.quoted.strip(" ,.!?;:" + QUOTE_MARKS)
    if len(words.split()) <= MAX_UNSAID_WORDS:
        return False
    return any(
        text[found - 1 : found] in OPENING_MARKS
        and (found < marks.opening or _says_more(text, found + len(words)))
        for found in _occurrences(text, words)
        if not marks.opening <= found <= marks.end
    )


def _says_more(text: str, end: int) -> bool:
    """The quote that holds words ending at `end` goes on past them."""
    rest = text[end : end + 4].lstrip(".,!?;:")
    return rest[:1] not in QUOTE_MARKS


def _occurrences(text: str, words: str) -> list[int]:
    """Where `words` stand in `text`, case aside."""
    lower, wanted = text.lower(), words.lower()
    found, at = [], lower.find(wanted)
    while at >= 0:
        found.append(at)
        at = lower.find(wanted, at + 1)
    return found


def _nameless(stretch: Stretch) -> bool:
    """The sieve named no speaker for the stretch."""
    return stretch.attribution is None or stretch.attribution.speaker is None


def said_above(token: Token) -> bool:
    """A verb of saying (or "according to") governs the token in its sentence: one of its
    heads, reached otherwise than through the verb's subject (in "“Parasite” director Bong Joon
    Ho said", "said" governs its speaker, not anything said)."""
    came_by = token.dep_
    for _ in range(MAX_CLIMB):
        head = token.head
        if head.i == token.i:
            return False
        if came_by not in SUBJECT_DEPS and (is_reporting(head) or head.lower_ == "according"):
            return True
        token, came_by = head, head.dep_
    return False


# The rules, in the order they are asked; the first that holds names the class.
NOT_SPEECH: tuple[tuple[str, Callable[[Stretch], bool]], ...] = (
    ("handle", _handle),
    ("unsaid", _unsaid),
    ("title-case", _title_case),
    ("so-called", _so_called),
    ("unreported", _unreported),
    ("nickname", _nickname),
    ("named-term", _named_term),
    ("work-title", _work_title),
    ("modifier", _modifier),
    ("speaker-modifier", _speaker_modifier),
    ("glossed", _glossed),
    ("echoed", _echoed),
    ("exclamation-label", _exclamation_label),
    ("scare-word", _scare_word),
    ("pull-quote", _pull_quote),
)


def unspoken(stretch: Stretch) -> str | None:
    """The name of the first `NOT_SPEECH` rule that says nobody speaks the stretch, or None
    when it is speech."""
    for name, rule in NOT_SPEECH:
        if rule(stretch):
            return name
    return None


def is_title(text: str) -> bool:
    """Title case ("Face the Nation", "Coalition of the Willing"): a name, not speech."""
    words = [w.strip(QUOTE_MARKS + ".,:;!?()") for w in text.split()]
    words = [w for w in words if w]
    if len(words) < 2 or len(words) > MAX_TITLE_WORDS or text.rstrip()[-1:] in ".!?":
        return False
    capitalised, counted = title_case_share(" ".join(w for w in words if not w[0].isdigit()))
    return capitalised == counted and (counted > 0 or any(w[0].isdigit() for w in words))
