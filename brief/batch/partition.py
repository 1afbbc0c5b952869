"""Brief a corpus partition by partition: the call a Dask, Ray, Spark or plain pool worker makes.

`brief_partition(partition, out, options)` is the whole worker side of `brief batch`, and public:
it reads the partition's articles, streams them through the model once (`brief_articles`, so
the pipeline loads once per worker process), writes `out/part-NNNNN.jsonl` atomically, records
the partition as done, and returns a small `PartitionSummary`, the only thing a driver gathers.
It is idempotent: a partition already done with the same contents and options is not redone,
so an engine that retries a task, or a user who reruns a crashed job, loses nothing.

Single articles that cannot be read or briefed become `Failure` records; they never end the run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from brief.batch.corpus import Partition, read_partition
from brief.briefing import Options
from brief.errors import OutputError
from brief.output import write_atomically
from brief.records import SCHEMA, Brief, Failure, FailureLog
from brief.stream import brief_stream

MANIFEST = "manifest.json"
MANIFEST_SCHEMA = "brief-batch/1"
DONE_FOLDER = "_partitions"


@dataclass(frozen=True, slots=True)
class PartitionSummary:
    """What a worker reports about one partition; also kept on disk as its completion mark."""

    partition: str
    fingerprint: str
    model: str
    articles: int
    briefed: int
    failures: tuple[Failure, ...]
    seconds: float
    resumed: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The summary as plain JSON data (without `resumed`, which only says how it was got)."""
        data = asdict(self)
        del data["resumed"]
        data["failures"] = [{"id": f.source, "reason": f.problem} for f in self.failures]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PartitionSummary:
        """A summary read back from disk, marked as resumed."""
        failures = tuple(Failure(str(f["id"]), str(f["reason"])) for f in data["failures"])
        return cls(
            partition=str(data["partition"]),
            fingerprint=str(data["fingerprint"]),
            model=str(data["model"]),
            articles=int(data["articles"]),
            briefed=int(data["briefed"]),
            failures=failures,
            seconds=float(data["seconds"]),
            resumed=True,
        )


def brief_partition(partition: Partition, out: str | Path, options: Options) -> PartitionSummary:
    """Brief one partition into `out/part-NNNNN.jsonl`, unless that is already done.

    Briefs are `brief/2` records, one per line, in input order; the file appears whole or not
    at all. The summary is then written to `out/_partitions/part-NNNNN.json`, which marks the
    partition done. Raises `ModelError` if the model is missing and `OutputError` if `out`
    cannot be written; every other problem is one article's `Failure`.
    """
    from brief.render.data import document

    folder = Path(out)
    model = _model_name(options)
    fingerprint = _fingerprint(partition, options, model)
    done = load_summary(folder, partition.name)
    if (
        done is not None
        and done.fingerprint == fingerprint
        and part_path(folder, partition).exists()
    ):
        return done
    started = time.perf_counter()
    log: FailureLog[Brief] = FailureLog()
    briefs = log.successes(brief_stream(read_partition(partition), options))
    # One partition's text: memory bounded by the partition size.
    lines = [document(brief.to_dict(), "jsonl") for brief in briefs]
    _make_folders(folder)
    write_atomically(part_path(folder, partition), "".join(lines))
    summary = PartitionSummary(
        partition=partition.name,
        fingerprint=fingerprint,
        model=model,
        articles=partition.size,
        briefed=len(lines),
        failures=tuple(log.failures),
        seconds=round(time.perf_counter() - started, 3),
    )
    write_atomically(_summary_path(folder, partition.name), json.dumps(summary.to_dict()) + "\n")
    return summary


def part_path(out: Path, partition: Partition) -> Path:
    """Where a partition's briefs go: `out/part-00000.jsonl`."""
    return out / f"{partition.name}.jsonl"


def _summary_path(out: Path, name: str) -> Path:
    return out / DONE_FOLDER / f"{name}.json"


def load_summary(out: Path, name: str) -> PartitionSummary | None:
    """The stored summary of a partition done earlier, or None (absent or unreadable)."""
    try:
        return PartitionSummary.from_dict(json.loads(_summary_path(out, name).read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _model_name(options: Options) -> str:
    from brief.nlp import (
        pipeline as nlp,  # the worker parses anyway; this names the pipeline it will use
    )

    return nlp.model_name(options.model)


def _fingerprint(partition: Partition, options: Options, model: str) -> str:
    """What makes two runs of a partition give the same output: its items and the options."""
    settings = f"{SCHEMA}\n{replace(options, model=model)!r}\n{partition.fingerprint()}"
    return hashlib.sha256(settings.encode("utf-8")).hexdigest()


def _make_folders(out: Path) -> None:
    try:
        (out / DONE_FOLDER).mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{out}: cannot create the output folder ({error.strerror})") from None


def prepare_output(out: Path, partitions: Sequence[Partition]) -> None:
    """Create the output folder, drop temporary files a killed run left, and refuse a folder
    holding more partitions than this corpus has (they would duplicate articles)."""
    _make_folders(out)
    for leftover in [*out.glob(".part-*.tmp"), *(out / DONE_FOLDER).glob(".part-*.tmp")]:
        with contextlib.suppress(OSError):
            leftover.unlink()
    names = {f"{partition.name}.jsonl" for partition in partitions}
    strangers = sorted(path.name for path in out.glob("part-*.jsonl") if path.name not in names)
    if strangers:
        raise OutputError(
            f"{out}: holds partitions of another corpus ({strangers[0]}...); use an empty folder"
        )


@dataclass(frozen=True, slots=True)
class Incomplete:
    """A partition the engine could not finish (a worker kept dying, say): rerun to resume."""

    partition: str
    articles: int
    reason: str


def write_manifest(
    out: Path,
    summaries: Sequence[PartitionSummary],
    incomplete: Sequence[Incomplete],
    options: Options,
    elapsed: float,
) -> dict[str, Any]:
    """Write `out/manifest.json` (counts, failures, schema, model, time) and return it."""
    ordered = sorted(summaries, key=lambda summary: summary.partition)
    manifest: dict[str, Any] = {
        "manifest": MANIFEST_SCHEMA,
        "schema": SCHEMA,
        "model": ordered[0].model if ordered else options.model,
        "sentences": options.sentences,  # null: by the article's length, as `summarize`
        "ratio": options.ratio,
        "articles": sum(s.articles for s in ordered) + sum(i.articles for i in incomplete),
        "briefed": sum(s.briefed for s in ordered),
        "failed": sum(len(s.failures) for s in ordered),
        "not_run": sum(i.articles for i in incomplete),
        "partitions": {
            "total": len(ordered) + len(incomplete),
            "done": len(ordered),
            "resumed": sum(s.resumed for s in ordered),
            "incomplete": [asdict(item) for item in incomplete],
        },
        "failures": [
            {"id": f.source, "reason": f.problem, "partition": s.partition}
            for s in ordered
            for f in s.failures
        ],
        "elapsed_seconds": round(elapsed, 3),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    write_atomically(out / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return manifest
