"""Who a reporting clause's subject is: an actor of the cast by its fullest name, or the one a
pronoun or role stands for; a description as written when the article names no one.

Hand-written articles and the seed, parsed by the real pipeline; each case asks the resolver
about the subject of one reporting verb.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pytest

from brief import Article
from brief.briefing import parse_articles
from brief.extract.attribution.candidates import Voice
from brief.extract.attribution.mentions import MENTION_STEPS, Resolved, name, resolve
from brief.extract.attribution.scene import Scene
from brief.extract.cast import build_cast
from brief.extract.lexicon import REPORTING_VERBS
from brief.parsed import ParsedArticle

if TYPE_CHECKING:
    from spacy.tokens import Token

pytestmark = pytest.mark.model


def parsed(text: str) -> ParsedArticle:
    """The article after the model pass."""
    _, article = next(parse_articles([Article.from_text(text)]))
    return article


def scene(article: ParsedArticle, quoted: Sequence[tuple[int, int]] = ()) -> Scene:
    """The cast's scene of an article whose quotations span `quoted`."""
    return Scene(article, build_cast(article), quoted)


def word(article: ParsedArticle, text: str) -> Token:
    """The token reading `text` that is the subject of a reporting verb."""
    (token,) = (
        token
        for token in article.doc
        if token.text == text and token.dep_ == "nsubj" and token.head.lemma_ in REPORTING_VERBS
    )
    return token


@pytest.mark.parametrize(
    ("text", "subject", "expected"),
    [
        (
            "Talks resume\n\nSergei Lavrov arrived on Monday. Later Lavrov said talks would go on.",
            "Lavrov",
            Resolved("Sergei Lavrov", "entity"),  # the fullest name, never the short form
        ),
        (
            "Talks resume\n\nSergei Lavrov arrived on Monday. He said talks would go on.",
            "He",
            Resolved("Sergei Lavrov", "pronoun"),
        ),
        (
            "Talks resume in Geneva\n\nForeign minister Sergei Lavrov arrived in Geneva on "
            "Monday. The minister said talks would go on.",
            "minister",
            Resolved("Sergei Lavrov", "cast-role"),  # the cast links the role to the person
        ),
        (
            "Campaign row\n\nA spokeswoman for Bernie Sanders said the senator would not attend.",
            "spokeswoman",
            Resolved("Bernie Sanders", "spokesperson"),
        ),
        (
            "Veterans\n\nA letter from the American Legion warns that veterans will suffer.",
            "letter",
            Resolved("American Legion", "document"),  # a document speaks for who issued it
        ),
        (
            "Vote\n\nThe mayor, Tom Reyes, who said the vote was final, left early.",
            "who",
            # "who" stands for the noun its clause describes, "The mayor", which the cast
            # links to Tom Reyes
            Resolved("Tom Reyes", "cast-role"),
        ),
        (
            "Vote\n\nHannity pressed the point. Hannity said the plan was bad.",
            "Hannity",
            # a name the recogniser missed, tagged as a common noun: the article never writes
            # it in lower case
            Resolved("Hannity", "untagged-name"),
        ),
    ],
)
def test_a_subject_resolves_to_the_fullest_name_of_who_spoke(
    text: str, subject: str, expected: Resolved
) -> None:
    article = parsed(text)
    assert resolve(scene(article), word(article, subject)) == expected


@pytest.mark.parametrize(
    ("text", "subject", "description"),
    [
        (
            "Shooting inquiry\n\nRichmond police said two men were arrested.",
            "police",
            "Richmond police",
        ),
        ("Budget row\n\nAn official said the budget was late.", "official", "An official"),
        ("Vote\n\nThe committee said the vote was final.", "committee", "The committee"),
    ],
)
def test_a_subject_that_names_no_one_is_a_description_and_no_name(
    text: str, subject: str, description: str
) -> None:
    article = parsed(text)
    token = word(article, subject)
    assert resolve(scene(article), token) == Resolved(description, "description")
    assert name(scene(article), token) is None


def test_he_and_she_pass_over_people_the_article_marks_as_the_other_gender() -> None:
    titled = parsed("Ms. Ann Smith met Mr. Tom Jones on Monday. He said the deal was done.")
    assert name(scene(titled), word(titled, "He")) == "Tom Jones"
    she = parsed("Ms. Ann Smith met Mr. Tom Jones on Monday. She said the deal was done.")
    assert name(scene(she), word(she, "She")) == "Ann Smith"
    # Without titles the cast's last tie-break, the census first names, tells them apart.
    untitled = parsed("Ann Smith met Tom Jones on Monday. He said the deal was done.")
    assert name(scene(untitled), word(untitled, "He")) == "Tom Jones"
    # Of two women, the pronoun continues the subject, whoever was met.
    women = parsed("Ann Smith met Mary Jones on Monday. She said the deal was done.")
    assert name(scene(women), word(women, "She")) == "Ann Smith"


def test_names_inside_quotations_are_not_the_speaker() -> None:
    text = "Vote\n\nAnna Berg spoke first. “Maria Lopez is wrong about the plan,” she said."
    article = parsed(text)
    quote = (text.index("“"), text.index("”") + 1)
    she = word(article, "she")
    assert name(scene(article, [quote]), she) == "Anna Berg"
    # Without the quote, Maria Lopez would be a candidate; inside it, she is none.
    assert any(c.startswith("Maria Lopez") for c in resolve(scene(article), she).candidates)
    inside = resolve(scene(article, [quote]), she).candidates
    assert not any(c.startswith("Maria") for c in inside)


def test_a_pronoun_continues_the_speaker_named_last() -> None:
    text = "Vote\n\nMark Berg met Tom Reyes. The deal, he said, was done."
    article = parsed(text)
    he = word(article, "he")
    assert name(scene(article), he) == "Mark Berg"  # the subject of the clause before
    spoke = [Voice(text.index("Tom Reyes"), "Tom Reyes")]
    assert name(scene(article), he, spoke) == "Tom Reyes"


def test_a_name_the_recogniser_missed_is_known_by_the_article() -> None:
    text = "Breaking News\n\nWatch the breaking news tonight. Mike Huckabee spoke on Monday."
    article = parsed(text)
    speakers = scene(article)
    assert speakers.known_as("Huckabee") == "Mike Huckabee"
    assert speakers.known_as("Jane Doe") == "Jane Doe"
    assert speakers.known_as("Breaking News") is None  # words the article writes in lower case
    assert speakers.known_as("Arsenal 2-1") is None
    assert speakers.named_in(0, len(text)) == "Mike Huckabee"
    assert speakers.named_in(0, text.index("Mike")) is None


def test_every_step_has_a_name_and_the_entity_step_comes_first() -> None:
    names = [name for name, _ in MENTION_STEPS]
    assert len(names) == len(set(names))
    assert names[0] == "entity"


def test_seed_speakers_are_full_names_of_its_entities(seed_text: str) -> None:
    article = parsed(seed_text)
    speakers = scene(article)
    entities = {actor.name for actor in speakers.cast.actors}
    found = {
        token.text: name(speakers, token)
        for token in article.doc
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in REPORTING_VERBS
    }
    assert found["Lavrov"] == "Sergei Lavrov" and found["Trump"] == "Donald Trump"
    assert found["he"] == "Volodymyr Zelensky"  # "he says", after Zelensky spoke
    assert {name for name in found.values() if name is not None} <= entities
