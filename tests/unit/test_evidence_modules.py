"""The evidence package: its modules import one another one way, and none imports the package's ``__init__``."""

from __future__ import annotations

import ast

from tests.conftest import REPO

PACKAGE = REPO / "src" / "cc_assess" / "evidence"


def sibling_imports(name: str) -> set[str]:
    """What the module ``name`` of the package imports from ``cc_assess.evidence`` (``""``: the package itself)."""
    tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module is not None:
            modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        else:
            continue
        for module in modules:
            if module == "cc_assess.evidence":
                found.add("")
            elif module.startswith("cc_assess.evidence.") and (PACKAGE / f"{module.split('.')[2]}.py").is_file():
                found.add(module.split(".")[2])
    return found


def test_the_modules_import_one_another_one_way() -> None:
    names = sorted(path.stem for path in PACKAGE.glob("*.py") if path.stem != "__init__")
    assert {name: sibling_imports(name) for name in names} == {
        "checks": {"hashing", "walk"},
        "hashing": {"walk"},
        "indexing": {"hashing", "walk"},
        "lockfile": {"checks", "hashing"},
        "verifying": {"checks", "hashing", "lockfile", "walk"},
        "walk": set(),
    }
