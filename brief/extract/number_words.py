"""The words numbers are written with: number words and scales, fractions and ordinals, months,
currencies and units, qualifiers ("more than", "about") and the words of a change ("rose",
"fell", "a rise").

Tables only: `brief.extract.number_parsing` reads phrases with them, `brief.extract.number_checks`
tells what a number is with them, and `brief.extract.numbers` uses them to tell a number's own
words from what it counts.
"""

from __future__ import annotations

ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# Suffixes glued to digits or written after them: "11.1bn", "£5m", "3 mn".
SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
# "hundreds of", "tens of thousands of": vague plurals read as a lower bound.
VAGUE = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1e3, "millions": 1e6}
VAGUE |= {"billions": 1e9, "trillions": 1e12}
FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "tenth": 10,
    "tenths": 10,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
}
MONTH_NAMES = """january february march april may june july august september october november
    december""".split()
# Month names and their abbreviations -> the month's number: "Sept" -> 9.
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
MONTH_NUMBERS |= {name[:3]: MONTH_NUMBERS[name] for name in MONTH_NAMES if name != "may"}
MONTH_NUMBERS["sept"] = 9
MONTHS = frozenset(MONTH_NUMBERS)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "C$": "CAD",
    "A$": "AUD",
    "HK$": "HKD",
    "NZ$": "NZD",
}
# Currency words after a number; the factor turns minor units into the major one.
CURRENCY_WORDS: dict[str, tuple[str, float]] = {
    "dollar": ("USD", 1),
    "dollars": ("USD", 1),
    "pound": ("GBP", 1),
    "pounds": ("GBP", 1),
    "sterling": ("GBP", 1),
    "euro": ("EUR", 1),
    "euros": ("EUR", 1),
    "yen": ("JPY", 1),
    "yuan": ("CNY", 1),
    "rupees": ("INR", 1),
    "roubles": ("RUB", 1),
    "rubles": ("RUB", 1),
    # Minor units keep their own scale: "212 pence" is 212 pence, as the article says.
    "pence": ("pence", 1),
    "p": ("pence", 1),
    "cents": ("cents", 1),
    "cent": ("cents", 1),
}
TIME_UNITS = {
    "year": "year",
    "years": "year",
    "yr": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "mins": "minute",
    "second": "second",
    "seconds": "second",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
}
MEASURE_UNITS = {
    "km": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "mile": "mile",
    "miles": "mile",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "cm": "cm",
    "mm": "mm",
    "ft": "ft",
    "feet": "ft",
    "foot": "ft",
    "inch": "inch",
    "inches": "inch",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilos": "kg",
    "g": "g",
    "grams": "g",
    "lb": "lb",
    "lbs": "lb",
    "tonne": "tonne",
    "tonnes": "tonne",
    "ton": "ton",
    "tons": "ton",
    "barrel": "barrel",
    "barrels": "barrel",
    "litre": "litre",
    "litres": "litre",
    "liter": "litre",
    "liters": "litre",
    "gallon": "gallon",
    "gallons": "gallon",
    "acre": "acre",
    "acres": "acre",
    "hectare": "hectare",
    "hectares": "hectare",
    "mph": "mph",
    "kph": "km/h",
    "degree": "degree",
    "degrees": "degree",
    "mw": "MW",
    "gw": "GW",
    "kw": "kW",
    "gb": "GB",
    "mb": "MB",
    "tb": "TB",
    "ghz": "GHz",
    "mhz": "MHz",
}
PERCENT_WORDS = {"percent", "pc"}
CLOCK_SUFFIXES = {"am", "pm", "gmt", "bst", "est", "hrs", "h"}
# The degree sign and its look-alikes (the ordinal indicator, the ring above): "1.5°C".
DEGREE_SIGNS = frozenset("°º˚")
TEMPERATURE_SCALES = {"c": "°C", "celsius": "°C", "centigrade": "°C", "f": "°F", "fahrenheit": "°F"}
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
# How a qualifier is written -> the word the brief uses, so consumers see a small vocabulary.
QUALIFIERS = {
    "more than": "more than",
    "over": "more than",
    "just over": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "above": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "a minimum of": "at least",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "up to": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
    "below": "less than",
    "at most": "at most",
    "no more than": "at most",
    "a maximum of": "at most",
}
QUALIFIER_PHRASES = sorted((q.split() for q in QUALIFIERS), key=len, reverse=True)
UP_WORDS = frozenset(
    """up rose rise rises rising risen grew grow grows growing grown increased increase increases
    increasing jumped jump jumps climbed climb climbs gained gain gains added soared soar surged
    surge rallied higher""".split()
)
DOWN_WORDS = frozenset(
    """down fell fall falls falling fallen dropped drop drops declined decline declines slipped
    slip slid slide dipped dip plunged plunge plummeted tumbled tumble decreased decrease shed
    slumped slump eased lower lost""".split()
)
# Verbs that change something by an amount only with "by": "cut costs by 5%".
RAISE_VERBS = frozenset("raise raised raising boost boosted lift lifted".split())
CUT_VERBS = frozenset(
    "cut cuts cutting reduce reduced reducing slash slashed lower lowered".split()
)
CHANGE_NOUNS_UP = frozenset("rise increase jump gain growth hike rally surge climb".split())
CHANGE_NOUNS_DOWN = frozenset("fall drop decline cut decrease slump loss dip reduction".split())
# Nouns that name a change rather than what changed: "a 4% rise in sales" counts sales.
CHANGE_NOUNS = CHANGE_NOUNS_UP | CHANGE_NOUNS_DOWN
# Determiners that stand as pronouns: "None of the hundreds" counts no "None".
QUANTIFIERS = frozenset(
    "none all some many most each any few several both either neither much more less".split()
)
# Words that spell a number: "less than half of the $20bn" does not count halves.
NUMBER_WORDS = frozenset(ONES) | frozenset(TENS) | frozenset(SCALES) | frozenset(FRACTIONS)
