"""JSON and YAML: the `brief/1` records, the same data in both."""

from __future__ import annotations

import json
from collections.abc import Sequence

import yaml

from brief.model import Brief


def to_json(briefs: Sequence[Brief]) -> str:
    """One brief as indented JSON; several as JSON Lines, one compact record per line."""
    if len(briefs) == 1:
        return json.dumps(briefs[0].to_dict(), ensure_ascii=False, indent=2) + "\n"
    return "".join(to_json_line(brief) for brief in briefs)


def to_json_line(brief: Brief) -> str:
    """One brief as one compact JSON Lines record, newline included."""
    return json.dumps(brief.to_dict(), ensure_ascii=False) + "\n"


def to_yaml(briefs: Sequence[Brief]) -> str:
    """YAML documents, one per brief, written by `safe_dump` so any text loads back unchanged."""
    return yaml.safe_dump_all(
        (brief.to_dict() for brief in briefs), sort_keys=False, allow_unicode=True, width=100
    )
