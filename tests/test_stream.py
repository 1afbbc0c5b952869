"""One stream of outcomes: a brief or a failure for each input, in input order, never stopped
by one bad article; a missing model, or a break that is no article's fault, still stops it.

Most cases run on the blank pipeline (`blank_pipeline`): what they test is how the stream
carries on, not what the model finds.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import brief.briefing
from brief import Article, Brief, Options, summarize
from brief.errors import InputError, ModelError
from brief.nlp.pipeline import BATCH_SIZE
from brief.records import Failure, Outcome
from brief.stream import (
    CHUNK_ARTICLES,
    LAST_CHUNK_ARTICLES,
    brief_sources,
    brief_stream,
    read_sources,
    worker_chunks,
)

HARBOUR = (
    "Harbour bridge to close for repairs\n\n"
    "The Kingsport harbour bridge will close for six weeks from Monday, the city council said.\n"
)
ORCHESTRA = (
    "Orchestra wins funding\n\n"
    "The Northern Youth Orchestra has won a grant of £2.5m from the Arts Trust.\n"
)
RAIN = (
    "Record rain floods valley\n\n"
    "More than 300 homes were flooded in the Esk valley after 90mm of rain fell in a day.\n"
)


@pytest.fixture
def blank(blank_pipeline: Path) -> Options:
    """Options that brief with the blank pipeline."""
    return Options(model=str(blank_pipeline))


def names(outcomes: list[Outcome]) -> list[str | None]:
    """What each outcome is of: a failure's source, a brief's id or path."""
    return [o.source if isinstance(o, Failure) else o.source.id or o.source.path for o in outcomes]


def fragile_assembly(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """Briefing the article with id "boom" raises `error`; every other article is briefed."""
    real = brief.briefing.assemble

    def fragile(article: Article, parsed: Any, options: Options) -> Brief:
        if article.id == "boom":
            raise error
        return real(article, parsed, options)

    monkeypatch.setattr(brief.briefing, "assemble", fragile)


def test_a_failure_names_its_input_in_one_line() -> None:
    failure = Failure.of(InputError("news/a.txt", "is empty"))
    assert failure == Failure("news/a.txt", "is empty")
    assert failure.message == "news/a.txt: is empty"


def test_failures_keep_their_place_among_the_briefs(blank: Options) -> None:
    items: list[Article | Failure] = [
        Failure("first", "no such file"),
        Article.from_text(HARBOUR, id="harbour"),
        Failure("middle", "is empty"),
        Failure("another", "is binary data, not text"),
        Article.from_text(RAIN, id="rain"),
        Failure("last", "is empty"),
    ]
    outcomes = list(brief_stream(items, blank))
    assert names(outcomes) == ["first", "harbour", "middle", "another", "rain", "last"]
    assert [o for o in outcomes if isinstance(o, Failure)] == [
        item for item in items if isinstance(item, Failure)
    ]


def test_one_broken_article_is_a_failure_and_the_stream_goes_on(
    monkeypatch: pytest.MonkeyPatch, blank: Options
) -> None:
    fragile_assembly(monkeypatch, RuntimeError("extractor tripped"))
    items = [
        Article.from_text(HARBOUR, id="one"),
        Failure("gone", "no such file"),
        Article.from_text(RAIN, id="boom"),
        Article.from_text(ORCHESTRA, id="three"),
    ]
    results = list(brief_stream(items, blank))
    assert names(results) == ["one", "gone", "boom", "three"]
    assert results[1] == Failure("gone", "no such file")
    assert results[2] == Failure("boom", "could not be briefed (RuntimeError: extractor tripped)")
    assert not isinstance(results[3], Failure)
    assert results[3].to_dict() == summarize(ORCHESTRA, model=blank.model).to_dict() | {
        "source": results[3].to_dict()["source"]
    }


def test_an_article_that_runs_out_of_memory_fails_alone_in_the_librarys_words(
    monkeypatch: pytest.MonkeyPatch, blank: Options
) -> None:
    fragile_assembly(monkeypatch, MemoryError())
    items = [
        Article.from_text(HARBOUR, id="one"),
        Article.from_text(RAIN, id="boom"),
        Article.from_text(ORCHESTRA, id="three"),
    ]
    results = list(brief_stream(items, blank))
    assert names(results) == ["one", "boom", "three"]
    assert results[1] == Failure(
        "boom",
        f"ran out of memory briefing its {len(RAIN.encode()):,} bytes "
        "(split the input, or set --max-bytes lower to refuse such inputs at once)",
    )
    assert not any(isinstance(r, Failure) for r in (results[0], results[2]))


def test_a_partition_that_cannot_be_read_raises_its_own_error(blank: Options) -> None:
    def broken() -> Iterator[Article]:
        raise OSError("disk gone")
        yield  # a generator that fails on its first item

    with pytest.raises(OSError, match="disk gone"):
        list(brief_stream(broken(), blank))


def test_a_stream_that_breaks_with_no_article_in_flight_raises_instead_of_retrying(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []

    class Looped(BaseException):
        """Stops the test if the stream retries: a retry would break the same way forever."""

    def no_memory_for_the_model(articles: object, options: object) -> Iterator[object]:
        calls.append(1)
        if len(calls) > 2:
            raise Looped
        raise MemoryError("no memory for the model")
        yield  # a generator, as brief_articles is

    monkeypatch.setattr("brief.stream.brief_articles", no_memory_for_the_model)
    with pytest.raises(MemoryError):
        list(brief_stream([Article.from_text("A short article.")], Options()))
    assert len(calls) == 1


def test_a_missing_model_stops_the_stream_instead_of_failing_each_article() -> None:
    items = [Failure("gone", "no such file"), Article.from_text(HARBOUR)]
    with pytest.raises(ModelError, match="no_such_pipeline"):
        list(brief_stream(items, Options(model="no_such_pipeline")))


def test_an_endless_input_gives_its_first_brief_after_one_batch(blank: Options) -> None:
    pulled: list[int] = []

    def endless() -> Iterator[Article]:
        for number in itertools.count():
            pulled.append(number)
            yield Article.from_text(HARBOUR, id=str(number))

    first = next(brief_stream(endless(), blank))
    assert isinstance(first, Brief) and first.source.id == "0"
    assert len(pulled) <= BATCH_SIZE + 1


def test_each_source_is_read_into_an_article_or_the_failure_that_says_why(
    tmp_path: Path,
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Bridge closes\n\nThe bridge closes on Monday.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    long = tmp_path / "long.txt"
    long.write_text(RAIN, encoding="utf-8")
    sources = [str(good), str(empty), str(missing), str(long)]
    outcomes = list(read_sources(sources, max_bytes=100))
    assert isinstance(outcomes[0], Article) and outcomes[0].path == str(good)
    assert outcomes[0].text == good.read_text(encoding="utf-8")
    assert outcomes[1:] == [
        Failure(str(empty), "is empty"),
        Failure(str(missing), "no such file"),
        Failure(str(long), "larger than the 100-byte limit (raise it with --max-bytes)"),
    ]


def test_sources_are_briefed_in_the_order_given(tmp_path: Path, blank: Options) -> None:
    paths = []
    for name, text in (("b.txt", HARBOUR), ("a.txt", RAIN), ("c.txt", ORCHESTRA)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    paths.insert(1, str(tmp_path / "gone.txt"))
    outcomes = list(brief_sources(paths, blank))
    assert names(outcomes) == paths
    assert [o.title for o in outcomes if isinstance(o, Brief)] == [
        "Harbour bridge to close for repairs",
        "Record rain floods valley",
        "Orchestra wins funding",
    ]


def test_an_empty_stream_loads_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """A digest's main process streams its (often absent) extra items after the --jobs workers
    briefed its files: with nothing to brief, no pipeline may load."""
    from brief.nlp import pipeline

    def refuse(name: str) -> None:
        raise AssertionError(f"loaded {name} for nothing")

    monkeypatch.setattr(pipeline, "load_pipeline", refuse)
    assert list(brief_stream([], Options())) == []
    assert list(brief_stream(iter(()), Options(model="no_such_pipeline"))) == []
    with pytest.raises(AssertionError, match="for nothing"):  # an item does need the model
        list(brief_stream([Article.from_text(HARBOUR)], Options()))


def test_one_chunk_is_briefed_in_this_process(
    tmp_path: Path, blank: Options, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Starting a worker (an interpreter, its imports, the model) for one chunk costs more
    than briefing it here, so a few inputs never start a pool, whatever --jobs says."""

    def refuse(method: str) -> None:
        raise AssertionError(f"started a {method} pool for one chunk")

    monkeypatch.setattr("brief.stream.multiprocessing.get_context", refuse)
    paths = []
    for name, text in (("a.txt", HARBOUR), ("b.txt", RAIN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    outcomes = list(brief_sources(paths, blank, jobs=2))
    assert [o.title for o in outcomes if isinstance(o, Brief)] == [
        "Harbour bridge to close for repairs",
        "Record rain floods valley",
    ]
    monkeypatch.setattr("brief.stream.CHUNK_ARTICLES", 1)  # two chunks: a pool is asked for
    monkeypatch.setattr("brief.stream.LAST_CHUNK_ARTICLES", 1)
    with pytest.raises(AssertionError, match="pool for one chunk"):
        list(brief_sources(paths, blank, jobs=2))


def test_worker_chunks_shrink_towards_the_end_and_keep_the_order(tmp_path: Path) -> None:
    """Full batches first, small ones last, so no worker waits out another's big last chunk."""
    sources = []
    for index in range(100):
        path = tmp_path / f"{index:03d}.txt"
        path.write_text("word " * 200, encoding="utf-8")  # 1 KB each
        sources.append(str(path))
    chunks = worker_chunks(sources, 2)
    assert [source for chunk in chunks for source in chunk] == sources
    sizes = [len(chunk) for chunk in chunks]
    assert sizes[0] == 25  # a quarter of what is left, for two workers
    assert all(later <= earlier for earlier, later in itertools.pairwise(sizes))
    assert sizes[-2:] == [LAST_CHUNK_ARTICLES, LAST_CHUNK_ARTICLES]
    assert max(len(chunk) for chunk in worker_chunks(sources * 3, 2)) == CHUNK_ARTICLES
    # Bytes bound a chunk too: 48 KB of 12 KB articles is 4 of them.
    big = tmp_path / "big.txt"
    big.write_text("word " * 2_400, encoding="utf-8")
    assert [len(chunk) for chunk in worker_chunks([str(big)] * 12, 1)] == [4, 4, 4]
