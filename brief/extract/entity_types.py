"""Evidence for an entity's type that does not come from the model: names, words and context.

The model's labels are one vote per mention; these rules add votes any pipeline benefits from,
so a repair never depends on one model's particular mistakes: a known country, capital or demonym;
a word that makes a name an organisation ("Bank", "Party", "plc"); a title before a name; and the
words around a mention ("in X" and "X's government" are places, "X said" is someone speaking).
"""

from __future__ import annotations

from collections import Counter

from brief.records import EntityType

# Countries, their common short forms, large regions, capitals and cities in the news.
KNOWN_PLACES = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
    colombia congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea
    estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
    grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
    ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan
    laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar
    malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia
    montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland
    nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru
    philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles
    singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
    tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine
    uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe england scotland wales
    britain europe asia africa america antarctica oceania kabul tirana algiers luanda yerevan
    canberra vienna baku dhaka minsk brussels sofia ottawa santiago beijing bogota havana
    prague copenhagen cairo tallinn helsinki paris tbilisi berlin athens budapest reykjavik
    delhi jakarta tehran baghdad dublin jerusalem rome tokyo amman nairobi riga beirut tripoli
    vilnius luxembourg kuala lumpur valletta chisinau rabat kathmandu amsterdam wellington
    abuja pyongyang oslo islamabad lima manila warsaw lisbon doha bucharest moscow riyadh
    belgrade bratislava ljubljana mogadishu pretoria seoul madrid khartoum stockholm bern
    damascus taipei bangkok tunis ankara kampala kyiv kiev london washington hanoi harare
    lusaka caracas montevideo tashkent edinburgh cardiff belfast sydney melbourne toronto
    vancouver montreal mumbai bombay kolkata calcutta shanghai beijing hong kong shenzhen
    istanbul dubai karachi lahore lagos johannesburg frankfurt munich milan barcelona geneva
    zurich chicago boston houston dallas atlanta miami seattle hollywood manchester liverpool
    birmingham glasgow leeds bristol crimea gaza
    kashmir tibet siberia balkans caucasus scandinavia iowa alabama alaska arizona
    arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
    kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
    missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont virginia wisconsin wyoming""".split()
) | frozenset(
    {
        "united states",
        "united kingdom",
        "great britain",
        "northern ireland",
        "south africa",
        "south korea",
        "north korea",
        "new zealand",
        "saudi arabia",
        "sri lanka",
        "united arab emirates",
        "czech republic",
        "ivory coast",
        "costa rica",
        "el salvador",
        "hong kong",
        "new york",
        "los angeles",
        "san francisco",
        "new delhi",
        "buenos aires",
        "mexico city",
        "rio de janeiro",
        "sao paulo",
        "cape town",
        "abu dhabi",
        "tel aviv",
        "west bank",
        "middle east",
        "latin america",
        "south america",
        "north america",
        "central america",
        "east timor",
        "new jersey",
        "new mexico",
        "north carolina",
        "south carolina",
        "north dakota",
        "south dakota",
        "west virginia",
        "rhode island",
        "new hampshire",
        "washington dc",
    }
)
# Short forms of one place or body: every form in a set is one entity.
EQUIVALENT_NAMES = (
    frozenset({"us", "usa", "united states", "united states of america", "america"}),
    frozenset({"uk", "united kingdom", "britain", "great britain"}),
    frozenset({"un", "united nations"}),
    frozenset({"eu", "european union"}),
    frozenset({"uae", "united arab emirates"}),
    frozenset({"kyiv", "kiev"}),
)
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
    eastern muslim muslims christian christians jewish jews hindu sikh catholic protestant
    sunni shia shiite democrat democrats republican republicans tory tories labour
    conservative conservatives californian texan texans""".split()
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
    foods brewery insurance investments ventures enterprises international""".split()
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
# Nouns before "in X" that make X a company: "shares in Cairn Energy", "a stake in Opel".
HOLDINGS = frozenset("shares stake stakes investment investors holding holdings".split())
PLACE_PREPOSITIONS = frozenset("in across throughout near outside inside into".split())
# Titles before a name that make it a person ("President Trump", "Mr Blair").
PERSON_TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady president senator rep governor mayor judge
    pope king queen prince princess chancellor minister secretary""".split()
)


# Common given names: a name that starts with one is a person's ("Steve Finnan").
GIVEN_NAMES = frozenset(
    """aaron adam adrian ahmed alan albert alex alexander alexandra alice alison amanda amy andre
    andrea andrew andy angela angelina ann anna anne anthony antonio barbara ben benjamin bernard
    bill billy bob bobby brad brendan brian bruce carl carlos caroline catherine charles charlie
    charlotte chris christian christina christine christopher claire colin craig dan daniel
    danny david dean deborah denis dennis derek diana diane dominic donald douglas duncan ed
    eddie edward elizabeth ellen emily emma eric frank fred gary gavin geoff geoffrey george
    georgina gerald gerhard gordon graham greg gregory harry hazel helen henry hillary howard
    hugh iain ian isabel jack jacques james jamie jan jane janet jason javier jean jeff jennifer
    jeremy jerry jim jimmy joan joe john johnny jon jonathan jordi jorge jose joseph josh juan
    julia julian julie justin karen kate katherine keith ken kenneth kevin kim larry laura lee
    leonardo lewis liam linda lisa louis louise lucy luis mandy marc marco margaret maria mark
    martin martina mary matt matthew maria michael michel michelle mick miguel mike natalie
    nathalie neil nicholas nick nicola nigel oliver pablo pat patricia patrick paul paula percy
    pete peter phil philip phillips rachel rafael ralph ray raymond rebecca richard rick rob
    robert robbie robin roger ronald ronan rose roy ruth ryan sally sam samuel sandra sarah
    scott sean sebastian sergei sergey simon sonny sophie stephen steve steven stuart sue susan
    thomas tim timothy tom tommy tony trevor victoria vladimir volodymyr walter wayne william
    yuri""".split()
)


def known_type(name: str) -> EntityType | None:
    """The type a name has wherever it appears: a country or capital, a demonym, an org word."""
    key = name.lower().replace(".", "").strip()
    if key in KNOWN_PLACES or key in KNOWN_ACRONYM_PLACES:
        return "place"
    if any(key in names for names in EQUIVALENT_NAMES) and key not in {"un", "eu"}:
        return "place"
    if key in DEMONYMS or (key.endswith("s") and key[:-1] in DEMONYMS):
        return "group"
    words = key.split()
    if len(words) > 1 and any(word in ORGANISATION_WORDS for word in words):
        return "organization"
    if len(words) in {2, 3} and words[0] in GIVEN_NAMES:
        return "person"
    return None


def context_vote(
    before: list[str],
    after: list[str],
    *,
    titled: bool = False,
    spoke: bool = False,
    label: str = "",
    modifies: str = "",
) -> EntityType | None:
    """The type the words around one mention suggest (lower-cased words, nearest first).

    `before` and `after` are the words just before and after the mention, `titled` says a person's
    title was stripped from it, `spoke` that it is the subject of a verb of saying, `label` is
    the model's label on this mention and `modifies` the noun the name qualifies, if any
    ("Zaporizhzhia nuclear plant" -> plant). Speaking counts only against labels that cannot speak (a
    work, a product): countries and companies "say" things in news all the time.
    """
    if titled or (before and before[0].rstrip(".") in PERSON_TITLES):
        return "person"  # "President Trump", and "Mr Brown" when the model left "Mr" out
    following = after[0] if after else ""
    possessive = following in {"'s", "'", "’s"}
    next_word = after[1] if possessive and len(after) > 1 else following
    if next_word in ORGANISATION_NOUNS_AFTER:
        return "organization"
    if next_word in PLACE_NOUNS_AFTER:
        return "place"
    facility = next_word in FACILITY_NOUNS or modifies in FACILITY_NOUNS
    if facility and not possessive and label != "ORG":
        return "place"  # a person names no plant without a possessive; a company may
    if before[:1] == ["in"] and before[1:2] and before[1] in HOLDINGS:
        return "organization"  # "shares in Cairn Energy"
    if before and before[0] in PLACE_PREPOSITIONS and not possessive:
        return "place"
    if spoke and label not in {"GPE", "LOC", "ORG", "NORP"}:
        return "person"
    return None


def vote(model_labels: Counter[EntityType], context: Counter[EntityType]) -> EntityType:
    """The winning type: context evidence counts double the model's label on one mention."""
    scores: Counter[EntityType] = Counter()
    for kind, count in model_labels.items():
        scores[kind] += count
    for kind, count in context.items():
        scores[kind] += 2 * count
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
    return next(kind for kind in order if scores[kind] == best)
