"""A name is never split at a particle, a hyphen or a quoted nickname."""

from __future__ import annotations

import pytest

from tests.extract.cast.conftest import cast_of

# (article, the one actor's full name, its other names)
WHOLE_NAMES = [
    (
        "The award went to Laurence des Cars, who said the paintings were safe.",
        "Laurence des Cars",
        (),
    ),
    (
        "Top laner Kang “TheShy” Seung-lok joined the team in 2018. TheShy said he was happy.",
        "Kang “TheShy” Seung-lok",
        ("TheShy",),
    ),
    (
        'Panamanian legend Roberto "Hands of Stone" Duran climbs into the ring on Saturday.',
        'Roberto "Hands of Stone" Duran',
        (),
    ),
    (
        "The message went to his counterpart, Kang Young-hoon, on Friday.",
        "Kang Young-hoon",
        (),
    ),
    (
        "Neil Ford QC, for the family, told the court that Ford had acted properly.",
        "Neil Ford",
        ("Ford",),
    ),
    (
        "Robert De Niro won the award. De Niro thanked the academy.",
        "Robert De Niro",
        ("De Niro",),
    ),
    (
        'Some citizens started a "Committee to Boycott Nixon\'s Memoirs," a callback to the'
        ' "Committee to Reelect the President" of 1971.',
        "Committee to Boycott Nixon's Memoirs",
        (),
    ),
    (
        "In 1923 the leader of the National Socialist German Workers' Party tried to seize power.",
        "National Socialist German Workers' Party",
        (),
    ),
    (
        "Asked about her 1956 autobiography, credited to her and the writer William Dufty,"
        ' Billie Holliday replied, "I never read that book."',
        "Billie Holliday",
        (),
    ),
    (
        "Asked about discrepancies in her 1956 autobiography, Lady Sings the Blues, which was"
        " credited to her, the singer laughed.",
        "Lady Sings the Blues",
        (),
    ),
    (
        "Clinton spoke on “Fox News Sunday.” Fox later said it had asked her twice.",
        "Fox News",
        (),
    ),
    (
        "Swedish telecoms group LM Ericsson AB raised its forecast. Ericsson said sales grew.",
        "LM Ericsson AB",
        ("Ericsson",),
    ),
    # a business named for its owner: the possessive and the word for a business are its name
    (
        "In Clon Casey's Bar have said they'll be closing. The pub has been open for years.",
        "Casey's Bar",
        (),
    ),
    # a surname the model left untagged, and the singular of a body named in the plural before it
    (
        "The Sixers beat Boston. The Sixers led from the start, with the first buckets coming "
        "against former Sixer Jrue Holiday, the shortest player on the floor.",
        "Jrue Holiday",
        (),
    ),
    # the acronym in brackets says where a body's name starts
    (
        "U.S. Customs and Border Protection (CBP) Air and Marine Operations (AMO) found 475 "
        "pounds of cocaine in a vessel. AMO agents seized the boat.",
        "Air and Marine Operations",
        ("AMO",),
    ),
    # the whole named elsewhere says where it ends, and the two are one body
    (
        "U.S. Customs and Border Protection (CBP) agents found cocaine in a vessel in Las "
        "Croabas, Customs and Border Protection announced Tuesday.",
        "U.S. Customs and Border Protection",
        ("CBP", "Customs and Border Protection"),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "aliases"), WHOLE_NAMES)
def test_a_name_stays_whole(text: str, name: str, aliases: tuple[str, ...]) -> None:
    cast = cast_of(text)
    actor = cast.actor_named(name)
    assert actor is not None, [a.name for a in cast.actors]
    assert actor.name == name
    assert set(aliases) <= set(actor.aliases)
    parts = [a.name for a in cast.actors if a is not actor and a.name in name]
    assert parts == []


@pytest.mark.slow
def test_a_hyphenated_word_after_a_place_stays_out_of_its_name() -> None:
    cast = cast_of("The Moscow-backed leader spoke in Grozny on Monday.")
    assert cast.actor_named("Moscow-backed") is None


# (article, names the cast must list, names it must not)
PIECES = [
    (
        "The bus will run between Homestead and Dadeland from next year.",
        {"Homestead", "Dadeland"},
        {"Homestead and Dadeland"},
    ),
    (
        "Trinidad and Tobago beat Cuba on Sunday.",
        {"Trinidad and Tobago"},
        {"Trinidad", "Tobago"},
    ),
    (
        "Voting will be held at 2344 Bragg St. on Tuesday.",
        {"Bragg St."},
        {"Bragg"},
    ),
    (
        "Officers of the United States Drug Enforcement Agency (DEA) made the arrest. The DEA "
        "said more arrests would follow.",
        {"United States Drug Enforcement Agency"},
        {"DEA"},
    ),
    # a body's name with "and" inside it; not two bodies that are named alone too
    (
        "The boat was seized, said Luis Ortega, director of the Gulf Air and Marine Branch.",
        {"Gulf Air and Marine Branch"},
        {"Gulf Air", "Marine Branch"},
    ),
    (
        "The House and Senate passed the bill on Friday. The Senate will vote again in June.",
        set(),
        {"House and Senate"},
    ),
    (
        "The summit will be held in St. Vincent and the Grenadines next year.",
        {"St. Vincent and the Grenadines"},
        {"St. Vincent", "Grenadines"},
    ),
    # two people the article names in full, joined by "and"
    (
        "Mary Grant and Peter Ambersley were in the car. Grant and Ambersley died in hospital.",
        {"Mary Grant", "Peter Ambersley"},
        {"Grant and Ambersley"},
    ),
    # an office's possessive, a road's number, a title before a name
    (
        "The driver was arrested by the Logan County Sheriff's Department on Monday.",
        {"Logan County Sheriff's Department"},
        {"Logan County Sheriff"},
    ),
    ("The crash closed Illinois Route 29 for two hours.", {"Illinois Route 29"}, set()),
    (
        "The boat came from St. Thomas in the U.S. Virgin Islands. It had not reported its "
        "arrival from the USVI to customs.",
        {"U.S. Virgin Islands"},
        {"USVI"},
    ),
    # another name of a person, right after the name ("better known as"), not "a man known as"
    (
        'The hunter, Tomas Ruiz, better known as "Flaco", was found on Tuesday. Flaco had left '
        "home on Monday.",
        {"Tomas Ruiz"},
        {"Flaco"},
    ),
    (
        "The victims are Ann Lee, 33, and a man known as Paul Reyes. Lee and Reyes died.",
        {"Ann Lee", "Paul Reyes"},
        set(),
    ),
    (
        "Supervisors in Napa County approved the plan. Napa Co. will sign the lease on Monday.",
        {"Napa County"},
        {"Napa Co."},
    ),
    (
        "I will speak with the Acting Premier Honourable Natalio Wheatley tomorrow.",
        {"Natalio Wheatley"},
        {"Honourable Natalio Wheatley"},
    ),
    (
        "Angela Bolger bought a battery on Amazon.com in 2015. Amazon said it was not the "
        "seller. Amazon lost the appeal.",
        {"Amazon"},
        {"Amazon.com"},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "listed", "unlisted"), PIECES)
def test_names_are_neither_glued_nor_listed_twice(
    text: str, listed: set[str], unlisted: set[str]
) -> None:
    names = {actor.name for actor in cast_of(text).actors}
    assert listed <= names
    assert not unlisted & names


@pytest.mark.parametrize(
    "text",
    [
        "• Tyrese Okoro was able to get going in the third quarter. Okoro has not been his "
        "explosive self, but Okoro hit two threes.",
        "• Tyrese Adebayo got going in the third quarter. Adebayo has not been at his best, but "
        "Adebayo hit two threes.",
    ],
)
def test_a_given_name_and_a_surname_named_alone_elsewhere_are_one_person(text: str) -> None:
    """The model reads "Tyrese" as a people and leaves the surname after it untagged; the
    article names the surname alone later, so the two words are one person's name."""
    [actor] = cast_of(text).actors
    surname = text.split()[2]
    assert (actor.name, actor.aliases, actor.type) == (f"Tyrese {surname}", (surname,), "person")


def test_the_minute_of_a_goal_is_no_part_of_the_scorer_s_name() -> None:
    text = "Monaco won 2-1 on Saturday with goals from Sonny Anderson 46th and Victor Ikpeba 79th ."
    names = {actor.name for actor in cast_of(text).actors}
    assert {"Sonny Anderson", "Victor Ikpeba"} <= names
    assert not any(name.endswith("46th") for name in names)


def test_a_body_s_word_before_a_surname_is_no_given_name() -> None:
    """ "State" (of "Secretary of State Clinton") is read as a body: it does not start her name."""
    text = (
        "Emails sent by then Secretary of State Clinton were reviewed by the committee. Clinton "
        "said she had done nothing wrong, and Clinton will testify again in May."
    )
    names = {actor.name for actor in cast_of(text).actors}
    assert "State Clinton" not in names and "Clinton" in names


@pytest.mark.slow
def test_a_sentence_s_first_word_used_as_a_verb_is_no_part_of_a_name() -> None:
    cast = cast_of('The director spoke on Friday. Said Comey: "We found nothing." Comey said more.')
    assert [actor.name for actor in cast.actors] == ["Comey"]


@pytest.mark.slow
def test_a_sentence_s_first_word_stays_when_the_name_is_never_written_without_it() -> None:
    cast = cast_of("Voters cheered. Win Htein, a party official, said the count went on.")
    assert [actor.name for actor in cast.actors] == ["Win Htein"]


@pytest.mark.slow
def test_a_given_name_the_article_writes_in_lower_case_as_no_verb_stays() -> None:
    cast = cast_of("Bikram Choudhury, who founded bikram yoga, was there. Choudhury spoke.")
    assert [actor.name for actor in cast.actors] == ["Bikram Choudhury"]


# (article, a word the cast must not list as a name)
NO_NAMES = [
    # the plural of a word the article writes in lower case
    (
        "The city has many apartment buildings, including ARIUM Brookhaven and @1377 Apartments.",
        "Apartments",
    ),
    # an acronym in the plural is a class of things
    ("Several MPs called for a vote. The MPs said the bill was flawed.", "MPs"),
    # a capitalised description of a place the article names
    (
        "Governor John Rankin called for calm after officials arrested the Territory's premier. "
        '"This will be shocking news for people in the Territory," he said.',
        "Territory",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word"), NO_NAMES)
def test_words_that_name_nothing_are_not_listed(text: str, word: str) -> None:
    names = {name for actor in cast_of(text).actors for name in (actor.name, *actor.aliases)}
    assert word not in names, names


@pytest.mark.slow
def test_a_polity_a_people_s_name_qualifies_is_a_name() -> None:
    cast = cast_of("Troops entered the Chechen Republic on Monday. The Chechen Republic said so.")
    assert cast.actor_named("Chechen Republic") is not None


@pytest.mark.slow
def test_a_title_that_starts_with_the_is_no_description() -> None:
    cast = cast_of(
        "He spoke at a forum hosted by the magazine The Nation. The Nation forum was busy."
    )
    assert cast.actor_named("Nation") is not None
