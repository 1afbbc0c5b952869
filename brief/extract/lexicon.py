"""The word lists the extractors share, each written once.

A list here holds words of one kind, and no two lists of a group share a word (a test checks
it); a wider set is a union of lists ("reporting verbs" are the core verbs of saying and the other
verbs that report), and a narrower one is declared a subset of the list it picks from
(`SUBSETS`). Lists that only one extractor reads and that belong to its method stay in that
module.
"""

from __future__ import annotations

import re

# Verbs of saying: a subject of one of these is someone speaking (also an entity-typing clue).
SAYING_VERBS = frozenset(
    "say tell argue claim add insist warn state announce explain accuse respond".split()
)
# Other verbs that report speech or writing; any verb whose clausal complement holds a quote
# counts too, so these only have to catch the verbs that take a quote without one.
OTHER_REPORTING_VERBS = frozenset(
    """call note write tweet post declare describe suggest reply answer ask urge praise
    criticise criticize condemn deny admit acknowledge confirm report reveal stress emphasise
    emphasize predict vow promise pledge threaten complain observe remark comment recall
    conclude testify allege assert maintain contend caution concede agree disagree dismiss
    brand label dub mock joke laugh quip boast scream shout yell whisper murmur mutter cry
    exclaim sigh continue begin counter charge plead demand propose recommend reiterate repeat
    concur lament rule order signal hint interject interrupt chime retort snap fire shoot lash
    blast slam attack thunder rail muse wonder marvel gush rave brag chant sing read recount
    characterize characterise term refer nickname deem consider title headline tout hail
    applaud thank blame fault knock ridicule decry denounce point estimate speak talk inform
    assure reassure remind advise instruct pen email text message retweet share publish print
    quote cite""".split()
)
REPORTING_VERBS = SAYING_VERBS | OTHER_REPORTING_VERBS
# Reported speech (brief/extract/reported.py, and the PolNeAR subset bench/eval_quotes.py scores):
# the reporting verbs that report what someone asserted, denied or announced, and the
# `REPORTED_ONLY_VERBS`. Mental states, wishes, perception and evidence are left out on purpose.
SPEECH_VERBS = frozenset(
    """say tell add announce claim warn insist deny note argue write report explain acknowledge
    admit assert state declare predict promise reveal confirm stress emphasize emphasise
    reiterate respond reply tweet testify allege contend maintain concede recall conclude
    complain vow pledge threaten suggest remark observe mention disclose boast brag counter
    retort caution charge concur agree assure reassure inform remind signal indicate""".split()
)
# Verbs read in reported clauses ("she mentioned that …") but not yet as a quote's cue: as cues
# they change quotes in nine development-set briefs, not all for the better.
REPORTED_ONLY_VERBS = frozenset({"mention", "disclose", "indicate"})
# Verbs that, with an infinitive, say nothing: "Rubio will continue to be “…”" (a subset of the
# reporting verbs, and "start").
ASPECTUAL_VERBS = frozenset({"continue", "begin", "start"})

# Dependency relations of a clause's subject: the doer of an active clause ("she said"), and the
# subject of a passive one ("he was quoted").
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj"})
SUBJECT_DEPS = ACTIVE_SUBJECT_DEPS | {"nsubjpass"}

# Pronouns that stand for one third person, with the gender they carry.
THIRD_PERSON_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
# The ones that stand for a reporting verb's subject or object ("he said", "told her").
PERSONAL_PRONOUNS = frozenset(THIRD_PERSON_PRONOUNS) - {"his", "himself", "hers", "herself"}
# Words that point back to something already said: a sentence they lead leans on the one
# before it ("He said…", "This is why…").
POINTING_PRONOUNS = frozenset(THIRD_PERSON_PRONOUNS) - {"himself", "hers", "herself"} | frozenset(
    "it its they them their this these those".split()
)

# Nouns for something said: "Trump's claim that “…”", "Clinton's response was: “…”".
SPEECH_NOUNS = frozenset(
    """claim claims response reply answer statement remark remarks comment comments words
    promise pledge vow warning message tweet post slogan motto phrase catchphrase line quip
    retort dictum assertion argument prediction admission announcement declaration insistence
    accusation plea demand mantra refrain boast question""".split()
)
# Things written or recorded that "say" something for whoever issued them: these, and the
# speech nouns that are also documents.
WRITTEN_NOUNS = frozenset(
    """letter email e-mail memo memorandum report editorial ad advertisement commercial opinion
    readout transcript release paper study survey poll filing complaint lawsuit affidavit order
    ruling document book article column speech excerpt summary note video website page
    proposal analysis brief motion petition notice newsletter playbook script mailer flyer
    leaflet""".split()
)
DOCUMENT_NOUNS = WRITTEN_NOUNS | (SPEECH_NOUNS & {"statement", "tweet", "post", "message"})

# Nouns that name a person by office or role ("the senator", "the spokeswoman"); so do nouns
# ending in ROLE_SUFFIXES.
PERSON_ROLES = frozenset(
    """president senator governor minister secretary leader lawmaker candidate nominee official
    aide adviser advisor director chairman chair chief mayor judge attorney lawyer sheriff
    officer representative congressman congresswoman commissioner ambassador diplomat manager
    strategist pollster analyst economist professor author writer reporter host anchor
    founder executive member speaker democrat republican incumbent challenger rival
    veteran voter resident witness source owner head ceo cfo coo cto cofounder co-founder""".split()
)
ROLE_SUFFIXES = ("man", "woman", "person", "ist", "ian")
# Titles before a name that make it a person ("President Trump", "Mr Blair").
PERSON_TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady president senator rep governor mayor judge
    pope king queen prince princess chancellor minister secretary""".split()
)
# The titles that tell a person's gender ("Mrs Clinton").
TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# Nouns for a body of people that speaks as one: "police said", "the company said".
GROUP_NOUNS = frozenset(
    """police company firm government ministry department agency council court committee union
    campaign office administration authority authorities club team party board bank group
    organisation organization service army military spokesmen officials prosecutors
    researchers investigators scientists experts""".split()
)

# Words a title in Title Case leaves in lower case ("Coalition of the Willing").
TITLE_MINOR_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with vs".split()
)
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def title_case_share(
    text: str, minor: frozenset[str] = TITLE_MINOR_WORDS, shortest: int = 1
) -> tuple[int, int]:
    """How many words of `text` start with a capital, and how many words there are, leaving out
    `minor` words and words shorter than `shortest`: the one count behind the "is this written
    in Title Case?" checks."""
    words = [
        word
        for word in _TITLE_WORD.findall(text)
        if len(word) >= shortest and word.lower() not in minor
    ]
    return sum(word[0].isupper() for word in words), len(words)


def is_role_noun(word: str) -> bool:
    """A noun that names a person by office or role ("the senator", "the spokeswoman")."""
    return word in PERSON_ROLES or word.endswith(ROLE_SUFFIXES)


# The lists above that are written out word by word (not unions of others), by what they hold:
# within a group no two share a word.
WORD_LISTS: dict[str, dict[str, frozenset[str]]] = {
    "verbs": {"saying": SAYING_VERBS, "other reporting": OTHER_REPORTING_VERBS},
    "nouns": {
        "speech": SPEECH_NOUNS,
        "written": WRITTEN_NOUNS,
        "person roles": PERSON_ROLES,
        "groups": GROUP_NOUNS,
    },
    "titles": {"person titles": PERSON_TITLES},
}
# The lists above that pick from another one: (the subset, the list it picks from).
SUBSETS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "speech verbs of the reporting verbs": (SPEECH_VERBS - REPORTED_ONLY_VERBS, REPORTING_VERBS),
    "gendered titles of the person titles": (frozenset(TITLE_GENDER), PERSON_TITLES),
}
