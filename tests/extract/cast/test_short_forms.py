"""Names the model ran together or cut short: a name run into a person's, a given name alone."""

from __future__ import annotations

from collections import Counter

from brief.extract.cast.merge import _is_short_form
from tests.extract.cast.conftest import cast_of

KLOPP = (
    "Jurgen Klopp will leave Borussia Dortmund at the end of the season. Klopp has won two "
    "titles with the club. Arsenal are among the clubs in the Premier League Klopp could join "
    "next, and the league is his likely home."
)
SHERWOOD = (
    "Tim Sherwood was sacked by Tottenham last year. Sherwood (right) sits on the bench at "
    "White Hart Lane Sherwood watched the game from the stands. Sherwood said he was proud."
)


def test_a_name_run_into_a_surname_is_cut_off_and_the_surname_joins_the_full_name() -> None:
    cast = cast_of(KLOPP)
    klopp = cast.actor_named("Klopp")
    assert klopp is not None and klopp.name == "Jurgen Klopp" and klopp.aliases == ("Klopp",)
    assert len(klopp.names) == 3
    league = cast.actor_named("Premier League")
    assert league is not None and league.type == "organization"
    assert cast.actor_named("Premier League Klopp") is None


def test_a_place_run_into_a_surname_stays_a_place_of_its_own() -> None:
    cast = cast_of(SHERWOOD)
    sherwood = cast.actor_named("Tim Sherwood")
    assert sherwood is not None and sherwood.type == "person" and len(sherwood.names) == 3
    lane = cast.actor_named("White Hart Lane")
    assert lane is not None and lane.type == "place"


def test_a_given_name_that_is_also_a_word_is_no_run_in() -> None:
    text = (
        "Bill Gates gave $50 million to the fund. Gates said the bill for vaccines was too "
        "high. Bikram Choudhury, who founded bikram yoga, was also there. Choudhury spoke."
    )
    cast = cast_of(text)
    gates, choudhury = cast.actor_named("Gates"), cast.actor_named("Choudhury")
    assert gates is not None and gates.name == "Bill Gates"
    assert choudhury is not None and choudhury.name == "Bikram Choudhury"


def test_a_given_name_alone_joins_the_person_the_model_reads_it_as_a_body() -> None:
    text = (
        "Julia Louis-Dreyfus covers the May issue of Marie Claire. The Veep star, 54, talks "
        "about her career. Julia, who plays Selina Meyer on HBO, said the role changed her "
        "life. Julia also praised her co-stars."
    )
    julia = cast_of(text).actor_named("Julia")
    assert julia is not None and julia.name == "Julia Louis-Dreyfus" and julia.type == "person"


def test_a_given_name_that_names_a_place_stays_the_place() -> None:
    text = (
        "Peter O'Toole narrates the film about Katherine of Alexandria. Alexandria Redwood, 30, "
        "produced it. The film was shot in Alexandria last year, and Redwood said Alexandria "
        "was beautiful."
    )
    cast = cast_of(text)
    city, person = cast.actor_named("Alexandria"), cast.actor_named("Redwood")
    assert city is not None and city.type == "place"
    assert person is not None and person.name == "Alexandria Redwood"


def test_a_full_name_read_twice_is_never_cut_at_another_person_s_name() -> None:
    text = (
        "Aung San Suu Kyi said on Tuesday that her party had won the election. Aung San Suu "
        "Kyi, the daughter of independence hero Aung San, spent 15 years under house arrest. "
        "Suu Kyi said she would govern the country."
    )
    actor = cast_of(text).actor_named("Suu Kyi")
    assert actor is not None and actor.name == "Aung San Suu Kyi"


def test_a_surname_used_as_a_section_label_stays_a_name() -> None:
    """ "Bush:" labels a section, but the article also writes "the Bush campaign": a name."""
    text = (
        "Rubio: Finish in the top three.\n\nBush: Survive to South Carolina.\n\n"
        "Members of the Bush family have done well here, and the Bush campaign hopes to again."
    )
    from tests.extract.cast.conftest import cast_of as cast

    assert cast(text).actor_named("Bush") is not None


def test_a_surname_joins_its_person_not_the_body_named_after_them() -> None:
    text = (
        "Donald Trump defended Trump University on Monday. Students sued Trump University in "
        "2013. Trump said the school had a 98 percent approval rating. Trump University closed "
        "in 2010, and Trump has promised to fight the case."
    )
    cast = cast_of(text)
    trump = cast.actor_named("Trump")
    assert trump is not None and trump.name == "Donald Trump" and trump.type == "person"
    school = cast.actor_named("Trump University")
    assert school is not None and school is not trump and school.type == "organization"


def test_a_surname_two_people_share_stays_on_its_own() -> None:
    text = (
        "Hillary Clinton campaigned in Iowa on Sunday. Bill Clinton spoke in New Hampshire. "
        "Clinton told voters the race was close, and Clinton urged them to vote early."
    )
    cast = cast_of(text)
    clinton = cast.actor_named("Clinton")
    assert clinton is not None and clinton.name == "Clinton"


def test_a_function_word_that_starts_the_sentence_is_no_part_of_a_name() -> None:
    cast = cast_of("Beyond Washington, voters were angry. Washington is far away, said Mr. Jones.")
    assert cast.actor_named("Beyond Washington") is None
    washington = cast.actor_named("Washington")
    assert washington is not None and washington.type == "place"


def test_a_given_name_that_starts_the_sentence_stays_the_name() -> None:
    cast = cast_of("Will Smith won the award on Sunday. Smith thanked his family.")
    smith = cast.actor_named("Smith")
    assert smith is not None and smith.name == "Will Smith"


def test_a_surname_with_a_title_of_one_sex_is_not_short_for_a_person_of_the_other() -> None:
    text = (
        "Michelle Obama spoke in Philadelphia on Monday. Mr. Obama, speaking later in "
        "Washington, said the election was about his legacy. Mr. Obama said voters would decide."
    )
    cast = cast_of(text)
    michelle = cast.actor_named("Michelle Obama")
    assert michelle is not None and "Obama" not in michelle.aliases
    obama = cast.actor_named("Obama")
    assert obama is not None and obama is not michelle and obama.gender == "m"


def test_an_inner_surname_written_alone_joins_its_person() -> None:
    text = (
        'Camille Etienne Gbedey, their mother, started a fund in Florida. "We need help," said '
        "Etienne, who works as a nurse. Etienne said the family was grateful."
    )
    cast = cast_of(text)
    etienne = cast.actor_named("Etienne")
    assert etienne is not None and etienne.name == "Camille Etienne Gbedey"


def test_an_inner_given_name_written_alone_is_not_the_person() -> None:
    text = (
        "Mary Louise Parker starred in the play. Louise, a waitress in the second act, "
        "was played by a newcomer. Louise said the role was hard, Parker said."
    )
    parker = cast_of(text).actor_named("Mary Louise Parker")
    assert parker is not None and "Louise" not in parker.aliases


def test_an_aside_glued_to_a_name_by_a_dash_is_no_part_of_it() -> None:
    text = (
        "Rubio donor Luther Stan Pate IV—a Tuscaloosa real estate tycoon—was behind the ads. "
        "Mr. Pate told Breitbart News that he acted alone. Mr. Pate said the ads were his."
    )
    pate = cast_of(text).actor_named("Pate")
    assert pate is not None and pate.name == "Luther Stan Pate IV"


def test_a_name_without_its_middle_names_is_the_same_person() -> None:
    text = (
        "Sir Anthony Meyer, the Tory backbencher who challenged Margaret Thatcher in 1989, has "
        "died. Sir Anthony John Charles Meyer was born in London in 1920. Meyer served in the "
        "Scots Guards, and Meyer later sat for Clwyd North West."
    )
    cast = cast_of(text)
    meyer = cast.actor_named("Anthony Meyer")
    assert meyer is not None and meyer.name == "Anthony John Charles Meyer"
    assert cast.actor_named("Meyer") is meyer


def test_a_site_s_name_joins_its_longer_form() -> None:
    cast = cast_of(
        "Voting opened at the Nostrand Houses in Brooklyn. Nostrand residents can vote online."
    )
    houses = cast.actor_named("Nostrand")
    assert houses is not None and houses.name == "Nostrand Houses" and houses.type == "place"


def test_a_law_s_name_is_a_short_form_but_a_known_place_is_not() -> None:
    org, law, place = Counter({"ORG": 1}), Counter({"LAW": 1}), Counter({"GPE": 1})
    assert _is_short_form(["dodd-frank"], ["dodd-frank", "act"], org, law)
    assert not _is_short_form(["paris"], ["paris", "agreement"], place, law)
    assert not _is_short_form(["brooklyn"], ["brooklyn", "bridge"], place, Counter({"FAC": 1}))


def test_a_generation_with_or_without_its_full_stop_is_one_name() -> None:
    """ "Hank Williams Jr." and "Hank Williams Jr", as one article writes them both."""
    cast = cast_of(
        "Country star Hank Williams Jr. will headline the festival in June. Organisers said "
        "Hank Williams Jr, now 70, asked to close the show."
    )
    hank = cast.actor_named("Hank Williams Jr")
    assert hank is not None and len(hank.names) == 2


def test_a_common_word_opening_a_sentence_is_cut_off_another_persons_surname() -> None:
    cast = cast_of(
        "Donald Trump spoke in Ohio on Monday. Trump said the plant would stay open.\n\n"
        "Painting Trump as a threat to workers, the union sent letters to its members. "
        "The painting of the hall was finished in May."
    )
    trump = cast.actor_named("Trump")
    assert trump is not None and trump.name == "Donald Trump" and len(trump.names) == 3
    assert cast.actor_named("Painting Trump") in (None, trump)


def test_a_club_the_article_names_alone_is_cut_off_a_surname_run_into_it() -> None:
    cast = cast_of(
        "Bafetimbi Gomis will miss the game against Everton on Saturday. Everton have won "
        "three in a row. The striker was hurt during Swansea's draw with Everton Gomis' injury "
        "has come at the worst time. Gomis has scored seven goals this season."
    )
    gomis = cast.actor_named("Gomis")
    assert gomis is not None and gomis.name == "Bafetimbi Gomis" and len(gomis.names) == 3
    everton = cast.actor_named("Everton")
    assert everton is not None and everton.type == "organization"
    assert cast.actor_named("Everton Gomis") in (None, gomis, everton)


def test_a_word_in_capitals_before_a_given_name_is_no_part_of_the_name() -> None:
    cast = cast_of(
        'The comedian died on Monday at 88, his son said. "He was my hero," the singer wrote. '
        '"RIP Stan Freberg. A legend and a friend." Freberg made records for Capitol for decades.'
    )
    freberg = cast.actor_named("Freberg")
    assert freberg is not None and freberg.name == "Stan Freberg"


def test_a_surname_only_written_inside_another_full_name_keeps_its_given_word() -> None:
    """ "Pepper" is a common word and opens its sentence, but "Keenan" is never written alone."""
    cast = cast_of(
        "The list of the best metal singers is out. It names Maynard James Keenan of Tool at "
        "21.\n\nPepper Keenan of Down is at 73. Bands played all night."
    )
    pepper = cast.actor_named("Pepper Keenan")
    assert pepper is not None and pepper.type == "person"
    assert cast.actor_named("Maynard James Keenan") not in (None, pepper)
