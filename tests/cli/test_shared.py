"""What every command shares: one exit code per library error, the six shared options, the
output checked before any work, and the same answer when the output is also an input."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from brief.cli import app
from brief.cli.app import EXIT_CODES, exit_code
from brief.errors import (
    BriefError,
    ConfigError,
    InputError,
    ModelError,
    OutOfMemoryError,
    OutputError,
)
from tests.conftest import SEED

runner = CliRunner()
# A pipeline that cannot exist: a command that reaches the model fails with exit 3 and says so.
NO_MODEL = "./no-such-pipeline"
SHARED = ["--sentences", "--model", "--quiet", "--verbose", "--config", "--no-config"]


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def see(command: str) -> str:
    return f"(see 'brief {command} --help')"


# --- one exit code per library error ------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (InputError("a.txt", "is empty"), 1),
        (OutOfMemoryError("a.txt", 10), 1),
        (ConfigError("config.yaml: not valid YAML"), 2),
        (OutputError("x.md: folder x does not exist"), 3),
        (ModelError("no pipeline"), 3),
        (BriefError("anything else"), 3),
    ],
)
def test_each_library_error_has_one_exit_code(error: BriefError, code: int) -> None:
    assert exit_code(error) == code


def test_the_exit_code_table_puts_the_most_general_error_last() -> None:
    kinds = [kind for kind, _ in EXIT_CODES]
    assert kinds[-1] is BriefError
    for index, kind in enumerate(kinds):
        assert not any(issubclass(kind, earlier) for earlier in kinds[:index])


def test_a_missing_digest_input_exits_1(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    result = run("digest", str(missing), "--model", NO_MODEL)
    assert (result.exit_code, result.stderr) == (
        1,
        f"brief: error: {missing}: no such file or folder\n",
    )


def test_an_unreadable_batch_corpus_exits_1(tmp_path: Path) -> None:
    missing = tmp_path / "archive.jsonl"
    result = run("batch", str(missing), "--out", str(tmp_path / "out"), "--model", NO_MODEL)
    assert (result.exit_code, result.stderr) == (1, f"brief: error: {missing}: no such file\n")


def test_an_empty_batch_corpus_exits_1(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("batch", str(empty), "--out", str(tmp_path / "out"))
    assert (result.exit_code, result.stderr) == (1, f"brief: error: {empty}: no articles found\n")


@pytest.mark.parametrize("command", ["summarize", "digest", "batch"])
def test_a_bad_config_file_exits_2_in_every_command(tmp_path: Path, command: str) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("sentences: many\n", encoding="utf-8")
    args = [command, str(SEED), "--config", str(config)]
    result = run(*args, *(["--out", str(tmp_path / "out")] if command == "batch" else []))
    assert (result.exit_code, result.stderr) == (
        2,
        f"brief: error: {config}: sentences must be a whole number of at least 1\n",
    )


# --- the six shared options, declared once ------------------------------------------------------


@pytest.mark.parametrize("command", ["summarize", "digest", "batch"])
def test_every_command_ends_with_the_six_shared_options(command: str) -> None:
    click_command = get_command(app).commands[command]  # type: ignore[attr-defined]
    options = [max(p.opts, key=len) for p in click_command.params if p.param_type_name == "option"]
    assert options[-len(SHARED) :] == SHARED
    assert all(options.count(name) == 1 for name in SHARED)


@pytest.mark.parametrize("command", ["summarize", "digest", "batch"])
def test_quiet_with_verbose_is_the_same_usage_error_in_every_command(
    tmp_path: Path, command: str
) -> None:
    extra = ["--out", str(tmp_path / "out")] if command == "batch" else []
    result = run(command, str(SEED), "-q", "-v", *extra)
    assert (result.exit_code, result.stderr) == (
        2,
        f"brief: error: -q/--quiet: goes with no -v/--verbose {see(command)}\n",
    )


# --- the output, checked before any work --------------------------------------------------------


def test_an_output_in_a_missing_folder_fails_before_the_model_loads(tmp_path: Path) -> None:
    output = tmp_path / "missing" / "x.md"
    result = run("summarize", str(SEED), "-o", str(output), "--model", NO_MODEL)
    assert (result.exit_code, result.stderr) == (
        3,
        f"brief: error: {output}: folder {output.parent} does not exist\n",
    )
    assert not output.parent.exists()


def test_the_digest_makes_its_output_folder_or_fails_before_the_model_loads(
    tmp_path: Path,
) -> None:
    # A cron line's digest folder is made for it; a file in its way stops the run (exit 3).
    made = tmp_path / "made" / "x.md"
    result = run("digest", str(SEED), "-o", str(made), "--model", NO_MODEL)
    assert made.parent.is_dir() and result.exit_code == 3 and not made.exists()
    (tmp_path / "blocked").write_text("a file where the folder should be")
    blocked = tmp_path / "blocked" / "x.md"
    result = run("digest", str(SEED), "-o", str(blocked), "--model", NO_MODEL)
    assert result.exit_code == 3
    assert result.stderr.startswith(f"brief: error: {blocked}: cannot make folder {blocked.parent}")


# --- the output is also an input: refused wherever it is named ------------------------------------


@pytest.mark.parametrize("command", ["summarize", "digest"])
def test_an_output_named_as_an_input_is_refused(tmp_path: Path, command: str) -> None:
    article = tmp_path / "a.md"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = run(command, str(article), "-o", str(article), "--model", NO_MODEL)
    assert (result.exit_code, result.stderr) == (
        2,
        f"brief: error: -o/--output: {article} is also an input and would be overwritten "
        f"{see(command)}\n",
    )
    assert article.read_text(encoding="utf-8") == SEED.read_text(encoding="utf-8")


def test_a_batch_input_inside_the_output_folder_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "briefs"
    out.mkdir()
    part = out / "part-00000.jsonl"
    part.write_text('{"id": "a", "text": "A short text."}\n', encoding="utf-8")
    result = run("batch", str(part), "--out", str(out), "--model", NO_MODEL)
    assert (result.exit_code, result.stderr) == (
        2,
        f"brief: error: --out: {part} is an input inside the output folder and could be "
        f"overwritten {see('batch')}\n",
    )


def test_the_digest_leaves_its_output_out_of_a_folder_and_says_so_with_v(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    output = news / "digest.md"
    output.write_text("yesterday's digest\n", encoding="utf-8")
    result = run("digest", str(news), "-o", str(output), "-v", "--model", NO_MODEL)
    assert f"brief: {output}: the output file, not an article: left out\n" in result.stderr
    assert "brief: format markdown, inputs 0," in result.stderr
    assert output.read_text(encoding="utf-8") == "yesterday's digest\n"


# --- one output per argument ----------------------------------------------------------------------


def test_summarize_briefs_a_repeated_file_once_per_argument(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("summarize", str(article), str(article), "-f", "jsonl")
    lines = result.stdout.splitlines()
    assert (result.exit_code, len(lines)) == (0, 2)
    assert lines[0] == lines[1]


def test_stdin_named_twice_is_a_usage_error() -> None:
    result = run("summarize", "-", "-", input="A short text.")
    assert (result.exit_code, result.stderr) == (
        2,
        f"brief: error: FILE: - (stdin) can be read only once {see('summarize')}\n",
    )


def test_the_digest_counts_a_repeated_file_once_and_says_so_with_v(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Short.\n", encoding="utf-8")
    result = run("digest", str(article), str(article), "-v", "--model", NO_MODEL)
    assert f"brief: {article}: found again, digested once\n" in result.stderr
    assert "brief: format markdown, inputs 1," in result.stderr


def test_the_digest_says_nothing_of_repeats_without_v(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Short.\n", encoding="utf-8")
    result = run("digest", str(article), str(article), "--model", NO_MODEL)
    assert "found again" not in result.stderr
