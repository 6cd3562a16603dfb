"""The registry of diagnostic codes: every code the source emits is in it, and docs/diagnostics.md lists exactly it.

(tests/conftest.py also refuses, during the whole test run, any Diagnostic whose code is not registered.)
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from cc_assess.diagnostics import CODES, Diagnostic
from tests.conftest import REPO

SRC = REPO / "src" / "cc_assess"
SEVERITIES = {"error", "warning"}


def trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(SRC.rglob("*.py"))}


def code_positions(modules: dict[Path, ast.Module]) -> dict[str, set[int]]:
    """Callable name -> the positions of its ``code`` argument: functions, methods, __init__ and dataclass fields."""
    positions: dict[str, set[int]] = {}
    for tree in modules.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                fields = [
                    s.target.id for s in node.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
                ]
                if "code" in fields:
                    positions.setdefault(node.name, set()).add(fields.index("code"))
                for init in node.body:
                    if isinstance(init, ast.FunctionDef) and init.name == "__init__":
                        names = [a.arg for a in init.args.args[1:]]
                        if "code" in names:
                            positions.setdefault(node.name, set()).add(names.index("code"))
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name != "__init__":
                names = [a.arg for a in [*node.args.posonlyargs, *node.args.args]]
                if names[:1] in (["self"], ["cls"]):
                    names = names[1:]
                if "code" in names:
                    positions.setdefault(node.name, set()).add(names.index("code"))
    return positions


def codes_passed_as_literals() -> dict[str, list[str]]:
    """Each string literal passed as the ``code`` of a call, with where it stands (``module.py:line``)."""
    modules = trees()
    positions = code_positions(modules)
    found: dict[str, list[str]] = {}
    for path, tree in modules.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            args = [node.args[i] for i in positions.get(name, ()) if i < len(node.args)]
            args += [k.value for k in node.keywords if k.arg == "code"]
            for arg in args:
                # A name shared by two helpers may put a severity where the other has its code.
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value not in SEVERITIES:
                    found.setdefault(arg.value, []).append(f"{path.relative_to(SRC)}:{arg.lineno}")
    return found


def test_every_code_passed_in_the_source_is_registered() -> None:
    found = codes_passed_as_literals()
    assert len(found) > 60  # the scan sees the calls (Diagnostic, helpers, CellError, Problem...)
    unregistered = {code: where for code, where in found.items() if code not in CODES}
    assert unregistered == {}


def test_every_registered_code_is_in_the_source() -> None:
    literals = {
        node.value
        for tree in trees().values()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert sorted(set(CODES) - literals) == []


def test_codes_are_slugs_with_a_meaning() -> None:
    for code, meaning in CODES.items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code), code
        assert code not in SEVERITIES
        assert meaning.strip() == meaning, code
        assert meaning, code


def documented_codes() -> list[str]:
    """The codes in the first column of the table of docs/diagnostics.md, in order."""
    codes: list[str] = []
    for line in (REPO / "docs" / "diagnostics.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            codes += re.findall(r"`([^`]+)`", line.split(" | ")[0])
    return codes


def test_the_documented_codes_are_the_registered_codes() -> None:
    documented = documented_codes()
    assert sorted(c for c in set(documented) if documented.count(c) > 1) == []
    assert sorted(set(CODES) - set(documented)) == [], "add a row to docs/diagnostics.md"
    assert sorted(set(documented) - set(CODES)) == [], "add the code to cc_assess.diagnostics.CODES"


def test_a_diagnostic_with_an_unregistered_code_is_refused_in_the_tests() -> None:
    from tests import conftest

    with pytest.raises(AssertionError) as refused:
        Diagnostic("a.yaml", 1, 1, "no-such-code", "message")
    assert str(refused.value) == "diagnostic code 'no-such-code' is not in cc_assess.diagnostics.CODES"
    assert conftest.UNREGISTERED_CODES.pop() == "no-such-code"
    assert Diagnostic("a.yaml", 1, 1, "yaml-syntax", "message").code == "yaml-syntax"


def test_every_registered_code_has_a_meaning_in_both_languages() -> None:
    from cc_assess.i18n.table import MESSAGES

    explained = {key.removeprefix("code.") for key in MESSAGES if key.startswith("code.")}
    assert sorted(set(CODES) - explained) == [], "add code.<code> (zh, en) to cc_assess/i18n/table.py"
    assert sorted(explained - set(CODES)) == [], "a code.<code> message for a code that is not registered"


def test_the_readme_lists_every_code() -> None:
    """SPEC: codes are listed in the README, so users can look a problem up; the list is the registry's."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- codes:start -->\n", 1)[1].split("<!-- codes:end -->", 1)[0]
    assert re.findall(r"`([a-z0-9-]+)`", block) == sorted(CODES)
