"""The model pass: what the pipeline loads, batching in order, and the memoised attribute ruler."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokenizer import Tokenizer

from brief.nlp import pipeline as nlp
from brief.nlp.batches import bounded_runs
from brief.nlp.rules import MemoisedLemmas, MemoisedRules

# Hand-written lines that reach the ruler's rarer patterns: multi-token ones ("gonna", "y'all",
# "ain't", "let's", "there is"), dependency-dependent ones (auxiliaries, "it" as subject or
# object, "that" as determiner or pronoun), pronouns, modals and whitespace tokens.
TRICKY = [
    "I'm gonna tell y'all: it ain't over, and let's be honest about that.",
    "There is a plan. There were two. Did he have it? He did, and she has had enough.",
    "Something happened to anyone who saw it; nobody knew whether they'd come.",
    "We gave it to them  and\tthey gave us theirs.\n\nThat's what those who'd know said.",
    "Gotta go, c'mon! Would you? I could, but I won't.",
]
ATTRIBUTES = [TAG, POS, MORPH, LEMMA, DEP]


@pytest.mark.slow
def test_memoised_ruler_and_lemmatizer_annotate_exactly_as_the_stock_ones(seed_text: str) -> None:
    stock = spacy.load(nlp.DEFAULT_MODEL)
    ours = nlp.load_pipeline(nlp.DEFAULT_MODEL)
    lemmatizer = ours.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    assert isinstance(getattr(lemmatizer.lemmatize, "__self__", None), MemoisedLemmas)
    texts = [seed_text, *TRICKY]
    # Twice: the second pass answers from the remembered tables.
    for _ in range(2):
        for text in texts:
            expected = stock(text).to_array(ATTRIBUTES).tolist()
            assert ours(text).to_array(ATTRIBUTES).tolist() == expected, text
    for doc, text in zip(ours.pipe(texts), texts, strict=True):
        assert doc.to_array(ATTRIBUTES).tolist() == stock(text).to_array(ATTRIBUTES).tolist()


def test_memoised_ruler_sets_what_each_pattern_index_points_at_and_refuses_a_bad_one() -> None:
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york"}]], {"LEMMA": "NYC"}, index=-1)
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york"}]], {"TAG": "NNP"}, index=0)
    ruler.add([[{"LOWER": "visit"}]], {"LEMMA": "go"})
    ruler.add([[{"LOWER": "visit"}]], {"LEMMA": "see"})  # a later rule wins
    rules = MemoisedRules(ruler)
    doc = blank.make_doc("I visit New York")
    rules.set_annotations(doc, rules.match(doc))
    assert [(t.lemma_, t.tag_) for t in doc] == [("", ""), ("see", ""), ("", "NNP"), ("NYC", "")]
    ruler.add([[{"LOWER": "i"}]], {"LEMMA": "me"}, index=1)  # past the one-token match
    rules = MemoisedRules(ruler)
    doc = blank.make_doc("I visit")
    with pytest.raises(ValueError, match="outside of matched span"):
        rules.set_annotations(doc, rules.match(doc))


@pytest.mark.slow
def test_the_deferred_tokenizer_loads_the_stock_one_and_the_same_words() -> None:
    stock = spacy.load(nlp.DEFAULT_MODEL, exclude=list(nlp.EXCLUDED_COMPONENTS))
    ours = nlp.load_pipeline(nlp.DEFAULT_MODEL)
    assert ours.config["nlp"]["tokenizer"]["@tokenizers"] == "brief.deferred_tokenizer.v1"
    assert stock.config["nlp"]["tokenizer"]["@tokenizers"] == "spacy.Tokenizer.v1"
    assert isinstance(ours.tokenizer, Tokenizer) and isinstance(stock.tokenizer, Tokenizer)
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == stock.tokenizer.to_bytes(exclude=["vocab"])
    # The special cases' words are made once instead of twice, and the same: (other tests may
    # have added words to the session's pipeline since).
    for lexeme in stock.vocab:
        word = ours.vocab[lexeme.orth_]
        assert (word.norm_, word.lower_, word.shape_, word.is_stop) == (
            lexeme.norm_,
            lexeme.lower_,
            lexeme.shape_,
            lexeme.is_stop,
        )
    for text in TRICKY:
        assert [t.norm_ for t in ours(text)] == [t.norm_ for t in stock(text)]


def test_pipeline_runs_every_component_brief_reads_and_loads_no_other() -> None:
    pipeline = nlp.load_pipeline(nlp.DEFAULT_MODEL)
    assert pipeline.pipe_names == [
        "tok2vec",
        "tagger",
        "parser",
        "attribute_ruler",
        "lemmatizer",
        "ner",
    ]
    assert "senter" not in pipeline.component_names
    assert pipeline.max_length >= nlp.MAX_CHARACTERS


def test_parse_many_keeps_each_context_with_its_text() -> None:
    pipeline = nlp.load_pipeline(nlp.DEFAULT_MODEL)
    items = [(f"Article number {i} is here. It ends.", [0], i) for i in range(7)]
    results = list(nlp.parse_many(pipeline, items, batch_size=2))
    assert [context for _, context in results] == list(range(7))
    assert [doc.text for doc, _ in results] == [text for text, _, _ in items]


@pytest.mark.parametrize(
    ("lengths", "size", "tokens", "expected"),
    [
        ([5, 5, 5, 5, 5], 2, 100, [[5, 5], [5, 5], [5]]),  # cut by count
        ([40, 40, 40, 10, 10], 32, 90, [[40, 40], [40, 10, 10]]),  # cut by tokens
        ([10, 500, 10, 10], 32, 100, [[10], [500], [10, 10]]),  # a long text alone
        ([100, 100], 32, 100, [[100], [100]]),  # exactly at the budget
        ([], 32, 100, []),
    ],
)
def test_bounded_runs_cut_by_count_and_by_total_in_order(
    lengths: list[int], size: int, tokens: int, expected: list[list[int]]
) -> None:
    items = [("x" * length, index) for index, length in enumerate(lengths)]
    runs = list(bounded_runs(items, count=size, total=tokens, measure=lambda item: len(item[0])))
    assert [[len(text) for text, _ in run] for run in runs] == expected
    assert [index for run in runs for _, index in run] == list(range(len(lengths)))


def test_parse_many_gives_the_same_parse_whatever_the_token_budget(seed_text: str) -> None:
    pipeline = nlp.load_pipeline(nlp.DEFAULT_MODEL)
    paragraphs = [p for p in seed_text.split("\n\n") if p.strip()]
    items = [(text, [0], index) for index, text in enumerate(paragraphs)]
    whole = list(nlp.parse_many(pipeline, items))
    small = list(nlp.parse_many(pipeline, items, batch_tokens=40))
    assert [context for _, context in small] == list(range(len(paragraphs)))
    for (doc, _), (expected, _) in zip(small, whole, strict=True):
        assert doc.to_array(ATTRIBUTES).tolist() == expected.to_array(ATTRIBUTES).tolist()
        assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in expected.ents]


def test_parse_presets_sentence_starts() -> None:
    pipeline = nlp.load_pipeline(nlp.DEFAULT_MODEL)
    text = "Breaking news from the capital\nThe minister resigned on Monday."
    doc = nlp.parse(pipeline, text, [0, text.index("The")])
    assert [sentence.text for sentence in doc.sents] == [
        "Breaking news from the capital\n",
        "The minister resigned on Monday.",
    ]


@pytest.mark.slow
def test_spacy_is_imported_without_its_cli_or_yaml_which_still_work_on_demand() -> None:
    # A fresh interpreter: in this one, spaCy may already have been imported in full.
    script = (
        "import sys, brief.nlp.pipeline, spacy, srsly\n"
        "assert 'spacy.cli' not in sys.modules and 'weasel' not in sys.modules\n"
        "nlp = brief.nlp.pipeline.load_pipeline(brief.nlp.pipeline.DEFAULT_MODEL)\n"
        "assert [t.pos_ for t in nlp('It works.')] == ['PRON', 'VERB', 'PUNCT']\n"
        "assert 'srsly.ruamel_yaml' not in sys.modules  # nothing needed srsly's YAML yet\n"
        "assert srsly.yaml_loads(srsly.yaml_dumps({'a': [1, 2]})) == {'a': [1, 2]}\n"
        "import srsly._yaml_api\n"
        "assert srsly.read_yaml is not srsly._yaml_api.read_yaml  # a stand-in...\n"
        "assert srsly._yaml_api.read_yaml.__module__ == 'srsly._yaml_api'  # ...for the real one\n"
        "assert spacy.cli.download.__module__ == 'spacy.cli.download'\n"
        "import spacy.cli.info\n"
        "assert spacy.info(markdown=True, silent=True).startswith('\\n## Info')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_entry_points_read_once_are_catalogues_own_and_follow_a_new_snapshot(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.metadata

    import catalogue

    from brief.nlp.spacy_import import read_entry_points_once

    read_entry_points_once()  # importing the pipeline did it; a second call changes nothing
    groups = ["spacy_factories", "spacy_languages", "srsly_msgpack_decoders", "thinc_layers"]
    snapshot = catalogue.AVAILABLE_ENTRY_POINTS
    for group in groups:
        registry = catalogue.create(*group.split("_", 1))
        assert registry._get_entry_points() == list(snapshot.select(group=group))
    # A package installed meanwhile, as a new snapshot: its entry point is seen.
    extra = importlib.metadata.EntryPoint("made_up", "json:loads", "srsly_msgpack_decoders")
    monkeypatch.setattr(
        catalogue,
        "AVAILABLE_ENTRY_POINTS",
        importlib.metadata.EntryPoints([*snapshot.select(group=extra.group), extra]),
    )
    from srsly.msgpack import msgpack_decoders as decoders

    assert "made_up" in {point.name for point in decoders._get_entry_points()}
    assert decoders.get_all()["made_up"] is __import__("json").loads
