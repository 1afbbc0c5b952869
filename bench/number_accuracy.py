"""Per-field accuracy of the number and entity tables in tests/ (the brief's own readings).

    .venv/bin/python bench/number_accuracy.py

Numbers: for every case of `tests/extract/test_numbers.py` the brief of its sentence is made, the number
with the expected text is looked up (found = the phrase was read whole), and each field (value or
range, qualifier, unit, what, kind, change) is compared with the expectation. Entities: for every
case of `tests/extract/test_entities.py` the expectation is checked the same way the test does.
Also counted: the not-a-number sentences that report none of their texts, and the dates of
`tests/extract/test_dates.py` found whole and with the right normalised value. The
tests pin today's behaviour; this script says how much of each table the method gets right,
which is what a change to the rules should improve.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from brief.briefing import Options, brief_articles
from brief.records import Article
from tests.extract import test_dates, test_entities, test_numbers

FIELDS = ("value", "qualifier", "unit", "what", "kind", "change")


def numbers(title: str, cases: list[tuple[str, str, dict[str, object]]]) -> None:
    sentences = sorted({sentence for sentence, _, _ in cases})
    briefs = dict(
        zip(sentences, brief_articles(map(Article.from_text, sentences), Options()), strict=True)
    )
    right: Counter[str] = Counter()
    found = 0
    misses: list[str] = []
    for sentence, text, fields in cases:
        number = test_numbers.find(briefs[sentence], text)
        if number is None:
            misses.append(f"  not found: {text!r} in {sentence!r}")
            continue
        found += 1
        got, want = test_numbers.reading(number), test_numbers.expected(fields)
        for field in FIELDS:
            if got[field] == want[field]:
                right[field] += 1
            else:
                misses.append(f"  {field}: {text!r} got {got[field]!r}, want {fields.get(field)!r}")
    total = len(cases)
    print(f"\n{title}: {total} cases, phrase found whole: {found}/{total} ({found / total:.0%})")
    print("| field | right | accuracy |\n|---|---|---|")
    for field in FIELDS:
        print(f"| {field} | {right[field]}/{total} | {right[field] / total:.1%} |")
    all_right = sum(
        1
        for sentence, text, fields in cases
        if (n := test_numbers.find(briefs[sentence], text)) is not None
        and test_numbers.reading(n) == test_numbers.expected(fields)
    )
    print(f"| all fields | {all_right}/{total} | {all_right / total:.1%} |")
    print("\n".join(misses))


def entities() -> None:
    outcomes: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    misses: list[str] = []
    for group, check in test_entities.checks():
        totals[group] += 1
        problem = check()
        if problem is None:
            outcomes[group] += 1
        else:
            misses.append(f"  {group}: {problem}")
    print("\nentities:\n| group | right | accuracy |\n|---|---|---|")
    for group in totals:
        print(
            f"| {group} | {outcomes[group]}/{totals[group]} | {outcomes[group] / totals[group]:.1%} |"
        )
    print("\n".join(misses))


def not_numbers() -> None:
    """How many of the not-a-number sentences report none of the texts they must not."""
    cases = test_numbers.NOT_NUMBERS
    sentences = sorted({sentence for sentence, _ in cases})
    briefs = dict(
        zip(sentences, brief_articles(map(Article.from_text, sentences), Options()), strict=True)
    )
    wrong = [
        f"  reported: {text!r} in {sentence!r}"
        for sentence, text in cases
        if any(text in number.text for number in briefs[sentence].numbers)
    ]
    right = len(cases) - len(wrong)
    print(f"\nnot numbers: {right}/{len(cases)} ({right / len(cases):.1%}) report none")
    print("\n".join(wrong))


def dates() -> None:
    """Dates found whole, and with the right normalised value."""
    cases = test_dates.DATE_CASES
    sentences = sorted({sentence for sentence, _, _ in cases})
    briefs = dict(
        zip(sentences, brief_articles(map(Article.from_text, sentences), Options()), strict=True)
    )
    found = right = 0
    misses = []
    for sentence, text, value in cases:
        date = test_dates.find_date(briefs[sentence], text)
        found += date is not None
        right += date is not None and date.value == value
        if date is None or date.value != value:
            got = date.value if date else [d.text for d in briefs[sentence].dates]
            misses.append(f"  {text!r}: got {got!r}, want {value!r}")
    total = len(cases)
    print(f"\ndates: {total} cases, found whole {found}/{total}, value right {right}/{total}")
    print("\n".join(misses))


if __name__ == "__main__":
    numbers("numbers (tuned table)", test_numbers.CASES)
    numbers("numbers (held-out table)", test_numbers.HELD_OUT)
    if hasattr(test_numbers, "READER_CASES"):
        numbers("numbers (reader cases, issue 14)", test_numbers.READER_CASES)
    if hasattr(test_numbers, "WRONG_LABELS"):
        numbers("numbers (wrong labels, issue 26)", test_numbers.WRONG_LABELS)
    if hasattr(test_numbers, "SENTENCE_WHATS"):
        numbers("numbers (whats from the sentence, issue 28)", test_numbers.SENTENCE_WHATS)
    not_numbers()
    dates()
    if hasattr(test_entities, "checks"):
        entities()
