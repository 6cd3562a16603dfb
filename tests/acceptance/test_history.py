"""cc-assess history: scores of one folder at several git revisions, and the SVG trend chart."""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess.render.charts import trend
from tests.acceptance.test_diff import snapshot
from tests.conftest import run
from tests.yoy_helpers import git, git_env, make_repo


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for key, value in git_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    repo = make_repo(tmp_path)
    monkeypatch.chdir(repo)
    return repo


def test_history_json(repo: Path, runner: CliRunner) -> None:
    before = snapshot(repo)
    code, out, err = run(runner, "history", "site-a", "--rev", "y2025", "--rev", "HEAD", "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["folder"] == "site-a"
    rows = [(r["rev"], r["date"], r["overall"], [d["score"] for d in r["domains"]]) for r in data["revisions"]]
    assert rows == [("y2025", "2025-01-30", 66.67, [62.5, 75.0]), ("HEAD", "2026-01-30", 70.0, [75.0, 50.0])]
    head = git(repo, "rev-parse", "HEAD").strip()
    assert data["revisions"][1]["commit"] == head
    assert data["revisions"][1]["catalogue"] == {"id": "mini", "version": "1.0.0"}
    assert snapshot(repo) == before


def test_history_of_a_folder_in_another_repository_than_the_current_folder(
    repo: Path, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, expected, _ = run(runner, "history", "site-a", "--rev", "y2025", "--rev", "HEAD", "--format", "json")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # not a git repository at all
    code, out, err = run(runner, "history", str(repo / "site-a"), "--rev", "y2025", "--rev", "HEAD", "--format", "json")
    assert (code, err) == (0, "")
    assert out == expected


def test_history_tags_oldest_first(repo: Path, runner: CliRunner) -> None:
    git(repo, "tag", "-a", "-m", "late annotated tag on the first commit", "a-first", "y2025")
    code, out, err = run(runner, "history", "site-a", "--tags", "*", "--rev", "HEAD", "--format", "json")
    assert (code, err) == (0, "")
    assert [r["rev"] for r in json.loads(out)["revisions"]] == ["a-first", "y2025", "y2026", "HEAD"]
    code, out, _ = run(runner, "history", "site-a", "--tags", "y*", "--format", "json")
    assert [r["rev"] for r in json.loads(out)["revisions"]] == ["y2025", "y2026"]


def test_history_markdown_and_table(repo: Path, runner: CliRunner, tool_lang: Callable[[str], None]) -> None:
    code, out, err = run(runner, "history", "site-a", "--tags", "y*", "--format", "markdown", "--lang", "en")
    assert (code, err) == (0, "")
    y2025, y2026 = (git(repo, "rev-parse", "--short=12", tag).strip() for tag in ("y2025", "y2026"))
    assert out == (
        "## Score history: site-a\n"
        "\n"
        "| Domain | y2025 | y2026 | Change |\n"
        "| --- | ---: | ---: | ---: |\n"
        "| **Overall** | **66.7** | **70.0** | **+3.3** |\n"
        "| AA Domain A | 62.5 | 75.0 | +12.5 |\n"
        "| BB Domain B | 75.0 | 50.0 | -25.0 |\n"
        "\n"
        f"y2025 = {y2025} (2025-01-30), y2026 = {y2026} (2026-01-30)\n"
    )
    tool_lang("zh")  # the table's words follow the tool's language
    code, out, err = run(runner, "history", "site-a", "--tags", "y*")
    assert (code, err) == (0, "")
    assert out == (
        "          得分趋势: site-a          \n"
        "┏━━━━━━━━━━┳━━━━━━━┳━━━━━━━┳━━━━━━━┓\n"
        "┃ 评审类别 ┃ y2025 ┃ y2026 ┃  变化 ┃\n"
        "┡━━━━━━━━━━╇━━━━━━━╇━━━━━━━╇━━━━━━━┩\n"
        "│ 总体     │  66.7 │  70.0 │  +3.3 │\n"
        "│ AA 甲类  │  62.5 │  75.0 │ +12.5 │\n"
        "│ BB 乙类  │  75.0 │  50.0 │ -25.0 │\n"
        "└──────────┴───────┴───────┴───────┘\n"
    )


def test_history_html_is_self_contained(repo: Path, runner: CliRunner) -> None:
    code, out, err = run(runner, "history", "site-a", "--tags", "y*", "--format", "html")
    assert (code, err) == (0, "")
    assert out.startswith("<!DOCTYPE html>")
    assert out.count("<svg") == 3  # the overall score, and one small chart per domain
    assert out.count("<polyline") == 3  # overall and two domains
    lines = [line.strip() for line in out.splitlines()]  # a whole page: whole lines
    assert "<title>华信客服中心 · 得分趋势</title>" in lines  # titled by the organisation
    assert "<h1>华信客服中心</h1>" in lines
    # The overall axis is scaled to the scores (66.7 -> 70.0), not 0..100, so the change shows.
    overall = out[out.index('<svg class="chart trend"') : out.index("</svg>")]
    ticks = [
        float(t) for t in re.findall(r'<text class="tick" x="[\d.]+" y="[\d.]+" text-anchor="end">([\d.]+)<', overall)
    ]
    assert ticks == [64.0, 66.0, 68.0, 70.0, 72.0]
    assert (
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'\">"
    ) in lines
    for forbidden in ("<script", "http://", "https://", "<link", "@import"):
        assert forbidden not in out.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_history_errors(repo: Path, runner: CliRunner) -> None:
    code, out, err = run(runner, "history", "site-a")
    assert (code, out) == (2, "")
    assert err == "cc-assess: give at least one revision: --rev REV (repeatable) or --tags PATTERN\n"
    code, _, err = run(runner, "history", "site-a", "--tags", "v*")
    assert (code, err) == (2, "cc-assess: no tag matches 'v*'\n")
    code, _, err = run(runner, "history", "site-a", "--rev", "nope")
    assert (code, err) == (2, "cc-assess: nope:site-a: fatal: invalid object name 'nope'.\n")
    code, _, err = run(runner, "history", "site-a", "--rev", "--output=x")
    assert (code, err) == (2, "cc-assess: --output=x:site-a: '--output=x' is not a revision\n")
    code, _, err = run(runner, "history", "/", "--rev", "HEAD")
    assert code == 2
    assert err == f"cc-assess: /: not inside the git repository at {repo}\n"


def test_trend_chart_escapes_and_leaves_gaps() -> None:
    labels = ["2024", "<b>2025</b>", "2026"]
    series: list[tuple[str, list[float | None]]] = [("总体 & all", [60.0, None, 70.5]), ("AA", [1.0, 2.0, 3.0])]
    svg = trend(labels, series, (0.0, 100.0, 20.0), title="<趋势>")
    assert svg == trend(labels, series, (0.0, 100.0, 20.0), title="<趋势>")
    # One 2.5 KB line of coordinates: the escaped texts checked as whole elements.
    assert svg.startswith(
        '<svg class="chart trend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 250" width="720" height="250" '
        'role="img" aria-label="&lt;趋势&gt;"><title>&lt;趋势&gt;</title>'
    )
    assert '<text class="tick" x="290.0" y="242" text-anchor="middle">&lt;b&gt;2025&lt;/b&gt;</text>' in svg
    assert '<text class="label" x="580" y="24">总体 &amp; all</text>' in svg
    assert svg.count("<polyline") == 1  # the first series has a gap: two points, no line
    assert svg.count("<circle") == 5
    assert '<circle cx="540.0" cy="74.0" r="4" fill="#1f4e79"><title>总体 &amp; all: 70.5</title></circle>' in svg


def test_history_remembers_parsed_files_by_git_tree(
    repo: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, parses: list[str]
) -> None:
    monkeypatch.setenv("CC_ASSESS_CACHE_DIR", str(tmp_path / "cache"))  # other tests' repos have the same trees
    args = ("history", "site-a", "--rev", "y2025", "--rev", "HEAD", "--format", "json")
    first = run(runner, *args)
    assert first[0] == 0
    assert parses  # the first run parses both revisions' files
    parses.clear()
    assert run(runner, *args) == first
    assert parses == []  # the same trees: nothing parsed again, though each run copies them to a new folder


def test_without_a_cache_no_tree_id_is_asked_of_git(
    repo: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cc_assess import gitio

    def refuse(*args: object) -> str:
        raise AssertionError("tree_id was asked for")

    monkeypatch.setattr(gitio, "tree_id", refuse)
    monkeypatch.setenv("CC_ASSESS_NO_CACHE", "1")
    assert run(runner, "history", "site-a", "--rev", "y2025", "--format", "json")[0] == 0


def test_nice_scale_shows_the_differences() -> None:
    from cc_assess.render.charts import nice_scale

    assert nice_scale([66.67, 70.0]) == (64, 72, 2)
    assert nice_scale([50.0, 50.0]) == (48, 52, 1)  # a flat line still gets an axis
    assert nice_scale([99.5, 100.0]) == (97.0, 100.0, 1.0)  # never above 100
    assert nice_scale([0.0, 100.0]) == (0.0, 100.0, 25.0)
    assert nice_scale([None]) == (0.0, 100.0, 20.0)


def test_diff_html_is_a_client_page(repo: Path, runner: CliRunner) -> None:
    (repo / "site-a" / "assessment.yaml").write_text(
        "catalogue: catalogue.yaml\ncatalogue_version: 1.0.0\norganization: '<b>华信</b> & Co'\n", encoding="utf-8"
    )
    code, out, err = run(runner, "diff", "y2025:site-a", "site-a", "--format", "html", "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith("<!DOCTYPE html>")
    lines = [line.strip() for line in out.splitlines()]  # a whole page: whole lines and table rows
    assert "<h1>&lt;b&gt;华信&lt;/b&gt; &amp; Co</h1>" in lines
    assert "<b>华信</b>" not in out
    assert "<title>&lt;b&gt;华信&lt;/b&gt; &amp; Co · Assessment diff: y2025:site-a → site-a</title>" in lines
    assert out.count('<svg class="chart dumbbell"') == 1
    for forbidden in ("<script", "http://", "https://", "<link", "@import"):
        assert forbidden not in out.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert (
        '<tr><td><b>AA</b> Domain A</td><td class="n">62.5</td><td class="n">75.0</td>'
        '<td class="n delta up">+12.5</td><td class="small">AA-02 (-25.0), AA-03 (+25.0), AA-01 (+12.5)</td></tr>'
    ) in lines
    assert (
        '<tr><td><b>BB</b> Domain B</td><td class="n">75.0</td><td class="n">50.0</td>'
        '<td class="n delta down">-25.0</td><td class="small">BB-01 (-50.0)</td></tr>'
    ) in lines
    assert '<h2>Regressed <span class="muted">(1)</span></h2>' in lines


@pytest.mark.browser
def test_diff_and_history_pages_in_chromium(repo: Path, runner: CliRunner, tmp_path: Path) -> None:
    """No console message, no network request, and an A4 print of one page each (plus the history table)."""
    from tests.acceptance.test_browser import check_in_browser

    code, out, err = run(runner, "diff", "y2025:site-a", "HEAD:site-a", "--format", "html")
    assert (code, err) == (0, "")
    (tmp_path / "diff").mkdir()
    check_in_browser(out, tmp_path / "diff", 2)  # overview, then the changed items and actions
    code, out, err = run(runner, "history", "site-a", "--tags", "y*", "--rev", "HEAD", "--format", "html")
    assert (code, err) == (0, "")
    (tmp_path / "history").mkdir()
    check_in_browser(out, tmp_path / "history", 2)  # charts, then the table


def _checked_out_under(repo: Path) -> tuple[Path, list[str]]:
    """Where ``gitio.checkout`` writes y2025:site-a, the files it wrote, and (after) that it is gone."""
    from cc_assess import gitio

    with gitio.checkout(gitio.repo(), "y2025", "site-a") as folder:
        files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
        where = folder
    assert not where.exists()
    return where, files


SITE_A_FILES = [
    "assessment.yaml",
    "catalogue.yaml",
    "evidence/plan.pdf",
    "responses/AA/AA-01.yaml",
    "responses/AA/AA-02.yaml",
    "responses/AA/AA-03.yaml",
    "responses/BB/BB-01.yaml",
    "responses/BB/BB-02.yaml",
]


@pytest.mark.skipif(
    not (sys.platform.startswith("linux") and os.access("/dev/shm", os.W_OK | os.X_OK)), reason="no /dev/shm"
)
def test_a_revision_is_written_out_in_memory_unless_tmpdir_says_where(
    repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("TMPDIR", raising=False)
    where, files = _checked_out_under(repo)
    assert (where.parent.parent, files) == (Path("/dev/shm"), SITE_A_FILES)  # /dev/shm/cc-assess-git-*/site-a
    chosen = tmp_path / "scratch"
    chosen.mkdir()
    monkeypatch.setenv("TMPDIR", str(chosen))
    monkeypatch.setattr(tempfile, "tempdir", None)  # tempfile reads TMPDIR once, then remembers
    where, files = _checked_out_under(repo)
    assert (where.parent.parent, files) == (chosen, SITE_A_FILES)


def test_a_full_dev_shm_falls_back_to_the_temporary_folder(
    repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from cc_assess import gitio

    written = gitio.materialise
    places: list[Path] = []

    def full_first(r: gitio.Repo, rev: str, path: str, dest: Path) -> Path:
        places.append(dest)
        if len(places) == 1:
            raise OSError(28, "No space left on device")
        return written(r, rev, path, dest)

    shm = tmp_path / "shm"  # stands for a full /dev/shm
    shm.mkdir()
    monkeypatch.setattr(gitio, "_scratch_dirs", lambda: [str(shm), None])
    monkeypatch.setattr(gitio, "materialise", full_first)
    _, files = _checked_out_under(repo)
    assert files == SITE_A_FILES
    assert [p.parent for p in places] == [shm, Path(tempfile.gettempdir())]
    assert list(shm.iterdir()) == []  # the first attempt left nothing behind
