"""The bundled templates compiled ahead of time (cc_assess.render.compiled): current, taken, and only ever taken
for the very text and compiler they were made from."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import jinja2
import pytest

from cc_assess.assessment import load_valid
from cc_assess.catalogue import data_dir
from cc_assess.render import engine
from cc_assess.render.compiled import (
    COMPILED,
    BundledLoader,
    bundled_names,
    compile_bundled,
    compiled_path,
    recorded_jinja_versions,
)
from cc_assess.render.context import build
from cc_assess.shown import Shown
from tests.conftest import FIXTURES

ROOT = data_dir("templates")
SITE = FIXTURES / "report-site"
TODAY = dt.date(2026, 2, 1)
SAME_JINJA = recorded_jinja_versions(ROOT) == {jinja2.__version__}
SKIP_OTHER_JINJA = pytest.mark.skipif(
    not SAME_JINJA,
    reason=f"the modules were compiled by jinja2 {sorted(recorded_jinja_versions(ROOT))}, "
    f"{jinja2.__version__} is installed: they are not used (run python -m cc_assess.render)",
)


_MAKE_ENVIRONMENT = engine.environment.__wrapped__


def fresh_environment(template_dir: Path | None = None) -> jinja2.Environment:
    """An environment that has loaded nothing yet (``engine.environment`` keeps one per folder)."""
    return _MAKE_ENVIRONMENT(template_dir)


@pytest.fixture
def no_compiling(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every template Jinja compiles from its text, by name."""
    compiled: list[str] = []
    original = jinja2.Environment.compile

    def spy(self: jinja2.Environment, source: Any, name: str | None = None, *args: Any, **kwargs: Any) -> Any:
        compiled.append(str(name))
        return original(self, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", spy)
    return compiled


@SKIP_OTHER_JINJA
def test_the_compiled_templates_are_up_to_date() -> None:
    """After editing templates/ (or the environment in render/engine.py), run: python -m cc_assess.render"""
    env = fresh_environment()
    assert compile_bundled(env, ROOT, check_only=True) == [], "run: python -m cc_assess.render"
    assert len(list((ROOT / COMPILED).rglob("*.py"))) == len(bundled_names(ROOT)) >= 10


@SKIP_OTHER_JINJA
def test_every_bundled_template_loads_from_its_module_without_compiling(no_compiling: list[str]) -> None:
    env = fresh_environment()
    for name in bundled_names(ROOT):
        template = env.get_template(name)
        assert template.name == name
        assert template.filename is not None
        assert Path(template.filename) == ROOT / name
    env.get_template("bundled/report.html.j2")
    assert no_compiling == []


def test_the_reports_are_the_same_from_the_modules_and_from_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded = load_valid(Shown.of(SITE))
    from_modules = [
        engine.render_report(loaded, format=f, lang=lang, template=tpl, today=TODAY)
        for f in ("html", "markdown")
        for lang in ("zh", "bi")
        for tpl in ("report", "rectification")
    ]
    monkeypatch.setattr(engine, "environment", fresh_environment)  # not the one that holds compiled templates
    monkeypatch.setattr(BundledLoader, "load", jinja2.FileSystemLoader.load)
    from_text = [
        engine.render_report(loaded, format=f, lang=lang, template=tpl, today=TODAY)
        for f in ("html", "markdown")
        for lang in ("zh", "bi")
        for tpl in ("report", "rectification")
    ]
    assert from_modules == from_text
    assert len({len(text) for text in from_text}) == 8


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    """A copy of the bundled templates and their modules."""
    root = tmp_path / "templates"
    shutil.copytree(ROOT, root, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_an_edited_template_is_compiled_from_its_text_not_taken_from_the_old_module(
    copied: Path, no_compiling: list[str]
) -> None:
    env = fresh_environment()
    env.loader = BundledLoader(copied)
    path = copied / "report.md.j2"
    path.write_text(path.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    loaded = load_valid(Shown.of(SITE))
    report = build(loaded, format="markdown", lang="en", today=TODAY)
    text = env.get_template("report.md.j2").render(
        format="markdown", lang="en", r=report, t=report.words.t, tx=report.words.tx
    )
    assert text.endswith("\nedited\n")
    assert no_compiling == ["report.md.j2"]


def test_another_compiler_has_other_modules(copied: Path) -> None:
    """The module's name holds the Jinja version and the options the code depends on, not only the text."""
    env = fresh_environment()
    source = (copied / "report.md.j2").read_text(encoding="utf-8")
    same = compiled_path(copied, env, "report.md.j2", source)
    assert same == compiled_path(copied, fresh_environment(), "report.md.j2", source)
    other = fresh_environment()
    other.trim_blocks = False
    assert compiled_path(copied, other, "report.md.j2", source) != same
    other = fresh_environment()
    other.filters["one"] = jinja2.pass_context(lambda context, value: value)
    assert compiled_path(copied, other, "report.md.j2", source) != same
    assert compiled_path(copied, env, "report.md.j2", source + " ") != same
    # the same text under another name: another autoescape
    assert compiled_path(copied, env, "x.html.j2", source).name != compiled_path(copied, env, "x.md.j2", source).name


@pytest.mark.parametrize("content", ["not python (", "raise RuntimeError('planted')\n", ""])
def test_a_damaged_module_is_ignored(copied: Path, content: str, no_compiling: list[str]) -> None:
    env = fresh_environment()
    env.loader = BundledLoader(copied)
    source = (copied / "report.md.j2").read_text(encoding="utf-8")
    module = compiled_path(copied, env, "report.md.j2", source)
    assert module.is_file()
    module.write_text(content, encoding="utf-8")
    assert env.get_template("report.md.j2").name == "report.md.j2"
    assert no_compiling == ["report.md.j2"]


def test_compiling_writes_every_module_and_removes_stale_ones(copied: Path) -> None:
    env = fresh_environment()
    shutil.rmtree(copied / COMPILED)
    (copied / COMPILED / "partials").mkdir(parents=True)
    (copied / COMPILED / "partials" / "old.html.0123456789abcdef.py").write_text("", encoding="utf-8")
    written = compile_bundled(env, copied)
    modules = [compiled_path(copied, env, n, (copied / n).read_text(encoding="utf-8")) for n in bundled_names(copied)]
    assert sorted(written) == sorted(
        [
            *(f"write {path.relative_to(copied).as_posix()}" for path in modules),
            "remove _compiled/partials/old.html.0123456789abcdef.py",
        ]
    )
    assert compile_bundled(env, copied, check_only=True) == []
    assert recorded_jinja_versions(copied) == {jinja2.__version__}
