"""The English word frequencies read back from brief's cache are wordfreq's own."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from wordfreq import get_frequency_dict

from brief import cache, frequencies


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and no table loaded in this process."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENVIRONMENT_VARIABLE, str(folder))
    frequencies.zipf_table.cache_clear()
    yield folder
    frequencies.zipf_table.cache_clear()


def _wordfreq_zipf() -> dict[str, float]:
    return {word: math.log10(value) + 9 for word, value in get_frequency_dict("en").items()}


def test_the_table_read_back_is_wordfreqs_to_the_last_bit(cache_folder: Path) -> None:
    built = frequencies.zipf_table()
    assert len(list(cache_folder.glob("word-frequencies-*.json"))) == 1
    frequencies.zipf_table.cache_clear()
    read = frequencies.zipf_table()  # from the file this time
    expected = _wordfreq_zipf()
    assert read == built == expected
    assert len(read) > 300_000
    assert read["the"] > read["earthquake"] > read["aftershock"] > 1.0


def test_without_a_cache_the_table_is_built_in_memory(
    cache_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = cache_folder.parent / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(cache.CACHE_ENVIRONMENT_VARIABLE, str(blocked))
    assert frequencies.zipf_table()["earthquake"] == _wordfreq_zipf()["earthquake"]


@pytest.mark.slow
def test_a_second_process_reads_the_cache_without_importing_wordfreq(
    cache_folder: Path, in_fresh_process: Callable[[str, Path], str]
) -> None:
    frequencies.zipf_table()
    script = (
        "import sys\n"
        "from brief.frequencies import zipf_table\n"
        "print(round(zipf_table()['earthquake'], 2), 'wordfreq' in sys.modules)\n"
    )
    printed = in_fresh_process(script, cache_folder)
    assert printed.split() == [str(round(_wordfreq_zipf()["earthquake"], 2)), "False"]


def test_the_cache_is_keyed_by_wordfreqs_files() -> None:
    key = frequencies.source_key()
    assert "wordfreq/__init__.py" in key
    assert "large_en.msgpack.gz" in key
    assert cache.cache_path("word-frequencies", key) != cache.cache_path("x", key)
