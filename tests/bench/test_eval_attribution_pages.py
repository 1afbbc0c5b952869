"""The rules of the hand-labelled pages' scorer (bench/eval_attribution_pages.py) on hand-made
pages: locating anchors, matching by overlap, and when a speaker counts as right. The gold file
itself is checked for its shape, and (when the evaluation pages are present) for anchors that
the extracted text still holds."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from brief.records import Quote
from tests.bench.bench_scripts import load
from tests.conftest import EVAL

ev = load("eval_attribution_pages")


def _gold(speaker: str | None, kind: str = "person", named: bool = True, **extra: Any) -> Any:
    record = {
        "file": "page.html",
        "kind": "quote",
        "anchor": "x",
        "speaker": speaker,
        "speaker_kind": kind,
        "via": "name",
        "named": named,
        "half": "even",
        **extra,
    }
    return ev.gold_from(record)


def test_anchors_are_found_whatever_the_quotation_marks_and_by_occurrence() -> None:
    text = "He said “it’s over.” Later: “It’s over,” she said again."
    second = text.index("It’s")
    assert ev.locate(text, "it's over") == (9, 18)
    assert ev.locate(text, "It’s over", 1) == (second, second + 9)
    assert ev.locate(text, "over", 2) == (second + 5, second + 9)
    assert ev.locate(text, "over", 3) is None
    assert ev.locate(text, "not there") is None


PAGE = (
    "Laurence des Cars, the museum’s president, spoke first. Mekhi Gbedey is her son. "
    "Camille Etienne Gbedey said the family was hopeful. Dr. Anna Berg agreed."
)


@pytest.mark.parametrize(
    ("gold", "speaker", "right"),
    [
        ("Laurence des Cars", "Laurence des Cars", True),
        ("Laurence des Cars", "des Cars", True),  # the surname keeps its particle
        ("Laurence des Cars", "Cars", False),
        ("Laurence des Cars", "Laurence", False),  # a first name is not enough
        ("Anna Berg", "Dr. Berg", True),  # titles are dropped
        ("Anna Berg", "Museum Director Anna Berg", True),  # a role before the name
        ("Anna Berg", "Director", False),  # a role alone
        ("Anna Berg", None, False),
        ("Camille Etienne Gbedey", "Camille Gbedey", True),  # first name + surname
        ("Camille Etienne Gbedey", "Gbedey", False),  # Mekhi Gbedey makes it ambiguous
        ("Camille Etienne Gbedey", "Mekhi Gbedey", False),
    ],
)
def test_person_names_full_or_unambiguous_surname(
    gold: str, speaker: str | None, right: bool
) -> None:
    assert ev.speaker_right(_gold(gold), speaker, PAGE) is right


def test_aliases_name_the_same_actor() -> None:
    cbp = _gold("U.S. Customs and Border Protection", "organization", aliases=["CBP"])
    assert ev.speaker_right(cbp, "U.S. Customs and Border Protection", "")
    assert ev.speaker_right(cbp, "CBP", "")
    assert not ev.speaker_right(cbp, "Border Protection", "")  # a broken name
    court = _gold("4th District Court of Appeal", "organization", aliases=["Appellate Court"])
    assert ev.speaker_right(court, "The Appellate Court", "")
    assert not ev.speaker_right(court, "the court", "")


@pytest.mark.parametrize(
    ("gold", "speaker", "right"),
    [
        ("county officials", "officials", True),
        ("county officials", "Officials", True),
        ("county officials", "the official", True),
        ("county officials", "Leigh Sears", False),
        ("county officials", None, False),
        ("the release", "the release", True),
        ("the release", "the statement", False),
        ("one person during public comment", "one person", True),
        ("one person during public comment", "public comment", False),  # not the head noun
        ("our RTX 3090 review", "RTX", False),
    ],
)
def test_unnamed_sources_match_by_their_words(gold: str, speaker: str | None, right: bool) -> None:
    assert ev.speaker_right(_gold(gold, "group", named=False), speaker, "") is right


def test_a_gold_without_source_wants_none() -> None:
    gold = _gold(None, "none", named=False)
    assert ev.speaker_right(gold, None, "")
    assert not ev.speaker_right(gold, "Police", "")


TEXT = (
    "“We will reopen in May,” said Mara Quinn, the owner. Officials say the road will close. "
    "The report was “deeply flawed.”"
)


def _at(words: str, speaker: str | None, kind: str = "direct") -> Quote:
    start = TEXT.index(words)
    return Quote(words, speaker, "said", kind, 1, start, start + len(words), step="governing-verb")


def _page(quotes: list[Quote]) -> Any:
    golds = [
        ev.gold_from(
            {
                "file": "p.html",
                "kind": kind,
                "anchor": anchor,
                "speaker": speaker,
                "speaker_kind": "person" if named else "group",
                "via": "name",
                "named": named,
                "half": "odd",
            }
        )
        for kind, anchor, speaker, named in [
            ("quote", "We will reopen in May", "Mara Quinn", True),
            ("claim", "the road will close", "officials", False),
        ]
    ]
    return ev.Page("p.html", "odd", TEXT, golds, ev.items_of(quotes))


def test_a_page_counts_found_real_speakers_and_unattributed_claims() -> None:
    run = ev.Run()
    ev.score_page(
        run,
        _page(
            [
                _at("We will reopen in May", "Quinn"),
                _at("the road will close", None, "reported"),
                _at("deeply flawed.", None, "partial"),  # a scare quote: not an attribution
            ]
        ),
    )
    quotes, claims = run.tally("odd", "quote"), run.tally("all", "claim")
    assert (quotes.gold, quotes.found, quotes.listed, quotes.real) == (1, 1, 2, 1)
    assert quotes.named == Counter(total=1, right=1)
    assert (claims.found, claims.unattributed, claims.sourced["right"]) == (1, 1, 0)
    assert run.pages == Counter(odd=1, all=1)
    assert [line.split()[0] for line in run.dump] == ["FP", "SPK"]


def test_a_claim_listed_as_a_quote_is_found_only_in_the_all_block() -> None:
    run = ev.Run()
    ev.score_page(run, _page([_at("the road will close", "officials", "partial")]))
    assert run.tally("all", "claim").found == 0
    assert run.tally("all", "quote").real == 0
    assert run.tally("all", "all").found == 1
    assert run.tally("all", "all").sourced == Counter(total=1, right=1)


def test_lost_anchors_are_counted_apart() -> None:
    page = _page([])
    page.text = "Nothing of it is left."
    run = ev.Run()
    ev.score_page(run, page)
    tally = run.tally("odd", "all")
    assert (tally.gold, tally.lost, tally.found) == (2, 2, 0)
    assert "anchors lost" in ev.report(run, ("odd",))


GOLD_FILE = Path(ev.GOLD)
FIELDS = {"file", "kind", "anchor", "speaker", "speaker_kind", "via", "named", "half"}


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD_FILE.read_text(encoding="utf-8").splitlines()]


def test_the_gold_file_follows_its_counting_rules() -> None:
    records = _records()
    files = sorted({record["file"] for record in records})
    assert len(files) == 30
    for record in records:
        assert FIELDS <= record.keys() <= FIELDS | {"aliases", "occurrence", "note"}, record
        assert record["kind"] in ("quote", "claim")
        assert record["via"] in ev.VIAS
        assert record["half"] == ("odd" if files.index(record["file"]) % 2 else "even")
        assert 1 <= len(record["anchor"].split()) <= 10, record
        if record["speaker"] is None:
            assert (record["speaker_kind"], record["named"]) == ("none", False)


@pytest.mark.skipif(not (EVAL / "pages").is_dir(), reason="evaluation pages absent")
def test_every_anchor_is_in_its_page_text() -> None:
    from brief.inputs.reading import read_article

    texts: dict[str, str] = {}
    for gold in ev.read_gold(GOLD_FILE):
        if gold.file not in texts:
            texts[gold.file] = read_article(str(EVAL / "pages" / gold.file)).text
        assert ev.locate(texts[gold.file], gold.anchor, gold.occurrence), gold
