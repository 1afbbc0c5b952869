"""Summary candidates: the article's body sentences, never headings, bullets or fragments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.parsed import ParsedArticle
from brief.summarizer import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Span

MIN_WORDS = 4
CLOSERS = frozenset("\"'”’»)]")
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}


def candidates(article: ParsedArticle) -> list[Candidate]:
    """Sentences in paragraph blocks that read as sentences, in article order."""
    found = []
    for sentence in article.sentences:
        located = article.layout.block_at(sentence.start_char)
        if located is None:
            continue
        section, block = located
        if block.kind != "paragraph" or not _reads_as_sentence(sentence):
            continue
        start, end = sentence.start_char, _closing_end(article.text, sentence.end_char, block.end)
        if article.text[start:end].rstrip().endswith(":"):
            continue  # it introduces what follows and says little alone
        found.append(
            Candidate(
                text=article.original(start, end),
                start=start,
                end=end,
                line=article.line_at(start),
                section=section,
                words=content_words(sentence),
            )
        )
    return found


def content_words(span: Span) -> tuple[str, ...]:
    """Lower-cased lemmas of the span's content words."""
    return tuple(
        token.lemma_.lower() for token in span if token.pos_ in CONTENT_POS and not token.is_stop
    )


def _closing_end(text: str, end: int, limit: int) -> int:
    """Extend a sentence end over closing quotes and brackets the parser left outside it."""
    end = min(end, limit)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    while end < limit and text[end] in CLOSERS:
        end += 1
    return end


def _reads_as_sentence(sentence: Span) -> bool:
    words = [token for token in sentence if token.is_alpha]
    return len(words) >= MIN_WORDS and any(token.pos_ in {"VERB", "AUX"} for token in sentence)
