"""The shared word lists: each word has one home, and the title-case count they share."""

from __future__ import annotations

import itertools

import pytest

from brief.extract import lexicon


@pytest.mark.parametrize("group", sorted(lexicon.WORD_LISTS))
def test_no_list_repeats_another_lists_words(group: str) -> None:
    lists = lexicon.WORD_LISTS[group]
    for (first, words), (second, others) in itertools.combinations(lists.items(), 2):
        assert not words & others, f"{first} and {second} both hold {sorted(words & others)}"


def test_every_written_out_list_is_registered() -> None:
    registered = [words for lists in lexicon.WORD_LISTS.values() for words in lists.values()]
    for name in (
        "SAYING_VERBS",
        "OTHER_REPORTING_VERBS",
        "SPEECH_NOUNS",
        "PERSON_ROLES",
        "PERSON_TITLES",
    ):
        assert any(getattr(lexicon, name) is words for words in registered), name


@pytest.mark.parametrize("name", sorted(lexicon.SUBSETS))
def test_a_declared_subset_stays_inside_the_list_it_picks_from(name: str) -> None:
    subset, source = lexicon.SUBSETS[name]
    assert subset <= source, f"{name}: {sorted(subset - source)} are not in the list"


def test_the_speech_verbs_are_the_reporting_verbs_and_the_named_reported_only_ones() -> None:
    speech, reporting = lexicon.SPEECH_VERBS, lexicon.REPORTING_VERBS
    assert (speech - lexicon.REPORTED_ONLY_VERBS, reporting) in lexicon.SUBSETS.values()
    assert speech >= lexicon.REPORTED_ONLY_VERBS
    assert not lexicon.REPORTED_ONLY_VERBS & reporting, "a cue now: drop it from the exceptions"


def test_subject_relations_have_one_meaning_each() -> None:
    assert lexicon.ACTIVE_SUBJECT_DEPS < lexicon.SUBJECT_DEPS
    assert {"nsubjpass"} == lexicon.SUBJECT_DEPS - lexicon.ACTIVE_SUBJECT_DEPS


@pytest.mark.parametrize(
    ("text", "minor", "shortest", "expected"),
    [
        ("Coalition of the Willing", lexicon.TITLE_MINOR_WORDS, 1, (2, 2)),
        ("Face the nation", lexicon.TITLE_MINOR_WORDS, 1, (1, 2)),
        ("The Big Short: An Oral History", frozenset(), 4, (3, 3)),
        ("Étoile du Nord", frozenset(), 1, (2, 3)),
    ],
)
def test_title_case_share(
    text: str, minor: frozenset[str], shortest: int, expected: tuple[int, int]
) -> None:
    assert lexicon.title_case_share(text, minor, shortest) == expected
