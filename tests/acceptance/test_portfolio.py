"""cc-assess portfolio: portfolio.yaml, the roll-up (hand-checked), sites from folders, git and packs, bad input."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cc_assess.shown import Shown
from tests.conftest import FIXTURES, run
from tests.yoy_helpers import MINI_2, commit, git_env, make_repo

#: Three sites on the mini catalogue (AA-01 w1, AA-02 w2, AA-03 w1 key; BB-01 w1, BB-02 w1; no domain weights).
SH = {"AA-01": "conformant", "AA-02": "partial", "AA-03": "conformant", "BB-01": "conformant", "BB-02": "nonconformant"}
HZ = {"AA-01": "partial", "AA-02": "conformant", "AA-03": "nonconformant", "BB-01": "na", "BB-02": "conformant"}
CD = {"AA-01": "conformant", "AA-02": "conformant", "AA-03": "conformant", "BB-01": "conformant", "BB-02": None}
NA_REASON = "na_reason: 本中心无外呼业务\n"


def write_site(
    folder: Path,
    statuses: Mapping[str, str | None],
    *,
    catalogue: Path = FIXTURES / "mini.yaml",
    version: str = "1.0.0",
    extras: Mapping[str, str] | None = None,
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(catalogue, folder / "catalogue.yaml")
    (folder / "assessment.yaml").write_text(
        f"catalogue: catalogue.yaml\ncatalogue_version: {version}\n", encoding="utf-8"
    )
    for item, status in statuses.items():
        path = folder / "responses" / item[:2] / f"{item}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        extra = (extras or {}).get(item, "") + (NA_REASON if status == "na" else "")
        path.write_text(f"item: {item}\n" + (f"status: {status}\n" if status else "") + extra, encoding="utf-8")
    return folder


PORTFOLIO = """\
schema: cc-assess/portfolio/v1
name: {zh: 华信集团客服中心, en: Huaxin Group contact centres}
sites:
  - {id: sh, title: 上海, group: 华东, path: sites/sh/2026, seats: 300, previous: sites/sh/2025}
  - {id: hz, title: 杭州, group: 华东, path: sites/hz, seats: 100}
  - {id: cd, title: 成都, group: 西南, path: sites/cd, seats: 200}
"""


@pytest.fixture
def group(tmp_path: Path) -> Path:
    """portfolio.yaml with three sites (sh also has last year's assessment)."""
    root = tmp_path / "group"
    write_site(root / "sites/sh/2026", SH)
    write_site(root / "sites/sh/2025", {**SH, "AA-02": "nonconformant", "BB-02": "partial"})
    write_site(
        root / "sites/hz",
        HZ,
        extras={"AA-03": "actions:\n  - {id: A1, description: 补齐关键项, owner: 陈刚, due: 2026-03-31}\n"},
    )
    write_site(root / "sites/cd", CD)
    (root / "portfolio.yaml").write_text(PORTFOLIO, encoding="utf-8")
    return root / "portfolio.yaml"


def portfolio_json(runner: CliRunner, path: Path, *args: str) -> dict[str, Any]:
    code, out, err = run(runner, "-q", "portfolio", str(path), "--format", "json", "--today", "2026-06-01", *args)
    assert (code, err) == (0, ""), err
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def test_seat_weighted_numbers_by_hand(group: Path, runner: CliRunner) -> None:
    data = portfolio_json(runner, group)
    # sh: AA = (1*1 + 2*0.5 + 1*1) / 4 = 75; BB = (1 + 0) / 2 = 50; overall = (3 + 1) / (4 + 2) = 66.666.. -> 66.67
    # hz: AA = (1*0.5 + 2*1 + 1*0) / 4 = 62.5; BB-01 is N/A: BB = 1 / 1 = 100; overall = 3.5 / 5 = 70
    # cd: BB-02 not assessed (0): AA = 4 / 4 = 100; BB = 1 / 2 = 50; overall = 5 / 6 = 83.333.. -> 83.33
    # sh last year: AA = (1 + 0 + 1) / 4 = 50, BB = (1 + 0.5) / 2 = 75; overall = 3.5 / 6 = 58.33; delta 8.34
    sites = {s["id"]: s for s in data["sites"]}
    assert [(s["overall"], s["previous"], s["delta"]) for s in sites.values()] == [
        (66.67, 58.33, 8.34),
        (70.0, None, None),
        (83.33, None, None),
    ]
    # 华东 = (300*66.67 + 100*70) / 400 = (20001 + 7000) / 400 = 67.5025 -> 67.5
    # 西南 = 83.33 (one site)
    # overall = (20001 + 7000 + 200*83.33) / 600 = (27001 + 16666) / 600 = 72.778.. -> 72.78
    assert data["name"] == "华信集团客服中心"  # the output language: language: of portfolio.yaml, else zh
    assert data["weight"] == "seats"
    assert data["overall"] == {"score": 72.78}
    assert data["groups"] == [
        {"id": "华东", "score": 67.5, "sites": ["sh", "hz"]},
        {"id": "西南", "score": 83.33, "sites": ["cd"]},
    ]


def test_equal_weights_by_hand(group: Path, runner: CliRunner) -> None:
    data = portfolio_json(runner, group, "--weight", "equal")
    # 华东 = (66.67 + 70) / 2 = 68.335 -> 68.34 (half up); overall = (66.67 + 70 + 83.33) / 3 = 220 / 3 = 73.33
    assert data["weight"] == "equal"
    assert data["overall"] == {"score": 73.33}
    assert [(g["id"], g["score"]) for g in data["groups"]] == [("华东", 68.34), ("西南", 83.33)]


def test_json_shape_sites_items_key_failures(group: Path, runner: CliRunner) -> None:
    data = portfolio_json(runner, group, "--lang", "en")
    assert list(data) == ["name", "weight", "overall", "groups", "sites", "items", "key_failures"]
    assert data["name"] == "Huaxin Group contact centres"
    assert data["sites"][1] == {
        "id": "hz",
        "group": "华东",
        "seats": 100,
        "overall": 70.0,
        "domains": [{"id": "AA", "score": 62.5}, {"id": "BB", "score": 100.0}],
        "key_failures": ["AA-03"],
        "ready": False,
        "not_assessed": 0,
        "overdue_actions": 1,  # due 2026-03-31, open, today 2026-06-01
        "previous": None,
        "delta": None,
    }
    assert data["sites"][2]["not_assessed"] == 1
    # points per site: AA-01 sh 1, hz 0.5, cd 1 | AA-02 0.5, 1, 1 | AA-03 1, 0, 1 | BB-01 1, N/A, 1 | BB-02 0, 1, 0
    assert data["items"] == [
        {"item": "AA-01", "min": 0.5, "median": 1.0, "max": 1.0, "worst": ["hz"], "failing_sites": 1},
        {"item": "AA-02", "min": 0.5, "median": 1.0, "max": 1.0, "worst": ["sh"], "failing_sites": 1},
        {"item": "AA-03", "min": 0.0, "median": 1.0, "max": 1.0, "worst": ["hz"], "failing_sites": 1},
        {"item": "BB-01", "min": 1.0, "median": 1.0, "max": 1.0, "worst": [], "failing_sites": 0},
        {"item": "BB-02", "min": 0.0, "median": 0.0, "max": 1.0, "worst": ["sh", "cd"], "failing_sites": 2},
    ]
    assert data["key_failures"] == [{"item": "AA-03", "sites": ["hz"]}]


def test_today_from_source_date_epoch(group: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01: the action due 2026-03-31 is not overdue
    code, out, err = run(runner, "portfolio", str(group), "--format", "json")
    assert (code, err) == (0, "")
    assert [s["overdue_actions"] for s in json.loads(out)["sites"]] == [0, 0, 0]


def test_table_ranks_sites(group: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    code, out, err = run(runner, "portfolio", str(group), "--lang", "en", "--today", "2026-06-01")
    assert (code, err) == (0, "")
    assert (
        out.splitlines()[0].strip() == "Huaxin Group contact centres: overall score 72.8 (3 sites, weighted by seats)"
    )
    rows = [line.split("│")[1:-1] for line in out.splitlines() if line.startswith("│ ")]
    ranked = [(cells[0].strip(), cells[1].strip(), cells[4].strip()) for cells in rows if cells[0].strip().isdigit()]
    assert ranked == [("1", "cd 成都", "83.3"), ("2", "hz 杭州", "70.0"), ("3", "sh 上海", "66.7")]
    assert "Key-item failures: AA-03 (hz)" in out.splitlines()  # a rich table: the one line under it, whole


def test_fail_under(group: Path, runner: CliRunner) -> None:
    code, out, err = run(runner, "portfolio", str(group), "--format", "json", "--fail-under", "72.79")
    assert code == 1
    assert json.loads(out)["overall"]["score"] == 72.78
    assert err == "cc-assess: the portfolio's overall score 72.78 is below 72.79\n"
    code, _, err = run(runner, "portfolio", str(group), "--format", "json", "--fail-under", "72.78")
    assert (code, err) == (0, "")


# ------------------------------------------------------------------------------------------ bad input


def test_missing_portfolio_file_exit_2(tmp_path: Path, runner: CliRunner) -> None:
    code, out, err = run(runner, "portfolio", str(tmp_path / "nope.yaml"))
    assert (code, out) == (2, "")
    assert err == f"{tmp_path}/nope.yaml:1:1: error: no such file [missing-file]\n"


def test_invalid_portfolio_file_located(tmp_path: Path, runner: CliRunner) -> None:
    write_site(tmp_path / "a", SH)
    (tmp_path / "portfolio.yaml").write_text(
        "schema: cc-assess/portfolio/v1\n"
        "name: 集团\n"
        "sites:\n"
        "  - {id: a, path: a, seats: 10, colour: red}\n"
        "  - {id: a, path: a, seats: 10}\n"
        "  - {id: b, path: a, seats: 0}\n",
        encoding="utf-8",
    )
    code, out, err = run(runner, "portfolio", str(tmp_path / "portfolio.yaml"))
    assert (code, out) == (1, "")
    display = f"{tmp_path}/portfolio.yaml"
    lines = [line for line in err.splitlines() if line.startswith(display)]
    assert [line[len(display) :].split(": error: ")[0] for line in lines] == [":4:33", ":5:10", ":6:29"]
    assert lines[1].endswith(
        "site id 'a' is used twice (first on line 4); every site needs its own id [duplicate-site]"
    )
    assert "[unknown-key]" in lines[0]


def test_missing_seats_only_under_seat_weighting(tmp_path: Path, runner: CliRunner) -> None:
    write_site(tmp_path / "a", SH)
    path = tmp_path / "portfolio.yaml"
    path.write_text("schema: cc-assess/portfolio/v1\nname: 集团\nsites:\n  - id: a\n    path: a\n", encoding="utf-8")
    code, out, err = run(runner, "portfolio", str(path))
    assert (code, out) == (1, "")
    assert err == (
        f"{tmp_path}/portfolio.yaml:4:5: error: site 'a' has no seats; weighting by seats (--weight seats, the "
        "default) needs seats for every site, or use --weight equal [missing-seats]\n"
        f"cc-assess: {tmp_path}/portfolio.yaml is invalid\n"
    )
    code, out, err = run(runner, "portfolio", str(path), "--weight", "equal", "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["overall"] == {"score": 66.67}


def test_invalid_site_reports_its_problems_nothing_on_stdout(group: Path, runner: CliRunner) -> None:
    bad = group.parent / "sites/hz/responses/AA/AA-01.yaml"
    bad.write_text("item: AA-01\nstatus: maybe\n", encoding="utf-8")
    code, out, err = run(runner, "portfolio", str(group), "--format", "json")
    assert (code, out) == (1, "")
    assert err == (
        f"{group.parent}/sites/hz/responses/AA/AA-01.yaml:2:9: error: 'maybe' is not a status of this catalogue "
        "(use one of: conformant, partial, nonconformant, na, or their zh/en labels) [unknown-status]\n"
        "cc-assess: 1 site(s) have problems; run 'cc-assess validate' on them\n"
    )


def test_bad_site_path_located_exit_2(group: Path, runner: CliRunner) -> None:
    group.write_text(PORTFOLIO.replace("path: sites/cd,", "path: sites/chengdu,"), encoding="utf-8")
    code, out, err = run(runner, "portfolio", str(group))
    assert (code, out) == (2, "")
    assert err == (
        f"{group}:6:42: error: 'sites/chengdu' does not exist (paths are relative to the folder of portfolio.yaml) "
        "and is not a git REV:PATH [site-path]\n"
    )


def test_unknown_catalogue_exit_2(group: Path, runner: CliRunner) -> None:
    (group.parent / "sites/cd/assessment.yaml").write_text(
        "catalogue: no-such-catalogue\ncatalogue_version: 1.0.0\n", encoding="utf-8"
    )
    code, out, err = run(runner, "portfolio", str(group))
    assert (code, out) == (2, "")
    assert err == (
        f"{group.parent}/sites/cd/assessment.yaml:1:12: error: unknown catalogue 'no-such-catalogue' "
        "(bundled: ydt-2823-2015; or give a path to a catalogue file) [unknown-catalogue]\n"
    )


def test_sites_on_two_catalogues_refused(group: Path, runner: CliRunner) -> None:
    other = (FIXTURES / "mini.yaml").read_text(encoding="utf-8").replace("id: mini", "id: other")
    (group.parent / "sites/cd/catalogue.yaml").write_text(other, encoding="utf-8")
    code, out, err = run(runner, "portfolio", str(group))
    assert (code, out) == (1, "")
    assert err == (
        f"{group}:6:42: error: site 'cd' uses catalogue 'other' but the other sites use 'mini'; a portfolio uses "
        "one catalogue [catalogue-mismatch]\n"
        "cc-assess: 1 site(s) have problems; run 'cc-assess validate' on them\n"
    )


# ------------------------------------------------------------------------------------------ catalogue versions


def test_sites_on_two_catalogue_versions_are_mapped(group: Path, runner: CliRunner) -> None:
    # cd moves to mini 1.1.0: AA-02 is AA-04 there, BB-02 is removed, BB-03 added.
    cd = group.parent / "sites/cd"
    shutil.rmtree(cd)
    write_site(
        cd,
        {"AA-01": "conformant", "AA-03": "conformant", "AA-04": "partial", "BB-01": "conformant", "BB-03": "na"},
        catalogue=MINI_2,
        version="1.1.0",
    )
    data = portfolio_json(runner, group)
    items = {i["item"]: i for i in data["items"]}
    assert list(items) == ["AA-01", "AA-03", "AA-04", "BB-01", "BB-03"]  # the newest version's items
    # AA-04 is AA-02 at sh (0.5) and hz (1), and AA-04 at cd (0.5)
    assert items["AA-04"] == {
        "item": "AA-04",
        "min": 0.5,
        "median": 0.5,
        "max": 1.0,
        "worst": ["sh", "cd"],
        "failing_sites": 2,
    }
    # BB-03 exists only at cd, where it is N/A
    assert items["BB-03"] == {
        "item": "BB-03",
        "min": None,
        "median": None,
        "max": None,
        "worst": [],
        "failing_sites": 0,
    }
    # cd: AA = (1 + 1 + 2*0.5) / 4 = 75; BB = 1 / 1 = 100; overall = 4 / 5 = 80
    assert data["sites"][2]["overall"] == 80.0


# ------------------------------------------------------------------------------------------ git and packs


def test_git_rev_path_sites(tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in git_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    repo = make_repo(tmp_path)  # site-a at y2025 and y2026 (HEAD)
    (repo / "hq").mkdir()
    (repo / "hq/portfolio.yaml").write_text(
        "schema: cc-assess/portfolio/v1\nname: HQ\nsites:\n"
        "  - {id: a, path: 'y2026:site-a', previous: 'y2025:site-a', seats: 10}\n"
        "  - {id: b, path: '../site-a', seats: 30}\n",
        encoding="utf-8",
    )
    commit(repo, "portfolio", "2026-02-01")
    monkeypatch.chdir(tmp_path)
    data = portfolio_json(runner, repo / "hq/portfolio.yaml")
    # the same numbers as diff y2025:site-a HEAD:site-a: 66.67 -> 70.0
    assert [(s["id"], s["overall"], s["previous"], s["delta"]) for s in data["sites"]] == [
        ("a", 70.0, 66.67, 3.33),
        ("b", 70.0, None, None),
    ]
    group_file = repo / "hq/portfolio.yaml"
    group_file.write_text(group_file.read_text(encoding="utf-8").replace("y2025:", "y2024:"), encoding="utf-8")
    code, out, err = run(runner, "portfolio", str(group_file))
    assert (code, out) == (2, "")
    assert err == (
        f"{group_file}:4:45: error: cannot read this site: y2024:site-a: fatal: invalid object name 'y2024'. "
        "[site-unreadable]\n"
    )


def test_pack_sites_are_verified_then_read(group: Path, runner: CliRunner) -> None:
    root = group.parent
    (root / "packs").mkdir()
    code, _, err = run(
        runner, "pack", str(root / "sites/cd"), "-o", str(root / "packs/cd.zip"), "--today", "2026-06-01"
    )
    assert code == 0, err
    shutil.rmtree(root / "sites/cd")
    group.write_text(PORTFOLIO.replace("path: sites/cd,", "path: packs/cd.zip,"), encoding="utf-8")
    data = portfolio_json(runner, group)
    assert data["sites"][2]["overall"] == 83.33
    assert data["overall"] == {"score": 72.78}

    import zipfile

    with zipfile.ZipFile(root / "packs/cd.zip") as archive:
        entries = {i.filename: archive.read(i) for i in archive.infolist()}
    honest = entries["assessment/responses/BB/BB-02.yaml"]
    forged = entries["assessment/responses/BB/BB-02.yaml"] = b"item: BB-02\nstatus: conformant\n"
    with zipfile.ZipFile(root / "packs/cd.zip", "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    code, out, err = run(runner, "portfolio", str(group), "--format", "json")
    assert (code, out) == (1, "")
    assert err == (
        f"{root}/packs/cd.zip:1:1: error: assessment/responses/BB/BB-02.yaml: "
        f"sha256 {hashlib.sha256(forged).hexdigest()} (size {len(forged)}) differs from the manifest's "
        f"{hashlib.sha256(honest).hexdigest()} (size {len(honest)}) [pack-changed]\n"
        "cc-assess: 1 site(s) have problems; run 'cc-assess validate' on them\n"
    )


# ------------------------------------------------------------------------------------------ formats


def test_html_is_one_self_contained_page_with_every_section(group: Path, runner: CliRunner) -> None:
    hostile = '<script>alert("x")</script>'
    group.write_text(PORTFOLIO.replace("title: 杭州", f"title: '{hostile}'").replace("group: 西南", "group: '<b>西南'"))
    action = group.parent / "sites/hz/responses/AA/AA-03.yaml"
    action.write_text(action.read_text(encoding="utf-8").replace("补齐关键项", "补齐 <img src=x onerror=1>"))
    code, out, err = run(runner, "portfolio", str(group), "--format", "html", "--lang", "en", "--today", "2026-06-01")
    assert (code, err) == (0, "")
    assert out.startswith('<!DOCTYPE html>\n<html lang="en">')
    lowered = out.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert "http://" not in out.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in out
    # A whole page (and its heat map one 3 KB line): whole lines, elements and table rows instead.
    lines = [line.strip() for line in out.splitlines()]
    headings = [line for line in lines if line.startswith("<h2>")]
    assert headings == [
        f'<h2><span class="num">{number}</span>{heading}</h2>'
        for number, heading in enumerate(
            (
                "Sites x review categories",
                "Ranking of sites",
                "Key-item failures across sites",
                "Items with the widest spread across sites",
                "Overdue corrective actions per site",
                "Change since the previous assessment",
            ),
            start=1,
        )
    ]
    heat = [line for line in lines if line.startswith('<svg class="chart heat"')]
    assert len(heat) == 1
    hz = "hz &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"
    assert (
        f'<text class="label" x="182" y="70.0" text-anchor="end"><title>{hz}</title>'
        "hz &lt;script&gt;alert(&#34;x&#34;)&lt;/…</text>"
    ) in heat[0]
    # the heat map's overall cell of sh
    assert (
        '<rect class="cell h2 total" x="299" y="79" width="52" height="22"><title>sh 上海 · Σ: 66.7</title></rect>'
    ) in heat[0]
    assert (
        '<figure><svg class="chart deltas" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 36" width="640" '
        'height="36" role="img" aria-label="Change since the previous assessment">'
        "<title>Change since the previous assessment</title>"
        '<line class="axis" x1="395.0" y1="0" x2="395.0" y2="36"/>'
        '<text class="label" x="182" y="20.0" text-anchor="end">sh 上海</text>'
        '<rect class="bar good" x="395.0" y="9" width="205.0" height="16">'
        "<title>sh 上海: 58.3 → 66.7 (+8.3)</title></rect>"
        '<text class="value" x="606.0" y="20.0" text-anchor="start">+8.3</text></svg></figure>'
    ) in lines
    assert (
        '<tr><td>&lt;b&gt;西南</td><td class="n"><span class="meter"><span class="good" style="width: 83.33%">'
        "</span></span>83.3</td><td>cd</td></tr>"
    ) in lines
    assert (  # the overdue action, escaped
        '<tr class="overdue"><td class="n">2026-03-31</td><td class="id">AA-03 · A1</td><td>陈刚</td>'
        "<td>补齐 &lt;img src=x onerror=1&gt;</td></tr>"
    ) in lines


def test_html_bilingual_and_deterministic(group: Path, runner: CliRunner) -> None:
    first = run(runner, "portfolio", str(group), "--format", "html", "--lang", "bi", "--today", "2026-06-01")
    second = run(
        runner, "portfolio", str(group), "--format", "html", "--lang", "bi", "--today", "2026-06-01", "-j", "1"
    )
    assert first == second
    assert (
        '<span class="zh" lang="zh-CN">场所排名</span> <span class="en" lang="en">Ranking of sites</span>' in first[1]
    )


def test_markdown(group: Path, runner: CliRunner) -> None:
    code, out, err = run(
        runner, "portfolio", str(group), "--format", "markdown", "--lang", "zh", "--today", "2026-06-01"
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "## 华信集团客服中心：总体得分 72.8（3 个场所，按座席数加权）"
    assert "| 1 | cd 成都 | 西南 | 200 | 83.3 | — | — | 未就绪 | 0 | 1 | 0 |" in lines
    assert "| 3 | sh 上海 | 华东 | 300 | 66.7 | 58.3 | +8.3 | 就绪 | 0 | 0 | 0 |" in lines
    assert "| sh | 75.0 | 50.0 |" in lines
    assert "- AA-03: hz" in lines
    assert "- **hz**: 2026-03-31 AA-03 A1 补齐关键项 (陈刚)" in lines


def test_csv_one_row_per_site(group: Path, runner: CliRunner) -> None:
    group.write_text(PORTFOLIO.replace("group: 西南", "group: '=HYPERLINK(1)'"), encoding="utf-8")
    result = runner.invoke(
        __import__("cc_assess.cli", fromlist=["app"]).app,
        ["portfolio", str(group), "--format", "csv", "--today", "2026-06-01"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    data = result.stdout_bytes
    assert data.startswith(b"\xef\xbb\xbf")
    rows = data.decode("utf-8-sig").split("\r\n")
    assert rows[0] == (
        "site,title,group,seats,overall,previous,delta,ready,key_failures,not_assessed,overdue_actions,AA,BB"
    )
    assert rows[1] == "sh,上海,华东,300,66.67,58.33,8.34,true,,0,0,75.0,50.0"
    assert rows[2] == "hz,杭州,华东,100,70.0,,,false,AA-03,0,1,62.5,100.0"
    assert rows[3] == "cd,成都,'=HYPERLINK(1),200,83.33,,,false,,1,0,100.0,50.0"


# ------------------------------------------------------------------------------------------ facts


def test_facts_csv(group: Path, runner: CliRunner, tmp_path: Path) -> None:
    group.write_text(PORTFOLIO.replace("group: 西南", "group: '@SUM(1)'"), encoding="utf-8")
    facts = tmp_path / "facts.csv"
    code, out, err = run(
        runner, "portfolio", str(group), "--format", "json", "--facts", str(facts), "--today", "2026-06-01"
    )
    assert code == 0
    assert err == f"wrote {facts}: 15 row(s)\n"
    assert json.loads(out)["overall"] == {"score": 72.78}
    data = facts.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = data.decode("utf-8-sig").split("\r\n")
    assert rows[0] == "site,group,item,domain,status,points,weight,key,not_assessed,overdue_actions"
    assert rows[1:6] == [
        "sh,华东,AA-01,AA,conformant,1,1,false,false,0",
        "sh,华东,AA-02,AA,partial,0.5,2,false,false,0",
        "sh,华东,AA-03,AA,conformant,1,1,true,false,0",
        "sh,华东,BB-01,BB,conformant,1,1,false,false,0",
        "sh,华东,BB-02,BB,nonconformant,0,1,false,false,0",
    ]
    assert rows[8] == "hz,华东,AA-03,AA,nonconformant,0,1,true,false,1"
    assert rows[9] == "hz,华东,BB-01,BB,na,,1,false,false,0"
    assert rows[15] == "cd,'@SUM(1),BB-02,BB,not_assessed,0,1,false,true,0"
    assert rows[16:] == [""]


SQL = """
SELECT site, round(100 * sum(points * weight) / sum(weight), 2) AS score
FROM 'FACTS' WHERE points IS NOT NULL GROUP BY site ORDER BY score DESC
"""


def test_facts_parquet_read_back_with_duckdb(group: Path, runner: CliRunner, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    facts = tmp_path / "facts.parquet"
    code, _, err = run(
        runner, "portfolio", str(group), "--format", "json", "--facts", str(facts), "--today", "2026-06-01"
    )
    assert code == 0, err
    connection = duckdb.connect()
    columns = connection.execute(f"DESCRIBE SELECT * FROM '{facts}'").fetchall()
    assert [(c[0], c[1]) for c in columns] == [
        ("site", "VARCHAR"),
        ("group", "VARCHAR"),
        ("item", "VARCHAR"),
        ("domain", "VARCHAR"),
        ("status", "VARCHAR"),
        ("points", "DOUBLE"),
        ("weight", "DOUBLE"),
        ("key", "BOOLEAN"),
        ("not_assessed", "BOOLEAN"),
        ("overdue_actions", "INTEGER"),
    ]
    assert connection.execute(f"SELECT count(*) FROM '{facts}'").fetchone() == (15,)
    assert connection.execute(
        f"SELECT * FROM '{facts}' WHERE site = 'hz' AND item IN ('AA-03', 'BB-01') ORDER BY item"
    ).fetchall() == [
        ("hz", "华东", "AA-03", "AA", "nonconformant", 0.0, 1.0, True, False, 1),
        ("hz", "华东", "BB-01", "BB", "na", None, 1.0, False, False, 0),
    ]
    # The query of docs/portfolio.md: each site's overall score again, from the facts alone (no domain weights).
    assert connection.execute(SQL.replace("FACTS", str(facts))).fetchall() == [
        ("cd", 83.33),
        ("hz", 70.0),
        ("sh", 66.67),
    ]


def test_facts_parquet_without_duckdb_exit_2(
    group: Path, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cc_assess.portfolio import facts as portfolio_facts

    monkeypatch.setattr(portfolio_facts, "_has_duckdb", lambda: False)
    facts = tmp_path / "facts.parquet"
    code, out, err = run(runner, "portfolio", str(group), "--facts", str(facts))
    assert (code, out) == (2, "")
    assert err == "cc-assess: writing Parquet needs DuckDB; install it with: pip install 'cc-assess[analytics]'\n"
    assert not facts.exists()


def test_facts_other_suffix_exit_2(group: Path, runner: CliRunner, tmp_path: Path) -> None:
    code, out, err = run(runner, "portfolio", str(group), "--facts", str(tmp_path / "facts.xlsx"))
    assert (code, out) == (2, "")
    assert err == f"cc-assess: --facts needs a file ending in .csv or .parquet: {tmp_path}/facts.xlsx\n"


def test_bundled_catalogue_1_0_0_and_1_1_0_sites(tmp_path: Path, runner: CliRunner) -> None:
    """The example's 2025 folder is on YD/T 2823-2015 1.0.0, its 2026 folder on 1.1.0 (SM-27 became HR-33)."""
    from cc_assess.assessment import load_assessment
    from cc_assess.catalogue import find_bundled

    examples = Path(__file__).resolve().parents[2] / "examples/huaxin-shanghai"
    path = tmp_path / "portfolio.yaml"
    path.write_text(
        "schema: cc-assess/portfolio/v1\nname: 华信\nsites:\n"
        f"  - {{id: y2025, path: '{examples / '2025'}', seats: 1}}\n"
        f"  - {{id: y2026, path: '{examples / '2026'}', seats: 3}}\n",
        encoding="utf-8",
    )
    facts = tmp_path / "facts.csv"
    data = portfolio_json(runner, path, "--facts", str(facts))
    scores = []
    for year in ("2025", "2026"):
        code, out, err = run(runner, "score", str(examples / year), "--format", "json")
        assert (code, err) == (0, "")
        scores.append(json.loads(out)["overall"]["score"])
    assert [s["overall"] for s in data["sites"]] == scores

    newest = find_bundled("ydt-2823-2015", "1.1.0")
    assert [i["item"] for i in data["items"]] == [item.id for item in newest.items()]
    old, new = (load_assessment(Shown(examples / year, year)).statuses for year in ("2025", "2026"))

    def points(catalogue_version: str, level: str | None) -> float | None:
        return 0.0 if level is None else find_bundled("ydt-2823-2015", catalogue_version).level(level).points

    pair = [points("1.0.0", old["SM-27"]), points("1.1.0", new["HR-33"])]
    known = [p for p in pair if p is not None]
    hr33 = next(i for i in data["items"] if i["item"] == "HR-33")
    assert (hr33["min"], hr33["max"]) == (min(known), max(known))
    assert hr33["failing_sites"] == sum(1 for p in known if p < 1)

    rows = facts.read_bytes().decode("utf-8-sig").split("\r\n")[1:-1]
    y2025 = [r.split(",") for r in rows if r.startswith("y2025,")]
    assert len(y2025) == len(find_bundled("ydt-2823-2015", "1.0.0").items())
    by_item = {r[2]: r for r in y2025}
    assert by_item["HR-33"][3] == "HR"  # SM-27 under its 1.1.0 id and category
    assert "SM-27" not in by_item
    assert by_item["CR-18"][3] == "CR"  # removed in 1.1.0: keeps its own id
    assert "CR-18" not in [i["item"] for i in data["items"]]
    # weighted by seats: (1 * 2025 + 3 * 2026) / 4
    from decimal import ROUND_HALF_UP, Decimal

    mean = (Decimal(repr(scores[0])) + 3 * Decimal(repr(scores[1]))) / 4
    assert data["overall"] == {"score": float(mean.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))}


def test_invalid_previous_assessment_is_a_site_problem(group: Path, runner: CliRunner) -> None:
    (group.parent / "sites/sh/2025/responses/AA/AA-01.yaml").write_text("item: AA-09\n", encoding="utf-8")
    code, out, err = run(runner, "portfolio", str(group), "--format", "json")
    assert (code, out) == (1, "")
    previous = group.parent / "sites/sh/2025/responses"
    assert err == (
        f"{previous}/AA/AA-01.yaml:1:7: error: item 'AA-09' is not in catalogue mini 1.0.0 [unknown-item]\n"
        f"{previous}/AA/AA-02.yaml:2:9: warning: AA-02 is nonconformant but has no corrective action; "
        "add one under 'actions:' [no-corrective-action]\n"
        f"{previous}/BB/BB-02.yaml:2:9: warning: BB-02 is partial but has no corrective action; "
        "add one under 'actions:' [no-corrective-action]\n"
        "cc-assess: 1 site(s) have problems; run 'cc-assess validate' on them\n"
    )
