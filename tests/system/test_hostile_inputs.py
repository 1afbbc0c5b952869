"""Hostile and broken input: every case gives a brief or one clear line, never a traceback.

Each case builds its file in a temporary folder and checks the exit code, the exact stderr and
the files left on disk. Interrupts and closed pipes need a real process, so a few cases run
`python -m brief` in a subprocess.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from brief.cli.app import app
from tests.conftest import ROOT, SEED

runner = CliRunner()

ENGLISH = (
    "Storm closes schools across the north\n\n"
    "A storm closed every school in Leeds on Monday, the council said.\n\n"
    "“We had no choice,” said Jane Smith, the council’s leader. About 40,000 pupils stayed home.\n"
)
FRENCH = (
    "Le gouvernement a annoncé mardi une nouvelle réforme des retraites. Les syndicats ont "
    "appelé à la grève dans tout le pays. Le ministre a déclaré que la mesure était nécessaire "
    "pour l'équilibre des comptes publics, et que le président soutenait pleinement ce projet "
    "malgré les critiques de l'opposition.\n"
)
NOT_ENGLISH_WARNING = (
    "the text does not look like English; the pipeline is English, so the brief may be poor"
)


def _seed_bytes() -> bytes:
    return SEED.read_bytes()


@dataclass(frozen=True)
class Case:
    """Bytes in; exit code, stderr (with {path} for the input) and what the brief must show out."""

    name: str
    content: Callable[[], bytes]
    code: int
    stderr: str = ""
    check: Callable[[dict[str, Any]], bool] = field(default=lambda data: True)
    args: tuple[str, ...] = ()
    slow: bool = False  # a second or more (`-m "not slow"` leaves it out)


def _title(expected: str) -> Callable[[dict[str, Any]], bool]:
    return lambda data: data["title"] == expected


def _same_as_seed(data: dict[str, Any]) -> bool:
    """The brief of a re-encoded seed equals the UTF-8 seed's, apart from the input hash."""
    return _without_hash(data) == _without_hash(_seed_record())


def _without_hash(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "source": {**data["source"], "sha256": None, "path": None}}


_SEED_RECORD: list[dict[str, Any]] = []


def _seed_record() -> dict[str, Any]:
    if not _SEED_RECORD:
        result = runner.invoke(app, ["summarize", str(SEED), "-f", "json"])
        _SEED_RECORD.append(json.loads(result.stdout))
    return _SEED_RECORD[0]


def _seed_cp1252() -> str:
    return SEED.read_text("utf-8").encode("cp1252", "ignore").decode("cp1252")


def _utf8_record(text: str) -> dict[str, Any]:
    """The brief of `text` given as UTF-8 on stdin, without its hash."""
    return _without_hash(
        json.loads(runner.invoke(app, ["summarize", "-", "-f", "json"], input=text).stdout)
    )


def _same_lines_as_seed(data: dict[str, Any]) -> bool:
    """Other line endings give the same sentences on the same lines."""
    seed = _seed_record()
    return [s["line"] for s in data["summary"]] == [s["line"] for s in seed["summary"]] and [
        q["line"] for q in data["quotes"]
    ] == [q["line"] for q in seed["quotes"]]


# A sentence ending in a colon and the quotation on the line after it are one key sentence.
COLON = (
    "Minister answers her critics\n\n"
    "Speaking to reporters outside parliament on Tuesday, the finance minister responded bluntly:\n"
    "“We will not raise taxes on working families while I hold this office,” she said.\n\n"
    "Officials said that about 40,000 jobs in the north depended on the vote next month.\n"
)
JOINED = "responded bluntly: “We will not raise taxes"


def _joined(data: dict[str, Any], line: int) -> bool:
    """The colon sentence and its quotation are one key sentence, on one line, at `line`."""
    found = [s for s in data["summary"] if JOINED in s["text"]]
    return len(found) == 1 and found[0]["line"] == line


def _has_summary(data: dict[str, Any]) -> bool:
    return bool(data["summary"]) and not data["warnings"]


ONE_LINE = "The council said the plan would cost 5 million dollars and Bob Smith agreed "

CASES = [
    Case("empty", lambda: b"", 1, "brief: error: {path}: is empty\n"),
    Case("whitespace only", lambda: b" \n\t\r\n  \n", 1, "{path}: contains only whitespace"),
    Case(
        "PNG",
        lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        1,
        "{path}: is a PNG image, not text",
    ),
    Case(
        "gzip",
        lambda: gzip.compress(ENGLISH.encode()),
        1,
        "{path}: is gzip-compressed data, not text",
    ),
    Case(
        "PDF",
        lambda: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        1,
        "{path}: is a PDF document, not text",
    ),
    Case(
        "NUL-heavy binary", lambda: b"\x00\x01\x02\x03" * 100, 1, "{path}: is binary data, not text"
    ),
    Case(
        "invalid UTF-8 (broken bytes in UTF-8 text)",
        lambda: "Café owners\nsaid ".encode() + b"\xe9t\xe9 was " + "naïve.".encode(),
        1,
        "{path}: is not valid UTF-8 (byte 0xE9 on line 2)",
    ),
    Case(
        "truncated UTF-8 character",
        lambda: ENGLISH.encode()[:-3] + "é".encode()[:1],
        1,
        "{path}: is not valid UTF-8 (byte 0xC3 on line 5)",
    ),
    Case(
        "random bytes",
        lambda: random.Random(7).randbytes(4000),
        1,
        "{path}: is not UTF-8 and its text encoding could not be detected",
    ),
    Case(
        "over the size limit",
        lambda: ENGLISH.encode(),
        1,
        "{path}: larger than the 100-byte limit (raise it with --max-bytes)",
        args=("--max-bytes", "100"),
    ),
    Case("UTF-8 with BOM", lambda: codecs.BOM_UTF8 + _seed_bytes(), 0, check=_same_as_seed),
    Case(
        "UTF-16 LE with BOM",
        lambda: SEED.read_text("utf-8").encode("utf-16"),
        0,
        check=_same_as_seed,
    ),
    Case(
        "UTF-16 BE with BOM",
        lambda: codecs.BOM_UTF16_BE + SEED.read_text("utf-8").encode("utf-16-be"),
        0,
        check=_same_as_seed,
    ),
    Case(
        "cp1252 (the seed without its emoji)",
        lambda: SEED.read_text("utf-8").encode("cp1252", "ignore"),
        0,
        check=lambda data: _without_hash(data) == _utf8_record(_seed_cp1252()),
    ),
    Case(
        "Latin-1 letters read as windows-1252",
        lambda: ("Café owners in München called the plan naïve\n\n" + ENGLISH).encode("cp1252"),
        0,
        check=_title("Café owners in München called the plan naïve"),
    ),
    Case(
        "Windows line endings",
        lambda: _seed_bytes().replace(b"\n", b"\r\n"),
        0,
        check=_same_lines_as_seed,
    ),
    Case(
        "old Mac line endings",
        lambda: _seed_bytes().replace(b"\n", b"\r"),
        0,
        check=_same_lines_as_seed,
    ),
    Case(
        "Windows line endings: a colon joins its quote on the next line",
        lambda: COLON.replace("\n", "\r\n").encode(),
        0,
        check=lambda data: _joined(data, 3),
    ),
    Case(
        "old Mac line endings: a colon joins its quote on the next line",
        lambda: COLON.replace("\n", "\r").encode(),
        0,
        check=lambda data: _joined(data, 3),
    ),
    Case(
        "no sentence punctuation",
        lambda: (
            b"The council met on Monday and voted to close the road\n"
            b"Residents were not consulted about the closure\n"
            b"The mayor said the decision was final\n"
        ),
        0,
        check=_has_summary,
    ),
    Case(
        "no punctuation and no capitals",
        lambda: (
            b"the council met on monday\nit voted to close the road\nresidents were not consulted\n"
        ),
        0,
        check=lambda data: data["sections"][0]["paragraphs"][0].endswith("not consulted"),
    ),
    Case(
        "only headings",
        lambda: b"# Storm Closes Schools\n\n## Leeds Council Acts\n\n## What Happens Next\n",
        0,
        check=_title("Storm Closes Schools"),
    ),
    Case(
        "only bullets",
        lambda: (
            b"- The council closed the road.\n- Jane Smith said sorry.\n* 40 cars were towed.\n"
        ),
        0,
        check=_has_summary,
    ),
    Case(
        "unbalanced and nested quotation marks",
        lambda: (
            'Mayor speaks\n\n“She told me ‘never again,” Smith said. "It was «odd\n\n'
            "He added: ”“ and then “nothing.\n"
        ).encode(),
        0,
        check=lambda data: all(q["start"] <= q["end"] for q in data["quotes"]),
    ),
    Case(
        "emoji and zero-width characters",
        lambda: (
            "Storm 🌧️ closes schools\n\n👉 A storm\u200b closed every school in Leeds, the "
            "coun\u200dcil said. 👨\u200d👩\u200d👧 families stayed home\ufeff.\n"
        ).encode(),
        0,
        check=_title("Storm 🌧️ closes schools"),
    ),
    Case(
        "another language",
        lambda: FRENCH.encode(),
        0,
        "brief: warning: {path}: " + NOT_ENGLISH_WARNING + "\n",
        check=lambda data: data["warnings"] == [NOT_ENGLISH_WARNING] and bool(data["summary"]),
    ),
    Case(
        "another script",
        lambda: "Президент России заявил, что переговоры продолжатся.".encode("cp1251"),
        0,
        "brief: warning: {path}: " + NOT_ENGLISH_WARNING + "\n",
        check=lambda data: data["warnings"] == [NOT_ENGLISH_WARNING],
    ),
    Case(
        "NUL bytes in text",
        lambda: ENGLISH.replace("Leeds", "Le\x00eds").encode(),
        0,
        # the text field leaves the control out; the offsets still cover it in the input
        check=lambda data: (
            "in Leeds on Monday" in data["summary"][0]["text"]
            and data["summary"][0]["end"] - data["summary"][0]["start"]
            == len(data["summary"][0]["text"]) + 1
        ),
    ),
    Case(
        "a 100 kB single line",
        lambda: (ONE_LINE * 1400).encode(),
        0,
        # Sentences are bounded, so the output grows with the input, not with its square.
        check=lambda data: max(len(n["sentence"]) for n in data["numbers"]) < 2000,
        slow=True,
    ),
]


def _expected_stderr(case: Case, path: Path) -> str:
    stderr = case.stderr.replace("{path}", str(path))
    if stderr and not stderr.startswith("brief: "):
        stderr = f"brief: error: {stderr}\n"
    return stderr


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, id=case.name, marks=pytest.mark.slow if case.slow else ())
        for case in CASES
    ],
)
def test_input_case(tmp_path: Path, case: Case) -> None:
    article = tmp_path / "article.txt"
    content = case.content()
    article.write_bytes(content)
    out = tmp_path / "brief.json"
    result = runner.invoke(app, ["summarize", str(article), "-o", str(out), *case.args])
    assert (result.exit_code, result.stderr) == (case.code, _expected_stderr(case, article))
    assert "Traceback" not in result.output
    if case.code == 0:
        assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "brief.json"]
        data = json.loads(out.read_text(encoding="utf-8"))
        assert data["source"]["sha256"] == hashlib.sha256(content).hexdigest()
        assert case.check(data)
    else:
        assert [p.name for p in tmp_path.iterdir()] == ["article.txt"]


def _run(*args: str, input: str | None = None) -> Any:
    return runner.invoke(app, list(args), input=input)


def test_missing_path(tmp_path: Path) -> None:
    result = _run("summarize", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "b.md"))
    assert (result.exit_code, result.stderr) == (
        1,
        f"brief: error: {tmp_path}/nope.txt: no such file\n",
    )
    assert list(tmp_path.iterdir()) == []


def test_directory_instead_of_a_file(tmp_path: Path) -> None:
    result = _run("summarize", str(tmp_path))
    assert (result.exit_code, result.stderr) == (
        1,
        f"brief: error: {tmp_path}: is a directory, not a file\n",
    )


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(ENGLISH)
    secret.chmod(0)
    if os.access(secret, os.R_OK):  # root reads anything: make the refusal happen anyway
        original = Path.read_bytes

        def refuse(self: Path) -> bytes:
            if self == secret:
                raise PermissionError(13, "Permission denied", str(self))
            return original(self)

        monkeypatch.setattr(Path, "read_bytes", refuse)
    result = _run("summarize", str(secret))
    assert (result.exit_code, result.stderr) == (1, f"brief: error: {secret}: permission denied\n")


def test_fifty_megabytes_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50_000_000)
    result = _run("summarize", str(huge))
    assert (result.exit_code, result.stderr) == (
        1,
        f"brief: error: {huge}: larger than the 5,000,000-byte limit (raise it with --max-bytes)\n",
    )


def test_stdin_over_the_limit() -> None:
    result = _run("summarize", "-", "--max-bytes", "1000", input="word " * 300)
    assert (result.exit_code, result.stderr) == (
        1,
        "brief: error: <stdin>: larger than the 1,000-byte limit (raise it with --max-bytes)\n",
    )


def test_a_bad_filename_cannot_write_escapes_to_the_terminal(tmp_path: Path) -> None:
    name = tmp_path / "a\x1b]0;pwned\x07\nb.txt"
    result = _run("summarize", str(name))
    assert result.stderr == f"brief: error: {tmp_path}/a\\x1b]0;pwned\\x07 b.txt: no such file\n"


# --- Output safety -------------------------------------------------------------------------

HOSTILE = (
    "Road closes after vote\n\n"
    "#hashtag and > quote marks open this line, the mayor said on Monday.\n\n"
    "The mayor said the [bold red]vote[/] and [link=http://x]here[/link] were fine. \x1b]0;pwned\x07"
    "Officials \x1b[2J\x1b[31mcleared\x1b[0m the \x9b31m road <script>alert(1)</script> on Monday.\n\n"
    "```\nrm -rf /\n```\n\n"
    "# Second heading\n\n"
    'Police said: "it: is - fine !!python/object:os.system" and added `ls` | cat.\n'
)


def _article(tmp_path: Path, text: str = HOSTILE) -> Path:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    return article


def test_terminal_output_has_no_raw_escapes_and_prints_markup_literally(tmp_path: Path) -> None:
    result = _run("summarize", str(_article(tmp_path)), "-n", "10")
    assert result.exit_code == 0
    assert not any(char in result.stdout for char in "\x1b\x07\x9b")
    assert "[bold red]vote[/]" in result.stdout
    # escape sequences are no words: the text shows the words around them
    assert "Officials cleared the road" in result.stdout and "[2J" not in result.stdout


# --- Line endings of three systems, through every format -----------------------------------

FORMATS = ["terminal", "markdown", "json", "jsonl", "yaml"]


def _without_offsets(data: Any) -> Any:
    """Data without offsets and the input's hash (what CRLF may change) and the digest's time."""
    if isinstance(data, dict):
        return {
            key: _without_offsets(value)
            for key, value in data.items()
            if key not in {"start", "end", "content_start", "content_end", "sha256", "made"}
        }
    if isinstance(data, list):
        return [_without_offsets(value) for value in data]
    return data


def _loaded(out: str, fmt: str) -> list[Any]:
    """Every document of a data output (a digest writes each brief, then the digest)."""
    if fmt == "yaml":
        return list(yaml.safe_load_all(out))
    decoder, documents, position = json.JSONDecoder(), [], 0
    while out[position:].strip():
        document, position = decoder.raw_decode(out, len(out) - len(out[position:].lstrip()))
        documents.append(document)
    return documents


@pytest.mark.parametrize("command", ["summarize", "digest"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["CRLF", "CR-only"])
def test_line_endings_of_other_systems_give_the_same_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, fmt: str, ending: str
) -> None:
    """Windows and old-Mac line endings give what Unix ones give, in every format, with no
    carriage return in any text: the joined key sentence is one line, on the same line number."""
    # the digest's memory of earlier digests would mark the second run's story as continuing
    title = ["--title", "Digest", "--no-memory"] if command == "digest" else []
    outputs = []
    for name, text in (("unix", COLON), ("other", COLON.replace("\n", ending))):
        (tmp_path / name).mkdir()
        (tmp_path / name / "article.txt").write_bytes(text.encode())
        monkeypatch.chdir(tmp_path / name)  # the same relative path names both inputs
        result = _run(command, "article.txt", "-f", fmt, *title)
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    unix, other = outputs
    assert "\r" not in other and "\\r" not in other and "x0d" not in other
    if fmt in ("terminal", "markdown"):
        assert any(JOINED in line for line in other.splitlines())
        assert other == unix
    else:
        documents = _loaded(other, fmt)
        assert JOINED in json.dumps(documents, ensure_ascii=False)
        assert _without_offsets(documents) == _without_offsets(_loaded(unix, fmt))


def test_markdown_structure_cannot_be_broken(tmp_path: Path) -> None:
    result = _run("summarize", str(_article(tmp_path)), "-f", "markdown", "-n", "10")
    assert result.exit_code == 0
    ours = {"# ", "## ", "### "}
    for line in result.stdout.splitlines():
        assert not line.startswith("#") or any(line.startswith(p) for p in ours)
        assert not line.startswith("```") and "<script>" not in line and "\x1b" not in line
    assert "\\[bold red\\]" in result.stdout and "\\<script\\>" in result.stdout


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_data_formats_round_trip_hostile_text(tmp_path: Path, fmt: str) -> None:
    article = _article(tmp_path)
    data = json.loads(_run("summarize", str(article), "-f", "json").stdout)
    out = _run("summarize", str(article), "-f", fmt).stdout
    assert not any(char in out for char in "\x1b\x07\x9b")
    loaded = json.loads(out) if fmt == "json" else yaml.safe_load(out)
    assert loaded == data


def test_output_never_overwrites_an_input_even_through_a_link(tmp_path: Path) -> None:
    article = _article(tmp_path, ENGLISH)
    (tmp_path / "link.txt").symlink_to(article)
    os.link(article, tmp_path / "hard.txt")
    for target in (article, tmp_path / "link.txt", tmp_path / "hard.txt"):
        result = _run("summarize", str(article), "-o", str(target), "-f", "json")
        assert result.exit_code == 2 and "would be overwritten" in result.stderr
    assert article.read_text(encoding="utf-8") == ENGLISH


def test_existing_output_is_replaced_atomically(tmp_path: Path) -> None:
    article = _article(tmp_path, ENGLISH)
    out = tmp_path / "brief.json"
    out.write_text("old")
    out.chmod(0o640)
    assert _run("summarize", str(article), "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text())["title"] == "Storm closes schools across the north"
    assert out.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "brief.json"]


def test_output_into_a_missing_folder(tmp_path: Path) -> None:
    article = _article(tmp_path, ENGLISH)
    out = tmp_path / "nowhere" / "b.json"
    result = _run("summarize", str(article), "-o", str(out))
    assert (result.exit_code, result.stderr) == (
        3,
        f"brief: error: {out}: folder {out.parent} does not exist\n",
    )


def test_output_into_an_unwritable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = _article(tmp_path, ENGLISH)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    if os.access(locked, os.W_OK):  # root writes anywhere: make the refusal happen anyway

        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = _run("summarize", str(article), "-o", str(locked / "b.json"))
    assert (result.exit_code, result.stderr) == (
        3,
        f"brief: error: {locked}/b.json: cannot write in {locked} (Permission denied)\n",
    )
    assert list(locked.iterdir()) == []


@pytest.mark.parametrize(
    ("failure", "code", "stderr"),
    [
        (OSError(28, "No space left on device"), 3, "cannot be written (No space left on device)"),
        (KeyboardInterrupt(), 130, ""),
    ],
)
def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException, code: int, stderr: str
) -> None:
    article = _article(tmp_path, ENGLISH)
    out = tmp_path / "brief.md"
    out.write_text("old")

    def fail(descriptor: int) -> None:
        raise failure

    monkeypatch.setattr(os, "fsync", fail)
    result = _run("summarize", str(article), "-o", str(out))
    expected = f"brief: error: {out}: {stderr}\n" if stderr else ""
    assert (result.exit_code, result.stderr) == (code, expected)
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "brief.md"]


# --- Real processes: closed pipes and signals ---------------------------------------------


def _brief_process(*args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "brief", *args], cwd=ROOT, stderr=subprocess.PIPE, **kwargs
    )


@pytest.mark.slow
@pytest.mark.usefixtures("blank_model")  # a closed pipe is no fault of the model
def test_closed_pipe_ends_quietly_with_141(tmp_path: Path) -> None:
    copies = []
    for index in range(120):  # more than a pipe buffer of output, so the writer must notice
        copy = tmp_path / f"a{index}.txt"
        copy.write_bytes(_seed_bytes())
        copies.append(str(copy))
    process = _brief_process("summarize", *copies, stdout=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline()
    process.stdout.close()
    assert process.wait(timeout=300) == 141
    assert process.stderr.read() == b""


def _as_a_foreground_job() -> None:
    """Take Ctrl-C as a job in the foreground does. A shell starts a background job (`make test
    &` in a script) with SIGINT ignored, and brief would inherit that and wait forever."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_until_reading_stdin(process: subprocess.Popen[bytes]) -> None:
    """Wait until the process blocks reading its stdin (Linux x86-64: syscall 0 on fd 0)."""
    syscall = Path(f"/proc/{process.pid}/syscall")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if syscall.read_text().startswith("0 0x0 "):
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise AssertionError("brief never started reading stdin")


@pytest.mark.slow
@pytest.mark.skipif(
    not (sys.platform == "linux" and os.uname().machine == "x86_64"), reason="uses /proc syscall"
)
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupt_ends_quietly_and_leaves_no_output(
    tmp_path: Path, signum: int, code: int
) -> None:
    out = tmp_path / "brief.json"
    process = _brief_process(
        "summarize", "-", "-o", str(out), stdin=subprocess.PIPE, preexec_fn=_as_a_foreground_job
    )
    _wait_until_reading_stdin(process)
    process.send_signal(signum)
    assert process.wait(timeout=60) == code
    assert process.stderr is not None and process.stderr.read() == b""
    assert list(tmp_path.iterdir()) == []
    assert process.stdin is not None
    process.stdin.close()


def test_a_usage_error_shows_a_hostile_output_name_safely(tmp_path: Path) -> None:
    article = tmp_path / "e\x1b[31mvil[bold].txt"
    article.write_text(ENGLISH)
    result = _run("summarize", str(article), "-o", str(article))
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "\\x1b" in result.stderr


# --- Piped terminal text: stable and clean -------------------------------------------------


def test_piped_text_has_no_trailing_spaces_and_hangs_wrapped_bullets() -> None:
    from brief.records import Source, SummarySentence
    from tests.render.test_render import make_brief

    long = "The council said " + "the storm closed every school in the north again " * 5 + "."
    brief = make_brief(long)
    brief = type(brief)(
        **{
            **{name: getattr(brief, name) for name in brief.__dataclass_fields__},
            "source": Source("a.txt", 99, "0" * 64),
            "summary": (SummarySentence(long, 3, None, 0, len(long)),) * 2,
        }
    )
    # On a terminal (a width): wrapped, the bullet's lines hanging under its text.
    out = render_plain(brief, width=100)
    lines = out.splitlines()
    assert all(line == line.rstrip() for line in lines) and all(len(line) <= 100 for line in lines)
    bullet = lines.index(next(line for line in lines if line.startswith("  • ")))
    assert lines[bullet + 1].startswith("    ") and not lines[bullet + 1].startswith("     ")
    # Piped (no width): each bullet one whole line, the same text every time.
    piped = render_plain(brief)
    assert f"  • {long} (line 3)" in piped.splitlines()
    assert all(line == line.rstrip() for line in piped.splitlines())
    assert render_plain(brief) == piped


def render_plain(brief: Any, width: int | None = None) -> str:
    from brief.render import render

    return render([brief], "terminal", styled=False, width=width)
