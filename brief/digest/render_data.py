"""A digest as JSON Lines or YAML documents: each article's `brief/1` record in input order,
then one `brief-digest/1` record with what spans them. Each record is rendered on its own,
so a digest run can write them as they come."""

from __future__ import annotations

import json
from typing import Any

import yaml

from brief.digest.builder import Digest
from brief.records import Brief


def article_record(brief: Brief, fmt: str) -> str:
    """One article's brief as a JSON line or a YAML document."""
    return _record(brief.to_dict(), fmt)


def digest_record(digest: Digest, fmt: str) -> str:
    """The digest's cross-article record as a JSON line or a YAML document."""
    return _record(digest.to_dict(), fmt)


def _record(data: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False) + "\n"
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, explicit_start=True)
