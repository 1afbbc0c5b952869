"""Benchmark `brief batch` on a local Dask cluster against one plain `brief summarize` process.

    .venv/bin/python bench/bench_batch.py [--copies 10] [--repeat 2] [--workers 2] [--data FILE]

Builds a corpus from ../shared/eval/bbc_dev.jsonl (394 articles) replicated `--copies` times, as
article files in a temporary folder (ids made unique per copy), and measures in the same run:

1. throughput: `brief summarize FILES -f json` (one process) vs `brief batch FOLDER --workers 2`,
   alternating, `--repeat` times; the ratio of their wall times is the speed-up;
2. peak memory (RSS) of each process: the summarize process, the batch driver, each worker, for
   the full corpus and for a quarter of it (flat per worker means partitions stream);
3. a kill test: SIGKILL one worker a third of the way, then the whole run (its process group)
   two thirds of the way, rerun, and check every article is in the output exactly once.

Prints a Markdown report with `uptime` load at the start and end. Skips when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "bbc_dev.jsonl"
BRIEF = str(Path(sys.executable).parent / "brief")


@dataclass
class Run:
    """One timed command: wall seconds, and peak RSS (MiB) of the main process and its children."""

    seconds: float
    cpu: float
    main_mib: float
    worker_mib: list[float]
    code: int


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--copies", type=int, default=10, help="times to replicate the 394 articles"
    )
    parser.add_argument("--repeat", type=int, default=2, help="timed pairs to run")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=100)
    parser.add_argument("--data", type=Path, default=DATA, help="the bbc_dev.jsonl to replicate")
    parser.add_argument("--skip-kill", action="store_true", help="leave out the kill test")
    parser.add_argument(
        "--throughput-only", action="store_true", help="leave out the memory and kill tests"
    )
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found")
        return
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as scratch:
        work = Path(scratch)
        report(work, args)


def report(work: Path, args: argparse.Namespace) -> None:
    """Run every measurement and print the Markdown report."""
    lines = args.data.read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    full = build_folder(work / "full", records, args.copies)
    quarter = build_folder(work / "quarter", records, max(1, args.copies // 4))
    count = len(list(full.iterdir()))
    batch_args = ["--workers", str(args.workers), "--partition-size", str(args.partition_size)]
    print(f"# brief batch benchmark: {count} articles ({len(records)} x {args.copies})\n")
    print(f"- load at start: `{uptime()}`")
    print(
        f"- cores: {os.cpu_count()}; workers: {args.workers}; partition size: {args.partition_size}\n"
    )
    print(
        "| run | summarize s | batch s | **speed-up** | summarize CPU s | batch CPU s "
        "| batch cores used | art/s summarize | art/s batch |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    files = sorted(str(path) for path in full.iterdir())
    batches: list[Run] = []
    for number in range(1, args.repeat + 1):
        out = work / f"out-{number}"
        summarize = [BRIEF, "summarize", *files, "-f", "json"]
        batch_command = [BRIEF, "batch", str(full), "--out", str(out), *batch_args]
        if number % 2:  # alternate which goes first, so a change in the shared load hits both
            plain = timed(summarize, work / "plain.jsonl")
            batch = timed(batch_command, None)
        else:
            batch = timed(batch_command, None)
            plain = timed(summarize, work / "plain.jsonl")
        check_output(out, count)
        batches.append(batch)
        print(
            f"| {number} (load {load()}) | {plain.seconds:.1f} | {batch.seconds:.1f} | "
            f"**{plain.seconds / batch.seconds:.2f}×** | {plain.cpu:.0f} | {batch.cpu:.0f} | "
            f"{batch.cpu / batch.seconds:.2f} | {count / plain.seconds:.1f} | "
            f"{count / batch.seconds:.1f} |",
            flush=True,
        )
        shutil.rmtree(out)
    if args.throughput_only:
        print(f"\n- load at end: `{uptime()}`")
        return
    small_count = len(list(quarter.iterdir()))
    small = timed([BRIEF, "batch", str(quarter), "--out", str(work / "out-q"), *batch_args], None)
    print("\nPeak RSS (MiB):\n")
    print("| corpus | summarize process | batch driver | each batch worker |")
    print("|---|---|---|---|")
    print(f"| {small_count} articles | – | {small.main_mib:.0f} | {workers(small)} |")
    print(
        f"| {count} articles | {plain.main_mib:.0f} | {batches[-1].main_mib:.0f} | "
        f"{workers(batches[-1])} |"
    )
    if not args.skip_kill:
        print()
        archive = build_jsonl(work / "archive.jsonl", records, max(1, args.copies // 4))
        kill_test(work, archive, small_count, batch_args)
    print(f"\n- load at end: `{uptime()}`")


def build_folder(folder: Path, records: list[dict[str, str]], copies: int) -> Path:
    """Write `copies` of every record as article files, named uniquely per copy."""
    folder.mkdir(parents=True)
    for copy in range(copies):
        for record in records:
            (folder / f"{record['id']}-c{copy:02d}.txt").write_text(record["text"], "utf-8")
    return folder


def build_jsonl(path: Path, records: list[dict[str, str]], copies: int) -> Path:
    """Write `copies` of every record as one JSON Lines archive of `{id, text}`, ids unique."""
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(copies):
            for record in records:
                row = {"id": f"{record['id']}-c{copy:02d}", "text": record["text"]}
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def timed(command: list[str], stdout: Path | None) -> Run:
    """Run a command to the end, sampling the RSS of it and its children every 0.1 s."""
    sink = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=sink, stderr=subprocess.DEVNULL)
    peaks, cpu = watch(process)
    seconds = time.perf_counter() - started
    if stdout:
        sink.close()  # type: ignore[union-attr]
    main_peak = peaks.pop(process.pid, 0.0)
    return Run(seconds, cpu, main_peak, sorted(peaks.values(), reverse=True), process.returncode)


def watch(process: subprocess.Popen[bytes]) -> tuple[dict[int, float], float]:
    """Peak RSS in MiB of a process and each of its descendants until it ends, and the CPU
    seconds of the whole tree (workers are reaped by their nanny, so they count too)."""
    peaks: dict[int, float] = {}
    root = psutil.Process(process.pid)
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            break
        try:
            family = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            family = []
        for member in family:
            try:
                rss = member.memory_info().rss / 2**20
            except psutil.Error:
                continue
            peaks[member.pid] = max(peaks.get(member.pid, 0.0), rss)
        time.sleep(0.1)
    # Helpers that never load the model (a semaphore tracker, say) are not workers.
    workers = {pid: mib for pid, mib in peaks.items() if pid == process.pid or mib > 100}
    return workers, usage.ru_utime + usage.ru_stime


def workers(run: Run) -> str:
    return ", ".join(f"{mib:.0f}" for mib in run.worker_mib) or "–"


def check_output(out: Path, count: int) -> None:
    """Every article in the output exactly once, and the manifest agrees."""
    keys = [
        json.loads(line)["source"]["id"] or json.loads(line)["source"]["path"]
        for part in sorted(out.glob("part-*.jsonl"))
        for line in part.read_text("utf-8").splitlines()
    ]
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    if len(keys) != count or len(set(keys)) != count or manifest["briefed"] != count:
        raise SystemExit(f"output of {out} is wrong: {len(keys)} briefs, {len(set(keys))} distinct")


def kill_test(work: Path, archive: Path, count: int, batch_args: list[str]) -> None:
    """SIGKILL a worker at a third, the whole run at two thirds, rerun: complete, each once."""
    out = work / "out-kill"
    size = int(batch_args[batch_args.index("--partition-size") + 1])
    total = -(-count // size)
    command = [BRIEF, "batch", str(archive), "--out", str(out), *batch_args]
    run = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    wait_for_parts(out, total // 3, run)
    victim = max(
        psutil.Process(run.pid).children(recursive=True), key=lambda p: p.memory_info().rss
    )
    victim.send_signal(signal.SIGKILL)
    print(f"Kill test ({count} articles, {total} partitions):\n")
    print(f"- SIGKILL worker pid {victim.pid} after {done(out)} of {total} partitions")
    wait_for_parts(out, 2 * total // 3, run)
    before = done(out)
    family = psutil.Process(run.pid).children(recursive=True)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    time.sleep(1)
    survivors = [p for p in family if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    print(f"- SIGKILL the whole run (process group) after {before} of {total} partitions")
    rerun = timed(command, None)
    check_output(out, count)
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    print(
        f"- rerun: exit {rerun.code} in {rerun.seconds:.1f} s, resumed "
        f"{manifest['partitions']['resumed']} of {manifest['partitions']['total']} partitions; "
        f"output {manifest['briefed']} briefs = {count} articles, each exactly once "
        f"(checked by id); leftover processes after the kill: {len(survivors)}; "
        f"temporary files left: {len(list(out.glob('.*.tmp')))}"
    )


def wait_for_parts(out: Path, wanted: int, run: subprocess.Popen[bytes]) -> None:
    while done(out) < wanted:
        if run.poll() is not None:
            raise SystemExit("the run ended before it could be killed")
        time.sleep(0.2)


def done(out: Path) -> int:
    return len(list((out / "_partitions").glob("part-*.json"))) if out.exists() else 0


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


if __name__ == "__main__":
    main()
