"""Saved and fetched pages to article text: what is a page, and a page reduced to its article
with its structure (headings, lists, paragraphs) kept. Clutter and titles: test_web.py."""

from __future__ import annotations

import pytest

from brief.errors import InputError
from brief.inputs.html import article_text, is_html
from tests.inputs.test_web import headings

PAGE = """<!DOCTYPE html><html><head><title>Bridge reopens | Town Times</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>Old bridge reopens after two years</h1>
<p>The old stone bridge over the river reopened on Monday after two years of repairs costing £4m, the county council said.</p>
<h2>Traffic</h2>
<ul><li>Buses return on Tuesday.</li><li>Lorries stay banned.</li></ul>
<p>"It is good to have it back," said Tom Reed, who runs the bakery beside the bridge.</p>
</article></main>
<footer><p>© Town Times. All rights reserved. Privacy policy.</p></footer></body></html>"""


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        ("a.html", "plain words", True),
        ("a.HTM", "plain words", True),
        (None, "  <!doctype html><p>x</p>", True),
        (None, "<!-- saved --><html lang=en>", True),
        ("a.txt", "<html>\n<body>", True),
        (None, "Plain text about <html> tags", False),
        ("a.md", "# Heading\n\n<b>bold</b>", False),
    ],
)
def test_html_is_known_by_name_or_by_its_start(path: str | None, text: str, expected: bool) -> None:
    assert is_html(path, text) is expected


def test_html_page_is_reduced_to_the_article_with_its_structure() -> None:
    text = article_text(PAGE, "page.html")
    blocks = text.split("\n\n")
    assert blocks[0] == "# Old bridge reopens after two years"
    assert "## Traffic" in blocks and "- Buses return on Tuesday." in blocks
    assert any(block.startswith('"It is good to have it back,"') for block in blocks)
    assert "Privacy" not in text and "Sport" not in text


def test_html_page_without_article_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"page\.html: is an HTML page with no article text"):
        article_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "page.html")


# --- What the article is: its standfirst in, its headline and closing notes out ---------------

STORY = (
    "<p>A former council treasurer who stole £400,000 from the town's pension fund over nine "
    "years has been jailed, a court heard on Friday.</p>"
    "<p>Mark Denton, 58, moved the money into his own accounts in small transfers that auditors "
    "missed until a new finance director joined in 2022.</p>"
    "<p>Judge Helen Price told him he had betrayed the trust of hundreds of former employees.</p>"
)
STANDFIRST = "Mark Denton was jailed for three years for stealing from the town's pension fund"


def news_page(header: str, body: str = STORY, head: str = "") -> str:
    """A paper's page: the headline and standfirst in a header above the article's body."""
    return (
        "<!DOCTYPE html><html><head><title>Treasurer jailed | Town Times</title>"
        f'{head}</head><body><header class="articleHeader">{header}</header>'
        f'<div class="articleBodyText">{body}</div></body></html>'
    )


def described(text: str) -> str:
    return f'<meta name="description" content="{text}"><meta property="og:description" content="{text}">'


def test_the_standfirst_a_page_shows_is_its_first_paragraph() -> None:
    header = f'<h1>Treasurer jailed</h1><p class="articleHeader__standfirst">{STANDFIRST}</p>'
    text = article_text(news_page(header, head=described(STANDFIRST)), "page.html")
    assert text.split("\n\n")[:2] == ["# Treasurer jailed", STANDFIRST]


def test_the_standfirst_is_found_when_the_byline_beside_the_headline_goes() -> None:
    header = (
        '<div class="headline-box"><h1>Treasurer jailed</h1><div class="byline">By Sam Lee</div>'
        f'</div><p class="standfirst">{STANDFIRST}</p>'
    )
    text = article_text(news_page(header, head=described(STANDFIRST)), "page.html")
    assert text.split("\n\n")[:2] == ["# Treasurer jailed", STANDFIRST]


def test_a_description_the_page_does_not_show_is_no_standfirst() -> None:
    script = f"<script>var meta = {{'description': '{STANDFIRST}'}};</script>"
    for header in ("<h1>Treasurer jailed</h1>", f"<p>{STANDFIRST}</p><h1>Treasurer jailed</h1>"):
        text = article_text(news_page(header + script, head=described(STANDFIRST)), "page.html")
        assert "three years" not in text, header


def test_a_standfirst_set_as_a_heading_becomes_a_paragraph() -> None:
    body = f"<h2>{STANDFIRST}</h2>" + STORY
    text = article_text(news_page("<h1>Treasurer jailed</h1>", body, described(STANDFIRST)), "p")
    assert f"\n{STANDFIRST}\n" in text and f"## {STANDFIRST}" not in text


def test_the_standfirst_holding_the_core_fact_reaches_the_key_sentences() -> None:
    from brief import summarize

    header = f'<h1>Treasurer jailed</h1><p class="articleHeader__standfirst">{STANDFIRST}.</p>'
    html = news_page(header, head=described(STANDFIRST + "."))
    brief = summarize(article_text(html, "page.html"), sentences=2)
    assert any("jailed for three years" in sentence.text for sentence in brief.summary)


def test_notes_closing_the_article_are_left_out() -> None:
    notes = (
        "<p><em>Follow the Town Times on Facebook and X for the latest news from the court.</em></p>"
        "<h3>About the author</h3>"
        "<p><i>Sam Lee covers the courts for the Town Times.</i> <b>Contact: sam@example.com</b></p>"
    )
    text = article_text(news_page("<h1>Treasurer jailed</h1>", STORY + notes), "page.html")
    assert "Follow the Town Times" not in text and "About the author" not in text
    assert "Sam Lee" not in text and text.rstrip().endswith("former employees.")


def test_emphasis_inside_the_story_is_kept() -> None:
    italic = "<p><em>“I am deeply ashamed,” Denton wrote in a letter read to the court.</em></p>"
    middle = STORY.replace("</p>", "</p>" + italic, 1)
    assert "deeply ashamed" in article_text(news_page("<h1>Treasurer jailed</h1>", middle), "p")
    all_italic = "".join(f"<p><i>{p}</i></p>" for p in STORY[3:-4].split("</p><p>"))
    text = article_text(news_page("<h1>Treasurer jailed</h1>", all_italic), "page.html")
    assert "former employees" in text and "Mark Denton, 58" in text


def test_the_pages_h1_is_its_headline_not_a_section() -> None:
    """The <h1> words the headline otherwise than the page's og:title does: it is still the
    headline, above all text, and titles no section."""
    body = "<h1>Former treasurer jailed over pension theft</h1>" + STORY + "<h2>Sentencing</h2>"
    body += "<p>The judge said the sentence would have been longer without his guilty plea.</p>"
    og = '<meta property="og:title" content="Treasurer jailed">'
    text = article_text(news_page("", body, og), "page.html")
    assert headings(text) == ["Sentencing"]
    assert text.startswith("# Treasurer jailed\n\nA former council treasurer")


def test_a_box_of_labelled_fields_is_a_list_not_a_paragraph() -> None:
    from brief import summarize

    box = (
        '<div class="fancy-box"><p><strong>What is it?</strong> A strategy game set in 1933.<br>'
        "<strong>Expect to pay</strong> $15/£13.49<br>"
        "<strong>Developer</strong> Paintbucket Games<br>"
        "<strong>Publisher</strong> HandyGames</p></div>"
    )
    html = news_page("<h1>Treasurer jailed</h1>", box + STORY)
    text = article_text(html, "page.html")
    assert "\n- Expect to pay $15/£13.49\n" in text and "\n- Publisher HandyGames\n" in text
    brief = summarize(text)
    assert not any("Developer" in sentence.text for sentence in brief.summary)


def test_a_table_cell_of_bold_names_on_their_own_lines_is_a_list_of_them() -> None:
    """A letter's signatories, one per line in a table cell: names, not one run of words."""
    signed = (
        "<table><tr><td><strong>Elliot Ackerman</strong><br><strong>Saladin Ambar</strong>, "
        "Rutgers University<br><strong>Martin Amis</strong><br><strong>Anne Applebaum</strong>"
        "</td></tr></table>"
    )
    text = article_text(news_page("<h1>Treasurer jailed</h1>", STORY + signed), "page.html")
    assert "\n- Elliot Ackerman\n" in text and "\n- Saladin Ambar, Rutgers University\n" in text
    assert "Ackerman Saladin" not in text


def test_a_paragraph_with_a_bold_phrase_and_line_breaks_stays_a_paragraph() -> None:
    verse = (
        "<p><strong>Denton</strong> wrote to the court from prison.<br>"
        "He said he was sorry.<br>He asked for mercy.</p>"
    )
    text = article_text(news_page("<h1>Treasurer jailed</h1>", STORY + verse), "page.html")
    assert "- He said" not in text and "Denton wrote to the court" in text
