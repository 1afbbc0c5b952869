"""Faults of the machine, not of the input: a full disk or a closed descriptor under a standard
stream, a memory limit. Each row runs `python -m brief` in a real process, with the fault made
the way a shell or a scheduler makes it, and asserts: no traceback, at most two lines on stderr,
the documented exit code, and files on disk untouched. A stream's fault is not the model's, so
those rows run with a blank pipeline (`blank_model`); the memory rows load the real one."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from brief.cli.app import OUT_OF_MEMORY
from tests.conftest import ROOT, SEED

NO_SPACE = "brief: error: cannot write output: No space left on device\n"
STDOUT_CLOSED = "brief: error: cannot write output: stdout is closed\n"
STDIN_CLOSED = "brief: error: <stdin>: cannot be read (stdin is closed)\n"
YESTERDAY = "# Yesterday's digest\n\nStill here.\n"
RUSSIAN = (
    "Москва заявила об атаке\n\n"
    "Министерство обороны сообщило, что ночью были сбиты беспилотники над областью. "
    "Пострадавших нет, сообщил губернатор.\n"
)

# The heavy libraries are imported first; then the address space is capped a little above
# what the process already holds, so that loading the pipeline cannot fit.
UNDER_A_MEMORY_LIMIT = """
import resource, sys
from brief.nlp.spacy_import import import_spacy_without_its_cli
import_spacy_without_its_cli()
import thinc.api
with open("/proc/self/status") as status:
    size = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))
resource.setrlimit(resource.RLIMIT_AS, (size + 30 * 2**20, size + 30 * 2**20))
sys.argv = ["brief", *sys.argv[1:]]
from brief.cli import main
main()
"""


@dataclass(frozen=True)
class Ran:
    code: int
    stdout: str
    stderr: str


def _closing(*fds: int) -> Callable[[], None]:
    """A preexec_fn that closes `fds` in the child, as `>&-` and `<&-` do in a shell."""

    def close() -> None:
        for fd in fds:
            os.close(fd)

    return close


def run(
    *args: str,
    stdin: object = subprocess.DEVNULL,
    stdout: object = subprocess.PIPE,
    stderr: object = subprocess.PIPE,
    closed: tuple[int, ...] = (),
    code: str | None = None,
) -> Ran:
    """`python -m brief ARGS` (or `python -c CODE ARGS`), with `closed` descriptors closed."""
    command = ["-c", code] if code else ["-m", "brief"]
    process = subprocess.run(
        [sys.executable, *command, *args],
        cwd=ROOT,
        stdin=stdin,  # type: ignore[arg-type]
        stdout=stdout,  # type: ignore[arg-type]
        stderr=stderr,  # type: ignore[arg-type]
        preexec_fn=_closing(*closed) if closed else None,
        timeout=300,  # a fault that hangs the run fails the test instead of hanging it
    )
    text = [(data or b"").decode("utf-8", "replace") for data in (process.stdout, process.stderr)]
    return Ran(process.returncode, *text)


def assert_clean(ran: Ran, code: int, stderr: str | None) -> None:
    """The contract of every row: exit code, no traceback, at most two lines on stderr."""
    assert ran.code == code, ran.stderr
    assert "Traceback" not in ran.stderr and "Exception ignored" not in ran.stderr
    assert len(ran.stderr.splitlines()) <= 2
    if stderr is not None:
        assert ran.stderr == stderr


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two articles in a folder."""
    folder = tmp_path_factory.mktemp("news")
    text = SEED.read_text(encoding="utf-8")
    for number in (1, 2):
        (folder / f"{number}.txt").write_text(f"Story {number}: {text}", encoding="utf-8")
    return folder


@pytest.fixture
def full() -> Iterator[object]:
    """stdout on /dev/full: every write fails with ENOSPC."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "wb") as device:
        yield device


# --- A full disk under stdout ---------------------------------------------------------------


@pytest.mark.usefixtures("blank_model")
@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("summarize", str(SEED)), marks=pytest.mark.slow),
        pytest.param(("summarize", str(SEED), "-f", "json"), marks=pytest.mark.slow),
        ("--version",),
        ("summarize", "--help"),
    ],
    ids=["summarize", "summarize-json", "version", "help"],
)
def test_a_full_stdout_is_one_line_and_exit_3(full: object, args: tuple[str, ...]) -> None:
    assert_clean(run(*args, stdout=full), 3, NO_SPACE)


@pytest.mark.slow
@pytest.mark.usefixtures("blank_model")
@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_a_digest_to_a_full_stdout_is_one_line_and_exit_3(
    full: object, news: Path, fmt: str
) -> None:
    assert_clean(run("digest", str(news), "-f", fmt, stdout=full), 3, NO_SPACE)


# --- Standard streams closed at start ---------------------------------------------------------


@pytest.mark.usefixtures("blank_model")
@pytest.mark.parametrize(
    "args", [("summarize", str(SEED)), ("digest", "NEWS")], ids=["summarize", "digest"]
)
def test_a_closed_stdout_is_refused_before_any_work(news: Path, args: tuple[str, ...]) -> None:
    args = tuple(str(news) if arg == "NEWS" else arg for arg in args)
    assert_clean(run(*args, closed=(1,)), 3, STDOUT_CLOSED)


@pytest.mark.slow
@pytest.mark.usefixtures("blank_model")
def test_a_closed_stdout_does_not_matter_with_an_output_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    ran = run("summarize", str(SEED), "-o", str(target), closed=(1,))
    assert_clean(ran, 0, "")
    assert target.read_text(encoding="utf-8").startswith("# Russia says drones")
    assert [path.name for path in tmp_path.iterdir()] == ["brief.md"]


@pytest.mark.slow
@pytest.mark.usefixtures("blank_model")
def test_a_closed_stdin_is_an_input_that_cannot_be_read() -> None:
    assert_clean(run("summarize", "-", closed=(0,)), 1, STDIN_CLOSED)


@pytest.mark.usefixtures("blank_model")
def test_a_closed_stdin_leaves_yesterdays_digest_in_place(tmp_path: Path) -> None:
    target = tmp_path / "digest.md"
    target.write_text(YESTERDAY, encoding="utf-8")
    assert_clean(run("digest", "-", "-o", str(target), closed=(0,)), 1, STDIN_CLOSED)
    assert target.read_text(encoding="utf-8") == YESTERDAY
    assert [path.name for path in tmp_path.iterdir()] == ["digest.md"]


@pytest.mark.slow
@pytest.mark.usefixtures("blank_model")
def test_a_closed_stderr_costs_nothing_when_there_is_nothing_to_say() -> None:
    ran = run("summarize", str(SEED), "-f", "json", stderr=None, closed=(2,))
    assert ran.code == 0
    assert '"schema": "brief/2"' in ran.stdout


@pytest.mark.slow
@pytest.mark.usefixtures("blank_model")
@pytest.mark.parametrize(
    ("name", "text", "code"),
    [
        ("missing.txt", None, 1),  # the failure's line is lost; its exit code is not
        ("russian.txt", RUSSIAN, 3),  # a lost warning: the run cannot claim success
    ],
)
def test_a_line_stderr_cannot_take_still_shows_in_the_exit_code(
    full: object, tmp_path: Path, name: str, text: str | None, code: int
) -> None:
    path = tmp_path / name
    if text is not None:
        path.write_text(text, encoding="utf-8")
    for stream in ({"stderr": full}, {"stderr": None, "closed": (2,)}):
        ran = run("summarize", str(path), "-f", "json", **stream)  # type: ignore[arg-type]
        assert ran.code == code


# --- Memory -------------------------------------------------------------------------------


@pytest.mark.slow
def test_no_memory_to_load_the_model_is_one_line_and_exit_3(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text(YESTERDAY, encoding="utf-8")
    ran = run("summarize", str(SEED), "-o", str(target), code=UNDER_A_MEMORY_LIMIT)
    assert_clean(ran, 3, f"brief: error: {OUT_OF_MEMORY}\n")
    assert target.read_text(encoding="utf-8") == YESTERDAY
    assert [path.name for path in tmp_path.iterdir()] == ["brief.md"]


@pytest.mark.slow
def test_a_worker_that_cannot_start_ends_the_digest_instead_of_being_respawned(
    news: Path, tmp_path: Path
) -> None:
    target = tmp_path / "digest.md"
    target.write_text(YESTERDAY, encoding="utf-8")
    ran = run("digest", str(news), "-j", "2", "-o", str(target), "--model", "no_such_pipeline")
    assert_clean(ran, 3, None)
    assert ran.stderr.startswith("brief: error: spaCy pipeline 'no_such_pipeline'")
    assert target.read_text(encoding="utf-8") == YESTERDAY
