"""The digest's parts without a model: story grouping and the cross-article builder on
hand-built briefs."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from brief.digest.builder import DigestBuilder
from brief.digest.profiles import Profile, fold, profile, similarity
from brief.digest.render_markdown import digest_head
from brief.digest.stories import group_stories
from brief.records import (
    Brief,
    Entity,
    EntityType,
    Failure,
    Number,
    Quote,
    Section,
    Source,
    SummarySentence,
)

VOCABULARY = (
    "flood river rescue valencia match goal striker budget tax minister storm power".split()
)

# --- stories ---------------------------------------------------------------------------------

FLOOD = "Floods in Valencia: rivers burst their banks and rescuers searched flooded villages near Valencia while the regional government counted damaged homes, bridges and roads after record rainfall."
FLOOD_AGAIN = "Rescuers searched villages near Valencia after record rainfall made rivers burst their banks; the regional government said floods damaged homes, roads and bridges."
FLOOD_THIRD = "Record rainfall flooded villages around Valencia; rivers burst banks, damaging roads, bridges and homes, and rescuers searched as the regional government counted losses."
MATCH = "Arsenal beat Chelsea three goals to one at the Emirates: the striker scored twice in the second half and the manager praised the defence after the derby."
BUDGET = "The finance minister presented the budget to parliament, raising fuel duty and income tax thresholds while economists warned about borrowing and inflation."


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ([FLOOD, MATCH, FLOOD_AGAIN, BUDGET, FLOOD_THIRD], [[0, 2, 4], [1], [3]]),
        ([MATCH, BUDGET], [[0], [1]]),
        ([MATCH, MATCH], [[0, 1]]),
        ([], []),
    ],
)
def test_near_duplicates_group_into_stories(texts: list[str], expected: list[list[int]]) -> None:
    assert group_stories([words_of(text) for text in texts]) == expected


def words_of(text: str) -> Profile:
    """The event profile of a text without entities."""
    return profile([text], ())


def test_profiles_fold_plurals_and_drop_stop_words() -> None:
    terms = {
        f[2:]
        for f, _ in words_of(
            "The storms said they would hit the cities' bridges; storm, city."
        ).features
    }
    assert {"storm", "city", "bridge"} <= terms
    assert not terms & {"the", "said", "they", "would"}
    assert fold("cities") == "city" and fold("bus") == "bus"


def test_a_chain_of_loosely_related_articles_does_not_become_one_story() -> None:
    # Each shares half its words with the next, but the first and the last share nothing:
    # the third joins no story, as it is on average unlike the story's reports.
    words = [f"word{chr(97 + i)}{chr(97 + j)}" for i in range(4) for j in range(10)]
    texts = [" ".join(words[i * 10 : i * 10 + 20]) for i in range(3)]
    terms = [words_of(text) for text in texts]
    assert similarity(terms[0].as_dict(), terms[1].as_dict()) >= 0.3
    assert similarity(terms[0].as_dict(), terms[2].as_dict()) == 0
    assert group_stories(terms) == [[0, 1], [2]]


# --- the builder -----------------------------------------------------------------------------


def entity(name: str, kind: EntityType, mentions: int = 1, aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(name, kind, "", mentions, aliases, 1)


def brief(
    path: str,
    text: str,
    entities: tuple[Entity, ...] = (),
    quotes: tuple[tuple[str, str | None, int], ...] = (),
    numbers: tuple[Number, ...] = (),
) -> Brief:
    """A brief of `text`; a speaker the entities do not list is listed as a person, as the
    cast lists every named speaker."""
    listed = {e.name for e in entities}
    speakers = {s for _, s, _ in quotes if s is not None and s not in listed}
    return Brief(
        source=Source(path, len(text.split()), "0" * 64),
        title=path.upper(),
        summary=(SummarySentence(text, 3, None, 0, len(text)),),
        sections=(Section(None, 3, text, (text,)),),
        entities=entities + tuple(entity(name, "person") for name in sorted(speakers)),
        numbers=numbers,
        quotes=tuple(Quote(q, s, "said", "direct", line, 0, 1) for q, s, line in quotes),
    )


def money(text: str, start: int) -> Number:
    return Number(text, 2e9, None, None, None, "GBP", "of damage", "money", "", 3, start, start + 4)


def test_the_builder_ranks_merges_and_cites() -> None:
    builder = DigestBuilder()
    builder.add(
        brief(
            "a.txt",
            FLOOD,
            (entity("Ana Ruiz", "person", 3), entity("Valencia", "place", 2)),
            (("We lost everything", "Ana Ruiz", 4), ("Unattributed words", None, 5)),
            (money("£2bn", 10),),
        )
    )
    builder.add(brief("b.txt", MATCH, (entity("Valencia", "organization"),)))
    builder.add(
        brief(
            "c.txt",
            FLOOD_AGAIN,
            (entity("Ruiz", "person"), entity("Valencia", "place")),
            (("We lost everything", "Ruiz", 7), ("The water came at night", "Ruiz", 9)),
            (money("£3bn", 10),),
        )
    )
    builder.fail(Failure("bad.txt", "is empty"))
    digest = builder.finish()
    assert [story.sources for story in digest.stories] == [("a.txt", "c.txt"), ("b.txt",)]
    assert digest.stories[0].lead == 0 and digest.stories[0].headline == "A.TXT"
    ranked = [(e.name, e.type, e.stories, e.articles) for e in digest.entities]
    # Per type (people first); Valencia is in both stories, one article's "organization" outvoted.
    assert ranked == [("Ana Ruiz", "person", 1, 2), ("Valencia", "place", 2, 3)]
    [speaker] = digest.speakers  # unattributed quotes stay in the article's own brief
    assert speaker.speaker == "Ana Ruiz" and speaker.stories == 1
    cited = [(q.text, q.cited.source, q.cited.line) for q in speaker.quotes]
    assert cited == [
        ("We lost everything", "a.txt", 4),
        ("The water came at night", "c.txt", 9),
    ]
    # One story, one set of numbers: the lead article's.
    assert [(n.number.text, n.story, n.cited.source) for n in digest.numbers] == [
        ("£2bn", "A.TXT", "a.txt")
    ]
    assert digest.failed == (Failure("bad.txt", "is empty"),)
    data = digest.to_dict()
    assert data["schema"] == "brief-digest/3"
    assert data["failed"] == [{"source": "bad.txt", "problem": "is empty"}]


def test_a_surname_shared_by_two_people_is_not_merged() -> None:
    builder = DigestBuilder()
    builder.add(brief("a.txt", FLOOD, (entity("Ana Ruiz", "person"),)))
    builder.add(brief("b.txt", MATCH, (entity("Pablo Ruiz", "person"),)))
    builder.add(brief("c.txt", BUDGET, (entity("Ruiz", "person"),)))
    names = sorted(e.name for e in builder.finish().entities)
    assert names == ["Ana Ruiz", "Pablo Ruiz", "Ruiz"]


def test_a_quote_cut_shorter_in_another_report_is_shown_once() -> None:
    builder = DigestBuilder()
    builder.add(brief("a.txt", FLOOD, quotes=(("We lost everything we had.", "Ana Ruiz", 4),)))
    builder.add(brief("b.txt", FLOOD_AGAIN, quotes=(("we lost everything", "Ana Ruiz", 6),)))
    [speaker] = builder.finish().speakers
    assert [(q.text, q.cited.source) for q in speaker.quotes] == [
        ("We lost everything we had.", "a.txt")
    ]


def test_two_partial_quotes_of_one_sentence_show_the_sentence_once() -> None:
    first, second = "a reckless gamble with our savings", "a waste of the public's money."
    frame = f"the plan “{first}” and “{second[:-1]}"
    partials = (
        Quote(first, "Ana Ruiz", "called", "partial", 3, 21, 55, frame, 10, 90),
        Quote(second, "Ana Ruiz", "called", "partial", 3, 62, 92, frame + ".”", 10, 93),
    )
    builder = DigestBuilder()
    mayor = (entity("Ana Ruiz", "person"),)
    builder.add(replace(brief("a.txt", "Ana Ruiz called " + frame + ".”", mayor), quotes=partials))
    [speaker] = builder.finish().speakers
    assert [q.content for q in speaker.quotes] == [frame]


def test_reported_claims_are_ranked_apart_from_quotations() -> None:
    claim = Quote("the river would stay high until Sunday", "Ana Ruiz", "said", "reported", 5, 0, 1)
    short = Quote("it would rain", "Ana Ruiz", "said", "reported", 6, 0, 1)
    said = brief("a.txt", FLOOD, quotes=(("We lost everything we had.", "Ana Ruiz", 4),))
    builder = DigestBuilder()
    builder.add(replace(said, quotes=(*said.quotes, claim, short)))
    digest = builder.finish()
    [speaker] = digest.speakers
    assert [q.text for q in speaker.quotes] == ["We lost everything we had."]
    [claimant] = digest.claims  # a claim too short to stand alone is left out
    assert claimant.speaker == "Ana Ruiz"
    assert [(q.text, q.cited.line) for q in claimant.quotes] == [(claim.text, 5)]
    head = digest_head(digest, title="Today")
    said_part, claimed_part = head.split("## Who claimed what")
    assert "> “We lost everything we had.”" in said_part and "river" not in said_part
    assert "- *said:* the river would stay high until Sunday ([A.TXT](a.txt), line 5)" in (
        claimed_part
    )


def test_numbers_of_the_day_skip_a_currency_conversion() -> None:
    builder = DigestBuilder()
    builder.add(brief("a.txt", FLOOD, numbers=(money("$86m", 10), money("£46m", 16))))
    assert [n.number.text for n in builder.finish().numbers] == ["$86m"]


@given(st.lists(st.lists(st.sampled_from(VOCABULARY), max_size=12), max_size=30))
def test_stories_partition_the_articles_in_order(texts: list[list[str]]) -> None:
    groups = group_stories([words_of(" ".join(words)) for words in texts])
    assert sorted(index for group in groups for index in group) == list(range(len(texts)))
    assert all(group == sorted(group) for group in groups)
    assert [group[0] for group in groups] == sorted(group[0] for group in groups)


def test_a_story_gives_the_day_its_most_salient_figures() -> None:
    figures = (
        replace(money("£1m", 10), salience=0.2),
        replace(money("£2bn", 30), salience=0.9),
        replace(money("£5m", 50), salience=0.5),
    )
    builder = DigestBuilder()
    builder.add(brief("a.txt", FLOOD, numbers=figures))
    assert [n.number.text for n in builder.finish().numbers] == ["£2bn", "£5m"]


def test_people_of_the_day_in_as_many_stories_rank_by_the_salience_the_briefs_give_them() -> None:
    builder = DigestBuilder()
    builder.add(
        brief(
            "a.txt",
            FLOOD,
            (
                replace(entity("Ana Ruiz", "person", 9), salience=0.2),  # named often, in passing
                replace(entity("Luis Gil", "person", 2), salience=0.9),  # the story is his
            ),
        )
    )
    assert [e.name for e in builder.finish().entities] == ["Luis Gil", "Ana Ruiz"]


def test_a_middle_name_does_not_split_a_person_across_articles() -> None:
    builder = DigestBuilder()
    builder.add(brief("a.txt", FLOOD, (entity("Andrew Alturo Fahie", "person"),)))
    builder.add(brief("b.txt", BUDGET, (entity("Andrew Fahie", "person"),)))
    people = [(e.name, e.articles) for e in builder.finish().entities if e.type == "person"]
    assert people == [("Andrew Alturo Fahie", 2)]


def test_a_described_speaker_is_not_one_speaker_across_stories() -> None:
    """ "The company" of one story and of another are two companies: neither is grouped."""
    builder = DigestBuilder()
    for path, text in (("a.txt", FLOOD), ("b.txt", BUDGET)):
        said = brief(path, text, quotes=(("We will rebuild the depot by spring.", "Ana Ruiz", 4),))
        described = Quote("Sales will recover next year.", "The company", "said", "direct", 5, 0, 1)
        builder.add(replace(said, quotes=(*said.quotes, described)))
    assert [speaker.speaker for speaker in builder.finish().speakers] == ["Ana Ruiz"]
