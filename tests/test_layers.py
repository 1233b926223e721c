"""The package's layers import only downward (README, "Layers"): the figure engine
(``analysis/engine``) imports neither the layers above it nor pandas; the generic briefing
analysis (``analysis/briefings``) imports the engine and never the seed study
(``analysis/linxia``); the command line (the modules at the top of ``analysis/``) serves any
briefing, so it imports the engine and the generic analysis, never the seed study.

Every ``import`` statement counts, those inside functions too (read with :mod:`ast`)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"

#: The layers each layer may import (itself included).
ALLOWED = {
    "engine": {"engine"},
    "briefings": {"engine", "briefings"},
    "linxia": {"engine", "briefings", "linxia"},
    "command line": {"engine", "briefings", "command line"},
}
#: Third-party packages a layer must not import: the engine needs no pandas (nor the charting
#: stack of the notebooks extra).
FORBIDDEN_PACKAGES = {"engine": {"pandas", "matplotlib", "seaborn", "IPython"}}


def module_name(path: Path) -> str:
    """``analysis/briefings/walk.py`` -> ``analysis.briefings.walk`` (a package by its ``__init__``)."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str | None:
    """The layer of a module of ``analysis`` (None for a module outside the package)."""
    parts = module.split(".")
    if parts[0] != "analysis":
        return None
    if len(parts) > 1 and parts[1] in ("engine", "briefings", "linxia"):
        return parts[1]
    return "command line"


def imported_modules(source: str, module: str, is_package: bool) -> list[str]:
    """The absolute names of every module ``source`` imports (relative imports resolved)."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    names = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            stem = ".".join(base + ([node.module] if node.module else []))
            names.append(stem)
            if not node.module:  # `from . import x` may import the submodule x
                names += [f"{stem}.{alias.name}" for alias in node.names]
    return names


def violations(source: str, module: str, is_package: bool = False) -> list[str]:
    """What ``module`` (source ``source``) imports that its layer may not."""
    own = layer_of(module)
    found = []
    for name in imported_modules(source, module, is_package):
        target = layer_of(name)
        if target is not None and target not in ALLOWED[own]:
            found.append(f"{module} ({own}) imports {name} ({target})")
        if name.split(".")[0] in FORBIDDEN_PACKAGES.get(own, ()):
            found.append(f"{module} ({own}) imports {name}")
    return found


def _modules():
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_each_module_imports_only_downward(path):
    source = path.read_text(encoding="utf-8")
    assert violations(source, module_name(path), path.name == "__init__.py") == []


def test_every_layer_is_present():
    layers = {layer_of(module_name(p)) for p in _modules()}
    assert layers == set(ALLOWED)


@pytest.mark.parametrize("module, source, wrong", [
    ("analysis.briefings.walk", "from ..linxia.seed import SEED", "analysis.linxia.seed"),
    ("analysis.briefings.walk", "def f():\n    from ..linxia import report", "analysis.linxia"),
    ("analysis.engine.figures", "import pandas as pd", "pandas"),
    ("analysis.engine.structure.headings", "from ...briefings.table import frame_csv", "analysis.briefings.table"),
    ("analysis.engine.figures", "from ..briefings import table", "analysis.briefings"),
    ("analysis.__main__", "from .linxia.report import main", "analysis.linxia.report"),
    ("analysis.briefings", "import analysis.linxia.context", "analysis.linxia.context"),
])
def test_an_upward_import_is_caught(module, source, wrong):
    is_package = module == "analysis.briefings"
    found = violations(source, module, is_package)
    assert found and all(wrong in line for line in found)


@pytest.mark.parametrize("module, source", [
    ("analysis.linxia.report", "from ..briefings.notebooks import execute_notebook"),
    ("analysis.briefings.checks", "from .codes import load_codes\nimport pandas as pd"),
    ("analysis.engine.structure.headings", "from ..figures import extract"),
    ("analysis.__main__", "from .briefings.walk import run_walk\nfrom .engine.rows import record"),
])
def test_a_downward_import_passes(module, source):
    assert violations(source, module) == []


#: The generic notebooks: they serve any briefing, so they import the seed study no more than
#: the generic analysis does.
GENERIC_NOTEBOOKS = sorted((PACKAGE.parent / "notebooks" / "briefing").glob("*.ipynb"))


def _code_cells(path: Path) -> str:
    import json

    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")


def test_there_are_generic_notebooks():
    assert GENERIC_NOTEBOOKS


@pytest.mark.parametrize("path", GENERIC_NOTEBOOKS, ids=lambda p: p.name)
def test_a_generic_notebook_never_imports_the_seed_study(path):
    imported = imported_modules(_code_cells(path), "notebook", False)
    assert [name for name in imported if layer_of(name) == "linxia"] == []


def test_a_notebook_importing_the_seed_study_is_caught():
    assert imported_modules("from analysis.linxia import seed_briefing", "notebook", False) == ["analysis.linxia"]
