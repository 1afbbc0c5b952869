"""The library's entry points: articles in, `Brief` records out, one model pass per article."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from brief.errors import OutOfMemoryError
from brief.inputs.language import input_warnings
from brief.layout import Layout, parse_layout
from brief.nlp.typography import normalize
from brief.parsed import ParsedArticle
from brief.records import Article, Brief, Quote, Section, Source, SummarySentence
from brief.summarizer import Candidate, choose, gists, summary_size


@dataclass(frozen=True, slots=True)
class Options:
    """How to brief.

    - `sentences`: how many key sentences; wins over `ratio`;
    - `model`: the spaCy pipeline, by package name or folder (None: $BRIEF_MODEL, else the
      pinned default; `brief.nlp.pipeline.model_name`);
    - `ratio`: key sentences as a share of the article's sentences. With neither this nor
      `sentences`, the count follows the article's length (`brief.summarizer.summary_size`);
    - `explain`: add to each key sentence a line saying why it was chosen, and to each quote
      the attribution step that named its speaker.
    """

    sentences: int | None = None
    model: str | None = None
    ratio: float | None = None
    explain: bool = False


def summarize(
    text: str,
    *,
    sentences: int | None = None,
    model: str | None = None,
    path: str | None = None,
) -> Brief:
    """Brief one article given as text. `path` only labels the source in the output."""
    article = Article.from_text(text, path=path)
    return next(brief_articles([article], Options(sentences=sentences, model=model)))


def key_sentences(
    text: str, n: int | None = None, *, ratio: float | None = None, model: str | None = None
) -> list[str]:
    """The article's key sentences as written, in article order: the summarizer on its own.

    `n` sentences, or a `ratio` of the article's sentences, or by default a count that follows
    the article's length.
    """
    _, parsed = next(parse_articles([Article.from_text(text)], model))
    return selected_sentences(parsed, Options(sentences=n, ratio=ratio, model=model))


def selected_sentences(parsed: ParsedArticle, options: Options = Options()) -> list[str]:
    """The key sentences of an already parsed article, as written, in article order."""
    return [item.text for item in summary(parsed, summary_candidates(parsed), options)]


def summary_candidates(
    parsed: ParsedArticle, quotes: Sequence[Quote] | None = None
) -> list[Candidate]:
    """The article's candidate key sentences; `quotes` (found when not given) say whose words
    the quotations are."""
    from brief.extract.sentences import candidates

    if quotes is None:
        from brief.extract.attribution import extract_quotes
        from brief.extract.cast import build_cast

        quotes = extract_quotes(parsed, build_cast(parsed))
    return candidates(parsed, quotes)


def summary(
    parsed: ParsedArticle, candidates: list[Candidate], options: Options = Options()
) -> tuple[SummarySentence, ...]:
    """The key sentences chosen from `candidates`, sized by the options, in article order."""
    count = summary_size(len(candidates), options.sentences, options.ratio)
    return tuple(
        SummarySentence(
            text=choice.candidate.text,
            line=choice.candidate.line,
            section=_heading(parsed, choice.candidate.section),
            start=choice.candidate.start,
            end=choice.candidate.end,
            speaker=choice.candidate.speaker,
            why=choice.why if options.explain else None,
        )
        for choice in choose(candidates, count, title_words(parsed))
    )


def brief_articles(articles: Iterable[Article], options: Options = Options()) -> Iterator[Brief]:
    """Brief articles in order, streaming them through the model in batches.

    Running out of memory on an article raises `OutOfMemoryError` naming it and its size.
    """
    for article, parsed in parse_articles(articles, options.model):
        try:
            brief = assemble(article, parsed, options)
        except MemoryError:
            raise _out_of_memory(article) from None
        yield brief


def parse_articles(
    articles: Iterable[Article], model: str | None = None
) -> Iterator[tuple[Article, ParsedArticle]]:
    """Lay out and parse articles in order, streaming them through the model in batches.

    Memory stays at one batch of parsed articles however many stream through: each article
    rides through `nlp.pipe` with its layout, and is yielded as soon as it is parsed; a long
    article is parsed in chunks (`brief.nlp.pipeline.parse_many`). If memory runs out all the
    same, `OutOfMemoryError` names the longest article the model was working on.
    """
    from brief.nlp import (
        pipeline as nlp,  # the spaCy import happens here, only when there is work to do
    )

    pipeline = nlp.load_pipeline(nlp.model_name(model))
    in_flight: deque[Article] = deque()
    try:
        for doc, (article, layout) in nlp.parse_many(pipeline, _laid_out(articles, in_flight)):
            in_flight.popleft()
            yield article, ParsedArticle(article.text, layout, doc)
    except MemoryError:
        if not in_flight:
            raise
        raise _out_of_memory(max(in_flight, key=lambda item: len(item.text))) from None


def _laid_out(
    articles: Iterable[Article], in_flight: deque[Article]
) -> Iterator[tuple[str, list[int], tuple[Article, Layout]]]:
    """What the model needs of each article, with the article and its layout as context.

    Each article joins `in_flight` as it goes to the model; the caller removes it when parsed.
    """
    for article in articles:
        in_flight.append(article)
        layout = parse_layout(normalize(article.text))
        yield layout.text, _sentence_starts(layout), (article, layout)


def _out_of_memory(article: Article) -> OutOfMemoryError:
    """The error for running out of memory while briefing `article`."""
    return OutOfMemoryError(article.name, len(article.text.encode("utf-8", "surrogatepass")))


def _sentence_starts(layout: Layout) -> list[int]:
    """Every block starts a sentence, and so does its line (a bullet's marker stays apart)."""
    blocks = [block for _, block in layout.body]
    if layout.title is not None:
        blocks.append(layout.title)
    blocks.extend(section.heading for section in layout.sections if section.heading is not None)
    starts = [block.start for block in blocks]
    starts.extend(layout.line_starts[block.line - 1] for block in blocks)
    return starts


def assemble(article: Article, parsed: ParsedArticle, options: Options) -> Brief:
    """Build the brief of one parsed article."""
    from brief.extract.attribution import extract_quotes
    from brief.extract.cast import build_cast
    from brief.extract.cast.salience import with_key_sentences
    from brief.extract.dates import extract_dates
    from brief.extract.entities import entities_of
    from brief.extract.number_salience import evidence, rank_dates, rank_numbers
    from brief.extract.numbers import extract_numbers
    from brief.extract.quantities import article_quantities
    from brief.extract.reported import with_reported

    layout = parsed.layout
    found = article_quantities(parsed)
    cast = build_cast(parsed)
    quotes = tuple(extract_quotes(parsed, cast))
    candidates = summary_candidates(parsed, quotes)
    headings = [_heading(parsed, index) for index in range(len(layout.sections))]
    key_sentences = summary(parsed, candidates, options)
    weight = evidence(parsed, key_sentences, found)
    return Brief(
        source=Source(article.path, len(article.text.split()), article.sha256, article.id),
        title=parsed.original(layout.title.start, layout.title.end) if layout.title else None,
        summary=key_sentences,
        sections=_sections(parsed, gists(candidates, title_words(parsed)), headings),
        entities=entities_of(with_key_sentences(cast, [(s.start, s.end) for s in key_sentences])),
        numbers=tuple(rank_numbers(extract_numbers(parsed, found), weight)),
        dates=tuple(rank_dates(extract_dates(parsed, found), weight)),
        quotes=tuple(
            quote if options.explain else replace(quote, step=None)
            for quote in with_reported(parsed, cast, quotes)  # then reported speech
        ),
        warnings=input_warnings(article.text),
    )


def title_words(parsed: ParsedArticle) -> frozenset[str]:
    from brief.extract.sentences import content_words

    title = parsed.layout.title
    if title is None:
        return frozenset()
    span = parsed.doc.char_span(title.start, title.end, alignment_mode="expand")
    return frozenset(content_words(span)) if span is not None else frozenset()


def _heading(parsed: ParsedArticle, index: int) -> str | None:
    heading = parsed.layout.sections[index].heading
    return parsed.original(heading.start, heading.end) if heading else None


def _sections(
    parsed: ParsedArticle, best: dict[int, Candidate], headings: list[str | None]
) -> tuple[Section, ...]:
    """Each section with its gist: the best-scoring sentence within it."""
    sections = []
    for index, span in enumerate(parsed.layout.sections):
        first = span.heading or (span.blocks[0] if span.blocks else None)
        gist = best.get(index)
        sections.append(
            Section(
                heading=headings[index],
                line=first.line if first else 1,
                summary=gist.text if gist else None,
                paragraphs=tuple(parsed.original(block.start, block.end) for block in span.blocks),
            )
        )
    return tuple(sections)
