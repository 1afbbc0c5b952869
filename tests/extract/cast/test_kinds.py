"""An actor's type from all of its evidence: people, organisations, works and prizes."""

from __future__ import annotations

import pytest

from brief.extract.cast.build import _cells_apart
from tests.extract.cast.conftest import cast_of, parsed_of

# (article, name, type)
TYPED = [
    # the reader cases
    ("Joaquin Phoenix won the Oscar for Joker at the ceremony.", "Joaquin Phoenix", "person"),
    ("Joaquin Phoenix won the Oscar for Joker at the ceremony.", "Oscar", "work"),
    ("Joaquin Phoenix won the Oscar for Joker at the ceremony.", "Joker", "work"),
    ("Shares of Netflix (NASDAQ: NFLX) rose 3% on Tuesday.", "Netflix", "organization"),
    (
        "The award went to Laurence des Cars, the museum's president. She said the paintings "
        "were safe.",
        "Laurence des Cars",
        "person",
    ),
    # a given name (the census lists) speaks for every mention of the person
    (
        "Andrew Alturo Fahie was arrested in Miami. Fahie appeared in court. Lawyers for Fahie "
        "said Fahie would fight.",
        "Andrew Alturo Fahie",
        "person",
    ),
    # names in one list are mostly of one kind: two people beside a name make a vote
    (
        "Romania coach Anghel Iordanescu named Cosmin Contra, Gheorghe Popescu and Mihai "
        "Tararache in his squad on Friday.",
        "Mihai Tararache",
        "person",
    ),
    (
        "Goals from Alistair McCoist, Paul Gascoigne and Brian Laudrup gave Rangers the win.",
        "Alistair McCoist",
        "person",
    ),
    # a club's captain or skipper: the club, not its town
    (
        "Shearer, the former Blackburn and Southampton skipper, will captain England.",
        "Southampton",
        "organization",
    ),
    # a name with a figure in it is no one's ("Omicron BA.2"), whatever the model reads
    (
        "Cases of COVID-19 are surging in Europe due to Omicron BA.2, the agency said."
        " Omicron BA.2 has been detected in 8.7 percent of sequences.",
        "Omicron BA.2",
        "other",
    ),
    # a name whose "it" is the subject of what it announced: an organisation
    (
        "Several firms sell cameras to universities and airports. Another, Pelco, announced"
        " last April that it will provide schools with a version of its software.",
        "Pelco",
        "organization",
    ),
    # the one told, whom the model reads as no person: an organisation, not a people
    (
        "Schools are watched by AI agents, the ACLU's Jay Stanley tells Axios. \"It should be"
        ' an absolute last precaution," he tells Axios.',
        "Axios",
        "organization",
    ),
    # a name that qualifies a run of nouns: typed by the last ("drug cartel"), not the state
    (
        "An informant posed as a member of Mexico's Sinaloa drug cartel, the complaint said.",
        "Sinaloa",
        "organization",
    ),
    # a maker before its model's name: a company, not the city of Toyota
    (
        "Three people were travelling in a Toyota Starlet when it collided with a truck.",
        "Toyota",
        "organization",
    ),
    # a relative set before a name by a comma, though the parse makes no apposition
    (
        "Bharrat Ramdehol was shot in the jungle. Speaking with Kaieteur News on Thursday, "
        "Ramdehol's sister, Inderdai Deyal said that he had left his home.",
        "Inderdai Deyal",
        "person",
    ),
    # the first part of an address whose second part is a place
    (
        "Ramdehol left his home at Maria Lodge, Essequibo Coast around 20:00hrs on Thursday. "
        "Police in Essequibo Coast are investigating.",
        "Maria Lodge",
        "place",
    ),
    (
        "Holger Schmieding of Berenberg, Germany's largest private bank, warned that logic "
        "would fail.",
        "Berenberg",
        "organization",
    ),
    # an age or a height right before a name: a person; not before a club's name as a modifier
    (
        "Embiid started on Jaylen Brown, and quickly shifted to the 7-foot-3 Kristaps Porzingis.",
        "Kristaps Porzingis",
        "person",
    ),
    (
        "Ireland led through 20-year-old Norwich striker Keith O'Neill and Sunderland forward "
        "Niall Quinn.",
        "Norwich",
        "organization",
    ),
    # a web address is a website, an organisation
    (
        "He said he will provide more information in due course.\n\nBVINEWS.COM\n\nThe "
        "Governor spoke on Monday.",
        "BVINEWS.COM",
        "organization",
    ),
    # what the words of a name and the article around it say
    # a title's first word is no person's: "My", "Our"
    ("He wrote My Long Road in a cell, and My Long Road sold well.", "My Long Road", "work"),
    # an event's last word
    ("Hitler led the Munich Putsch in November 1923.", "Munich Putsch", "event"),
    # an area's last word, and the town before "police"
    ("The deer ran onto the road in Ross Township on Sunday.", "Ross Township", "place"),
    ("The man, 37, was arrested by Decatur police on Friday.", "Decatur", "place"),
    # the first word of an area's name, named alone
    (
        "The truck was stopped in Odin Township at noon. The driver, Jo Ann Ruiz, 22, of "
        "Odin, was ticketed.",
        "Odin",
        "place",
    ),
    # an acronym the article spells out as a known place (the model tags only "British")
    (
        "An update was given to the people of the British Virgin Islands on Monday. The BVI "
        "premier was arrested in Miami.",
        "BVI",
        "place",
    ),
    # the one subject of a verb in the plural is a body
    ("Flanagan's on Mill Street are open today but will close at six.", "Flanagan", "organization"),
    # what a name's clause says it is types it as a noun it qualifies does
    (
        "Cases are rising in the Caribbean, where Omicron is becoming the predominant variant, "
        "officials said.",
        "Omicron",
        "other",
    ),
    # a league its games make a competition; a name a day owns is an event
    (
        "The club will play four group games to kick off their Nations League campaign in June. "
        "The Concacaf Nations League games start in June.",
        "Concacaf Nations League",
        "event",
    ),
    ("The Arab League met in Cairo on Sunday.", "Arab League", "organization"),
    (
        '"Next week\'s Budget is a crucial opportunity for the Government," the group said.',
        "Budget",
        "event",
    ),
    # a maker's model before a product's noun; the maker alone before a model's name
    (
        "The driver of a Toyota Starlet collided with a Nissan Latio motor car on the highway.",
        "Nissan Latio",
        "other",
    ),
    (
        "The driver of a Toyota Starlet collided with a Nissan Latio motor car on the highway.",
        "Toyota",
        "organization",
    ),
    # the head noun of an event's or a rule's name
    ("Small banks struggled after the Great Recession.", "Great Recession", "event"),
    ("Lenders blamed the Volcker Rule for the slowdown.", "Volcker Rule", "work"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "kind"), TYPED)
def test_an_actor_is_typed_by_all_its_evidence(text: str, name: str, kind: str) -> None:
    actor = cast_of(text).actor_named(name)
    assert actor is not None, [a.name for a in cast_of(text).actors]
    assert actor.type == kind


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The WHO said COVID-19 cases were rising across the Americas.", "COVID-19", "other"),
        (
            "Senators voted to repeal parts of the Dodd-Frank Act on Thursday.",
            "Dodd-Frank Act",
            "work",
        ),
        (
            "Lenoge Technology sold the battery. Lenoge did not answer, and Lenoge shut its store.",
            "Lenoge Technology",
            "organization",
        ),
    ],
)
def test_illnesses_laws_and_companies(text: str, name: str, kind: str) -> None:
    actor = cast_of(text).actor_named(name)
    assert actor is not None, [a.name for a in cast_of(text).actors]
    assert actor.type == kind


def test_scores_in_a_results_line_are_no_part_of_the_names() -> None:
    text = (
        "Results of South Korean pro-soccer games played on Wednesday.\n"
        "Pohang 3 Ulsan 2 (halftime 1-0)\n"
    )
    cast = cast_of(text)
    pohang, ulsan = cast.actor_named("Pohang"), cast.actor_named("Ulsan")
    assert pohang is not None and pohang.type == "organization"
    assert ulsan is not None and ulsan.type == "organization"
    assert cast.actor_named("Pohang 3 Ulsan 2") is None


def test_competitors_the_model_leaves_untagged_before_their_country_are_people() -> None:
    text = (
        "Results of the U.S. Open tennis championships on Friday.\n"
        "Men's singles, second round\n"
        "1 - Pete Sampras (U.S.) beat Jiri Novak (Czech Republic) 6-3 1-6 6-3 4-6 6-4\n"
    )
    cast = cast_of(text)
    for name in ("Pete Sampras", "Jiri Novak"):
        actor = cast.actor_named(name)
        assert actor is not None and actor.type == "person", name


def test_sides_the_model_leaves_untagged_in_a_table_are_clubs() -> None:
    text = (
        "Standings in the English third division after Saturday's matches (tabulate under "
        "played, won, drawn, lost, goals for, against, points):\n"
        "Forfar 3 2 0 1 5 3 6\nLeyton Orient 4 1 1 2 5 4 4\nHartlepool 4 2 1 1 6 4 7\n"
    )
    cast = cast_of(text)
    for name in ("Forfar", "Leyton Orient", "Hartlepool"):
        actor = cast.actor_named(name)
        assert actor is not None and actor.type == "organization", name


def test_a_wire_story_s_dateline_in_capitals_is_a_place() -> None:
    for city in ("LAGOS", "KHASAVYURT"):
        text = (
            f"Police hunt gang after raid.\n{city} 1996-08-30\nA gang of thieves used a "
            "police truck to carry loot, officers said on Friday."
        )
        place = cast_of(text).actor_named(city)
        assert place is not None and place.type == "place", city


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # US states the gazetteer knows, that every clue makes a side in a game: clubs
        (
            "Results of Major League Baseball games played on Thursday:\n"
            "Minnesota 6 Milwaukee 1\nCalifornia 14 Texas 3",
            "California",
            "organization",
        ),
        (
            "Minnesota beat Florida 5-3 in the game on Friday, and Colorado drew with Texas.",
            "Florida",
            "organization",
        ),
        # a country's side is the country, as the gazetteer says
        ("France beat Italy 2-1 in the match on Friday in Paris.", "Italy", "place"),
    ],
)
def test_a_known_place_that_plays_is_a_club(text: str, name: str, kind: str) -> None:
    actor = cast_of(text).actor_named(name)
    assert actor is not None and actor.type == kind


def test_sides_of_a_standings_table_with_a_winning_percentage_are_clubs() -> None:
    """A standings row writes the winning percentage as ".526": still a table row."""
    text = (
        "Standings after games played on Thursday:\nW L PCT GB\nDETROIT 74 59 .556 -\n"
        "MILWAUKEE 70 63 .526 4\nOMAHA 69 65 .515 5"
    )
    assert {(a.name, a.type) for a in cast_of(text).actors} == {
        ("DETROIT", "organization"),
        ("MILWAUKEE", "organization"),
        ("OMAHA", "organization"),
    }


def test_a_list_of_people_is_evidence_against_the_model_s_labels() -> None:
    text = (
        "After his strong debut, Batum hit an early three but did little else. In the third "
        "quarter, Batum gave the Sixers big minutes. Embiid did most of the work, with Batum, "
        "Tobias Harris, Kelly Oubre and Patrick Beverley each chipping in. Tobias Harris, Kelly "
        "Oubre, Robert Covington and Batum all gave the Sixers enormous minutes."
    )
    batum = cast_of(text).actor_named("Batum")
    assert batum is not None and batum.type == "person"


def test_a_table_row_s_cells_are_no_list() -> None:
    article = parsed_of("Tiverton and Honiton | Neil Parish | neil.parish.mp@parliament.uk\n")
    index = {token.text: token.i for token in article.doc}
    assert not _cells_apart(article, index["Tiverton"], index["Honiton"])
    assert _cells_apart(article, index["Honiton"], index["Parish"])
    assert _cells_apart(article, index["Parish"], index["Tiverton"])


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Last month, researchers at OpenAI in San Francisco revealed an algorithm. But "
            "OpenAI declined to disclose further details.",
            "OpenAI",
            "organization",
        ),
        (
            "“The concern is that algorithms are consuming more energy,” says Sasha Luccioni, a "
            "postdoctoral researcher at Mila, an AI research institute in Canada.",
            "Mila",
            "organization",
        ),
        ("Residents at Grenfell Tower said the fire spread fast.", "Grenfell Tower", "place"),
        ("Fans at Anfield sang throughout the second half.", "Anfield", "place"),
        ("The tourists at Brussels Airport were hurt.", "Brussels Airport", "place"),
    ],
)
def test_where_people_work_is_a_body(text: str, name: str, kind: str) -> None:
    actor = cast_of(text).actor_named(name)
    assert actor is not None and actor.type == kind
