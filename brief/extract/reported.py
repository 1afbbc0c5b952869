"""Who claimed what: reported speech, the attributions written without quotation marks.

A source, a verb of saying and the clause it reports, read from the dependency parse:
"Lavrov said [Russia would revise its position]", "the mayor told reporters [the budget was
balanced]", "[the plan will fail], the senator said", "[the plan], she said, [would fail]",
"…, adding [that talks would resume]" and "according to the ministry, [91 drones were downed]".
Only verbs of saying count (`SPEECH_VERBS`): mental states ("believes", "wants", "hopes"),
perception and evidence ("shows", "found") are not speech.

The speaker is found by the same steps as a quote's (`attribution.speaker.speaker_for`: a
credited source, the verb's subject, for "adding" the subject of the clause it continues, for
"according to X" X; a pronoun or a role scored among the cast's actors, a group as written),
and with `--explain` the claim records the step and the candidates as a quote does. An
attribution whose clause holds a quotation the quote finder kept is that quote's, and is not
counted twice.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.extract.attribution.candidates import Voice, explained, within_reach
from brief.extract.attribution.context import ArticleContext
from brief.extract.attribution.speaker import speaker_for
from brief.extract.cast import Cast
from brief.extract.lexicon import ACTIVE_SUBJECT_DEPS, ASPECTUAL_VERBS, SPEECH_VERBS
from brief.parsed import ParsedArticle
from brief.records import Quote

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# How a verb of saying takes what was said: a clause, or (for a promise) an infinitive.
CONTENT_DEPS = frozenset({"ccomp"})
INFINITIVE_VERBS = frozenset({"promise", "vow", "pledge", "threaten"})
# Verbs whose object is what was made known: "announced a $275 billion plan".
OBJECT_VERBS = frozenset({"announce", "reveal", "deny", "confirm", "disclose", "predict"})
# Verbs of saying whose object is the hearer, not what was said: "…, she told reporters".
HEARER_VERBS = frozenset({"tell", "ask", "warn", "remind", "assure", "reassure", "inform"})
# "…, adding that …", "… and said that …": the clause whose subject speaks.
CLIMB_DEPS = frozenset({"advcl", "conj", "xcomp"})
# How an infinitive hangs from the word that asks for it ("wants to say", "called for X to
# insist", "difficult to predict").
WISHED_DEPS = frozenset({"xcomp", "ccomp", "acl", "relcl"})
# How many of those links a verb of saying climbs to reach the clause whose subject speaks.
MAX_SOURCE_CLIMB = 3
# Conjunctions that set another source's report against the one before ("while others said").
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})
# A reported clause shorter than this says nothing on its own ("he said so").
MIN_CONTENT_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Found:
    how: str  # the finder: "speech-verb", "set-off" or "according-to"
    cue: Token
    source: Token | None
    start: int
    end: int


def with_reported(article: ParsedArticle, cast: Cast, quotes: Sequence[Quote]) -> list[Quote]:
    """The article's quotations (`quotes`, from the quote finder) with its reported speech
    merged in, in article order.

    A reported clause that overlaps a quotation (its words or its reported clause) belongs to
    that quote, and one inside another report ("Holloway said Reyes told her [the budget was
    balanced]") to the report that holds it: one attribution each.
    """
    taken = bytearray(len(article.text))  # characters already attributed
    for start, end in _spans(quotes):
        taken[start:end] = b"\x01" * (end - start)
    # Names inside quotations are not speakers, as for the quote finder.
    context = ArticleContext(article, cast, sorted((q.start, q.end) for q in quotes))
    by_start = sorted(quotes, key=lambda quote: quote.start)
    told = 0
    voices: list[Voice] = []  # who spoke before, in text order
    reported: list[Quote] = []
    for found in _find(article):
        if taken.find(1, found.start, found.end) != -1:
            continue
        while told < len(by_start) and by_start[told].start < found.start:
            speaker = by_start[told].speaker
            if speaker is not None:  # a later "he" still means the one quoted last
                voices.append(Voice(by_start[told].start, speaker))
            told += 1
        claim, voice = _quote(context, found, voices)
        reported.append(claim)
        if voice is not None:
            voices.append(voice)
        taken[found.start : found.end] = b"\x01" * (found.end - found.start)
    return sorted([*quotes, *reported], key=lambda quote: quote.start)


def _spans(quotes: Sequence[Quote]) -> Iterator[tuple[int, int]]:
    for quote in quotes:
        yield quote.start, quote.end
        if quote.content_start is not None and quote.content_end is not None:
            yield quote.content_start, quote.content_end


def _quote(
    context: ArticleContext, found: _Found, voices: Sequence[Voice]
) -> tuple[Quote, Voice | None]:
    """The record of one reported clause, with its speaker as the quote steps find it, and
    the one speaking, whom a later "he" or "she" may continue."""
    article = context.article
    heard = within_reach(voices, found.start)
    said = speaker_for(context, found.cue, (found.start, found.end), heard)
    text = article.original(found.start, found.end)
    claim = Quote(
        text=text,
        speaker=said.speaker,
        cue=_cue_text(found.cue),
        kind="reported",
        line=article.line_at(found.start),
        start=found.start,
        end=found.end,
        step=explained(f"{found.how}/{said.step}", said.candidates),
    )
    return claim, said.voice


def _cue_text(cue: Token) -> str:
    return "according to" if cue.lower_ == "according" else cue.text


def _find(article: ParsedArticle) -> Iterator[_Found]:
    """Every reported clause in the article's body, in order."""
    doc = article.doc
    cues = may_cue(article)
    for _, block in article.layout.body:
        span = doc.char_span(block.start, block.end, alignment_mode="expand")
        if span is None:
            continue
        first = bisect.bisect_left(cues, span.start)
        for index in cues[first : bisect.bisect_left(cues, span.end)]:
            token = doc[index]
            clause = _according_to(token) or _reporting(token)
            if clause is not None and _worded(doc[clause.start : clause.end]):
                clause = _past_colon(clause)
                yield _Found(clause.how, clause.cue, clause.source, *_characters(clause))


def may_cue(article: ParsedArticle) -> list[int]:
    """The indexes of the tokens a reported clause can hang from, in order: the verbs that
    `_reporting` reads and the "according" of `_according_to`; every other token they turn
    down at once."""
    verbs = article.tokens_where("POS", ["VERB"])
    return sorted({*verbs, *article.tokens_where("LOWER", ["according"])})


@dataclass(frozen=True, slots=True)
class _Clause:
    how: str
    cue: Token
    source: Token | None
    start: int  # token indexes
    end: int


def _reporting(verb: Token) -> _Clause | None:
    """A verb of saying with the clause it reports, before or after it, or around it; not a
    verb that reports no claim (`unclaimed`)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    if unclaimed(verb) is not None:
        return None
    source = _source(verb)
    if source is None:
        return None
    # The clause after the verb first: of two, the one before is often the parse's mistake.
    # Clauses the parse split on one side ("said [they're fine with] [however it plays out]")
    # are one.
    lemma = verb.lemma_.lower()
    sides = [list(verb.rights)] if _says_its_object(verb) else [list(verb.rights), list(verb.lefts)]
    for side in sides:
        said = [
            child
            for child in side
            if child.dep_ in CONTENT_DEPS
            or (child.dep_ == "xcomp" and lemma in INFINITIVE_VERBS)
            or (child.dep_ == "dobj" and lemma in OBJECT_VERBS)
        ]
        if said:
            end = _clause_end(said[0])
            if end == said[0].right_edge.i + 1:  # not cut before the speaker's next report
                end = _clause_end(said[-1])
            start = said[0].left_edge.i
            before = _report_before(verb)
            if side is sides[0] and before is not None:
                start = before.left_edge.i  # "…, they said: …": both sides, one report
            return _Clause("speech-verb", verb, source, start, end)
    if _set_off(verb):
        # "The plan, she said, would fail.": the clause around the cue, without it.
        return _around("set-off", verb, verb.head, source)
    return None


def _report_before(verb: Token) -> Token | None:
    """The clause a verb of saying set off after it reports too, when a colon opens the one
    after it: "All that was needed was better planning, they said: It was a technical
    problem." is one report, its first half the claim."""
    doc = verb.doc
    following = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if following is None or following.text != ":":
        return None
    return next((c for c in verb.lefts if c.dep_ in CONTENT_DEPS), None)


def _says_its_object(verb: Token) -> bool:
    """The verb's object right after it is what was said ("Dr Mitchell suggested an even
    broader initiative"), so a clause before it is the writer's, not its report ("The proposal
    was generally supported …, Dr Mitchell suggested …"). Not a hearer ("…, she told
    reporters", "…, Kennedy wrote Linick"), nor a phrase the parse took for an object past a
    comma or colon ("…, Mrs. Clinton said, a hint of frustration in her voice")."""
    if verb.lemma_.lower() in HEARER_VERBS:
        return False
    doc = verb.doc
    return any(
        child.dep_ == "dobj"
        and child.i > verb.i
        and child.pos_ not in ("PROPN", "PRON")
        and not any(doc[i].is_punct for i in range(verb.i + 1, child.i))
        for child in verb.children
    )


def _negated(verb: Token) -> bool:
    """The verb is negated: "Police have not disclosed the victims' identities", "did not say
    whether" report nothing anyone claimed."""
    return any(child.dep_ == "neg" for child in verb.children)


def _wished(verb: Token) -> bool:
    """The verb is an infinitive another word asks for: what someone wants said, not what was
    said ("declined to say whether", "is expected to argue that", "called for research
    councils to insist their grant-holders …"), or one a copula holds ("It is my duty to
    inform you that …", "it's not unreasonable for Clinton to assert that …": what ought to be
    said). An infinitive of purpose ("stood up to say he was leaning …") and one under a verb of
    going on ("continues to insist") still report."""
    infinitive = any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children)
    if not infinitive or verb.head.lemma_.lower() in ASPECTUAL_VERBS:
        return False
    if verb.head.lemma_ == "be":
        return True
    return verb.dep_ in WISHED_DEPS or (verb.dep_ == "advcl" and _asks_someone(verb.head, verb))


def _asks_someone(head: Token, infinitive: Token) -> bool:
    """The verb an infinitive hangs from names, in a "for" phrase before it, someone else to
    do the saying ("called for research councils to insist"); without one the infinitive is
    the subject's own purpose ("took her there to explain", "stood up to say")."""
    return any(
        child.dep_ == "prep" and child.lower_ == "for" and child.i < infinitive.i
        for child in head.children
    )


def _demonstrative(verb: Token) -> bool:
    """The subject is "that" or "this", which is no one: "That said, the government have
    argued that …" reports nothing of its own (the clause under it may)."""
    return any(
        child.dep_ in ACTIVE_SUBJECT_DEPS
        and child.tag_ == "DT"
        and child.lower_ in ("that", "this")
        for child in verb.children
    )


# Verbs of saying that report no claim, each with the evidence it reads; the first that holds
# names the class.
NOT_CLAIMS: tuple[tuple[str, Callable[[Token], bool]], ...] = (
    ("negated", _negated),
    ("wished", _wished),
    ("demonstrative", _demonstrative),
)


def unclaimed(verb: Token) -> str | None:
    """The name of the first `NOT_CLAIMS` rule that says the verb reports no claim, or None."""
    for name, rule in NOT_CLAIMS:
        if rule(verb):
            return name
    return None


def _clause_end(clause: Token) -> int:
    """Where the reported clause ends: before a verb of saying the parse joined to it with no
    subject of its own, which is the speaker's next report ("claimed Moscow downed 91 drones
    [and warned the move …]"), or before another's report set against it ("some wrote that
    students shouldn't be monitored [— while others said footage helped]")."""
    for token in clause.subtree:
        if token.i > clause.i and _contrasting_report(token):
            before = token.left_edge.i
            while before > clause.i + 1 and clause.doc[before - 1].is_punct:
                before -= 1
            return before
    for child in clause.rights:
        if (
            child.dep_ == "conj"
            and child.lemma_.lower() in SPEECH_VERBS
            and not any(c.dep_ in ACTIVE_SUBJECT_DEPS for c in child.children)
        ):
            before = child.left_edge.i
            while before > clause.i + 1 and clause.doc[before - 1].dep_ in ("cc", "punct"):
                before -= 1
            return before
    return clause.right_edge.i + 1


def _contrasting_report(verb: Token) -> bool:
    """A verb of saying in an adverbial clause with a subject of its own: another source's
    report ("while others said …"), which the clause before it does not hold."""
    return (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() in SPEECH_VERBS
        and any(child.dep_ in ACTIVE_SUBJECT_DEPS for child in verb.children)
        and any(child.dep_ == "mark" and child.lower_ in CONTRAST_MARKS for child in verb.children)
    )


def _set_off(verb: Token) -> bool:
    """A reporting clause set off by commas inside or after the clause it reports, which the
    parse hangs from that clause ("…, the former executive told The Post, Fiorina would
    lead …"): it names its source (`_names_its_source`), no conjunction introduces it and it
    takes no object (but whom it told)."""
    if verb.head.pos_ not in ("VERB", "AUX") or not _names_its_source(verb):
        return False
    if verb.dep_ == "parataxis":
        return True
    after = verb.right_edge.i + 1
    return (
        verb.dep_ == "advcl"
        and (after >= len(verb.doc) or verb.doc[after].is_punct)
        and not any(
            (child.dep_ == "mark" and child.lower_ != "as")  # "as X reported, …" is a report
            or child.dep_ in ("advmod", "xcomp", "prep")
            or (child.dep_ == "dobj" and verb.lemma_.lower() != "tell")
            for child in verb.children
        )
    )


def _names_its_source(verb: Token) -> bool:
    """The verb names who speaks in its own clause, by a subject or an agent ("she said", "as
    reported by Western Journalism"); a participle ("…, she sent an email saying") or "as
    promised" names no one of its own."""
    return any(
        child.dep_ in ACTIVE_SUBJECT_DEPS or child.dep_ == "agent" for child in verb.children
    )


def _according_to(token: Token) -> _Clause | None:
    """ "according to X, …" or "…, according to X": the clause the phrase hangs from."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc):
        return None
    to = token.doc[token.i + 1]
    if to.lower_ != "to" or to.head.i != token.i:
        return None
    source = next((child for child in to.children if child.dep_ == "pobj"), None)
    if source is None or token.head.i == token.i:
        return None
    return _around("according-to", token, _credited_clause(token), source)


def _credited_clause(according: Token) -> Token:
    """The clause "according to X" credits: the one it hangs from, or, for the phrase that
    ends its sentence, the sentence's main clause, wherever the parse hung it ("The expansion
    includes routes that it launched in 2020, according to schedule data": the whole
    sentence). The climb stops below a verb of saying, whose own report that is."""
    clause = according.head
    doc = according.doc
    after = range(according.right_edge.i + 1, according.sent.end)
    if not all(doc[i].is_punct or doc[i].is_space for i in after):
        return clause
    while clause.head.i != clause.i and clause.head.lemma_.lower() not in SPEECH_VERBS:
        clause = clause.head
    return clause


def _around(how: str, cue: Token, clause: Token, source: Token | None) -> _Clause:
    """The clause of `clause` on the side of the cue's own phrase that holds it ("[…], she
    said", "according to X, […]"); the whole clause when the cue stands inside it ("[The plan,
    she said, would fail]": one range, as written)."""
    doc = cue.doc
    before = range(clause.left_edge.i, cue.left_edge.i)
    after = range(cue.right_edge.i + 1, clause.right_edge.i + 1)
    if _worded(doc[before.start : before.stop], 2) and _worded(doc[after.start : after.stop], 2):
        return _Clause(how, cue, source, before.start, after.stop)
    side = max(before, after, key=len)
    return _Clause(how, cue, source, side.start, side.stop)


def _source(verb: Token) -> Token | None:
    """Who speaks: the verb's subject, or for "…, adding that" and "… and said that" the
    subject of the clause it continues."""
    token = verb
    for _ in range(MAX_SOURCE_CLIMB):
        subject = next((c for c in token.children if c.dep_ in ACTIVE_SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if token.dep_ not in CLIMB_DEPS or token.head.i == token.i:
            return None
        token = token.head
    return None


def _worded(span: Span, words: int = MIN_CONTENT_WORDS) -> bool:
    return sum(1 for token in span if token.is_alpha) >= words


def _past_colon(clause: _Clause) -> _Clause:
    """A claim whose sentence ends in a colon goes on after it: "… lays the groundwork for
    something bigger:" and the sentence that says what, in its paragraph or the next one."""
    doc = clause.cue.doc
    colon = clause.end - 1
    while colon > clause.start and doc[colon].is_space:
        colon -= 1
    if doc[colon].text != ":" and clause.end < len(doc):
        colon = clause.end  # the colon hangs from the verb, just after the clause
    if doc[colon].text != ":":
        return clause
    following = colon + 1
    while following < len(doc) and doc[following].is_space:
        following += 1
    if following >= len(doc) or doc[following].sent.start != following:
        return clause  # the sentence goes on after the colon: the clause holds it already
    return _Clause(clause.how, clause.cue, clause.source, clause.start, doc[following].sent.end)


def _characters(clause: _Clause) -> tuple[int, int]:
    """The clause's character range without a leading "that", punctuation or a conjunction at
    its ends, or a bracket it leaves open ("less than $10bn [(£5.17bn]")."""
    doc = clause.cue.doc
    first, last = clause.start, clause.end - 1
    while first < last and (
        doc[first].is_punct or (doc[first].lower_ == "that" and doc[first].dep_ == "mark")
    ):
        first += 1
    opened = [i for i in range(first, last + 1) if doc[i].text in "(["]
    closed = sum(1 for i in range(first, last + 1) if doc[i].text in ")]")
    if len(opened) > closed and opened[-1] > first:
        last = opened[-1] - 1
    while last > first and (doc[last].is_punct or doc[last].is_space or doc[last].pos_ == "CCONJ"):
        last -= 1  # nor an "and" the parse cut the next clause from
    return doc[first].idx, doc[last].idx + len(doc[last])
