"""The library's entry points: articles in, `Brief` records out, one model pass per article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from brief.layout import Layout, parse_layout
from brief.model import Brief, Section, Source, SummarySentence
from brief.parsed import ParsedArticle
from brief.reading import Article
from brief.summarizer import Candidate, score, select
from brief.typography import normalize

DEFAULT_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class Options:
    """How to brief: how many key sentences, and which spaCy pipeline."""

    sentences: int = DEFAULT_SENTENCES
    model: str | None = None


def summarize(
    text: str,
    *,
    sentences: int = DEFAULT_SENTENCES,
    model: str | None = None,
    path: str | None = None,
) -> Brief:
    """Brief one article given as text. `path` only labels the source in the output."""
    article = Article.from_text(text, path=path)
    return next(brief_articles([article], Options(sentences=sentences, model=model)))


def brief_articles(articles: Iterable[Article], options: Options = Options()) -> Iterator[Brief]:
    """Brief articles in order, streaming them through the model in batches.

    Memory stays at one batch of parsed articles however many stream through: each article
    rides through `nlp.pipe` with its layout, and its brief is yielded as soon as it is parsed.
    """
    from brief import nlp  # the spaCy import happens here, only when there is work to do

    pipeline = nlp.load_pipeline(nlp.model_name(options.model))
    for doc, (article, layout) in nlp.parse_many(pipeline, _laid_out(articles)):
        yield assemble(article, ParsedArticle(article.text, layout, doc), options)


def _laid_out(
    articles: Iterable[Article],
) -> Iterator[tuple[str, list[int], tuple[Article, Layout]]]:
    """What the model needs of each article, with the article and its layout as context."""
    for article in articles:
        layout = parse_layout(normalize(article.text))
        yield layout.text, _sentence_starts(layout), (article, layout)


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
    from brief.extract.entities import extract_entities
    from brief.extract.numbers import extract_numbers
    from brief.extract.quotes import extract_quotes
    from brief.extract.sentences import candidates as sentence_candidates

    layout = parsed.layout
    entities = extract_entities(parsed)
    candidates = sentence_candidates(parsed)
    title_words = _title_words(parsed)
    chosen = select(candidates, options.sentences, title_words)
    headings = [_heading(parsed, index) for index in range(len(layout.sections))]
    return Brief(
        source=Source(article.path, len(article.text.split()), article.sha256, article.id),
        title=parsed.original(layout.title.start, layout.title.end) if layout.title else None,
        summary=tuple(
            SummarySentence(c.text, c.line, headings[c.section], c.start, c.end) for c in chosen
        ),
        sections=_sections(parsed, candidates, score(candidates, title_words), headings),
        entities=entities.entities,
        numbers=tuple(extract_numbers(parsed)),
        quotes=tuple(extract_quotes(parsed, entities)),
    )


def _title_words(parsed: ParsedArticle) -> frozenset[str]:
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
    parsed: ParsedArticle,
    candidates: list[Candidate],
    scores: list[float],
    headings: list[str | None],
) -> tuple[Section, ...]:
    best: dict[int, tuple[float, Candidate]] = {}
    for candidate, value in zip(candidates, scores, strict=True):
        if candidate.section not in best or value > best[candidate.section][0]:
            best[candidate.section] = (value, candidate)
    sections = []
    for index, span in enumerate(parsed.layout.sections):
        first = span.heading or (span.blocks[0] if span.blocks else None)
        gist = best.get(index)
        sections.append(
            Section(
                heading=headings[index],
                line=first.line if first else 1,
                summary=gist[1].text if gist else None,
                paragraphs=tuple(parsed.original(block.start, block.end) for block in span.blocks),
            )
        )
    return tuple(sections)
