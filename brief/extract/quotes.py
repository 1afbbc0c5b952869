"""Who said what: quotations in the article and the speaker the article names for each.

1. `quote_marks` pairs the marks into quoted stretches, block by block.
2. A sign-off after a stretch ("― Steve Quinlan"), a name labelling it ("Carl Bialik: “…”") or
   someone's claim or response just before it ("Trump's claim that “…”") names its speaker.
   Otherwise each stretch looks for its reporting clause in its own sentence (then the short
   sentence right after it, "…,” he said.", or an introduction ending in a colon just before
   it): the verb that governs the quote in the parse, else a reporting verb near it, else
   "according to X"; with no verb, a name before the colon that introduces it.
3. `speakers` turns the clause's subject into the fullest name the article gives.
4. Stretches without a clause of their own take the speaker of the quote before them in the same
   paragraph, or of the previous paragraph when theirs opens with a quotation mark (the usual
   way a speech goes on). Short stretches that nobody says (titles, names, scare quotes) go.

Every step looks only at the quote's own sentences and neighbours, so extraction stays linear in
the length of the article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.extract.entities import EntityIndex
from brief.extract.quote_marks import Marks, quoted_stretches
from brief.extract.speakers import SpeakerResolver
from brief.layout import Block
from brief.parsed import ParsedArticle
from brief.records import Quote, QuoteKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Verbs that report speech or writing; any verb whose clausal complement holds the quote counts
# too, so this list only has to catch the verbs that take a quote without one.
REPORTING_VERBS = frozenset(
    """say tell warn claim insist argue add call accuse note write tweet post state declare
    announce explain describe suggest respond reply answer ask urge praise criticise criticize
    condemn deny admit acknowledge confirm report reveal stress emphasise emphasize predict vow
    promise pledge threaten complain observe remark comment recall conclude testify allege assert
    maintain contend caution concede agree disagree dismiss brand label dub mock joke laugh quip
    boast scream shout yell whisper murmur mutter cry exclaim sigh continue begin counter charge
    plead demand propose recommend reiterate repeat concur lament rule order signal hint
    interject interrupt chime retort snap fire shoot lash blast slam attack thunder rail muse
    wonder marvel gush rave boast brag chant sing read recount describe characterize
    characterise term refer dub nickname deem consider title headline tout hail applaud
    thank blame fault knock ridicule decry denounce lament acknowledge point estimate
    speak talk tell inform assure reassure remind advise instruct write pen email text
    message tweet retweet post share publish print quote cite""".split()
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Reporting verbs that, with an infinitive, say nothing: "Rubio will continue to be “…”".
ASPECTUAL_VERBS = frozenset({"continue", "begin", "start"})
# Relations by which a verb governs what was said.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "parataxis", "attr"})
# Relations through which "…, saying" or "…, adding" reach the clause that has the subject.
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "ccomp", "relcl", "pcomp", "prep"})
MAX_CLIMB = 5
# “…?” Hannity pressed. A next sentence this short is the quote's own attribution.
SHORT_CLAUSE_WORDS = 6
# How many tokens before an unattached cue a speaker's name may stand.
ADJACENT_REACH = 12
# How far up the parse a partial quote may sit below its cue to report the clause around it.
MAX_CLAUSE_DEPTH = 8
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
DASHES = frozenset({"--", "—", "―", "–"})
# How near the cue a parenthetical "Cruz said" stands ("CNN, Cruz said, called it “…”").
PARENTHETICAL_REACH = 3
# A stretch no one says, this short or in title case, is a name, a title or a scare quote.
MAX_UNSAID_WORDS = 4
MAX_TITLE_WORDS = 8
TITLE_MINOR_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with vs".split()
)


# A sign-off after the quote: “…” ― Steve Quinlan / a line "- Bernie Sanders." / "-President
# Obama, tweeting after the speech". A dash, then capitalised words, then the end of the line
# or a comma.
SIGN_OFF = re.compile(
    r"\s{0,4}[―—–-]+[^\S\n]*((?:[A-Z][\w.'’-]*[^\S\n]+){0,5}[A-Z][\w'’-]*)\.?[^\S\n]*(?:,|\n|$)"
)
# Nouns for something said: "Trump's claim that “…”", "Clinton's response was: “…”".
SPEECH_NOUNS = (
    "claim|claims|response|reply|answer|statement|remark|remarks|comment|comments|words|promise|"
    "pledge|vow|warning|message|tweet|post|slogan|motto|phrase|catchphrase|line|quip|retort|"
    "dictum|assertion|argument|prediction|admission|announcement|declaration|insistence|"
    "accusation|plea|demand|mantra|refrain|boast|question"
)
POSSESSED_SPEECH = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3})['’]s?[^\S\n]+"
    r"(?:[\w-]+[^\S\n]+){0,3}?(?:" + SPEECH_NOUNS + r")"
    r"(?:[^\S\n]*[,:]|[^\S\n]+(?:was|is)[^\S\n]*:|[^\S\n]+(?:was[^\S\n]+)?that"
    r"(?:[^\S\n]+[^\s“”\",;:]+){0,8})[^\S\n]*$"
)
# "HuffPollster: “…”", "More from Jones:", "Dr. Ward stated:" — how far before a colon that
# introduces a quote its speaker may be named.
COLON_REACH = 60
_CLAUSE_BREAK = re.compile(r"(?:[.;!?]\s|\s[-–—―]\s|\n)")
_NAME_BEFORE_COLON = re.compile(r"((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)[ \t]*:\s*$")


@dataclass(frozen=True, slots=True)
class _Attribution:
    cue: str | None
    speaker: str | None
    own: bool  # found in the quote's own sentence (not inherited)
    content: tuple[int, int] | None = None  # the reported clause under the cue


class _Article:
    """Per-article lookups built once: token starts, quoted tokens, sentence of each token."""

    def __init__(self, article: ParsedArticle, stretches: list[Marks]) -> None:
        self.article = article
        self.doc: Doc = article.doc
        # One array call instead of a Python Token object per word.
        self.starts: list[int] = self.doc.to_array("IDX").tolist() if len(self.doc) else []
        self.quoted = bytearray(len(self.doc))
        for marks in stretches:
            first = self.token_at(marks.opening)
            last = self.token_at(max(marks.end, marks.start))
            for index in range(first, last + 1):
                self.quoted[index] = 1

    def token_at(self, offset: int) -> int:
        """Index of the token holding (or starting before) `offset`."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def extract_quotes(article: ParsedArticle, entities: EntityIndex) -> list[Quote]:
    """Every quotation in the article's body, with its speaker when the article names one."""
    blocks = [block for _, block in article.layout.body]
    stretches = [m for m in quoted_stretches(article.text, blocks) if _has_words(article.text, m)]
    if not stretches or not len(article.doc):
        return []
    lookups = _Article(article, stretches)
    resolver = SpeakerResolver(article, entities, [(m.opening, m.end + 1) for m in stretches])
    block_of = _block_indexes(article, stretches)
    intros = _introductions(article.text, blocks)
    found = [
        _signed(article.text, resolver, m, blocks, b)
        or _labelled(article.text, resolver, m, blocks[b])
        or _possessed(
            article.text,
            resolver,
            m,
            blocks[b],
            _attribute(lookups, resolver, m, blocks[b], intros[b], blocks[b - 1] if b else None),
        )
        or _colon_named(article.text, resolver, m, blocks[b], intros[b])
        for m, b in zip(stretches, block_of, strict=True)
    ]
    found = _inherit(article.text, stretches, block_of, blocks, found)
    quotes = []
    for marks, attribution in zip(stretches, found, strict=True):
        quote = _quote(article, marks, attribution)
        if quote is not None:
            quotes.append(quote)
    return quotes


def _signed(
    text: str, resolver: SpeakerResolver, marks: Marks, blocks: list[Block], index: int
) -> _Attribution | None:
    """A quote signed off with a dash and a name right after it, on its line or the next. A
    phrase quoted inside a sentence is not signed: a dash and a name after it close the
    paragraph ("… insisted his party was “still the No. 1 force.”--Kim Hjelmgaard", a
    byline)."""
    if _kind(text, marks, text[marks.start : marks.end].strip(" ,")) == "partial":
        return None
    after = marks.end + 1 if marks.closed else marks.end
    limit = blocks[index + 1].end if index + 1 < len(blocks) else blocks[index].end
    found = SIGN_OFF.match(text, after, limit)
    if found is None:
        return None
    speaker = _written_speaker(resolver, *found.span(1), found.group(1))
    return _Attribution(None, speaker, own=True)


def _labelled(
    text: str, resolver: SpeakerResolver, marks: Marks, block: Block
) -> _Attribution | None:
    """A quote labelled with its speaker's name and a colon, and nothing else in its clause:
    "Pollsters agree - Carl Bialik: “…”", "CLINTON: “…”" (the name beats any verb before)."""
    found = _colon_clause(text, block.start, marks.opening)
    if found is None:
        return None
    start, clause = found
    bare = _NAME_BEFORE_COLON.fullmatch(clause.strip() + " ") if clause.strip() else None
    if bare is None:
        return None
    speaker = _written_speaker(resolver, start, marks.opening, bare.group(1))
    return _Attribution(None, speaker, own=True)


def _possessed(
    text: str,
    resolver: SpeakerResolver,
    marks: Marks,
    block: Block,
    attribution: _Attribution | None,
) -> _Attribution | None:
    """The attribution found, unless the quote is someone's claim, response or words right
    before it: "Politifact seized on Trump's claim that there have been “…”" is Trump's,
    "Clinton's response was: “…”" and "in Forbes' words, “…”" theirs. A quote right after the
    noun is what someone says about it ("Ginsburg's comments “show bias”"), not its words.
    The reporting verb and clause found are kept."""
    before = text[max(block.start, marks.opening - 2 * COLON_REACH) : marks.opening]
    found = POSSESSED_SPEECH.search(before)
    if found is None:
        return attribution
    offset = marks.opening - len(before)
    start, end = found.span("name")
    speaker = _written_speaker(resolver, offset + start, offset + end, found.group("name"))
    if attribution is None:
        return _Attribution(None, speaker, own=True)
    return _Attribution(attribution.cue, speaker, True, attribution.content)


def _colon_named(
    text: str, resolver: SpeakerResolver, marks: Marks, block: Block, intro: Block | None
) -> _Attribution:
    """No reporting verb found: a name just before a colon that introduces the quote, in its
    own paragraph ("HuffPollster: “…”", "CLINTON: “…”") or ending the one before ("Stated
    Stone:")."""
    end = marks.opening
    found = _colon_clause(text, block.start, end)
    if found is None and intro is not None:
        end = intro.end
        found = _colon_clause(text, intro.start, end)
    if found is None:
        return _Attribution(None, None, own=False)
    start, clause = found
    bare = _NAME_BEFORE_COLON.search(clause)
    if resolver.named_in(start, end) is None and bare is None:
        return _Attribution(None, None, own=False)
    written = bare.group(1).strip() if bare else ""
    return _Attribution(None, _written_speaker(resolver, start, end, written), own=True)


def _colon_clause(text: str, floor: int, end: int) -> tuple[int, str] | None:
    """The clause ending in a colon just before `end` (within `COLON_REACH`, not before
    `floor`), with its start offset; None when the text before `end` ends in no colon."""
    before = text[max(floor, end - COLON_REACH) : end]
    if not before.rstrip().endswith(":"):
        return None
    clause = _CLAUSE_BREAK.split(before)[-1]
    return end - len(before) + before.rfind(clause), clause


def _written_speaker(resolver: SpeakerResolver, start: int, end: int, written: str) -> str:
    """The speaker a name written at `start:end` stands for (the entity named there, else the
    words as the fullest known name), noted as the last to speak."""
    speaker = resolver.named_in(start, end) or resolver.known_as(written)
    resolver.spoke(start, speaker)
    return speaker


def _introductions(text: str, blocks: list[Block]) -> list[Block | None]:
    """For each block, the block before it when that one ends with a colon; a bullet looks back
    past the other bullets of its list."""
    intros: list[Block | None] = []
    last_text: Block | None = None
    for index, block in enumerate(blocks):
        previous = last_text if block.kind == "bullet" else (blocks[index - 1] if index else None)
        ends_colon = previous is not None and text[previous.start : previous.end].rstrip().endswith(
            ":"
        )
        intros.append(previous if ends_colon else None)
        if block.kind != "bullet":
            last_text = block
    return intros


def _has_words(text: str, marks: Marks) -> bool:
    return any(char.isalpha() for char in text[marks.start : marks.end])


def _block_indexes(article: ParsedArticle, stretches: list[Marks]) -> list[int]:
    starts = [block.start for _, block in article.layout.body]
    return [bisect.bisect_right(starts, m.opening) - 1 for m in stretches]


def _attribute(
    lookups: _Article,
    resolver: SpeakerResolver,
    marks: Marks,
    block: Block,
    intro: Block | None,
    previous: Block | None,
) -> _Attribution | None:
    """The reporting verb and the speaker from the quote's own sentence or its neighbours."""
    doc = lookups.doc
    first = lookups.token_at(marks.opening)
    last = lookups.token_at(max(marks.start, marks.end - 1))
    low, high = doc[first].sent.start, doc[last].sent.end
    low = max(low, lookups.token_at(block.start))
    high = min(high, lookups.token_at(block.end - 1) + 1)
    cue = _cue_in(lookups, range(low, high), first, last)
    if cue is None and _ends_sentence(lookups, last, high):
        cue = _cue_after(lookups, high, block)
    if cue is None:
        cue = _cue_before(lookups, low, intro)
    if cue is None and first > low and doc[first - 1].text in DASHES:
        # "Trump also embraced enhanced interrogation -- “I think waterboarding is …”"
        cue = _introducing_verb(lookups, doc[low : first - 1])
    if cue is None and low > 0 and lookups.doc[low - 1].idx >= block.start:
        cue = _reporting_verb(lookups, lookups.doc[low - 1].sent)
    if cue is None and previous is not None and marks.opening == block.start:
        # "Carter said that … would not happen." then the quote as its own paragraph
        cue = _reporting_verb(lookups, lookups.doc[lookups.token_at(previous.end - 1)].sent)
    if cue is None:
        return None
    subject = _subject(cue, lookups.quoted)
    speaker = resolver.name(subject) if subject is not None else None
    if speaker is None and cue.tag_ == "VBG":
        named = _named_subject_before(lookups, cue)
        speaker = resolver.name(named) if named is not None else None
    content = _reported_clause(lookups, cue, first, block)
    if speaker is None:
        cue, speaker = _named_reporter(lookups, resolver, range(low, high), first, last) or (
            cue,
            None,
        )
        content = content or _reported_clause(lookups, cue, first, block)
    if speaker is None and cue.i > last:
        speaker = _named_after(lookups, resolver, cue)
    if speaker is not None:
        resolver.spoke(cue.idx, speaker)  # a later "he" still means the one who spoke
    source = _according_to(resolver, cue) if cue.lower_ != "according" else None
    # A verb right after the quote ("“…,” Lewandowski added") is the quote's own attribution.
    outer = _outer_reporter(lookups, resolver, cue) if cue.i < first else None
    return _Attribution(cue.text, source or outer or speaker, True, content)


def _outer_reporter(lookups: _Article, resolver: SpeakerResolver, cue: Token) -> str | None:
    """The named person whose report holds the cue's clause: in "Rep. Steve Israel said
    Clinton called on members to be “closely coordinated”" or "CNN, Cruz said, called it
    “highly significant”", the article has the words from Israel and Cruz, who are the
    attribution (as with "according to")."""
    for child in cue.children:  # "CNN, Cruz said, called …"
        if (
            child.dep_ == "parataxis"
            and _is_reporting(child)
            and abs(child.i - cue.i) <= PARENTHETICAL_REACH
        ):
            named = _subject_name(lookups, resolver, child)
            if named is not None:
                return named
    token = cue
    for _ in range(MAX_CLIMB):
        if token.dep_ != "ccomp" or token.head.i == token.i:
            return None
        token = token.head
        if not lookups.quoted[token.i] and _is_reporting(token):
            return _subject_name(lookups, resolver, token)
    return None


def _subject_name(lookups: _Article, resolver: SpeakerResolver, verb: Token) -> str | None:
    subject = _nearest_subject(verb, lookups.quoted)
    return resolver.name(subject) if subject is not None else None


def _according_to(resolver: SpeakerResolver, cue: Token) -> str | None:
    """The named source the article credits for the report: in "“…,” Sanders said, according
    to CNN" the article has the words from CNN, and the attribution is CNN's ("according to an
    Associated Press account", "according to audio provided by Wyoming Public Radio"). A source
    with no name ("according to a transcript") leaves the speaker as it was."""
    for child in cue.children:
        if child.lower_ != "according" or child.dep_ != "prep":
            continue
        for to in child.children:
            for source in to.children:
                if source.dep_ != "pobj":
                    continue
                named = resolver.name(source) if source.pos_ != "PRON" else None
                if named is not None:
                    return named
                for by in source.subtree:  # "audio provided by Wyoming Public Radio"
                    if by.lower_ == "by" and by.dep_ == "agent":
                        agent = next((c for c in by.children if c.dep_ == "pobj"), None)
                        return resolver.name(agent) if agent is not None else None
    return None


def _named_reporter(
    lookups: _Article, resolver: SpeakerResolver, window: range, first: int, last: int
) -> tuple[Token, str] | None:
    """When the verb that governs the quote names no one ("Mr. Obama said, a majority have
    come to believe “…”": the parse hangs the quote on "come"), the reporting verb nearest
    the quote in its sentence whose subject does name someone, or the main verb of the sentence
    the quote stands in ("Trump identified the judge as “Spanish,”")."""
    found: tuple[int, Token, str] | None = None
    for index in window:
        token = lookups.doc[index]
        root = token.dep_ == "ROOT" and token.pos_ == "VERB" and token.left_edge.i <= first
        if lookups.quoted[index] or not (_is_reporting(token) or root):
            continue
        subject = _subject(token, lookups.quoted)
        name = resolver.name(subject) if subject is not None else None
        distance = _distance(index, first, last)
        if name is not None and (found is None or distance < found[0]):
            found = (distance, token, name)
    return (found[1], found[2]) if found is not None else None


def _named_after(lookups: _Article, resolver: SpeakerResolver, cue: Token) -> str | None:
    """A person or organisation named in the phrase right after an inverted cue that the parse
    did not make its subject (“…,” mused Blaze co-host Stu Burguiere.). The phrase ends before
    a preposition: in "said a longtime adviser to Trump" the speaker is not Trump."""
    doc = lookups.doc
    begin = cue.i + 2 if cue.lower_ == "according" else cue.i + 1  # "according to X"
    end = begin
    while (
        end < min(len(doc), begin + ADJACENT_REACH)
        and not lookups.quoted[end]
        and doc[end].text not in (",", ".", ";", ":")
        and doc[end].pos_ not in ("ADP", "PRON", "VERB", "AUX")  # "an adviser to Trump"
    ):
        end += 1
    if end <= begin:
        return None
    return resolver.named_in(doc[begin].idx, doc[end - 1].idx + len(doc[end - 1]))


def _reported_clause(
    lookups: _Article, cue: Token, first: int, block: Block
) -> tuple[int, int] | None:
    """The cue's dependent that holds the quote, as a character range: what was reported
    ("warned [the move “will not go unanswered”]", with the objects between the cue and the
    clause: "praised [Putin for “not striking the plant”]"). None when the quote does not hang from the
    cue in the parse (a clause in the next sentence, an introduction before a colon)."""
    doc = lookups.doc
    node = doc[min(first + 1, len(doc) - 1)]  # the first word inside the marks
    for _ in range(MAX_CLAUSE_DEPTH):
        if node.head.i == cue.i:
            objects = [
                child.left_edge.idx
                for child in cue.children
                if child.dep_ in OBJECT_DEPS and cue.i < child.i < node.i
            ]
            start = max(block.start, min([node.left_edge.idx, *objects]))
            end = min(block.end, node.right_edge.idx + len(node.right_edge))
            return (start, end) if start < end else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _cue_in(lookups: _Article, window: range, first: int, last: int) -> Token | None:
    """The verb that governs the quote, else the nearest reporting verb outside quotes."""
    doc = lookups.doc
    governing = _governing_verb(lookups, first, last)
    if governing is not None:
        return governing
    inverted = _clause_right_after(lookups, last, window)
    if inverted is not None:
        return inverted
    nearest: Token | None = None
    for index in window:
        token = doc[index]
        if (
            lookups.quoted[index]
            or not _is_reporting(token)
            or _subject(token, lookups.quoted) is None
        ):
            if token.lower_ == "according" and not lookups.quoted[index]:
                return token
            continue
        if nearest is None or _distance(index, first, last) < _distance(nearest.i, first, last):
            nearest = token
    return nearest


def _governing_verb(lookups: _Article, first: int, last: int) -> Token | None:
    """Climb from the quote's tokens to the first verb outside it that reports or takes a clause."""
    doc = lookups.doc
    inside = range(first, last + 1)
    links = [doc[i].head for i in inside if not (first <= doc[i].head.i <= last)]
    for index in inside:
        token = doc[index]
        links.extend(
            child
            for child in token.children
            if not (first <= child.i <= last)
            and not lookups.quoted[child.i]
            and child.dep_ in ("parataxis", "ccomp", "advcl", "conj")
            and _is_reporting(child)
        )
    generic: Token | None = None
    for link in links:
        token, came_by = link, "ccomp"
        for _ in range(MAX_CLIMB):
            if lookups.quoted[token.i] and not (first <= token.i <= last):
                break
            if token.lower_ == "according":
                return token
            if not lookups.quoted[token.i] and token.pos_ in ("VERB", "AUX"):
                aspectual = came_by == "xcomp" and token.lemma_ in ASPECTUAL_VERBS
                if (
                    _is_reporting(token)
                    and _active_subject(token, lookups.quoted)
                    and not aspectual
                ):
                    return token
                content = came_by in CONTENT_DEPS and token.pos_ == "VERB"
                if generic is None and content and _has_subject(token):
                    generic = token  # a reporting verb further up still wins
            if token.head.i == token.i:
                break
            came_by, token = token.dep_, token.head
    return generic


def _clause_right_after(lookups: _Article, last: int, window: range) -> Token | None:
    """“…,” Trump went on. / “…,” shot back Cruz: a verb with a subject just after the quote
    reports it, whatever the verb."""
    doc = lookups.doc
    start = last + 1
    while start < window.stop and (doc[start].is_punct or lookups.quoted[start]):
        start += 1
    for index in range(start, min(window.stop, start + ADJACENT_REACH // 2)):
        token = doc[index]
        if lookups.quoted[index]:
            return None
        if token.pos_ != "VERB":
            continue
        subject = _subject(token, lookups.quoted)
        return token if subject is not None and start <= subject.i <= index + 3 else None
    return None


def _is_reporting(token: Token) -> bool:
    """A verb of saying, or the idiom "as X put it"."""
    if token.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    return lemma in REPORTING_VERBS or (
        lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    )


def _active_subject(token: Token, quoted: bytearray) -> bool:
    """The verb has a subject that is the one speaking: "they are asked to rank" has none."""
    subject = _subject(token, quoted)
    return subject is not None and not (subject.dep_ == "nsubjpass" and subject.head.i == token.i)


def _has_subject(token: Token) -> bool:
    return any(child.dep_ in SUBJECT_DEPS for child in token.children)


def _distance(index: int, first: int, last: int) -> int:
    return first - index if index < first else index - last


def _ends_sentence(lookups: _Article, last: int, high: int) -> bool:
    """Nothing but punctuation and quotation marks follows the quote in its sentence."""
    return all(lookups.doc[i].is_punct or lookups.quoted[i] for i in range(last + 1, high))


def _cue_after(lookups: _Article, high: int, block: Block) -> Token | None:
    """A short reporting clause in the next sentence: “…,” he said. / “…?” Hannity pressed.

    Any verb will do when the clause is short and says nothing else; a longer sentence counts
    only through a reporting verb that takes no clause of its own ("Clinton said she disagreed"
    is a new statement, not this quote's attribution).
    """
    doc = lookups.doc
    if high >= len(doc) or doc[high].idx >= block.end or lookups.quoted[high]:
        return None
    sentence = doc[high].sent
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    for token in sentence:
        if token.idx >= block.end or lookups.quoted[token.i]:
            break
        if token.pos_ != "VERB" or _subject(token, lookups.quoted) is None:
            continue
        if any(c.dep_ == "ccomp" for c in token.children):
            return None
        phrasal = any(child.dep_ == "prt" for child in token.children)  # went on, shot back
        if _is_reporting(token) or phrasal or len(words) <= SHORT_CLAUSE_WORDS:
            return token
    return None


def _cue_before(lookups: _Article, low: int, intro: Block | None) -> Token | None:
    """An introduction ending in a colon: “Lavrov responded bluntly:” before the quote's
    sentence, or the line that opens the bullet list the quote stands in."""
    doc = lookups.doc
    index = low - 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    if index >= 0 and doc[index].text == ":":
        return _introducing_verb(lookups, doc[index].sent)
    if intro is None:
        return None
    return _introducing_verb(lookups, doc[lookups.token_at(intro.end - 1)].sent)


def _reporting_verb(lookups: _Article, sentence: Span) -> Token | None:
    """The verb of a sentence that reports what someone said, outside quotes: its main verb when
    that takes a clause ("Schoen elaborated … that superdelegates may reconsider"), else its first
    reporting verb with a subject ("Clinton touted her credentials")."""
    root = sentence.root
    if (
        not lookups.quoted[root.i]
        and root.pos_ == "VERB"
        and any(child.dep_ == "ccomp" for child in root.children)
        and _active_subject(root, lookups.quoted)
    ):
        return root
    for token in sentence:
        if lookups.quoted[token.i]:
            continue
        if _is_reporting(token) and _subject(token, lookups.quoted) is not None:
            return token
    return None


def _introducing_verb(lookups: _Article, sentence: Span) -> Token | None:
    """The reporting verb (or any verb with a subject) of a sentence that introduces a quote."""
    found = _reporting_verb(lookups, sentence)
    if found is not None:
        return found
    tokens = [t for t in sentence if not lookups.quoted[t.i]]
    for token in tokens:
        if token.pos_ == "VERB" and _has_subject(token):
            return token
    return None


def _subject(cue: Token, quoted: bytearray) -> Token | None:
    """The cue's subject ("X said"), agent ("was quoted by X"), or the subject of the clause it
    hangs from ("…, saying"); for "according to X", X. When the parse left the subject of an
    inverted clause unattached ("…,” said Don Ytterberg, the chairman …"), the name right after
    the cue."""
    if cue.lower_ == "according":
        return next((child for child in cue.subtree if child.dep_ == "pobj"), None)
    token = cue
    for _ in range(MAX_CLIMB):
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        if agent is not None and (token.i == cue.i or _is_reporting(token)):
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        subject = None if _reported_by(token, cue) else _nearest_subject(token, quoted)
        if subject is not None:
            return subject
        if token.dep_ not in CLIMB_DEPS or token.head.i == token.i:
            break
        token = token.head
    return _adjacent_name(cue, quoted)


def _reported_by(clause: Token, cue: Token) -> bool:
    """A participle cue hangs from a clause that someone else's verb reports: in "Trump told
    Newsmax that Romney “had a crazy policy,” adding, “…”", the one adding is Trump, who
    told, not Romney, the subject of what was told."""
    return (
        clause.i != cue.i
        and cue.tag_ == "VBG"
        and clause.dep_ == "ccomp"
        and not _is_reporting(clause)  # "…,” Lewandowski added, saying": his own words
        and _is_reporting(clause.head)
    )


def _nearest_subject(verb: Token, quoted: bytearray) -> Token | None:
    """The verb's subject outside quotes; of two (the parse's "Speaking in Salem, New
    Hampshire, Trump went on"), the one nearest the verb."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not quoted[c.i]]
    return min(subjects, key=lambda c: abs(verb.i - c.i), default=None)


def _named_subject_before(lookups: _Article, cue: Token) -> Token | None:
    """For "…, saying" whose parse hangs it on a clause with no named subject ("All this
    unfolded after Trump hosted Zelensky, saying …"), the nearest named subject before it."""
    for index in range(cue.i - 1, cue.sent.start - 1, -1):
        token = lookups.doc[index]
        if token.dep_ in SUBJECT_DEPS and token.pos_ == "PROPN" and not lookups.quoted[index]:
            return token
    return None


def _adjacent_name(cue: Token, quoted: bytearray) -> Token | None:
    """A name the parse left unattached next to the cue: between the quote and the cue
    (“…,” Flynn, a top Trump surrogate, said), else right after it (said [Sen.] Don Ytterberg).
    Failing a tagged name, a capitalised word the tagger took for something else, the nearest
    to the cue ("…, Early described it as “…”", "said Skelly")."""
    doc = cue.doc
    index = cue.i - 1
    while index > cue.sent.start and not quoted[index - 1] and cue.i - index < ADJACENT_REACH:
        index -= 1
    before = doc[index : cue.i]
    after = cue.i + 1
    while after < len(doc) and doc[after].pos_ in ("DET", "ADJ") and after - cue.i < 3:
        after += 1
    following = [doc[after]] if after < len(doc) else []
    for loose in (False, True):
        for token in reversed(before) if loose else before:
            if _names_someone(token, quoted, loose):
                return _phrase_head(token, cue)
        if following and _names_someone(following[0], quoted, loose):
            return _phrase_head(following[0], cue)
    return None


def _names_someone(token: Token, quoted: bytearray, loose: bool = False) -> bool:
    """A name or pronoun; when `loose`, a capitalised word inside a sentence that the tagger
    took for something else ("said Skelly" with Skelly as an adverb)."""
    if quoted[token.i] or token.ent_type_ in ("DATE", "TIME", "NORP"):
        return False
    if not loose:
        return token.pos_ in ("PROPN", "PRON") and token.lower_ not in (
            "it",
            "that",
            "this",
            "there",
            "what",
            "which",
        )
    return (
        token.is_title
        and not token.is_sent_start
        and not token.is_stop
        and token.pos_ in ("NOUN", "ADV", "ADJ", "VERB", "X")
    )


def _phrase_head(token: Token, cue: Token) -> Token:
    """The head of the name a token is part of. A person's name that the parse made a modifier
    of a verb ("“…,” Conway notes." read as a noun phrase) is the name itself; a place stays a
    modifier ("the Orlando shooting victims"). The phrase never reaches across the cue: in
    "Trump blasted Disney", parsed as one noun phrase, Trump is not part of Disney."""
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        if token.head.pos_ == "VERB" and token.ent_type_ not in PLACE_TYPES:
            break
        if token.i < cue.i < token.head.i:
            break
        token = token.head
    return token


def _inherit(
    text: str,
    stretches: list[Marks],
    block_of: list[int],
    blocks: list[Block],
    found: list[_Attribution],
) -> list[_Attribution]:
    """Quotes with no clause of their own continue the speaker before them.

    The quote before in the same paragraph, else (for a paragraph that opens with a mark) the
    last attributed quote of the previous paragraph; failing both, a later quote in the same
    paragraph (“…” “…,” she added.).
    """
    result = list(found)
    for index, attribution in enumerate(found):
        if attribution.own:
            continue
        block = block_of[index]
        donor = _previous_in_block(result, block_of, index)
        opens_paragraph = stretches[index].opening == blocks[block].start
        if donor is None and opens_paragraph:
            donor = _previous_paragraph(result, block_of, stretches, index)
        if donor is None:
            donor = _next_in_block(found, block_of, index)
        if donor is None and stretches[index].continued:
            donor = _continuation(found, stretches, index)
        if donor is not None:
            result[index] = _Attribution(donor.cue, donor.speaker, own=False)
        elif _continues_previous(stretches, block_of, index, result):
            result[index] = result[index - 1]
    return result


def _previous_in_block(
    found: list[_Attribution], block_of: list[int], index: int
) -> _Attribution | None:
    for other in range(index - 1, -1, -1):
        if block_of[other] != block_of[index]:
            return None
        if found[other].speaker is not None:
            return found[other]
    return None


def _next_in_block(
    found: list[_Attribution], block_of: list[int], index: int
) -> _Attribution | None:
    for other in range(index + 1, len(found)):
        if block_of[other] != block_of[index]:
            return None
        if found[other].own and found[other].speaker is not None:
            return found[other]
    return None


def _continuation(
    found: list[_Attribution], stretches: list[Marks], index: int
) -> _Attribution | None:
    """A quote that runs on into the next paragraphs takes the attribution found further on."""
    for other in range(index + 1, len(found)):
        if found[other].speaker is not None:
            return found[other]
        if not stretches[other].continued:
            return None
    return None


def _previous_paragraph(
    found: list[_Attribution], block_of: list[int], stretches: list[Marks], index: int
) -> _Attribution | None:
    """The last attributed quote of the paragraph right before this one."""
    wanted = block_of[index] - 1
    for other in range(index - 1, -1, -1):
        if block_of[other] < wanted:
            return None
        if block_of[other] == wanted and found[other].speaker is not None:
            return found[other]
    return None


def _continues_previous(
    stretches: list[Marks], block_of: list[int], index: int, found: list[_Attribution]
) -> bool:
    return (
        index > 0 and stretches[index - 1].continued and block_of[index - 1] == block_of[index] - 1
    )


def _quote(article: ParsedArticle, marks: Marks, attribution: _Attribution) -> Quote | None:
    text = article.original(marks.start, marks.end).strip(" ,")
    start = (
        marks.start + article.text[marks.start : marks.end].find(text[:1]) if text else marks.start
    )
    kind = _kind(article.text, marks, text)
    if attribution.speaker is None and attribution.cue is None and _unsaid(text, kind):
        return None
    if kind == "partial" and _is_title(text):
        return None
    with_marks = (marks.opening, marks.end + 1 if marks.closed else marks.end)
    content = _content(article, attribution, with_marks) if kind == "partial" else None
    return Quote(
        text=text,
        speaker=attribution.speaker,
        cue=attribution.cue,
        kind=kind,
        line=article.line_at(start),
        start=start,
        end=start + len(text),
        content=content[0] if content else None,
        content_start=content[1] if content else None,
        content_end=content[2] if content else None,
    )


def _content(
    article: ParsedArticle, attribution: _Attribution, quoted: tuple[int, int]
) -> tuple[str, int, int] | None:
    """The reported clause around a partial quote, holding the quote and its marks whole."""
    if attribution.content is None:
        return None
    low, high = min(quoted[0], attribution.content[0]), max(quoted[1], attribution.content[1])
    raw = article.text[low:high]
    text = raw.strip().rstrip(",;:").strip()
    if not text:
        return None
    low += raw.find(text[:1])
    return text, low, low + len(text)


def _kind(text: str, marks: Marks, quoted: str) -> QuoteKind:
    """Direct when the quote stands as a sentence: capitalised, and not inside a clause."""
    window = text[max(0, marks.opening - 40) : marks.opening]
    line_start = not window.split("\n")[-1].strip() and ("\n" in window or marks.opening <= 40)
    before = window.rstrip()
    opens_clause = line_start or not before or before[-1] in ".:,!?;—–-\"”'’(["
    first = quoted[:1]
    if opens_clause and (first.isupper() or first.isdigit() or first in "[(…."):
        return "direct"
    return "partial"


def _unsaid(text: str, kind: QuoteKind) -> bool:
    """A stretch nobody says: short, a title, a handle or an address."""
    words = text.split()
    if text.startswith(("@", "#", "http", "www.")):
        return True
    return len(words) <= MAX_UNSAID_WORDS or (kind == "partial" and _is_title(text))


def _is_title(text: str) -> bool:
    """Title case ("Face the Nation", "Coalition of the Willing"): a name, not speech."""
    words = [w.strip("\"'“”‘’.,:;!?()") for w in text.split()]
    words = [w for w in words if w]
    if not words or len(words) > MAX_TITLE_WORDS or text.rstrip()[-1:] in ".!?":
        return False
    significant = [w for w in words if w.lower() not in TITLE_MINOR_WORDS]
    return (
        bool(significant)
        and all(w[0].isupper() or w[0].isdigit() for w in significant)
        and len(words) > 1
    )
