"""Reported speech: one hand-written case per pattern, beliefs left out, one
attribution for a sentence that holds both a partial quote and reported speech, and "according
to" before and after the claim."""

from __future__ import annotations

import pytest

from brief import summarize
from brief.records import Quote

HEADLINE = "Talks Resume in Geneva\n\n"
INTRO = "Mayor Tom Reyes and Senator Jane Holloway met in Geneva on Monday.\n\n"

# (article body after the intro, [(claim starts with, speaker, cue)])
CASES = [
    pytest.param(
        "Reyes said the city would sign the agreement next week.",
        [("the city would sign", "Tom Reyes", "said")],
        id="x-said",
    ),
    pytest.param(
        "Reyes said that the city would sign the agreement next week.",
        [("the city would sign", "Tom Reyes", "said")],
        id="x-said-that",
    ),
    pytest.param(
        "Reyes told reporters the city had run out of money for the parks.",
        [("the city had run out", "Tom Reyes", "told")],
        id="x-told-reporters",
    ),
    pytest.param(
        "Holloway warned that the bill would raise taxes for millions of families.",
        [("the bill would raise taxes", "Jane Holloway", "warned")],
        id="x-warned",
    ),
    pytest.param(
        "Holloway claimed the vote had been rigged by her opponents.",
        [("the vote had been rigged", "Jane Holloway", "claimed")],
        id="x-claimed",
    ),
    pytest.param(
        "Reyes insisted that the budget was balanced for the first time.",
        [("the budget was balanced", "Tom Reyes", "insisted")],
        id="x-insisted",
    ),
    pytest.param(
        "Holloway denied that she had met the lobbyists in March.",
        [("she had met the lobbyists", "Jane Holloway", "denied")],
        id="x-denied",
    ),
    pytest.param(
        "Reyes announced that the city would build two new schools.",
        [("the city would build", "Tom Reyes", "announced")],
        id="x-announced",
    ),
    pytest.param(
        "The talks will resume in May, Reyes said.",
        [("The talks will resume in May", "Tom Reyes", "said")],
        id="claim-then-x-said",
    ),
    pytest.param(
        "The plan, Holloway said, would fail within a year.",
        [("The plan, Holloway said, would fail", "Jane Holloway", "said")],
        id="x-said-inside-the-claim",
    ),
    pytest.param(
        "Reyes praised the deal on Tuesday, adding that talks would resume in May.",
        [("talks would resume in May", "Tom Reyes", "adding")],
        id="adding-that",
    ),
    pytest.param(
        "According to Holloway, the city spent twice its budget on the parks.",
        [("the city spent twice its budget", "Jane Holloway", "according to")],
        id="according-to-before",
    ),
    pytest.param(
        "The city spent twice its budget on the parks, according to Holloway.",
        [("The city spent twice its budget", "Jane Holloway", "according to")],
        id="according-to-after",
    ),
    pytest.param(
        "Reyes believes the economy will recover next year.\n\n"
        "Holloway wants the city to sell the stadium.\n\n"
        "Reyes hopes that the talks will succeed in May.",
        [],
        id="beliefs-are-not-speech",
    ),
    pytest.param(
        "Reyes claimed the city had saved millions of dollars and warned the cuts “will not go "
        "unanswered.”",
        [("the city had saved millions of dollars", "Tom Reyes", "claimed")],
        id="claim-ends-before-the-next-report",
    ),
    pytest.param(
        "Holloway said the plan was “reckless” and would fail within a year.",
        [],  # one attribution: the partial quote's, with the clause as its content
        id="partial-quote-and-reported-once",
    ),
]


# Issue 25: a source written in the sentence is never "Unattributed"; issue 26: claims that are
# not claims (one case per rule of `reported.NOT_CLAIMS`) and a claim that goes on after a colon.
SOURCES = [
    pytest.param(
        "Research suggests that job losses since the turn of the century have shifted votes.",
        [("job losses since the turn", "Research", "suggests")],
        id="a-common-noun-opening-a-sentence-that-reports-is-a-source",
    ),
    pytest.param(
        "Officials said the bridge was closed. They said that repairs would take a week.",
        [
            ("the bridge was closed", "Officials", "said"),
            ("repairs would take a week", "Officials", "said"),
        ],
        id="a-group-as-written-and-they",
    ),
    pytest.param(
        "An affidavit filed on Monday stated that the money had been moved twice.",
        [("the money had been moved twice", "An affidavit", "stated")],
        id="a-document-as-written",
    ),
    pytest.param(
        "According to previous studies, clinicians fail in a quarter of patients.",
        [("clinicians fail", "previous studies", "according to")],
        id="according-to-a-source-as-written",
    ),
    pytest.param(
        "Relatives said that he knew the two loggers well. The loggers alleged that Reyes had "
        "asked them to come along.",
        [
            ("he knew the two loggers well", "Relatives", "said"),
            ("Reyes had asked them to come along", "The loggers", "alleged"),
        ],
        id="a-group-saying-beside-a-named-reporter",
    ),
    pytest.param(
        "Some say students should not be monitored at all.",
        [("students should not be monitored", "Some", "say")],
        id="some-say",
    ),
    pytest.param(
        "Two firms sell the cameras to schools. One, Avigilon, sells them to banks too. "
        "Another, Pelco, announced last April that it will provide schools with a new camera "
        "system.",
        [("it will provide schools", "Pelco", "announced")],
        id="a-name-set-off-after-another",
    ),
    pytest.param(
        "Amazon argued that it was not liable for the battery. The Appellate Court didn't "
        "agree with Amazon's stance. It noted that the product had been stored in an Amazon "
        "warehouse.",
        [
            ("it was not liable", "Amazon", "argued"),
            ("the product had been stored", "Appellate Court", "noted"),
        ],
        id="it-for-the-organisation-just-the-subject",
    ),
    pytest.param(
        "On an online forum for teachers, some wrote that students shouldn't be monitored — "
        "or even that they felt uncomfortable being watched — while others said footage "
        "helped to settle arguments.",
        [
            ("students shouldn't be monitored", "some", "wrote"),
            ("footage helped to settle arguments", "others", "said"),
        ],
        id="some-wrote-while-others-said",
    ),
    pytest.param(
        "One relative said that the body was found lying on the side of the road.",
        [("the body was found", "One relative", "said")],
        id="one-relative-as-written",
    ),
    pytest.param(
        "That said the government have argued that the numbers could drop if the public "
        "comply with the rules.",
        [("the numbers could drop", "the government", "argued")],
        id="that-said-is-no-one",
    ),
    pytest.param(
        "Those who acknowledge that the war was a mistake regretted not having better planning.",
        [("the war was a mistake", "Those who acknowledge", "acknowledge")],
        id="those-who-acknowledge",
    ),
    pytest.param(
        "The trust spending more than $100 million on a 20-mile Bus Rapid Transit line in "
        "South Dade refused last week to hear long-sought answers about how the corridor will "
        "work, saying meager responses to 28 questions asked last June finally arrived too "
        "late for thorough review.",
        [("meager responses to 28 questions", "The trust", "saying")],
        id="a-participle-parsed-as-the-subject",
    ),
    pytest.param(
        "Economists like the ones at the central bank have argued that the concentration of "
        "economic power brings higher prices.",
        [
            (
                "the concentration of economic power",
                "Economists like the ones at the central bank",
                "argued",
            )
        ],
        id="a-group-as-written-with-its-like-phrase",
    ),
    pytest.param(
        "Police have not disclosed the victims' identities.\n\n"
        "The minister did not say whether taxes would rise.",
        [],
        id="negated",
    ),
    pytest.param(
        "The council called for research councils to insist their grant-holders publish their "
        "data.\n\nReyes declined to say whether the city would sign.",
        [],
        id="wished",
    ),
    pytest.param(
        "It is my duty as Governor to inform you that this morning the Premier was detained in "
        "Miami.\n\nIt is not unreasonable for Reyes to assert that the emails were stored "
        "safely.",
        [],
        id="an-infinitive-under-a-copula-is-what-ought-to-be-said",
    ),
    pytest.param(
        "The plan was widely backed by those at the meeting and in her remarks to the forum, "
        "Holloway suggested an even broader yearly summit in the capital.",
        [],
        id="a-verb-that-says-its-object-reports-no-clause-before-it",
    ),
    pytest.param(
        "Some paper records are already stored in a secure centre, and there is no need to move "
        "them, Holloway wrote Reyes.\n\n"
        "The talks will go on all week, Holloway said, a hint of frustration in her voice.",
        [
            ("Some paper records are already stored", "Jane Holloway", "wrote"),
            ("The talks will go on all week", "Jane Holloway", "said"),
        ],
        id="a-hearer-or-a-phrase-past-a-comma-is-no-object-said",
    ),
    pytest.param(
        "Holloway continued to insist that the vote had been rigged.",
        [("the vote had been rigged", "Jane Holloway", "insist")],
        id="going-on-still-reports",
    ),
    pytest.param(
        "Holloway warned that the plan lays the groundwork for something bigger:\n\n"
        "A national tax on every home in the city.",
        [("the plan lays the groundwork for something bigger:", "Jane Holloway", "warned")],
        id="a-claim-goes-on-after-its-colon",
    ),
    pytest.param(
        "Minutes later, Holloway sent an email saying, “done.”\n\n"
        "The plan failed in July, as predicted. As reported by the Geneva Herald, the city had "
        "run out of money for the parks.",
        [("the city had run out of money", "Geneva Herald", "reported")],
        id="a-set-off-report-names-its-own-source",
    ),
    pytest.param(
        "The codeshare expansion includes several of Alaska’s new routes from LAX — to Boise "
        "(BOI), Missoula (MSO) and Spokane (GEG) — that it launched in 2020, according to "
        "Cirium schedule data.",
        [("The codeshare expansion includes", "Cirium schedule data", "according to")],
        id="according-to-ending-the-sentence-credits-all-of-it",
    ),
    pytest.param(
        "All that was needed was better planning for the city, officials said: It was a "
        "technical, bureaucratic problem.",
        [("All that was needed was better planning for the city", "officials", "said")],
        id="a-report-before-its-verb-and-after-its-colon-is-one",
    ),
    pytest.param(
        "Two aides said they had heard the shot. They claimed that Reyes had told them to stay "
        "behind while he walked on.",
        [
            ("they had heard the shot", "Two aides", "said"),
            ("Reyes had told them to stay behind", "Two aides", "claimed"),
        ],
        id="a-verb-inside-the-claim-is-not-its-reporter",
    ),
    pytest.param(
        "The aides claimed that he was still alive and they carried him out of the woods but they "
        "had to walk many miles and along the way, Reyes told them that he was in too much pain "
        "to go on.",
        [
            ("he was still alive", "The aides", "claimed"),
            ("he was in too much pain", "Tom Reyes", "told"),
        ],
        id="a-verb-with-its-own-report-is-no-outer-reporter",
    ),
]


def _reported(body: str) -> list[Quote]:
    quotes = summarize(HEADLINE + INTRO + body).quotes
    return [quote for quote in quotes if quote.kind == "reported"]


@pytest.mark.parametrize(("body", "expected"), CASES + SOURCES)
def test_reported_speech(body: str, expected: list[tuple[str, str, str]]) -> None:
    found = _reported(body)
    got = [
        (quote.text[: len(start)], quote.speaker, quote.cue)
        for quote, (start, _, _) in zip(found, expected, strict=False)
    ]
    assert got == expected, found
    assert len(found) == len(expected), found


def test_partial_quote_keeps_the_attribution_with_its_clause() -> None:
    body = "Holloway said the plan was “reckless” and would fail within a year."
    quotes = summarize(HEADLINE + INTRO + body).quotes
    (quote,) = quotes
    assert (quote.kind, quote.speaker) == ("partial", "Jane Holloway")
    assert quote.content is not None and quote.content.endswith("would fail within a year")


def test_reported_claim_keeps_line_and_offsets() -> None:
    body = "The talks will resume in May, Reyes said."
    text = HEADLINE + INTRO + body
    (quote,) = [q for q in summarize(text).quotes if q.kind == "reported"]
    assert text[quote.start : quote.end] == quote.text == "The talks will resume in May"
    assert quote.line == text[: quote.start].count("\n") + 1
    assert quote.content is None


def test_a_claim_leaves_no_bracket_open() -> None:
    body = "Reyes said the repairs would cost ten million dollars (eight million pounds."
    (quote,) = _reported(body)
    assert quote.text == "the repairs would cost ten million dollars"


def test_a_claim_ends_before_the_conjunction_of_the_next_clause() -> None:
    body = (
        "Relatives said that he was well acquainted with the two men and according to the "
        "police, the loggers alleged that he had asked them to come."
    )
    claims = [quote.text for quote in _reported(body)]
    assert claims and claims[0] == "he was well acquainted with the two men"


def test_a_claim_past_its_colon_holds_what_follows() -> None:
    body = (
        "Holloway warned that the plan lays the groundwork for something bigger:\n\n"
        "A national tax on every home in the city."
    )
    (quote,) = _reported(body)
    assert quote.text.endswith("A national tax on every home in the city")


def test_claims_record_their_step_and_candidates_with_explain() -> None:
    from brief import Article, Options, brief_articles

    text = HEADLINE + INTRO + "Holloway arrived late. She said the talks had failed."
    (brief,) = brief_articles([Article.from_text(text)], Options(explain=True))
    (claim,) = [quote for quote in brief.quotes if quote.kind == "reported"]
    assert claim.speaker == "Jane Holloway"
    assert claim.step is not None and claim.step.startswith("speech-verb/subject/pronoun (")
    assert "Jane Holloway" in claim.step.split("(", 1)[1]  # the candidates it chose from
