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
