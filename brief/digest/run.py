"""One `brief digest` run: brief every input in order, then write the digest of them all.

Memory stays flat as inputs grow: each article's rendered part goes to a temporary file as
soon as it is briefed and only a small `ArticleRecord` stays in memory; at the end the digest
is streamed out, to stdout or atomically to a file (an old digest stays whole until the new
one is complete, and two runs at once each replace it in one step). When every input failed,
an old digest stays as it was.
"""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TextIO

from brief.briefing import Options
from brief.digest.builder import Digest, DigestBuilder
from brief.digest.render_markdown import article_block, digest_head, story_heading
from brief.errors import OutputError
from brief.output import write_atomically
from brief.records import Article, Brief, Failure, FailureLog
from brief.render.data import document
from brief.render.formats import Format, formats_of
from brief.stream import brief_sources, brief_stream


@dataclass(frozen=True, slots=True)
class DigestResult:
    """What a run did: how many articles made it in, and the inputs that failed."""

    digest: Digest
    failures: tuple[Failure, ...]
    written: bool = True


def run_digest(
    paths: Sequence[str],
    *,
    fmt: Format,
    output: Path | None,
    stdout: TextIO,
    title: str,
    options: Options,
    jobs: int = 1,
    items: Iterable[Article | Failure] = (),
    on_failure: Callable[[Failure], None] = lambda failure: None,
    on_progress: Callable[[], None] = lambda: None,
) -> DigestResult:
    """Brief `paths` and then `items` (articles already read, such as a feed's pages), write
    their digest to `output` (or `stdout`), and report what failed.

    When not one article could be briefed, an `output` file is left as it was (yesterday's
    digest is better than an empty one) and `DigestResult.written` is False.
    """
    builder = DigestBuilder()

    def failed(failure: Failure) -> None:
        builder.fail(failure)
        on_failure(failure)
        on_progress()

    log: FailureLog[Brief] = FailureLog(failed)
    with tempfile.TemporaryFile() as file:
        spool = _Spool(file)
        outcomes = brief_sources(paths, options, jobs=jobs) if paths else iter(())
        view = VIEWS[fmt]
        for brief in log.successes(itertools.chain(outcomes, brief_stream(items, options))):
            builder.add(brief)
            spool.add(view.article(brief, fmt))
            on_progress()
        digest = builder.finish()
        base = output.parent if output is not None else None
        parts = view.whole(digest, spool, fmt, title, base)
        if output is not None:
            if not digest.articles:
                return DigestResult(digest, tuple(log.failures), written=False)
            write_atomically(output, parts)
        else:
            stdout.writelines(parts)
            stdout.flush()
    return DigestResult(digest, tuple(log.failures))


class _Spool:
    """Rendered per-article parts kept in an anonymous temporary file, read back by index."""

    def __init__(self, file: IO[bytes]) -> None:
        self._file = file
        self._spans: list[tuple[int, int]] = []
        self._end = 0

    def add(self, text: str) -> None:
        data = text.encode("utf-8", "surrogatepass")
        try:
            self._file.seek(self._end)
            self._file.write(data)
        except OSError as error:  # a full temporary folder is not stdout's fault
            folder = tempfile.gettempdir()
            raise OutputError(f"cannot keep the briefs in {folder} ({error.strerror})") from None
        self._spans.append((self._end, len(data)))
        self._end += len(data)

    def read(self, index: int) -> str:
        start, size = self._spans[index]
        self._file.seek(start)
        return self._file.read(size).decode("utf-8", "surrogatepass")

    def all(self) -> Iterator[str]:
        for index in range(len(self._spans)):
            yield self.read(index)


@dataclass(frozen=True, slots=True)
class View:
    """How a digest is written in one format: `article` renders each article's part as soon as
    it is briefed; `whole` gives the digest's pieces at the end, from the kept parts."""

    article: Callable[[Brief, Format], str]
    whole: Callable[[Digest, _Spool, Format, str, Path | None], Iterator[str]]


def _markdown_article(brief: Brief, fmt: Format) -> str:
    return article_block(brief)


def _markdown_whole(
    digest: Digest, spool: _Spool, fmt: Format, title: str, base: Path | None
) -> Iterator[str]:
    """The cross-article part, then each story once, under its heading."""
    yield digest_head(digest, title=title, base=base)
    for story in digest.stories:
        yield story_heading(story, base)
        yield spool.read(story.lead)


def _data_article(brief: Brief, fmt: Format) -> str:
    return document(brief.to_dict(), fmt)


def _data_whole(
    digest: Digest, spool: _Spool, fmt: Format, title: str, base: Path | None
) -> Iterator[str]:
    """Each article's record in input order, then the digest record."""
    yield from spool.all()
    yield document(digest.to_dict(), fmt)


# The one table of the digest's formats (a test checks it holds every format the digest offers).
VIEWS: dict[Format, View] = {
    "markdown": View(_markdown_article, _markdown_whole),
    **{name: View(_data_article, _data_whole) for name in formats_of("data", digest=True)},
}
