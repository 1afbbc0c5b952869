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
from brief.inputs.reading import Article
from brief.output import write_atomically
from brief.records import Brief
from brief.render.data import document
from brief.render.formats import Format
from brief.stream import Failure, brief_sources, brief_stream


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
    view = _View(fmt, styled, width)
    builder = DigestBuilder()
    failures: list[Failure] = []
    moment = time.time() if now is None else now
    with _remembering(memory, forget, warn) as threads, tempfile.TemporaryFile() as file:
        spool = _Spool(file)
        outcomes = brief_sources(paths, options, jobs=jobs) if paths else iter(())
        for outcome in itertools.chain(outcomes, brief_stream(items, options)):
            if isinstance(outcome, Failure):
                failures.append(outcome)
                builder.fail(outcome)
                on_failure(outcome)
            else:
                builder.add(outcome)
                spool.add(view.article(outcome))
            on_progress()
        digest = builder.finish(threads, made=remembered.digest_id(moment))
        base = output.parent if output is not None else None
        parts = view.parts(digest, spool, title, base)
        if not digest.articles and (output is not None or not failures):
            # Nothing new: yesterday's file stays, and stdout stays empty (cron mails no one).
            return DigestResult(digest, tuple(failures), written=False)
        if output is not None:
            write_atomically(output, parts)
        else:
            stdout.writelines(parts)
            stdout.flush()
        if memory is not None:
            threads = remembered.remember(threads, digest, builder.centroids, moment)
            remembered.save(memory, threads)
    return DigestResult(digest, tuple(failures))


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


@dataclass(frozen=True, slots=True)
class _View:
    """How the digest is rendered: its format, and for the terminal view, style and width."""

    fmt: Format
    styled: bool = False
    width: int | None = None

    def article(self, brief: Brief) -> str:
        """One article's part, rendered as soon as it is briefed."""
        if self.fmt == "markdown":
            return render_markdown.article_block(brief)
        if self.fmt == "terminal":
            return render_terminal.article_block(brief, styled=self.styled, width=self.width)
        return document(brief.to_dict(), self.fmt)

    def parts(self, digest: Digest, spool: _Spool, title: str, base: Path | None) -> Iterator[str]:
        """Markdown and terminal: the cross-article part, then each story once (a continuing
        story by what is new in it); JSON/YAML: each article's record in input order, then the
        digest record."""
        if self.fmt not in ("markdown", "terminal"):
            yield from spool.all()
            yield document(digest.to_dict(), self.fmt)
            return
        if self.fmt == "markdown":
            yield render_markdown.digest_head(digest, title=title, base=base)
        else:
            yield render_terminal.digest_head(
                digest, title=title, styled=self.styled, width=self.width
            )
        for story in digest.stories:
            if self.fmt == "markdown":
                yield render_markdown.story_heading(story, base)
                new = render_markdown.what_is_new(story)
            else:
                yield render_terminal.story_heading(story, styled=self.styled, width=self.width)
                new = render_terminal.what_is_new(story, styled=self.styled, width=self.width)
            yield spool.read(story.lead) if story.continues is None else new


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
