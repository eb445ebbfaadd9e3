"""No import cycles among sr_editor modules, found statically (every import counts, also those inside functions
and under TYPE_CHECKING: a cycle hidden that way is still two modules that cannot be understood apart)."""

from __future__ import annotations

import ast
from pathlib import Path

import sr_editor

PACKAGE_ROOT = Path(sr_editor.__file__).resolve().parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _all_modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE_ROOT.rglob("*.py")}


def _imported(node: ast.AST, module: str, is_package: bool, known: set[str]) -> list[str]:
    """The sr_editor modules one import statement names (`from pkg import mod` names pkg.mod when it is a module)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name in known]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - node.level + 1]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    found = [f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in known]
    if target in known and len(found) < len(node.names):
        found.append(target)
    return found


def import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        edges: set[str] = set()
        for node in ast.walk(tree):
            edges.update(_imported(node, name, path.name == "__init__.py", known))
        edges.discard(name)
        graph[name] = edges
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_no_module_of_sr_editor_takes_part_in_an_import_cycle() -> None:
    cycles = find_cycles(import_graph(_all_modules()))
    assert cycles == [], "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)


def test_cycle_finder_reports_a_two_module_cycle() -> None:
    graph = {"a": {"b"}, "b": {"a"}, "c": {"a"}}
    assert find_cycles(graph) == [["a", "b"]]


def test_graph_sees_imports_inside_functions_and_type_checking_blocks(tmp_path: Path) -> None:
    pkg = tmp_path / "sr_editor"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "one.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from sr_editor import two\n")
    (pkg / "two.py").write_text("def f():\n    from .one import thing\n")
    modules = {"sr_editor": pkg / "__init__.py", "sr_editor.one": pkg / "one.py", "sr_editor.two": pkg / "two.py"}
    assert find_cycles(import_graph(modules)) == [["sr_editor.one", "sr_editor.two"]]
