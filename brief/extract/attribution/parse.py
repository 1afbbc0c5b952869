"""Reading a reporting clause in the dependency parse: is a verb one of saying, and who its
subject is (the subject, an agent, "according to X", or a name the parse left unattached)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.extract.lexicon import REPORTING_VERBS, SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Relations through which "…, saying" or "…, adding" reach the clause that has the subject.
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "ccomp", "relcl", "pcomp", "prep"})
# How many heads the attribution steps climb in the parse: from a quote to the verb that reports
# it, from a cue to the clause that holds its subject.
MAX_CLAUSE_CLIMB = 5
# How many tokens before an unattached cue a speaker's name may stand.
ADJACENT_REACH = 12
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Pronouns that stand for no speaker.
NON_PERSONAL = frozenset({"it", "that", "this", "there", "what", "which"})


def is_reporting(token: Token) -> bool:
    """A verb of saying, or the idiom "as X put it"."""
    if token.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    return lemma in REPORTING_VERBS or (
        lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    )


def active_subject(token: Token, quoted: bytearray) -> bool:
    """The verb has a subject that is the one speaking: "they are asked to rank" has none."""
    subject = subject_of(token, quoted)
    return subject is not None and not (subject.dep_ == "nsubjpass" and subject.head.i == token.i)


def has_subject(token: Token) -> bool:
    """The token has a subject among its children."""
    return any(child.dep_ in SUBJECT_DEPS for child in token.children)


def distance(index: int, first: int, last: int) -> int:
    """Tokens between `index` and the span first..last."""
    return first - index if index < first else index - last


def subject_of(cue: Token, quoted: bytearray) -> Token | None:
    """The cue's subject ("X said"), agent ("was quoted by X"), or the subject of the clause it
    hangs from ("…, saying"); for "according to X", X. When the parse left the subject of an
    inverted clause unattached ("…,” said Don Ytterberg, the chairman …"), the name right after
    the cue."""
    if cue.lower_ == "according":
        return next((child for child in cue.subtree if child.dep_ == "pobj"), None)
    token = cue
    for _ in range(MAX_CLAUSE_CLIMB):
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        if agent is not None and (token.i == cue.i or is_reporting(token)):
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        subject = None if _reported_by(token, cue) else nearest_subject(token, quoted)
        if subject is not None:
            return subject
        if token.dep_ not in CLIMB_DEPS or token.head.i == token.i:
            break
        token = token.head
    return _adjacent_name(cue, quoted)


def _reported_by(clause: Token, cue: Token) -> bool:
    """A participle cue hangs from a clause that someone else's verb reports: in "Trump told
    Newsmax that Romney “had a crazy policy,” adding, “…”", the one adding is Trump, who
    told, not Romney, the subject of what was told."""
    return (
        clause.i != cue.i
        and cue.tag_ == "VBG"
        and clause.dep_ == "ccomp"
        and not is_reporting(clause)  # "…,” Lewandowski added, saying": his own words
        and is_reporting(clause.head)
    )


def nearest_subject(verb: Token, quoted: bytearray) -> Token | None:
    """The verb's subject outside quotes; of two (the parse's "Speaking in Salem, New
    Hampshire, Trump went on"), the one nearest the verb, before it if one is: in "The letter
    … warns Mr Johnson:" the one after the verb is its object."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not quoted[c.i]]
    subject = min(subjects, key=lambda c: (c.i > verb.i, abs(verb.i - c.i)), default=None)
    if subject is not None and subject.tag_ == "VBG":
        # "The trust spending $100 million … refused": the parse made the participle the
        # subject, and the noun it describes its own
        noun = next((c for c in subject.children if c.dep_ == "nsubj"), None)
        return noun if noun is not None and not quoted[noun.i] else subject
    return subject


def _adjacent_name(cue: Token, quoted: bytearray) -> Token | None:
    """A name the parse left unattached next to the cue: between the quote and the cue
    (“…,” Flynn, a top Trump surrogate, said), else right after it (said [Sen.] Don Ytterberg).
    Failing a tagged name, a capitalised word the tagger took for something else, the nearest
    to the cue ("…, Early described it as “…”", "said Skelly")."""
    doc = cue.doc
    index = cue.i - 1
    while index > cue.sent.start and not quoted[index - 1] and cue.i - index < ADJACENT_REACH:
        index -= 1
    before = doc[index : cue.i]
    after = cue.i + 1
    while after < len(doc) and doc[after].pos_ in ("DET", "ADJ") and after - cue.i < 3:
        after += 1
    following = [doc[after]] if after < len(doc) else []
    for loose in (False, True):
        for token in reversed(before) if loose else before:
            if _names_someone(token, quoted, loose):
                return _phrase_head(token, cue)
        if following and _names_someone(following[0], quoted, loose):
            return _phrase_head(following[0], cue)
    return None


def _names_someone(token: Token, quoted: bytearray, loose: bool = False) -> bool:
    """A name or pronoun; when `loose`, a capitalised word inside a sentence that the tagger
    took for something else ("said Skelly" with Skelly as an adverb)."""
    if quoted[token.i] or token.ent_type_ in ("DATE", "TIME", "NORP"):
        return False
    if not loose:
        return token.pos_ in ("PROPN", "PRON") and token.lower_ not in NON_PERSONAL
    return (
        token.is_title
        and not token.is_sent_start
        and not token.is_stop
        and token.pos_ in ("NOUN", "ADV", "ADJ", "VERB", "X")
    )


def _phrase_head(token: Token, cue: Token) -> Token:
    """The head of the name a token is part of. A person's name that the parse made a modifier
    of a verb ("“…,” Conway notes." read as a noun phrase) is the name itself; a place stays a
    modifier ("the Orlando shooting victims"). The phrase never reaches across the cue: in
    "Trump blasted Disney", parsed as one noun phrase, Trump is not part of Disney."""
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        if token.head.pos_ == "VERB" and token.ent_type_ not in PLACE_TYPES:
            break
        if token.i < cue.i < token.head.i:
            break
        token = token.head
    return token
