"""What a number is, from the words around it: each check reads the tokens of `number_tokens`.

Whether a number is no quantity at all (part of a name such as "Pantsir-S1", "Boeing 737" or
"G7", a label, a street number, a clock time, a day of a date, a title in quotes), a score, a
span of years, a temperature or a race distance, a year, an age or a rank, a pronoun ("no
one"), and the qualifier ("more than") and change ("up", "fell by") stated around it.
"""

from __future__ import annotations

import re

from brief.extract.number_tokens import Core, QuantityKind, Tokens
from brief.extract.number_words import (
    CHANGE_NOUNS_DOWN,
    CHANGE_NOUNS_UP,
    CURRENCY_SYMBOLS,
    CUT_VERBS,
    DEGREE_SIGNS,
    DOWN_WORDS,
    MEASURE_UNITS,
    MONTHS,
    ONES,
    QUALIFIER_PHRASES,
    QUALIFIERS,
    RAISE_VERBS,
    TENS,
    TIME_UNITS,
    UP_WORDS,
    WEEKDAYS,
)
from brief.quote_marks import OPENING_MARKS, PARTNERS
from brief.records import Change

# Temperatures written after the number: "40C", "104F", "5 degrees Celsius".
# "40C" is a temperature within what weather reports (and ovens) give; "300C" is left alone.
MIN_TEMPERATURE, MAX_TEMPERATURE = 0, 150
# Words of weather, one of which stands within `TEMPERATURE_WINDOW` tokens of a "40C".
WEATHER_WORDS = frozenset(
    """temperature temperatures temps heat heatwave hot cold warm warmer cooler weather high highs
    low lows degrees forecast thermometer freezing frost celsius fahrenheit climate""".split()
)
TEMPERATURE_WINDOW = 8
# Words that make "one" a pronoun: "no one", "the one who".
PRONOUN_DETERMINERS = frozenset("no every any each the this that which someone anyone".split())
# Track and pool distances written "100m": metres, not millions, unless money or people follow.
RACE_DISTANCES = frozenset({50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})
# Verbs of jumping and throwing: the "m" after their number is metres ("landed 17.30m").
FIELD_EVENT_VERBS = frozenset("landed jumped threw cleared leapt leaped vaulted hurled".split())
# Words after a four-digit number that make it a clock time: "1230 GMT".
CLOCK_WORDS = frozenset({"gmt", "bst", "est", "edt", "pst", "cet", "utc", "hrs", "hours", "local"})
# Words of a match near a "2-1": then it is a score.
SCORE_WORDS = frozenset(
    """win wins won winning victory defeat defeated beat beats beating lost lose loss draw drew
    drawn lead led leads scoreline thrashing thrashed score scored match game final tie
    aggregate half-time sets set against""".split()
)
# Nouns before a number that make it a label: "Level 3 restrictions", "Section 8 housing".
LABEL_NOUNS = frozenset(
    """level levels phase stage tier category grade section article chapter room gate route
    highway interstate channel platform apt apartment suite unit flight""".split()
)
# Nouns of a sequence before a number: "day four of", "in game 7.", "round two"; an amount
# when a word that may be its noun follows ("that day 300 people").
SEQUENCE_NOUNS = frozenset("day days round game episode part".split())
# Words after a number that leave it a label: "days four and five of the conference".
AFTER_LABEL = frozenset("of and or to in at on for".split())
# Words that join labels: "Level 3 and 4", "days four and five".
LABEL_JOINERS = frozenset({"and", "or", ",", "-", "–", "to", "&"})
# Words after a house number: "2344 Bragg St.", "10 Downing Street".
STREET_WORDS = frozenset("st street rd road ave avenue blvd boulevard drive dr lane ln way".split())
# Words before and after a number that make it a place in a ranking: "finished 3rd", "2nd place".
RANK_BEFORE = frozenset("finished finish came come ranked placed seeded rated".split())
RANK_AFTER = frozenset("place placed position seed seeded ranked spot".split())
# Lower-case words that may stand before a number inside a hyphenated form: "mid-2004".
HYPHEN_PREFIXES = frozenset("mid pre post late early over under top non sub anti".split())
# Greek letters: a number hyphened onto one is a locant of a chemical or biological name
# ("17-beta oestradiol", "5-alpha reductase"), not an amount.
GREEK_LETTERS = frozenset("alpha beta gamma delta epsilon kappa lambda sigma omega".split())
# Capitalised words that start phrases rather than names: "In 2004", "By 2010".
SENTENCE_WORDS = frozenset(
    """in by since from until till to at on of for after before during around about nearly over
    under some only just the a an and but or so yet with than between as per circa""".split()
)
# Tokens after which a word opens a sentence, a quotation or a bracket.
OPENERS = frozenset(".!?:(-" + OPENING_MARKS)
# Words after which a four-digit number is a year even before a plural noun: "In 2004 profits",
# "its 2004 results", "their 1960 levels" (a possessive's count is written "its 2,004 staff").
YEAR_BEFORE = frozenset(
    """in since by until till from during after before of between and year mid early late
    summer spring autumn winter season its their his her our my your""".split()
)
# Plural-looking words that do not make a year a count ("2004 was", "1990 has").
_NOT_PLURAL = frozenset(
    """was is has as his its this plus across always perhaps towards less unless thus whereas
    news yes us""".split()
)
# Words that may stand between "she was" and an age: "when she was just 15".
AGE_ADVERBS = frozenset("just only barely nearly almost still".split())
# Verbs of reaching an age: "who recently turned 25".
TURNING = frozenset({"turned", "turns", "turning", "turn"})
MAX_AGE = 120
AGE_BEFORE = (
    ["age", "of"],
    ["who", "is"],
    ["who", "was"],
    ["he", "was"],
    ["she", "was"],
    ["he", "is"],
    ["she", "is"],
)
# The widest window, in tokens, in which a match word makes a small "2-1" a score: "won 2-1",
# "a 2-1 win", "beat Chelsea 2-1 on Saturday" (the verb can stand six words before the score).
SCORE_WINDOW_BEFORE = 6
SCORE_WINDOW_AFTER = 4
# A falling pair ("18-17", "40-0") is a score up to this: larger falling pairs are other things
# (a "250-200" vote is a count of votes, not a game).
MAX_FALLING_SCORE = 200
# A rising pair is a range unless both are at most this and a match word is near ("2-6"
# in tennis); "10-40" years, "30-50" guarantees are ranges.
MAX_RISING_SCORE = 30


def no_quantity(tokens: Tokens, core: Core) -> bool:
    """Digits of a name, a date or clock time, or a title in quotes ('the film "1917"').

    Also labels ("Level 3", "level six", "Section 8"), addresses ("2344 Bragg St.", "56th
    street"), shooting records ("0-for-9"), a number inside a hyphenated compound
    ("best-of-five", "father-of-three", "5v5") and a compound term with a plural unit
    ("zero-hours contracts"): numbers that name or tally, never amounts.
    """
    if core.kind in {"date", "time"}:
        return True
    words = tokens.stripped
    after = words[core.last + 1 : core.last + 3]
    if after[:2] == ["-", "for"]:
        return True
    return (
        _is_label(tokens, core)
        or _is_address(tokens, core)
        or _is_compound_term(tokens, core)
        or _is_name_part(tokens, core)
        or _is_clock(tokens, core)
        or _is_quoted_title(tokens, core)
    )


def _is_label(tokens: Tokens, core: Core) -> bool:
    """A number after a noun that names an ordered scale: "Level 3", "level six", "Section 8",
    "days four and five" (the later numbers of a list of labels too); the base of a rate:
    "per 100,000".

    A unit or a plural noun after the number makes it an amount again: "the stage two days
    later", "in two days 300 people".
    """
    words = tokens.stripped
    if core.first > 0 and words[core.first - 1] == "per":
        return True
    at = core.first - 1
    while at > 0 and words[at] in LABEL_JOINERS and _is_number_word(tokens, at - 1):
        at -= 2  # "days four and five": back over "four and"
    noun = words[at] if at >= 0 else ""
    following = words[core.last + 1] if core.last + 1 < len(words) else ""
    if following in TIME_UNITS.keys() | MEASURE_UNITS.keys():
        return not core.word and noun in LABEL_NOUNS
    if noun in SEQUENCE_NOUNS:
        return following in AFTER_LABEL or not following.isalpha()
    return noun in LABEL_NOUNS


def _is_number_word(tokens: Tokens, index: int) -> bool:
    return index >= 0 and (tokens[index].is_digits or tokens.words[index] in ONES | TENS)


def _is_address(tokens: Tokens, core: Core) -> bool:
    """A house number or a numbered street: "2344 Bragg St.", "56th street", "56th and 57th
    streets"."""
    words = tokens.stripped
    after = words[core.last + 1 : core.last + 4]
    if len(after) >= 2 and tokens[core.last + 1].text[:1].isupper() and after[1] in STREET_WORDS:
        return True
    if core.kind != "ordinal" or core.word:
        return False
    if after[:1] and _street(after[0]):
        return True
    return len(after) == 3 and after[0] in {"and", "&"} and _street(after[2])


def _street(word: str) -> bool:
    """ "street", "st", "streets", "avenues"."""
    return word in STREET_WORDS or (word.endswith("s") and word[:-1] in STREET_WORDS)


def _is_compound_term(tokens: Tokens, core: Core) -> bool:
    """A number hyphenated to a plural unit names a kind of thing, not an amount:
    "zero-hours contracts" (an amount is singular there: "a three-year contract")."""
    words = tokens.words
    at = core.last + 1
    if at + 1 >= len(words) or words[at] != "-" or tokens[at].spaced or tokens[at + 1].spaced:
        return False
    unit = words[at + 1]
    return unit in TIME_UNITS and TIME_UNITS[unit] != unit


def _is_name_part(tokens: Tokens, core: Core) -> bool:
    """Digits that belong to a name or model: "Pantsir-S1", "COVID-19", "G7", "Boeing 737";
    a number that ends a hyphenated compound: "best-of-five", "father-of-three"."""
    token = tokens[core.first]
    if _after_hyphenated_word(tokens, core):
        return True  # "COVID-19", "F-16", "best-of-five"
    if not token.is_digits:
        return _capitalised_words(tokens, core)
    if core.first > 0:
        previous = tokens[core.first - 1]
        if not token.spaced and previous.text[-1:].isalpha():
            return True  # "S1", "G7", "5v5" (the tokenizer splits letters from digits)
    following = tokens[core.last + 1].text if core.last + 1 < len(tokens) else ""
    glued = bool(following) and not tokens[core.last + 1].spaced
    if glued and following[:1].isalnum() and following not in DEGREE_SIGNS:
        return True  # "3G", "4x4"; not "1.5°C"
    return _before_greek_letter(tokens, core) or _after_capitalised_name(tokens, core)


def _before_greek_letter(tokens: Tokens, core: Core) -> bool:
    """The number is hyphened onto a Greek letter: "17-beta oestradiol" names a compound."""
    words = tokens.words
    at = core.last + 1
    if at + 1 >= len(words) or words[at] != "-" or tokens[at].spaced or tokens[at + 1].spaced:
        return False
    return words[at + 1] in GREEK_LETTERS


def _after_hyphenated_word(tokens: Tokens, core: Core) -> bool:
    """The number is glued by a hyphen to a word before it: "COVID-19", "best-of-five"; a
    prefix ("mid-2004", "top-ten") leaves it a number."""
    if core.first < 2 or tokens[core.first].spaced:
        return False
    hyphen, word = tokens[core.first - 1], tokens[core.first - 2]
    return (
        hyphen.text == "-"
        and not hyphen.spaced
        and word.text[:1].isalpha()
        and word.lower not in HYPHEN_PREFIXES
    )


def _capitalised_words(tokens: Tokens, core: Core) -> bool:
    """A capitalised number word inside a sentence next to another capitalised word is a name:
    "the Six Nations", "BBC Radio Four"."""
    token = tokens[core.first]
    if not token.text[:1].isupper() or core.first == 0 or _sentence_start(tokens, core.first):
        return False
    following = tokens[core.last + 1].text if core.last + 1 < len(tokens) else ""
    previous = tokens[core.first - 1].text
    return following[:1].isupper() or (previous[:1].isupper() and previous.isalpha())


def _sentence_start(tokens: Tokens, index: int) -> bool:
    """Token `index` opens a sentence, a quotation or a bracket."""
    return index == 0 or tokens[index - 1].text in OPENERS


def _after_capitalised_name(tokens: Tokens, core: Core) -> bool:
    """A bare whole number right after a capitalised word inside a sentence: "Boeing 737"."""
    token = tokens[core.first]
    if core.first == 0 or core.last != core.first or not re.fullmatch(r"\d{1,4}", token.text):
        return False
    following = tokens[core.last + 1].text if core.last + 1 < len(tokens) else ""
    if following in {"-", "–"}:
        return False  # "Arsenal 2-1": a score or range, not a model number
    previous = tokens[core.first - 1]
    word = previous.text
    if not (word[:1].isupper() and word.isalpha()) or word.lower().rstrip(".") in MONTHS:
        return False
    if word.lower() in SENTENCE_WORDS | RANK_BEFORE | WEEKDAYS or (
        word.isupper() and len(word) <= 1
    ):
        return False
    return not _sentence_start(tokens, core.first - 1)


def _is_clock(tokens: Tokens, core: Core) -> bool:
    """ "1230 GMT", "0900 hrs": a four-digit 24-hour time; "3 a.m.", "11 pm": a 12-hour one."""
    words = tokens.words
    following = words[core.last + 1] if core.last + 1 < len(words) else ""
    text = tokens[core.first].text
    if re.fullmatch(r"[0-2]\d[0-5]\d", text) and following in CLOCK_WORDS:
        return True
    if core.word or not re.fullmatch(r"1[0-2]|0?\d", text):
        return False
    after = words[core.last + 1 : core.last + 4]
    if after[:1] == ["."]:
        after = words[core.last + 2 : core.last + 5]  # "1.p.m."
    return following in {"am", "pm"} or after in (["a", ".", "m"], ["p", ".", "m"])


def _is_quoted_title(tokens: Tokens, core: Core) -> bool:
    """'the film "1917"', '"1917," directed by': a number that is the whole of a quotation
    (a comma or stop may close it inside the marks) is a title, not a count."""
    if core.first == 0 or core.last + 1 >= len(tokens):
        return False
    opening, closing = tokens[core.first - 1], tokens[core.last + 1]
    if closing.text in {",", "."} and not closing.spaced and core.last + 2 < len(tokens):
        closing = tokens[core.last + 2]
    glued = not tokens[core.first].spaced and not closing.spaced
    return glued and closing.text == PARTNERS.get(opening.text)


def is_score(tokens: Tokens, core: Core, second: Core) -> bool:
    """ "a 2-1 win", "beat Chelsea 3-0": small whole numbers joined by a dash in a match."""
    words = tokens.words
    joiner = words[core.last + 1]
    if joiner not in {"-", "–"} or core.word or second.word or core.unit or second.unit:
        return False
    if not (core.value.is_integer() and second.value.is_integer()):
        return False
    if second.last + 1 < len(words) and words[second.last + 1] in TIME_UNITS | MEASURE_UNITS.keys():
        return False
    if core.value >= second.value or core.value == 0:
        return core.value <= MAX_FALLING_SCORE  # ranges go up; "18-17", "40-0" are scores
    if core.value > MAX_RISING_SCORE or second.value > MAX_RISING_SCORE:
        return False
    window = words[max(core.first - SCORE_WINDOW_BEFORE, 0) : second.last + SCORE_WINDOW_AFTER]
    return any(word in SCORE_WORDS for word in window) or _another_score_follows(tokens, second)


def is_year_span(tokens: Tokens, core: Core, second: Core) -> bool:
    """ "1965-71": a year and the last two digits of a later one."""
    first_text, second_text = tokens[core.first].text, tokens[second.first].text
    return (
        bool(re.fullmatch(r"(1\d|20)\d\d", first_text))
        and bool(re.fullmatch(r"\d\d", second_text))
        and core.value % 100 < second.value
    )


def _another_score_follows(tokens: Tokens, second: Core) -> bool:
    """ "2-6 6-3 6-0": set scores come in a row."""
    following = [t.text for t in tokens[second.last + 1 : second.last + 4]]
    return (
        len(following) == 3
        and following[0].isdigit()
        and following[1] in {"-", "–"}
        and following[2].isdigit()
    )


def is_temperature(tokens: Tokens, index: int, number: float) -> bool:
    """ "40C" near a word of weather; "Apt. 1C" and "3G" are codes."""
    if not MIN_TEMPERATURE <= number <= MAX_TEMPERATURE:
        return False
    near = tokens.words[max(index - TEMPERATURE_WINDOW, 0) : index + TEMPERATURE_WINDOW + 1]
    return not WEATHER_WORDS.isdisjoint(near)


def is_distance(tokens: Tokens, index: int, number: float) -> bool:
    """ "the 100m champion" is metres; "5m people" and "£100m" are millions."""
    previous = tokens[index - 1].lower if index > 0 else ""
    if previous in FIELD_EVENT_VERBS:
        return True  # "Idowu landed 17.30m"
    if number not in RACE_DISTANCES or previous in CURRENCY_SYMBOLS:
        return False
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return not (following.islower() and following.endswith("s"))


def is_year(tokens: Tokens, core: Core, last: int) -> bool:
    """A bare four-digit number from 1000 to 2099 that does not count a plural noun."""
    token = tokens[core.first]
    if core.word or core.scaled or not re.fullmatch(r"(1\d|20)\d\d", token.text):
        return False
    before = tokens[core.first - 1].lower if core.first > 0 else ""
    if before in YEAR_BEFORE:
        return True
    following = tokens[last + 1].text if last + 1 < len(tokens) else ""
    plural = following.islower() and following.endswith("s") and len(following) > 3
    return not plural or following in _NOT_PLURAL


def age_end(tokens: Tokens, first: int, last: int, unit: str | None) -> int | None:
    """ "aged 45", "45-year-old", "45 years old": the age's last token, else None."""
    words = tokens.words
    if unit is None and first > 0 and words[first - 1] in {"aged", "age"}:
        return last
    if unit is None and first > 0 and words[first - 1] in TURNING and first == last:
        value = tokens[first].text
        return last if value.isdigit() and 1 <= int(value) <= MAX_AGE else None  # "turned 25"
    digits = tokens[first].is_digits
    before = first - (first > 2 and words[first - 1] in AGE_ADVERBS)  # "she was just 15"
    if unit is None and digits and before > 1 and words[before - 2 : before] in AGE_BEFORE:
        return last  # "at the age of 48", "the senator, who is 71"
    if unit is None and _apposition_age(tokens, first, last):
        return last
    if unit == "year" and last + 1 < len(words):
        if words[last + 1] == "old":
            return last + 1
        if words[last + 1] == "-" and last + 2 < len(words) and words[last + 2] in {"old", "olds"}:
            return last + 2
    return None


def _apposition_age(tokens: Tokens, first: int, last: int) -> bool:
    """ "Anil, 45, has stepped down", "Jamie Silvonek (left), 14, and", "teacher Brianne
    Altice, 35.": a whole number after a comma that follows a name or noun (or its bracket),
    closed by a comma or the sentence's end."""
    if first < 2 or last + 1 >= len(tokens) or first != last:
        return False
    text = tokens[first].text
    return (
        tokens[first - 1].text == ","
        and tokens[last + 1].text in {",", ".", ";"}
        and (tokens[first - 2].text.isalpha() or tokens[first - 2].text == ")")
        and text.isdigit()
        and 14 <= int(text) <= 110
    )


def is_rank(tokens: Tokens, first: int, last: int) -> bool:
    """A place in a ranking: "No. 1", "finished third", "#4", "2nd place"."""
    words = tokens.stripped
    before = words[first - 1] if first > 0 else ""
    after = words[last + 1] if last + 1 < len(words) else ""
    if after == "-" and last + 2 < len(words):
        after = words[last + 2]
    if before in {"no", "number"} and first > 0:
        marker = tokens[first - 1].text
        return marker in {"No", "No.", "number"} and (
            marker != "number" or first < 2 or words[first - 2] != "a"
        )
    return before in RANK_BEFORE or before == "#" or after in RANK_AFTER


def is_hyphen_adjective(tokens: Tokens, core: Core, last: int, kind: QuantityKind) -> bool:
    """A number word hyphenated to a word: "one-way", "three-monthly" is an adjective."""
    if not core.word or kind != "count" or last + 2 >= len(tokens):
        return False
    hyphen, word = tokens[last + 1], tokens[last + 2]
    return hyphen.text == "-" and not hyphen.spaced and not word.spaced and word.text.isalpha()


def is_weak_one(core: Core, unit: str | None, kind: str) -> bool:
    """A lone word "one": usually a pronoun, so the model must confirm it counts a noun."""
    lone = core.word and core.value == 1 and not core.scaled
    return kind == "count" and lone and unit is None


def after_pronoun_determiner(tokens: Tokens, first: int) -> bool:
    """The word before token `first` makes a lone "one" a pronoun: "no one", "the one who"."""
    return first > 0 and tokens[first - 1].lower in PRONOUN_DETERMINERS


def qualifier_before(tokens: Tokens, first: int, kind: QuantityKind) -> tuple[str | None, int]:
    """ "more than 40", "nearly half": the qualifier as the brief words it, and where it starts."""
    words = tokens.words
    if kind in {"rank", "ordinal"}:
        return None, first  # "victory over fourth-placed Valencia": a place has no bound
    for phrase in QUALIFIER_PHRASES:
        size = len(phrase)
        if phrase == ["over"] and kind == "duration":
            continue  # "over 20 years" is usually "during", not "more than"
        if first >= size and words[first - size : first] == phrase:
            return QUALIFIERS[" ".join(phrase)], first - size
    return None, first


def qualifier_after(tokens: Tokens, last: int) -> str | None:
    """ "50 or more", "20 or so"."""
    words = tokens.words
    if last + 2 < len(words) and words[last + 1] == "or":
        return {"more": "at least", "so": "about", "less": "at most", "fewer": "at most"}.get(
            words[last + 2]
        )
    return None


def change_of(
    tokens: Tokens, first: int, last: int, kind: QuantityKind, unit: str | None
) -> tuple[Change | None, int]:
    """ "up 27%", "fell by 3%", "a 4% rise", "-2.5%": the direction of a change, if stated."""
    if kind not in {"percent", "money", "measure"}:
        return None, first
    words = tokens.words
    position = first - 1
    signed = position >= 0 and words[position] in {"-", "+"} and not tokens[first].spaced
    if signed and (position == 0 or tokens[position].spaced):
        return ("down" if words[position] == "-" else "up"), position
    if position >= 2 and words[position] == "of" and words[position - 1] in {"average", "total"}:
        position -= 3 if words[position - 2] in {"a", "an"} else 2  # "by an average of 4.2%"
    if position >= 0 and words[position] == "by":
        # "cut the risk of stroke by 25%": the verb may stand a few words before "by"
        for word in words[max(position - 6, 0) : position][::-1]:
            if word in UP_WORDS | RAISE_VERBS:
                return "up", first
            if word in DOWN_WORDS | CUT_VERBS:
                return "down", first
        position -= 1
    if position >= 0:
        word = words[position]
        if word in {"up", "down"}:
            return word, position  # type: ignore[return-value]
        if word in UP_WORDS:
            return "up", first
        if word in DOWN_WORDS:
            return "down", first
    after = words[last + 1] if last + 1 < len(words) else ""
    if after in CHANGE_NOUNS_UP or after in {"higher"}:
        return "up", first
    if after in CHANGE_NOUNS_DOWN or after in {"lower"}:
        return "down", first
    return None, first
