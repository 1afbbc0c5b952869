"""Entities a reader can trust: one entry per real-world entity, the right type, no non-names.

Small hand-written articles in news styles, run through the real pipeline once. Each table is
also scored per group by `bench/number_accuracy.py` (the `checks()` helper below).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

import pytest

from brief import Brief
from brief.briefing import Options, brief_articles
from brief.extract.entity_types import (
    GIVEN_WEIGHT,
    context_vote,
    gazetteer_votes,
    given_name_votes,
    known_type,
)
from brief.records import Article, Entity

# (article, fullest name, short forms that must be its aliases)
MERGE: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "President Donald Trump met reporters. Trump said the talks went well. Mr Trump left.",
        "Donald Trump",
        ("Trump",),
    ),
    (
        "Vladimir Putin's spokesman spoke on Monday. Putin did not appear in public.",
        "Vladimir Putin",
        ("Putin",),
    ),
    (
        "The U.S. imposed new tariffs. US officials said the United States would not back down.",
        "United States",
        ("U.S.", "US"),
    ),
    (
        "Britain voted on Thursday. The UK government said the result was clear.",
        "Britain",
        ("UK",),
    ),
    (
        "The International Atomic Energy Agency sent inspectors. The IAEA said access was good.",
        "International Atomic Energy Agency",
        ("IAEA",),
    ),
    (
        "Chancellor Gordon Brown will deliver the Budget. Mr Brown said growth was strong.",
        "Gordon Brown",
        ("Brown",),
    ),
    (
        "Foreign minister Sergei Lavrov warned the West. Lavrov said Moscow would respond.",
        "Sergei Lavrov",
        ("Lavrov",),
    ),
    (
        "Roger Federer won in Dubai. Federer beat Ivan Ljubicic in three sets.",
        "Roger Federer",
        ("Federer",),
    ),
    (
        "The European Union agreed new rules. EU ministers met in Brussels on Friday.",
        "European Union",
        ("EU",),
    ),
    (
        "Shares in British Airways fell. British Airways said fuel costs had risen.",
        "British Airways",
        (),
    ),
]

# (article, name, expected type)
TYPES: list[tuple[str, str, str]] = [
    ("Lavrov accused Kyiv of state terrorism after talks in Kyiv stalled.", "Kyiv", "place"),
    ("The drone strike targeted Kyiv's government buildings, officials said.", "Kyiv", "place"),
    (
        "Another flashpoint is the Zaporizhzhia nuclear plant, which Russia holds.",
        "Zaporizhzhia",
        "place",
    ),
    ("Drones were seen near Putin's Valdai residence on Sunday night.", "Valdai", "place"),
    ("Fighting continued in Donbas, the core unresolved battlefield.", "Donbas", "place"),
    ("All while suggesting the West, even Britain, helped plan the attack.", "Britain", "place"),
    ("The U.S. proposes joint oversight of the plant.", "U.S.", "place"),
    ("NATO said it would increase patrols in the Baltic.", "NATO", "organization"),
    ("Ukrainian forces withdrew from the town on Monday.", "Ukrainian", "group"),
    ("The Russian army advanced slowly along the front.", "Russian", "group"),
    ("Mr Blair told MPs the plan was fair.", "Blair", "person"),
    ("Volodymyr Zelensky called the claim a complete fabrication.", "Volodymyr Zelensky", "person"),
    ("The Bank of England kept interest rates on hold.", "Bank of England", "organization"),
    ("Shares in Cairn Energy rose 3.8% on Tuesday.", "Cairn Energy", "organization"),
    ("The Labour Party won a third term in office.", "Labour Party", "organization"),
    ("Unemployment in France rose to 10% last year.", "France", "place"),
    ("The talks in Geneva ended without a deal.", "Geneva", "place"),
    ("Apple's shares rose after the launch of the new iPod.", "Apple", "organization"),
    ("He flew to Washington for talks with the Treasury.", "Washington", "place"),
    ("German exporters had a record year, the ministry said.", "German", "group"),
]

# (article, text that must not be an entity name)
NOT_ENTITIES: list[tuple[str, str]] = [
    # a common word that opens a line: a page's button, a plural
    (
        "The council will vote on the plan next week.\n\nSubscribe now to our print edition "
        "for the full story.",
        "Subscribe",
    ),
    # the first word of a named day the model split from it: "Super" of "Super Tuesday"
    (
        "Cruz won Texas on Super Tuesday. After Super Tuesday, Rubio vowed to fight on in Florida.",
        "Super",
    ),
    # a time zone after a clock time
    ("Storm hits coast\n\nThe storm made landfall at 10:11 pm CST on Thursday.", "CST"),
    # a police blotter's run-in labels in capitals
    (
        "Police blotter\n\nOctober 20: ARRESTS – Chad Hull, 37, Bulpitt, was arrested for "
        "retail theft.\n\nOctober 21: ARRESTS – Casey Conaway, 30, Edinburg, was arrested.",
        "ARRESTS",
    ),
    (
        "Russia makes new demands.\n\nThe Nuclear Plant Wild Card\n\nRussia wants the plant "
        "to keep operating.",
        "Nuclear Plant Wild Card",
    ),
    (
        "Trump hosts Zelensky.\n\nTrump, Zelensky and a Peace Deal Closer Than Ever\n\nTrump said "
        "peace was closer than ever after the meeting.",
        "Closer Than Ever",
    ),
    (
        "Allies worry.\n\nDonbas, NATO Fears, and the Coalition\n\nNATO members met in Brussels "
        "on Monday to discuss Donbas.",
        "NATO Fears",
    ),
    (
        "Allies worry.\n\nState Terrorism and a Harder Line\n\nLavrov accused Kyiv of state "
        "terrorism on Monday.",
        "State Terrorism",
    ),
    ("Vladimir Putin's Valdai residence is heavily guarded.", "Vladimir Putin's Valdai"),
    ("Vladimir Putin’s Valdai residence is heavily guarded.", "Vladimir Putin’s Valdai"),
    ("Translation? Moscow wants more leverage in the talks.", "Translation"),
    ("It's unclear whether Putin was at Valdai, officials said.", "It"),
    ("Russia won't leave the table, Lavrov insisted.", "n't"),
    ("Californian Thomas Slattery filed the suit in San Jose.", "Californian Thomas Slattery"),
    # an initial alone: a name cut short
    ("Lancashire 301 ( J. Crawley 85 , R. Irani 46 ; R. Croft 4-60 ).", "R."),
    # a field's label at a line's start, before a colon
    (
        "Leeds drew 0-0 with Wimbledon on Saturday.\nAttendance : 28,540\nReferee : Paul Durkin",
        "Attendance",
    ),
    # a headline all in capitals: its words are no acronyms
    (
        "BASEBALL - MAJOR LEAGUE STANDINGS AFTER THURSDAY 'S GAMES .\nNEW YORK 1996-08-30\n"
        "The New York Yankees lead the American League East by four games after beating the "
        "Baltimore Orioles on Thursday.",
        "BASEBALL",
    ),
    (
        "SOCCER - RESULTS OF DUTCH FIRST DIVISION MATCHES .\nAMSTERDAM 1996-08-31\n"
        "Ajax Amsterdam beat Feyenoord 2-1 at the Amsterdam Arena on Saturday.",
        "SOCCER",
    ),
]

# (article, names that must come first, in this order, by salience)
RANKING: list[tuple[str, tuple[str, ...]]] = [
    (
        "Putin threatens to toughen talks\n\nVladimir Putin said Russia would respond. "
        'The Kremlin said Moscow had evidence. Putin added: "We will not forgive." '
        "Officials in Berlin and Paris urged calm.",
        ("Vladimir Putin",),
    ),
    (
        "Federer claims Dubai crown\n\nRoger Federer beat Ivan Ljubicic in Dubai. "
        '"It was tough," Federer said. Tim Henman lost earlier in the week.',
        ("Roger Federer",),
    ),
]


# From a reader's check of news: each case failed before its rule. Many are cases
# where a gazetteer must lose to context (a club named for its county, a person named Paris).
READER_TYPES: list[tuple[str, str, str]] = [
    # a side in a game is a club, whatever place it is named for
    (
        "Leicestershire beat Somerset by an innings and 39 runs in two days.",
        "Somerset",
        "organization",
    ),
    (
        "Chelsea beat Arsenal 2-1 at Stamford Bridge. Chelsea striker Diego Costa scored twice.",
        "Chelsea",
        "organization",
    ),
    ("Result of the semifinal on Saturday:\n\nWigan 42 Bradford Bulls 36", "Wigan", "organization"),
    (
        "Rain cut short play at Trent Bridge, but Kent stepped up a gear to dismiss "
        "Nottinghamshire for 214 in the match on Friday.",
        "Nottinghamshire",
        "organization",
    ),
    # a competitor and the country she runs for
    ("Result of the 5,000 metres:\n\n5. Tegla Loroupe (Kenya) 15:08.79", "Tegla Loroupe", "person"),
    # a given name that is also a place
    ("Paris Hilton arrived in Paris on Monday for the show.", "Paris Hilton", "person"),
    # a city the small model takes for a person, from the gazetteer
    ("Zaporizhzhia was shelled overnight, officials said.", "Zaporizhzhia", "place"),
    # no one's name takes "the"
    ("The Louvre said it was grateful for the gift.", "Louvre", "organization"),
    # ... but "the" of a leader's administration is the administration's
    (
        "The Obama administration announced plans on Tuesday to expand the program for refugees.",
        "Obama",
        "person",
    ),
    # platforms the small model reads as people, and a legislature alone
    (
        "Follow AWR Hawkins on Twitter. Senator Jeb Bush called Trump unhinged on Twitter.",
        "Twitter",
        "organization",
    ),
    ("The bill passed in Congress on Friday after a long debate.", "Congress", "organization"),
    (
        "Republicans vowed to do a better job courting Latinos. Many Latinos had expected more.",
        "Latinos",
        "group",
    ),
    # the plural of a surname the article gives a person in full is that person's family
    (
        "Bill Clinton spoke in Iowa on Monday. The Clintons left the state on Tuesday night.",
        "Clintons",
        "person",
    ),
    # "at X" is a place
    ("The final was played at Twickenham on Saturday.", "Twickenham", "place"),
    # a body, not a place; an event named for a place
    ("UN officials said the United Nations would send aid.", "United Nations", "organization"),
    ("Woods won the Hong Kong Open by two shots.", "Hong Kong Open", "event"),
    # businesses that serve the public are organisations, not places, people or peoples
    ("In Midleton, Sheehans bar said it will close after today.", "Sheehans", "organization"),
    (
        "Take a look at Harbour Cafe in Bantry, which will serve takeaway coffee.",
        "Harbour Cafe",
        "organization",
    ),
    (
        "Ballyhooly Cafe will stay open for takeaway coffee, the owner said.",
        "Ballyhooly Cafe",
        "organization",
    ),
]
# Right before those rules and kept right: the gazetteers must lose to context here, and keep
# losing (a surname that is a city, a country the model knows, a person named for a city).
GAZETTEER_GUARDS: list[tuple[str, str, str]] = [
    ("Mr Jackson said the plan would work.", "Jackson", "person"),
    ("Georgia's government said talks with Russia would resume in Tbilisi.", "Georgia", "place"),
    ("Paris Hilton arrived in Paris on Monday for the show.", "Paris", "place"),
    (
        "Officials in Kharkiv said three people were hurt. Kharkiv was shelled again.",
        "Kharkiv",
        "place",
    ),
    ("Flights to Hong Kong and Kuala Lumpur were cancelled.", "Hong Kong", "place"),
    ("Flights to Hong Kong and Kuala Lumpur were cancelled.", "Kuala Lumpur", "place"),
    ('Her film "Little Women" opened in London on Friday.', "Little Women", "work"),
]
READER_MERGE: list[tuple[str, str, tuple[str, ...]]] = [
    # a short form known as a place joins a person when the model reads both alike
    (
        "Michael Jordan scored 30 points on Friday. Jordan said the team played well.",
        "Michael Jordan",
        ("Jordan",),
    ),
    # two person spans with nothing between are one name
    (
        "Judge Amy Berman Jackson said the case would go ahead. Jackson ordered a new hearing.",
        "Amy Berman Jackson",
        ("Jackson",),
    ),
    # a quoted nickname stays inside the name
    ('Dwayne "The Rock" Johnson said he would run for office.', 'Dwayne "The Rock" Johnson', ()),
]
# (article, name, a shorter name that must stay a separate entity): the heads differ.
READER_APART: list[tuple[str, str, str]] = [
    (
        "The Harvard Business Review published the study. Harvard said the findings were clear.",
        "Harvard Business Review",
        "Harvard",
    ),
    (  # right before too: a guard
        "Manchester United beat Arsenal 2-0. Fans celebrated in Manchester all night.",
        "Manchester United",
        "Manchester",
    ),
]


def _all_articles() -> list[str]:
    texts = [case[0] for case in MERGE + HELD_OUT_MERGE + READER_MERGE] + [
        case[0] for case in TYPES
    ]
    texts += [case[0] for case in READER_TYPES + GAZETTEER_GUARDS + READER_APART]
    texts += [case[0] for case in HELD_OUT_TYPES]
    texts += [case[0] for case in NOT_ENTITIES] + [case[0] for case in RANKING]
    return sorted(set(texts))


_BRIEFS: dict[str, Brief] = {}


def brief_of(text: str) -> Brief:
    """The brief of one test article (all of them are parsed together, once)."""
    if not _BRIEFS:
        texts = _all_articles()
        articles = [Article.from_text(text) for text in texts]
        _BRIEFS.update(zip(texts, brief_articles(articles, Options()), strict=True))
    return _BRIEFS[text]


def entity_named(brief: Brief, name: str) -> Entity | None:
    """The entity whose name or alias is `name`."""
    return next((e for e in brief.entities if name == e.name or name in e.aliases), None)


def merge_problem(text: str, name: str, aliases: tuple[str, ...]) -> str | None:
    brief = brief_of(text)
    entity = next((e for e in brief.entities if e.name == name), None)
    if entity is None:
        return f"{name!r} not among {[e.name for e in brief.entities]}"
    missing = [alias for alias in aliases if alias not in entity.aliases]
    separate = [e.name for e in brief.entities if e.name in aliases]
    if missing or separate:
        return f"{name!r}: aliases {entity.aliases}, separate entities {separate}"
    return None


def type_problem(text: str, name: str, kind: str) -> str | None:
    entity = entity_named(brief_of(text), name)
    if entity is None:
        return f"{name!r} not found in {[e.name for e in brief_of(text).entities]}"
    return None if entity.type == kind else f"{name!r} is {entity.type}, want {kind}"


def not_entity_problem(text: str, surface: str) -> str | None:
    names = {form for e in brief_of(text).entities for form in (e.name, *e.aliases)}
    return f"{surface!r} reported as an entity" if surface in names else None


def ranking_problem(text: str, first: tuple[str, ...]) -> str | None:
    names = tuple(e.name for e in brief_of(text).entities[: len(first)])
    return None if names == first else f"first entities {names}, want {first}"


def checks() -> Iterator[tuple[str, Callable[[], str | None]]]:
    """Every case as (group, check): a check returns None when right, else what is wrong."""
    for text, name, aliases in MERGE:
        yield "merge", lambda t=text, n=name, a=aliases: merge_problem(t, n, a)  # type: ignore[misc]
    for text, name, kind in TYPES:
        yield "type", lambda t=text, n=name, k=kind: type_problem(t, n, k)  # type: ignore[misc]
    for text, surface in NOT_ENTITIES:
        yield "not an entity", lambda t=text, s=surface: not_entity_problem(t, s)  # type: ignore[misc]
    for text, first in RANKING:
        yield "ranking", lambda t=text, f=first: ranking_problem(t, f)  # type: ignore[misc]
    for text, name, aliases in HELD_OUT_MERGE:
        yield "merge (held out)", lambda t=text, n=name, a=aliases: merge_problem(t, n, a)  # type: ignore[misc]
    for text, name, kind in HELD_OUT_TYPES:
        yield "type (held out)", lambda t=text, n=name, k=kind: type_problem(t, n, k)  # type: ignore[misc]
    for text, name, kind in READER_TYPES:
        yield "type (reader cases)", lambda t=text, n=name, k=kind: type_problem(t, n, k)  # type: ignore[misc]
    for text, name, aliases in READER_MERGE:
        yield "merge (reader cases)", lambda t=text, n=name, a=aliases: merge_problem(t, n, a)  # type: ignore[misc]


@pytest.mark.parametrize(("text", "name", "kind"), READER_TYPES + GAZETTEER_GUARDS)
def test_reader_entity_type(text: str, name: str, kind: str) -> None:
    assert type_problem(text, name, kind) is None


@pytest.mark.parametrize(("text", "name", "aliases"), READER_MERGE)
def test_reader_merge(text: str, name: str, aliases: tuple[str, ...]) -> None:
    assert merge_problem(text, name, aliases) is None


@pytest.mark.parametrize(("text", "name", "short"), READER_APART)
def test_names_with_other_heads_stay_apart(text: str, name: str, short: str) -> None:
    brief = brief_of(text)
    longer = next((e for e in brief.entities if e.name == name), None)
    assert longer is not None and short not in longer.aliases
    assert any(e.name == short for e in brief.entities)


@pytest.mark.parametrize(("text", "name", "aliases"), MERGE)
def test_short_forms_merge(text: str, name: str, aliases: tuple[str, ...]) -> None:
    assert merge_problem(text, name, aliases) is None


@pytest.mark.parametrize(("text", "name", "kind"), TYPES)
def test_entity_type(text: str, name: str, kind: str) -> None:
    assert type_problem(text, name, kind) is None


@pytest.mark.parametrize(("text", "surface"), NOT_ENTITIES)
def test_not_an_entity(text: str, surface: str) -> None:
    assert not_entity_problem(text, surface) is None


@pytest.mark.parametrize(("text", "first"), RANKING)
def test_salience_ranking(text: str, first: tuple[str, ...]) -> None:
    assert ranking_problem(text, first) is None


# --- model-free evidence ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Kyiv", "place"),
        ("U.S.", "place"),
        ("United States", "place"),
        ("Ukrainian", "group"),
        ("Tories", "group"),
        ("Bank of England", "organization"),
        ("Circuit City Stores", "organization"),
        ("Valdai", None),
        # whole place names from the gazetteers, never their words
        ("Hong Kong", "place"),
        ("Kuala Lumpur", "place"),
        ("Hong", None),
        ("Kong", None),
        ("Kuala", None),
        ("Nouakchott", "place"),  # a capital the hand list never had
        ("United Nations", "organization"),
        ("Chechens", "group"),  # a people, from the ISO 639 language names
        ("Hong Kong Open", "event"),
        ("World War Two", "event"),
        ("Peachtree Road", "place"),  # a street, whatever the model says
        ("Brookhaven Village", "place"),
        ("Hyde Park", "place"),  # a park, whatever the model says
        # businesses that serve the public
        ("Kimbo Cafe", "organization"),
        ("Casey's Bar", "organization"),
        # areas, clubs, titles and events by their words
        ("Christian County", "place"),
        ("World Affairs Council of Orange County", "organization"),
        ("Manchester United", "organization"),
        ("Norwich City", "organization"),
        ("Mexico City", "place"),  # the gazetteer knows the whole name
        ("Kansas City", None),
        ("My Struggle", "work"),
        ("Our Lady of Lourdes", None),
        ("Beer Hall Putsch", "event"),
    ],
)
def test_known_types(name: str, kind: str | None) -> None:
    assert known_type(name) == kind


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Steve Finnan", True),
        ("George Washington", True),
        ("Paris Hilton", True),  # a given name that is also a place
        ("Santiago de Cuba", False),  # a city, not Santiago someone
        ("Bank of England", False),
        ("Putin", False),  # one word is no given name and surname
    ],
)
def test_a_common_given_name_first_votes_for_a_person(name: str, person: bool) -> None:
    """The census first names (a kept data package, not a hand list) vote, per mention in full."""
    votes = given_name_votes(name, 2)
    assert (votes == {"person": 2 * GIVEN_WEIGHT}) is person


@pytest.mark.parametrize(
    ("before", "after", "options", "kind"),
    [
        (["in"], ["."], {}, "place"),
        (["accused"], ["'s", "government"], {}, "place"),
        ([], ["nuclear", "plant"], {"compound": "plant", "label": "PERSON"}, "place"),
        ([], ["nuclear", "plant"], {"compound": "plant", "label": "ORG"}, None),
        ([], ["said"], {"spoke": True, "label": "WORK_OF_ART"}, "person"),
        ([], ["said"], {"spoke": True, "label": "GPE"}, None),
        (["president"], ["said"], {"titled": True}, "person"),
        ([], ["'s", "shares"], {}, "organization"),
        # a side in a game, and the same words outside a game
        ([], ["beat", "somerset"], {"match": True, "place_name": True}, "organization"),
        ([], ["beat", "somerset"], {"match": False, "place_name": True}, None),
        (["with", "drew"], ["."], {"match": True, "label": "GPE"}, "organization"),
        ([], ["42", "bradford"], {"match": True, "place_name": True}, "organization"),
        ([], ["striker", "diego"], {}, "organization"),
        ([], ["(", "kenya"], {}, "person"),
        (['"', "film"], ['"'], {"quoted": True}, "work"),
        (['"', "so-called"], ['"'], {"quoted": True}, None),
        (["at"], ["on"], {"label": "GPE"}, "place"),
        (["around"], ["have"], {"label": "ORG"}, "place"),  # "pubs around Cork have ..."
        (["around", "built"], ["and"], {"label": "PERSON"}, None),  # "built around Johan Cruyff"
        # the subject of a game's report is a side, unless it speaks: "Klinsmann said he ..."
        ([], ["reached"], {"match": True, "label": "ORG", "subject": True}, "organization"),
        ([], ["said"], {"match": True, "label": "ORG", "subject": True, "spoke": True}, None),
        (["at"], ["on"], {"label": "ORG"}, None),  # "works at Google"
        (["the"], ["said"], {"label": "PERSON", "spoke": True}, "organization"),
        # a county the model reads as a person, in a game's report: a club, not where it plays
        (
            ["dismiss"],
            ["for", "214"],
            {"match": True, "place_name": True, "label": "PERSON", "counted": True},
            "organization",
        ),
        ([","], [")"], {"match": True, "place_name": True, "label": "PERSON"}, None),
        ([], [":", "glamorgan"], {"match": True, "place_name": True, "label": "PERSON"}, None),
        # a model's designation that qualifies a product noun is the product, not its maker
        ([], ["air", "defense"], {"coded": True, "modifies": "systems", "label": "ORG"}, "other"),
        ([], ["jets", "."], {"coded": True, "label": "ORG"}, "other"),
        ([], ["jets", "."], {"coded": False, "label": "ORG"}, None),  # "Airbus jets": the maker
        # the town whose police they are, never a person's name before "police"
        ([], ["police", "arrested"], {"label": "PRODUCT"}, "place"),
        ([], ["police", "shooting"], {"label": "ORG"}, None),
        # a people's community, a cartel, the one subject of "are"
        (["the", "in"], ["community"], {"compound": "community", "label": "GPE"}, "group"),
        (["'s", "mexico"], ["drug"], {"compound": "cartel", "label": "GPE"}, "organization"),
        # an illness's noun must be the name's own: "Citizens United campaign finance case"
        ([], ["campaign", "finance"], {"compound": "case", "modifies": "campaign"}, None),
        ([], ["cases", "rose"], {"compound": "cases", "modifies": "cases"}, "other"),
        # who is told, and who speaks of itself as "it" or "he"
        (["tells"], ["."], {"label": "NORP"}, "organization"),
        (["told"], ["."], {"label": "GPE", "place_name": True}, None),  # "told Israel"
        ([","], [","], {"label": "GPE", "echoed": True}, "organization"),
        ([], ["said"], {"label": "PERSON", "echoed": True}, None),  # "Obama said it was time"
        ([], ["are", "open"], {"plural": True, "label": "PERSON"}, "organization"),
        ([], ["are", "angry"], {"plural": True, "label": "NORP"}, None),
    ],
)
def test_context_votes(
    before: list[str], after: list[str], options: dict[str, object], kind: str | None
) -> None:
    assert context_vote(before, after, **options) == kind  # type: ignore[arg-type]


def test_seed_valdai_donbas_britain_us_are_places(seed_brief: Brief) -> None:
    for name in ("Valdai", "Donbas", "Britain", "U.S."):
        entity = entity_named(seed_brief, name)
        assert entity is not None and entity.type == "place", name


def test_seed_nato_is_an_organisation_and_heading_phrases_are_gone(seed_brief: Brief) -> None:
    nato = entity_named(seed_brief, "NATO")
    assert nato is not None and nato.type == "organization"
    names = {e.name for e in seed_brief.entities}
    assert not names & {"NATO Fears", "Closer Than Ever", "Nuclear Plant Wild Card"}
    assert not any("Valdai" in name and "Putin" in name for name in names)


# Written after the rules were tuned and scored once before any change for them
# (`bench/number_accuracy.py` reports this table apart).
HELD_OUT_TYPES: list[tuple[str, str, str]] = [
    ("Talks between Israel and the Palestinians resumed in Cairo on Sunday.", "Cairo", "place"),
    ("Angela Merkel said Germany would not change course.", "Angela Merkel", "person"),
    ("Shares in Vodafone fell 2% after the results.", "Vodafone", "organization"),
    (
        "The World Health Organization said the outbreak was contained.",
        "World Health Organization",
        "organization",
    ),
    ("Iraqi forces regained control of the city overnight.", "Iraqi", "group"),
    ("Prime Minister Tony Blair met union leaders at Downing Street.", "Tony Blair", "person"),
    ("Mr Brown's spokesman said the Budget would be on 16 March.", "Brown", "person"),
    ("Protests spread across Kenya after the vote.", "Kenya", "place"),
    ("Toyota's profits rose 12% in the first quarter.", "Toyota", "organization"),
    ("The Liberal Democrats said the tax would be fair.", "Liberal Democrats", "organization"),
    ("The match was played in front of 80,000 fans in Cardiff.", "Cardiff", "place"),
    ("Coach Arsene Wenger said his side deserved to win.", "Arsene Wenger", "person"),
]
HELD_OUT_MERGE: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "The World Trade Organization ruled against the subsidies. The WTO said they broke rules.",
        "World Trade Organization",
        ("WTO",),
    ),
    (
        "Hillary Clinton spoke in Iowa. Clinton said she would win. Mrs Clinton left at noon.",
        "Hillary Clinton",
        ("Clinton",),
    ),
    (
        "The United Nations met in New York. UN officials said the U.N. would send aid.",
        "United Nations",
        ("UN", "U.N."),
    ),
]


HELD_OUT_WRONG = {
    "Liberal Democrats": "the small model's entity is only 'Democrats'",
}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=HELD_OUT_WRONG[case[1]]))
        if case[1] in HELD_OUT_WRONG
        else case
        for case in HELD_OUT_TYPES
    ],
)
def test_held_out_entity_type(text: str, name: str, kind: str) -> None:
    assert type_problem(text, name, kind) is None


@pytest.mark.parametrize(("text", "name", "aliases"), HELD_OUT_MERGE)
def test_held_out_merge(text: str, name: str, aliases: tuple[str, ...]) -> None:
    assert merge_problem(text, name, aliases) is None


@pytest.mark.parametrize(
    ("name", "model", "votes"),
    [
        ("Kharkiv", {"person": 2}, {"place": 1.5}),  # a city the model took for a person
        ("Somerset", {"place": 1}, {}),  # the model already places it: no second count
        ("Chelsea", {"person": 1}, {}),  # a given name first
        ("Kong", {"person": 1}, {"place": 1.5}),  # a town's name: weak, never strong
        ("Paris", {"person": 1}, {}),  # strong: counted by known_type instead
    ],
)
def test_gazetteer_votes_are_weak_and_never_counted_twice(
    name: str, model: dict[str, int], votes: dict[str, float]
) -> None:
    assert gazetteer_votes(name, Counter(model)) == votes  # type: ignore[arg-type]
