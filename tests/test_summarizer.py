"""Key sentences: the model-free scorer on hand-built candidates, and the whole path on
hand-written articles (what may never be chosen, order, counts, duplicates, odd shapes)."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from brief import Options, brief_articles, key_sentences
from brief.cli import app
from brief.inputs.reading import Article
from brief.render import render
from brief.summarizer import Candidate, _Space, choose, gists, score, summary_size
from tests.profiles import examples

# --- the scorer alone --------------------------------------------------------------------


def candidate(index: int, words: str, *, section: int = 0, personal: bool = False) -> Candidate:
    text = f"Sentence {index} says {words}."
    return Candidate(
        text,
        100 * index,
        100 * index + len(text),
        index + 1,
        section,
        tuple(words.split()),
        personal,
    )


@pytest.mark.parametrize(
    ("total", "sentences", "ratio", "expected"),
    [
        (30, 5, None, 5),  # -n wins
        (2, 5, None, 2),  # never more than there are
        (30, None, 0.2, 6),
        (30, None, 0.01, 1),  # at least one
        (1, None, None, 1),
        (4, None, None, 2),  # short articles: a third, rounded up
        (9, None, None, 3),
        (30, None, None, 3),
        (70, None, None, 4),  # long ones: one more per 30 beyond 40
        (400, None, None, 5),
        (0, None, None, 0),
    ],
)
def test_summary_size(
    total: int, sentences: int | None, ratio: float | None, expected: int
) -> None:
    assert summary_size(total, sentences, ratio) == expected


def test_position_decides_between_equals() -> None:
    candidates = [candidate(i, f"alpha beta w{i}") for i in range(8)]
    assert [c.text for c in choose_texts(candidates, 2)] == [candidates[0].text, candidates[1].text]


def test_a_central_sentence_further_down_beats_a_lead_sentence_that_says_little() -> None:
    story = "flood river town rescue"
    candidates = [
        candidate(0, f"{story} water"),
        candidate(1, "weather pleasant yesterday"),
        candidate(2, f"{story} boat"),
        candidate(3, f"{story} army evacuation"),
        candidate(4, "flood town"),
        candidate(5, "river rescue"),
    ]
    scores = [item.score for item in score(candidates)]
    assert scores[3] > scores[1]
    assert scores[0] > scores[4]  # but position still counts


def test_near_repeats_wait_until_nothing_else_is_left() -> None:
    candidates = [candidate(0, "pact signed leaders"), candidate(1, "pact signed leaders today")]
    candidates += [candidate(i, f"other{i} topic{i}") for i in range(2, 5)]
    assert candidates[1] not in choose_texts(candidates, 2)
    assert choose_texts(candidates, 5) == candidates


def test_words_already_said_count_half_in_centrality() -> None:
    candidates = [
        candidate(0, "storm coast homes"),
        candidate(1, "storm rescue"),
        candidate(2, "coast rescue"),
    ]
    space = _Space.of(candidates)
    assert space.centrality(1, {"storm"}) < space.centrality(1)
    assert space.centrality(2, {"storm"}) == space.centrality(2)


def test_exact_repeats_are_never_chosen_twice() -> None:
    repeated = candidate(0, "pact signed")
    again = Candidate(repeated.text, 500, 500 + len(repeated.text), 6, 0, repeated.words)
    assert choose_texts([repeated, candidate(1, "vote held"), again], 3) == [
        repeated,
        candidate(1, "vote held"),
    ]


def test_chosen_come_back_in_article_order_with_explanations() -> None:
    candidates = [candidate(i, f"common w{i}") for i in range(6)]
    candidates.append(candidate(6, "common w1 w2 w3 w4 w5"))
    choices = choose(candidates, 3)
    assert [c.candidate.start for c in choices] == sorted(c.candidate.start for c in choices)
    assert all(c.why.startswith(f"rank {c.rank} of 7, score ") for c in choices)
    assert "position +1.00" in choices[0].why


def test_first_person_speech_loses_to_reporting() -> None:
    candidates = [candidate(0, "council vote", personal=True), candidate(1, "council vote budget")]
    first, second = score(candidates)
    assert dict(first.signals)["personal"] < 0 == dict(second.signals)["personal"]


def test_each_section_has_its_own_gist() -> None:
    candidates = [
        candidate(0, "budget deficit", section=0),
        candidate(1, "budget tax", section=0),
        candidate(2, "match goal", section=1),
        candidate(3, "match goal striker", section=1),
    ]
    assert {s: c.text for s, c in gists(candidates).items()} == {
        0: candidates[0].text,
        1: candidates[2].text,
    }


def test_nothing_to_choose_from() -> None:
    assert choose([], 3) == [] and score([]) == [] and gists([]) == {}


def choose_texts(candidates: list[Candidate], count: int) -> list[Candidate]:
    return [choice.candidate for choice in choose(candidates, count)]


# --- hand-written articles through the whole path ----------------------------------------

ARTICLE = """Council Approves New Flood Defences

The city council approved a new flood barrier on Tuesday after two winters of damage.
The barrier will protect four thousand homes along the river, officials said.
Work starts in May and should take two years to finish.

## Who Pays

The national government will pay most of the cost of the barrier.
Residents will pay a small levy on their water bills for ten years.
Some residents said the levy was unfair to people far from the river.
"""


@pytest.mark.model
def test_headings_and_title_are_never_chosen() -> None:
    chosen = key_sentences(ARTICLE, 7)
    assert chosen and not {"Council Approves New Flood Defences", "Who Pays"} & set(chosen)
    assert all(not sentence.startswith("#") for sentence in chosen)


@pytest.mark.model
@pytest.mark.parametrize(("n", "expected"), [(1, 1), (2, 2), (4, 4), (50, 6)])
def test_n_is_respected(n: int, expected: int) -> None:
    assert len(key_sentences(ARTICLE, n)) == expected


@pytest.mark.model
def test_ratio_is_a_share_of_the_sentences() -> None:
    assert len(key_sentences(ARTICLE, ratio=0.5)) == 3


@pytest.mark.model
def test_order_is_the_articles() -> None:
    chosen = key_sentences(ARTICLE, 4)
    positions = [ARTICLE.index(sentence) for sentence in chosen]
    assert positions == sorted(positions)


@pytest.mark.model
def test_a_repeated_sentence_is_chosen_once() -> None:
    repeated = "The mayor said the barrier would be finished before next winter."
    text = (
        f"{repeated} Engineers began surveying the site last week. {repeated} The river rose again."
    )
    chosen = key_sentences(text, 3)
    assert chosen.count(repeated) == 1


@pytest.mark.model
def test_one_sentence_article() -> None:
    text = "The bridge reopened on Monday after repairs."
    assert key_sentences(text) == [text] and key_sentences(text, 3) == [text]


@pytest.mark.model
def test_bullets_only_article_gives_its_sentence_items_not_its_fragments() -> None:
    text = (
        "- The company reported record profits this quarter.\n"
        "- remote\n"
        "- Sales in Asia grew by a third over the year.\n"
        "- heavily guarded\n"
    )
    assert key_sentences(text, 5) == [
        "The company reported record profits this quarter.",
        "Sales in Asia grew by a third over the year.",
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("furniture", "kind"),
    [
        ("By Jane Doe and John Roe", "byline"),
        ("Advertisement", "boilerplate"),
        ("Share this article with your friends on social media now.", "boilerplate"),
        ("Scroll down for video of the flood as it happened in town.", "boilerplate"),
        ("Pictured: the flooded high street of the town on Sunday morning.", "caption"),
        ("Rising water: the river burst its banks at dawn on Sunday.", "caption"),
        ("The video can be seen at the top of this story.", "page note"),
        ("Watch the video of the rescue below.", "page note"),
        ("Translation?", "one-word line"),
        ("Homes Shops Schools Roads Bridges", "glued list"),
    ],
)
def test_furniture_is_never_chosen(furniture: str, kind: str) -> None:
    text = (
        "River Floods the Town\n\n"
        "The river burst its banks on Sunday, flooding two hundred homes in the town.\n\n"
        f"{furniture}\n\n"
        "Rescue teams used boats to reach families trapped upstairs by the water.\n\n"
        "The council said it would open a relief fund for families on Monday."
    )
    chosen = key_sentences(text, 4)
    assert len(chosen) == 3, kind
    assert all(furniture not in sentence for sentence in chosen), kind


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "By then the water had reached the first floor of most houses.",
        "Below the bridge, the river rose by two metres in an hour.",
        "He said: the town would rebuild every home the flood destroyed.",
    ],
)
def test_sentences_that_only_look_like_furniture_stay(sentence: str) -> None:
    text = f"River Floods the Town\n\n{sentence}\n\nRescue teams used boats to reach families."
    assert sentence in key_sentences(text, 2)


@pytest.mark.model
def test_a_caption_run_into_the_next_sentence_is_cut_off() -> None:
    text = (
        "Gary Locke will be confirmed as Kilmarnock manager on Friday after a strong run. "
        "Kilmarnock went unbeaten during his first six games in charge of the club "
        "He has impressed the chairman with results and with his work on the training ground. "
        "The club will make an announcement on Friday morning at the stadium."
    )
    chosen = key_sentences(text, 3)
    assert (
        "He has impressed the chairman with results and with his work on the training ground."
        in chosen
    )
    assert not any("unbeaten" in sentence for sentence in chosen)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "(CNN)Rescuers pulled three climbers from the mountain on Sunday. All were unhurt.",
        "Climbers Rescued\n\nGENEVA (Reuters) - Rescuers pulled three climbers from the mountain on Sunday.",
        "Climbers Rescued\n\nSion, Switzerland (CNN) -- Rescuers pulled three climbers from the mountain on Sunday.",
    ],
)
def test_a_wire_dateline_is_not_part_of_the_sentence(text: str) -> None:
    assert key_sentences(text, 1) == ["Rescuers pulled three climbers from the mountain on Sunday."]


@pytest.mark.model
def test_explain_adds_a_why_that_the_schema_accepts() -> None:
    brief = next(brief_articles([Article.from_text(ARTICLE)], Options(sentences=2, explain=True)))
    assert all(s.why and s.why.startswith("rank ") for s in brief.summary)
    data = json.loads(render([brief], "json"))
    schema = json.loads(resources.files("brief").joinpath("schema/brief-1.schema.json").read_text())
    jsonschema.validate(data, schema)
    plain = next(brief_articles([Article.from_text(ARTICLE)], Options(sentences=2)))
    assert "why" not in plain.to_dict()["summary"][0]


@pytest.mark.model
def test_every_section_gets_a_gist_of_its_own() -> None:
    brief = next(brief_articles([Article.from_text(ARTICLE)]))
    lead, who_pays = brief.sections
    assert lead.summary == lead.paragraphs[0]
    assert who_pays.summary in who_pays.paragraphs


# --- the command line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-n", "2", "--ratio", "0.5"], "goes with no -n/--sentences"),
        (["--ratio", "0"], "must be above 0"),
        (["--ratio", "1.5"], "'--ratio'"),
    ],
)
def test_ratio_usage_errors(args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["summarize", "-", *args], input="Text here.")
    assert result.exit_code == 2 and message in result.output


@pytest.mark.model
def test_cli_ratio_and_explain() -> None:
    result = CliRunner().invoke(
        app, ["summarize", "-", "--ratio", "0.5", "--explain", "-f", "json"], input=ARTICLE
    )
    assert result.exit_code == 0
    summary = json.loads(result.stdout)["summary"]
    assert len(summary) == 3 and all(s["why"].startswith("rank ") for s in summary)


# --- the property ------------------------------------------------------------------------

WORDS = st.sampled_from(
    "the council river flood mayor said homes water barrier town rescue boats week".split()
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=12).map(lambda w: " ".join(w).capitalize() + ".")
ARTICLES = st.lists(
    st.tuples(SENTENCE, st.sampled_from([" ", " ", "\n\n", "\n", "\n## Update\n"])),
    min_size=1,
    max_size=12,
).map(lambda parts: "".join(sentence + gap for sentence, gap in parts))


@pytest.mark.model
@examples(40)
@given(ARTICLES, st.integers(min_value=1, max_value=6))
def test_chosen_sentences_are_article_sentences_in_article_order(text: str, n: int) -> None:
    chosen = key_sentences(text, n)
    assert len(chosen) <= n
    cursor = 0
    for sentence in chosen:
        found = text.find(sentence, cursor)
        assert found >= 0, (sentence, text)
        cursor = found + len(sentence)
