"""Make spaCy cheap to start: import it without its command-line package or srsly's YAML, read
entry points once, and (in brief's own processes) start no BLAS thread pool.

Each leaves spaCy's behaviour as it is; they only skip work whose result brief never uses or
already has.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from typing import Any

# The environment variable numpy's OpenBLAS reads, once, when numpy is first imported.
BLAS_THREADS_VARIABLE = "OPENBLAS_NUM_THREADS"


def one_blas_thread() -> None:
    """Have numpy's OpenBLAS start no thread pool in this process and the workers it starts,
    unless the user set `OPENBLAS_NUM_THREADS` themselves; call it before numpy is imported.

    brief uses the cores with processes (`--jobs`, Dask), and OpenBLAS's pool of one thread per
    core only costs it: starting the pool is ~40 % of `import numpy` (~55 ms of a ~1 s cold
    brief), and with it spaCy's model pass takes ~10 % more CPU (120 BBC articles, bare spaCy
    and brief alike, 2 cores). Only the command line calls this: a library user's process
    keeps its BLAS threads. The briefs of the 1,740 evaluation articles are byte-identical
    either way.
    """
    os.environ.setdefault(BLAS_THREADS_VARIABLE, "1")


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
    import_srsly_without_its_yaml()
    placeholders = {
        "spacy.cli": types.ModuleType("spacy.cli"),
        "spacy.cli.info": types.ModuleType("spacy.cli.info"),
    }
    placeholders["spacy.cli"].__path__ = []
    vars(placeholders["spacy.cli.info"])["info"] = _spacy_info
    module = _import_with_placeholders("spacy", placeholders)
    module.__dict__.pop("cli", None)
    vars(module)["__getattr__"] = _spacy_attribute  # PEP 562: `spacy.cli` on first read


def import_srsly_without_its_yaml() -> None:
    """Import srsly (spaCy's serialisers), leaving its YAML reader out until one is called.

    `import srsly` imports its bundled ruamel.yaml for `srsly.read_yaml` and the like, which
    only spaCy's and weasel's command lines call: ~25 ms of a cold brief. While srsly
    initialises, a placeholder stands in for `srsly._yaml_api`, so `srsly.read_yaml` and the
    other YAML functions become stand-ins that import the real ones when first called; the
    placeholder is removed right after, so `import srsly._yaml_api` reaches the real module.
    When srsly is already imported, nothing changes.
    """
    if "srsly" in sys.modules:
        return
    placeholder = types.ModuleType("srsly._yaml_api")
    vars(placeholder)["__getattr__"] = _yaml_function
    _import_with_placeholders("srsly", {"srsly._yaml_api": placeholder})


def _import_with_placeholders(name: str, placeholders: dict[str, types.ModuleType]) -> Any:
    """Import module `name` while `placeholders` stand in for some of its submodules."""
    sys.modules.update(placeholders)
    try:
        return importlib.import_module(name)
    finally:
        for submodule, placeholder in placeholders.items():
            if sys.modules.get(submodule) is placeholder:
                del sys.modules[submodule]


def read_entry_points_once() -> None:
    """Have catalogue (spaCy's registries) select each group of entry points once, not per lookup.

    catalogue snapshots the installed packages' entry points when it is imported, then selects
    a registry's group out of that snapshot on every lookup: loading the pipeline looks up
    srsly's msgpack decoders ~90 times, each a scan of every entry point of every installed
    package (~30 ms of CPU per start). The selection is kept per group and per snapshot, so a
    snapshot replaced later (as tests do) is read afresh; the entry points themselves are still
    loaded on every lookup, as before. Calling this again changes nothing.
    """
    import catalogue  # type: ignore[import-untyped]

    registry = catalogue.Registry
    if getattr(registry._get_entry_points, "reads_once", False):
        return
    select = registry._get_entry_points
    selected: dict[tuple[int, str], list[Any]] = {}

    def entry_points(self: catalogue.Registry) -> list[Any]:
        key = (id(catalogue.AVAILABLE_ENTRY_POINTS), self.entry_point_namespace)
        if key not in selected:
            selected[key] = list(select(self))
        return selected[key]

    vars(entry_points)["reads_once"] = True
    registry._get_entry_points = entry_points


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _yaml_function(name: str) -> Any:
    """A stand-in for srsly's YAML function `name`, which imports the real one when called."""
    if name.startswith("__"):
        raise AttributeError(name)

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module("srsly._yaml_api"), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


def _spacy_attribute(name: str) -> Any:
    """`spacy.cli`, imported when first read."""
    if name == "cli":
        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")
