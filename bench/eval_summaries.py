"""ROUGE of brief's key sentences against reference summaries, next to Lead-k in the same run.

    .venv/bin/python bench/eval_summaries.py ../shared/eval/cnndm_dev.jsonl
    .venv/bin/python bench/eval_summaries.py ../shared/eval/bbc_dev.jsonl --reference-length

Each JSONL record needs `text` and `summary_sentences` (the reference). Both systems read the
same parse of each article: Lead-k takes the first k sentences of the body as spaCy splits
them; brief takes what `brief.summarizer` chooses. Scores are ROUGE-1, ROUGE-2 and ROUGE-Lsum
F1 (rouge-score, Porter stemming on, one summary sentence per line for Lsum), averaged over
articles, times 100. `--reference-length` sets k per article to the reference's sentence count
(for BBC, whose references are long); otherwise k is `--sentences` (default 3).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from rouge_score import rouge_scorer

from brief.briefing import Options, parse_articles, selected_sentences
from brief.inputs.reading import Article
from brief.parsed import ParsedArticle

METRICS = ("rouge1", "rouge2", "rougeLsum")
LABELS = {"rouge1": "ROUGE-1", "rouge2": "ROUGE-2", "rougeLsum": "ROUGE-Lsum"}


def main(argv: list[str] | None = None) -> int:
    """Score brief and Lead-k on one JSONL file and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl", type=Path, help="records with `text` and `summary_sentences`")
    parser.add_argument("-n", "--sentences", type=int, default=3, help="sentences per summary")
    parser.add_argument(
        "--reference-length",
        action="store_true",
        help="per article, as many sentences as the reference has (instead of -n)",
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N records")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: brief's)")
    args = parser.parse_args(argv)
    if not args.jsonl.is_file():
        parser.error(f"{args.jsonl}: no such file (the evaluation data lives in ../shared/eval/)")

    records = list(_records(args.jsonl, args.limit))
    references = {record["id"]: record["summary_sentences"] for record in records}
    articles = (Article.from_text(_as_file(record), id=str(record["id"])) for record in records)
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    scores: dict[str, dict[str, list[float]]] = {
        "Lead": {m: [] for m in METRICS},
        "brief": {m: [] for m in METRICS},
    }
    wins = losses = 0
    began = time.perf_counter()
    for article, parsed in parse_articles(articles, args.model):
        reference = references[article.id or ""]
        count = len(reference) if args.reference_length else args.sentences
        target = "\n".join(reference)
        systems = {
            "Lead": lead(parsed, count),
            "brief": selected_sentences(parsed, Options(sentences=count)),
        }
        for name, chosen in systems.items():
            result = scorer.score(target, "\n".join(chosen))
            for metric in METRICS:
                scores[name][metric].append(100 * result[metric].fmeasure)
        wins += scores["brief"]["rouge1"][-1] > scores["Lead"]["rouge1"][-1]
        losses += scores["brief"]["rouge1"][-1] < scores["Lead"]["rouge1"][-1]
    seconds = time.perf_counter() - began

    k = "k = reference length" if args.reference_length else f"k = {args.sentences}"
    print(f"{args.jsonl.name}: {len(records)} articles, {k}, {seconds:.1f} s (parse included)\n")
    print("| system | " + " | ".join(LABELS[m] for m in METRICS) + " |")
    print("|---|" + "---:|" * len(METRICS))
    lead_name = "Lead-k" if args.reference_length else f"Lead-{args.sentences}"
    for name, label in (("Lead", lead_name), ("brief", "brief")):
        cells = " | ".join(f"{statistics.fmean(scores[name][m]):.2f}" for m in METRICS)
        print(f"| {label} | {cells} |")
    deltas = " | ".join(
        f"{statistics.fmean(scores['brief'][m]) - statistics.fmean(scores['Lead'][m]):+.2f}"
        for m in METRICS
    )
    print(f"| brief − {lead_name} | {deltas} |")
    print(
        f"\nROUGE-1 per article: brief better on {wins}, worse on {losses}, tied on "
        f"{len(records) - wins - losses}."
    )
    return 0


def lead(parsed: ParsedArticle, count: int) -> list[str]:
    """The first `count` sentences of the article body (after any title), unfiltered."""
    chosen = []
    for sentence in parsed.doc.sents:
        if len(chosen) == count:
            break
        if parsed.layout.block_at(sentence.start_char) is None or not sentence.text.strip():
            continue
        chosen.append(parsed.span_text(sentence))
    return chosen


def _as_file(record: dict[str, object]) -> str:
    """The article as a file would hold it: a record's separate `title` goes on the first line."""
    title, text = record.get("title"), str(record["text"])
    return f"{title}\n\n{text}" if isinstance(title, str) and title.strip() else text


def _records(path: Path, limit: int | None) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                return
            record = json.loads(line)
            if "summary_sentences" in record:
                yield record


if __name__ == "__main__":
    sys.exit(main())
