"""Scoring the candidates a pronoun may stand for: what fits, and how recency, subjecthood,
speaking and salience order them. Hand-written articles, parsed by the real pipeline."""

from __future__ import annotations

from functools import cache

import pytest

from brief import Article
from brief.briefing import parse_articles
from brief.extract.attribution.candidates import (
    WEIGHTS,
    Candidate,
    Voice,
    Wanted,
    explained,
    rank,
    within_reach,
)
from brief.extract.attribution.scene import Scene
from brief.extract.cast import Actor, Mention, build_cast

pytestmark = pytest.mark.model

TEXT = "Vote\n\nMark Berg chaired the meeting. Tom Reyes arrived late. The deal, he said, was done."


@cache
def scene_of(text: str) -> Scene:
    _, parsed = next(parse_articles([Article.from_text(text)]))
    return Scene(parsed, build_cast(parsed), [])


def people(actor: Actor, mention: Mention) -> bool:
    return actor.type == "person"


def wanted(text: str, word: str, **options: object) -> Wanted:
    offset = text.index(word)
    return Wanted(offset, text.index("\n\n") + 2, people, **options)  # type: ignore[arg-type]


def test_of_two_subjects_the_latest_comes_first() -> None:
    ranked = rank(scene_of(TEXT), wanted(TEXT, "he said"), [])
    assert [c.name for c in ranked] == ["Tom Reyes", "Mark Berg"]
    assert ranked[0].subject == 1.0 and ranked[1].subject == 0.5


def test_one_speaking_since_the_latest_subject_outranks_it() -> None:
    spoke = [Voice(TEXT.index("The deal") - 1, "Mark Berg")]  # a quote of his just before
    ranked = rank(scene_of(TEXT), wanted(TEXT, "he said"), spoke)
    assert ranked[0].name == "Mark Berg" and ranked[0].speaking == 1.0


def test_a_turn_counts_no_more_once_another_became_the_subject() -> None:
    spoke = [Voice(TEXT.index("Mark Berg"), "Mark Berg")]  # before "Tom Reyes arrived late"
    ranked = rank(scene_of(TEXT), wanted(TEXT, "he said"), spoke)
    assert ranked[0].name == "Tom Reyes"
    assert all(candidate.speaking == 0 for candidate in ranked)


def test_only_one_already_speaking_may_be_asked_for() -> None:
    assert rank(scene_of(TEXT), wanted(TEXT, "he said", speaking=True), []) == []


def test_the_score_is_the_weighted_sum_of_the_features() -> None:
    candidate = Candidate("Ann Lowe", recency=0.5, subject=1.0, speaking=0.5, salience=1.0)
    expected = 0.5 * WEIGHTS.recency + WEIGHTS.subject + 0.5 * WEIGHTS.speaking
    assert candidate.score() == pytest.approx(expected + WEIGHTS.salience)
    assert explained("governing-verb/subject/pronoun", [candidate.shown()]) == (
        f"governing-verb/subject/pronoun (Ann Lowe {candidate.score():.2f})"
    )
    assert explained("sign-off", []) == "sign-off"


def test_voices_out_of_reach_are_not_heard() -> None:
    voices = [Voice(0, "Ann Lowe"), Voice(5000, "Tom Reyes")]
    assert [v.name for v in within_reach(voices, 6000)] == ["Tom Reyes"]
