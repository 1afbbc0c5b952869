"""One stream of briefs: inputs in, a `Brief` or a `Failure` for each out, in input order.

Every command briefs through here: `summarize` (one process, streaming), `digest` (`--jobs`
worker processes) and `batch` (a partition per worker). Articles stream through one model pass
(`brief_articles`); an input that cannot be read, or whose briefing raises, becomes a `Failure`
naming it in its place, and the others go on. Only a missing model (`ModelError`) stops the
stream: it is no article's fault.

With several worker processes, inputs go in chunks: a worker reads its chunk, briefs it through
one `nlp.pipe` stream and sends back small `Brief` records (never spaCy docs). Results come back
in input order whatever the number of processes, so a digest is the same with `--jobs 1` and
`--jobs 4`. Each worker loads the pipeline once.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import partial

from brief.briefing import Options, brief_articles
from brief.errors import InputError, ModelError
from brief.inputs.reading import read_article
from brief.limits import DEFAULT_MAX_BYTES
from brief.nlp.batches import bounded_runs
from brief.records import Article, Failure, Outcome

# A chunk is one nlp.pipe batch. The model's working memory grows with the text in a batch,
# so a chunk holds at most CHUNK_ARTICLES articles and, past its first, CHUNK_BYTES of input:
# a day of long articles then peaks no higher than a day of short ones.
CHUNK_ARTICLES = 32
CHUNK_BYTES = 48_000
# Towards the end chunks get smaller, down to this many articles, so that the workers finish
# together instead of one waiting out the other's last big chunk.
LAST_CHUNK_ARTICLES = 4


def brief_sources(
    sources: Sequence[str],
    options: Options,
    *,
    jobs: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Outcome]:
    """One outcome per source (a path, or "-" for stdin), in order: a source given twice is
    read and briefed twice, as `cat` would read it twice.

    In this process the stream is lazy: a source is read when the model is ready for it and its
    brief comes out as soon as it is made. With `jobs` > 1, chunks go to worker processes.
    """
    chunks = worker_chunks(sources, jobs) if jobs > 1 else []
    # A worker with nothing to do would only load the model; one chunk is briefed here, as
    # starting a worker (a fresh interpreter, its imports, the model) costs more than it saves.
    jobs = min(jobs, len(chunks))
    if jobs <= 1:
        yield from brief_stream(read_sources(sources, max_bytes), options)
        return
    # spawn, not fork: a worker starts clean, whatever threads or state this process has.
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_load_pipeline, initargs=(options.model,)) as pool:
        work = partial(_brief_chunk, options=options, max_bytes=max_bytes)
        for outcomes in pool.imap(work, chunks):
            yield from outcomes


def worker_chunks(sources: Sequence[str], jobs: int) -> list[list[str]]:
    """`sources` cut, in order, into the chunks `jobs` workers take one at a time.

    Each chunk holds about a `2 * jobs`-th of the articles still left (guided scheduling), within
    `CHUNK_ARTICLES` and `CHUNK_BYTES`, and at least `LAST_CHUNK_ARTICLES`: full batches while
    there is much to do, small ones at the end, where a worker would otherwise sit idle while
    another finishes a big one.
    """
    chunks: list[list[str]] = []
    start = 0
    while start < len(sources):
        share = -(-(len(sources) - start) // (2 * max(jobs, 1)))
        count = max(LAST_CHUNK_ARTICLES, min(CHUNK_ARTICLES, share))
        rest = itertools.islice(sources, start, None)
        chunk = next(bounded_runs(rest, count=count, total=CHUNK_BYTES, measure=_size))
        chunks.append(chunk)
        start += len(chunk)
    return chunks


def read_sources(sources: Iterable[str], max_bytes: int) -> Iterator[Article | Failure]:
    """Each source read into an `Article`, or the `Failure` that says why it could not be."""
    for source in sources:
        try:
            yield read_article(source, max_bytes=max_bytes)
        except InputError as error:
            yield Failure.of(error)


def brief_stream(items: Iterable[Article | Failure], options: Options) -> Iterator[Outcome]:
    """Brief articles in order through one streaming model pass, never stopping for a bad one.

    A `Failure` item passes through in its place, and so does an article whose briefing raises.
    When the stream breaks, the articles in flight are briefed one by one to find the culprit,
    and streaming resumes after them. A missing model (`ModelError`) still raises, and so does
    a break with no article in flight: retrying it would break the same way forever.
    """
    source = iter(items)
    first = next(source, None)
    if first is None:
        return  # nothing to brief, so no model to load (a digest's workers briefed its files)
    source = itertools.chain([first], source)
    pending: deque[Article | Failure] = deque()

    def articles() -> Iterator[Article]:
        while True:
            try:
                item = next(source)
            except StopIteration:
                return
            except Exception as error:
                raise _ReadFailed(error) from error
            pending.append(item)
            if isinstance(item, Article):
                yield item

    while True:
        try:
            for brief in brief_articles(articles(), options):
                yield from _leading_failures(pending)
                pending.popleft()
                yield brief
            yield from _leading_failures(pending)
            return
        except ModelError:
            raise
        except _ReadFailed as failed:
            raise failed.reading_error from None
        except Exception:
            if not pending:  # no article in flight: not one's fault (say, memory to load the model)
                raise
            stuck = list(pending)
            pending.clear()
            yield from (_brief_alone(item, options) for item in stuck)


class _ReadFailed(Exception):
    """Producing the items failed (not one article): the stream cannot go on."""

    def __init__(self, reading_error: Exception) -> None:
        super().__init__(str(reading_error))
        self.reading_error = reading_error


def _leading_failures(pending: deque[Article | Failure]) -> Iterator[Failure]:
    while pending and isinstance(first := pending[0], Failure):
        pending.popleft()
        yield first


def _brief_alone(item: Article | Failure, options: Options) -> Outcome:
    if isinstance(item, Failure):
        return item
    try:
        return next(brief_articles([item], options))
    except ModelError:
        raise
    except InputError as error:  # e.g. out of memory: the library's own words say it best
        return Failure.of(error)
    except Exception as error:  # a bug met on this article must not cost the others
        return Failure(item.name, f"could not be briefed ({type(error).__name__}: {error})")


def _brief_chunk(sources: Sequence[str], options: Options, max_bytes: int) -> list[Outcome]:
    """A worker's job: read and brief a few sources in one model stream.

    Running out of memory comes back as a plain `MemoryError`: numpy's own kind would make the
    caller import numpy to unpickle it, which a process short of memory may not manage.
    """
    try:
        if _START_FAILURE:
            raise _START_FAILURE[0]
        return list(brief_stream(read_sources(sources, max_bytes), options))
    except MemoryError as error:
        raise MemoryError(str(error)) from None


# Why this worker's start-up failed, if it did: raised by its first chunk instead.
_START_FAILURE: list[Exception] = []


def _load_pipeline(model: str | None) -> None:
    """Worker start-up: load the pipeline once, before the first chunk arrives.

    A failure (no such pipeline, no memory for it) must not escape here: a pool replaces a
    worker whose start-up raised, and the new one fails the same way, forever. The worker's
    first chunk raises it instead, and the pool carries it back to the caller.
    """
    from brief.collector import quiet_start_up
    from brief.nlp import pipeline as nlp

    quiet_start_up()  # this worker is one of brief's own processes
    try:
        nlp.load_pipeline(nlp.model_name(model))
    except Exception as error:
        _START_FAILURE.append(error)


def _size(source: str) -> int:
    try:
        return os.path.getsize(source)
    except OSError:
        return 0  # its reader will say what is wrong
