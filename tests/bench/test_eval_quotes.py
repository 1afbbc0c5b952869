"""The quote evaluation's rules (bench/eval_quotes.py) on hand-made records: the 30% overlap
rule both ways, name agreement, and gold pronouns kept out of the headline number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from brief.records import Quote
from tests.bench.bench_scripts import load

ev = load("eval_quotes")


@pytest.mark.parametrize(
    ("gold", "extracted", "agree"),
    [
        ("Trump", "Donald Trump", True),
        ("Sen. Ted Cruz (R-Tex.)", "Ted Cruz", True),
        ("O'Neill", "James O’Neill", True),
        ("Trump", "Hillary Clinton", False),
        ("Trump", None, False),
        ("The president", "Barack Obama", False),
    ],
)
def test_names_agree_on_a_shared_capitalised_name(
    gold: str, extracted: str | None, agree: bool
) -> None:
    assert ev.speakers_agree(gold, extracted, frozenset()) is agree


def test_common_words_are_not_names() -> None:
    common = ev.common_words("the police said it was over")
    assert ev.name_tokens("Police", common) == frozenset()
    assert ev.name_tokens("Chief Ross", common) == {"chief", "ross"}


TEXT = "Trump said it was “a disaster for everyone here,” and he added “sad” later."
RECORD = {
    "id": "t",
    "text": TEXT,
    "quotes": [
        {"spans": [[18, 49]], "speaker": "Trump", "start": 18, "end": 49},
        {"spans": [[63, 68]], "speaker": "he", "start": 63, "end": 68},
    ],
}


def _quote(start: int, end: int, speaker: str | None) -> Quote:
    return Quote(TEXT[start:end], speaker, "said", "partial", 1, start, end)


@pytest.mark.parametrize(
    ("quotes", "found", "right", "named_right", "pronoun_right"),
    [
        ([_quote(19, 47, "Donald Trump"), _quote(64, 67, "Donald Trump")], 2, 2, 1, 1),
        ([_quote(19, 47, "Mike Pence")], 1, 1, 0, 0),
        ([_quote(0, 5, "Donald Trump")], 0, 0, 0, 0),  # "Trump" is not the quote
    ],
)
def test_overlap_rule_and_speaker_buckets(
    quotes: list[Quote], found: int, right: int, named_right: int, pronoun_right: int
) -> None:
    tally = ev.Tally()
    ev.score_article(tally, RECORD, quotes)
    assert (tally.gold, tally.found, tally.right) == (2, found, right)
    assert tally.speakers["named right"] == named_right
    assert tally.speakers["pronoun right"] == pronoun_right


def test_halves_split_by_position_and_keep_one_half() -> None:
    records = [{"id": str(n)} for n in range(5)]
    assert [(h, r["id"]) for h, r in ev.halves(records, "each")] == [
        ("even", "0"),
        ("odd", "1"),
        ("even", "2"),
        ("odd", "3"),
        ("even", "4"),
    ]
    assert [r["id"] for _, r in ev.halves(records, "odd")] == ["1", "3"]
    assert [r["id"] for _, r in ev.halves(records, "even")] == ["0", "2", "4"]
    assert len(list(ev.halves(records, None))) == 5


@pytest.mark.parametrize("column", ["marks", "content"])
def test_errors_name_the_column_they_come_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], column: str
) -> None:
    text = "Talks stalled.\n\nAnna Berg said the plan was “a disaster for everyone here.”"
    start = text.index("“")
    record = {
        "id": "t",
        "text": text,
        "quotes": [{"spans": [[start, len(text)]], "speaker": "Tom Reyes", "start": start}],
    }
    path = tmp_path / "quotes.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert ev.main([str(path), "--errors", "5", "--errors-column", column, "--half", "each"]) == 0
    out, err = capsys.readouterr()
    assert "### even half" in out and "### odd half" not in out
    lines = err.splitlines()
    assert lines and all(line.startswith(f"[{column}] SPK") for line in lines), lines
