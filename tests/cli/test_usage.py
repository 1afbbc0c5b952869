"""The command line as a Unix tool: whole lines in pipes, colour, one-line usage errors,
man-page help, completion, -q/-v, --since in words. (The config file: test_app.py.)"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.cli.app import Voice, wants_color
from brief.cli.digest import _progress
from brief.inputs.discovery import parse_since
from brief.render.markdown import escape
from brief.render.view import SECTIONS as SECTION_NAMES
from tests.conftest import ROOT, SEED

runner = CliRunner()
BRIEF = [sys.executable, "-m", "brief"]
ANSI = re.compile(r"\x1b\[[0-9;]*m")

LONG_TITLE = (
    "Harbour board approves the long-delayed plan to dredge the eastern channel and rebuild "
    "the old ferry terminal at Penzance"
)
HARBOUR = f"""{LONG_TITLE}

The Penzance harbour board on Tuesday approved a plan to dredge the eastern channel and rebuild the old ferry terminal, ending a dispute that had delayed the work for more than six years.

The board's chair, Mary Pascoe, said the vote was unanimous. "We have waited far too long for this, and the town has paid the price in lost trade every single summer," she said.

Work will start in March and cost about £14m, most of it paid by the council and a government fund for coastal towns. The terminal will close for two winters while it is rebuilt.

Fishing crews welcomed the decision but asked for the channel to stay open at night during the work.
"""


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env)


@pytest.fixture
def harbour(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(HARBOUR, encoding="utf-8")
    return path


# --- piped text is never hard-wrapped ---------------------------------------------------------


def test_piped_plain_text_keeps_every_item_on_one_whole_line(harbour: Path) -> None:
    result = run("summarize", str(harbour))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == LONG_TITLE  # 120 characters: today's 100-column wrap cut it in two
    bullets = [line for line in lines if line.startswith("  • ")]
    assert any(len(line) > 150 for line in bullets)
    assert all(line.rstrip().endswith(")") for line in bullets)  # each ends "(line N)"


@pytest.mark.slow
@pytest.mark.usefixtures("blank_model")  # the pipe is the point, not the model
def test_head_1_of_a_pipe_gives_the_whole_title(harbour: Path) -> None:
    shell = f"{' '.join(BRIEF)} summarize {harbour} | head -1"
    out = subprocess.run(shell, shell=True, capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout == LONG_TITLE + "\n"


def _on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run brief with stdout on a pseudo-terminal of 60 columns; what it printed."""
    import pty

    controller, terminal = pty.openpty()
    inherited = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR"}}
    environment = {**inherited, "COLUMNS": "60", "TERM": "xterm", **env}
    with subprocess.Popen(
        [*BRIEF, *args], stdout=terminal, stderr=subprocess.PIPE, env=environment, cwd=ROOT
    ) as process:
        os.close(terminal)
        chunks = []
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal closed: the program has finished writing
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait() == 0
    os.close(controller)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


@pytest.mark.slow
def test_on_a_terminal_text_is_wrapped_and_coloured_unless_no_color(harbour: Path) -> None:
    coloured = _on_a_terminal(["summarize", str(harbour)], {})
    assert "\x1b[" in coloured
    assert max(len(ANSI.sub("", line)) for line in coloured.splitlines()) <= 60
    plain = _on_a_terminal(["summarize", str(harbour)], {"NO_COLOR": "1"})
    assert "\x1b[" not in plain
    assert max(len(line) for line in plain.splitlines()) <= 60
    assert plain.splitlines()[0] != LONG_TITLE  # wrapped, though not coloured


@pytest.mark.parametrize(("fmt", "between"), [("terminal", "\n"), ("md", "\n"), ("jsonl", "")])
def test_a_file_named_twice_is_briefed_twice_as_cat_would_read_it(
    harbour: Path, fmt: str, between: str
) -> None:
    once = run("summarize", str(harbour), "-f", fmt)
    twice = run("summarize", str(harbour), str(harbour), "-f", fmt)
    assert (twice.exit_code, twice.stdout) == (0, once.stdout + between + once.stdout)


# --- colour ----------------------------------------------------------------------------------


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("when", "tty", "env", "expected"),
    [
        ("auto", True, {}, True),
        ("auto", False, {}, False),
        ("auto", True, {"NO_COLOR": "1"}, False),
        ("auto", True, {"NO_COLOR": ""}, True),  # the NO_COLOR rule: present and not empty
        ("auto", True, {"TERM": "dumb"}, False),
        ("auto", False, {"FORCE_COLOR": "1"}, True),
        ("auto", False, {"FORCE_COLOR": ""}, False),
        ("auto", True, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ("always", False, {"NO_COLOR": "1"}, True),
        ("never", True, {"FORCE_COLOR": "1"}, False),
    ],
)
def test_color_follows_the_flag_then_no_color_then_force_color_then_the_terminal(
    monkeypatch: pytest.MonkeyPatch, when: str, tty: bool, env: dict[str, str], expected: bool
) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert wants_color(when, _Stream(tty)) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        (["--color", "always"], {}, True),
        (["--color", "never"], {"FORCE_COLOR": "1"}, False),
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        (["--color", "always", "-f", "md"], {}, False),  # only the terminal format has colour
    ],
)
def test_color_flag_and_environment(
    harbour: Path, args: list[str], env: dict[str, str], coloured: bool
) -> None:
    result = run("summarize", str(harbour), *args, env={"NO_COLOR": "", "FORCE_COLOR": "", **env})
    assert result.exit_code == 0
    assert ("\x1b[" in result.stdout) is coloured
    if coloured:  # piped: coloured, still one line per item
        assert ANSI.sub("", result.stdout).splitlines()[0] == LONG_TITLE


# --- Markdown keeps entities as written -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("&copy; 2026 AT&T", r"\&copy; 2026 AT\&T"),
        ("&#169; and &amp;", r"\&\#169; and \&amp;"),
        ("Fish & chips", r"Fish \& chips"),
    ],
)
def test_markdown_escapes_ampersands(text: str, escaped: str) -> None:
    assert escape(text) == escaped


def test_an_entity_in_an_article_stays_as_written_in_markdown(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(HARBOUR.replace(LONG_TITLE, "Harbour plan &copy; approved"), "utf-8")
    result = run("summarize", str(article), "-f", "md")
    assert result.stdout.startswith("# Harbour plan \\&copy; approved\n")


# --- usage errors: one line, exit 2 ---------------------------------------------------------

SEE = "(see 'brief summarize --help')"
SECTIONS = ", ".join(SECTION_NAMES)


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["--bogus"], f"no such option: --bogus (did you mean --jobs or --verbose?) {SEE}"),
        (["--sentence", "2"], f"no such option: --sentence (did you mean --sentences?) {SEE}"),
        (["-n", "0"], f"-n/--sentences: must be at least 1, not 0 {SEE}"),
        (["-n", "two"], f"-n/--sentences: must be a whole number, not 'two' {SEE}"),
        (["-n"], "option '-n' requires an argument"),
        (["--ratio", "0"], f"--ratio: must be above 0 and at most 1, not 0 {SEE}"),
        (["--ratio", "1.5"], f"--ratio: must be above 0 and at most 1, not 1.5 {SEE}"),
        (["--ratio", "0.2", "-n", "2"], f"--ratio: goes with no -n/--sentences {SEE}"),
        (["--max-bytes", "-1"], f"--max-bytes: must be at least 1, not -1 {SEE}"),
        (["--color", "blue"], f"--color: must be auto, always or never, not 'blue' {SEE}"),
        (["-q", "-v"], f"-q/--quiet: goes with no -v/--verbose {SEE}"),
        (["--config", "c.yaml", "--no-config"], f"--no-config: goes with no --config {SEE}"),
        (["-o", ""], f"-o/--output: needs a path, not an empty name {SEE}"),
        (["--config", " "], f"--config: needs a path, not an empty name {SEE}"),
        (
            ["--only", "summary,people"],
            "--only: 'people' is not a section; choose from title, summary, sections, entities, "
            f"dates, numbers, quotes, warnings {SEE}",
        ),
        (["--only", ""], f"--only: an empty name is not a section; choose from {SECTIONS} {SEE}"),
        (
            ["-f", "pdf"],
            "-f/--format: 'pdf' is not one of terminal, markdown, yaml, json, jsonl, text, txt, "
            f"md, yml, ndjson {SEE}",
        ),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args: list[str], line: str) -> None:
    result = run("summarize", str(SEED), *args)
    assert result.exit_code == 2
    assert result.stderr == f"brief: error: {line}\n"
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["summarize"], f"missing argument 'FILE' {SEE}"),
        (["text"], "missing argument 'PAGE|URL|FILE' (see 'brief text --help')"),
        (["text", "a", "b"], "got unexpected extra argument(s) (b) (see 'brief text --help')"),
        (["frob"], "no such command 'frob' (see 'brief --help')"),
        (["batch", "x"], "missing option '--out' (see 'brief batch --help')"),
        (
            ["digest", "x", "-j", "0"],
            "-j/--jobs: must be at least 1, not 0 (see 'brief digest --help')",
        ),
        (
            ["batch", "x", "--out", ""],
            "--out: needs a path, not an empty name (see 'brief batch --help')",
        ),
        (
            ["batch", "x", "--out", "o", "--partition-size", "0"],
            "--partition-size: must be at least 1, not 0 (see 'brief batch --help')",
        ),
    ],
)
def test_usage_errors_of_every_command(args: list[str], line: str) -> None:
    result = run(*args)
    assert (result.exit_code, result.stderr) == (2, f"brief: error: {line}\n")


def test_brief_alone_prints_its_help_to_stderr_and_exits_2() -> None:
    result = run()
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("Usage: brief [OPTIONS] COMMAND [ARGS]...\n")


def test_a_usage_error_in_a_real_process_is_one_line() -> None:
    out = subprocess.run(
        [*BRIEF, "summarize", str(SEED), "-n", "0"], capture_output=True, text=True
    )
    assert out.returncode == 2
    assert out.stderr == f"brief: error: -n/--sentences: must be at least 1, not 0 {SEE}\n"


# --- help reads like a man page (in the manner of sqlite-utils' test_docs.py) ----------------

COMMANDS = [[], ["summarize"], ["digest"], ["batch"], ["text"]]
DOCS = {
    "summarize": "README.md",
    "digest": "docs/digest.md",
    "batch": "docs/batch.md",
    "text": "README.md",
}


def _help(command: list[str]) -> str:
    result = runner.invoke(app, [*command, "--help"], terminal_width=80)
    assert result.exit_code == 0
    return str(result.stdout)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "brief")
def test_every_help_has_examples_and_no_raw_markup(command: list[str]) -> None:
    text = _help(command)
    assert "\nExamples:\n" in text.replace("  Examples:", "Examples:")
    for raw in ("<list", "<bool>", "<int", "<str>", "<path>", "<float", "{FILE", "{INPUT", "[/"):
        assert raw not in text, raw
    assert not re.search(r"\[(bold|dim|green|red|cyan)|[╭│╰]", text)
    usage = text.splitlines()[0]
    assert re.fullmatch(
        r"Usage: brief( \w+)? \[OPTIONS\] "
        r"(\[INPUT\.\.\.\]|FILE\.\.\.|INPUT\.\.\.|PAGE\|URL\|FILE|COMMAND \[ARGS\]\.\.\.)",
        usage,
    )


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "brief")
def test_help_paragraphs_are_wrapped_not_broken(command: list[str]) -> None:
    """Prose fills its lines up to the width; no word is split at a hyphen."""
    text = _help(command)
    assert not re.search(r"\w-\n", text)  # "--install-" / "completion"
    for block in text.split("\n\n"):
        lines = block.splitlines()
        if not all(re.match(r"  \S", line) for line in lines):
            continue  # a section, a definition list or examples
        assert all(len(line) <= 80 for line in lines), block
        assert all(len(line) > 55 for line in lines[:-1]), f"broken early: {block}"


@pytest.mark.parametrize("command", ["summarize", "digest", "batch", "text"])
def test_every_option_has_a_man_page_metavar_and_is_documented(command: str) -> None:
    """Every option shows `-x, --long NAME` and the command's docs list it."""
    from typer.main import get_command

    click_command = get_command(app).commands[command]  # type: ignore[attr-defined]
    docs = (ROOT / DOCS[command]).read_text(encoding="utf-8")
    text = _help([command])
    for param in click_command.params:
        if param.param_type_name != "option" or param.name == "help":
            continue
        long = max(param.opts, key=len)
        assert f"`{long}" in docs or f", {long}" in docs, f"{long} is not in {DOCS[command]}"
        shown = re.search(rf"^  (-\w, )?{long}( [A-Z]+)?  ", text, re.MULTILINE)
        assert shown, f"{long} has no man-page metavar in {command} --help"


def test_summarize_help_says_html_is_read_and_the_ratio_range_is_true() -> None:
    text = " ".join(_help(["summarize"]).split())
    assert "HTML" in text
    assert (
        "--ratio R Key sentences as a share of the article's sentences, above 0 and at most 1"
        in text
    )
    assert "0.0<=x" not in text


def test_batch_help_shows_the_install_command_as_written() -> None:
    assert "\n    pip install 'brief[scale]'\n" in _help(["batch"])


# --- shell completion -------------------------------------------------------------------------


def test_completion_can_be_shown_for_bash() -> None:
    # Typer detects the shell from the parent processes (under make, that is sh, which it does
    # not support); with detection off, --show-completion takes the shell's name instead.
    env = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    out = subprocess.run(
        [*BRIEF, "--show-completion", "bash"], capture_output=True, text=True, env=env
    )
    assert out.returncode == 0, out.stderr
    assert "_BRIEF_COMPLETE=complete_bash" in out.stdout
    assert "--install-completion" in _help([])


@pytest.mark.parametrize(
    ("words", "expected"),
    [("brief sum", ["summarize"]), ("brief summarize --color a", ["auto", "always"])],
)
def test_completion_completes_commands_and_choices(words: str, expected: list[str]) -> None:
    env = {
        **os.environ,
        "_BRIEF_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }
    code = "from brief.cli import main; main()"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.split() == expected


# --- -q and -v ----------------------------------------------------------------------------------

FRENCH = (
    "Le conseil municipal a voté mardi\n\nLe conseil municipal de Penzance a voté mardi un plan "
    "pour le port. Les pêcheurs ont salué la décision. Les travaux commenceront en mars.\n"
)


def test_quiet_silences_warnings_but_not_errors(tmp_path: Path) -> None:
    french = tmp_path / "fr.txt"
    french.write_text(FRENCH, encoding="utf-8")
    missing = tmp_path / "gone.txt"
    loud = run("summarize", str(french), str(missing), "-f", "jsonl")
    assert loud.stderr.startswith("brief: warning: ") or "brief: warning: " in loud.stderr
    quiet = run("summarize", str(french), str(missing), "-f", "jsonl", "-q")
    assert quiet.exit_code == 1
    assert quiet.stderr == f"brief: error: {missing}: no such file\n"


def test_verbose_says_the_settings_each_input_and_the_totals(harbour: Path) -> None:
    result = run("summarize", str(harbour), "-f", "json", "-v", "--no-config")
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert lines[0] == "brief: format json, model default, inputs 1"
    assert re.fullmatch(
        rf"brief: {re.escape(str(harbour))}: \d+ words, \d+ key sentences, \d+ names, "
        r"\d+ numbers, \d+ quotes",
        lines[1],
    )
    assert lines[2:] == ["brief: briefed 1, failed 0"]


def test_verbose_digest_says_what_it_found_and_made(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    result = run("digest", str(tmp_path), "-f", "jsonl", "-v", "--no-config")
    assert result.stderr.splitlines() == [
        "brief: format jsonl, inputs 2, feeds 0, output stdout",
        f"brief: error: {tmp_path / 'b.txt'}: is empty",
        "brief: articles 1, stories 1, failed 1",
    ]


def test_quiet_draws_no_progress_even_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", _Stream(True))
    assert Voice().progress and not Voice(quiet=True).progress


def test_progress_bar_draws_each_step_without_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    # A second thread would slow every lock of the process, spaCy's recogniser most of all.
    terminal = io.StringIO()
    monkeypatch.setattr(terminal, "isatty", lambda: True)
    monkeypatch.setattr(sys, "stderr", terminal)
    threads = threading.active_count()
    with _progress(3) as advance:
        for _ in range(3):
            advance()
            assert threading.active_count() == threads
    assert "Briefing" in terminal.getvalue()
    assert "3/3" in terminal.getvalue() or "100%" in terminal.getvalue()


# --- --since in words ------------------------------------------------------------------------

NOW = datetime(2026, 12, 1, 6, 30).astimezone()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("24h", NOW - timedelta(hours=24)),
        ("yesterday", NOW - timedelta(days=1)),
        ("2 days ago", NOW - timedelta(days=2)),
        ("3 hours ago", NOW - timedelta(hours=3)),
        ("2026-11-26", datetime(2026, 11, 26).astimezone()),
        ("yesterday 6am", datetime(2026, 11, 30, 6, 0).astimezone()),
    ],
)
def test_since_reads_ages_dates_and_words(value: str, expected: datetime) -> None:
    assert parse_since(value, now=NOW) == pytest.approx(expected.timestamp())


def test_since_in_words_selects_recent_files_and_garbage_is_a_usage_error(tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_text(HARBOUR, encoding="utf-8")
    three_days = (datetime.now() - timedelta(days=3)).timestamp()
    os.utime(old, (three_days, three_days))
    new = tmp_path / "new.txt"
    new.write_text(HARBOUR, encoding="utf-8")
    result = run("digest", str(tmp_path), "--since", "2 days ago", "-f", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["path"] for r in records if r["schema"] == "brief/2"] == [str(new)]
    bad = run("digest", str(tmp_path), "--since", "the other day")
    assert (bad.exit_code, bad.stderr) == (
        2,
        "brief: error: --since: 'the other day' is not an age like 24h, a date like 2026-11-26 "
        "or words like yesterday or '2 days ago' (see 'brief digest --help')\n",
    )


# --- failed inputs are listed in the digest with the reason ------------------------------------


def test_the_digest_lists_failed_inputs_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(HARBOUR, encoding="utf-8")
    empty = tmp_path / "b.txt"
    empty.write_bytes(b"")
    markdown = run("digest", str(tmp_path), "-f", "md", "--title", "Today")
    assert markdown.exit_code == 1
    listed = r"\*\*Could not be briefed:\*\*\n\n- \[[^\]\n]+b\.txt\]\([^)\n]+b\.txt\): is empty\n"
    assert re.search(listed, markdown.stdout)
    data = run("digest", str(tmp_path), "-f", "jsonl")
    record = json.loads(data.stdout.splitlines()[-1])
    assert record["failed"] == [{"source": str(empty), "problem": "is empty"}]
    schema = json.loads((ROOT / "brief" / "schema" / "digest-3.schema.json").read_text())
    jsonschema.validate(record, schema)
    with pytest.raises(jsonschema.ValidationError):  # a bare path, without its reason
        jsonschema.validate({**record, "failed": [str(empty)]}, schema)
