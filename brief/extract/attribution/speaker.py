"""Who a reporting verb's clause names as the speaker: the second half of the sieve (mention →
speaker), shared by every finder that has a cue verb and the span it reports.

`speaker_for(article, cue, span)` tries the steps of `SPEAKER_STEPS` in order; the first that
names someone decides, and the result says which one did. A step may move the cue (a reporting
verb elsewhere in the sentence whose subject does name someone). The first two steps credit a
source ("according to CNN", an outer reporter) over the one speaking; the result also keeps the
one speaking (`voice`), whom a later "he said" continues.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.extract.attribution import mentions
from brief.extract.attribution.candidates import Voice
from brief.extract.attribution.context import ArticleContext
from brief.extract.attribution.mentions import DESCRIPTION_STEP
from brief.extract.attribution.parse import (
    ADJACENT_REACH,
    MAX_CLAUSE_CLIMB,
    distance,
    is_reporting,
    nearest_subject,
    subject_of,
)
from brief.extract.lexicon import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

# How near the cue a parenthetical "Cruz said" stands ("CNN, Cruz said, called it “…”").
PARENTHETICAL_REACH = 3


@dataclass(frozen=True, slots=True)
class Said:
    """The speaker a cue names (None when no step named one), the step that decided, the
    cue the speaker was found through, who is speaking (`voice`: not a credited source, "“…,”
    Sanders said, according to CNN" is CNN's but Sanders speaks), and the candidates a pronoun
    or a role was chosen from (`--explain`)."""

    speaker: str | None
    step: str
    cue: Token
    voice: Voice | None = None
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Cue:
    article: ArticleContext
    cue: Token
    first: int  # the reported span's first and last tokens
    last: int
    voices: Sequence[Voice] = ()  # who spoke before, in text order

    def name(self, token: Token) -> str | None:
        """The name of the one a token stands for (None for a phrase as written)."""
        return mentions.name(self.article.scene, token, self.voices)

    def resolve(self, token: Token) -> mentions.Resolved:
        """Who a token stands for, with the step that decided."""
        return mentions.resolve(self.article.scene, token, self.voices)


SpeakerStep = Callable[[_Cue], Said | None]


def speaker_for(
    article: ArticleContext, cue: Token, span: tuple[int, int], voices: Sequence[Voice] = ()
) -> Said:
    """Who `cue` reports as saying the text at `span` (character offsets): the first step of
    `SPEAKER_STEPS` that names someone, else no one (step "unnamed"). `voices` are the speakers
    decided before, in text order: a "he" may continue one of them."""
    first = article.token_at(span[0])
    last = article.token_at(max(span[0], span[1] - 1))
    said = _first(SPEAKER_STEPS[len(SOURCE_STEPS) :], _Cue(article, cue, first, last, voices))
    voice = _voice(article, said)
    source = _first(SOURCE_STEPS, _Cue(article, said.cue, first, last, voices))
    if source.speaker is not None:
        return Said(source.speaker, source.step, said.cue, voice, source.candidates)
    return Said(said.speaker, said.step, said.cue, voice, said.candidates)


def _voice(article: ArticleContext, said: Said) -> Voice | None:
    """The one speaking, as a later pronoun may continue them: a group as written ("officials
    said") only for a "they"."""
    if said.speaker is None:
        return None
    if not said.step.endswith(DESCRIPTION_STEP):
        return Voice(said.cue.idx, said.speaker)
    subject = subject_of(said.cue, article.quoted)
    plural = subject is not None and (subject.tag_ in ("NNS", "NNPS") or subject.lower_ == "they")
    return Voice(said.cue.idx, said.speaker, described=True, plural=plural)


def _first(steps: tuple[tuple[str, SpeakerStep], ...], asked: _Cue) -> Said:
    for name, step in steps:
        said = step(asked)
        if said is not None and said.speaker is not None:
            how = f"{name}/{said.step}" if said.step else name
            return Said(said.speaker, how, said.cue, candidates=said.candidates)
    return Said(None, "unnamed", asked.cue)


def _according_to(asked: _Cue) -> Said | None:
    """The named source the article credits for the report: in "“…,” Sanders said, according
    to CNN" the article has the words from CNN, and the attribution is CNN's ("according to an
    Associated Press account", "according to audio provided by Wyoming Public Radio"). A source
    with no name ("according to a transcript") leaves the speaker to the next steps."""
    cue = asked.cue
    if cue.lower_ == "according":
        return None
    for child in cue.children:
        if child.lower_ != "according" or child.dep_ != "prep":
            continue
        for to in child.children:
            for source in to.children:
                if source.dep_ != "pobj":
                    continue
                named = asked.name(source) if source.pos_ != "PRON" else None
                if named is not None:
                    return Said(named, "", cue)
                for by in source.subtree:  # "audio provided by Wyoming Public Radio"
                    if by.lower_ == "by" and by.dep_ == "agent":
                        agent = next((c for c in by.children if c.dep_ == "pobj"), None)
                        name = asked.name(agent) if agent is not None else None
                        return Said(name, "", cue)
    return None


def _outer_reporter(asked: _Cue) -> Said | None:
    """The named person whose report holds a cue before the quote: in "Rep. Steve Israel said
    Clinton called on members to be “closely coordinated”" or "CNN, Cruz said, called it
    “highly significant”", the article has the words from Israel and Cruz, who are the
    attribution (as with "according to")."""
    cue, article = asked.cue, asked.article
    if cue.i >= asked.first:
        return None
    for child in cue.children:  # "CNN, Cruz said, called …"
        if (
            child.dep_ == "parataxis"
            and is_reporting(child)
            and abs(child.i - cue.i) <= PARENTHETICAL_REACH
        ):
            named = _subject_name(asked, child)
            if named is not None:
                return Said(named, "", cue)
    token = cue
    for _ in range(MAX_CLAUSE_CLIMB):
        if token.dep_ != "ccomp" or token.head.i == token.i:
            return None
        token, below = token.head, token
        if _reports_another(token, below):
            return None  # "X claimed that …, and Y told them that …": Y's report is its own
        if not article.quoted[token.i] and is_reporting(token):
            return Said(_subject_name(asked, token), "", cue)
    return None


def _reports_another(verb: Token, below: Token) -> bool:
    """`verb` has a reported clause of its own besides the one it was reached from."""
    return any(child.dep_ == "ccomp" and child.i != below.i for child in verb.children)


def _subject(asked: _Cue) -> Said | None:
    """The cue's subject, agent or "according to" object, as the resolver names it."""
    subject = subject_of(asked.cue, asked.article.quoted)
    if subject is None:
        return None
    resolved = asked.resolve(subject)
    if resolved.step == DESCRIPTION_STEP and not _own_speaker(asked.cue, subject):
        return None  # a phrase, not a name: the steps that find a name go first
    return Said(resolved.name, resolved.step, asked.cue, candidates=resolved.candidates)


def _own_speaker(cue: Token, subject: Token) -> bool:
    """The subject is the cue's own, a plural, and the cue a reporting verb: "Relatives said
    that …" is what relatives said, whoever is named near it. (A singular "the company", "the
    driver" stands for an actor named before, whom the later steps may find.)"""
    plural = subject.tag_ in ("NNS", "NNPS")
    return plural and subject.head.i == cue.i and is_reporting(cue)


def _description(asked: _Cue) -> Said | None:
    """The subject as the article words it, when it names no one ("Richmond police", "a
    spokeswoman for the ministry")."""
    subject = subject_of(asked.cue, asked.article.quoted)
    if subject is None:
        return None
    resolved = asked.resolve(subject)
    return Said(resolved.name, "", asked.cue) if resolved.step == DESCRIPTION_STEP else None


def _subject_before_participle(asked: _Cue) -> Said | None:
    """For "…, saying" whose parse hangs it on a clause with no named subject ("All this
    unfolded after Trump hosted Zelensky, saying …"), the nearest named subject before it."""
    cue, article = asked.cue, asked.article
    if cue.tag_ != "VBG":
        return None
    for index in range(cue.i - 1, cue.sent.start - 1, -1):
        token = article.doc[index]
        if token.dep_ in SUBJECT_DEPS and token.pos_ == "PROPN" and not article.quoted[index]:
            return Said(asked.name(token), "", cue)
    return None


def _named_reporter(asked: _Cue) -> Said | None:
    """When the verb that governs the quote names no one ("Mr. Obama said, a majority have
    come to believe “…”": the parse hangs the quote on "come"), the reporting verb nearest
    the quote in its sentence whose subject does name someone, or the main verb of the sentence
    the quote stands in ("Trump identified the judge as “Spanish,”")."""
    article, first, last = asked.article, asked.first, asked.last
    found: tuple[int, Token, str] | None = None
    for index in article.window(first, last):
        token = article.doc[index]
        root = token.dep_ == "ROOT" and token.pos_ == "VERB" and token.left_edge.i <= first
        inside = first <= index <= last  # a verb of the reported words reports nothing of them
        if inside or article.quoted[index] or not (is_reporting(token) or root):
            continue
        subject = subject_of(token, article.quoted)
        name = asked.name(subject) if subject is not None else None
        gap = distance(index, first, last)
        if name is not None and (found is None or gap < found[0]):
            found = (gap, token, name)
    return Said(found[2], "", found[1]) if found is not None else None


def _named_after(asked: _Cue) -> Said | None:
    """A person or organisation named in the phrase right after an inverted cue that the parse
    did not make its subject (“…,” mused Blaze co-host Stu Burguiere.). The phrase ends before
    a preposition: in "said a longtime adviser to Trump" the speaker is not Trump."""
    cue, article = asked.cue, asked.article
    if cue.i <= asked.last:
        return None
    doc = article.doc
    begin = cue.i + 2 if cue.lower_ == "according" else cue.i + 1  # "according to X"
    end = begin
    while (
        end < min(len(doc), begin + ADJACENT_REACH)
        and not article.quoted[end]
        and doc[end].text not in (",", ".", ";", ":")
        and doc[end].pos_ not in ("ADP", "PRON", "VERB", "AUX")  # "an adviser to Trump"
    ):
        end += 1
    if end <= begin:
        return None
    named = article.scene.named_in(doc[begin].idx, doc[end - 1].idx + len(doc[end - 1]))
    return Said(named, "", cue)


def _subject_name(asked: _Cue, verb: Token) -> str | None:
    subject = nearest_subject(verb, asked.article.quoted)
    return asked.name(subject) if subject is not None else None


# The order is the order of trust: a credited source or an outer reporter is the attribution
# (PolNeAR's convention: the outermost source), then the cue's own subject, then names found
# near the cue when the parse gave it none.
SOURCE_STEPS: tuple[tuple[str, SpeakerStep], ...] = (
    ("according-to", _according_to),
    ("outer-reporter", _outer_reporter),
)
SPEAKER_STEPS: tuple[tuple[str, SpeakerStep], ...] = (
    *SOURCE_STEPS,
    ("subject", _subject),
    ("subject-before-participle", _subject_before_participle),
    ("named-reporter", _named_reporter),
    ("named-after", _named_after),
    ("description", _description),
)
