"""Time and peak memory of `brief summarize` on oversized inputs, against the seed as a baseline.

    .venv/bin/python bench/hostile_sizes.py [--runs 2] [--skip-1mb]

Cases: the seed article (baseline); a 1 MB file that is one single line; the seed repeated to
1 MB (a long file with ordinary structure); a 50 MB file, which the default size limit refuses
before reading it. Each run is a fresh `python -m brief` process (the model load is included);
peak memory is the child's maximum resident set size. The machine is shared, so the load
average is printed next to the numbers and the seed's time is the yardstick.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_11109ac5ee476577.txt"
ONE_LINE = "The council said the plan would cost 5 million dollars and Bob Smith agreed "
MEGABYTE = 1_000_000


def build_cases(folder: Path, skip_1mb: bool) -> list[tuple[str, Path, list[str]]]:
    """The input files, written into `folder`, each with extra command-line arguments."""
    seed = SEED.read_bytes()
    cases = [("seed article (baseline)", SEED, [])]
    if not skip_1mb:
        line = folder / "one_line_1mb.txt"
        line.write_bytes((ONE_LINE * (MEGABYTE // len(ONE_LINE) + 1)).encode()[:MEGABYTE])
        long = folder / "seed_x300_1mb.txt"
        long.write_bytes((seed * (MEGABYTE // len(seed) + 1))[:MEGABYTE])
        cases += [("1 MB, one single line", line, []), ("1 MB, seed repeated", long, [])]
    huge = folder / "fifty_mb.txt"
    huge.write_bytes((seed * (50 * MEGABYTE // len(seed) + 1))[: 50 * MEGABYTE])
    cases.append(("50 MB (refused by the limit)", huge, []))
    return cases


def measure(path: Path, extra: list[str]) -> tuple[float, float, int, int]:
    """Wall seconds, peak RSS in MB, exit code and output bytes of one `brief summarize`."""
    command = [sys.executable, "-m", "brief", "summarize", str(path), "-f", "json", *extra]
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        size = out.seek(0, os.SEEK_END)
    return seconds, usage.ru_maxrss / 1024, process.returncode, size


def main() -> None:
    """Run every case `--runs` times and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--skip-1mb", action="store_true", help="only the quick cases")
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| case | exit | seconds (each run) | × seed | peak RSS MB | output bytes |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        baseline = None
        for name, path, extra in build_cases(Path(folder), args.skip_1mb):
            results = [measure(path, extra) for _ in range(args.runs)]
            best = min(seconds for seconds, *_ in results)
            baseline = baseline or best
            times = ", ".join(f"{seconds:.1f}" for seconds, *_ in results)
            peak = max(rss for _, rss, *_ in results)
            code, size = results[-1][2], results[-1][3]
            print(f"| {name} | {code} | {times} | {best / baseline:.1f} | {peak:.0f} | {size:,} |")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
