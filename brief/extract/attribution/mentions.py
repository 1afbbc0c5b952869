"""Who a reporting clause's subject is: an actor of the cast, or the phrase as written.

`resolve(scene, subject, voices)` tries `MENTION_STEPS` in order; the first whose kind of
mention the subject is decides, and the result names the step. Speaker strings are the actor's
fullest name ("Sergei Lavrov", never "he", "the minister" or "Lavrov"). A pronoun, a role noun
or a description goes to the best of the candidates `candidates.rank` scores (type, gender,
number and role first, then recency, subjecthood, who is speaking and salience); an indefinite
role ("an official said") brings in someone new, and a group or a description the article
names no one for is the phrase as it words it (step "description": "Richmond police",
"officials", "the two loggers").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from brief.extract.attribution.candidates import Candidate, Voice, Wanted, rank
from brief.extract.attribution.scene import NAME_KINDS, Scene, may_be_person
from brief.extract.cast import Actor, Mention
from brief.extract.lexicon import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    PERSONAL_PRONOUNS,
    SAYING_VERBS,
    SPEECH_VERBS,
    THIRD_PERSON_PRONOUNS,
    is_role_noun,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

INDEFINITE_WORDS = frozenset({"a", "an", "another", "one", "some", "any"})
RELATIVE_PRONOUNS = frozenset({"who", "whom"})
# Dependents of a subject that name it ("Trump spokeswoman Hope Hicks", "Clinton's campaign").
NAMING_DEPS = frozenset({"compound", "poss", "appos", "flat", "nmod"})
# Those that name a proper noun's head: "VFI Chief Executive, Padraig Cribben, said".
APPOSITION_DEPS = frozenset({"appos"})
ISSUER_PREPOSITIONS = frozenset({"from", "by", "of", "in"})
# People who speak for an organisation ("officials at the agency said").
REPRESENTATIVE_NOUNS = frozenset({"official", "representative", "spokesperson"})
# Words that count people without naming them, as the subject of a verb of saying.
QUANTITY_WORDS = frozenset({"some", "others", "many", "most", "several", "few", "both"})
# Kinds of the cast's mentions that link a word that is no name to an actor.
LINKED_KINDS = frozenset({"role"})
# Pronouns that stand for an organisation or a group: "it said", "they said".
BODY_PRONOUNS = frozenset({"it", "they"})
SPEAKING_TYPES = frozenset({"person", "organization", "place", "group"})
# The step of a speaker that is a phrase as written, not a name: other ways of finding a name
# go first.
DESCRIPTION_STEP = "description"


@dataclass(frozen=True, slots=True)
class Resolved:
    """Who a mention stands for (None: no one the article names), the step that said so, and
    for a scored mention the candidates as `--explain` shows them, best first."""

    name: str | None
    step: str = ""
    candidates: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class Asked:
    """One subject to resolve, in its scene, with the voices heard before it."""

    scene: Scene
    subject: Token
    voices: Sequence[Voice] = ()


def resolve(scene: Scene, subject: Token, voices: Sequence[Voice] = ()) -> Resolved:
    """The speaker a subject token stands for, and the step that decided: the first of
    `MENTION_STEPS` whose kind of mention the subject is."""
    asked = Asked(scene, subject, voices)
    for step, method in MENTION_STEPS:
        found = method(asked)
        if found is not None:
            return Resolved(found.name, found.step or step, found.candidates)
    return Resolved(None, "none")


def name(scene: Scene, subject: Token, voices: Sequence[Voice] = ()) -> str | None:
    """The name of the speaker a subject token stands for, or None when the article names
    no one (a description as written, "Richmond police", is no name)."""
    resolved = resolve(scene, subject, voices)
    return resolved.name if resolved.step != DESCRIPTION_STEP else None


def _named_entity(asked: Asked) -> Resolved | None:
    """An actor named at the subject (or beside it: an apposition, a compound, an owner)."""
    scene, subject = asked.scene, asked.subject
    linked = scene.mention_at(subject.idx, subject.idx + len(subject))
    if linked is not None and linked[0].kind in LINKED_KINDS:
        # a role the cast itself links to an actor; for a body ("the court"), one the article
        # named with that very word goes first
        noun = subject.lemma_.lower()
        body = None if is_role_noun(noun) else _named_body(asked, noun)
        return body or Resolved(linked[1].name, f"cast-{linked[0].kind}")
    actor = _actor(scene, subject)
    if actor is None:
        return None
    if actor.type == "group" and indefinite(subject):
        return _description(scene, subject)  # "a Nevada Democrat" is one, not the Democrats
    role = subject.lemma_.lower()
    if is_role_noun(role) and actor.type != "person" and not indefinite(subject):
        # "The PAHO Director urged": the person in that role, not the organisation
        person = _in_role(scene, subject)
        if person is not None:
            return Resolved(person.name, "role")
    if actor.type == "place" and _is_group(subject):
        return _description(scene, subject)  # "Richmond police" is not Richmond
    return Resolved(actor.name)


def _spokesperson(asked: Asked) -> Resolved | None:
    represented = _represented(asked.scene, asked.subject)
    return Resolved(represented) if represented is not None else None


def _missed_name(asked: Asked) -> Resolved | None:
    """A capitalised proper noun the recogniser missed (not a capitalised role or group: "the
    Director noted", "The Prime Minister said"; nor a common noun opening a sentence)."""
    subject = asked.subject
    if (
        subject.pos_ == "PROPN"
        and subject.text[:1].isupper()
        and not _is_group(subject)
        and not _common_opener(asked.scene, subject)
    ):
        return Resolved(_proper_name(asked.scene, subject))
    return None


def _common_opener(scene: Scene, subject: Token) -> bool:
    """A lone word opening its sentence that the article writes in lower case too and the cast
    names no one by, and that says nothing: a common noun capitalised by its place, as in a
    standfirst's "Algorithm allows 3-D printers to “read ahead”" ("Major wanted" stays John
    Major's; "Neuroscience tells us that …", "Research suggests …" are sources as written)."""
    return (
        bool(subject.is_sent_start)
        and not says_something(subject, SAYING_VERBS | SPEECH_VERBS)
        and not any(child.dep_ in ("compound", "flat") for child in subject.children)
        and subject.lower_ in scene.lower_words
        and scene.cast.actor_named(subject.text) is None
    )


def _pronoun(asked: Asked) -> Resolved | None:
    """ "he" or "she": a person of that gender (or of none the article tells), or a name the
    cast does not hold that spoke before."""
    subject = asked.subject
    if subject.lower_ not in PERSONAL_PRONOUNS:
        return None
    gender = THIRD_PERSON_PRONOUNS[subject.lower_]
    scene = asked.scene

    def fits(actor: Actor, mention: Mention) -> bool:
        return may_be_person(scene, mention, actor) and actor.gender in (None, gender)

    def unknown(voice: Voice) -> bool:  # a name the cast does not hold: "Hannity said"
        return not voice.described and scene.cast.actor_named(voice.name) is None

    return _best(asked, fits, unknown)


def _body_pronoun(asked: Asked) -> Resolved | None:
    """ "it" for an organisation already speaking ("the airline said … It added"), "they" for
    a group or an organisation already speaking, or a group the article gave as a speaker as
    written ("Relatives said … They claimed"). One merely mentioned is not enough: "it" and
    "they" stand for anything."""
    word = asked.subject.lower_
    if word not in BODY_PRONOUNS:
        return None
    linked = asked.scene.mention_at(asked.subject.idx, asked.subject.idx + len(word))
    if linked is not None and linked[1].type in ("organization", "group"):
        return Resolved(linked[1].name, "cast-pronoun")  # the cast links it where it is clear
    plural = word == "they"

    def fits(actor: Actor, mention: Mention) -> bool:
        return actor.type == "organization" or (plural and actor.type == "group")

    def described(voice: Voice) -> bool:
        return voice.described and voice.plural == plural

    found = _best(asked, fits, described, speaking=True)
    if found is not None and found.name is not None:
        return found
    if not says_something(asked.subject):
        return Resolved(None)  # "It is thought that …" is no one
    return _body_subject(asked, fits) or Resolved(None)


def _body_subject(asked: Asked, fits: Callable[[Actor, Mention], bool]) -> Resolved | None:
    """With no organisation speaking, the one the story was just about: the latest that fits
    and was a main clause's subject, in the pronoun's sentence or the one before ("The
    Appellate Court didn't agree with Amazon's stance. It noted that …")."""
    scene, sentence = asked.scene, asked.subject.sent
    doc = sentence.doc
    floor = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    for mention, actor in scene.before(asked.subject.idx):
        if mention.start < doc[floor].idx:
            return None
        if fits(actor, mention) and scene.clause_level(mention) == 0:
            return Resolved(actor.name, "subject-before")
    return None


def _relative(asked: Asked) -> Resolved | None:
    """ "who" stands for the noun its clause describes."""
    subject = asked.subject
    if subject.lower_ not in RELATIVE_PRONOUNS or subject.head.head.i == subject.head.i:
        return None
    antecedent = subject.head.head
    found = resolve(asked.scene, antecedent, asked.voices)
    if found.name is not None or antecedent.pos_ != "PRON":
        return found
    if subject.head.lemma_.lower() not in PEOPLE_SAYING:
        return found
    # "Those who acknowledge that …": no one named, the people as the article words them
    verb = subject.head
    start = antecedent.left_edge.idx
    return Resolved(asked.scene.article.original(start, verb.idx + len(verb)), DESCRIPTION_STEP)


def _untagged_name(asked: Asked) -> Resolved | None:
    """A proper noun in lower case, or a capitalised word the article never writes in lower
    case ("Hannity pressed" with "Hannity" tagged as a verb)."""
    subject = asked.subject
    if _is_group(subject) or _common_opener(asked.scene, subject):
        return None  # a role or a group, capitalised or not; a common noun opening a sentence
    if subject.pos_ == "PROPN" or _looks_proper(asked.scene, subject):
        return Resolved(_proper_name(asked.scene, subject))
    return None


def _document(asked: Asked) -> Resolved | None:
    """A document speaks for whoever issued it ("a letter from the American Legion warns"),
    else as written ("the affidavit states", "according to the release")."""
    subject = asked.subject
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in DOCUMENT_NOUNS:
        issuer = _issuer(asked.scene, subject)
        return Resolved(issuer) if issuer is not None else _description(asked.scene, subject)
    return None


def _role(asked: Asked) -> Resolved | None:
    """A role or a group ("the minister", "an official", "Richmond police", "the court"): for a
    person's role, the person the article gave that role, else the person the article was just
    talking about; for a body ("the court", "the authority"), the organisation the article
    named with that word; else the phrase as the article words it (step "description")."""
    scene, subject = asked.scene, asked.subject
    if subject.pos_ not in ("NOUN", "PROPN"):
        return None
    role = subject.lemma_.lower()
    says = says_something(subject)
    if _credited(subject) or (says and subject.tag_ in ("NNS", "NNPS")):
        # "according to previous studies", "critics say": the source as written
        return _description(scene, subject)
    if not (
        is_role_noun(role)
        or _is_group(subject)
        or (says_something(subject, SAYING_VERBS) and _determined(subject))
    ):
        return Resolved(None)
    if indefinite(subject) or subject.tag_ in ("NNS", "NNPS"):
        # "an Israeli official said" brings in someone new, not a person named before
        represented = _represented(scene, subject)
        return Resolved(represented) if represented else _description(scene, subject)
    if not is_role_noun(role):
        return _named_body(asked, role) or _description(scene, subject)
    person = _in_role(scene, subject)
    if person is not None:
        return Resolved(person.name)
    if any(child.dep_ in ("compound", "amod") for child in subject.children):
        # "the Florida senator" that no one was introduced as: the phrase, not a guess
        return _description(scene, subject)

    def fits(actor: Actor, mention: Mention) -> bool:
        return may_be_person(scene, mention, actor)

    before = _best(asked, fits)
    if before is not None and before.name is not None:
        return before
    return _description(scene, subject)


def _in_role(scene: Scene, noun: Token) -> Actor | None:
    """The person the article gave the role a noun names ("the Trade Secretary" -> the one
    introduced as "International Trade Secretary Liz Truss")."""
    modifiers = frozenset(
        child.lower_ for child in noun.children if child.dep_ in ("compound", "amod")
    )
    return scene.roles_before(noun.lemma_.lower(), noun.idx, modifiers)


def _named_body(asked: Asked, noun: str) -> Resolved | None:
    """The organisation the article named with the noun a definite subject is ("the court" for
    the 4th District Court of Appeal, "the authority" for the New York City Housing
    Authority), scored among those the article named with it."""

    def fits(actor: Actor, mention: Mention) -> bool:
        return actor.type == "organization" and noun in _name_words(actor)

    found = _best(asked, fits)
    return found if found is not None and found.name is not None else None


def _name_words(actor: Actor) -> frozenset[str]:
    """The words of an actor's names in lower case, a plural's -s dropped ("Airlines")."""
    words = (word.lower() for name in (actor.name, *actor.aliases) for word in name.split())
    return frozenset(word.removesuffix("s") if len(word) > 3 else word for word in words)


def _best(
    asked: Asked,
    fits: Callable[[Actor, Mention], bool],
    voice: Callable[[Voice], bool] = lambda voice: False,
    speaking: bool = False,
) -> Resolved | None:
    """The best-scored candidate that fits, with the candidates for `--explain`."""
    subject = asked.subject
    located = asked.scene.article.block_at(subject.idx)
    paragraph = located[1].start if located is not None else subject.idx
    ranked: list[Candidate] = rank(
        asked.scene, Wanted(subject.idx, paragraph, fits, voice, speaking, subject), asked.voices
    )
    if not ranked:
        return Resolved(None)
    step = DESCRIPTION_STEP if ranked[0].described else ""
    return Resolved(ranked[0].name, step, tuple(candidate.shown() for candidate in ranked[:3]))


def _description(scene: Scene, noun: Token) -> Resolved:
    return Resolved(_phrase(scene, noun), DESCRIPTION_STEP)


def _phrase(scene: Scene, noun: Token) -> str:
    """The noun phrase as the article words it: "the mayor", "Richmond police", "a
    spokeswoman for the ministry", "an adviser to Trump", "think tanks like the Brookings
    Institution" (with its "for", "to", "at" or "like" phrase)."""
    end = noun.idx + len(noun)
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "at", "with", "of", "to", "like"):
            last = child.right_edge
            end = last.idx + len(last)
            break
    first = noun.left_edge
    while first.i < noun.i and first.is_punct:  # a closing mark the parse hung on the phrase
        first = first.doc[first.i + 1]
    return scene.article.original(first.idx, end)


def _actor(scene: Scene, subject: Token) -> Actor | None:
    """An actor the subject phrase names: its head, else (for a head that is no name) an
    apposition, a compound or a possessor."""
    found = scene.mention_at(subject.idx, subject.idx + len(subject))
    if found is not None and found[0].kind != "pronoun":  # a pronoun is scored, not named
        return found[1]
    proper = subject.pos_ == "PROPN" and not _is_group(subject)
    for child in subject.children:
        # "Another, Pelco, announced": the name set off after a pronoun, whatever the parse
        # calls the link
        set_off = subject.pos_ == "PRON" and child.pos_ == "PROPN" and child.dep_ == "npadvmod"
        if set_off or child.dep_ in (APPOSITION_DEPS if proper else NAMING_DEPS):
            actor = scene.actor_at(child.idx, child.idx + len(child))
            if actor is not None and actor.type in SPEAKING_TYPES:
                return actor
    if is_role_noun(subject.lemma_.lower()):
        return _named_in_apposition(scene, subject)
    return _set_off_before_verb(scene, subject)


def _set_off_before_verb(scene: Scene, subject: Token) -> Actor | None:
    """A name set off by a comma right before the subject's verb, which the parse hung inside
    the subject's long phrase: "… 475 pounds of cocaine concealed inside a vessel …, Customs
    and Border Protection announced Tuesday"."""
    verb = subject.head
    if verb.i <= subject.i + 1 or verb.pos_ != "VERB":
        return None
    last = verb.doc[verb.i - 1]
    found = scene.mention_at(last.idx, last.idx + len(last))
    if found is None or found[0].kind not in NAME_KINDS or found[1].type not in SPEAKING_TYPES:
        return None
    mention = found[0]
    if mention.start <= subject.idx < mention.end or mention.end != last.idx + len(last):
        return None
    before = scene.article.text[: mention.start].rstrip()
    return found[1] if before.endswith(",") else None


def _named_in_apposition(scene: Scene, noun: Token) -> Actor | None:
    """A person named in apposition inside a role's own phrase, wherever the parse hung it:
    "Chief Executive Officer (Acting) of the Jamaica Special Economic Zone Authority, Gary
    Scott, added"."""
    for token in noun.subtree:
        if token.dep_ == "appos" and token.i > noun.i:
            actor = scene.actor_at(token.idx, token.idx + len(token))
            if actor is not None and actor.type == "person":
                return actor
    return None


def _issuer(scene: Scene, document: Token) -> str | None:
    """Who a document that speaks comes from: "a letter from the American Legion warns",
    "the statement released by Fox News", "a fundraising email sent out by Sanders".
    (Names before the noun, "a Pentagon readout", are found as for any subject.)"""
    for child in document.children:
        source: Token | None = None
        if child.dep_ == "prep" and child.lower_ in ISSUER_PREPOSITIONS:
            source = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ == "acl":  # "released by", "sent out by"
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                source = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if source is None:
            continue
        actor = _actor(scene, source)
        if actor is not None and actor.type in ("person", "organization"):
            return actor.name
    return None


def _represented(scene: Scene, subject: Token) -> str | None:
    """Who a spokesperson or officials speak for: "a spokesman for Platte River", "a
    spokeswoman for Bernie Sanders", "officials at Homeland Security Investigations". An
    official speaks for an organisation only; a spokesperson for a person too."""
    spokes = subject.lower_.startswith("spokes")
    if not spokes and subject.lemma_.lower() not in REPRESENTATIVE_NOUNS:
        return None
    wanted = ("organization", "person") if spokes else ("organization",)
    for preposition in subject.children:
        if preposition.dep_ == "prep" and preposition.lower_ in ("for", "at", "with"):
            for noun in preposition.children:
                actor = _actor(scene, noun)
                if actor is not None and actor.type in wanted:
                    return actor.name
    return None


def _looks_proper(scene: Scene, token: Token) -> bool:
    """A capitalised word the article never writes in lower case (a name the tagger
    missed: "Hannity pressed", "Ebeling said", "Haynes said" tagged as a plural)."""
    return (
        token.pos_ in ("NOUN", "VERB", "ADJ", "ADV", "X")
        and token.text[:1].isupper()
        and not token.is_stop
        and token.lower_ not in scene.lower_words
    )


def _proper_name(scene: Scene, subject: Token) -> str | None:
    """A name the entity recogniser missed, matched to a person by its last word if it can
    be ("Huckabee" -> "Mike Huckabee")."""
    parts = [t for t in subject.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    tokens = [*parts, subject]
    written = scene.article.original(tokens[0].idx, subject.idx + len(subject))
    person = scene.person_named(subject.text)
    if person is not None:  # also for a name with a lower-case particle: "de Blasio"
        return person.name
    return written if written[:1].isupper() else None


def _credited(noun: Token) -> bool:
    """The noun is the source of "according to": whatever it is, the article credits it."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ == "to"
        and preposition.head.lower_ == "according"
    )


def _quantity(asked: Asked) -> Resolved | None:
    """ "Some say", "others argue", "many insist", "some wrote": people the article counts
    but does not name, as written."""
    subject = asked.subject
    if subject.lower_ in QUANTITY_WORDS and says_something(subject):
        return _description(asked.scene, subject)
    return None


# Verbs whose subject is someone saying something: not the verbs that evidence takes as well
# ("the results suggest", "records indicate").
EVIDENCE_VERBS = frozenset({"suggest", "indicate", "reveal", "predict", "conclude", "signal"})
PEOPLE_SAYING = (SAYING_VERBS | SPEECH_VERBS) - EVIDENCE_VERBS


def says_something(subject: Token, verbs: frozenset[str] = PEOPLE_SAYING) -> bool:
    """The token is the subject of a verb of saying, or of a verb the parse joined one to
    ("think tanks have recognized the rise of monopolies and argued that …", "the trust
    refused …, saying"); a participle the parse made the subject passes its subject on ("The
    trust spending $100 million … refused")."""
    if subject.dep_ != "nsubj":
        return False
    verb = subject.head
    if verb.tag_ == "VBG" and verb.dep_ == "nsubj":
        verb = verb.head
    joined = (
        c
        for c in verb.children
        if c.pos_ == "VERB" and (c.dep_ == "conj" or (c.dep_ == "advcl" and c.tag_ == "VBG"))
    )
    return any(
        v.lemma_.lower() in verbs
        and (v.i == verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children))
        for v in (verb, *joined)
    )


def _is_group(noun: Token) -> bool:
    """A noun for a body of people that speaks as one, or for people by role."""
    lemma = noun.lemma_.lower()
    return lemma in GROUP_NOUNS or noun.lower_ in GROUP_NOUNS or is_role_noun(lemma)


def _determined(noun: Token) -> bool:
    """ "the railway", "one relative", "a resident": a noun phrase with a determiner."""
    return _definite(noun) or indefinite(noun)


def _definite(noun: Token) -> bool:
    """ "the railway", "the club": a noun phrase for one the reader knows."""
    return any(child.dep_ == "det" and child.lower_ == "the" for child in noun.children)


def indefinite(noun: Token) -> bool:
    """A noun phrase that brings in someone new: "a", "an", "another", "one", "some"."""
    return any(
        (child.dep_ == "det" and child.lower_ in INDEFINITE_WORDS)
        or (child.dep_ == "nummod" and child.lower_ == "one")
        for child in noun.children
    )


# From a mention to a speaker, in order; the first step whose kind of mention the subject is
# decides (an actor named at the subject before anything else).
MENTION_STEPS: tuple[tuple[str, Callable[[Asked], Resolved | None]], ...] = (
    ("entity", _named_entity),
    ("spokesperson", _spokesperson),
    ("proper-noun", _missed_name),
    ("pronoun", _pronoun),
    ("body-pronoun", _body_pronoun),
    ("relative-pronoun", _relative),
    ("untagged-name", _untagged_name),
    ("document", _document),
    ("quantity", _quantity),
    ("role", _role),
)
