"""Benchmark `brief digest` and `brief summarize` of many files: throughput against a bare
nlp.pipe script, memory, --jobs.

    .venv/bin/python bench/bench_digest.py [--eval ../shared/eval/bbc_dev.jsonl] [--repeat 2]

Writes every article of the evaluation file into a temporary folder (title, blank line, text;
never into the project), then, in the same run, times as separate processes:

- `bare`: a plain spaCy script (`spacy.load` of the same pipeline, `nlp.pipe` over the same
  texts with spaCy's default batching, each doc dropped): what any tool that parses every
  article with spaCy pays, and the baseline of the issues' "digest throughput / bare `nlp.pipe`"
  and of `bench_speed.py batch`;
- `bare32`: the same plain script with `batch_size=32`, brief's own batch size;
- `bare1blas`: the plain script with numpy's OpenBLAS on one thread (`OPENBLAS_NUM_THREADS=1`,
  which brief's command line sets for itself): what a bare script configured like brief pays,
  so that the setting's share of brief's lead shows;
- `model32`: brief's own pipeline (`brief.nlp.pipeline.load_pipeline`: the memoised attribute
  ruler and lemmatizer) run bare with `batch_size=32`: the floor of the digest's model pass, so
  that the digest's own cost (extraction, grouping, writing) shows apart from the model's;
- `brief digest DIR -o digest.md` with `--jobs 1` and `--jobs 2`;
- `brief summarize FILE... -f jsonl -o briefs.jsonl`: the same articles briefed as a user
  briefs many files (issue 29's "`brief summarize` of 200 articles / bare `nlp.pipe`", here
  as whole processes, as a user runs both);

each also over a folder of one article, so that start-up (Python, imports, loading the model)
can be subtracted: articles/s = (articles - 1) / (time - time on one article). `--jobs 2` on one
article would brief it in its own process (one chunk starts no workers), so its start-up is
taken on the first 8 articles instead, two chunks that start both workers. Peak memory (max RSS of the
process) at 100 articles and at all of them, for `--jobs 1` and for the bare script. The best of `--repeat` runs counts;
the machine is shared, so compare the ratios, which are measured side by side; the spread
of the digest's ratio to bare over the rounds (each round's own times) is printed beside it.

The digests remember their stories in a state folder of their own in the temporary folder
(`XDG_STATE_HOME`), never the user's: every round after the first finds the memory of the
one before, as a scheduled digest finds yesterday's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The evaluation data sits beside the project (../shared/eval), or beside its worktree folder.
EVAL = next(
    (
        folder / "shared" / "eval" / "bbc_dev.jsonl"
        for folder in ROOT.parents
        if (folder / "shared" / "eval" / "bbc_dev.jsonl").exists()
    ),
    ROOT.parent / "shared" / "eval" / "bbc_dev.jsonl",
)

# Each baseline script takes the folder of articles; `{load}` and `{batch}` are filled per kind.
BASELINE = """
import sys
from pathlib import Path
{load}
texts = (path.read_text(encoding="utf-8") for path in sorted(Path(sys.argv[1]).glob("*.txt")))
for doc in pipeline.pipe(texts{batch}):
    pass
"""
PLAIN_SPACY = "import spacy\nfrom brief.nlp.pipeline import DEFAULT_MODEL\npipeline = spacy.load(DEFAULT_MODEL)"
ONE_BLAS_THREAD = "import os\nos.environ['OPENBLAS_NUM_THREADS'] = '1'\n"
BRIEF_MODEL = (
    "from brief.nlp import pipeline as nlp\npipeline = nlp.load_pipeline(nlp.model_name())"
)
# Articles whose time counts as start-up, per kind of command (default 1): `--jobs 2` starts its
# workers only for two chunks or more, which 8 articles make.
START_UP = {"digest2": 8}
BASELINES = {
    "bare": BASELINE.format(load=PLAIN_SPACY, batch=""),
    "bare32": BASELINE.format(load=PLAIN_SPACY, batch=", batch_size=32"),
    "bare1blas": BASELINE.format(load=ONE_BLAS_THREAD + PLAIN_SPACY, batch=""),
    "model32": BASELINE.format(load=BRIEF_MODEL, batch=", batch_size=32"),
}


def main() -> None:
    """Run every measurement and print a Markdown table of the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=EVAL, help="a JSONL file of articles")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each measurement")
    args = parser.parse_args()
    if not args.eval.exists():
        sys.exit(f"{args.eval}: not found (the evaluation data lives beside the project)")
    with tempfile.TemporaryDirectory(prefix="bench-digest-") as scratch:
        folders = write_articles(args.eval, Path(scratch))
        rounds = measure(folders, Path(scratch), args.repeat)
        spreads = {baseline: spread(rounds, folders, baseline) for baseline in BASELINES}
        report(best_of(rounds), folders, spreads)


def write_articles(source: Path, scratch: Path) -> dict[str, Path]:
    """All articles in `all/`, the first 100 in `first100/`, 8 in `first8/`, one in `one/`."""
    folders = {name: scratch / name for name in ("all", "first100", "first8", "one")}
    for folder in folders.values():
        folder.mkdir()
    with source.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            record = json.loads(line)
            title = record.get("title")
            text = f"{title}\n\n{record['text']}\n" if title else record["text"]
            name = f"{index:04d}.txt"
            (folders["all"] / name).write_text(text, encoding="utf-8")
            for folder, size in (("first100", 100), ("first8", START_UP["digest2"]), ("one", 1)):
                if index < size:
                    (folders[folder] / name).write_text(text, encoding="utf-8")
    return folders


def run(command: list[str], state: Path) -> tuple[float, int, float]:
    """Wall time in seconds, peak RSS in MiB and CPU seconds (user and system, the process and
    its workers) of one command (which must succeed), with `state` as its state folder."""
    start = time.perf_counter()
    # Every command starts from numpy's default BLAS threads; brief's command line sets its own.
    environment = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    environment["XDG_STATE_HOME"] = str(state)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=environment)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"failed ({process.returncode}): {' '.join(command)}")
    return elapsed, usage.ru_maxrss // 1024, usage.ru_utime + usage.ru_stime


def measure(
    folders: dict[str, Path], scratch: Path, repeat: int
) -> list[dict[str, tuple[float, int, float]]]:
    """Each command's time and peak memory in each of `repeat` interleaved rounds."""
    output = str(scratch / "digest.md")
    digest = [sys.executable, "-m", "brief", "digest"]
    commands = {
        f"{kind}/{folder}": [sys.executable, "-c", script, str(folders[folder])]
        for kind, script in BASELINES.items()
        for folder in ("one", "all", "first100")
        if folder != "first100" or kind == "bare"
    }
    summarize = [sys.executable, "-m", "brief", "summarize", "-f", "jsonl"]
    summarize += ["-o", str(scratch / "briefs.jsonl")]
    commands |= {
        f"summarize/{folder}": [*summarize, *sorted(map(str, folders[folder].glob("*.txt")))]
        for folder in ("one", "all")
    }
    commands |= {
        "digest/one": [*digest, str(folders["one"]), "-o", output],
        "digest/all": [*digest, str(folders["all"]), "-o", output],
        "digest/first100": [*digest, str(folders["first100"]), "-o", output],
        "digest2/start": [*digest, str(folders["first8"]), "-o", output, "--jobs", "2"],
        "digest2/all": [*digest, str(folders["all"]), "-o", output, "--jobs", "2"],
    }
    state = scratch / "state"
    return [
        {name: run(command, state) for name, command in commands.items()} for _ in range(repeat)
    ]


def best_of(
    rounds: list[dict[str, tuple[float, int, float]]],
) -> dict[str, tuple[float, int, float]]:
    """Each command's best time (and its peak memory) over the rounds."""
    return {name: min(one[name] for one in rounds) for name in rounds[0]}


def rate(times: dict[str, tuple[float, int, float]], kind: str, count: int) -> float:
    """Articles per second after start-up of one kind of command ("bare", "digest", ...)."""
    start = START_UP.get(kind, 1)
    start_up = times[f"{kind}/start"] if f"{kind}/start" in times else times[f"{kind}/one"]
    return (count - start) / (times[f"{kind}/all"][0] - start_up[0])


def spread(
    rounds: list[dict[str, tuple[float, int, float]]], folders: dict[str, Path], baseline: str
) -> str:
    """The digest's (--jobs 1) throughput after start-up as a share of a baseline's, in each
    round: by wall time, then by CPU seconds (which the load of a shared machine skews less)."""
    count = len(list(folders["all"].iterdir()))
    ratios = [rate(one, "digest", count) / rate(one, baseline, count) for one in rounds]
    by_cpu = [_after_start(one, baseline) / _after_start(one, "digest") for one in rounds]
    wall = ", ".join(f"{ratio:.2f}×" for ratio in ratios)
    return f"{wall}; by CPU seconds {', '.join(f'{ratio:.2f}×' for ratio in by_cpu)}"


def _after_start(times: dict[str, tuple[float, int, float]], kind: str) -> float:
    """CPU seconds of one kind of command over all articles, less those over one article."""
    return times[f"{kind}/all"][2] - times[f"{kind}/one"][2]


def report(
    best: dict[str, tuple[float, int, float]], folders: dict[str, Path], rounds: dict[str, str]
) -> None:
    """Print the results as a Markdown table, with the machine's load and each round's
    ratio of digest to each baseline."""
    count = len(list(folders["all"].iterdir()))
    bare, one, two = (rate(best, kind, count) for kind in ("bare", "digest", "digest2"))

    print(f"articles: {count}; load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
    print()
    print("| measure | value |")
    print("|---|---|")
    print(
        f"| bare nlp.pipe, wall (1 article) | {best['bare/all'][0]:.1f} s ({best['bare/one'][0]:.1f} s) |"
    )
    print(
        f"| digest --jobs 1, wall (1 article) | {best['digest/all'][0]:.1f} s ({best['digest/one'][0]:.1f} s) |"
    )
    print(
        f"| digest --jobs 2, wall (8 articles) | {best['digest2/all'][0]:.1f} s ({best['digest2/start'][0]:.1f} s) |"
    )
    print(f"| bare nlp.pipe, articles/s after start-up | {bare:.1f} |")
    print(f"| digest --jobs 1, articles/s after start-up | {one:.1f} ({one / bare:.2f}× bare) |")
    for baseline, each_round in rounds.items():
        ratio = one / rate(best, baseline, count)
        print(f"| digest --jobs 1 ÷ {baseline}, best; each round | {ratio:.2f}×; {each_round} |")
    print(f"| digest --jobs 2, articles/s after start-up | {two:.1f} ({two / one:.2f}× jobs 1) |")
    each = rate(best, "summarize", count)
    ratios = "; ".join(
        f"{each / rate(best, baseline, count):.2f}× {baseline}" for baseline in BASELINES
    )
    print(f"| summarize -f jsonl, articles/s after start-up | {each:.1f} ({ratios}) |")
    print(
        "| summarize -f jsonl, wall incl. start-up vs bare | "
        f"{best['bare/all'][0] / best['summarize/all'][0]:.2f}× |"
    )
    print(
        f"| digest --jobs 1, wall incl. start-up vs bare | {best['bare/all'][0] / best['digest/all'][0]:.2f}× |"
    )
    low, high = best["digest/first100"][1], best["digest/all"][1]
    print(
        f"| digest --jobs 1 peak RSS, 100 → {count} articles | {low} → {high} MiB ({(high - low) / low:+.1%}) |"
    )
    low, high = best["bare/first100"][1], best["bare/all"][1]
    print(
        f"| bare nlp.pipe peak RSS, 100 → {count} articles | {low} → {high} MiB ({(high - low) / low:+.1%}) |"
    )


if __name__ == "__main__":
    main()
