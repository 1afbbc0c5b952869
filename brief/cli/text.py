"""`brief text PAGE|URL|FILE`: the article text a brief is made from, with its line numbers."""

from __future__ import annotations

import sys

import typer

from brief.cli.app import Shared, check_output, command, max_bytes_option

EPILOG = """\b
Examples:
  brief text page.html                     (the article found in a saved page, numbered)
  brief text https://example.org/news/story | sed -n 12p   (the line a brief cites as line 12)
  brief text article.txt | grep Lavrov

Every `line N` of a brief points into this text: for a plain text file it is the file itself;
for a web page, the article text found in it. Exit codes: 0 printed; 1 the input could not be
read (said on stderr); 2 usage error; 3 stdout cannot be written.
"""


@command(
    epilog=EPILOG,
    short_help="Print the article text brief reads, with the line numbers a brief cites.",
)
def text(
    source: str = typer.Argument(
        ...,
        metavar="PAGE|URL|FILE",
        help="A saved web page, a web address, a text or Markdown file; - reads stdin.",
    ),
    max_bytes: int = max_bytes_option(),
    *,
    shared: Shared,
) -> None:
    """Print the article text brief extracts from an input, each line after its number: the
    numbering every `line N` of a brief cites."""
    from brief.inputs.reading import read_article
    from brief.layout import article_lines
    from brief.render.text import numbered

    check_output(None, [source])
    article = read_article(source, max_bytes=max_bytes)
    shared.said.info(f"{article.name}: {len(article.text.split())} words")
    for line in numbered(article_lines(article.text)):
        sys.stdout.write(line + "\n")
