"""`brief digest`: folders, globs, --since, stdin lists, failures, atomic output, HTML, and
the cross-article parts on three reports of one story and one other story."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from brief.cli import app

ARTICLES = {
    "a_storm.txt": """\
Storm Dara cuts power to 40,000 homes on the Cornish coast

Storm Dara battered the Cornish coast on Tuesday, cutting power to 40,000 homes and closing the harbour at Penzance, officials said.

Winds of up to 90mph brought down trees and flooded roads across Cornwall. "We have never seen a storm like this in November," said Jane Trelawney, the leader of Cornwall Council.

The Met Office said the storm would weaken by Thursday. Western Power Distribution said engineers were working to restore supplies.
""",
    "b_storm.md": """\
# Thousands without power as Storm Dara hits Cornwall

Tens of thousands of homes in Cornwall were left without power on Tuesday after Storm Dara swept across the Cornish coast with winds of 90mph.

Western Power Distribution said 40,000 homes had lost supplies. The harbour at Penzance was closed and several roads flooded.

"We have never seen a storm like this in November," said Trelawney, whose council opened emergency shelters. The Met Office expects the storm to weaken by Thursday.
""",
    "c_storm.html": """\
<!doctype html><html><head><title>Storm Dara: Penzance harbour closed | Western News</title></head><body>
<nav><a href="/">Home</a> | <a href="/weather">Weather</a></nav>
<article><h1>Storm Dara closes Penzance harbour and cuts power in Cornwall</h1>
<p>Storm Dara closed the harbour at Penzance on Tuesday as winds of 90mph lashed the Cornish coast and cut power to 40,000 homes.</p>
<p>Jane Trelawney, who leads Cornwall Council, said: "Our crews are working through the night to clear the roads."</p>
<p>Western Power Distribution said most homes would be reconnected by Wednesday. The Met Office said the storm would weaken by Thursday.</p>
</article><footer>Copyright 2026 Western News. Sign up for our newsletter.</footer></body></html>
""",
    "d_budget.txt": """\
Chancellor announces £2bn for rail upgrades in the north

The Chancellor, Rachel Hughes, announced £2bn for rail upgrades in the north of England on Wednesday, the largest rail investment in a decade.

The money will pay for new signalling between Leeds and Manchester and 120 new trains, the Treasury said. "This is a down payment on a better railway," Hughes told MPs in the House of Commons.

Network Rail said work would start in the spring, although the Met Office warned that a wet winter could delay it. Critics said the sum fell short of the £5bn that northern mayors had asked for.
""",
}

runner = CliRunner()
STORM = ("a_storm.txt", "b_storm.md", "c_storm.html")
DAY = 24 * 3600


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["digest", *args], input=input, env=env)


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """The four hand-made articles, in a folder with a subfolder, all modified just now."""
    folder = tmp_path / "news"
    (folder / "rail").mkdir(parents=True)
    for name, text in ARTICLES.items():
        where = folder / "rail" if name.startswith("d_") else folder
        (where / name).write_text(text, encoding="utf-8")
    (folder / "notes.csv").write_text("not,an,article\n")
    return folder


def records(output: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The per-article records and the final digest record of a JSON Lines digest."""
    lines = [json.loads(line) for line in output.splitlines()]
    assert [line["schema"] for line in lines] == ["brief/2"] * (len(lines) - 1) + ["brief-digest/3"]
    return lines[:-1], lines[-1]


def test_a_folder_is_searched_recursively_in_a_stable_order(news: Path) -> None:
    result = run(str(news), "-f", "jsonl")
    assert result.exit_code == 0 and result.stderr == ""  # no progress bar when not a terminal
    briefs, digest = records(result.stdout)
    assert [Path(b["source"]["path"]).name for b in briefs] == [*STORM, "d_budget.txt"]
    assert digest["articles"] == 4 and digest["failed"] == []


def test_near_duplicates_are_one_story_and_the_other_story_stands_alone(news: Path) -> None:
    _, digest = records(run(str(news), "-f", "jsonl").stdout)
    stories = [[Path(s).name for s in story["sources"]] for story in digest["stories"]]
    assert stories == [list(STORM), ["d_budget.txt"]]
    assert digest["stories"][0]["headline"].startswith("Storm Dara")


def test_entities_are_ranked_by_stories_and_merged_across_articles(news: Path) -> None:
    _, digest = records(run(str(news), "-f", "jsonl").stdout)
    by_name = {entity["name"]: entity for entity in digest["entities"]}
    # In both stories, so first of its type; four articles.
    organisations = [e["name"] for e in digest["entities"] if e["type"] == "organization"]
    assert organisations[0] == "Met Office"
    assert (by_name["Met Office"]["stories"], by_name["Met Office"]["articles"]) == (2, 4)
    # "Trelawney" in one report and "Jane Trelawney" in the others are one person.
    trelawney = by_name["Jane Trelawney"]
    assert (trelawney["type"], trelawney["stories"], trelawney["articles"]) == ("person", 1, 3)
    assert "Trelawney" not in by_name


def test_quotes_are_grouped_by_speaker_with_article_and_line(news: Path) -> None:
    _, digest = records(run(str(news), "-f", "jsonl").stdout)
    speakers = {s["speaker"]: s for s in digest["speakers"]}
    trelawney = [
        (q["text"], Path(q["cited"]["source"]).name, q["cited"]["line"])
        for q in speakers["Jane Trelawney"]["quotes"]
    ]
    # The same words in two reports appear once, cited from the first.
    assert trelawney == [
        ("We have never seen a storm like this in November", "a_storm.txt", 5),
        ("Our crews are working through the night to clear the roads.", "c_storm.html", 5),
    ]
    # The article quotes "Hughes"; the digest names her in full.
    assert [q["cited"]["line"] for q in speakers["Rachel Hughes"]["quotes"]] == [5]


def test_numbers_of_the_day_come_from_each_story_once(news: Path) -> None:
    _, digest = records(run(str(news), "-f", "jsonl").stdout)
    numbers = [
        (n["number"]["text"], n["number"]["what"], Path(n["cited"]["source"]).name)
        for n in digest["numbers"]
    ]
    assert ("40,000", "homes", "a_storm.txt") in numbers
    # Only numbers from an article's key sentences count; the budget's lead carries £2bn.
    assert (
        "£2bn",
        "rail upgrades",
        "d_budget.txt",
    ) in numbers  # "announces £2bn for rail upgrades"
    assert [text for text, _, _ in numbers].count("40,000") == 1


def test_markdown_digest_shows_each_story_once(news: Path, tmp_path: Path) -> None:
    target = tmp_path / "digest.md"
    result = run(str(news), "-o", str(target), "--title", "Morning news")
    assert result.exit_code == 0 and result.stdout == ""
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Morning news\n\n*4 articles · 2 stories*\n")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## In the news",
        "## Who said what",
        "## Who claimed what",
        "## Numbers of the day",
        "## Stories",
    ]
    assert text.count("### Storm Dara") == 1 and "*3 reports: " in text
    assert text.count("lashed the Cornish coast") == 0  # only the lead's brief is shown
    assert "a_storm.txt), line 5" in text


def test_glob_picks_the_files_taken_from_folders(news: Path) -> None:
    briefs, _ = records(run(str(news), "--glob", "*.md", "--glob", "*.html", "-f", "jsonl").stdout)
    assert [Path(b["source"]["path"]).name for b in briefs] == ["b_storm.md", "c_storm.html"]


def test_since_keeps_recently_modified_inputs(news: Path) -> None:
    old = time.time() - 3 * DAY
    for name in ("a_storm.txt", "b_storm.md"):
        os.utime(news / name, (old, old))
    briefs, _ = records(run(str(news), "--since", "24h", "-f", "jsonl").stdout)
    assert [Path(b["source"]["path"]).name for b in briefs] == ["c_storm.html", "d_budget.txt"]
    assert run(str(news), "--since", "the other day").exit_code == 2


def test_stdin_gives_a_list_of_paths(news: Path) -> None:
    listing = f"{news / 'rail' / 'd_budget.txt'}\n\n{news / 'a_storm.txt'}\n"
    briefs, digest = records(run("-", "-f", "jsonl", input=listing).stdout)
    assert [Path(b["source"]["path"]).name for b in briefs] == ["d_budget.txt", "a_storm.txt"]
    assert len(digest["stories"]) == 2


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "is empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "is a PNG image, not text")],
)
def test_a_bad_article_is_named_and_the_digest_still_written(
    news: Path, tmp_path: Path, content: bytes, problem: str
) -> None:
    bad = news / "b_bad.txt"
    bad.write_bytes(content)
    target = tmp_path / "digest.jsonl"
    result = run(str(news), "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr == f"brief: error: {bad}: {problem}\n"
    briefs, digest = records(target.read_text(encoding="utf-8"))
    assert len(briefs) == 4 and digest["failed"] == [{"source": str(bad), "problem": problem}]


def test_a_missing_input_stops_the_run_before_any_work(news: Path) -> None:
    # a typo in a cron line must not replace yesterday's digest with a smaller one
    result = run(str(news / "gone.txt"), str(news / "a_storm.txt"))
    assert result.exit_code == 1
    assert result.stderr == f"brief: error: {news / 'gone.txt'}: no such file or folder\n"
    assert result.stdout == ""


def test_an_empty_folder_is_nothing_new_and_silent(tmp_path: Path) -> None:
    result = run(str(tmp_path), "-f", "jsonl")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    verbose = run(str(tmp_path), "-f", "jsonl", "-v")
    assert "brief: nothing new to digest; nothing was written" in verbose.stderr


def test_the_old_digest_survives_a_run_that_cannot_finish(news: Path, tmp_path: Path) -> None:
    target = tmp_path / "digest.md"
    target.write_text("yesterday's digest\n")
    result = run(str(news), "-o", str(target), "--model", "no_such_pipeline")
    assert result.exit_code == 3
    assert target.read_text() == "yesterday's digest\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["digest.md", "news"]


def test_the_output_file_is_not_taken_as_an_input(news: Path) -> None:
    target = news / "digest.md"
    target.write_text("# Yesterday's digest\n\nNothing happened.\n")
    assert run(str(news), "-o", str(target)).exit_code == 0
    assert "*4 articles · 2 stories*" in target.read_text(encoding="utf-8")


@pytest.mark.slow
def test_jobs_give_the_same_digest_in_the_same_order(
    news: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("brief.stream.CHUNK_ARTICLES", 1)  # four chunks for two workers
    monkeypatch.setattr("brief.stream.LAST_CHUNK_ARTICLES", 1)
    one = run(str(news), "-f", "jsonl", "--jobs", "1", "--no-memory")
    two = run(str(news), "-f", "jsonl", "--jobs", "2", "--no-memory")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def test_a_digest_not_remembered_is_the_same_whenever_it_is_made(
    news: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `made` is the id later digests refer to; without a memory nothing can, and two runs
    # over the same inputs, seconds or days apart, write the same record.
    outputs = []
    for when in (1_800_000_000.0, 1_800_000_000.0 + DAY):
        monkeypatch.setattr("brief.digest.run.time.time", lambda when=when: when)
        outputs.append(run(str(news), "-f", "jsonl", "--no-memory").stdout)
    assert outputs[0] == outputs[1]
    assert records(outputs[0])[1]["made"] is None
    _, remembered = records(run(str(news), "-f", "jsonl").stdout)
    assert remembered["made"] == "2027-01-16T08:00:00Z"  # the clock of the last run above


@pytest.mark.slow
def test_two_runs_at_once_leave_one_whole_digest(news: Path, tmp_path: Path) -> None:
    target = tmp_path / "digest.jsonl"
    command = [sys.executable, "-m", "brief", "digest", str(news), "-o", str(target)]
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE) for _ in range(2)]
    assert [process.wait(timeout=300) for process in runs] == [0, 0]
    briefs, digest = records(target.read_text(encoding="utf-8"))
    assert len(briefs) == 4 and digest["articles"] == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["digest.jsonl", "news"]


def test_yaml_digest_is_documents_ending_with_the_digest(news: Path) -> None:
    import yaml

    documents = list(yaml.safe_load_all(run(str(news), "-f", "yaml").stdout))
    assert [d["schema"] for d in documents] == ["brief/2"] * 4 + ["brief-digest/3"]


def test_config_gives_defaults_and_flags_win(news: Path, tmp_path: Path) -> None:
    folder = tmp_path / "digests"
    folder.mkdir()
    config = tmp_path / "config.yaml"
    config.write_text(f"format: jsonl\nsentences: 1\noutput_folder: {folder}\n")
    env = {"BRIEF_CONFIG": str(config)}
    assert run(str(news), env=env).exit_code == 0
    [written] = folder.iterdir()
    assert written.name.startswith("digest-") and written.suffix == ".jsonl"
    briefs, _ = records(written.read_text(encoding="utf-8"))
    assert {len(b["summary"]) for b in briefs} == {1}
    result = run(str(news), "-n", "2", "-f", "markdown", "-o", str(tmp_path / "d.md"), env=env)
    assert result.exit_code == 0
    assert (tmp_path / "d.md").read_text(encoding="utf-8").startswith("# News digest")


def test_a_bad_config_is_a_usage_error(news: Path, tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("colour: always\n")
    result = run(str(news), env={"BRIEF_CONFIG": str(config)})
    assert result.exit_code == 2
    assert result.stderr == (
        f"brief: error: {config}: unknown setting 'colour' "
        "(known: feeds, format, memory, model, output_folder, sentences)\n"
    )


def test_summarize_reads_html_pages(news: Path) -> None:
    page = ARTICLES["c_storm.html"]
    result = runner.invoke(app, ["summarize", "-", "-f", "jsonl"], input=page)
    assert result.exit_code == 0
    brief = json.loads(result.stdout)
    assert brief["title"] == "Storm Dara closes Penzance harbour and cuts power in Cornwall"
    text = " ".join(p for s in brief["sections"] for p in s["paragraphs"])
    assert "Penzance" in text and "Copyright" not in text and "Weather" not in text
    assert brief["quotes"][0]["speaker"] == "Jane Trelawney"


def test_digest_help_has_examples_and_exit_codes() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert (
        "crontab" in result.stdout and "--since" in result.stdout and "Exit codes" in result.stdout
    )


def test_json_digest_validates_against_the_schemas(news: Path) -> None:
    import jsonschema

    def schema(name: str) -> dict[str, Any]:
        text = resources.files("brief").joinpath(f"schema/{name}.schema.json").read_text()
        return json.loads(text)  # type: ignore[no-any-return]

    briefs, digest = records(run(str(news), "-f", "jsonl").stdout)
    for brief in briefs:
        jsonschema.validate(brief, schema("brief-2"))
    jsonschema.validate(digest, schema("digest-3"))


def test_a_missing_output_folder_is_made(news: Path, tmp_path: Path) -> None:
    target = tmp_path / "digests" / "december" / "digest.md"
    result = run(str(news / "a_storm.txt"), "-o", str(target))
    assert (result.exit_code, result.stderr) == (0, "")
    assert target.read_text(encoding="utf-8").startswith("# News digest")
