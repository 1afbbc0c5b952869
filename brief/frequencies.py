"""English word frequencies, as Zipf values, kept in brief's cache.

The digest weighs a word by how rare it is in English at large, from wordfreq's "best" English
list. Reading that list through wordfreq costs about half a second in every digest: importing
wordfreq (its tokenizer's expressions, a stack inspection to find its data) and unpacking its
table. The table never changes for one wordfreq version, so it is kept in brief's cache
(`brief.cache`) in wordfreq's own packed form: one list of words per frequency step of one
centibel. Read back, it is the same table in a tenth of the time, and wordfreq is imported
only when the cache is built.

A word's Zipf value is computed as wordfreq computes its frequency (10 ** (-step / 100)),
so the values are exactly those of `wordfreq.get_frequency_dict` (a test compares them).
"""

from __future__ import annotations

import importlib.util
import math
from functools import cache
from pathlib import Path

from brief.cache import Index, cached

LANGUAGE = "en"
WORDLIST = "best"


@cache
def zipf_table() -> dict[str, float]:
    """Every word of the English list with its Zipf frequency (9 + log10 of its frequency)."""
    steps = cached("word-frequencies", source_key(), build_steps)
    return {
        word: zipf
        for step, words in steps.items()
        for zipf in (math.log10(10 ** (-int(step) / 100)) + 9,)
        for word in words
    }


def source_key() -> str:
    """What the table is built from: wordfreq's code and its English lists, each by path, size
    and time of change (read without importing wordfreq, and faster than its metadata)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return "wordfreq missing"  # build_steps then raises the import error itself
    package = Path(spec.origin).parent
    files = [package / "__init__.py", *sorted((package / "data").glob(f"*_{LANGUAGE}.msgpack.gz"))]
    return " ".join(_stamp(path) for path in files) + f" {WORDLIST}"


def _stamp(path: Path) -> str:
    try:
        status = path.stat()
    except OSError:
        return f"{path} missing"
    return f"{path} {status.st_size} {status.st_mtime_ns}"


def build_steps() -> Index:
    """wordfreq's packed list: the words at each frequency step (in centibels below 1.0)."""
    from wordfreq import get_frequency_list

    packed = get_frequency_list(LANGUAGE, wordlist=WORDLIST)
    return {str(step): list(words) for step, words in enumerate(packed) if words}
