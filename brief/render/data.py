"""JSON and YAML: the `brief/2` records, the same data in both."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import yaml

from brief.render.formats import Format
from brief.render.text import UNSAFE


def document(data: dict[str, Any], fmt: Format) -> str:
    """One record, whole, in a data format: indented JSON, one JSON line, or a YAML document.

    Briefs and digest records go through here alike, so every record gets the same escaping.
    A YAML document starts with `---`, so documents simply follow one another.
    """
    return WRITERS[fmt](data)


def _json(data: dict[str, Any], *, indent: int | None) -> str:
    """JSON that keeps letters readable but escapes every character unsafe on a terminal.

    `json` escapes C0 controls (ESC among them) but writes DEL, C1 controls (CSI), bidi
    overrides and lone surrogates raw; they can only occur inside strings, so escaping them
    there keeps the JSON valid and loading it gives back the same text.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _yaml(data: dict[str, Any]) -> str:
    """A YAML document written by a safe dumper, so any text loads back unchanged."""
    return yaml.dump(
        data,
        Dumper=_SafeDumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        explicit_start=True,
    )


class _SafeDumper(yaml.SafeDumper):
    """`yaml.safe_dump`'s dumper, except that text holding a Unicode line break is double-quoted.

    PyYAML may write such text single-quoted, where a NEL (U+0085) folds into a space when the
    document is loaded; in double quotes it is written as an escape and loads back unchanged.
    """


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = '"' if _UNICODE_BREAKS.search(text) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_UNICODE_BREAKS = re.compile("[\x85\u2028\u2029]")
_SafeDumper.add_representer(str, _represent_text)

# Each data format's writer: one record in, one whole document (ending in a newline) out.
WRITERS: dict[Format, Callable[[dict[str, Any]], str]] = {
    "yaml": _yaml,
    "json": lambda data: _json(data, indent=2) + "\n",
    "jsonl": lambda data: _json(data, indent=None) + "\n",
}
