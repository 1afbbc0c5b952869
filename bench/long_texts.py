"""Time and peak memory of `brief summarize` on long texts: 100 KB, 1 MB and 5 MB.

    .venv/bin/python bench/long_texts.py [--sizes 100k,1m,5m] [--kinds seed,eval]
        [--limit-mb N] [--keep DIR]

Kinds of text: `seed`, the seed article repeated whole (a long file with ordinary structure,
and the check that N copies brief as one document: every entity's mentions add up to N times
the seed's); `eval`, development articles of `/work/shared/eval/` joined with blank lines (a
long report of real prose; skipped when the folder is absent). Each run is a fresh
`python -m brief summarize FILE -f json` process, the model load included; peak memory is the
child's maximum resident set size. `--limit-mb` runs the child under that address-space limit
(`RLIMIT_AS`, as `ulimit -v` does). `--keep DIR` keeps each JSON brief, to compare two branches.
The machine is shared, so the load average is printed with the numbers.
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
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_11109ac5ee476577.txt"
EVAL = ROOT.parent / "shared" / "eval"
EVAL_SETS = ("polnear_dev.jsonl", "bbc_dev.jsonl", "cnndm_dev.jsonl")
SIZES = {"100k": 100_000, "1m": 1_000_000, "5m": 5_000_000}


def seed_text(size: int) -> tuple[str, int]:
    """Whole copies of the seed, as many as fit in `size` bytes (at least one), and the count."""
    seed = SEED.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    copies = max(1, size // len(seed.encode()))
    return seed * copies, copies


def eval_text(size: int) -> tuple[str, int]:
    """Development articles joined with blank lines, whole articles up to `size` bytes."""
    parts: list[str] = []
    total = 0
    while total < size:
        added = total
        for name in EVAL_SETS:
            for line in (EVAL / name).open(encoding="utf-8"):
                text = json.loads(line)["text"].strip() + "\n\n"
                if total + len(text.encode()) > size:
                    return "".join(parts), len(parts)
                parts.append(text)
                total += len(text.encode())
        if total == added:
            break
    return "".join(parts), len(parts)


KINDS: dict[str, Callable[[int], tuple[str, int]]] = {"seed": seed_text, "eval": eval_text}


def measure(path: Path, limit_mb: int | None, keep: Path | None) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS in MiB, exit code and stderr's last line of one `brief summarize`."""
    size = path.stat().st_size
    command = [sys.executable, "-m", "brief", "summarize", str(path), "-f", "json"]
    command += ["--max-bytes", str(size)]

    def limit() -> None:
        if limit_mb is not None:
            resource.setrlimit(resource.RLIMIT_AS, (limit_mb << 20, limit_mb << 20))

    out_path = (keep / f"{path.stem}.json") if keep else path.with_suffix(".json")
    started = time.perf_counter()
    with out_path.open("wb") as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=err, preexec_fn=limit)
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
    """Run each size and kind once and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1m,5m")
    parser.add_argument("--kinds", default="seed,eval")
    parser.add_argument("--limit-mb", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args()
    kinds = [k for k in args.kinds.split(",") if k != "eval" or EVAL.is_dir()]
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| text | bytes | exit | seconds | peak RSS MiB | note |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        one = Path(folder) / "seed_x1.txt"
        one.write_text(seed_text(0)[0], encoding="utf-8")
        measure(one, None, args.keep)
        for kind in kinds:
            for label in args.sizes.split(","):
                text, parts = KINDS[kind](SIZES[label])
                path = Path(folder) / f"{kind}_{label}.txt"
                path.write_text(text, encoding="utf-8")
                seconds, peak, code, last = measure(path, args.limit_mb, args.keep)
                note = last
                if kind == "seed" and code == 0:
                    kept = args.keep or Path(folder)
                    note = copies_add_up(kept / "seed_x1.json", kept / f"{path.stem}.json", parts)
                size = len(text.encode())
                print(f"| {kind} x{parts} | {size:,} | {code} | {seconds:.1f} | {peak:.0f} | {note} |")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
