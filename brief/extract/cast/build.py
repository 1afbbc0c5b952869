"""Building the cast of one parsed article.

Names are found and made whole (`names`, `spans`), merged into actors (`merge`), described
(`describe`), linked to the role nouns and pronouns that stand for them (`references`, twice:
the second time knowing the genders the first found), typed over all of that evidence
(`kinds`), given a gender (`gender`) and ranked (`salience`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations

from brief.extract.cast.describe import (
    MODIFIER_DEPS,
    Description,
    best,
    descriptions,
    evidence_of,
)
from brief.extract.cast.draft import Draft, mention_root
from brief.extract.cast.gender import gender_of
from brief.extract.cast.kinds import DECISIVE_PIECES, actor_type
from brief.extract.cast.merge import WEB_ENDING, merge
from brief.extract.cast.model import Actor, Cast, Gender, Mention, MentionKind
from brief.extract.cast.names import NameMention, is_acronym, name_mentions
from brief.extract.cast.references import Finder, Reference
from brief.extract.cast.salience import lede, ranked, raw_salience
from brief.extract.entity_types import AREA_WORDS, known_type
from brief.extract.gazetteer import place_tier
from brief.parsed import ParsedArticle
from brief.records import EntityType

# Names of one type in a list that make one vote for the type of another name in it.
LIST_PEERS = 2
# Words before the first part of an address: "at Maria Lodge, Essequibo Coast".
ADDRESS_PREPOSITIONS = frozenset("at in of from near".split())
# The last word of an area's name ("Pana Township", "Essequibo Coast").
AREA_ENDINGS = AREA_WORDS | frozenset("coast valley village island bay".split())
# A run of two to six capitalised words: a name an acronym may stand for.
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,5}")
# The name in a web or mail address: "corkbeo" of "news@corkbeo.ie", "arsenal" of "www.arsenal.com".
_WEB_ADDRESS = re.compile(r"(?:@|\bwww\.|//)([a-z0-9-]+)\.[a-z]{2,}")
# Types that have a descriptor: who a person, an organisation or a group is.
DESCRIBED_TYPES = frozenset({"person", "organization", "group"})


def build_cast(article: ParsedArticle) -> Cast:
    """The article's cast: every actor with its mentions, type, gender, descriptor and
    salience, most salient first."""
    drafts = _drafts(article)
    described = [descriptions(article, draft.names) for draft in drafts]
    finder = Finder(article, drafts, described)
    first = _by_actor(finder.references([gender_of(d, (), census=False) for d in drafts]))
    genders = [
        gender_of(draft, _genders(first[index]), census=False) for index, draft in enumerate(drafts)
    ]
    linked = _by_actor(finder.references(genders))
    evidence = [_evidence(described[index], linked[index]) for index in range(len(drafts))]
    for index in _area_names(drafts):
        evidence[index]["place"] += 1
    for index in _spelled_out_places(article.text, drafts):
        evidence[index]["place"] += DECISIVE_PIECES  # "BVI" of "British Virgin Islands"
    for index in _web_names(article.text, drafts):
        evidence[index]["organization"] += DECISIVE_PIECES  # "CorkBeo" of "news@corkbeo.ie"
    for index in _families(drafts):
        evidence[index]["person"] += DECISIVE_PIECES  # "the Clintons" beside "Bill Clinton"
    typed = [actor_type(d.name, d.names, evidence[index]) for index, d in enumerate(drafts)]
    peers = _peer_types(article, drafts, [kind for kind, _ in typed])
    for index in _addresses(article, drafts, [kind for kind, _ in typed]):
        peers[index]["place"] += 1  # "at Maria Lodge, Essequibo Coast"
    # Typed again with the types of the names listed beside it, if any (none change nothing).
    typed = [
        actor_type(d.name, d.names, evidence[index], peers[index]) if peers[index] else typed[index]
        for index, d in enumerate(drafts)
    ]
    opening = lede(article)
    return ranked(
        [
            _actor(article, draft, described[index], linked[index], typed[index], opening)
            for index, draft in enumerate(drafts)
        ]
    )


def _evidence(
    described: Sequence[Description], references: Sequence[Reference]
) -> Counter[EntityType]:
    """What the article says of an actor besides its names: its descriptions' roles and the
    references that stand for it."""
    evidence: Counter[EntityType] = Counter(evidence_of(described))
    evidence.update(ref.evidence for ref in references if ref.evidence is not None)
    return evidence


def _drafts(article: ParsedArticle) -> list[Draft]:
    """One draft per merged name; a name seen only in headings is kept only when it stands
    alone (an acronym, a known place or demonym)."""
    drafts = []
    for group in merge(name_mentions(article)):
        if all(mention.weak for mention in group) and not _stands_alone(group):
            continue  # a Title Case heading phrase the body never mentions
        strong = [mention for mention in group if not mention.weak] or group
        surfaces = Counter(mention.surface for mention in strong)
        name = max(surfaces, key=lambda surface: _fullness(surface, surfaces[surface]))
        kind, label = actor_type(name, group)
        names = tuple(sorted(group, key=lambda mention: (mention.start, mention.end)))
        drafts.append(Draft(name, names, kind, label))
    return drafts


def _area_names(drafts: Sequence[Draft]) -> list[int]:
    """The drafts named by one word that also starts the two-word name of an area in the
    article: "Pana" beside "Pana Township", "Essequibo" beside "Essequibo Coast" (one place
    evidence each)."""
    starts = set()
    for draft in drafts:
        words = draft.name.split()
        if len(words) == 2 and words[1].lower() in AREA_ENDINGS:
            starts.add(words[0])
    return [index for index, draft in enumerate(drafts) if draft.name in starts]


def _spelled_out_places(text: str, drafts: Sequence[Draft]) -> list[int]:
    """The drafts named by an acronym whose words the article writes out as a country, a
    state or a capital (the gazetteers' strong tier: "Asbury Park" does not make "AP" a
    place): "BVI" beside "the British Virgin Islands", "USVI" beside "U.S. Virgin Islands"."""
    acronyms = {
        draft.name: index
        for index, draft in enumerate(drafts)
        if is_acronym(draft.name) and known_type(draft.name) is None
    }
    found: list[int] = []
    for run in _CAPITALISED_RUN.finditer(text) if acronyms else ():
        words = run.group().split()
        for start, end in combinations(range(len(words) + 1), 2):
            initials = "".join(_initials(word) for word in words[start:end])
            index = acronyms.get(initials) if end - start > 1 else None
            if index is not None and place_tier(" ".join(words[start:end])) == "strong":
                found.append(index)
    return found


def _web_names(text: str, drafts: Sequence[Draft]) -> list[int]:
    """The drafts named by one word that is the name of a web or mail address in the article:
    a site or the body that runs it ("CorkBeo" beside "news@corkbeo.ie", "Arsenal" beside
    "www.arsenal.com")."""
    domains = {match.group(1) for match in _WEB_ADDRESS.finditer(text.lower())}
    return [index for index, draft in enumerate(drafts) if draft.name.lower() in domains]


def _families(drafts: Sequence[Draft]) -> list[int]:
    """The drafts named by the plural of the surname of a person the article names in full,
    that the model reads as a person's: that person's family ("the Clintons" beside "Hillary
    Clinton", "the Obamas"), people though "the" before it reads as a body's; not a name known
    as another kind ("Latinos" beside "Florida Latino")."""
    surnames = {
        draft.name.split()[-1]
        for draft in drafts
        if draft.type == "person" and " " in draft.name and known_type(draft.name) is None
    }
    return [
        index
        for index, draft in enumerate(drafts)
        if " " not in draft.name
        and draft.label == "PERSON"
        and known_type(draft.name) is None
        and any(stem in surnames for stem in _singulars(draft.name))
    ]


def _singulars(word: str) -> tuple[str, ...]:
    """What a family's plural can be the plural of: "Clinton" of "Clintons", "Bush" of "Bushes"."""
    if word.endswith("es"):
        return (word[:-1], word[:-2])
    return (word[:-1],) if word.endswith("s") else ()


def _initials(word: str) -> str:
    """The letters a word gives an acronym: its first, or all of an abbreviation's ("U.S.")."""
    return word.replace(".", "") if "." in word else word[:1]


def _peer_types(
    article: ParsedArticle, drafts: Sequence[Draft], kinds: Sequence[EntityType]
) -> list[Counter[EntityType]]:
    """For each draft, the types (`kinds`, by all other evidence) of the drafts named beside
    it in a list or with "and" ("Essex, Derbyshire and Surrey", "former Blackburn and
    Southampton skipper"): names joined so are mostly of one kind. A table row's cells are no
    list."""
    owner: dict[int, int] = {}
    for index, draft in enumerate(drafts):
        for mention in draft.names:
            owner.setdefault(mention_root(article, mention).i, index)
    peers: list[Counter[EntityType]] = [Counter() for _ in drafts]
    for root, index in owner.items():
        joined = Counter(
            kinds[owner[token.i]]
            for token in article.doc[root].conjuncts
            if owner.get(token.i, index) != index and not _cells_apart(article, root, token.i)
        )
        peers[index].update(kind for kind, count in joined.items() if count >= LIST_PEERS)
    return peers


def _addresses(
    article: ParsedArticle, drafts: Sequence[Draft], kinds: Sequence[EntityType]
) -> list[int]:
    """The drafts named after "at", "in", "of", "from" or "near" and before a comma and a place:
    an address, its first part a place too ("his home at Maria Lodge, Essequibo Coast",
    "in Springfield, Illinois"); not when the place only qualifies what follows ("of Berenberg,
    Germany's largest private bank", "secretary of State, U.S. senator")."""
    places = {
        mention.start
        for index, d in enumerate(drafts)
        if kinds[index] == "place"
        for mention in d.names
        if mention_root(article, mention).dep_ not in MODIFIER_DEPS
    }
    found = []
    for index, draft in enumerate(drafts):
        for mention in draft.names:
            first = article.token_at(mention.start)
            last = article.token_at(mention.end - 1)
            if first == 0 or last + 2 >= len(article.doc):
                continue
            located = article.doc[first - 1].lower_ in ADDRESS_PREPOSITIONS
            comma = article.doc[last + 1].text == ","
            if located and comma and article.doc[last + 2].idx in places:
                found.append(index)
                break
    return found


def _cells_apart(article: ParsedArticle, first: int, second: int) -> bool:
    """Whether a table's cell border ("|", a tab) lies between two tokens: the parse joins a
    row's cells as a list ("Tiverton and Honiton | Neil Parish"), and they are no list."""
    low, high = sorted((first, second))
    between = article.text[article.doc[low].idx : article.doc[high].idx]
    return "|" in between or "\t" in between


def _by_actor(references: Sequence[Reference]) -> dict[int, list[Reference]]:
    grouped: dict[int, list[Reference]] = defaultdict(list)
    for reference in references:
        grouped[reference.actor].append(reference)
    return grouped


def _genders(references: Sequence[Reference]) -> list[Gender]:
    return [reference.gender for reference in references if reference.gender is not None]


def _actor(
    article: ParsedArticle,
    draft: Draft,
    described: Sequence[Description],
    references: Sequence[Reference],
    typed: tuple[EntityType, str],
    opening: tuple[int, int],
) -> tuple[float, Actor]:
    """One actor from its draft, descriptions, references and its type and model label
    (`typed`, over all of its evidence), with its raw salience (`opening`: the article's
    lede)."""
    kind, label = typed
    person = kind == "person"
    mentions = [
        Mention(m.start, m.end, _kind(m, draft.name, person), m.surface) for m in draft.names
    ]
    mentions.extend(reference.mention for reference in references)
    mentions.sort(key=lambda mention: (mention.start, mention.end))
    description = best(described, plural=kind == "group") if kind in DESCRIBED_TYPES else None
    actor = Actor(
        name=draft.name,
        type=kind,
        label=label,
        aliases=tuple(sorted({m.surface for m in draft.names} - {draft.name})),
        mentions=tuple(mentions),
        line=article.line_at(draft.names[0].start),
        gender=gender_of(draft, _genders(references)) if person else None,
        plural=kind == "group" or _plural(references),
        descriptor=description.text if description is not None else None,
    )
    references_at = [reference.mention for reference in references]
    return raw_salience(article, draft.names, references_at, opening), actor


def _plural(references: Sequence[Reference]) -> bool:
    """Referred to as "they" more often than as "it"."""
    plural = sum(reference.plural for reference in references)
    single = sum(reference.evidence == "organization" for reference in references)
    return plural > single


def _stands_alone(group: Sequence[NameMention]) -> bool:
    """A heading-only entity worth keeping: an acronym, or a known place or demonym. A word in
    capitals is an acronym only in a heading that is not all in capitals ("NATO Fears", not
    "BASEBALL - MAJOR LEAGUE STANDINGS")."""
    surface = group[0].surface
    acronym = is_acronym(surface) and not all(mention.shouted for mention in group)
    return acronym or known_type(surface) in {"place", "group"}


def _fullness(surface: str, count: int) -> tuple[int, int, int, str]:
    """Most words first, then most letters ("Britain" over "UK"; a web address's ending not
    counted: "Amazon" over "Amazon.com" when used more), then most used."""
    letters = sum(c.isalpha() for c in WEB_ENDING.sub("", surface.lower()))
    return (len(surface.split()), letters, count, surface)


def _kind(mention: NameMention, name: str, person: bool) -> MentionKind:
    """How a name mention names its actor: in full, by title and surname, or by surname."""
    if mention.surface == name or not person:
        return "name"
    return "title" if mention.title is not None else "surname"
