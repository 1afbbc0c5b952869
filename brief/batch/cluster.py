"""Run `brief_partition` over a corpus on Dask: a local cluster by default, or a given scheduler.

Only the driver side lives here; the workers call the public `brief.batch.brief_partition`, so
the same corpus runs as well under Ray, Spark or a `ProcessPoolExecutor`. The driver ships
partition plans (paths and byte ranges, never texts) and gathers only partition summaries.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from brief.batch.child import brief_partition_apart
from brief.batch.corpus import Partition
from brief.batch.partition import Incomplete, PartitionSummary, prepare_output
from brief.briefing import Options
from brief.errors import BriefError

if TYPE_CHECKING:
    from distributed import Client

# Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536 to hand memory back to the system
# sooner. spaCy allocates and frees many short-lived arrays, and with that setting a worker
# spent 40% more CPU on the same 150 articles (15.5 s against 11.1 s, with 19x the page
# faults). A worker's memory is bounded by its partition anyway, so local workers keep glibc's
# default. The statistical profiler (every 10 ms) and the 20 ms ticks feed a dashboard that
# `brief` does not show; without them an idle 2-worker cluster uses 0.6 CPU-s per 30 s
# instead of 2.3, which matters when the cores are shared.
LOCAL_WORKER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    # Non-daemonic, so that a worker may start the one child it briefs in (`brief.batch.child`).
    "distributed.worker.daemon": False,
}


def preloading(model: str | None) -> dict[str, object]:
    """The Dask settings that have each local worker run `brief.batch.preload` as it starts."""
    return {
        "distributed.worker.preload": ["brief.batch.preload"],
        "distributed.worker.preload-argv": ["--model", model] if model else [],
    }


INSTALL_HINT = "Dask is not installed; install it with: pip install 'brief[scale]'"


class EngineMissing(BriefError):
    """The optional distributed engine (Dask) is not installed."""


@dataclass(frozen=True, slots=True)
class RunResult:
    """What a run gathered: the summaries of finished partitions, and the unfinished ones."""

    summaries: tuple[PartitionSummary, ...]
    incomplete: tuple[Incomplete, ...]
    elapsed: float


def require_dask() -> None:
    """Raise `EngineMissing`, saying how to install it, unless `dask.distributed` imports."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise EngineMissing(INSTALL_HINT) from None


def run_on_dask(
    partitions: Sequence[Partition],
    out: Path,
    options: Options,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    on_partition: Callable[[PartitionSummary], None] | None = None,
) -> RunResult:
    """Brief every partition into `out` on Dask and return the partition summaries.

    Without `scheduler`, a local cluster of `workers` processes (default: one per core), one
    thread each, is started and stopped. A partition whose task fails for a reason that is not
    a `BriefError` (a worker killed too often, say) is reported as incomplete; a rerun resumes
    it. A `BriefError` (model missing, output not writable) ends the run: every partition
    would hit it.
    """
    require_dask()
    started = time.perf_counter()
    prepare_output(out, partitions)
    with _client(scheduler, workers, options.model) as client:
        summaries, incomplete = _gather(client, partitions, out, options, on_partition)
    return RunResult(tuple(summaries), tuple(incomplete), time.perf_counter() - started)


@contextmanager
def _client(scheduler: str | None, workers: int | None, model: str | None) -> Iterator[Client]:
    """A client of the given scheduler, or of a local cluster that closes with it, whose
    workers start their briefing child, loading `model`, as they start (`preloading`)."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler is not None:
        with Client(scheduler) as client:
            yield client
        return
    with (
        dask.config.set({**LOCAL_WORKER_CONFIG, **preloading(model)}),
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,  # spaCy gains nothing from threads; processes use the cores
            processes=True,
            dashboard_address=":0",  # any free port: several runs may share a machine
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _gather(
    client: Client,
    partitions: Sequence[Partition],
    out: Path,
    options: Options,
    on_partition: Callable[[PartitionSummary], None] | None,
) -> tuple[list[PartitionSummary], list[Incomplete]]:
    from distributed import as_completed

    ordered = longest_first(partitions)
    futures = [
        client.submit(
            brief_partition_apart,
            partition,
            out=str(out.resolve()),
            options=options,
            key=f"brief-{partition.name}-{os.getpid()}",
            pure=False,
            priority=len(ordered) - rank,  # Dask runs higher priorities first
        )
        for rank, partition in enumerate(ordered)
    ]
    partition_of = {
        future.key: partition for future, partition in zip(futures, ordered, strict=True)
    }
    summaries: list[PartitionSummary] = []
    incomplete: list[Incomplete] = []
    for future in as_completed(futures):
        partition = partition_of[future.key]
        try:
            summary = future.result()
        except BriefError:
            client.cancel(futures)
            raise
        except Exception as error:
            incomplete.append(Incomplete(partition.name, partition.size, _reason(error)))
            continue
        summaries.append(summary)
        if on_partition is not None:
            on_partition(summary)
    return summaries, incomplete


def longest_first(partitions: Sequence[Partition]) -> list[Partition]:
    """The partitions by their bytes of input, most first (in input order among equals).

    The workers take them in this order: in input order, the longest partitions of a corpus
    whose articles grow longer towards its end (one set after another) come last, and one
    worker finishes the last of them while the others wait; longest first, they end together.
    """
    return sorted(partitions, key=lambda partition: -partition.weight())


def _reason(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}".strip().rstrip(":")
