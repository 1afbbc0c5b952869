"""Whom a pronoun, a role noun or a description stands for: the candidate actors, scored.

A candidate must fit what the mention asks (`Wanted`): its type and number ("he" a person, "it"
an organisation, "they" a group or an organisation), its gender ("she" passes over a man), and
for a role its role ("the minister" one the article called minister, "the court" a court the
article named). Among those that fit, within `REACH` characters before the mention, each scores
by five things the article shows, each from 0 to 1:

- recency: how close its latest mention is (1 right before, 0 at `REACH` characters);
- subject: the place of its latest clause as subject among the candidates' (1 for the latest,
  1/2 for the one before, 1/3, …; a subordinate clause's subject counts half), since a "he
  said" usually continues the one the sentence was about;
- speaking: the same place among those who spoke, as the speaker of a quote or a claim or as
  the subject of a verb of saying ("Okoro said most tenants…" makes Okoro the latest speaker);
  a turn before the mention's own paragraph counts half;
- salience: how central the cast makes it to the story;
- embedding: it is the subject of a clause that holds the mention ("Zelensky called the
  allegation what he says it is").

The score is their sum weighted by `WEIGHTS` (set on one half of the development data and
checked on the other; no weights per article). The best candidate wins; with none in reach, the
latest one that fits at any distance.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from brief.extract.attribution.scene import Scene
from brief.extract.cast import Actor, Mention
from brief.extract.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# How far back (characters) a pronoun looks for the one it stands for before taking any.
REACH = 1500
# Verbs whose subject takes a turn speaking: the verbs of saying, and asking.
TURN_VERBS = SPEECH_VERBS | {"ask"}
# A turn before the mention's paragraph counts this much of one in it.
EARLIER_TURN = 0.5
# A subordinate clause's subject counts this much of a main clause's.
SUBORDINATE_SUBJECT = 0.5


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each feature counts in a candidate's score."""

    recency: float
    subject: float
    speaking: float
    salience: float
    embedding: float


# Set on the even half of PolNeAR and of the 30 hand-labelled pages, checked on the odd half
# (bench/results/attribution_pages.md): speaking counts double.
WEIGHTS = Weights(recency=1.0, subject=1.0, speaking=2.0, salience=0.5, embedding=1.0)


@dataclass(frozen=True, slots=True)
class Voice:
    """Someone already speaking: where they were given a quote or a claim, and who. A voice
    that is a phrase as written ("officials", "the two loggers") is `described`; a group's
    (`plural`) is one a later "they" may continue."""

    offset: int
    name: str
    described: bool = False
    plural: bool = False


@dataclass(frozen=True, slots=True)
class Wanted:
    """What a mention asks of the one it stands for: it sits at `offset` in the paragraph
    starting at `paragraph`; `fits` says whether an actor may be the one (type, gender,
    number, role); `voice` whether a voice that is no actor of the cast may be (a "they" for
    "officials", a "he" for a name the recogniser missed); with `speaking`, only one that
    already spoke may be (an "it said" continues an organisation speaking)."""

    offset: int
    paragraph: int
    fits: Callable[[Actor, Mention], bool]
    voice: Callable[[Voice], bool] = lambda voice: False
    speaking: bool = False  # only one that already spoke may be the one
    token: Token | None = None  # the mention itself, when it is a token of the parse


@dataclass(slots=True)
class Candidate:
    """One actor (or described voice) a mention may stand for, with its features."""

    name: str
    recency: float = 0.0
    subject: float = 0.0
    speaking: float = 0.0
    salience: float = 0.0
    embedding: float = 0.0
    latest: int = field(default=0, repr=False)  # where it was last mentioned
    described: bool = False  # a voice as written ("the two loggers"), no actor of the cast

    def score(self, weights: Weights | None = None) -> float:
        """The weighted sum of the features (by `WEIGHTS` unless given others)."""
        weights = weights or WEIGHTS
        return (
            weights.recency * self.recency
            + weights.subject * self.subject
            + weights.speaking * self.speaking
            + weights.salience * self.salience
            + weights.embedding * self.embedding
        )

    def shown(self) -> str:
        """The candidate as `--explain` prints it: "Kate Dalmeny 2.31"."""
        return f"{self.name} {self.score():.2f}"


def rank(scene: Scene, wanted: Wanted, voices: Sequence[Voice]) -> list[Candidate]:
    """The candidates that fit, best first (ties: the latest mentioned). With none in reach,
    the latest actor that fits at any distance, alone."""
    found: dict[str, Candidate] = {}
    farthest: Candidate | None = None
    subjects: list[tuple[str, float, int]] = []  # candidates as subjects, latest first
    speaking: list[tuple[int, str]] = []  # (offset, candidate) of a verb of saying's subject
    for mention, actor in scene.before(wanted.offset):
        if not wanted.fits(actor, mention):
            continue
        if wanted.offset - mention.end > REACH:
            if not found:
                farthest = Candidate(actor.name, salience=actor.salience, latest=mention.start)
            break
        if actor.name not in found:
            found[actor.name] = Candidate(
                actor.name,
                _recency(wanted.offset - mention.end),
                salience=actor.salience,
                latest=mention.start,
            )
        level = scene.clause_level(mention)
        if level is not None:
            weight = 1.0 if level == 0 else SUBORDINATE_SUBJECT
            subjects.append((actor.name, weight, mention.start))
            if wanted.token is not None and _embeds(scene, mention, wanted.token):
                found[actor.name].embedding = 1.0
            if _says(scene, mention):
                speaking.append((mention.start, actor.name))
    _add_voices(found, wanted, voices, speaking, subjects)
    _rank_subjects(found, subjects)
    if wanted.speaking:
        found = {name: c for name, c in found.items() if c.speaking > 0}
        farthest = None
    if not found:
        return [farthest] if farthest is not None else []
    return sorted(found.values(), key=lambda c: (-c.score(), -c.latest))


def within_reach(voices: Sequence[Voice], offset: int) -> Sequence[Voice]:
    """The voices (in text order) that a mention at `offset` may continue: those within
    `REACH` before it."""
    start = bisect.bisect_left(voices, offset - REACH, key=lambda voice: voice.offset)
    return voices[start:]


def explained(step: str, candidates: Sequence[str]) -> str:
    """A step as `--explain` records it, with the candidates it chose from: "governing-verb/
    subject/pronoun (Kate Dalmeny 2.31, Minette Batters 1.90)"."""
    return f"{step} ({', '.join(candidates)})" if candidates else step


def _recency(distance: int) -> float:
    """1 right before the mention, falling to 0 at `REACH` characters back."""
    return max(0.0, 1.0 - distance / REACH)


def _place(rank: int) -> float:
    """A feature's value for the candidate at this place among the others, latest first:
    1, 1/2, 1/3, …"""
    return 1.0 / (1 + rank)


def _rank_subjects(found: dict[str, Candidate], subjects: list[tuple[str, float, int]]) -> None:
    """Subject: by the place of each candidate's latest clause as subject among the others'
    (a subordinate clause's subject counts `SUBORDINATE_SUBJECT` of a main one's)."""
    seen: set[str] = set()
    for name, weight, _ in subjects:
        if name in seen or name not in found:
            continue
        found[name].subject = weight * _place(len(seen))
        seen.add(name)


def _add_voices(
    found: dict[str, Candidate],
    wanted: Wanted,
    voices: Sequence[Voice],
    speaking: list[tuple[int, str]],
    subjects: list[tuple[str, float, int]],
) -> None:
    """Speaking: by the place of each candidate's latest turn (a voice, or the subject of a
    verb of saying) among the others'; a turn before the mention's paragraph counts
    `EARLIER_TURN`, and one after which another candidate became a main clause's subject
    counts nothing ("“…,” Trump said. … Schwartz had spent 18 months … He confided …")."""
    mains = [(offset, name) for name, weight, offset in subjects if weight == 1.0]
    turns = sorted(
        [*speaking, *((v.offset, v.name) for v in voices if v.offset < wanted.offset)],
        reverse=True,
    )
    by_name = {voice.name: voice for voice in voices}
    seen: set[str] = set()
    for offset, name in turns:
        if name in seen or wanted.offset - offset > REACH:
            continue
        if any(other != name and offset < at for at, other in mains):
            seen.add(name)  # another has become the one the story is about since
            continue
        candidate = found.get(name)
        if candidate is None:
            voice = by_name.get(name)
            if voice is None or not wanted.voice(voice):
                continue
            candidate = found[name] = Candidate(
                name,
                _recency(wanted.offset - offset),
                latest=offset,
                described=voice.described,
            )
        share = 1.0 if offset >= wanted.paragraph else EARLIER_TURN
        candidate.speaking = share * _place(len(seen))
        candidate.latest = max(candidate.latest, offset)
        seen.add(name)


def _embeds(scene: Scene, mention: Mention, token: Token) -> bool:
    """The mention is the subject of a clause that holds the token, in its sentence: in
    "Zelensky called the allegation what he says it is", Zelensky's clause holds "he"."""
    subject = scene.last_token(mention)
    while subject.dep_ in ("compound", "flat", "appos") and subject.head.i != subject.i:
        subject = subject.head
    verb = subject.head
    return verb.i != token.i and any(ancestor.i == verb.i for ancestor in token.ancestors)


def _says(scene: Scene, mention: Mention) -> bool:
    """The mention is the subject of a verb of saying that reports a claim ("Okoro said most
    tenants …"), not negated ("Trump didn't write his own book" is no turn)."""
    token = scene.last_token(mention)
    while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head
    verb = token.head
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in TURN_VERBS
        and not any(child.dep_ == "neg" for child in verb.children)
    )
