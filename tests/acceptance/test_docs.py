"""The documentation: the README's promises, links that lead somewhere, the release that matches --version."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from cc_assess import __version__
from tests.conftest import REPO, run

DOCS = REPO / "docs"
# Pages that engineers working in parallel are writing now; the index links them already, and a link to one
# of them may lead nowhere until it lands.  Once all have landed, this set can go.
PENDING = {"language.md", "reliability.md", "reports.md", "cycle.md", "pack.md", "ci.md", "portfolio.md", "web.md"}
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def pages() -> list[Path]:
    return [REPO / "README.md", *sorted(DOCS.glob("*.md"))]


def local_links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
    return [t for t in LINK.findall(text) if not re.match(r"[a-z]+:", t)]


def test_the_quick_start_commands_are_the_ones_ci_runs() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "```sh\npip install . && cc-assess score examples/huaxin-shanghai/2026\n```" in readme
    assert "```sh\npip install -e '.[test]' && python -m pytest\n```" in readme
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pip install -q -e '.[dev]'\n" in ci
    assert "\npython -m pytest -q\n" in ci
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^dev = \[\n  "cc-assess\[test\]",$', pyproject, flags=re.M)


def test_the_readme_is_short() -> None:
    assert len((REPO / "README.md").read_bytes()) < 8000


@pytest.mark.parametrize("page", pages(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_local_link_leads_to_a_file_or_a_heading(page: Path) -> None:
    for link in local_links(page):
        target, _, anchor = link.partition("#")
        path = (page.parent / target).resolve() if target else page
        if path.parent == DOCS and path.name in PENDING and not path.exists():
            continue
        assert path.exists(), f"{page.relative_to(REPO)}: {link}"
        if anchor:
            headings = re.findall(r"^#+ (.+)$", path.read_text(encoding="utf-8"), flags=re.M)
            slugs = {re.sub(r"[^\w\- ]", "", h).strip().lower().replace(" ", "-") for h in headings}
            assert anchor in slugs, f"{page.relative_to(REPO)}: {link}"


def test_the_index_links_every_page_and_the_pending_ones() -> None:
    linked = {Path(link).name for link in local_links(DOCS / "README.md") if "/" not in link}
    written = {p.name for p in DOCS.glob("*.md")} - {"README.md"}
    assert written <= linked, f"pages missing from docs/README.md: {sorted(written - linked)}"
    assert linked - written <= PENDING


def test_the_latest_release_is_the_version(runner: CliRunner) -> None:
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[([^\]]+)\](.*)$", changelog, flags=re.M)
    assert releases[0] == ("Unreleased", "")
    version, rest = releases[1]
    assert version == __version__
    assert re.fullmatch(r" - \d{4}-\d{2}-\d{2}", rest)
    assert run(runner, "--version") == (0, f"cc-assess {__version__}\n", "")


def test_the_licence_is_the_one_pyproject_declares() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert re.findall(r"^license = (.*)$", pyproject, flags=re.M) == ['"MIT"']
    lines = (REPO / "LICENSE").read_text(encoding="utf-8").splitlines()
    assert lines[:3] == ["MIT License", "", "Copyright (c) 2026 cc-assess developers"]


def benchmark_script(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_run", REPO / "benchmarks" / "run.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_updates_the_table_of_the_performance_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bench = benchmark_script(monkeypatch)
    assert bench.PERFORMANCE_DOC == DOCS / "performance.md"
    text = bench.PERFORMANCE_DOC.read_text(encoding="utf-8")
    start, end = "<!-- benchmark:start -->\n", "<!-- benchmark:end -->"
    assert (text.count(start), text.count(end)) == (1, 1)
    assert start not in (REPO / "README.md").read_text(encoding="utf-8")
    copy = tmp_path / "performance.md"
    copy.write_text(text, encoding="utf-8")
    bench.update_doc(copy, "| new | table |\n")
    head, tail = text.split(start)[0], text.split(end)[1]
    assert copy.read_text(encoding="utf-8") == f"{head}{start}| new | table |\n{end}{tail}"


def test_what_the_readme_says_of_the_examples_is_true(runner: CliRunner) -> None:
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    found = {}
    for year in ("2025", "2026"):
        code, out, err = run(runner, "score", str(REPO / "examples" / "huaxin-shanghai" / year), "--format", "json")
        assert code == 0, err
        found[year] = json.loads(out)
    old, new = found["2025"], found["2026"]
    assert (
        f"(overall {old['overall']['score']:.1f}, {len(old['key_failures'])} key-item failures, "
        f"{old['counts']['not_assessed']} items not yet assessed)"
    ) in readme
    assert f"({new['overall']['score']:.1f}, {len(new['key_failures'])} key-item failures)" in readme
    *first, last = new["key_failures"]
    assert f"# exit 1: key items {', '.join(first)} and {last} fail" in readme
