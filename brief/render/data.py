"""JSON and YAML: the `brief/1` records, the same data in both."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import yaml

from brief.records import Brief
from brief.render.text import UNSAFE


def to_json(briefs: Sequence[Brief]) -> str:
    """One brief as indented JSON; several as JSON Lines, one compact record per line."""
    if len(briefs) == 1:
        return _dumps(briefs[0], indent=2) + "\n"
    return "".join(to_json_line(brief) for brief in briefs)


def to_json_line(brief: Brief) -> str:
    """One brief as one compact JSON Lines record, newline included."""
    return _dumps(brief) + "\n"


def _dumps(brief: Brief, *, indent: int | None = None) -> str:
    """JSON that keeps letters readable but escapes every character unsafe on a terminal.

    `json` escapes C0 controls (ESC among them) but writes DEL, C1 controls (CSI), bidi
    overrides and lone surrogates raw; they can only occur inside strings, so escaping them
    there keeps the JSON valid and loading it gives back the same text.
    """
    text = json.dumps(brief.to_dict(), ensure_ascii=False, indent=indent)
    return UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def to_yaml(briefs: Sequence[Brief]) -> str:
    """YAML documents, one per brief, written by a safe dumper so any text loads back unchanged."""
    return yaml.dump_all(
        (brief.to_dict() for brief in briefs),
        Dumper=_SafeDumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
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
