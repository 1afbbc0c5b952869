"""JSON and YAML: the `brief/2` records, the same data in both."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from brief.render.formats import Format
from brief.render.text import UNSAFE

if TYPE_CHECKING:
    import yaml


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
    import yaml  # only for YAML: JSON output never pays for the import

    return yaml.dump(
        data,
        Dumper=_safe_dumper(),
        sort_keys=False,
        allow_unicode=True,
        width=100,
        explicit_start=True,
    )


@cache
def _safe_dumper() -> type[yaml.SafeDumper]:
    """`yaml.safe_dump`'s dumper, except that text holding a Unicode line break is double-quoted.

    PyYAML may write such text single-quoted, where a NEL (U+0085) folds into a space when the
    document is loaded; in double quotes it is written as an escape and loads back unchanged.
    """
    import yaml

    class SafeDumper(yaml.SafeDumper):
        pass

    SafeDumper.add_representer(str, _represent_text)
    return SafeDumper


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = '"' if _UNICODE_BREAKS.search(text) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_UNICODE_BREAKS = re.compile("[\x85\u2028\u2029]")

# Each data format's writer: one record in, one whole document (ending in a newline) out.
WRITERS: dict[Format, Callable[[dict[str, Any]], str]] = {
    "yaml": _yaml,
    "json": lambda data: _json(data, indent=2) + "\n",
    "jsonl": lambda data: _json(data, indent=None) + "\n",
}
