"""Merging name mentions into actors: a short form joins the fullest name the article uses.

"Putin" joins "Vladimir Putin", "U.S." and "US" join "United States", an acronym joins the name
it abbreviates ("IAEA"). Only a name the body confirms can absorb others: "NATO" stays apart from
the heading phrase "NATO Fears".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from brief.extract.cast.names import ABBREVIATION, NameMention, is_acronym
from brief.extract.cast.spans import PARTICLES
from brief.extract.entity_types import (
    CLUB_WORDS,
    EQUIVALENT_NAMES,
    LAW_WORDS,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    known_type,
)
from brief.extract.gazetteer import is_country, place_tier
from brief.extract.given_names import is_given_name, name_gender
from brief.extract.lexicon import TITLE_GENDER

# Words after the head of a name: "Bank of England", "Amis du Louvre", "Secretary for Health".
HEAD_CONNECTORS = frozenset("of for de du des del della di".split())
# Legal forms after a company's name: no head of it ("Ericsson" is "LM Ericsson AB").
LEGAL_FORMS = frozenset(
    "inc inc. corp corp. co co. ltd ltd. plc llc ab ag sa nv bv gmbh spa s.a. n.v. a.g.".split()
)
# The model's labels for places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
GENERATIONS = frozenset("jr jr. sr sr. ii iii iv".split())
WEB_ENDING = re.compile(r"\.(?:com|org|net|gov|edu|co\.uk|ie)$")
_QUOTED = re.compile(r"[\"“”]\s*([^\"“”]+?)\s*[\"“”]")
# A county's name cut short: "Napa Co." (a company's "Co." only when no county is named).
COUNTY_SHORT = re.compile(r" co\.?$")
_LETTERS = re.compile(r"(?:[a-z]\.){2,}")  # "u.s.", "u.k."
_INITIALS_SKIP = frozenset({"of", "the", "and", "for", "&", "de"})
# Words after a short name that make a site's or a law's: "Nostrand Houses", "Dodd-Frank Act".
# Natural features are left out: "Pacific" is no short form of "Pacific Island".
GENERIC_TAILS = (
    PLACE_WORDS - frozenset("island islands bay river lake valley beach coast mountains".split())
) | LAW_WORDS


def form_key(surface: str) -> str:
    """A name as merged: lower case, spaces collapsed, the full stops of an abbreviation and of
    a generation ("Hank Williams Jr." is "Hank Williams Jr") and a web address's ending dropped
    ("Amazon.com" is Amazon), equivalent names as one."""
    key = WEB_ENDING.sub("", " ".join(surface.replace("’", "'").lower().split()))
    if ABBREVIATION.fullmatch(surface.replace(" ", "")):
        key = key.replace(".", "")
    if " " in key and key.rsplit(" ", 1)[1] in GENERATIONS:
        key = key.rstrip(".")
    for names in EQUIVALENT_NAMES:
        if key in names:
            return min(names, key=lambda name: (-len(name.split()), name))
    return key


def merge(mentions: list[NameMention]) -> list[list[NameMention]]:
    """Group mentions by entity; a name's words inside a longer name join the longer one.

    Forms are taken longest first; each joins the one name it is a short form or acronym of.
    A name with "and" in it ("Grant and Ambersley") takes no short forms of its parts: its words
    are as likely two names as one; only its tail that holds the whole "X and Y" is one.
    The longer names are found through indexes of their leading and trailing word runs and of
    their initials, so the merge stays linear in the number of names, not quadratic.
    """
    forms = sorted({form_key(m.surface) for m in mentions}, key=form_order)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        labels[form_key(mention.surface)][mention.label] += 1
    # Only a name the body confirms can absorb others: "NATO" stays apart from "NATO Fears".
    confirmed = {form_key(m.surface) for m in mentions if not m.weak}
    sexes = titled_sexes(mentions)
    acronyms = {form_key(m.surface) for m in mentions if is_acronym(m.surface)}
    canonical: dict[str, str] = {}
    shared: set[str] = set()  # surnames several people in the article bear: "clinton"
    by_part: dict[tuple[str, ...], list[str]] = defaultdict(list)
    by_initials: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        words = form.split()
        candidates = [
            *by_part.get(tuple(words), ()),
            *by_initials.get(form, ()),
            *by_part.get(_initialled(words), ()),
        ]
        longer = {
            canonical[other]
            for other in candidates
            if other != form
            and not other_sex(form, other, sexes)
            and (
                _is_short_form(words, other.split(), labels[form], labels[other])
                or _abbreviates(form, other)
                or _nickname(other) == form
                or "".join(other.split()) == form
                or _inner_surname(words, other.split(), labels[form], labels[other])
                or _without_middle_names(words, other.split(), labels[form], labels[other])
                or _initial_and_surname(words, other.split(), labels[other])
            )
        }
        canonical[form] = _claimant(form, longer, labels, acronyms)
        if canonical[form] == form and _people_share(form, longer, labels):
            shared.add(form)
        if form in confirmed:
            for size in range(1, len(words) if "and" not in words else 1):
                by_part[tuple(words[:size])].append(form)
                by_part[tuple(words[-size:])].append(form)
            for size in _joined_tails(words):
                by_part[tuple(words[-size:])].append(form)  # "customs and border protection"
            core = _core(words)
            for size in range(1, len(core) + 1 if core != words else 1):
                by_part[tuple(core[-size:])].append(form)  # "ericsson" of "lm ericsson ab"
            for initials in _initials_of_ends(form):
                by_initials[initials].append(form)
            by_part[("".join(words),)].append(form)  # "breakingbelizenews"
            nickname = _nickname(form)
            if nickname:
                by_part[tuple(nickname.split())].append(form)
            for word in words[1:-1] if "and" not in words else ():
                by_part[(word,)].append(form)  # "etienne" of "camille etienne gbedey"
            if len(words) > 2 and "and" not in words:
                by_part[(words[0], words[-1])].append(form)  # "anthony meyer"
            if len(words) > 1 and "and" not in words:
                by_part[("", words[0][0], words[-1])].append(form)  # "k holmes"
    for form in forms:  # "Haitians" with "Haitian": one people
        single = form[:-1]
        plural = form.endswith("s") and canonical[form] == form and single in canonical
        if plural and _usual(labels[form]) == _usual(labels[single]) == "NORP":
            canonical[form] = canonical[single]
    for mention in mentions:  # 'Bharrat Ramdehol better known as "Suresh"': one person
        form = form_key(mention.surface)
        person = form_key(mention.alias_of) if mention.alias_of else None
        if person in canonical and canonical[form] == form:
            canonical[form] = canonical[person]
    for form in forms:  # "Napa Co." with "Napa County": one county
        county = COUNTY_SHORT.sub(" county", form)
        if county != form and canonical[form] == form and county in canonical:
            canonical[form] = canonical[county]
    sides = {form_key(m.surface) for m in mentions if m.context == "organization"}
    for form in forms:  # "Leeds" that beat someone, beside "Leeds Rhinos": one club
        clubs = _clubs_of_town(form, forms, canonical, sides)
        if canonical[form] == form and len(clubs) == 1:
            canonical[form] = clubs.pop()
    groups: dict[str, list[NameMention]] = defaultdict(list)
    for mention in mentions:
        form = form_key(mention.surface)
        if form in shared:
            groups[form].append(replace(mention, label="PERSON"))
        else:
            groups[canonical[form]].append(_as_person(mention, form, canonical[form], labels))
    return list(groups.values())


def _clubs_of_town(
    form: str, forms: list[str], canonical: dict[str, str], sides: set[str]
) -> set[str]:
    """The clubs a town's name stands for where the article reads it as a side in a game (a
    context that makes it one: "beat Leeds"; the model's label is no such sign, it reads a town
    as a person or a body at times): the article's names that are the town's name and a club's
    word ("Swansea City"), "county" ("Derby County") or a plural the article also writes alone
    ("Leeds Rhinos" beside "the Rhinos"), and no place a gazetteer knows. A town read only as a
    place keeps its own name beside its court or its club ("Brisbane" and "Brisbane Magistrates
    Court", "Giggs, of Salford" and "Salford City"); a country is its national side."""
    if " " in form or form not in sides or place_tier(form) is None or is_country(form):
        return set()
    clubs = set()
    for other in forms:
        words = other.split()
        if len(words) != 2 or words[0] != form or place_tier(other) is not None:
            continue
        tail = words[1]
        named_alone = tail.endswith("s") and canonical.get(tail) == canonical[other]
        if tail in CLUB_WORDS or tail == "county" or named_alone:
            clubs.add(canonical[other])
    return clubs


def _as_person(
    mention: NameMention, form: str, name: str, labels: dict[str, Counter[str]]
) -> NameMention:
    """A word no gazetteer knows that starts a person's name is that person's given name
    wherever it stands alone: the model's label there, a place's, is a guess and no vote on the
    person's type ("Jörg" of "Jörg Düsterwald", read as a place). So is its label on the
    surname alone, of a name it reads in full as a person's ("Priebus" of "Reince Priebus",
    read as a body), when neither the surname nor the name's first word is known as another
    kind or is an acronym: not "GOP" of "Indiana GOP", "Rhinos" of "Leeds Rhinos"."""
    if mention.label == "PERSON" or _usual(labels[name]) != "PERSON":
        return mention
    given = (
        mention.label in PLACE_LABELS
        and name.startswith(form + " ")
        and _unknown_word(form.split())
    )
    surname = (
        " " not in form
        and name.endswith(" " + form)
        and not is_acronym(form)
        and known_type(form) is None
        and _unknown_word(name.split()[:1])
    )
    return replace(mention, label="PERSON") if given or surname else mention


def form_order(form: str) -> tuple[int, int, str]:
    """The order forms are merged in: most words first, then most letters ("kelly holmes"
    is indexed before its short form "k holmes" is read)."""
    return (-len(form.split()), -len(form), form)


def _joined_tails(words: list[str]) -> range:
    """The sizes of the trailing runs of a name with "and" in it that hold the whole "X and Y"
    ("customs and border protection" of "u.s. customs and border protection"): a short form
    of the name, where a run after "and" may be a name of its own ("border protection")."""
    if "and" not in words[1:]:
        return range(0)
    return range(len(words) - words.index("and") + 1, len(words))


def titled_sexes(mentions: list[NameMention]) -> dict[str, set[str]]:
    """Per name, the sexes its titles say: {"obama": {"m"}} for "Mr. Obama"."""
    sexes: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        sex = TITLE_GENDER.get(mention.title or "")
        if sex is not None:
            sexes[form_key(mention.surface)].add(sex)
    return sexes


def other_sex(form: str, other: str, sexes: dict[str, set[str]]) -> bool:
    """`form` carries a title of one sex and `other` names a person of the other, by its own
    titles or its given name: "Mr. Obama" is no short form of "Michelle Obama"."""
    said = sexes.get(form)
    if not said:
        return False
    theirs = sexes.get(other) or {name_gender(other.split()[0])} - {None}
    return bool(theirs) and not theirs & said


def _people_share(form: str, longer: set[str], labels: dict[str, Counter[str]]) -> bool:
    """`form` is one word that ends the names of two people or more, and of no other kind of
    name ("Trump" beside "Donald Trump" and "Melania Trump"): it joins neither, but names a
    person all the same; the model's reading of it alone as a body or a place is a guess."""
    if " " in form or len(longer) < 2:
        return False
    return all(other.split()[-1] == form and _personal(other, labels) for other in longer)


def _personal(name: str, labels: dict[str, Counter[str]]) -> bool:
    """A name the model reads as a person's, or that starts with a given name: "Tyrone Woods"
    though the model reads it as a body; not "Stop Trump"."""
    return _usual(labels[name]) == "PERSON" or is_given_name(name.split()[0])


def _claimant(
    form: str, longer: set[str], labels: dict[str, Counter[str]], acronyms: set[str]
) -> str:
    """The one longer name `form` is short for, or `form` itself when none or several are.

    Of several, the one that `form` ends or abbreviates is it, when only one is: a short form
    names the head of a name, as a surname its person ("Trump" is "Donald Trump", not "Trump
    University"; "Obama" is "Barack Obama", not "Obama White House"), and an acronym the whole.
    Two such ("Clinton": Hillary and Bill; "NAPM": a name the model ran into it and the name it
    abbreviates), or none, leave the short form on its own. Of several names a surname ends and
    it abbreviates none of, a person's name is it when only one is ("Trump": "Donald Trump", not
    the film "Playing Trump" or the group "Stop Trump"). Where the model reads the short form
    alone as no person's, that one must be a name the model reads as a person's that starts
    with a given name, and the short form no acronym (`acronyms`: "PAC" is no surname of
    "Hillary PAC"): "Sinfield", read as a body, is "Kevin Sinfield", not the caption's run-in
    "Headingley Sinfield"; "Korea" is not "N. Korea".
    """
    words = form.split()
    if len(longer) > 1:
        longer = {
            other
            for other in longer
            if other.split()[-len(words) :] == words or _abbreviates(form, other)
        }
    if len(longer) > 1 and len(words) == 1 and not any(_abbreviates(form, o) for o in longer):
        people = {other for other in longer if _personal(other, labels)}
        sure = labels[form]["PERSON"] or (
            form not in acronyms and all(_named_person(other, labels) for other in people)
        )
        longer = people if len(people) == 1 and sure else longer
    return longer.pop() if len(longer) == 1 else form


def _named_person(name: str, labels: dict[str, Counter[str]]) -> bool:
    """A name the model reads as a person's that starts with a given name: "Kevin Sinfield"."""
    return _usual(labels[name]) == "PERSON" and is_given_name(name.split()[0])


def _nickname(form: str) -> str | None:
    """The quoted nickname inside a name: "theshy" in 'kang “theshy” seung-lok'."""
    found = _QUOTED.search(form)
    return found.group(1) if found is not None and found.start() > 0 else None


def _is_short_form(
    words: list[str],
    longer: list[str],
    short_labels: Counter[str] | None = None,
    long_labels: Counter[str] | None = None,
) -> bool:
    """ "putin" is a short form of "vladimir putin": its words end or start the longer name.

    The heads must agree: the short form holds the longer name's head word, so "Louvre" is no
    short form of "Amis du Louvre", nor "New York" of "New York Stock Exchange", nor "Harvard"
    of "Harvard Business Review". A person's given name is the exception: "Mekhi" for "Mekhi
    Gbedey", when the model reads both as people, or the longer as a person and the short
    form is a common given name that is no known place and that the model does not usually
    read as a place ("Julia" for "Julia Louis-Dreyfus", though the model reads "Julia" alone
    as a body at times; not "Alexandria" for "Alexandria Redwood"); a company's name before the words that say
    it is a company ("Lenoge" of "Lenoge Technology"), and a site's or a law's name before the
    words for one, when no gazetteer knows it as a place of its own ("Nostrand" of "Nostrand
    Houses", "Dodd-Frank" of "Dodd-Frank Act"; not "Brooklyn" of "Brooklyn Bridge"); and a
    surname that starts with a particle is
    its own head ("De Niro" of "Robert De Niro", "des Cars"). A name known as another type
    ("Jordan", a country) joins a person's name only when the model reads both as people.
    """
    core = _core(longer)
    if words == core and core != longer:
        return True  # "johnson controls" of "johnson controls inc"
    if len(words) >= len(core):
        return False
    suffix, prefix = core[-len(words) :] == words, longer[: len(words)] == words
    longer = core
    people = _usual(long_labels) == "PERSON" and (
        _usual(short_labels) == "PERSON"
        or (_given_name_alone(words) and _usual(short_labels) not in PLACE_LABELS)
        or (_unknown_word(words) and _usual(short_labels) in PLACE_LABELS)
    )
    surname = words[0] in PARTICLES
    company = (
        prefix
        and all(word in ORGANISATION_WORDS for word in longer[len(words) :])
        and place_tier(" ".join(words)) is None  # "Taylorville" is no short form of its police
        and _usual(short_labels) not in PLACE_LABELS
    )
    if prefix and _generic_tail(words, longer, short_labels):
        return known_type(" ".join(words)) is None
    if not ((suffix and (surname or _head(longer) in words)) or (prefix and people) or company):
        return False
    short_type = known_type(" ".join(words))
    return short_type is None or short_type == known_type(" ".join(longer)) or people


def _generic_tail(words: list[str], longer: list[str], short_labels: Counter[str] | None) -> bool:
    """The longer name is the short one and words for a site or a law ("Nostrand Houses",
    "Dodd-Frank Act"), and the short one is no place a gazetteer knows ("Brooklyn" is no short
    form of "Brooklyn Bridge", nor "Paris" of "Paris Agreement") nor a person's name."""
    return (
        all(word in GENERIC_TAILS for word in longer[len(words) :])
        and place_tier(" ".join(words)) is None
        and _usual(short_labels) != "PERSON"
    )


def _inner_surname(
    words: list[str], longer: list[str], short_labels: Counter[str], long_labels: Counter[str]
) -> bool:
    """ "etienne" of "camille etienne gbedey": one inner word of a person's name of three or
    more, that the model reads alone as a person's name at least once, and that is no common
    given name ("Louise" of "Mary Louise Parker" is not her) nor a name known as another kind.
    Names with two surnames are written so ("López" of "Andrés Manuel López Obrador")."""
    return (
        len(words) == 1
        and len(longer) >= 3
        and words[0] in longer[1:-1]
        and _usual(long_labels) == "PERSON"
        and short_labels["PERSON"] > 0
        and not is_given_name(words[0])
        and known_type(words[0]) is None
        and words[0] not in PARTICLES
    )


def _without_middle_names(
    words: list[str], longer: list[str], short_labels: Counter[str], long_labels: Counter[str]
) -> bool:
    """ "anthony meyer" of "anthony john charles meyer": a person's first and last names, the
    middle ones left out, both read by the model as people's names."""
    return (
        len(words) == 2
        and len(longer) > 2
        and words == [longer[0], longer[-1]]
        and _usual(short_labels) == _usual(long_labels) == "PERSON"
    )


def _unknown_word(words: list[str]) -> bool:
    """One word no gazetteer or list knows: where it starts a person's name, the model's
    reading of it alone as a place is a guess ("Jörg" of "Jörg Düsterwald")."""
    return len(words) == 1 and place_tier(words[0]) is None and known_type(words[0]) is None


def _initialled(words: list[str]) -> tuple[str, ...]:
    """The index key of a name written as an initial and a surname ("k holmes", "k. holmes")."""
    initial = words[0].rstrip(".")
    return ("", initial, words[-1]) if len(words) == 2 and len(initial) == 1 else ()


def _initial_and_surname(words: list[str], longer: list[str], long_labels: Counter[str]) -> bool:
    """ "k holmes" of "kelly holmes": a person's initial and surname, as results and tables
    write a name."""
    return (
        bool(_initialled(words))
        and len(longer) > 1
        and longer[-1] == words[-1]
        and longer[0][0] == words[0][0]
        and len(longer[0].rstrip(".")) > 1
        and _usual(long_labels) == "PERSON"
    )


def _given_name_alone(words: list[str]) -> bool:
    """One word that is a common given name and no known place ("Jordan", "Paris")."""
    return len(words) == 1 and is_given_name(words[0]) and known_type(words[0]) is None


def _core(words: list[str]) -> list[str]:
    """A name without the legal form at its end: "lm ericsson" of "lm ericsson ab"."""
    return words[:-1] if len(words) > 1 and words[-1] in LEGAL_FORMS else words


def _head(words: list[str]) -> str:
    """The word a name is about: the last, or the last before "of": "bank" of "bank of england".

    Words without a letter ("Sohail 5-0", a score the model ran into the name) and a
    generation ("Jr.", "III") are no head: "king" of "martin luther king jr.".
    """
    for position, word in enumerate(words[1:], start=1):
        if word in HEAD_CONNECTORS:
            return words[position - 1]
    heads = (w for w in reversed(words) if any(c.isalpha() for c in w) and w not in GENERATIONS)
    return next(heads, words[-1])


def _usual(labels: Counter[str] | None) -> str:
    return labels.most_common(1)[0][0] if labels else ""


def _abbreviates(acronym: str, name: str) -> bool:
    """ "iaea" abbreviates "international atomic energy agency", and "dea" "united states drug
    enforcement agency" (the initials of its last words)."""
    if " " in acronym or len(acronym) < 2:
        return False
    return acronym in _initials_of_ends(name)


def _initials_of_ends(name: str) -> set[str]:
    """The initials of the whole name and of each run of two or more of its last words, with
    an abbreviation's first letter ("sdk" of "showa denko k.k.") or all its letters ("usvi" of
    "u.s. virgin islands")."""
    words = name.split()
    ends = [" ".join(words[-size:]) for size in range(2, len(words) + 1)] + [name]
    return {initials_of(end, spelled) for end in ends for spelled in (False, True)}


def initials_of(name: str, spelled: bool = False) -> str:
    """ "iaea" for "international atomic energy agency": first letters, small words skipped;
    `spelled`: an abbreviation gives all its letters ("usvi" for "u.s. virgin islands")."""
    return "".join(
        word.replace(".", "") if spelled and _LETTERS.fullmatch(word) else word[0]
        for word in name.split()
        if word not in _INITIALS_SKIP
    )
