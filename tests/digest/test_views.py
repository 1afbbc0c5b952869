"""Reading the digest: headlines as link text, the terminal view (styled on a terminal, plain
when piped), and stories not in English flagged and kept out of the day's parts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief.cli import app
from brief.digest.builder import Digest, DigestBuilder
from brief.digest.render_markdown import digest_head, story_heading
from brief.digest.render_terminal import article_block
from brief.digest.render_terminal import digest_head as terminal_head
from brief.digest.render_terminal import story_heading as terminal_story
from brief.inputs.language import NOT_ENGLISH
from brief.records import Number, Quote
from tests.digest.test_events import PAGES, page_brief


def digest_of(*briefs: object) -> Digest:
    builder = DigestBuilder()
    for brief in briefs:
        builder.add(brief)  # type: ignore[arg-type]
    return builder.finish()


def quoted_brief(path: str, page: int) -> object:
    brief = page_brief(path, *PAGES[page])
    speaker = brief.entities[0].name
    number = Number("£3m", 3e6, None, None, None, "GBP", "of damage", "money", "", 3, 0, 3)
    quote = Quote("Nobody could have seen this coming.", speaker, "said", "direct", 3, 0, 1)
    return replace(brief, quotes=(quote,), numbers=(number,))


def test_links_read_as_headlines() -> None:
    digest = digest_of(quoted_brief("news/ferry.txt", 0), page_brief("news/ferry2.txt", *PAGES[0]))
    heading = story_heading(digest.stories[0], Path("out"))
    assert f"[{PAGES[0][0]}](../news/ferry.txt) (lead)" in heading
    head = digest_head(digest, title="Today", base=Path("out"))
    assert f"— said, [{PAGES[0][0]}](../news/ferry.txt), line 3" in head


def test_the_terminal_view_is_plain_when_piped_and_styled_on_a_terminal() -> None:
    digest = digest_of(quoted_brief("/news/ferry.txt", 0), page_brief("/news/chess.txt", *PAGES[2]))
    plain = terminal_head(digest, title="Today", styled=False) + terminal_story(
        digest.stories[0], styled=False
    )
    assert "\x1b" not in plain
    lines = plain.splitlines()
    assert lines[:2] == ["Today", "2 articles · 2 stories"]
    assert "  People: Ethan Pereira (1 story), Morag Beaton (1 story)" in lines
    assert f"  ▸ {PAGES[0][0]} </news/ferry.txt>" in lines
    assert f"    • “Nobody could have seen this coming.” — said, {PAGES[0][0]}, line 3" in lines
    styled = terminal_story(digest.stories[0], styled=True)
    assert "\x1b[" in styled and "\x1b]8;" in styled and "file:///news/ferry.txt" in styled
    assert article_block(page_brief("/news/chess.txt", *PAGES[2]), styled=False).startswith(
        "  • A twelve"
    )


def test_a_story_not_in_english_is_flagged_last_and_kept_out_of_the_days_parts() -> None:
    foreign = [replace(quoted_brief(f"fr{n}.txt", 5), warnings=(NOT_ENGLISH,)) for n in range(2)]
    digest = digest_of(*foreign, quoted_brief("ferry.txt", 0))
    assert [story.not_english for story in digest.stories] == [False, True]
    assert [e.name for e in digest.entities if e.type == "person"] == ["Morag Beaton"]
    assert [s.speaker for s in digest.speakers] == ["Morag Beaton"]
    assert [n.cited.source for n in digest.numbers] == ["ferry.txt"]
    assert "*Not in English: " in story_heading(digest.stories[1])


FRENCH = """Les pompiers luttent contre un incendie près de Marseille

Les pompiers ont lutté toute la nuit contre un incendie de forêt qui menaçait plusieurs quartiers au nord de Marseille, a indiqué la préfecture.

Plus de 500 pompiers et dix avions ont été mobilisés, et les habitants de trois communes ont reçu l'ordre de quitter leurs maisons avant l'aube.
"""


@pytest.mark.model
def test_the_command_warns_of_a_story_not_in_english(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH)
    result = CliRunner().invoke(app, ["digest", str(tmp_path), "--no-config", "-f", "text"])
    assert result.exit_code == 0
    assert result.stderr == (
        "brief: warning: story 'Les pompiers luttent contre un incendie près de Marseille' "
        "(1 report) does not look like English; flagged in the digest and left out of its "
        "cross-story parts\n"
    )
    assert "Not in English" in result.stdout and "\nIn the news\n" not in result.stdout


def test_a_partial_quote_in_the_digest_is_shown_in_the_writers_sentence() -> None:
    """As in a brief: “a waste of public money” alone does not say what was called that."""
    brief = page_brief("/news/ferry.txt", *PAGES[0])
    words = "a waste of public money and a risk to the crossing"
    content = f"the new timetable was “{words}”"
    quote = Quote(words, brief.entities[0].name, "said", "partial", 3, 0, 1, content, 0, 1)
    digest = digest_of(replace(brief, quotes=(quote,)))
    plain = terminal_head(digest, title="Today", styled=False)
    assert f"    • said: {content} ({PAGES[0][0]}, line 3)" in plain.splitlines()
    markdown = digest_head(digest, title="Today", base=Path("out"))
    assert f"- *said:* {content} ([{PAGES[0][0]}](" in markdown
    assert "> “a waste" not in markdown  # not a block quote of the fragment
