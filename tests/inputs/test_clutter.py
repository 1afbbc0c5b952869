"""Page clutter found by its links: other stories' cards, lists of links, promo lines, and the
boxes they leave holding nothing but a title; and notices, table layouts and floated boxes.
Each page is hand-written in the shape real pages use (a wire service's story cards, a paper's
"Related" box, a blog's "Related:" line, a wiki's spoiler notice)."""

from __future__ import annotations

from brief import summarize
from brief.inputs.clutter import prune
from brief.inputs.html import article_text
from tests.inputs.test_web import headings

STORY = (
    "<p>LONDON, June 5 - The Bank of England held interest rates at 5.25% on Thursday, "
    "saying inflation was still too high for a cut, and two of its nine policymakers voted "
    "for a rise.</p>"
    "<p>Governor Andrew Bailey said the bank needed to see more evidence that price growth was "
    "slowing before it could lower borrowing costs for households and firms.</p>"
    "<p>Sterling rose half a cent against the dollar after the decision, and two-year gilt yields "
    "climbed to their highest level in a month.</p>"
)


def card(headline: str, teaser: str, href: str = "/markets/other-story-2024-06-05/") -> str:
    """One story card as wire services mark them up: a linked headline, a teaser, a time."""
    return (
        '<li class="story-collection__item"><div class="media-story-card__body">'
        f'<h3 data-testid="Heading"><a data-testid="Link" href="{href}">{headline}</a></h3>'
        f'<p data-testid="Body">{teaser}</p><time datetime="2024-06-05">June 5, 2024</time>'
        "</div></li>"
    )


CARDS = (
    card(
        "Oil falls as stockpiles grow",
        "“We see no floor yet,” said trader Ivan Petrov, as 12 million barrels piled up.",
    )
    + card(
        "Tokyo stocks hit record high",
        "The Nikkei rose 3% as exporters gained on a weaker yen.",
        "/markets/asia/tokyo-2024-06-05/",
    )
    + card(
        "Euro zone factories shrink again",
        "Output fell for a ninth month, a survey of 3,000 firms showed.",
        "https://example.com/europe/factories",
    )
)


def page(inner: str, *, title: str = "Bank of England holds rates | Wire") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body><main>"
        f"<article><h1>Bank of England holds rates</h1>{inner}</article></main></body></html>"
    )


def test_other_stories_cards_inside_the_article_are_left_out() -> None:
    # "coverage" names nothing the class-word rule knows: the links alone tell the cards
    html = page(STORY + '<div class="more-coverage"><ul>' + CARDS + "</ul></div>")
    text = article_text(html, "page.html")
    assert headings(text) == []
    for words in ("Oil falls", "Ivan Petrov", "Nikkei", "3,000 firms", "June 5, 2024"):
        assert words not in text
    assert "Sterling rose half a cent" in text


def test_a_brief_holds_no_quote_number_or_name_from_the_cards() -> None:
    html = page(STORY[: STORY.index("<p>Sterling")] + "<ul>" + CARDS + "</ul>" + STORY[-200:])
    brief = summarize(article_text(html, "page.html"))
    assert [section.heading for section in brief.sections] == [None]
    assert not any("barrels" in number.sentence for number in brief.numbers)
    assert not any("floor" in quote.text for quote in brief.quotes)
    assert "Ivan Petrov" not in {entity.name for entity in brief.entities}


def test_a_box_left_with_only_its_title_goes_with_its_cards() -> None:
    box = '<div class="box"><h3>Related</h3><ul>' + CARDS + "</ul></div>"
    html = page(STORY.replace("</p>", "</p>" + box, 1))
    text = article_text(html, "page.html")
    assert headings(text) == [] and "Related" not in text
    assert "Governor Andrew Bailey said" in text


def test_a_linked_heading_that_is_the_pages_own_headline_keeps_its_text() -> None:
    post = (
        '<div class="post"><h2><a href="/2024/06/rates-held/">Bank of England holds rates</a>'
        "</h2><p>The bank held rates at 5.25% on Thursday, saying inflation was too high.</p>"
        "</div>"
    )
    text = article_text(page(post), "page.html")
    assert "The bank held rates at 5.25% on Thursday" in text


def test_a_linked_headline_is_known_under_a_long_site_name_and_a_short_label_is_not_it() -> None:
    post = (
        '<div class="post"><h2><a href="/2024/06/rates-held/">Bank of England holds rates</a>'
        "</h2><p>The bank held rates at 5.25% on Thursday, saying inflation was too high.</p>"
        "</div>"
    )
    title = "Bank of England holds rates | The Wire Service Online Edition"
    head = '<meta property="og:site_name" content="The Wire Service Online Edition">'
    html = page(post, title=title).replace("</title>", "</title>" + head)
    assert "The bank held rates at 5.25%" in article_text(html, "page.html")
    # a card's one-word label that the headline happens to hold is no headline of this page
    label = card("Bank", "Lenders raise savings rates by 0.5 points across 400 accounts.")
    cards = "<ul>" + label + label + "</ul>"
    text = article_text(page(STORY.replace("</p>", "</p>" + cards, 1)), "page.html")
    assert "400 accounts" not in text and headings(text) == []


def test_a_long_text_under_a_linked_heading_is_not_a_teaser() -> None:
    review = (
        '<section class="review"><h2><a href="/reviews/123">Changed my cooking for good</a>'
        "</h2><p>" + "The boxes arrive on time and every recipe has worked for us. " * 8 + "</p>"
        "</section>"
    )
    text = article_text(page(STORY + review), "page.html")
    assert headings(text) == ["Changed my cooking for good"]
    assert "every recipe has worked for us" in text


def test_a_list_whose_items_are_all_links_is_left_out() -> None:
    read_more = (
        "<p>Before the vote, markets had priced in a cut by August.</p><ul>"
        '<li><a href="/a"><strong>Why the Bank of England may cut rates in August</strong></a></li>'
        '<li><a href="/b"><strong>Mortgage rates fall for a third week</strong></a></li>'
        '<li><a href="/c"><strong>What a rate cut means for your savings</strong></a></li></ul>'
    )
    text = article_text(page(STORY.replace("</p>", "</p>" + read_more, 1)), "page.html")
    assert "Mortgage rates fall" not in text and "\n- " not in text
    assert "markets had priced in a cut by August" in text


def test_a_list_of_the_storys_own_points_is_kept() -> None:
    points = (
        "<h2>What changed</h2><ul><li>Rates stay at 5.25%, as expected by "
        '<a href="/polls/economists">most economists</a>.</li>'
        "<li>Two policymakers voted for a rise.</li></ul>"
    )
    text = article_text(page(STORY + points), "page.html")
    assert "- Two policymakers voted for a rise." in text and headings(text) == ["What changed"]


def test_promo_lines_that_are_mostly_a_link_are_left_out() -> None:
    promos = (
        '<p>Related: <a href="/markets/sterling-week">Sterling heads for its best week since '
        "March</a></p>"
        '<p><a href="/newsletters">Sign up for our free morning markets newsletter</a></p>'
    )
    text = article_text(page(STORY.replace("</p>", "</p>" + promos, 1)), "page.html")
    assert "Sterling heads" not in text and "newsletter" not in text
    assert "Governor Andrew Bailey said" in text


def test_a_sentence_with_a_link_in_it_is_kept() -> None:
    linked = (
        '<p>The minutes of the meeting, <a href="/boe/minutes">published on the bank\'s '
        "website</a>, showed the vote was split seven to two.</p>"
    )
    text = article_text(page(STORY + linked), "page.html")
    assert "showed the vote was split seven to two" in text


def test_an_advertiser_disclosure_and_a_dialog_are_left_out() -> None:
    disclosure = (
        '<section class="editorial-disclosure"><p>This post contains references to products '
        "from our advertisers. We may receive compensation when you click on links.</p></section>"
    )
    dialog = (
        '<div class="topbar-dialog"><p>Our network consists of 180 communities where people '
        "learn and share their knowledge.</p></div>"
    )
    text = article_text(page(disclosure + dialog + STORY), "page.html")
    assert "compensation" not in text and "180 communities" not in text
    assert "Governor Andrew Bailey said" in text


def test_notices_a_reader_can_dismiss_are_left_out() -> None:
    banner = (
        '<div class="py24 js-dismissable-hero"><p>Wire Markets is a site for readers who want '
        "to follow money and markets. It's free, no registration required.</p></div>"
    )
    spoiler = (
        '<table class="notice metadata"><tr><td><img src="/hand.png"></td><td><b>Warning!</b>'
        "<p>Some figures in this article come from a survey that is still open.</p></td></tr>"
        "</table>"
    )
    text = article_text(page(banner + spoiler + STORY), "page.html")
    assert "no registration required" not in text and "still open" not in text
    assert "Governor Andrew Bailey said" in text


def test_a_table_of_data_is_kept_whatever_its_name_says() -> None:
    # two rows or more: data, even named like a notice; one row is a box for layout
    rates = (
        '<table class="notice rates-table"><tr><th>Bank</th><th>Rate</th></tr>'
        "<tr><td>Bank of England</td><td>5.25%</td></tr>"
        "<tr><td>European Central Bank</td><td>4.00%</td></tr></table>"
    )
    text = article_text(page(STORY + rates), "page.html")
    assert "European Central Bank | 4.00%" in text


def test_a_column_of_links_beside_the_text_in_a_table_layout_is_left_out() -> None:
    layout = (
        '<table><tr><td><a href="/index.html">Home</a><p><a href="/today.html">Today\'s Rates'
        '</a><p><a href="/archives.html">Archives</a></td><td>' + STORY + "</td></tr></table>"
    )
    text = article_text(page(layout), "page.html")
    assert "Archives" not in text and "Home" not in text
    assert "Governor Andrew Bailey said" in text


def test_cells_of_links_in_a_table_of_data_are_kept() -> None:
    rates = (
        "<table><tr><th>Bank</th><th>Statements</th></tr>"
        '<tr><td>Bank of England</td><td><a href="/boe/june">June</a> <a href="/boe/may">May'
        "</a></td></tr></table>"
    )
    text = article_text(page(STORY + rates), "page.html")
    assert "Bank of England | June May" in text


def pruned_text(html: str) -> str:
    """The words left in a page once its clutter is pruned (before extraction, which may drop
    more on its own)."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    prune(tree)
    return " ".join(" ".join(tree.itertext()).split())


def test_a_box_floated_beside_the_text_at_a_fixed_width_is_left_out() -> None:
    sidebar = (
        '<div style="float: right; width:190px; border:1px solid"><b>This week\'s theme</b><br>'
        'Central banks<br><a href="/words/fed.html">Fed</a><br><a href="/words/ecb.html">ECB</a>'
        "</div>"
    )
    column = (
        '<div style="width:100%;float:left"><p>The decision was announced at noon in '
        "London.</p></div>"
    )
    text = pruned_text(page(sidebar + STORY + column))
    assert "This week's theme" not in text and "Central banks" not in text
    assert "announced at noon in London" in text and "Governor Andrew Bailey said" in text


def test_a_small_box_in_a_side_cell_of_a_table_layout_is_left_out() -> None:
    # paragraphs holding only a script are no words: the box is still small
    side = (
        '<p class="rightbox"><script>showArticles();</script></p>'
        '<p class="rightbox"><script>showQuotes();</script></p>'
        "<p><b>We need your help</b><br>Help us keep the rates table free for everyone<br>"
        '<a href="/contribute/">Give</a></p>'
    )
    body = (
        STORY + "<p>" + "The next decision is due on August 1, after new forecasts. " * 4 + "</p>"
    )
    layout = f'<table><tr><td width="400">{body}</td><td width="160">{side}</td></tr></table>'
    text = pruned_text(page(layout))
    assert "We need your help" not in text and "keep the rates table free" not in text
    assert "Governor Andrew Bailey said" in text and "after new forecasts" in text


def test_two_columns_of_text_in_a_table_layout_are_both_kept() -> None:
    left = "<p>" + "The bank held rates at 5.25% on Thursday. " * 10 + "</p>"
    right = "<p>" + "Sterling rose half a cent against the dollar. " * 3 + "</p>"
    text = pruned_text(page(f"<table><tr><td>{left}</td><td>{right}</td></tr></table>"))
    assert "Sterling rose half a cent" in text and "held rates at 5.25%" in text


def test_a_camel_case_class_names_its_caption_but_a_code_like_class_names_nothing() -> None:
    # issue 26: a caption repeating the text ("imageCaption") brought a quote in twice
    caption = (
        '<p class="imageCaption">Governor Andrew Bailey said the bank would “wait and see” '
        "before any cut</p>"
    )
    joke = (
        '<div class="adL"><p>Why did the baby cross the road? To get to the whine shop!</p></div>'
    )
    text = article_text(page(STORY.replace("</p>", "</p>" + caption + joke, 1)), "page.html")
    assert "wait and see" not in text
    assert "whine shop" in text
