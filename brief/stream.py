"""Brief many input files in order, in this process or in several worker processes.

Inputs go in chunks: a worker reads its chunk, briefs it through one `nlp.pipe` stream and
sends back small `Brief` records (never spaCy docs). Results come back in input order
whatever the number of processes, so a digest is the same with `--jobs 1` and `--jobs 4`.
Each worker loads the pipeline once. An input that cannot be read, or whose briefing
fails, becomes a `Failure` naming it; the others go on.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from brief.briefing import Options, brief_articles
from brief.errors import InputError, ModelError
from brief.inputs.reading import Article, read_article
from brief.nlp.batches import bounded_runs
from brief.records import Brief

# A chunk is one nlp.pipe batch. The model's working memory grows with the text in a batch,
# so a chunk holds at most CHUNK_ARTICLES articles and, past its first, CHUNK_BYTES of input:
# a day of long articles then peaks no higher than a day of short ones.
CHUNK_ARTICLES = 32
CHUNK_BYTES = 48_000


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be briefed, and why (one line, for stderr)."""

    source: str
    message: str


Outcome = Brief | Failure


def brief_files(paths: Sequence[str], options: Options, *, jobs: int = 1) -> Iterator[Outcome]:
    """One outcome per path, in the order of `paths`."""
    chunks = list(bounded_runs(paths, count=CHUNK_ARTICLES, total=CHUNK_BYTES, measure=_size))
    jobs = min(jobs, len(chunks))  # a worker with nothing to do would only load the model
    if jobs <= 1:
        for chunk in chunks:
            yield from brief_chunk(chunk, options)
        return
    # spawn, not fork: a worker starts clean, whatever threads or state this process has.
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_load_pipeline, initargs=(options.model,)) as pool:
        for outcomes in pool.imap(partial(brief_chunk, options=options), chunks):
            yield from outcomes


def brief_chunk(paths: Sequence[str], options: Options) -> list[Outcome]:
    """Read and brief a few paths in one model stream; a failing article fails alone."""
    outcomes: list[Outcome | Article] = []
    for path in paths:
        try:
            outcomes.append(read_article(path))
        except InputError as error:
            outcomes.append(Failure(path, str(error)))
    articles = [item for item in outcomes if isinstance(item, Article)]
    briefs = iter(_brief_all(articles, options))
    return [next(briefs) if isinstance(item, Article) else item for item in outcomes]


def _brief_all(articles: list[Article], options: Options) -> list[Outcome]:
    try:
        return list(brief_articles(articles, options))
    except (ModelError, KeyboardInterrupt):
        raise
    except Exception:  # find the article that broke the batch, and brief the others
        return [_brief_one(article, options) for article in articles]


def _brief_one(article: Article, options: Options) -> Outcome:
    try:
        return next(brief_articles([article], options))
    except ModelError:
        raise
    except Exception as error:  # a bug met on this article must not cost the whole digest
        return Failure(article.name, f"{article.name}: could not be briefed ({error!r})")


def _load_pipeline(model: str | None) -> None:
    """Worker start-up: load the pipeline once, before the first chunk arrives."""
    from brief.nlp import pipeline as nlp

    nlp.load_pipeline(nlp.model_name(model))


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # its reader will say what is wrong
