"""Key sentences: the model-free scorer on hand-built candidates, and the whole path on
hand-written articles (what may never be chosen, order, counts, duplicates, odd shapes)."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from brief import Options, brief_articles, key_sentences, summarize
from brief.briefing import parse_articles, summary_candidates
from brief.cli import app
from brief.records import Article
from brief.render import render
from brief.summarizer import Candidate, choose, gists, score, summary_size
from tests.profiles import examples

# --- the scorer alone --------------------------------------------------------------------


def candidate(index: int, words: str, *, section: int = 0, **flags: Any) -> Candidate:
    text = f"Sentence {index} says {words}."
    return Candidate(
        text,
        100 * index,
        100 * index + len(text),
        index + 1,
        section,
        tuple(words.split()),
        **flags,
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


# A story whose sentence 3 is the most central: it is chosen unless a rule keeps it out.
STORY = [
    candidate(0, "storm warning"),
    candidate(1, "weather pleasant"),
    candidate(2, "market prices"),
    candidate(3, "flood river homes coast"),
    candidate(4, "flood river storm"),
    candidate(5, "river homes coast"),
    candidate(6, "garden party"),
    candidate(7, "music festival"),
]


@pytest.mark.parametrize(
    ("flags", "chosen"),
    [
        ({}, True),
        ({"quotation": True, "speaker": "Jane Smith"}, True),  # whose words: shown with them
        ({"quotation": True}, False),  # a bare quotation nobody said: never
    ],
)
def test_a_quotation_is_chosen_only_with_its_speaker(flags: dict[str, Any], chosen: bool) -> None:
    story = [*STORY[:3], replace(STORY[3], **flags), *STORY[4:]]
    assert (story[3] in choose_texts(story, 2)) is chosen


@pytest.mark.parametrize(("leans", "expected"), [(False, [0, 3]), (True, [0, 1])])
def test_a_pronoun_led_sentence_without_its_antecedent_is_replaced(
    leans: bool, expected: list[int]
) -> None:
    story = [*STORY[:3], replace(STORY[3], leans=leans), *STORY[4:]]
    assert [story.index(c) for c in choose_texts(story, 2)] == expected


@pytest.mark.parametrize("antecedent", ["market prices", "flood", "homes"])
def test_a_pronoun_led_sentence_comes_with_its_antecedent(antecedent: str) -> None:
    story = [*STORY[:2], candidate(2, antecedent), replace(STORY[3], leans=True), *STORY[4:]]
    for count in range(1, len(story) + 1):
        chosen = choose_texts(story, count)
        assert story[3] not in chosen or story[2] in chosen, count
    assert story[2:4] == choose_texts(story, len(story))[2:4]


def test_a_first_candidate_that_leans_is_chosen_only_when_nothing_else_can_be() -> None:
    story = [replace(STORY[0], leans=True), *STORY[1:]]
    assert story[0] not in choose_texts(story, len(story))
    assert choose_texts(story[:1], 1) == story[:1]  # never an empty summary
    quote = replace(STORY[1], quotation=True)  # unattributed: never, while a leaning one is there
    assert choose_texts([story[0], quote], 1) == story[:1]


def test_a_section_whose_sentences_all_lean_has_no_gist() -> None:
    candidates = [
        candidate(0, "budget deficit", section=0),
        replace(candidate(1, "match goal", section=1), leans=True),
        replace(candidate(2, "match striker", section=1), quotation=True),
        replace(candidate(3, "match goal striker", section=2), leans=True),
        candidate(4, "match referee", section=2),
    ]
    assert {s: c.text for s, c in gists(candidates).items()} == {
        0: candidates[0].text,
        2: candidates[4].text,
    }


def test_in_a_long_story_the_first_sentence_competes_like_the_others() -> None:
    filler = [candidate(index, f"topic{index} aside{index}") for index in range(8, 12)]
    assert STORY[0] in choose_texts(STORY, 1)
    assert STORY[0] not in choose_texts([*STORY, *filler], 1)


@pytest.mark.parametrize(
    ("first", "title", "kept"),
    [
        (STORY[0], frozenset(), True),  # the news: kept, though less central than sentence 3
        (replace(STORY[0], question=True), frozenset(), False),
        (replace(STORY[0], quotation=True, speaker="Jane Smith"), frozenset(), False),
        (candidate(0, "kitchen phone"), frozenset(), False),  # an anecdote: it sets a scene
        (candidate(0, "kitchen phone"), frozenset({"phone"}), True),  # ... of the headline
    ],
)
def test_the_first_sentence_stays_unless_it_asks_quotes_or_sets_a_scene(
    first: Candidate, title: frozenset[str], kept: bool
) -> None:
    story = [first, *STORY[1:]]
    assert (first in choose_texts(story, 1, title)) is kept


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


def choose_texts(
    candidates: list[Candidate], count: int, title: frozenset[str] = frozenset()
) -> list[Candidate]:
    return [choice.candidate for choice in choose(candidates, count, title)]


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
def test_a_bracket_that_closes_no_sentence_does_not_end_a_key_sentence() -> None:
    """The parser ends a sentence after "(PAHO)"; what follows is no sentence of its own."""
    text = (
        "Americas at risk of further COVID-19 wave\n\n"
        "The Americas cannot ignore the risk of further COVID-19 surges, warns Pan American "
        "Health Organization (PAHO) Director Carissa F. Etienne as she urged countries to "
        "remain vigilant and urgently close vaccination gaps.\n\n"
        "Cases of COVID-19 are surging in Europe and East Asia due to Omicron BA.2.\n\n"
        "Omicron BA.2 has already been detected in 8.7 percent of sequences from South America."
    )
    chosen = key_sentences(text, 3)
    assert not any(sentence.startswith("Director") for sentence in chosen)
    assert any(sentence.startswith("The Americas cannot ignore") for sentence in chosen)


@pytest.mark.model
def test_notes_after_a_lead_are_candidates_when_they_hold_most_sentences() -> None:
    """A game report of one line of prose and a list of notes: the notes are the story."""
    text = (
        "Sixers beat Celtics\n\n"
        "The Sixers won their biggest game of the year on Wednesday night.\n\n"
        "- Embiid scored ten points in the first quarter alone.\n"
        "- Harris passed well but struggled to defend the bigger forwards.\n"
        "- The bench gave the starters a rest with a strong second quarter.\n"
        "- Oubre grabbed five rebounds and scored eight points in the first half.\n"
    )
    chosen = key_sentences(text, 3)
    assert chosen[0] == "The Sixers won their biggest game of the year on Wednesday night."
    assert len(chosen) == 3 and all(sentence in text for sentence in chosen)


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
        "The mayor said: the town would rebuild every home the flood destroyed.",
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
def test_a_body_and_its_acronym_opening_a_sentence_are_no_dateline() -> None:
    text = (
        "Drugs Seized\n\nThe Coast Guard (USCG) seized 300 pounds of cocaine from a boat off "
        "Miami on Sunday, officials said."
    )
    assert key_sentences(text, 1) == [
        "The Coast Guard (USCG) seized 300 pounds of cocaine from a boat off Miami on Sunday, "
        "officials said."
    ]


@pytest.mark.model
def test_explain_adds_a_why_that_the_schema_accepts() -> None:
    brief = next(brief_articles([Article.from_text(ARTICLE)], Options(sentences=2, explain=True)))
    assert all(s.why and s.why.startswith("rank ") for s in brief.summary)
    data = json.loads(render([brief], "json"))
    schema = json.loads(resources.files("brief").joinpath("schema/brief-2.schema.json").read_text())
    jsonschema.validate(data, schema)
    plain = next(brief_articles([Article.from_text(ARTICLE)], Options(sentences=2)))
    assert "why" not in plain.to_dict()["summary"][0]


@pytest.mark.model
def test_every_section_gets_a_gist_of_its_own() -> None:
    brief = next(brief_articles([Article.from_text(ARTICLE)]))
    lead, who_pays = brief.sections
    assert lead.summary == lead.paragraphs[0]
    assert who_pays.summary in who_pays.paragraphs


# --- key sentences that read on their own, and short stories ------------------------------

TALKS = "Talks Collapse in Geneva\n\nThe peace talks in Geneva collapsed on Tuesday after three days.\n\n"


@pytest.mark.model
@pytest.mark.parametrize(
    ("introducer", "line"),
    [
        ("The foreign minister, Jane Smith, responded bluntly:", "“We will never sign this deal.”"),
        ("Jane Smith responded bluntly:", "those forces would be “legitimate targets.”"),
    ],
)
def test_a_line_after_a_colon_is_one_key_sentence_with_its_introducer(
    introducer: str, line: str
) -> None:
    text = f"{TALKS}{introducer}\n{line}\n\nDiplomats said a new round could start in spring."
    chosen = key_sentences(text, 10)
    assert f"{introducer} {line}" in chosen  # on one line, the line break a space
    assert not any(sentence in {introducer, line} for sentence in chosen)


@pytest.mark.model
def test_an_introducer_whose_line_is_a_list_is_never_chosen() -> None:
    text = (
        f"{TALKS}The lakeside residence is:\n- remote\n- heavily guarded\n\nIt was calm on Sunday."
    )
    assert not any("residence" in sentence for sentence in key_sentences(text, 10))


@pytest.mark.model
@pytest.mark.parametrize(
    ("before", "dropped"),
    [
        ("Retro:", "The original stone flood wall was rebuilt in the town after the war."),
        ("Advertisement", "He said the town would rebuild every home the flood destroyed."),
        ("Rescue teams worked through the night.", None),  # a candidate: "He" may lean on it
    ],
)
def test_a_line_left_without_its_label_or_antecedent_is_dropped(
    before: str, dropped: str | None
) -> None:
    follows = dropped or "He said the town would rebuild every home the flood destroyed."
    text = f"{TALKS}{before}\n\n{follows}\n\nThe council will meet on Monday about the flood."
    chosen = key_sentences(text, 10)
    assert (follows not in chosen) is (dropped is not None)


BARE_QUOTE = "“We will never sign a deal that gives away our land in the border talks.”"


@pytest.mark.model
@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        (
            "The foreign minister, Jane Smith, said her country would not give way on the border.",
            "Jane Smith",
        ),
        ("The talks had dragged on for three days over the border and the land.", None),
    ],
)
def test_a_bare_quotation_carries_its_speaker_or_is_not_chosen(
    before: str, speaker: str | None
) -> None:
    text = (
        f"{TALKS}{before}\n\n{BARE_QUOTE}\n\nDiplomats said new border talks could start in spring."
    )
    brief = next(brief_articles([Article.from_text(text)], Options(sentences=4)))
    quoted = [item for item in brief.summary if item.text == BARE_QUOTE]
    assert [item.speaker for item in quoted] == ([speaker] if speaker else [])
    assert all(item.speaker is None for item in brief.summary if item.text != BARE_QUOTE)
    if speaker:
        terminal, markdown = render([brief], "terminal"), render([brief], "markdown")
        assert f"{BARE_QUOTE} — {speaker} (line 7)" in terminal
        assert f"- {BARE_QUOTE} — {speaker} (line 7)" in markdown


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("They said new border talks could start in the spring.", True),
        ("It is not clear when the border talks will start again.", False),  # "it": nothing
        ("His government said new border talks could start in spring.", True),
        ("This week the border talks will start again in Vienna.", False),
        ("Diplomats said new border talks could start in the spring.", False),
    ],
)
def test_a_sentence_led_by_a_pointing_pronoun_leans_on_the_one_before(
    sentence: str, leans: bool
) -> None:
    _, parsed = next(parse_articles([Article.from_text(f"{TALKS}{sentence}")]))
    assert [c.leans for c in summary_candidates(parsed)] == [False, leans]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("Russia wants it operating, plugged into its own grid.", True),
        ("In 2005 it will rise toward 13,000, the strategist predicted.", True),
        ("But she is still undecided about the border talks in spring.", True),
        ("Another 1,700 will go from its sales department in May.", True),
        ("Before he resigned on Wednesday, David Blunkett ran the department.", False),
        ("In its first report on the talks, the bank said growth would slow.", False),
        ("The minister said he would think about the border talks.", False),
        ("The minister said the plan would protect its own borders.", False),
    ],
)
def test_a_pronoun_that_nothing_in_its_sentence_names_leans_on_the_one_before(
    sentence: str, leans: bool
) -> None:
    _, parsed = next(parse_articles([Article.from_text(f"{TALKS}{sentence}")]))
    assert [c.leans for c in summary_candidates(parsed)] == [False, leans]


@pytest.mark.model
def test_a_sentence_inside_a_quotation_opened_before_it_leans_on_that_sentence() -> None:
    text = (
        f"{TALKS}The coach, Jane Smith, said: “We started at a very high tempo and had many "
        "chances. It is a very important win for us and we could have scored more goals.”"
    )
    _, parsed = next(parse_articles([Article.from_text(text)]))
    found = summary_candidates(parsed)
    assert [c.text[:12] for c in found] == ["The peace ta", "The coach, J", "It is a very"]
    assert [c.leans for c in found] == [False, False, True]
    assert "It is a very" not in " ".join(key_sentences(text, 1))


JOB_CUTS = (
    "Acme to cut 500 jobs\n\n"
    "Acme will cut 500 jobs in Europe, the carmaker said on Tuesday.\n\n"
    "The cuts come after a fall in demand for cars in Germany and Italy.\n\n"
    "Shares fell 4% in early trading in New York after the cuts to jobs in Europe."
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (JOB_CUTS, "Acme will cut 500 jobs in Europe, the carmaker said on Tuesday."),
        (  # no headline to go by
            "Frankfurt (Reuters) - Deutsche Bank will cut 1,200 jobs, the lender said on "
            "Thursday. The bank has struggled with weak trading income. Shares fell 4% in early "
            "trading in New York.",
            "Deutsche Bank will cut 1,200 jobs, the lender said on Thursday.",
        ),
    ],
)
def test_a_short_wire_story_leads_with_its_news(text: str, lead: str) -> None:
    assert key_sentences(text) == [lead]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [("Hello.", ["Hello."]), ("Hi there", ["Hi there"])])
def test_a_one_line_article_gets_a_summary(text: str, expected: list[str]) -> None:
    assert key_sentences(text) == expected
    assert [s.text for s in summarize(text).summary] == expected


@pytest.mark.model
def test_four_sentences_get_at_least_two_key_sentences() -> None:
    text = JOB_CUTS + " The company employs 12,000 people across Europe and Asia."
    assert len(key_sentences(text)) >= 2


@pytest.mark.model
@pytest.mark.parametrize(
    ("first", "kept"),
    [
        ("Acme will cut 500 jobs in Europe, the carmaker said on Tuesday.", True),
        ("Will Acme survive the slump in car sales in Europe?", False),
        ("“Nobody saw this coming,” said a manager at the plant.", False),
    ],
)
def test_the_first_body_sentence_stays_unless_it_asks_or_quotes(first: str, kept: bool) -> None:
    text = JOB_CUTS.replace(
        "Acme will cut 500 jobs in Europe, the carmaker said on Tuesday.", first
    )
    assert (first in key_sentences(text, 1)) is kept


# --- the command line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-n", "2", "--ratio", "0.5"], "goes with no -n/--sentences"),
        (["--ratio", "0"], "must be above 0"),
        (["--ratio", "1.5"], "--ratio: must be above 0 and at most 1, not 1.5"),
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
PLAIN = st.lists(WORDS, min_size=1, max_size=12).map(lambda w: " ".join(w).capitalize() + ".")
# Sentences that do not read alone: quotations, lines after a colon, pronoun-led ones.
SENTENCE = st.one_of(
    PLAIN,
    PLAIN.map(lambda s: f"“{s}”"),
    PLAIN.map(lambda s: f"Jane Smith said: “{s}”"),
    PLAIN.map(lambda s: s[:-1] + ":"),
    PLAIN.map(lambda s: "They said " + s[0].lower() + s[1:]),
    PLAIN.map(lambda s: f"“{s}” said the mayor."),
)
ARTICLES = st.lists(
    st.tuples(SENTENCE, st.sampled_from([" ", " ", "\n\n", "\n", "\n## Update\n"])),
    min_size=1,
    max_size=12,
).map(lambda parts: "".join(sentence + gap for sentence, gap in parts))


@pytest.mark.model
@examples(40)
@given(ARTICLES, st.integers(min_value=1, max_value=6))
def test_chosen_units_are_article_text_in_article_order(text: str, n: int) -> None:
    brief = next(brief_articles([Article.from_text(text)], Options(sentences=n)))
    assert len(brief.summary) <= n
    cursor = 0
    for item in brief.summary:
        # on one line: an introducer and the line it introduces may be two paragraphs
        assert item.text == " ".join(text[item.start : item.end].split()), (item, text)
        assert item.start >= cursor, (item, text)
        cursor = item.end
        assert item.speaker is None or item.text.startswith("“")
