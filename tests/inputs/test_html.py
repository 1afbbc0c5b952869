"""Saved and fetched pages to article text: what is a page, and a page reduced to its article
with its structure (headings, lists, paragraphs) kept. Clutter and titles: test_web.py."""

from __future__ import annotations

import pytest

from brief.errors import InputError
from brief.inputs.html import article_text, is_html

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
