"""Steps that find the quote's reporting verb (its cue) in the parse, each in one place: in the
quote's own sentence, the short sentence after it, or an introduction before it.

Each finder takes the quote context and the quote's index and returns the cue or None. The
speaker is then read from the cue by `speaker.speaker_for`, and the reported clause of a partial
quote by `reported_clause`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.extract.attribution.context import ArticleContext, QuoteContext
from brief.extract.attribution.kinds import is_partial
from brief.extract.attribution.parse import (
    ADJACENT_REACH,
    MAX_CLAUSE_CLIMB,
    active_subject,
    distance,
    has_subject,
    is_reporting,
    subject_of,
)
from brief.extract.lexicon import ASPECTUAL_VERBS
from brief.layout import Block

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Relations by which a verb governs what was said.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "parataxis", "attr"})
# “…?” Hannity pressed. A next sentence this short is the quote's own attribution.
SHORT_CLAUSE_WORDS = 6
# How far up the parse a partial quote may sit below its cue to report the clause around it.
MAX_CLAUSE_DEPTH = 8
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})
# What may stand between a verb's last word and the quote its phrase runs on into: "insisting
# Russia won't leave the table [— but will now] “revise” its stance".
RUN_ON_POS = frozenset({"PUNCT", "CCONJ", "AUX", "ADV", "PART"})
DASHES = frozenset({"--", "—", "―", "–"})


def governing_verb(context: QuoteContext, index: int) -> Token | None:
    """Climb from the quote's tokens to the first verb outside it that reports or takes a
    clause ("according" for "according to X")."""
    article = context.article
    doc, quoted = article.doc, article.quoted
    first, last = context.tokens(index)
    inside = range(first, last + 1)
    links = [doc[i].head for i in inside if not (first <= doc[i].head.i <= last)]
    for position in inside:
        links.extend(
            child
            for child in doc[position].children
            if not (first <= child.i <= last)
            and not quoted[child.i]
            and child.dep_ in ("parataxis", "ccomp", "advcl", "conj")
            and is_reporting(child)
        )
    generic: Token | None = None
    for link in links:
        token, came_by = link, "ccomp"
        for _ in range(MAX_CLAUSE_CLIMB):
            if quoted[token.i] and not (first <= token.i <= last):
                break
            if token.lower_ == "according":
                return token
            if not quoted[token.i] and token.pos_ in ("VERB", "AUX"):
                aspectual = came_by == "xcomp" and token.lemma_ in ASPECTUAL_VERBS
                if is_reporting(token) and active_subject(token, quoted) and not aspectual:
                    return token
                content = came_by in CONTENT_DEPS and token.pos_ == "VERB"
                if generic is None and content and has_subject(token):
                    generic = token  # a reporting verb further up still wins
            if token.head.i == token.i:
                break
            came_by, token = token.dep_, token.head
    return generic


def verb_right_after(context: QuoteContext, index: int) -> Token | None:
    """“…,” Trump went on. / “…,” shot back Cruz: a verb with a subject just after the quote
    reports it, whatever the verb."""
    article = context.article
    doc = article.doc
    first, last = context.tokens(index)
    window = article.window(first, last)
    start = last + 1
    while start < window.stop and (doc[start].is_punct or article.quoted[start]):
        start += 1
    for position in range(start, min(window.stop, start + ADJACENT_REACH // 2)):
        token = doc[position]
        if article.quoted[position]:
            return None
        if token.pos_ != "VERB":
            continue
        subject = subject_of(token, article.quoted)
        return token if subject is not None and start <= subject.i <= position + 3 else None
    return None


def reporting_verb_in_sentence(context: QuoteContext, index: int) -> Token | None:
    """The reporting verb with a subject nearest the quote in its sentence, outside quotes
    (or the "according" of "according to X")."""
    article = context.article
    first, last = context.tokens(index)
    nearest: Token | None = None
    for position in article.window(first, last):
        token = article.doc[position]
        if (
            article.quoted[position]
            or not is_reporting(token)
            or subject_of(token, article.quoted) is None
        ):
            if token.lower_ == "according" and not article.quoted[position]:
                return token
            continue
        if nearest is None or distance(position, first, last) < distance(nearest.i, first, last):
            nearest = token
    return nearest


def next_sentence(context: QuoteContext, index: int) -> Token | None:
    """A short reporting clause in the next sentence: “…,” he said. / “…?” Hannity pressed.

    Any verb will do when the clause is short and says nothing else; a longer sentence counts
    only through a reporting verb that takes no clause of its own ("Clinton said she disagreed"
    is a new statement, not this quote's attribution).
    """
    article, block = context.article, context.block(index)
    doc, quoted = article.doc, article.quoted
    first, last = context.tokens(index)
    high = article.window(first, last).stop
    rest = [doc[i] for i in range(last + 1, high) if not (doc[i].is_punct or quoted[i])]
    partial = is_partial(context.text, context.stretches[index])
    if rest and (partial or any(t.pos_ in ("VERB", "AUX") for t in rest)):
        # the quote's sentence goes on after it; only a quote standing as a sentence may be
        # followed by a name without a verb ("…,” Minister …, Senator the Hon. / Aubyn Hill,
        # told JIS News.)
        return None
    if high >= len(doc) or doc[high].idx >= block.end or quoted[high]:
        return None
    sentence = doc[high].sent
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    for token in sentence:
        if token.idx >= block.end or quoted[token.i]:
            break
        if token.pos_ != "VERB" or subject_of(token, quoted) is None:
            continue
        if any(c.dep_ == "ccomp" for c in token.children):
            return None
        phrasal = any(child.dep_ == "prt" for child in token.children)  # went on, shot back
        if is_reporting(token) or phrasal or len(words) <= SHORT_CLAUSE_WORDS:
            return token
    return None


def colon_introduction(context: QuoteContext, index: int) -> Token | None:
    """An introduction ending in a colon: “Lavrov responded bluntly:” before the quote's
    sentence, or the line that opens the bullet list the quote stands in."""
    article = context.article
    doc = article.doc
    low = article.window(*context.tokens(index)).start
    position = low - 1
    while position >= 0 and doc[position].is_space:
        position -= 1
    if position >= 0 and doc[position].text == ":":
        return _introducing_verb(article, doc[position].sent)
    intro = context.intros[context.block_of[index]]
    if intro is None:
        return None
    return _introducing_verb(article, doc[article.token_at(intro.end - 1)].sent)


def dash_introduction(context: QuoteContext, index: int) -> Token | None:
    """A dash introducing the quote, like a colon: "Trump also embraced enhanced interrogation
    -- “I think waterboarding is …”"."""
    article = context.article
    first, last = context.tokens(index)
    low = article.window(first, last).start
    if first <= low or article.doc[first - 1].text not in DASHES:
        return None
    return _introducing_verb(article, article.doc[low : first - 1])


def previous_sentence(context: QuoteContext, index: int) -> Token | None:
    """A reporting sentence just before the quote's, in its paragraph."""
    article = context.article
    low = article.window(*context.tokens(index)).start
    if low <= 0 or article.doc[low - 1].idx < context.block(index).start:
        return None
    return _reporting_verb(article, article.doc[low - 1].sent)


def previous_paragraph(context: QuoteContext, index: int) -> Token | None:
    """The reporting sentence that ends the paragraph before one that opens with the quote:
    "Carter said that … would not happen." then the quote as its own paragraph."""
    block = context.block_of[index]
    if block == 0 or not context.opens_block(index):
        return None
    article = context.article
    previous = context.blocks[block - 1]
    return _reporting_verb(article, article.doc[article.token_at(previous.end - 1)].sent)


def _reporting_verb(article: ArticleContext, sentence: Span) -> Token | None:
    """The verb of a sentence that reports what someone said, outside quotes: its main verb when
    that takes a clause ("Schoen elaborated … that superdelegates may reconsider"), else its first
    reporting verb with a subject ("Clinton touted her credentials")."""
    root = sentence.root
    if (
        not article.quoted[root.i]
        and root.pos_ == "VERB"
        and any(child.dep_ == "ccomp" for child in root.children)
        and active_subject(root, article.quoted)
    ):
        return root
    for token in sentence:
        if article.quoted[token.i]:
            continue
        if is_reporting(token) and subject_of(token, article.quoted) is not None:
            return token
    return None


def _introducing_verb(article: ArticleContext, sentence: Span) -> Token | None:
    """The reporting verb (or any verb with a subject) of a sentence that introduces a quote."""
    found = _reporting_verb(article, sentence)
    if found is not None:
        return found
    for token in sentence:
        if not article.quoted[token.i] and token.pos_ == "VERB" and has_subject(token):
            return token
    return None


def nearer_report(article: ArticleContext, cue: Token, first: int, last: int) -> Token | None:
    """A verb of saying between the cue and a quote that is a clause with no subject of its
    own, that speaks with the cue's subject and whose phrase runs on into the quote: the verb
    that reports it, where the parse hung the quote higher ("Lavrov claimed Moscow downed 91
    drones and [warned] the move “will not go unanswered”", "accused Kyiv of …, [insisting]
    Russia won't leave the table — but will now “revise” its stance"). None when the cue is
    the nearest, or the quote is not a clause without a subject (“We will win,” is the cue's
    in "Sanders said, noting …, “We will win.”")."""
    doc, quoted = article.doc, article.quoted
    if not _verb_without_subject(doc, first, last):
        return None
    for position in range(first - 1, cue.i, -1):
        verb = doc[position]
        if quoted[position] or not is_reporting(verb) or has_subject(verb):
            continue
        runs_on = all(doc[i].pos_ in RUN_ON_POS for i in range(verb.right_edge.i + 1, first))
        if runs_on and cue in verb.ancestors:
            return verb
    return None


def _verb_without_subject(doc: Doc, first: int, last: int) -> bool:
    """The quote between tokens `first` and `last` hangs in its sentence by a verb with no
    subject of its own ("will not go unanswered", "revise")."""
    inside = range(first, last + 1)
    roots = [doc[i] for i in inside if doc[i].head.i not in inside and not doc[i].is_punct]
    return any(root.pos_ in ("VERB", "AUX") and not has_subject(root) for root in roots)


def clause_after(verb: Token, end: int) -> tuple[int, int] | None:
    """The characters from the word after `verb` (past a comma or colon, not a quotation mark)
    to `end`: what it reports, up to the end of the quote or of the clause that holds it."""
    doc = verb.doc
    position = verb.i + 1
    while position < len(doc) and doc[position].is_punct and not doc[position].is_quote:
        position += 1
    start = doc[position].idx if position < len(doc) else end
    return (start, end) if start < end else None


def reported_clause(
    article: ArticleContext, cue: Token, first: int, block: Block
) -> tuple[int, int] | None:
    """The cue's dependent that holds the quote, as a character range: what was reported
    ("warned [the move “will not go unanswered”]", with the objects between the cue and the
    clause: "praised [Putin for “not striking the plant”]"). None when the quote does not hang
    from the cue in the parse (a clause in the next sentence, an introduction before a colon)."""
    doc = article.doc
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
