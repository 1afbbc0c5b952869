"""One person named three ways: a surname two people share, a given name the model read as a
place, an initial and a surname."""

from __future__ import annotations

from brief.extract.cast.merge import merge
from brief.extract.cast.names import NameMention
from tests.extract.cast.conftest import cast_of

LANE = (
    "Chris Lane, 22, was shot dead while jogging in Duncan, Oklahoma. Chris Lane had moved from "
    "Melbourne to play baseball. Police said Chris Lane died at the scene. His mother Donna Lane "
    "flew in from Australia for the trial. Lane was a popular student, friends said. Lane had "
    "been due to return home in the summer."
)
CLINTONS = (
    "Bill Clinton and Hillary Clinton arrived in Iowa on Monday. Clinton spoke to supporters in "
    "Des Moines."
)
PAINTER = (
    "Jörg Düsterwald spends hours painting models into the forest. Jörg paints each model so "
    "they disappear against the trees. Jörg, 49, lives in Hameln in Germany."
)


def _groups(*names: tuple[str, str]) -> list[list[str]]:
    mentions = [NameMention(i, i + 1, surface, label) for i, (surface, label) in enumerate(names)]
    return [[mention.surface for mention in group] for group in merge(mentions)]


def test_a_surname_two_people_share_joins_neither_however_often_one_is_named() -> None:
    """Named more often in full is no sign of being the one the surname stands for: news names
    a relative in full to tell them apart ("Eric Trump"), and the story's own person by surname
    ("Trump"). A quote of "Lane" keeps the name as written rather than risk the wrong Lane."""
    cast = cast_of(LANE)
    lanes = sorted(actor.name for actor in cast.actors if actor.name.endswith("Lane"))
    assert lanes == ["Chris Lane", "Donna Lane", "Lane"]


def test_a_surname_two_people_share_as_often_stays_apart() -> None:
    cast = cast_of(CLINTONS)
    clinton = cast.actor_named("Clinton")
    assert clinton is not None and clinton.name == "Clinton"


def test_a_given_name_the_model_reads_as_a_place_joins_its_person() -> None:
    cast = cast_of(PAINTER)
    painter = cast.actor_named("Jörg")
    assert painter is not None and painter.name == "Jörg Düsterwald"
    assert painter.type == "person" and len(painter.names) == 3


def test_a_known_place_that_starts_a_persons_name_stays_a_place() -> None:
    groups = _groups(("Paris Hilton", "PERSON"), ("Paris", "GPE"), ("Paris", "GPE"))
    assert groups == [["Paris Hilton"], ["Paris", "Paris"]]


def test_an_initial_and_a_surname_join_the_full_name() -> None:
    groups = _groups(("Kelly Holmes", "PERSON"), ("K Holmes", "ORG"), ("K. Holmes", "PERSON"))
    assert groups == [["Kelly Holmes", "K Holmes", "K. Holmes"]]
    assert _groups(("Kelly Holmes", "PERSON"), ("M Holmes", "PERSON")) == [
        ["Kelly Holmes"],
        ["M Holmes"],
    ]


def test_a_surname_two_people_share_names_a_person_whatever_the_model_reads() -> None:
    """The model reads "Trump" alone as a body (9 times in 11 on a real page); a surname that
    ends two people's names and joins neither is still a person's."""
    labels = [("Donald Trump", "PERSON"), ("Melania Trump", "PERSON")]
    labels += [("Trump", "ORG")] * 3 + [("Trump", "PERSON")]
    groups = merge([NameMention(i, i + 1, s, label) for i, (s, label) in enumerate(labels)])
    trump = next(group for group in groups if group[0].surface == "Trump")
    assert len(trump) == 4 and {mention.label for mention in trump} == {"PERSON"}


def test_a_surname_is_the_person_not_the_title_that_ends_with_it() -> None:
    """Of "Donald Trump" and the film "Playing Trump", the surname the model reads as a
    person's is the person's."""
    groups = _groups(
        ("Donald Trump", "PERSON"),
        ("Playing Trump", "WORK_OF_ART"),
        ("Trump", "PERSON"),
        ("Trump", "ORG"),
    )
    assert ["Donald Trump", "Trump", "Trump"] in groups
    assert ["Playing Trump"] in groups


def test_a_dash_glued_to_a_name_is_no_part_of_it() -> None:
    cast = cast_of(
        "Voters will probably make one of them—more likely Donald Trump—the next president. "
        "Trump won by a compelling margin in New Hampshire."
    )
    trump = cast.actor_named("Trump")
    assert trump is not None and trump.name == "Donald Trump" and trump.type == "person"


def test_a_surname_alone_is_read_as_its_full_names_type() -> None:
    """The model reads "Reince Priebus" as a person and "Priebus" alone as a body: the short
    form's label is a guess that would outvote the full name's. Not so a surname known as a
    place ("Jordan"), an acronym ("GOP" of "Indiana GOP") or the end of a name that starts with a
    place ("Rhinos" of "Leeds Rhinos")."""
    labels = [("Reince Priebus", "PERSON")] + [("Priebus", "ORG")] * 2
    assert _labels(*labels) == {"Reince Priebus": {"PERSON"}, "Priebus": {"PERSON"}}
    jordan = _labels(("Michael Jordan", "PERSON"), ("Jordan", "GPE"), ("Jordan", "GPE"))
    assert jordan == {"Michael Jordan": {"PERSON"}, "Jordan": {"GPE"}}
    gop = _labels(("Indiana GOP", "PERSON"), ("GOP", "ORG"))
    assert gop == {"Indiana GOP": {"PERSON"}, "GOP": {"ORG"}}
    rhinos = _labels(("Leeds Rhinos", "PERSON"), ("Rhinos", "ORG"))
    assert rhinos == {"Leeds Rhinos": {"PERSON"}, "Rhinos": {"ORG"}}


def _labels(*names: tuple[str, str]) -> dict[str, set[str]]:
    mentions = [NameMention(i, i + 1, surface, label) for i, (surface, label) in enumerate(names)]
    found: dict[str, set[str]] = {}
    for group in merge(mentions):
        for mention in group:
            found.setdefault(mention.surface, set()).add(mention.label)
    return found


def test_a_surname_read_as_a_body_joins_the_one_person_among_the_names_it_ends() -> None:
    """A caption ran a ground's name into the surname ("Headingley Sinfield"); the surname
    alone, which the model reads as a body, is still the one person's of the names it ends."""
    labels = [("Kevin Sinfield", "PERSON"), ("Headingley Sinfield", "FAC")]
    labels += [("Sinfield", "ORG")] * 2
    groups = merge([NameMention(i, i + 1, s, label) for i, (s, label) in enumerate(labels)])
    surfaces = sorted([mention.surface for mention in group] for group in groups)
    assert surfaces == [["Headingley Sinfield"], ["Kevin Sinfield", "Sinfield", "Sinfield"]]


def test_an_acronym_that_ends_a_person_like_run_in_stays_apart() -> None:
    """ "NAPM" ends "August Chicago NAPM" (a month and a town the model ran into it) and
    abbreviates the body's full name: it joins neither."""
    groups = _groups(
        ("National Association of Purchasing Management", "ORG"),
        ("August Chicago NAPM", "PERSON"),
        ("NAPM", "ORG"),
    )
    assert ["NAPM"] in groups


def test_an_acronym_read_as_a_body_joins_no_person_like_name_it_ends() -> None:
    """ "PAC" ends "Hillary PAC" (read as a person's) and "Ready PAC": it is no surname."""
    groups = _groups(("Hillary PAC", "PERSON"), ("Ready PAC", "ORG"), ("PAC", "ORG"))
    assert ["PAC"] in groups


def test_a_surname_read_as_a_body_that_two_people_bear_joins_neither() -> None:
    """The model reads "Carly Fiorina" as a body and "Frank Fiorina" as a person; both start
    with a given name, so "Fiorina", read as a body or a place, is either's, so neither's."""
    groups = _groups(
        ("Carly Fiorina", "ORG"),
        ("Frank Fiorina", "PERSON"),
        ("Fiorina", "ORG"),
        ("Fiorina", "GPE"),
    )
    assert ["Carly Fiorina"] in groups and ["Frank Fiorina"] in groups
