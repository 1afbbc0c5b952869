"""Evidence for an entity's type that does not come from the model: names, words and context.

The model's labels are one vote per mention; these rules add votes any pipeline benefits from,
so a repair never depends on one model's particular mistakes: a known country, capital or demonym;
a word that makes a name an organisation ("Bank", "Party", "plc"); a title before a name; and the
words around a mention ("in X" and "X's government" are places, "X said" is someone speaking).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from brief.extract.gazetteer import is_language_people, place_tier
from brief.extract.given_names import is_given_name
from brief.extract.lexicon import GROUP_NOUNS, PERSON_TITLES, is_role_noun
from brief.records import EntityType

# Short forms of one place: every form in a set is one entity, and a place.
EQUIVALENT_PLACES = (
    frozenset({"us", "usa", "united states", "united states of america", "america"}),
    frozenset({"uk", "united kingdom", "britain", "great britain"}),
    frozenset({"uae", "united arab emirates"}),
    frozenset({"kyiv", "kiev"}),
)
# Short forms of one body: one entity, an organisation ("UN", "United Nations").
EQUIVALENT_BODIES = (
    frozenset({"un", "united nations"}),
    frozenset({"eu", "european union"}),
)
EQUIVALENT_NAMES = EQUIVALENT_PLACES + EQUIVALENT_BODIES
KNOWN_ACRONYM_PLACES = frozenset({"us", "usa", "uk", "uae", "drc"})
DEMONYMS = frozenset(
    """afghan albanian algerian american angolan argentine argentinian armenian australian
    austrian azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian british
    bulgarian burmese cambodian cameroonian canadian chilean chinese colombian congolese
    croatian cuban cypriot czech danish dutch ecuadorian egyptian english eritrean estonian
    ethiopian european filipino finnish french georgian german ghanaian greek guatemalan haitian
    honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian jamaican
    japanese jordanian kazakh kenyan korean kosovan kurdish kuwaiti kyrgyz laotian latvian
    lebanese liberian libyan lithuanian macedonian malaysian malian maltese mexican moldovan
    mongolian moroccan mozambican namibian nepalese nigerian norwegian pakistani palestinian
    panamanian paraguayan persian peruvian polish portuguese qatari romanian russian rwandan
    saudi scottish senegalese serbian slovak slovenian somali spanish sudanese swedish swiss
    syrian taiwanese tajik tanzanian thai tibetan tunisian turkish ugandan ukrainian uruguayan
    uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean arab asian african western
    eastern islamic muslim muslims christian christians jewish jews hindu sikh catholic protestant
    sunni shia shiite democrat democrats republican republicans tory tories labour
    conservative conservatives californian texan texans latino latina hispanic""".split()
)
# Words inside a name that make it an organisation.
ORGANISATION_WORDS = frozenset(
    """bank group corporation corp inc ltd plc llc co company companies party council ministry
    department commission university college school agency association union committee court
    airways airlines fund organisation organization institute foundation club fc federation
    league board authority office service services police army navy force forces trust
    bureau parliament congress senate assembly government exchange industries holdings
    motors systems technologies networks records studios pictures news times post press
    channel broadcasting media labs stores capital management associates partners securities
    energy oil petroleum telecom communications pharmaceuticals entertainment electronics
    foods brewery insurance investments ventures enterprises international ab ag nv bv
    gmbh technology resorts hotels""".split()
)
# The last word of a place's name: streets, villages, natural features.
PLACE_WORDS = frozenset(
    """street st road rd drive avenue ave lane boulevard blvd square quay bridge village
    island islands bay river lake valley beach coast mountains heights stadium coliseum
    arena houses park ramp pier marina wharf""".split()
)
# The last word of an area's name: a place, unless a word for a body is in the name ("World
# Affairs Council of Orange County").
AREA_WORDS = frozenset("county township parish".split())
# Businesses that serve the public, named by their last word or the word after the name
# ("Kimbo Cafe", "O'Sullivans bar", "Casey's Bar"): a business, not the place it stands.
BUSINESS_WORDS = frozenset(
    "cafe café cafes bar bars pub pubs restaurant restaurants bakery bistro diner tavern salon".split()
)
# A club's last word after its town's name: "Manchester United", "Norwich City", "Luton Town"
# (a place the gazetteer knows by the whole name stays a place: "Mexico City", "Cape Town").
CLUB_WORDS = frozenset("united city town rovers athletic wanderers albion".split())
# A title's first word that no person's or body's name starts with ("My Struggle", "Our Town"),
# but for the names of the Virgin and of God ("Our Lady of Lourdes", "Our Father").
# What a leader's name qualifies: "the Obama administration", "the Bush era".
TENURE_NOUNS = frozenset("administration administrations presidency era".split())
# Bodies a one-word name can be: a legislature, an armed or police force, a government.
INSTITUTION_WORDS = frozenset(
    "congress parliament senate government cabinet police army navy military".split()
)
# Web platforms the news names every day; the small model, trained before most of them, reads
# "on Twitter" as a person and "Facebook" as a place.
PLATFORMS = frozenset(
    """twitter facebook instagram youtube tiktok snapchat whatsapp linkedin reddit
    pinterest tumblr""".split()
)
POSSESSIVE_DETERMINERS = frozenset("my our your his her their".split())
HOLY_WORDS = frozenset("lady lord father saviour savior".split())
# The last word of a law's, a rule's or a treaty's name ("Volcker Rule").
LAW_WORDS = frozenset(
    "act acts bill treaty accord accords agreement amendment protocol rule".split()
)
# The last word of an event's name: "World Cup", "Hong Kong Open", "Atlanta Games", "Great
# Recession".
EVENT_WORDS = frozenset(
    """cup open games olympics olympiad championship championships tournament series prix
    final finals tour marathon festival trophy slam putsch coup uprising revolution massacre
    recession depression crisis""".split()
)
# Words that follow a place: "Kyiv's government", "Russia's economy".
PLACE_NOUNS_AFTER = frozenset(
    """government capital president presidency prime parliament economy army military border
    borders people population embassy region regions province provinces city cities oblast
    territory coast mayor governor citizens airspace troops foreign""".split()
)
# Words that follow an organisation: "Microsoft's shares", "BA chief executive".
ORGANISATION_NOUNS_AFTER = frozenset(
    """shares shareholders chairman chairwoman ceo executive executives spokesman spokeswoman
    spokesperson boss bosses manager profits profit revenue revenues staff employees
    subsidiary stake board""".split()
)
# Facilities a place names but a person does not ("Zaporizhzhia nuclear plant").
FACILITY_NOUNS = frozenset(
    """plant station airport port harbour residence base dam reactor refinery mine oblast
    region province district suburb outskirts""".split()
)
# Nouns a disease's or a variant's name qualifies: "COVID-19 cases", "the Omicron variant".
ILLNESS_NOUNS = frozenset(
    """case cases variant variants pandemic outbreak outbreaks vaccine vaccines vaccination
    infection infections virus symptoms patients deaths restrictions strain wave waves""".split()
)
# Nouns a product's model name qualifies: "Pantsir-S1 air defence systems", "F-16 jets".
PRODUCT_NOUNS = frozenset(
    """system systems missile missiles rocket rockets jet jets fighter fighters aircraft plane
    planes airliner airliners helicopter helicopters drone drones tank tanks rifle rifles gun
    guns launcher launchers phone phones smartphone smartphones car cars model models engine
    engines chip chips processor processors console consoles""".split()
)
# Nouns for what software and services have, that a product's name qualifies and no person's
# does: "Chrome users", "the Firefox browser", "a Gmail account".
SOFTWARE_NOUNS = frozenset(
    """user users browser browsers app apps account accounts software extension extensions
    plugin plugins device devices download downloads subscriber subscribers inbox server
    servers""".split()
)
# The products a name can make, but a design ("the Obama model"): "Kalashnikov rifles".
MADE_NOUNS = PRODUCT_NOUNS - {"model", "models"}
# Nouns a people's name qualifies, and an illegal body's.
PEOPLE_NOUNS = frozenset("community communities diaspora".split())
GANG_NOUNS = frozenset("cartel cartels gang gangs militia militias".split())
# Nouns before "in X" that make X a company: "shares in Cairn Energy", "a stake in Opel".
HOLDINGS = frozenset("shares stake stakes investment investors holding holdings".split())
PLACE_PREPOSITIONS = frozenset("in across throughout near outside inside into".split())
# "at X" is a place unless the model reads X as a body: "at Headingley", but "works at Google".
AT_PREPOSITIONS = frozenset({"at"})
# Roles of people by where they live, stay or pass, whose "at X" is a place ("tourists at
# Brussels Airport").
LIVING_NOUNS = frozenset("resident voter tourist visitor passenger".split())
# The last word of a name that is a body or the competition it runs ("Arab League", "Nations
# League"): the noun the name qualifies tells them apart ("Nations League group games" is the
# competition), and then the word makes no organisation.
COMPETITION_WORDS = frozenset({"league"})
# Nouns for a competition's games: "Premier League matches", "their Nations League campaign".
GAME_NOUNS = frozenset(
    """game games match matches fixture fixtures campaign season title final finals qualifier
    qualifiers standings""".split()
)
# Words after a name that make it a club or team: "Liverpool striker", "Chelsea fans".
CLUB_ROLES = frozenset(
    """striker strikers midfielder midfielders defender defenders goalkeeper keeper winger
    forward coach fans supporters squad batsman batsmen bowler bowlers skipper captain
    teammate teammates team-mate team-mates""".split()
)
# Words of a sports report: with a score, they make a place-named side a club or team.
MATCH_WORDS = frozenset(
    """match matches game games goal goals league cup innings wicket wickets derby fixture
    tournament semi-final quarter-final final half-time halftime striker premier division
    championship""".split()
)
# Words next to a side of a match: "X beat Y", "drew with X", "lost to X", "X v Y".
SIDE_BEFORE = frozenset("beat beating beaten defeated against v vs over host hosts visit".split())
SIDE_AFTER = frozenset("beat beats defeated drew draw lost won win wins v vs host hosts".split())
_SCORE = re.compile(r"(?<![\d.,])\d{1,2} ?[-–] ?\d{1,2}(?![\d.,])")
# A results line or a table row: "Wigan 42 Bradford Bulls 36", "Barcelona 4 3 1 0 10 4 10",
# a standings row with a winning percentage: "BALTIMORE 70 63 .526 4".
_RESULT = re.compile(
    r"^[A-Z][^\d]* \d{1,3},? [A-Z][^\d]* \d{1,3}\b|[A-Za-z] \d{1,3} \d{1,3} (?:\d{1,3}|\.\d{3})\b"
)
# A name right after one of these is the one told: a person or, when the model reads no
# person, an organisation ("he tells Axios", "told Reuters"), never a people or a place.
TOLD = frozenset("tell tells told telling".split())
# Nouns before a quoted title that make it a work: 'the film "1917"'.
WORK_NOUNS = frozenset(
    """film films movie movies book books novel novels song songs album albums show shows series
    play plays documentary opera musical poem painting single titled called memoir memoirs
    autobiography biography""".split()
)
# A weak gazetteer match per mention: more than one model label (1), less than one clue (2).
CITY_WEIGHT = 1.5
# A name that starts with a common given name, per mention of it in full (`given_name_votes`).
GIVEN_WEIGHT = 1.5


@lru_cache(maxsize=1 << 16)  # asked of every name several times as its evidence grows
def known_type(name: str) -> EntityType | None:
    """The type a name has wherever it appears: a country or capital, a demonym, an org word.

    Only the gazetteers' strong tier counts here; a city or county that is also a surname or
    a club ("Kent", "Chelsea") is weaker evidence, added by `gazetteer_votes`.
    """
    key = name.lower().replace(".", "").strip()
    if key in KNOWN_ACRONYM_PLACES or any(key in names for names in EQUIVALENT_PLACES):
        return "place"
    if any(key in names for names in EQUIVALENT_BODIES):
        return "organization"
    if place_tier(key) == "strong":
        return "place"
    if key in DEMONYMS or (key.endswith("s") and key[:-1] in DEMONYMS):
        return "group"
    if len(key) > 3 and is_language_people(key):
        return "group"  # "Chechens", "Kurdish"
    if key in INSTITUTION_WORDS or key.replace(" ", "") in PLATFORMS:
        return "organization"  # "Congress", "Parliament"; "Twitter", "Facebook"
    words = key.split()
    if len(words) > 1 and words[-1] in CLUB_WORDS and _club_of_town(words):
        return "organization"  # "Manchester United", "Norwich City"; not "Mexico City"
    if len(words) > 1 and words[0] in POSSESSIVE_DETERMINERS and words[1] not in HOLY_WORDS:
        return "work"  # "My Struggle", "My New Order": a title, never a person's name
    if len(words) > 1 and words[-1] in BUSINESS_WORDS:
        return "organization"  # "Simply Cafe", "Casey's Bar"
    if len(words) > 1 and words[-1] in PLACE_WORDS:
        return "place"  # "Peachtree Road", "Brookhaven Village", "Stamford Bridge"
    if len(words) > 1 and words[-1] in LAW_WORDS:
        return "work"  # "Communications Decency Act", "Dodd-Frank Act", "Paris Agreement"
    if len(words) > 1 and any(word in ORGANISATION_WORDS for word in words):
        return "organization"
    if len(words) > 1 and words[-1] in AREA_WORDS:
        return "place"  # "Christian County", "Pana Township"
    if len(words) > 1 and (words[-1] in EVENT_WORDS or "war" in words):
        return "event"  # "World Cup", "Hong Kong Open", "World War Two"
    return None


def _club_of_town(words: list[str]) -> bool:
    """A known town's name before a club's word, the whole no place the gazetteer knows."""
    return place_tier(" ".join(words[:-1])) is not None and place_tier(" ".join(words)) is None


def gazetteer_votes(name: str, model_votes: Counter[EntityType]) -> dict[EntityType, float]:
    """The weak tier's vote: `CITY_WEIGHT` for a city or subdivision the model did not place.

    It beats the model's label on a mention (a city the small model calls a person) and loses to
    one context clue (a club that "beat" someone, a "Mr" before a surname). When the model
    already reads the name as a place the gazetteer adds nothing: it is the same knowledge, and
    counting it twice would outvote the context that makes "Somerset" a cricket club.
    """
    key = name.lower()
    if len(key) <= 3 or is_given_name(key.split()[0]) or known_type(name) is not None:
        return {}  # "PAP", "UWP": an acronym; "George", "Nancy": a given name first
    if model_votes and model_votes.most_common(1)[0][0] == "place":
        return {}
    if place_tier(name) == "weak":
        return {"place": CITY_WEIGHT}
    return {}


def given_name_votes(name: str, full_mentions: int) -> dict[EntityType, float]:
    """`GIVEN_WEIGHT` for a person per mention (in full or by surname) of a two- or three-word
    name that starts with a common given name ("Dave Telgheder"), unless the name is a known
    place ("Santiago de Cuba").

    Less than one context clue, so a club in a game's report ("Bradford Bulls beat ...") stays
    a club; more than one model label, so a rare name the model calls an organisation becomes
    a person.
    """
    words = name.split()
    if len(words) not in {2, 3} or not all(word[:1].isupper() for word in words):
        return {}
    if not is_given_name(words[0]) or place_tier(name) is not None:
        return {}
    return {"person": GIVEN_WEIGHT * full_mentions}


@lru_cache(maxsize=1 << 12)  # asked once per name, of the sentence that holds it
def is_results_line(text: str) -> bool:
    """A results line or a table row, or a sentence with a score in it: "Wigan 42 Bradford
    Bulls 36", "Barcelona 4 3 1 0 10 4 10", "won 2-1"."""
    return bool(_SCORE.search(text) or _RESULT.search(text.strip()))


@lru_cache(maxsize=1 << 12)
def is_match_sentence(text: str) -> bool:
    """A sentence that reports a game: a score ("2-1") or a word of a sports report."""
    words = set(text.lower().split())
    if is_results_line(text):
        return True
    return not words.isdisjoint(MATCH_WORDS)


def context_vote(
    before: list[str],
    after: list[str],
    *,
    titled: bool = False,
    spoke: bool = False,
    echoed: bool = False,
    label: str = "",
    modifies: str = "",
    compound: str = "",
    quoted: bool = False,
    match: bool = False,
    place_name: bool = False,
    subject: bool = False,
    awarded: bool = False,
    ticker: bool = False,
    coded: bool = False,
    counted: bool = False,
    plural: bool = False,
    maker: bool = False,
    aged: bool = False,
    contest: bool = False,
    dated: bool = False,
    model: bool = False,
) -> EntityType | None:
    """The type the words around one mention suggest (lower-cased words, nearest first).

    `before` and `after` are the words just before and after the mention, `titled` says a person's
    title was stripped from it, `spoke` that it is the subject of a verb of saying, `label` is
    the model's label on this mention, `modifies` the noun the name qualifies, if any
    ("Zaporizhzhia nuclear plant" -> plant), or else the noun its clause says it is ("Omicron is
    the predominant variant" -> variant), and `compound` the last of a run of common nouns
    it qualifies ("Sinaloa drug cartel" -> cartel): what the whole names, a body, a facility or
    a people (an illness's or a product's noun must be the name's own: "COVID-19 cases", not
    "Citizens United campaign finance case"). Speaking counts only against labels that cannot speak (a
    work, a product): countries and companies "say" things in news all the time. `quoted` says
    the mention is the whole of a quotation (a title: 'the film "1917"'), `match` that its
    sentence reports a game, and `place_name` that a gazetteer knows the name as a place (a club
    named for its city: "Liverpool beat Chelsea 2-1"), `subject` that it is the subject of its
    clause ("Essex reached 372": in a game's report, a place-named subject or one the model
    gave no label is a side),
    `awarded` that it is a prize won ("won the Oscar": a work, not a person), `ticker` that a
    stock ticker follows it ("Apple (NASDAQ: AAPL)": an organisation), and `coded` that the
    name holds a figure, as a model's designation does: one that qualifies a product noun is a
    product ("Pantsir-S1 air defence systems"), not its maker. `counted` says the sentence
    holds a figure (a game's report that counts runs or goals: "dismiss Nottinghamshire for
    214"): there a known place the model reads as a person is a club, unless it is the venue.
    `maker` says it qualifies a proper noun after "a" or "an" ("a Toyota Starlet"): a maker
    and its model, a company; `echoed` that "it" stands for it as the subject of what it
    says ("Pelco announced that it will": an organisation); `aged` that an age or a height stands right before it ("the
    7-foot-3 Kristaps Porzingis"): a person; `contest` that the name ends in a word for a body
    or its competition ("Nations League"), which the noun for its games makes the competition
    ("Nations League group games"): an event; `dated` that a time owns it ("next week's
    Budget", "Sunday's Grand National"): an event, unless the model reads a person, a place or a
    work.
    `model` says the name has two words or more and stands after "a" or "an": with a
    product's noun after it ("a Nissan Latio motor car") it names a model, not its maker.
    `plural` says it is the one subject of a verb in the plural ("DeBarras are open", "Barnsley
    have won"): a body, not a person or a place, unless the model reads a people.
    """
    if ticker:
        return "organization"
    # "cases of COVID-19"; not "the case of Guccifer", a matter named for someone
    illness = before[1:2] and before[1] in ILLNESS_NOUNS - {"case"} and before[0] in ("of", "from")
    if modifies in ILLNESS_NOUNS or (after[:1] and after[0] in ILLNESS_NOUNS) or illness:
        return "other"  # "COVID-19 cases", "cases of COVID-19": an illness, not a body
    if awarded:
        return "work"
    if contest and compound in GAME_NOUNS:
        return "event"  # "Concacaf Nations League group games"
    if dated and label not in ("PERSON", "GPE", "LOC", "NORP", "WORK_OF_ART", "LAW"):
        return "event"  # "next week's Budget": what a day holds is an event
    if coded and (modifies in PRODUCT_NOUNS or (after[:1] and after[0] in PRODUCT_NOUNS)):
        return "other"  # "Pantsir-S1 air defence systems", "F-16 jets"
    if coded and label == "PERSON":
        return "other"  # "Omicron BA.2": no one's name holds a figure (a score's are cut off)
    if label == "PERSON" and modifies in SOFTWARE_NOUNS | MADE_NOUNS:
        return "other"  # "Chrome users", "Kalashnikov rifles": a product, not its maker's name
    if model and compound in PRODUCT_NOUNS:
        return "other"  # "a Nissan Latio motor car": a maker's model, not the maker
    if maker and label in {"", "ORG", "GPE", "LOC", "FAC"}:
        return "organization"  # "a Toyota Starlet": the maker, not the city of Toyota
    if titled or aged or (before and before[0].rstrip(".") in PERSON_TITLES):
        return "person"  # "President Trump", and "Mr Brown" when the model left "Mr" out
    if quoted and (label == "WORK_OF_ART" or (before[1:2] and before[1] in WORK_NOUNS)):
        return "work"
    if plural and label != "NORP":
        return "organization"
    following = after[0] if after else ""
    possessive = following in {"'s", "'", "’s"}
    next_word = after[1] if possessive and len(after) > 1 else following
    business = following in BUSINESS_WORDS or (possessive and next_word in BUSINESS_WORDS)
    if next_word in ORGANISATION_NOUNS_AFTER or next_word in CLUB_ROLES or business:
        return "organization"
    side = (subject and not spoke) or _match_side(before, after)  # a side that speaks: a person
    if after[:1] == ["("] and after[1:2] and known_type(after[1]) == "place" and not place_name:
        return "person"  # "Tegla Loroupe (Kenya)": a competitor and the country she runs for
    if match and (place_name or label in {"", "ORG", "GPE", "LOC"}) and side:
        return "organization"  # "Leicestershire beat Somerset", "drew with Kent"
    if match and counted and place_name and label == "PERSON" and not _venue(before, after):
        return "organization"  # "dismiss Nottinghamshire for 214": a county plays as a club
    if compound in PEOPLE_NOUNS:
        return "group"  # "the Traveller community"
    if compound in GANG_NOUNS:
        return "organization"  # "Mexico's Sinaloa drug cartel"
    if next_word in PLACE_NOUNS_AFTER:
        return "place"
    if following == "police" and (place_name or label in ("GPE", "LOC", "FAC", "PRODUCT")):
        return "place"  # "Kincaid police": the town's; not "the Laquan McDonald police shooting"
    facility = next_word in FACILITY_NOUNS or compound in FACILITY_NOUNS
    if facility and not possessive and label != "ORG":
        return "place"  # a person names no plant without a possessive; a company may
    if before[:1] == ["in"] and before[1:2] and before[1] in HOLDINGS:
        return "organization"  # "shares in Cairn Energy"
    at = before[:1] and before[0] in AT_PREPOSITIONS and label != "ORG"
    if at and before[1:2] and _works_at(before[1]):
        return "organization"  # "researchers at OpenAI", "a professor at Mila": an employer
    # "pubs around Cork"; not "a team built around Johan Cruyff", whom the model reads as a person
    at = at or (before[:1] == ["around"] and label != "PERSON")
    if (at or (before[:1] and before[0] in PLACE_PREPOSITIONS)) and not possessive:
        return "place"
    if echoed and label != "PERSON":
        return "organization"  # "Pelco announced that it will": a body speaks of itself as "it"
    told = before[:1] and before[0] in TOLD and not possessive and not place_name
    if told and label not in ("PERSON", ""):
        return "organization"  # "tells Axios", "told Reuters": who is told is no place or people
    if label == "PERSON" and (modifies in TENURE_NOUNS or following in TENURE_NOUNS):
        return "person"  # "the Obama administration", "the Bush era": a leader's
    if before[:1] == ["the"] and label == "PERSON" and not possessive:
        return "organization"  # "The Louvre said": no one's name takes "the"
    if spoke and label not in {"GPE", "LOC", "ORG", "NORP"}:
        return "person"
    return None


def _venue(before: list[str], after: list[str]) -> bool:
    """Where a game is played: "at X", "in X", "(at Old Trafford, X)", a fixture line's "X :",
    a dateline's "X 1996-08-31"."""
    located = PLACE_PREPOSITIONS | AT_PREPOSITIONS | {","}
    dated = after[:1] != [] and len(after[0]) >= 4 and after[0][:4].isdigit()
    return bool(before[:1] and before[0] in located) or after[:1] == [":"] or dated


def _match_side(before: list[str], after: list[str]) -> bool:
    """A side of a game: "X beat Y", "against X", "drew with X", "lost to X", "X v Y"."""
    if (before[:1] and before[0] in SIDE_BEFORE) or (after[:1] and after[0] in SIDE_AFTER):
        return True
    if after[:1] and after[0].isdigit() and len(after[0]) <= 3:
        return True  # a results line: "Wigan 42 Bradford Bulls 36"
    return before[:2] in (["with", "drew"], ["to", "lost"], ["with", "draw"])


def _works_at(word: str) -> bool:
    """A noun for people by their work, whose "at X" names where they work: a role ("professor",
    "analysts") or people a body speaks through ("researchers", "officials"); not residents, who
    live at a place, nor visitors ("residents at Grenfell Tower", "tourists at Brussels
    Airport")."""
    stem = word[:-1] if word.endswith("s") else word
    return stem not in LIVING_NOUNS and (is_role_noun(stem) or stem + "s" in GROUP_NOUNS)


def vote(
    model_labels: Counter[EntityType],
    context: Counter[EntityType],
    gazetteer: Mapping[EntityType, float] | None = None,
) -> EntityType:
    """The winning type: context evidence counts double the model's label on one mention.

    `gazetteer` adds the weak tier's weights as they are (see `gazetteer_votes`).
    """
    scores: dict[EntityType, float] = {}
    for kind, count in model_labels.items():
        scores[kind] = scores.get(kind, 0) + count
    for kind, count in context.items():
        scores[kind] = scores.get(kind, 0) + 2 * count
    for kind, weight in (gazetteer or {}).items():
        scores[kind] = scores.get(kind, 0) + weight
    if not scores:
        return "other"
    best = max(scores.values())
    order: list[EntityType] = [
        "person",
        "place",
        "organization",
        "group",
        "event",
        "work",
        "other",
    ]
    return next(kind for kind in order if scores.get(kind) == best)
