"""The seed's whole brief against a golden file, changed only on purpose.

Regenerate after an intended change with:  BRIEF_UPDATE_GOLDEN=1 make unit
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from brief import Brief
from brief.render import render

GOLDEN = Path(__file__).parent / "golden" / "seed.json"


def test_seed_brief_matches_golden(seed_brief: Brief) -> None:
    actual = render([seed_brief], "json")
    if os.environ.get("BRIEF_UPDATE_GOLDEN"):
        GOLDEN.write_text(actual, encoding="utf-8")
    assert json.loads(actual) == json.loads(GOLDEN.read_text(encoding="utf-8"))
