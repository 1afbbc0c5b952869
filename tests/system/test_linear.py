"""The indexes that keep the pure-Python stages linear answer exactly as the scans they replaced.

Each test keeps the scan (quadratic over a long article) as the specification.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from hypothesis import given
from hypothesis import strategies as st

from brief.extract.cast.merge import _abbreviates, _is_short_form, _nickname, form_key, merge
from brief.extract.cast.names import NameMention
from brief.layout import _next_text_lines, _split_lines
from tests.profiles import examples


def _merge_by_scanning(mentions: list[NameMention]) -> list[list[NameMention]]:
    """The pairwise merge the indexes replaced: every form against every longer one."""
    forms = sorted(
        {form_key(m.surface) for m in mentions}, key=lambda form: (-len(form.split()), form)
    )
    confirmed = {form_key(m.surface) for m in mentions if not m.weak}
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        labels[form_key(mention.surface)][mention.label] += 1
    canonical: dict[str, str] = {}
    for form in forms:
        words = form.split()
        longer = {
            target
            for other, target in canonical.items()
            if other != form
            and other in confirmed
            and (
                (
                    _is_short_form(words, other.split(), labels[form], labels[other])
                    and "and" not in other.split()
                )
                or _abbreviates(form, other)
                or _nickname(other) == form
                or "".join(other.split()) == form
            )
        }
        canonical[form] = longer.pop() if len(longer) == 1 else form
    groups: dict[str, list[NameMention]] = defaultdict(list)
    for mention in mentions:
        groups[canonical[form_key(mention.surface)]].append(mention)
    return list(groups.values())


WORDS = [
    "Ann",
    "Lee",
    "Kim",
    "Park",
    "New",
    "York",
    "of",
    "the",
    "and",
    "Bank",
    "ALK",
    "NYB",
    "BOE",
]
NAMES = st.lists(
    st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4), st.booleans()),
    max_size=14,
)


@examples(300)
@given(NAMES)
def test_merge_groups_names_as_the_pairwise_scan_does(names: list[tuple[list[str], bool]]) -> None:
    mentions = [
        NameMention(index, index + 1, " ".join(words), "PERSON", weak=weak)
        for index, (words, weak) in enumerate(names)
    ]
    assert merge(mentions) == _merge_by_scanning(mentions)


def test_merge_joins_short_forms_and_acronyms_to_their_one_longer_name() -> None:
    surfaces = [
        "Vladimir Putin",
        "Putin",
        "John Smith",
        "John Brown",
        "John",
        "International Atomic Energy Agency",
        "IAEA",
    ]
    mentions = [NameMention(i, i + 1, surface, "PERSON") for i, surface in enumerate(surfaces)]
    assert [[m.surface for m in group] for group in merge(mentions)] == [
        ["Vladimir Putin", "Putin"],
        ["John Smith"],
        ["John Brown"],
        ["John"],  # two longer names start with it: left alone
        ["International Atomic Energy Agency", "IAEA"],
    ]


@given(st.text(alphabet=" a\n\t", max_size=40))
def test_next_text_lines_is_the_scan_forward(text: str) -> None:
    lines = _split_lines(text)
    for index, following in enumerate(_next_text_lines(lines)):
        assert following == next((line for line in lines[index + 1 :] if not line.blank), None)
