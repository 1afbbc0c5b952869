"""A name that is also a word: a web address is no lower-case use, a name used far more often
than the word stays a name, and a name that is a site's address is an organisation."""

from __future__ import annotations

from brief.extract.cast.names import _LOWER_WORD
from tests.extract.cast.conftest import cast_of

ARSENAL = (
    "Arsene Wenger has signed a new contract with Arsenal. The Frenchman told Arsenal's website "
    "www.arsenal.com that he was happy. Arsenal are third in the league."
)
APPLE = (
    "Jef Raskin, who started the Macintosh project at Apple, has died. Raskin joined Apple in "
    "1978. Apple said he was a visionary. The Macintosh was reputedly named after his favourite "
    "apple. Apple later hired him again, and Apple still sells the Mac."
)
ORCHARD = (
    "Students in Apple Valley said the apple harvest was poor this year. One apple farmer, Tom "
    "Reed, said prices would rise."
)
OUTLET = (
    "Police in Cork said the roads would close at noon. You can contact CorkBeo on Facebook, or "
    "email news@corkbeo.ie with your stories. CorkBeo will update this page."
)


def test_the_words_of_a_web_or_mail_address_are_no_lower_case_use() -> None:
    text = "see www.arsenal.com or mail news@corkbeo.ie... and then the end."
    assert _LOWER_WORD.findall(text) == ["see", "or", "mail", "and", "then", "the", "end"]


def test_a_name_whose_site_the_article_gives_stays_a_name() -> None:
    arsenal = cast_of(ARSENAL).actor_named("Arsenal")
    assert arsenal is not None and arsenal.type == "organization"


def test_a_name_used_far_more_often_than_its_word_stays_a_name() -> None:
    apple = cast_of(APPLE).actor_named("Apple")
    assert apple is not None and apple.type == "organization" and len(apple.names) == 5


def test_a_word_the_article_uses_as_often_as_a_name_is_no_name() -> None:
    cast = cast_of(ORCHARD)
    assert cast.actor_named("Apple") is None
    assert cast.actor_named("Apple Valley") is not None


def test_a_name_that_is_a_mail_address_is_an_organisation() -> None:
    outlet = cast_of(OUTLET).actor_named("CorkBeo")
    assert outlet is not None and outlet.type == "organization"
