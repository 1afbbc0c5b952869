"""Time and peak memory of `brief summarize` on long texts: 100 KB, 1 MB and 5 MB.

    .venv/bin/python bench/long_texts.py [--sizes 100k,1m,5m] [--kinds seed,eval]
        [--limit-mb N] [--keep DIR] [--before DIR] [--eval-dir DIR]

Kinds of text: `seed`, the seed article repeated whole (a long file with ordinary structure,
and the check that N copies brief as one document: every entity's mentions add up to N times
the seed's); `eval`, development articles of `/work/shared/eval/` joined with blank lines (a
long report of real prose; skipped when the folder is absent). Each run is a fresh
`python -m brief summarize FILE -f json` process, the model load included; peak memory is the
child's maximum resident set size. `--limit-mb` runs the child under that address-space limit
(`RLIMIT_AS`, as `ulimit -v` does). `--before DIR` also runs the `brief` of another checkout
(e.g. `git archive main | tar -x -C DIR`) on each text, right before this one, so both see the
same load on a shared machine; `--keep DIR` keeps each JSON brief to compare them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_11109ac5ee476577.txt"
EVAL = ROOT.parent / "shared" / "eval"  # from a worktree: --eval-dir /work/shared/eval
EVAL_SETS = ("polnear_dev.jsonl", "bbc_dev.jsonl", "cnndm_dev.jsonl")
SIZES = {"100k": 100_000, "1m": 1_000_000, "5m": 5_000_000}


def seed_text(size: int) -> tuple[str, int]:
    """Whole copies of the seed, as many as fit in `size` bytes (at least one), and the count."""
    seed = SEED.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    copies = max(1, size // len(seed.encode()))
    return seed * copies, copies


def eval_text(size: int, folder: Path = EVAL) -> tuple[str, int]:
    """Development articles joined with blank lines, whole articles up to `size` bytes."""
    parts: list[str] = []
    total = 0
    while total < size:
        added = total
        for name in EVAL_SETS:
            for line in (folder / name).open(encoding="utf-8"):
                text = json.loads(line)["text"].strip() + "\n\n"
                if total + len(text.encode()) > size:
                    return "".join(parts), len(parts)
                parts.append(text)
                total += len(text.encode())
        if total == added:
            break
    return "".join(parts), len(parts)


def measure(
    path: Path, out_path: Path, root: Path, limit_mb: int | None
) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS in MiB, exit code and stderr's last line of one `brief summarize`
    run from the checkout at `root` (`python -m` imports `brief` from the working folder)."""
    size = path.stat().st_size
    command = [sys.executable, "-m", "brief", "summarize", str(path), "-f", "json"]
    command += ["--max-bytes", str(size)]

    def limit() -> None:
        if limit_mb is not None:
            resource.setrlimit(resource.RLIMIT_AS, (limit_mb << 20, limit_mb << 20))

    started = time.perf_counter()
    with out_path.open("wb") as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, cwd=root, stdout=out, stderr=err, preexec_fn=limit)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        err.seek(0)
        lines = err.read().decode(errors="replace").strip().splitlines()
    code = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, code, lines[-1] if lines else ""


def copies_add_up(one: Path, many: Path, copies: int) -> str:
    """Whether each entity of the seed's brief has `copies` times its mentions in the long one."""
    single = {e["name"]: e["mentions"] for e in json.loads(one.read_text())["entities"]}
    long = {e["name"]: e["mentions"] for e in json.loads(many.read_text())["entities"]}
    short = [name for name, count in single.items() if long.get(name) != count * copies]
    extra = sorted(set(long) - set(single))
    zelensky = next((name for name in long if "Zelensky" in name), None)
    mentions = f"{zelensky}: {long.get(zelensky or '')} = {copies} x {single.get(zelensky or '')}"
    return (
        f"{mentions}; {len(single) - len(short)}/{len(single)} entities add up"
        + (f" (not: {', '.join(short)})" if short else "")
        + (f"; {len(extra)} entities not in the seed's brief" if extra else "")
    )


def main() -> None:
    """Run each size and kind once (and once more with `--before`) and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1m,5m")
    parser.add_argument("--kinds", default="seed,eval")
    parser.add_argument("--limit-mb", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--before", type=Path, default=None)
    parser.add_argument("--eval-dir", type=Path, default=EVAL)
    args = parser.parse_args()
    kinds = [k for k in args.kinds.split(",") if k != "eval" or args.eval_dir.is_dir()]
    roots = [("before", args.before)] if args.before else []
    roots.append(("after" if args.before else "this", ROOT))
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| code | text | bytes | exit | seconds | peak RSS MiB | note |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        one = folder / "seed_x1.txt"
        one.write_text(seed_text(0)[0], encoding="utf-8")
        for kind in kinds:
            for label in args.sizes.split(","):
                if kind == "seed":
                    text, parts = seed_text(SIZES[label])
                else:
                    text, parts = eval_text(SIZES[label], args.eval_dir)
                path = folder / f"{kind}_{label}.txt"
                path.write_text(text, encoding="utf-8")
                for name, root in roots:
                    out = folder / f"{kind}_{label}.{name}.json"
                    seconds, peak, code, note = measure(path, out, root, args.limit_mb)
                    if kind == "seed" and code == 0:
                        single = folder / f"seed_x1.{name}.json"
                        if not single.exists():
                            measure(one, single, root, None)
                        note = copies_add_up(single, out, parts)
                    size = f"{len(text.encode()):,}"
                    print(f"| {name} | {kind} x{parts} | {size} | {code} | {seconds:.1f} "
                          f"| {peak:.0f} | {note} |", flush=True)  # fmt: skip
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
