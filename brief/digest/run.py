"""One `brief digest` run: brief every input in order, then write the digest of them all.

Memory stays flat as inputs grow: each article's rendered part goes to a temporary file as
soon as it is briefed and only a small `ArticleRecord` stays in memory; at the end the digest
is streamed out, to stdout or atomically to a file (an old digest stays whole until the new
one is complete, and two runs at once each replace it in one step). When every input failed,
an old digest stays as it was.

With a memory folder, the digest remembers the stories it showed (`brief.digest.memory`) and
marks those that continue an earlier digest's; the memory is read when the run starts (under
its lock, held to the end) and written only once the digest is.
"""

from __future__ import annotations

import itertools
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TextIO

from brief.briefing import Options
from brief.digest import memory as remembered
from brief.digest import render_markdown, render_terminal
from brief.digest.builder import Digest, DigestBuilder
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
    memory: Path | None = None,
    forget: bool = False,
    warn: Callable[[str], None] = lambda message: None,
    now: float | None = None,
    styled: bool = False,
    width: int | None = None,
) -> DigestResult:
    """Brief `paths` and then `items` (articles already read, such as a feed's pages), write
    their digest to `output` (or `stdout`), and report what failed.

    When not one article could be briefed, an `output` file is left as it was (yesterday's
    digest is better than an empty one) and `DigestResult.written` is False; so is stdout
    when there was nothing at all to digest (no article and no failure).

    `memory` is the folder of the digest memory (None: remember nothing); `forget` starts it
    afresh with this digest; `warn` hears of a memory file that cannot be read; `now` stands
    for the clock (tests). The terminal view is styled when `styled` and wrapped at `width`
    columns (never with None).
    """
    look = Look(fmt, styled, width)
    view = VIEWS[fmt]
    moment = time.time() if now is None else now
    builder = DigestBuilder()

    def failed(failure: Failure) -> None:
        builder.fail(failure)
        on_failure(failure)
        on_progress()

    log: FailureLog[Brief] = FailureLog(failed)
    with _remembering(memory, forget, warn) as threads, tempfile.TemporaryFile() as file:
        spool = _Spool(file)
        outcomes = brief_sources(paths, options, jobs=jobs) if paths else iter(())
        preparing = _prepare_stories_meanwhile() if jobs > 1 and paths else None
        for brief in log.successes(itertools.chain(outcomes, brief_stream(items, options))):
            builder.add(brief)
            spool.add(view.article(brief, look))
            on_progress()
        if preparing is not None:
            preparing.join()  # done long since; never left importing as the process exits
        # The id later digests refer to; without a memory nothing can, and two runs over the
        # same inputs write the same digest.
        made = remembered.digest_id(moment) if memory is not None else None
        digest = builder.finish(threads, made=made)
        base = output.parent if output is not None else None
        parts = view.whole(digest, spool, look, title, base)
        if not digest.articles and (output is not None or not log.failures):
            # Nothing new: yesterday's file stays, and stdout stays empty (cron mails no one).
            return DigestResult(digest, tuple(log.failures), written=False)
        if output is not None:
            write_atomically(output, parts)
        else:
            stdout.writelines(parts)
            stdout.flush()
        if memory is not None:
            threads = remembered.remember(threads, digest, builder.centroids, moment)
            remembered.save(memory, threads)
    return DigestResult(digest, tuple(log.failures))


def _prepare_stories_meanwhile() -> threading.Thread:
    """Import what grouping the stories needs (numpy, scipy, datasketch), in a thread.

    With --jobs the main process mostly waits for its workers; done then, the imports no longer
    come after the last brief, when nothing else runs (~0.3 s of a 160-article digest).
    """

    def prepare() -> None:
        import datasketch  # noqa: F401
        import scipy.sparse.csgraph  # noqa: F401

    thread = threading.Thread(target=prepare, name="brief-prepare-stories", daemon=True)
    thread.start()
    return thread


@contextmanager
def _remembering(
    folder: Path | None, forget: bool, warn: Callable[[str], None]
) -> Iterator[list[remembered.Thread]]:
    """The earlier digests' stories (none without a memory folder, or to `forget` them),
    with the memory's lock held throughout."""
    if folder is None:
        yield []
        return
    with remembered.held(folder):
        yield [] if forget else remembered.load(folder, warn)


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
class Look:
    """How a view draws: its format and, for the terminal view, style and width (None: lines
    are never wrapped)."""

    fmt: Format
    styled: bool = False
    width: int | None = None


@dataclass(frozen=True, slots=True)
class View:
    """How a digest is written in one format: `article` renders each article's part as soon as
    it is briefed; `whole` gives the digest's pieces at the end, from the kept parts."""

    article: Callable[[Brief, Look], str]
    whole: Callable[[Digest, _Spool, Look, str, Path | None], Iterator[str]]


def _markdown_article(brief: Brief, look: Look) -> str:
    return render_markdown.article_block(brief)


def _markdown_whole(
    digest: Digest, spool: _Spool, look: Look, title: str, base: Path | None
) -> Iterator[str]:
    """The cross-article part, then each story once, under its heading: its lead's brief, or
    for a story an earlier digest showed, what is new in it."""
    yield render_markdown.digest_head(digest, title=title, base=base)
    for story in digest.stories:
        yield render_markdown.story_heading(story, base)
        yield (
            spool.read(story.lead)
            if story.continues is None
            else render_markdown.what_is_new(story)
        )


def _terminal_article(brief: Brief, look: Look) -> str:
    return render_terminal.article_block(brief, styled=look.styled, width=look.width)


def _terminal_whole(
    digest: Digest, spool: _Spool, look: Look, title: str, base: Path | None
) -> Iterator[str]:
    """As the Markdown view, drawn for the terminal."""
    styled, width = look.styled, look.width
    yield render_terminal.digest_head(digest, title=title, styled=styled, width=width)
    for story in digest.stories:
        yield render_terminal.story_heading(story, styled=styled, width=width)
        if story.continues is None:
            yield spool.read(story.lead)
        else:
            yield render_terminal.what_is_new(story, styled=styled, width=width)


def _data_article(brief: Brief, look: Look) -> str:
    return document(brief.to_dict(), look.fmt)


def _data_whole(
    digest: Digest, spool: _Spool, look: Look, title: str, base: Path | None
) -> Iterator[str]:
    """Each article's record in input order, then the digest record."""
    yield from spool.all()
    yield document(digest.to_dict(), look.fmt)


# The one table of the digest's formats (a test checks it holds every format the digest offers).
VIEWS: dict[Format, View] = {
    "terminal": View(_terminal_article, _terminal_whole),
    "markdown": View(_markdown_article, _markdown_whole),
    **{name: View(_data_article, _data_whole) for name in formats_of("data", digest=True)},
}
