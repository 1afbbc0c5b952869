"""A name that is also a word: a web or mail address's host is no lower-case use of it, and a
name that is an address's host is an organisation."""

from __future__ import annotations

from brief.extract.cast.names import _LOWER_WORD
from tests.extract.cast.conftest import cast_of

ARSENAL = (
    "Arsene Wenger has signed a new contract with Arsenal. The Frenchman told Arsenal's website "
    "www.arsenal.com that he was happy. Arsenal are third in the league."
)
ORCHARD = (
    "Students in Apple Valley said the apple harvest was poor this year. One apple farmer, Tom "
    "Reed, said prices would rise."
)
OUTLET = (
    "Police in Cork said the roads would close at noon. You can contact CorkBeo on Facebook, or "
    "email news@corkbeo.ie with your stories. CorkBeo will update this page."
)


def test_the_host_of_a_web_or_mail_address_is_no_lower_case_use() -> None:
    text = "see www.arsenal.com/super-tuesday or mail news@corkbeo.ie... and then the end."
    assert _LOWER_WORD.findall(text) == [
        "see",
        "super-tuesday",
        "or",
        "mail",
        "and",
        "then",
        "the",
        "end",
    ]


def test_a_name_whose_site_the_article_gives_stays_a_name() -> None:
    arsenal = cast_of(ARSENAL).actor_named("Arsenal")
    assert arsenal is not None and arsenal.type == "organization"


def test_a_word_the_article_writes_in_lower_case_is_still_no_name() -> None:
    cast = cast_of(ORCHARD)
    assert cast.actor_named("Apple") is None
    assert cast.actor_named("Apple Valley") is not None


def test_a_name_that_is_a_mail_address_is_an_organisation() -> None:
    outlet = cast_of(OUTLET).actor_named("CorkBeo")
    assert outlet is not None and outlet.type == "organization"


EDITOR = (
    "Residents of Nostrand Houses vote this week on the future of their homes. Readers with "
    "questions can write to Emma@citylimits.org, the editor. The New York City Housing "
    "Authority said turnout was high."
)


def test_a_mail_address_is_no_actor() -> None:
    cast = cast_of(EDITOR)
    assert not [actor.name for actor in cast.actors if "@" in actor.name]
    assert cast.actor_named("New York City Housing Authority") is not None
