"""The package's layers: every import points down, and no module imports itself back.

The layers, top first, are those of docs/architecture.md. A module may import from its own
layer and the layers under it, never from one above: a reader can then learn the package from
the bottom up, and a change low down never has to know who calls it. Imports inside functions
and under `TYPE_CHECKING` count too: they are dependencies all the same.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "brief"

# Top first. A layer names packages and modules; a module belongs to the longest name that
# holds it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("brief.cli", "brief.__main__", "brief.console"),
    ("brief",),  # the library's front door: brief/__init__.py
    ("brief.summarize_run", "brief.digest", "brief.batch"),
    ("brief.stream",),
    ("brief.briefing",),
    ("brief.inputs",),
    ("brief.extract",),
    ("brief.summarizer", "brief.parsed", "brief.layout", "brief.quote_marks"),
    ("brief.nlp",),
    ("brief.config",),
    ("brief.render",),
    (
        "brief.records",
        "brief.errors",
        "brief.limits",
        "brief.output",
        "brief.version",
        "brief.cache",
        "brief.frequencies",
        "brief.collector",
        "brief.apart",
    ),
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(module: str) -> set[str]:
    """The package's modules that `module` imports (by name, anywhere in its file)."""
    found = set()
    for node in ast.walk(ast.parse(MODULES[module].read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
            found |= {name if name in MODULES else node.module for name in names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name in MODULES and name != module}


def layer_of(module: str) -> int:
    """The index of the layer that holds `module` (0 is the top)."""
    owners = [
        (len(name), index)
        for index, layer in enumerate(LAYERS)
        for name in layer
        if module == name or module.startswith(f"{name}.")
    ]
    if not owners:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS and the docs")
    return max(owners)[1]


def upward_imports() -> list[str]:
    """Every import that runs back up a layer, as "importer -> imported"."""
    return [
        f"{module} -> {imported}"
        for module in MODULES
        for imported in sorted(imports_of(module))
        if layer_of(imported) < layer_of(module)
    ]


def import_cycles() -> list[list[str]]:
    """The groups of modules that import one another, round in a circle (Tarjan's algorithm)."""
    graph = {module: sorted(imports_of(module)) for module in MODULES}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in graph[module]:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while not group or group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in graph:
        if module not in index:
            visit(module)
    return cycles


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        layer_of(module)


def test_no_import_runs_back_up_a_layer() -> None:
    assert upward_imports() == []


def test_no_modules_import_each_other_in_a_circle() -> None:
    assert import_cycles() == []


@pytest.mark.parametrize(
    ("module", "layer"),
    [("brief.cli.app", 0), ("brief", 1), ("brief.inputs.feeds", 5), ("brief.records", 11)],
)
def test_a_module_belongs_to_the_longest_name_that_holds_it(module: str, layer: int) -> None:
    assert layer_of(module) == layer
