"""Web pages and URLs: the page's clutter kept out, its headline, and fetching over HTTP.

Every network test talks to a server the test starts on 127.0.0.1 (tests/web_server.py).
"""

from __future__ import annotations

import gzip
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from brief import __version__
from brief.cli import app
from brief.errors import InputError
from brief.inputs.fetch import fetch
from brief.inputs.html import article_text
from brief.inputs.reading import read_article
from brief.inputs.titles import headline
from brief.layout import parse_layout
from brief.nlp.typography import normalize
from tests.inputs.web_server import serve, slow

BODY = (
    "<p>The old bridge over the river reopened on Monday after two years of repairs, the "
    "council said, and the first buses crossed it before dawn.</p>"
    "<p>Engineers replaced the deck and strengthened the piers, which had been damaged by "
    "floods in the winter of 2023, at a cost of 12 million pounds.</p>"
    "<p>Traders on both banks said the closure had cost them a third of their customers.</p>"
)


def page(inner: str, *, title: str = "Bridge reopens | Town Times", head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>"
        f"<article><h1>Bridge reopens</h1>{inner}</article></body></html>"
    )


def headings(text: str) -> list[str]:
    layout = parse_layout(normalize(text))
    return [layout.block_text(s.heading) for s in layout.sections if s.heading is not None]


# --- Page clutter -----------------------------------------------------------------------------

# Clutter that trafilatura alone keeps (each case fails on main at c9618cc).
CLUTTER = [
    ("promo box", '<div class="promo-box"><p>Get our morning briefing in your inbox.</p></div>'),
    ("credit line", '<p class="photo-credit">Shamil Zhumatov/REUTERS</p>'),
    (
        "credit in a paragraph",
        '<p>The bridge at dawn. <span class="credit">Photo: REUTERS</span></p>',
    ),
    ("sponsored box", '<div class="sponsored-content"><p>Sponsored: the best mortgages</p></div>'),
]


@pytest.mark.parametrize(("kind", "clutter"), CLUTTER, ids=[kind for kind, _ in CLUTTER])
def test_page_clutter_is_left_out(kind: str, clutter: str) -> None:
    text = article_text(page(BODY.replace("</p>", "</p>" + clutter, 1)), "page.html")
    for words in ("morning briefing", "REUTERS", "Sponsored"):
        assert words not in text, kind
    assert "Engineers replaced the deck" in text


def test_a_figure_holding_a_quotation_is_kept() -> None:
    tweet = (
        '<figure class="wp-block-embed-twitter"><blockquote class="twitter-tweet">'
        "<p>The bridge is open at last, and the first bus is full!</p>"
        "— Town Council (@towncouncil) May 8, 2023</blockquote></figure>"
    )
    text = article_text(page(BODY.replace("</p>", "</p>" + tweet, 1)), "page.html")
    assert "The bridge is open at last" in text and "Town Council (@towncouncil)" in text


def test_a_credit_inside_a_paragraph_does_not_glue_to_the_lead() -> None:
    html = page(
        '<p><span class="photo-credit">Shamil Zhumatov/REUTERS</span>The UK may be '
        "the first to reopen its bridges, officials said on Monday.</p>" + BODY
    )
    text = article_text(html, "page.html")
    assert "REUTERS" not in text
    assert "\nThe UK may be the first" in text


def test_headings_come_from_heading_elements_not_short_lines() -> None:
    html = page(
        BODY + "<h2>What the repairs cost</h2><p>Thanks for Reading Us Today</p>"
        "<p>The council paid for most of the work, with help from the government.</p>"
    )
    assert headings(article_text(html, "page.html")) == ["What the repairs cost"]


def test_a_heading_with_nothing_under_it_and_a_repeated_title_are_dropped() -> None:
    html = page(
        "<h2>Bridge reopens</h2>" + BODY + "<h2>More from Town Times</h2><h2>Elsewhere</h2>"
    )
    text = article_text(html, "page.html")
    assert headings(text) == []
    assert text.startswith("# Bridge reopens\n\nThe old bridge")


def test_words_do_not_glue_where_the_page_breaks_a_line() -> None:
    html = page(
        "<p>Kurds sought independence.<br>The PKK's leaders disagreed, the report said.</p>" + BODY
    )
    assert "independence. The PKK's" in article_text(html, "page.html")


@pytest.mark.parametrize(
    ("parts", "sitename", "expected"),
    [
        ({"title": ["Bridge reopens | Town Times"]}, "Town Times", "Bridge reopens"),
        (
            {"title": ["Bridge reopens - Telegraph"], "url": ["https://www.telegraph.co.uk/a"]},
            "",
            "Bridge reopens",
        ),
        (
            {
                "title": ["Merkel visits Ankara | DW | 19.01.2020"],
                "url": ["https://www.dw.com/en/x"],
            },
            "",
            "Merkel visits Ankara",
        ),
        ({"title": ["Trump impeachment | CNN Politics"], "site": ["CNN"]}, "", "Trump impeachment"),
        ({"title": ["Town Times: Bridge reopens"], "site": ["Town Times"]}, "", "Bridge reopens"),
        (
            {"h1": ["Town Times", "Bridge reopens"], "title": ["Bridge reopens · Town Times"]},
            "Town Times",
            "Bridge reopens",
        ),
        (
            {"title": ["Covid-19: the bridge at 10:30 - a report"]},
            "",
            "Covid-19: the bridge at 10:30 - a report",
        ),
        ({"og": ["Bridge reopens"], "title": ["Bridge reopens"]}, "escenic", "Bridge reopens"),
    ],
)
def test_title_is_the_headline_without_the_site_name(
    parts: dict[str, list[str]], sitename: str, expected: str
) -> None:
    assert headline(parts, "", sitename) == expected


def test_a_cms_name_in_the_metadata_is_not_the_title() -> None:
    html = page(
        BODY, title="Bridge reopens after two years", head='<meta name="title" content="escenic">'
    )
    assert article_text(html, "page.html").startswith("# Bridge reopens")


def test_max_bytes_limits_the_article_text_not_the_html(tmp_path: Path) -> None:
    scripts = "<script>var x = '" + "x" * 300_000 + "';</script>"
    path = tmp_path / "big.html"
    path.write_text(page(scripts + BODY))
    assert "old bridge" in read_article(str(path), max_bytes=100_000).text
    with pytest.raises(InputError, match="article text is larger than the 100-byte limit"):
        read_article(str(path), max_bytes=100)


# --- Fetching ---------------------------------------------------------------------------------


def test_a_page_is_fetched_with_a_user_agent_naming_brief() -> None:
    with serve() as site:
        site.page("/a", page(BODY))
        article = read_article(site.url("/a"))
    assert article.path == site.url("/a")
    assert "old bridge" in article.text
    assert site.agents == [f"brief/{__version__} (news brief summarizer)"]


@pytest.mark.parametrize(
    ("status", "words"), [(404, "HTTP 404"), (500, "HTTP 500"), (403, "HTTP 403")]
)
def test_an_http_error_status_is_an_input_error(status: int, words: str) -> None:
    with serve() as site:
        site.routes["/a"] = lambda headers: (status, {}, b"no")
        with pytest.raises(InputError, match=words) as error:
            fetch(site.url("/a"))
    assert error.value.source == site.url("/a")


def test_a_server_that_does_not_answer_in_time_times_out() -> None:
    with serve() as site:
        site.routes["/slow"] = slow(3, (200, {}, b"late"))
        with pytest.raises(InputError, match="timed out"):
            fetch(site.url("/slow"), timeout=0.2)


def test_a_redirect_loop_stops() -> None:
    with serve() as site:
        site.routes["/loop"] = lambda headers: (302, {"Location": "/loop"}, b"")
        with pytest.raises(InputError, match="too many redirects"):
            fetch(site.url("/loop"))
    assert site.hits["/loop"] == 6  # the first request and five redirects


def test_a_redirect_is_followed() -> None:
    with serve() as site:
        site.routes["/old"] = lambda headers: (301, {"Location": "/new"}, b"")
        site.page("/new", "moved here", "text/plain")
        answer = fetch(site.url("/old"))
    assert (answer.data, answer.url) == (b"moved here", site.url("/new"))


def test_a_refused_connection_is_named() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match="refused"):
        fetch(f"http://127.0.0.1:{port}/a")


def test_a_huge_body_stops_at_the_cap_even_when_compressed() -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)
    with serve() as site:
        site.page("/big", b"x" * 50_000)
        site.routes["/bomb"] = lambda headers: (200, {"Content-Encoding": "gzip"}, bomb)
        with pytest.raises(InputError, match="larger than the 10,000-byte download limit"):
            fetch(site.url("/big"), limit=10_000)
        with pytest.raises(InputError, match="larger than the 100,000-byte download limit"):
            fetch(site.url("/bomb"), limit=100_000)


def test_gzip_is_decompressed() -> None:
    with serve() as site:
        body = gzip.compress(page(BODY).encode())
        site.routes["/z"] = lambda headers: (
            200,
            {"Content-Type": "text/html", "Content-Encoding": "gzip"},
            body,
        )
        assert "old bridge" in read_article(site.url("/z")).text


@pytest.mark.parametrize(
    ("content_type", "meta"),
    [
        ("text/html; charset=windows-1251", ""),  # declared by the server
        ("text/html", '<meta charset="windows-1251">'),  # declared by the page only
        ("text/html; charset=utf-8", '<meta charset="windows-1251">'),  # the server is wrong
        ("text/html; charset=no-such-charset", '<meta charset="windows-1251">'),
    ],
)
def test_the_charset_comes_from_the_header_or_the_page(content_type: str, meta: str) -> None:
    cyrillic = "<p>Мост снова открыт после двух лет ремонта, сообщил городской совет.</p>"
    body = page(cyrillic + BODY, head=meta).encode("windows-1251")
    with serve() as site:
        site.routes["/ru"] = lambda headers: (200, {"Content-Type": content_type}, body)
        assert "Мост снова открыт" in read_article(site.url("/ru")).text


def test_a_failing_url_is_one_line_and_exit_1() -> None:
    with serve() as site:
        result = CliRunner().invoke(app, ["summarize", site.url("/gone")])
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"brief: error: {site.url('/gone')}: the server answered HTTP 404 Not Found\n"
    )


def test_a_heading_that_nearly_repeats_the_title_is_dropped() -> None:
    html = (
        "<html><head><title>Vegan char kway teow with flat rice noodles</title></head><body>"
        "<article><h2>Vegan char kway teow with flat noodles</h2>" + BODY + "<h2>Ingredients</h2>"
        "<p>Flat rice noodles, soy sauce, bean sprouts and chives, all from the market.</p>"
        "</article></body></html>"
    )
    assert headings(article_text(html, "page.html")) == ["Ingredients"]


@pytest.mark.parametrize(
    "feed",
    [
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>T</title></channel></rss>',
        '<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>',
        '<!-- saved --><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>',
    ],
)
def test_a_feed_is_not_briefed_as_an_article(tmp_path: Path, feed: str) -> None:
    path = tmp_path / "news.xml"
    path.write_text(feed)
    with pytest.raises(InputError, match="is a news feed, not an article"):
        read_article(str(path))
    with serve() as site:
        site.page("/feed", feed, "text/xml")
        with pytest.raises(InputError, match="is a news feed, not an article"):
            read_article(site.url("/feed"))


def test_a_byline_paragraph_naming_the_author_is_dropped() -> None:
    html = page(
        "<p>By Nada Tawfik, BBC News, New York</p>" + BODY + "<p>Nada Tawfik said the bridge "
        "was the town's pride, and that everyone she met on it on Monday agreed with her.</p>",
        head='<meta name="author" content="Nada Tawfik">',
    )
    text = article_text(html, "page.html")
    assert "By Nada Tawfik" not in text
    assert "Nada Tawfik said the bridge" in text  # a sentence of the article that names her stays
