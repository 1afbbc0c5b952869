"""The indexes that keep extraction linear answer exactly as the plain scans they replaced.

Each test keeps the scan (quadratic when run for every quote or name) as the specification.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from brief import nlp
from brief.briefing import _sentence_starts
from brief.extract.entities import EntityIndex, Mention, _merge, extract_entities
from brief.layout import _next_text_lines, _split_lines, parse_layout
from brief.parsed import ParsedArticle
from brief.typography import normalize


def parsed_of(text: str) -> ParsedArticle:
    layout = parse_layout(normalize(text))
    pipeline = nlp.load_pipeline(nlp.DEFAULT_MODEL)
    return ParsedArticle(text, layout, nlp.parse(pipeline, layout.text, _sentence_starts(layout)))


def test_sentences_overlapping_is_the_scan_over_all_sentences(seed_text: str) -> None:
    parsed = parsed_of(seed_text)
    assert list(parsed.sentences) == list(parsed.doc.sents)
    edges = sorted({0, len(seed_text)} | {s.start_char for s in parsed.sentences})
    probes = [(a, b) for a in edges[::3] for b in edges[::4] if a <= b]
    probes += [(e, e + 1) for e in edges] + [(e - 1, e) for e in edges if e]
    for start, end in probes:
        expected = [s for s in parsed.doc.sents if s.start_char < end and s.end_char > start]
        assert parsed.sentences_overlapping(start, end) == expected, (start, end)


def test_entity_index_lookups_are_the_scans_over_all_mentions(seed_text: str) -> None:
    index = extract_entities(parsed_of(seed_text))
    assert index.mentions
    for start in range(0, len(seed_text), 7):
        for end in (start + 5, start + 20, start + 60):
            found = [e for m, e in index.mentions if start <= m.start and m.end <= end]
            people = [e for e in found if e.type == "person"]
            assert index.at(start, end) == ((people or found)[0] if found else None)
        before = [e for m, e in index.mentions if m.start < start and e.type == "person"]
        assert index.last_person_before(start) == (before[-1] if before else None)
    for entity in index.entities:
        for form in (entity.name, *entity.aliases, entity.name.upper()):
            expected = next(
                e
                for e in index.entities
                if form.lower() in {a.lower() for a in (e.name, *e.aliases)}
            )
            assert index.named(form) == expected
    assert index.named("Nobody In This Article") is None


def _merge_by_scanning(mentions: list[Mention]) -> dict[str, str]:
    """The pairwise merge the index replaced: each form against every longer name."""
    forms = sorted({" ".join(m.surface.lower().split()) for m in mentions})
    forms.sort(key=lambda form: (-len(form.split()), form))
    canonical: dict[str, str] = {}
    for form in forms:
        words = form.split()
        longer = {
            c
            for c in canonical.values()
            if len(words) < len(c.split())
            and (c.split()[-len(words) :] == words or c.split()[: len(words)] == words)
        }
        canonical[form] = longer.pop() if len(longer) == 1 else form
    return canonical


NAMES = st.lists(
    st.lists(st.sampled_from(["Ann", "Lee", "Kim", "Park", "Jo", "Smith"]), min_size=1, max_size=4),
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(NAMES)
def test_merge_groups_names_as_the_pairwise_scan_does(names: list[list[str]]) -> None:
    mentions = [Mention(i, i + 1, " ".join(words), "PERSON") for i, words in enumerate(names)]
    canonical = _merge_by_scanning(mentions)
    expected: dict[str, list[Mention]] = {}
    for mention in mentions:
        expected.setdefault(canonical[mention.surface.lower()], []).append(mention)
    assert dict(_merge(mentions)) == expected


def test_merge_joins_a_short_form_to_its_one_longer_name() -> None:
    mentions = [
        Mention(0, 1, surface, "PERSON")
        for surface in ["Vladimir Putin", "Putin", "John Smith", "John Brown", "John"]
    ]
    groups = {name: [m.surface for m in group] for name, group in _merge(mentions)}
    assert groups == {
        "vladimir putin": ["Vladimir Putin", "Putin"],
        "john smith": ["John Smith"],
        "john brown": ["John Brown"],
        "john": ["John"],  # two longer names end or start with it: left alone
    }


@given(st.text(alphabet=" a\n\t", max_size=40))
def test_next_text_lines_is_the_scan_forward(text: str) -> None:
    lines = _split_lines(text)
    for index, following in enumerate(_next_text_lines(lines)):
        assert following == next((line for line in lines[index + 1 :] if not line.blank), None)


def test_empty_entity_index_answers_nothing() -> None:
    index = EntityIndex((), ())
    assert index.at(0, 10) is None
    assert index.named("Putin") is None
    assert index.last_person_before(10) is None
