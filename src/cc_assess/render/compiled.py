"""The bundled templates, compiled ahead of time into Python modules shipped with the package.

Jinja turns a template into Python source and compiles that; for the two reports of ``pack`` (with their macros)
that is about 100 ms of every run, more than rendering them.  ``python -m cc_assess.render`` writes the Python
source Jinja makes of each bundled template to ``templates/_compiled/<name>.<key>.py`` (``report.html.j2`` ->
``report.html.<key>.py``), and the loader of the bundled templates takes that module instead of compiling.

The key is the first 16 hex digits of the sha256 of the template's text and of everything else the code depends
on (:func:`compiler_id`: the Jinja version, the syntax options, autoescape, finalize, and how each filter and
test is called), so a module is only ever taken for the very text and compiler it was made from: a template
edited in a checkout, or another Jinja version, is compiled as before.  A test checks that the modules are current.

Why modules in the package and not Jinja's bytecode cache in the user's cache folder: that cache holds
``marshal``-ed code, so whoever can write one file there could run code in the next cc-assess run (caches are
copied between machines, e.g. restored in CI).  The user's cache holds JSON only.  These modules are part of the
package, trusted like the rest of its code; Python keeps their bytecode in ``__pycache__`` as for any module
(pip writes it at install).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping, MutableMapping
from importlib.machinery import SourceFileLoader
from pathlib import Path
from typing import Any

import jinja2

from cc_assess import generated

COMPILED = "_compiled"
#: What Jinja loads among the bundled files: templates, and the CSS the HTML ones include.
SUFFIXES = (".j2", ".css")
_TRAILER = "# cc-assess: compiled by python -m cc_assess.render; do not edit. compiler: "


def _pass_args(functions: Mapping[str, object]) -> dict[str, str]:
    return {name: str(getattr(f, "jinja_pass_arg", "")) for name, f in sorted(functions.items())}


@functools.cache
def _environment_id(env: jinja2.Environment) -> dict[str, Any]:
    return {
        "jinja2": jinja2.__version__,
        "syntax": [
            env.block_start_string,
            env.block_end_string,
            env.variable_start_string,
            env.variable_end_string,
            env.comment_start_string,
            env.comment_end_string,
            env.line_statement_prefix,
            env.line_comment_prefix,
            env.trim_blocks,
            env.lstrip_blocks,
            env.newline_sequence,
            env.keep_trailing_newline,
        ],
        "finalize": None if env.finalize is None else str(getattr(env.finalize, "jinja_pass_arg", "")),
        "optimized": env.optimized,
        "async": env.is_async,
        "extensions": sorted(env.extensions),
        "filters": _pass_args(env.filters),
        "tests": _pass_args(env.tests),
    }


def compiler_id(env: jinja2.Environment, name: str) -> str:
    """Everything besides the template's text that the Python code Jinja makes of template ``name`` depends on."""
    autoescape = env.autoescape(name) if callable(env.autoescape) else env.autoescape
    return json.dumps({**_environment_id(env), "autoescape": bool(autoescape)}, sort_keys=True)


def compiled_path(root: Path, env: jinja2.Environment, name: str, source: str) -> Path:
    """Where the compiled module of the bundled template ``name`` with this text is shipped."""
    key = hashlib.sha256(f"{compiler_id(env, name)}\n{source}".encode()).hexdigest()[:16]
    return root / COMPILED / f"{name.removesuffix('.j2')}.{key}.py"


class BundledLoader(jinja2.FileSystemLoader):
    """The bundled templates: each from its compiled module when there is one for its text and this compiler,
    else compiled from the text as any template.  The template is the same either way: same name, same file
    name in messages, same code."""

    def __init__(self, root: Path) -> None:
        super().__init__(str(root))
        self.root = root

    def load(
        self, environment: jinja2.Environment, name: str, globals: MutableMapping[str, Any] | None = None
    ) -> jinja2.Template:
        source, filename, uptodate = self.get_source(environment, name)
        path = compiled_path(self.root, environment, name, source)
        if path.is_file():
            try:
                loader = SourceFileLoader(f"cc_assess_template_{path.stem.rpartition('.')[2]}", str(path))
                code = loader.get_code(loader.name)  # from __pycache__ when Python has it there
                if code is not None:
                    return environment.template_class.from_code(
                        environment,
                        code.replace(co_filename=filename or name),
                        {} if globals is None else globals,
                        uptodate,
                    )
            except Exception:  # a damaged module: compile the template, as if there were none
                pass
        return super().load(environment, name, globals)


def bundled_names(root: Path) -> list[str]:
    """Every bundled template (and included file) by the name Jinja loads it with."""
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.suffix in SUFFIXES and path.is_file() and COMPILED not in path.relative_to(root).parts
    )


def compile_bundled(env: jinja2.Environment, root: Path, check_only: bool = False) -> list[str]:
    """Write the compiled module of every bundled template of ``env`` and remove stale ones; returns what changed
    (or, with ``check_only``, what would).  Run by ``python -m cc_assess.render``; a test checks nothing is due."""
    loader = BundledLoader(root)
    wanted: dict[Path, str] = {}
    for name in bundled_names(root):
        source, _, _ = loader.get_source(env, name)
        code = env.compile(source, name, raw=True)
        wanted[compiled_path(root, env, name, source)] = f"{code}\n{_TRAILER}{compiler_id(env, name)}\n"
    return generated.sync(root, root / COMPILED, ".py", wanted, check_only)


def recorded_jinja_versions(root: Path) -> set[str]:
    """The Jinja versions the shipped modules were compiled with (read from their last line)."""
    found = set()
    for path in (root / COMPILED).rglob("*.py"):
        last = path.read_text(encoding="utf-8").rstrip("\n").rpartition("\n")[2]
        if last.startswith(_TRAILER):
            found.add(str(json.loads(last.removeprefix(_TRAILER))["jinja2"]))
    return found
