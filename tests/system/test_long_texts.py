"""Long texts are parsed in chunks and rebuilt into one document: the brief does not change.

Each case forces chunking on with a tiny budget, checks that a chunk boundary falls where the
case needs it (inside a quote, just before a pronoun speaker, at a heading...), and compares the
brief with the one parsed whole; each also checks the document-level fact itself, which a brief
made chunk by chunk would lose.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, SENT_START, TAG

from brief import Brief, summarize
from brief.briefing import _sentence_starts
from brief.layout import parse_layout
from brief.nlp import pipeline
from brief.nlp.batches import chunk_starts
from brief.nlp.typography import normalize
from tests.profiles import examples

ROOT = Path(__file__).resolve().parents[2]
SEED_COPIES = "\n\n".join([(ROOT / "seeds" / "000_11109ac5ee476577.txt").read_text().strip()] * 2)


@contextmanager
def chunk_budget(tokens: int) -> Iterator[None]:
    """Parse texts longer than `tokens` tokens in chunks of at most that many."""
    with (
        mock.patch.object(pipeline, "WHOLE_TOKENS", tokens),
        mock.patch.object(pipeline, "CHUNK_TOKENS", tokens),
    ):
        yield


def chunk_offsets(text: str, tokens: int) -> list[int]:
    """The character offsets where the chunks of `text` start under a budget of `tokens`."""
    nlp = pipeline.load_pipeline(pipeline.DEFAULT_MODEL)
    layout = parse_layout(normalize(text))
    prepared = pipeline._prepared(nlp, layout.text, _sentence_starts(layout))
    if len(prepared.doc) <= tokens:
        return [0]
    cuts = chunk_starts(len(prepared.doc), prepared.blocks, prepared.sentences, tokens)
    return [prepared.doc[cut].idx for cut in cuts]


def briefs(text: str, tokens: int) -> tuple[Brief, Brief]:
    """The brief of `text` parsed whole, and chunked under a budget of `tokens` tokens."""
    whole = summarize(text)
    with chunk_budget(tokens):
        chunked = summarize(text)
    return whole, chunked


@pytest.mark.parametrize(
    ("length", "blocks", "sentences", "budget", "expected"),
    [
        (30, [0, 10, 20], [0, 5, 10, 15, 20, 25], 30, [0]),  # fits: one chunk
        (30, [0, 10, 20], [0, 5, 10, 15, 20, 25], 20, [0, 20]),  # whole blocks, as many as fit
        (30, [0, 10, 20], [0, 5, 10, 15, 20, 25], 10, [0, 10, 20]),  # a block a chunk
        (30, [0, 25], [0, 5, 10, 15, 20, 25], 10, [0, 10, 20]),  # a long block at sentences
        (30, [0, 25], [0, 25], 10, [0, 25]),  # a long sentence stays whole
        (30, [3, 12], [3, 12], 12, [0, 12]),  # leading space goes with the first block
    ],
)
def test_chunks_are_cut_at_blocks_then_at_sentences(
    length: int, blocks: list[int], sentences: list[int], budget: int, expected: list[int]
) -> None:
    assert chunk_starts(length, blocks, sentences, budget) == expected


CONTRACTIONS = """Senators Clash Over Budget

Senator Ann Lee said the plan wasn't ready and we'd all regret a rushed vote on Friday.

"We've done this before and it didn't work," Lee told reporters in Washington.

Her rival, Senator Tom Reyes, said they'd have the votes by Monday and couldn't wait longer.

The budget office hasn't published its estimate, which aides expect next week.
"""


@pytest.mark.parametrize("text", [CONTRACTIONS, pytest.param(SEED_COPIES, marks=pytest.mark.slow)])
def test_chunked_parse_annotates_every_token_as_the_whole_parse(text: str) -> None:
    nlp = pipeline.load_pipeline(pipeline.DEFAULT_MODEL)
    layout = parse_layout(normalize(text))
    item = [(layout.text, _sentence_starts(layout), None)]
    [(whole, _)] = pipeline.parse_many(nlp, item)
    [(chunked, _)] = pipeline.parse_many(nlp, item, whole_tokens=12, chunk_tokens=12)
    assert len(chunk_offsets(text, 12)) > 2
    attributes = [NORM, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
    assert chunked.text == whole.text
    assert chunked.to_array(attributes).tolist() == whole.to_array(attributes).tolist()


def test_a_long_texts_chunks_each_ride_in_a_batch_of_their_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Parsing memory follows the tokens of a batch: a chunk shares its batch with nothing, so a
    long text costs one chunk's working memory, whatever `BATCH_TOKENS` allows short texts."""
    nlp = pipeline.load_pipeline(pipeline.DEFAULT_MODEL)
    batches: list[list[int]] = []
    real = nlp.pipe

    def recording(items: Any, **options: Any) -> Any:
        if options.get("as_tuples"):  # (spaCy's own pipe calls itself again without them)
            items = list(items)
            batches.append([len(doc) for doc, _ in items])
        return real(items, **options)

    monkeypatch.setattr(nlp, "pipe", recording)
    texts = ["Short one.", CONTRACTIONS, "Another short one.", "And a third."]
    items = []
    for text in texts:
        layout = parse_layout(normalize(text))
        items.append((layout.text, _sentence_starts(layout), text))
    parsed = list(pipeline.parse_many(nlp, items, whole_tokens=12, chunk_tokens=12))
    assert [context for _, context in parsed] == texts
    chunks = len(chunk_offsets(CONTRACTIONS, 12))
    assert chunks > 2
    assert len(batches) == chunks + 2
    assert batches[0] == [3] and batches[-1] == [4, 4]  # short texts share a batch
    assert all(len(batch) == 1 for batch in batches[1:-1])  # each chunk alone


QUOTE_ACROSS = """Council Votes on Bridge

Mayor Jane Porter spoke to reporters at City Hall on Monday.

"We have waited long enough for this bridge. The old one is falling apart and everyone knows \
it, and the council knows it too," Porter said.

The council voted 7 to 2 in favour of the plan.
"""

PRONOUN_AFTER = """Council Votes on Bridge

Mayor Jane Porter spoke to reporters at City Hall on Monday about the plan for a new bridge.

"It will carry four lanes," she said.

The council voted 7 to 2 in favour of the plan.
"""

NAMED_AGAIN = """Council Votes on Bridge

Mayor Jane Porter spoke to reporters at City Hall on Monday about the plan.

The council voted 7 to 2 in favour of the plan after a long debate.

The bridge will cost 40 million dollars and open in two years.

Porter thanked the engineers who drew up the design for the crossing.
"""

HEADING_AT = """Council Votes on Bridge

Mayor Jane Porter spoke to reporters at City Hall on Monday about the plan.

What Happens Next

The council will hire a builder before the summer and open the bridge in 2028.
"""


@pytest.mark.parametrize(
    ("text", "tokens", "boundary"),
    [
        (QUOTE_ACROSS, 12, "The old one"),  # a boundary inside a quote
        (PRONOUN_AFTER, 20, '"It will'),  # a pronoun speaker just after a boundary
        (NAMED_AGAIN, 16, "Porter thanked"),  # named in chunk 1, named again in chunk 3+
        (HEADING_AT, 16, "What Happens"),  # a heading at a boundary
    ],
)
def test_a_chunk_boundary_changes_nothing(text: str, tokens: int, boundary: str) -> None:
    assert text.index(boundary) in chunk_offsets(text, tokens)
    whole, chunked = briefs(text, tokens)
    assert chunked.to_dict() == whole.to_dict()


def test_a_quote_cut_by_a_chunk_boundary_is_one_quote_with_its_speaker() -> None:
    _, chunked = briefs(QUOTE_ACROSS, 12)
    [quote] = chunked.quotes
    assert quote.text.startswith("We have waited") and quote.text.endswith("knows it too")
    assert quote.speaker == "Jane Porter"


def test_a_pronoun_after_a_chunk_boundary_finds_the_speaker_named_before_it() -> None:
    _, chunked = briefs(PRONOUN_AFTER, 20)
    assert [(quote.text, quote.speaker) for quote in chunked.quotes] == [
        ("It will carry four lanes", "Jane Porter")
    ]


def test_an_entity_named_in_the_first_and_third_chunks_is_one_entity() -> None:
    assert len(chunk_offsets(NAMED_AGAIN, 16)) >= 3
    _, chunked = briefs(NAMED_AGAIN, 16)
    porter = [entity for entity in chunked.entities if "Porter" in entity.name]
    assert [(e.name, e.mentions, e.aliases) for e in porter] == [("Jane Porter", 2, ("Porter",))]


def test_a_heading_that_starts_a_chunk_heads_its_section() -> None:
    _, chunked = briefs(HEADING_AT, 16)
    assert [section.heading for section in chunked.sections] == [None, "What Happens Next"]
    assert chunked.sections[1].summary is not None
    assert chunked.sections[1].summary.startswith("The council will hire")


def test_copies_of_an_article_brief_as_one_document(seed_text: str, seed_brief: Brief) -> None:
    copies = 3
    text = "\n\n".join([seed_text.strip()] * copies)
    with chunk_budget(200):
        long = summarize(text)
    mentions = {entity.name: entity.mentions for entity in long.entities}
    assert mentions == {entity.name: entity.mentions * copies for entity in seed_brief.entities}
    # Copies after the first open with the seed's headline as a body line, whose reported
    # claims ("Russia says drones targeted …") the seed's own brief does not have.
    headlines = {n + 1 for n, line in enumerate(text.splitlines()) if line == seed_brief.title}
    quotes = [q for q in long.quotes if q.kind != "reported" or q.line not in headlines]
    assert len(quotes) == len(seed_brief.quotes) * copies


PARAGRAPHS = [
    "Mayor Jane Porter spoke to reporters at City Hall on Monday.",
    '"We will build the bridge this year," Porter said.',
    '"It will carry four lanes," she said.',
    "The council voted 7 to 2 in favour of the plan.",
    "The bridge will cost 40 million dollars, officials said.",
    "Critics in Springfield say the money should go to schools instead.",
    "Engineers from Acme Construction will start work in May.",
    "More than 3,000 people cross the old bridge every day.",
    'Councillor Tom Reyes called the vote "a good day for the town."',
    "Reyes said he expected the work to take two years.",
]
HEADINGS = ["What Happens Next", "The Cost of the Bridge", "Voices From the Town"]


@st.composite
def articles(draw: st.DrawFn) -> str:
    """A title and paragraphs of plain sentences, with a heading here and there."""
    blocks = ["Council Votes on Bridge"]
    for paragraph in draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=2, max_size=8)):
        if draw(st.integers(0, 4)) == 0:
            blocks.append(draw(st.sampled_from(HEADINGS)))
        blocks.append(paragraph)
    return "\n\n".join(blocks) + "\n"


@examples(15)
@given(articles(), st.integers(min_value=8, max_value=60))
@example(  # a block cut at its sentences keeps the closing mark with its sentence
    text=(
        "Council Votes on Bridge\n\nWhat Happens Next\n\nMayor Jane Porter spoke to reporters"
        " at City Hall on Monday.\n\nWhat Happens Next\n\nCouncillor Tom Reyes called the vote"
        ' "a good day for the town."\n\n"It will carry four lanes," she said.\n'
    ),
    tokens=8,
)
def test_the_brief_is_the_same_chunked_and_whole(text: str, tokens: int) -> None:
    whole, chunked = briefs(text, tokens)
    assert chunked.to_dict() == whole.to_dict()


# What the child may use beyond what briefing the short seed takes: far less than parsing a
# chunk of 12,000 tokens needs (about 200 MB of the parser's arrays), far more than the few
# MB by which two runs of the same short brief differ.
MEMORY_MARGIN = 80 << 20
_PEAK_PROBE = """
import runpy, sys
sys.argv = ["brief", "summarize", sys.argv[1], "-f", "jsonl"]
try:
    runpy.run_module("brief", run_name="__main__")
except SystemExit:
    pass
finally:
    peak = [l for l in open("/proc/self/status") if l.startswith("VmPeak:")][0]
    sys.stderr.write(str(int(peak.split()[1]) * 1024) + "\\n")
"""


@pytest.fixture(scope="module")
def memory_limit(tmp_path_factory: pytest.TempPathFactory) -> int:
    """An address-space limit that lets the seed be briefed but not a long text be parsed.

    Measured on this machine (the libraries loaded decide the baseline), not assumed.
    """
    seed = tmp_path_factory.mktemp("probe") / "seed.txt"
    seed.write_text((ROOT / "seeds" / "000_11109ac5ee476577.txt").read_text(encoding="utf-8"))
    probe = subprocess.run(
        [sys.executable, "-c", _PEAK_PROBE, str(seed)],
        cwd=ROOT, capture_output=True, text=True, env=_ONE_THREAD, timeout=600,
    )  # fmt: skip
    return int(probe.stderr.splitlines()[-1]) + MEMORY_MARGIN


_ONE_THREAD = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}


def _limited(limit: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


@pytest.mark.slow
def test_running_out_of_memory_is_one_line_naming_the_input(
    tmp_path: Path, seed_text: str, memory_limit: int
) -> None:
    big = tmp_path / "hearing.txt"
    big.write_text("\n\n".join([seed_text.strip()] * 60), encoding="utf-8")
    size = big.stat().st_size
    output = tmp_path / "brief.json"
    output.write_text("yesterday's brief\n", encoding="utf-8")
    command = [sys.executable, "-m", "brief", "summarize", str(big), "-o", str(output)]
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, env=_ONE_THREAD,
        preexec_fn=_limited(memory_limit), timeout=600,
    )  # fmt: skip
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f"brief: error: {big}: ran out of memory briefing its {size:,} bytes (split the input, "
        "or set --max-bytes lower to refuse such inputs at once)"
    ]
    assert output.read_text(encoding="utf-8") == "yesterday's brief\n"


@pytest.mark.slow
def test_one_article_out_of_memory_fails_alone(
    tmp_path: Path, seed_text: str, memory_limit: int
) -> None:
    big = tmp_path / "hearing.txt"
    big.write_text("\n\n".join([seed_text.strip()] * 60), encoding="utf-8")
    small = tmp_path / "news.txt"
    small.write_text(seed_text, encoding="utf-8")
    # The short article first: after a failed parse the process keeps some of the memory it
    # mapped, so what comes after the failure depends on the allocator, not on brief.
    command = [sys.executable, "-m", "brief", "summarize", str(small), str(big), "-f", "jsonl"]
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, env=_ONE_THREAD,
        preexec_fn=_limited(memory_limit), timeout=600,
    )  # fmt: skip
    assert done.returncode == 1
    assert [line.split(": ")[1] for line in done.stderr.splitlines()] == ["error"]
    assert f"{big}: ran out of memory" in done.stderr
    assert [line.count('"path"') for line in done.stdout.splitlines()] == [1]
    assert str(small) in done.stdout
