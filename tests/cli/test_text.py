"""`brief text`: the article text a brief is made from, numbered as every `line N` cites it,
for files, saved pages, stdin and web addresses (a server on 127.0.0.1)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.layout import article_lines
from brief.render.text import numbered
from tests.conftest import SEED
from tests.inputs.web_server import serve

runner = CliRunner()
NUMBERED = re.compile(r"^ *(\d+)(?:  (.*))?$")

PAGE = """<!DOCTYPE html><html><head><title>Bridge reopens | Town Times</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge reopens after two years</h1>
<p>The old bridge over the river reopened on Monday after two years of repairs, the council
said, and the first buses crossed it before dawn.</p>
<h2>Repairs</h2>
<p>Engineers replaced the deck and strengthened the piers, which had been damaged by floods,
at a cost of 12 million pounds.</p>
<p>“We are proud of the work,” said Ann Kerr, the council's leader. “The town has its bridge
back.”</p>
<p>Traders on both banks said the closure had cost them a third of their customers.</p>
</article><footer>Sign up for our newsletter</footer></body></html>
"""


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def lines_of(output: str) -> dict[int, str]:
    """The numbered lines printed, by number."""
    found = {}
    for line in output.splitlines():
        match = NUMBERED.match(line)
        assert match, line
        found[int(match.group(1))] = match.group(2) or ""
    return found


def test_a_text_file_is_printed_as_it_is_each_line_after_its_number() -> None:
    result = run("text", str(SEED))
    assert result.exit_code == 0
    printed = lines_of(result.stdout)
    written = SEED.read_text(encoding="utf-8").split("\n")
    assert printed == dict(enumerate(written, start=1))
    assert result.stdout.splitlines()[2].startswith(" 3  Foreign minister Sergei Lavrov")


def cited_lines(brief: dict[str, object]) -> list[tuple[int, str]]:
    """Every (line, words) a brief cites: its key sentences and its quotes."""
    items = [*brief["summary"], *brief["quotes"]]  # type: ignore[misc]
    return [(item["line"], item["text"]) for item in items]


def test_every_line_a_page_brief_cites_is_that_line_of_brief_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    brief = json.loads(run("summarize", str(page), "-f", "json").stdout)
    printed = lines_of(run("text", str(page)).stdout)
    assert printed[1] == "# Bridge reopens after two years"  # headings as Markdown headings
    assert "Home" not in " ".join(printed.values())  # the page's clutter is not the article
    cited = cited_lines(brief)
    assert len(cited) >= 4
    for line, words in cited:
        assert words.split("\n")[0][:20] in printed[line], (line, words)


def test_a_web_address_gives_the_same_text_as_the_saved_page(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    with serve() as site:
        site.page("/bridge", PAGE)
        fetched = run("text", site.url("/bridge"))
        brief = json.loads(run("summarize", site.url("/bridge"), "-f", "json").stdout)
    assert fetched.exit_code == 0
    assert fetched.stdout == run("text", str(page)).stdout
    printed = lines_of(fetched.stdout)
    for line, words in cited_lines(brief):
        assert words.split("\n")[0][:20] in printed[line]


def test_stdin_and_every_line_break_count_as_the_brief_counts_them() -> None:
    text = "Title here\r\nFirst line.\rSecond line.\u2028Third line.\n\nLast line.\n"
    result = run("text", "-", input=text)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "1  Title here",
        "2  First line.",
        "3  Second line.",
        "4  Third line.",
        "5",
        "6  Last line.",
        "7",
    ]


def test_control_characters_are_shown_not_sent_to_the_terminal() -> None:
    assert list(numbered(article_lines("Bell\x07 here\nand \x1b[31mred\x1b[0m"))) == [
        "1  Bell\\x07 here",
        "2  and \\x1b[31mred\\x1b[0m",
    ]


def test_numbers_are_right_aligned_to_the_widest() -> None:
    lines = list(numbered([f"line {n}" for n in range(1, 11)]))
    assert lines[0] == " 1  line 1" and lines[9] == "10  line 10"


@pytest.mark.parametrize(
    ("name", "problem"),
    [("missing.txt", "missing.txt: no such file"), (".", ".: is a directory")],
)
def test_an_input_that_cannot_be_read_is_one_line_and_exit_1(name: str, problem: str) -> None:
    result = run("text", name)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith(f"brief: error: {problem}")
    assert result.stderr.count("\n") == 1
