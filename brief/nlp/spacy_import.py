"""Import spaCy without its command-line package: a third of the import, for code brief never runs."""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any


def import_spacy_without_its_cli() -> None:
    """Import spaCy, leaving its command-line package out until someone asks for it.

    `import spacy` imports `spacy.cli` only to re-export `spacy.info`, and with it weasel,
    requests, httpx and every `spacy` command: about a third of the spaCy import (~0.2 s of
    a ~1 s cold brief), for code brief never runs. A placeholder stands in for `spacy.cli`
    while spaCy initialises and is removed right after, so `import spacy.cli`, `spacy.cli`
    and `spacy.info()` still reach the real ones, imported on first use. When spaCy is
    already imported (a library user's own code did it), nothing changes.
    """
    if "spacy" in sys.modules:
        return
    placeholders = {
        "spacy.cli": types.ModuleType("spacy.cli"),
        "spacy.cli.info": types.ModuleType("spacy.cli.info"),
    }
    placeholders["spacy.cli"].__path__ = []
    vars(placeholders["spacy.cli.info"])["info"] = _spacy_info
    sys.modules.update(placeholders)
    try:
        module = importlib.import_module("spacy")
    finally:
        for name, placeholder in placeholders.items():
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
    module.__dict__.pop("cli", None)
    vars(module)["__getattr__"] = _spacy_attribute  # PEP 562: `spacy.cli` on first read


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _spacy_attribute(name: str) -> Any:
    """`spacy.cli`, imported when first read."""
    if name == "cli":
        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")
