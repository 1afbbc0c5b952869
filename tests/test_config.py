"""The config file: where it is looked for, what each setting may hold, and one clear line for
each way a file can be wrong. (How the commands combine it with their flags: cli/test_app.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.config import Config, config_path, load_config
from brief.errors import ConfigError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Config()),
        ("format: yaml\nsentences: 5\n", Config(format="yaml", sentences=5)),
        (
            "model: en_core_web_md\noutput_folder: /srv/d\n",
            Config(model="en_core_web_md", output_folder=Path("/srv/d")),
        ),
    ],
)
def test_config_settings(tmp_path: Path, text: str, expected: Config) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(text)
    assert load_config(path) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "format: pdf\n",
            "format must be one of terminal, markdown, yaml, json, jsonl, text, txt, md, yml, ndjson, not 'pdf'",
        ),
        ("sentences: 0\n", "sentences must be a whole number of at least 1"),
        ("sentences: yes\n", "sentences must be a whole number of at least 1"),
        ("- format\n", "expected settings like 'format: markdown', one per line"),
        ("format: [\n", "not valid YAML at line 2"),
    ],
)
def test_bad_config_says_what_is_wrong(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == f"{path}: {problem}"


def test_config_file_missing_at_the_usual_place_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert load_config() == Config()
    monkeypatch.setenv("BRIEF_CONFIG", str(tmp_path / "missing.yaml"))
    with pytest.raises(ConfigError, match="no such config file"):
        load_config()


def test_the_file_is_looked_for_in_brief_config_then_xdg_then_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    assert config_path() == tmp_path / "home" / ".config" / "brief" / "config.yaml"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_path() == tmp_path / "xdg" / "brief" / "config.yaml"
    monkeypatch.setenv("BRIEF_CONFIG", "~/cron/brief.yaml")
    assert config_path() == tmp_path / "home" / "cron" / "brief.yaml"


def test_a_file_at_the_usual_place_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEF_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "brief").mkdir()
    (tmp_path / "brief" / "config.yaml").write_text("sentences: 2\n", encoding="utf-8")
    assert load_config() == Config(sentences=2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("format: md\n", Config(format="markdown")),  # an alias gives its format's own name
        ("format: ndjson\n", Config(format="jsonl")),
        (
            "feeds:\n  - https://example.org/rss.xml\n  - HTTP://example.com/atom\n",
            Config(feeds=("https://example.org/rss.xml", "HTTP://example.com/atom")),
        ),
        ("# every line a comment\n", Config()),
    ],
)
def test_more_settings(tmp_path: Path, text: str, expected: Config) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_config(path) == expected


def test_the_output_folder_may_start_at_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    path = tmp_path / "config.yaml"
    path.write_text("output_folder: ~/news/digests\n", encoding="utf-8")
    assert load_config(path).output_folder == tmp_path / "news" / "digests"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "format: yaml\ncolour: blue\nbogus: 1\n",
            "unknown setting 'bogus' (known: feeds, format, memory, model, output_folder, sentences)",
        ),
        ("sentences: true\n", "sentences must be a whole number of at least 1"),
        ("sentences: 2.5\n", "sentences must be a whole number of at least 1"),
        ("model: 3\n", "model must be the name of an installed spaCy pipeline"),
        ("output_folder: [a, b]\n", "output_folder must be a folder path"),
        ("feeds: https://example.org/rss\n", "feeds must be a list of web addresses, one per line"),
        ("feeds:\n  - 42\n", "feeds must be a list of web addresses, one per line"),
        (
            "feeds:\n  - ftp://example.org/rss\n",
            "feeds: 'ftp://example.org/rss' is not an http(s) address",
        ),
        (
            "format: 3\n",
            "format must be one of terminal, markdown, yaml, json, jsonl, text, txt, md, yml, ndjson, not '3'",
        ),
    ],
)
def test_each_wrong_setting_is_named(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == f"{path}: {problem}"


def test_a_file_that_cannot_be_read_says_why(tmp_path: Path) -> None:
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("model: caf\u00e9\n".encode("latin-1"))
    with pytest.raises(ConfigError, match=r"latin\.yaml: cannot be read \("):
        load_config(latin)
    with pytest.raises(ConfigError, match=r": cannot be read \(.*Is a directory"):
        load_config(tmp_path)


def test_a_file_named_on_the_command_line_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load_config(tmp_path / "none.yaml")
    assert str(error.value) == f"{tmp_path / 'none.yaml'}: no such config file"
