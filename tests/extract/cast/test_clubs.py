"""A town's name that stands for its club in a match report, beside the club's full name."""

from __future__ import annotations

from tests.extract.cast.conftest import cast_of

MATCH = (
    "Norwich City were beaten 2-0 by Millwall on Saturday. Millwall beat Norwich with two goals "
    "after the break. The defeat leaves Norwich fourth in the Championship."
)
COURT = (
    "A man from Wigan appeared at Wigan Magistrates Court on Monday charged with burglary. He "
    "was remanded in custody. Police in Wigan said two houses had been broken into."
)
NEWSPAPER = (
    "Seattle beat Denver 3-1 on Sunday, the Seattle Times reported. Seattle have won six games "
    "in a row."
)


def _names(text: str) -> list[tuple[str, int]]:
    return sorted((actor.name, len(actor.names)) for actor in cast_of(text).actors)


def test_a_town_the_match_report_plays_is_its_club() -> None:
    """ "Millwall beat Norwich": the club, one actor with "Norwich City"."""
    cast = cast_of(MATCH)
    club = cast.actor_named("Norwich")
    assert club is not None and club.name == "Norwich City" and club.type == "organization"
    assert len(club.names) == 3


def test_a_town_the_article_reads_as_a_place_stays_apart_from_its_club() -> None:
    """ "lives in Wigan", "Wigan is a town": the town beside "Wigan Warriors"."""
    text = (
        "Wigan Warriors coach Matt Peet lives in Wigan. Wigan is a town in Greater Manchester "
        "with a population of 100,000."
    )
    wigan = cast_of(text).actor_named("Wigan")
    assert wigan is not None and wigan.name == "Wigan" and wigan.type == "place"


def test_a_town_beside_its_court_stays_a_place() -> None:
    assert _names(COURT) == [("Wigan", 2), ("Wigan Magistrates Court", 1)]
    wigan = cast_of(COURT).actor_named("Wigan")
    assert wigan is not None and wigan.type == "place"


def test_a_side_beside_a_newspaper_of_its_town_stays_apart() -> None:
    """No club's word ends "Seattle Times", and the article never writes "Times" alone."""
    names = dict(_names(NEWSPAPER))
    assert names["Seattle"] == 2 and names["Seattle Times"] == 1
