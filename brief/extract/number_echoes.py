"""Numbers read against the others of their article: an elliptical number takes the measure of
the one it echoes ("the draft plan offers 15" after "30-50 year security guarantees" is 15
years), a run of scores is one result, and a figure said twice is listed once.
"""

from __future__ import annotations

from dataclasses import replace

from brief.extract.number_clauses import other_side
from brief.extract.number_what import LEVEL_VERBS, MEASURED_KINDS
from brief.layout import Block
from brief.parsed import ParsedArticle
from brief.quote_marks import OPENING_MARKS
from brief.records import Number

# Comparatives an amount said again in another unit may follow: "12 per cent more – or £38,831".
COMPARATIVES = frozenset("more less higher lower".split())
# Kinds of number whose "what" names who or what holds a place or a result, never a measure
# another number could share: "the Sony Walkman at number three and the remote control at two".
PLACED_KINDS = frozenset({"rank", "ordinal", "score", "age"})
# Prepositions of a time frame: "over three weeks" frames a clause, it is not a quantity that
# a later bare number echoes.
FRAME_PREPOSITIONS = frozenset("over in during within after since across past".split())
# A bare number this many times a duration's is no echo of it: "three weeks ... 16.8 million".
MAX_ECHO_RATIO = 100


def resolve_ellipses(article: ParsedArticle, numbers: list[Number]) -> list[Number]:
    """A number that names no noun of its own borrows what an earlier one counts.

    - A bare number that ends its clause borrows unit and `what` from the number it echoes:
      "Ukraine pushed for 30-50 year security guarantees / the draft plan currently offers 15"
      counts what its sibling list item (or an earlier number in the same sentence) counts.
    - Money, a percentage or a measure is another value of the measure the sentence last gave
      in the same unit: "the average house price was £192,713 in England; £139,544 in Wales",
      "profit was £75m, compared with £125m a year earlier"; or the amount just before it,
      said again after "or": "fuel costs rose by £106m or 47.3%".
    - A bare count that starts its sentence as the subject counts what the count of the
      sentence before counts: "more than 25,000 people have fought Ebola infections. More than
      10,000 have not survived".
    """
    resolved: list[Number] = []
    for number in numbers:
        if _is_elliptical(article, number):
            source = _antecedent(article, number, resolved)
            if source is not None:
                what = None if source.kind in PLACED_KINDS else source.what
                number = replace(number, unit=source.unit, what=what, kind=source.kind)
        elif _bare_subject(article, number):
            source = next((n for n in reversed(resolved) if n.what is not None), None)
            if source is not None and _counted_before(article, number, source):
                number = replace(number, what=source.what)
        elif number.what is None and number.unit is not None and number.kind in MEASURED_KINDS:
            source = (
                None
                if _opposed(article, number)
                else _same_measure(number, resolved) or _restated(article, number, resolved)
            )
            if source is not None:
                number = replace(number, what=source.what)
        resolved.append(number)
    return resolved


def score_runs(article: ParsedArticle, numbers: list[Number]) -> list[Number]:
    """The set scores of one match ("6-1 6-2 win", "6-7 (4-7) 7-6 7-5") are one result: a
    score in a run of scores with only spaces and brackets between them says what the run's
    first reading says."""
    runs: list[list[Number]] = []
    for number in numbers:
        previous = runs[-1][-1] if runs else None
        joined = (
            previous is not None
            and number.kind == previous.kind == "score"
            and not article.layout.text[previous.end : number.start].strip(" ()")
        )
        if joined:
            runs[-1].append(number)
        else:
            runs.append([number])
    resolved: list[Number] = []
    for run in runs:
        what = next((number.what for number in run if number.what is not None), None)
        resolved.extend(replace(number, what=number.what or what) for number in run)
    return resolved


def without_repeats(article: ParsedArticle, numbers: list[Number]) -> list[Number]:
    """Each reading once: "the last 25 years" said ten times is one fact for a reader.

    A repeat is the same value, range, unit, kind and change; it is dropped when it counts the
    same thing or names nothing new. The body's mention wins over the headline's, since it comes
    with a whole sentence.
    """
    seen: dict[tuple[object, ...], set[str | None]] = {}
    kept = []
    in_body = {id(number) for number in numbers if article.block_at(number.start)}
    for number in sorted(numbers, key=lambda number: (id(number) not in in_body, number.start)):
        reading = (number.value, number.low, number.high)
        # A score has no value of its own: its text is its reading.
        value = number.text if reading == (None, None, None) else reading
        key = (value, number.unit, number.kind, number.change)
        whats = seen.setdefault(key, set())
        if whats and (number.what is None or number.what in whats):
            continue
        whats.add(number.what)
        kept.append(number)
    return sorted(kept, key=lambda number: number.start)


def _opposed(article: ParsedArticle, number: Number) -> bool:
    """The number is the other side's share after a "by" share (`other_side`), so not another
    value of the same measure."""
    last = article.doc[article.token_at(number.end - 1)]
    to = last.head
    verb = to.head
    if last.dep_ != "pobj" or verb.pos_ != "VERB" or verb.lemma_.lower() in LEVEL_VERBS:
        return False
    return other_side(verb, to)


def _restated(article: ParsedArticle, number: Number, earlier: list[Number]) -> Number | None:
    """The amount a number in another unit says again after "or" (past a comparative): "fuel
    costs rose by £106m or 47.3%", "cost 12 per cent more – or £38,831 –"."""
    if not earlier or earlier[-1].what is None or earlier[-1].sentence != number.sentence:
        return None
    between = article.layout.text[earlier[-1].end : number.start].lower().split()
    words = [word for word in between if word.strip(",-–—") and word not in COMPARATIVES]
    return earlier[-1] if words == ["or"] else None


def _same_measure(number: Number, earlier: list[Number]) -> Number | None:
    """The last number before `number` in its sentence in the same unit, if it says what it
    counts."""
    for candidate in reversed(earlier):
        if candidate.sentence != number.sentence:
            return None
        if candidate.unit == number.unit and candidate.kind == number.kind:
            return candidate if candidate.what is not None else None
    return None


def _is_elliptical(article: ParsedArticle, number: Number) -> bool:
    if number.what or number.unit or number.kind != "count" or number.value is None:
        return False
    # An opening quote starts the noun: 'There are 31 "open outbreaks"' names its own count.
    after = article.layout.text[number.end : number.end + 40]
    if after[:1] == "-" and after[1:2].isalpha():
        return False  # "a record 49-match run": a compound, not the end of a clause
    following = after.lstrip().lstrip(OPENING_MARKS)
    return not following or not following[0].isalnum() or following.split()[0] in {"and", "or"}


def _bare_subject(article: ParsedArticle, number: Number) -> bool:
    """A count with no noun of its own that starts its sentence as its subject: "Two have
    left" (not "the top five includes", nor "while 10 was taken to mean")."""
    if number.what or number.unit or number.kind != "count" or number.value is None:
        return False
    last = article.doc[article.token_at(number.end - 1)]
    first = article.token_at(number.start)
    starts = first == article.sentence_start(first)
    partitive = any(child.lower_ == "of" for child in last.children)  # "23 of the 53 wounded"
    return starts and not partitive and last.dep_ in {"nsubj", "nsubjpass"} and last.pos_ == "NUM"


def _counted_before(article: ParsedArticle, number: Number, echo: Number) -> bool:
    """`echo`, the last number before `number` that says what it counts, is a count in the
    sentence before: "more than 25,000 people have fought Ebola. More than 10,000 have not
    survived" (the people)."""
    last = article.token_at(number.end - 1)
    before = article.sentence_start(last, back=1)
    in_sentence_before = before <= article.token_at(echo.start) < article.sentence_start(last)
    return echo.kind == "count" and in_sentence_before


def _antecedent(article: ParsedArticle, number: Number, earlier: list[Number]) -> Number | None:
    layout = article.layout
    here = article.block_at(number.start)
    for candidate in reversed(earlier):
        if (candidate.what is None and candidate.unit is None) or _time_frame(
            article, candidate, number
        ):
            continue
        if candidate.kind in PLACED_KINDS and layout.text[candidate.end : candidate.end + 1] == "-":
            continue  # "18 first-place votes, Rubio got seven": a place that modifies a noun
        if candidate.sentence == number.sentence:
            return candidate
        there = article.block_at(candidate.start)
        if here and there and _sibling_items(layout.body, there[1], here[1]):
            return candidate
        return None
    return None


def _time_frame(article: ParsedArticle, number: Number, echo: Number) -> bool:
    """A duration after a preposition of time frames its clause ("over three weeks"), and a
    duration is no measure of a number far bigger than it: `echo` ("the total reached 16.8
    million") does not count weeks. "Jailed for three years, his partner for two" does."""
    first = article.token_at(number.start)
    if number.kind != "duration" or number.what is not None or first == 0:
        return False  # "for 30-50 year security guarantees" counts guarantees
    size = number.value or number.high or 0
    if echo.value is not None and echo.value > MAX_ECHO_RATIO * max(size, 1):
        return True
    return article.doc[first - 1].lower_ in FRAME_PREPOSITIONS


def _sibling_items(body: tuple[tuple[int, Block], ...], first: Block, second: Block) -> bool:
    """Two bullet items of one list: bullets with only bullets between them."""
    if first.kind != "bullet" or second.kind != "bullet":
        return False
    between = [block for _, block in body if first.start < block.start < second.start]
    return all(block.kind == "bullet" for block in between)
