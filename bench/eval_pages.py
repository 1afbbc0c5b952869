"""Score how `brief` reads saved web pages, against trafilatura's evaluation pages.

    .venv/bin/python bench/eval_pages.py /work/shared/eval/pages.jsonl \
        [--half each] [--briefs] [--headings-sample N] [--dump FILE]

Each record names a saved page (`file`, beside the JSONL in `pages/`) and gives snippets that
belong to the article (`with`) and snippets of page clutter (`without`). Measured on the text
`brief` extracts from each page (what it briefs):

- snippet recall: share of `with` snippets found in the extracted text;
- snippet precision: share of `without` snippets absent from it (clutter kept out);
- headings per page, and a sample of them written to `--dump` for counting clutter by hand;
- titles that keep the site's name: the title still holds the page's site name (its
  `og:site_name`, else the domain's name) after a separator (| – — - : ·);
- with `--briefs`: key sentences (loads the spaCy pipeline), and how many of them hold a
  clutter snippet.

`--half each` prints every measure for the pages at even and odd positions and for all:
a change that helps one half and not the other fits these pages, not the web.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from brief.errors import InputError
from brief.inputs.reading import read_article
from brief.layout import parse_layout
from brief.nlp.typography import normalize
from brief.records import Article

_SPACE = re.compile(r"\s+")
_SEPARATED = re.compile(r"\s[|–—:·-]\s|\s[|–—·-]|[|–—·-]\s")
_META_SITE = re.compile(
    r"<meta[^>]+property=[\"']og:site_name[\"'][^>]*content=[\"']([^\"']+)", re.I
)


@dataclass
class PageScore:
    """What one page's extraction got right and wrong."""

    file: str
    with_found: int = 0
    with_total: int = 0
    without_absent: int = 0
    without_total: int = 0
    headings: list[str] = field(default_factory=list)
    title: str = ""
    title_has_site: bool = False
    read: bool = True
    text: str = ""


def flat(text: str) -> str:
    """Text with every run of white space made one space, for snippet matching."""
    return _SPACE.sub(" ", text).strip()


def site_names(html: str, url: str) -> list[str]:
    """The page's own site name (og:site_name) and its domain's name ("cnn" for edition.cnn.com)."""
    names = [match.strip() for match in _META_SITE.findall(html[:200_000])]
    host = re.sub(r"^https?://", "", url).split("/")[0].removeprefix("www.")
    labels = host.split(".")
    if len(labels) >= 2:
        names.append(labels[-2])
    return [name for name in names if len(name) >= 3]


def title_keeps_site(title: str, names: Sequence[str]) -> bool:
    """Whether the title holds a site name in a part set off by a separator."""
    parts = _SEPARATED.split(title)
    if len(parts) < 2:
        return False
    squashed = [re.sub(r"\W", "", part).lower() for part in parts]
    for name in names:
        key = re.sub(r"\W", "", name).lower()
        if any(key and (key in part or (part and part in key)) for part in squashed[1:]):
            return True
        if key and squashed[0] == key:
            return True
    return False


def score_page(folder: Path, record: dict[str, Any]) -> tuple[PageScore, Article | None]:
    """Extract one page as `brief` would and score the text against its snippets."""
    path = folder / record["file"]
    score = PageScore(record["file"])
    try:
        article = read_article(str(path))
    except InputError:
        score.read = False
        article = None
    text = flat(article.text) if article else ""
    score.text = article.text if article else ""
    score.with_total = len(record["with"])
    score.with_found = sum(1 for snippet in record["with"] if flat(snippet) in text)
    score.without_total = len(record["without"])
    score.without_absent = sum(1 for snippet in record["without"] if flat(snippet) not in text)
    if article is not None:
        layout = parse_layout(normalize(article.text))
        score.title = layout.block_text(layout.title) if layout.title else ""
        score.headings = [
            layout.block_text(section.heading)
            for section in layout.sections
            if section.heading is not None
        ]
        html = path.read_text(encoding="utf-8", errors="replace")
        score.title_has_site = title_keeps_site(score.title, site_names(html, record["url"]))
    return score, article


def key_sentences(articles: list[Article]) -> list[list[str]]:
    """The key sentences of each article's brief."""
    from brief import brief_articles

    return [[s.text for s in brief.summary] for brief in brief_articles(articles)]


def table(name: str, scores: list[PageScore], clutter_keys: list[int] | None) -> str:
    """One Markdown row of measures for a set of pages."""
    read = [s for s in scores if s.read]
    recall = sum(s.with_found for s in scores) / max(1, sum(s.with_total for s in scores))
    precision = sum(s.without_absent for s in scores) / max(1, sum(s.without_total for s in scores))
    headings = sum(len(s.headings) for s in read)
    titled = [s for s in read if s.title]
    with_site = sum(1 for s in titled if s.title_has_site)
    row = (
        f"| {name} | {len(scores)} | {len(read)} | {recall:.3f} | {precision:.3f} | "
        f"{headings} | {with_site}/{len(titled)} |"
    )
    if clutter_keys is not None:
        row += f" {clutter_keys[0]}/{clutter_keys[1]} |"
    return row


def main(argv: Sequence[str] | None = None) -> None:
    """Score every page (or one half of them) and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl", type=Path)
    parser.add_argument("--half", choices=("even", "odd", "each"), default=None)
    parser.add_argument("--briefs", action="store_true", help="brief each page (loads spaCy)")
    parser.add_argument("--dump", type=Path, help="write titles, headings, key sentences here")
    parser.add_argument("--headings-sample", type=int, default=30, metavar="N")
    args = parser.parse_args(argv)

    warnings.simplefilter("default")  # show any library warning: brief should silence them
    records = [json.loads(line) for line in args.jsonl.read_text().splitlines() if line.strip()]
    folder = args.jsonl.parent / "pages"
    scored = [score_page(folder, record) for record in records]
    scores = [score for score, _ in scored]
    keys: dict[str, list[str]] = {}
    if args.briefs:
        articles = [article for _, article in scored if article is not None]
        for article, sentences in zip(articles, key_sentences(articles), strict=True):
            keys[Path(article.path or "").name] = sentences
    clutter = {
        record["file"]: sum(
            1
            for sentence in keys.get(record["file"], [])
            if any(flat(snippet) in flat(sentence) for snippet in record["without"])
        )
        for record in records
    }

    def clutter_keys(part: list[PageScore]) -> list[int] | None:
        if not args.briefs:
            return None
        return [sum(clutter[s.file] for s in part), sum(len(keys.get(s.file, [])) for s in part)]

    header = (
        "| pages | n | read | snippet recall | snippet precision | headings | "
        "titles with site name |"
    )
    if args.briefs:
        header += " key sentences holding clutter |"
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    halves = {"even": scores[0::2], "odd": scores[1::2]}
    if args.half in ("even", "odd"):
        print(table(args.half, halves[args.half], clutter_keys(halves[args.half])))
    else:
        if args.half == "each":
            for name, part in halves.items():
                print(table(name, part, clutter_keys(part)))
        print(table("all", scores, clutter_keys(scores)))
    if args.dump:
        _dump(args.dump, scores, keys, args.headings_sample)


def _dump(where: Path, scores: list[PageScore], keys: dict[str, list[str]], sample: int) -> None:
    """Titles of all pages, then headings and key sentences of a fixed random sample."""
    lines = ["# Titles", ""]
    lines += [f"- {s.file}: {s.title}" + ("  [SITE]" if s.title_has_site else "") for s in scores]
    chosen = random.Random(15).sample(scores, min(sample, len(scores)))
    lines += ["", f"# Headings and key sentences of {len(chosen)} pages (seed 15)", ""]
    for s in sorted(chosen, key=lambda s: s.file):
        lines.append(f"## {s.file}")
        lines += [f"- H: {heading}" for heading in s.headings]
        lines += [f"- K: {sentence}" for sentence in keys.get(s.file, [])]
        lines.append("")
    where.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {where}", file=sys.stderr)


if __name__ == "__main__":
    main()
