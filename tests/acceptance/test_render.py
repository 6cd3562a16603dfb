"""The report command and the render package: golden Markdown, escaping of hostile text, CLI behaviour.

Golden files live in tests/golden/.  After a deliberate change to a template or the message table, regenerate
them with ``CC_ASSESS_UPDATE_GOLDEN=1 python -m pytest tests/acceptance/test_render.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess import __version__
from cc_assess.assessment import load_valid
from cc_assess.errors import CannotRun
from cc_assess.render import render_report
from cc_assess.render.charts import Point, radar
from cc_assess.render.markup import findings_html, findings_markdown, md_code, md_inline, safe_link
from cc_assess.shown import Shown
from tests.conftest import ALL_CONFORMANT, FIXTURES, REPO, MakeAssessment, run

SITE = FIXTURES / "report-site"
GOLDEN = Path(__file__).parents[1] / "golden"
TODAY = "2026-02-01"
UPDATE = os.environ.get("CC_ASSESS_UPDATE_GOLDEN") == "1"


def _check_golden(name: str, text: str) -> None:
    # The version is the one moving part of the output; the golden file holds a placeholder.
    text = text.replace(f"cc-assess {__version__}", "cc-assess VERSION")
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8", newline="\n")
    assert path.is_file(), f"missing golden file {path}; run with CC_ASSESS_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; see the docstring to regenerate"


@pytest.mark.parametrize("lang", ["zh", "en", "bi"])
def test_markdown_report_golden(runner: CliRunner, lang: str) -> None:
    code, out, err = run(runner, "report", str(SITE), "--lang", lang, "--today", TODAY)
    assert code == 0, err
    _check_golden(f"report-site.{lang}.md", out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_rectification_golden(runner: CliRunner, lang: str) -> None:
    code, out, err = run(runner, "report", str(SITE), "--template", "rectification", "--lang", lang, "--today", TODAY)
    assert code == 0, err
    _check_golden(f"rectification.{lang}.md", out)


def test_report_content_en() -> None:
    loaded = load_valid(Shown.of(SITE))
    text = render_report(loaded, format="markdown", lang="en", today=dt.date(2026, 2, 1))
    lines = text.splitlines()  # the whole report is pinned by the golden tests; here: whole lines
    assert "- **Overall score**: **66.7** (Target score 80)" in lines
    assert "- **Readiness verdict**: **Not ready**" in lines
    assert (
        "> This is the tool's verdict against the catalogue's key items and the target score, "
        "not a certification decision."
    ) in lines
    assert "| 2026-01-20 | QA-02 A1 | 将夜班录音纳入抽检 | open **⚠ overdue** |" in lines
    assert "| 2026-01-31 | PE-01 A1 | 补齐培训考核记录 | done |" in lines  # done is never overdue
    assert "| PE-03 | Night shifts | 本中心不设夜班 |" in lines
    assert "| QA-02 | `evidence/sampling-2026.xlsx` (file missing) | 抽检记录 |" in lines


def test_today_moves_overdue() -> None:
    loaded = load_valid(Shown.of(SITE))
    text = render_report(loaded, format="markdown", lang="en", today=dt.date(2026, 1, 1))
    assert "overdue**" not in text


def test_html_report_is_self_contained_and_deterministic() -> None:
    loaded = load_valid(Shown.of(SITE))
    html = render_report(loaded, format="html", lang="bi", today=dt.date(2026, 2, 1))
    again = render_report(load_valid(Shown.of(SITE)), format="html", lang="bi", today=dt.date(2026, 2, 1))
    assert html == again
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html.lower()
    assert "<link" not in html.lower()
    assert "@import" not in html
    assert "url(" not in html
    lines = [line.strip() for line in html.splitlines()]  # a 50 KB page: whole lines, not the page
    # CSP: nothing may be fetched, no script may run
    assert (
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'\">"
    ) in lines
    assert html.count('<svg class="chart') == 2
    assert "<b>66.7</b>" not in html
    assert (
        '<div class="value">66.7 <small>/ <span class="zh" lang="zh-CN">目标得分</span> '
        '<span class="en" lang="en">Target score</span> 80</small></div>'
    ) in lines
    assert ".sheet { box-shadow: none; margin: 0; padding: 0; break-before: page; page-break-before: always; }" in lines
    assert "size: A4; margin: 14mm 13mm 16mm;" in lines
    assert (
        'font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",'
    ) in lines


# ---------------------------------------------------------------------------------------- escaping

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
HOSTILE_FINDINGS = """\
Intro <script>alert(1)</script> and <img src="x" onerror="alert(2)">

[click](javascript:alert(3)) [ent](&#106;avascript:alert(4)) <javascript:alert(5)> [data](data:text/html,hi)
[proto](//evil.example/x) ![img](https://evil.example/pixel.png) [ok](https://example.com/a) [rel](evidence/a.pdf)

<div onmouseover="alert(6)">raw block</div>
"""


def _hostile_site(make_assessment: MakeAssessment) -> Path:
    response = (
        "item: AA-01\nstatus: partial\n"
        "findings: |\n" + "".join(f"  {line}\n" for line in HOSTILE_FINDINGS.splitlines()) + "evidence:\n"
        f"  - {{ref: 'https://example.com/x?a=<b>', note: '{HOSTILE}'}}\n"
        "actions:\n"
        f"  - {{id: '<b>A1</b>', description: '{HOSTILE}', owner: '{HOSTILE}', due: 2026-01-01}}\n"
        f"assessor: '{HOSTILE}'\n"
    )
    folder = make_assessment(
        {"AA-02": "conformant", "AA-03": "conformant", "BB-01": "conformant"},
        files={
            "responses/AA/AA-01.yaml": response,
            "responses/BB/BB-02.yaml": f"item: BB-02\nstatus: na\nna_reason: '{HOSTILE}'\n",
        },
        meta=(
            f"organization: '{HOSTILE}'\nsite: '{HOSTILE}'\nscope: '{HOSTILE}'\n"
            f"assessors: [{{name: '{HOSTILE}', role: '{HOSTILE}'}}]\n"
            f"document_no: '{HOSTILE}'\nconclusion: {{zh: '{HOSTILE}', en: '{HOSTILE}'}}\n"
        ),
    )
    from cc_assess.approvals import approve  # a sign-off by a hostile name: shown in every report

    approve(Shown.of(folder), "approved", HOSTILE, dt.date(2026, 2, 1))
    return folder


ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "section", "div", "span", "h1", "h2", "h3",
    "p", "ul", "li", "b", "small", "br", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "code", "a",
    "figure", "figcaption", "footer", "strong", "em", "svg", "polygon", "circle", "line", "text", "rect",
    "caption", "nav", "ol", "h4",
}  # fmt: skip


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


@pytest.mark.parametrize("template", ["report", "rectification"])
@pytest.mark.parametrize("lang", ["zh", "bi"])
def test_hostile_text_is_inert_in_html(make_assessment: MakeAssessment, template: str, lang: str) -> None:
    folder = _hostile_site(make_assessment)
    html = render_report(
        load_valid(Shown.of(folder)), format="html", lang=lang, template=template, today=dt.date(2026, 2, 1)
    )
    parser = _Tags()
    parser.feed(html)
    hrefs = []
    for tag, attrs in parser.tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert name not in ("src", "srcset", "action", "formaction", "background"), (tag, name)
            if name == "href":
                hrefs.append(value or "")
    assert all(safe_link(h) and not h.startswith("//") for h in hrefs), hrefs
    assert "<script" not in html
    assert "<img" not in html
    assert "<div onmouseover" not in html
    title = re.search(r"^<title>(.*)</title>$", html, re.MULTILINE)
    assert title is not None
    # the text is still there, as text
    assert title[1].endswith(" · &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
    if template == "report":
        assert "https://example.com/a" in hrefs
        assert "evidence/a.pdf" in hrefs
        assert "//evil.example/x" not in hrefs  # protocol-relative: refused
        assert "https://evil.example/pixel.png" in hrefs  # an image becomes a plain link: nothing is fetched


@pytest.mark.parametrize("template", ["report", "rectification"])
def test_hostile_text_is_inert_in_markdown(make_assessment: MakeAssessment, template: str) -> None:
    folder = _hostile_site(make_assessment)
    text = render_report(load_valid(Shown.of(folder)), format="markdown", lang="en", template=template)
    # Rendered by any CommonMark renderer with raw HTML on (the worst case), nothing active comes out.
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark", {"html": True}).render(text)
    assert "<script" not in html
    assert "<img" not in html
    assert "<div onmouseover" not in html
    assert 'href="javascript' not in html
    assert 'href="data:' not in html


def test_findings_html_rules() -> None:
    html = str(findings_html(HOSTILE_FINDINGS))
    assert html == (
        "<p>Intro &lt;script&gt;alert(1)&lt;/script&gt; and "
        "&lt;img src=&quot;x&quot; onerror=&quot;alert(2)&quot;&gt;</p>\n"
        "<p>[click](javascript:alert(3)) [ent](javascript:alert(4)) &lt;javascript:alert(5)&gt; "
        "[data](data:text/html,hi)\n"
        '[proto](//evil.example/x) !<a href="https://evil.example/pixel.png">img</a> '
        '<a href="https://example.com/a">ok</a> <a href="evidence/a.pdf">rel</a></p>\n'
        "<p>&lt;div onmouseover=&quot;alert(6)&quot;&gt;raw block&lt;/div&gt;</p>\n"
    )
    assert "<img" not in html
    assert "<script" not in html
    assert "onerror=" not in html.replace("onerror=&quot;", "")
    assert 'href="javascript' not in html
    assert 'href="data:' not in html
    assert 'href="//' not in html


def test_findings_markdown_keeps_benign_text() -> None:
    text = "# 结论\n\n- 见 [制度](https://example.com/p) 与 `a<b`\n"
    assert findings_markdown(text) == "> # 结论\n>\n> - 见 [制度](https://example.com/p) 与 `a<b`"
    assert findings_markdown("a [x](javascript:alert(1))") == "> a \\[x\\](javascript:alert(1))"


def test_markdown_helpers() -> None:
    assert md_inline("a|b <c> *d*\nnext") == "a\\|b \\<c\\> \\*d\\* next"
    assert md_code("a`b") == "``a`b``"
    assert safe_link("https://x.y")
    assert safe_link("evidence/a.pdf")
    assert safe_link("#top")
    assert not safe_link("javascript:alert(1)")
    assert not safe_link("JAVASCRIPT:x")
    assert not safe_link("//evil")
    assert not safe_link("mailto:a@b")
    assert not safe_link("data:text/html,x")


def test_radar_escapes_labels_and_is_stable() -> None:
    points = [Point("<A>", "t<1>", 50.0), Point("B", "t2", None), Point("C", "t3", 100.0)]
    svg = str(radar(points, 80, title="<x>"))
    assert "<A>" not in svg
    assert svg == str(radar(points, 80, title="<x>"))
    # One line of SVG, 1.5 KB of coordinates: the escaped texts and the target polygon, each as a whole element.
    assert svg.startswith(
        '<svg class="chart radar" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 360" width="360" '
        'height="360" role="img" aria-label="&lt;x&gt;"><title>&lt;x&gt;</title>'
    )
    assert (
        '<text class="label" x="180.0" y="52.0" text-anchor="middle"><title>t&lt;1&gt;</title>&lt;A&gt; 50.0</text>'
        in svg
    )
    assert '<polygon class="target" points="180.0,74.4 271.5,232.8 88.5,232.8"/>' in svg


# ---------------------------------------------------------------------------------------- CLI


def test_output_file_written_atomically(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    target.write_text("old", encoding="utf-8")
    code, out, err = run(runner, "report", str(SITE), "--format", "html", "-o", str(target), "--today", TODAY)
    assert (code, out) == (0, "")
    assert err == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]  # no temporary file left behind


def test_default_language_is_the_assessments(make_assessment: MakeAssessment, runner: CliRunner) -> None:
    folder = make_assessment(ALL_CONFORMANT, meta="language: en\n")
    code, out, err = run(runner, "report", str(folder), "--today", TODAY)
    assert (code, err) == (0, "")
    assert out.startswith("# Service quality assessment report\n")
    assert "- **Readiness verdict**: **Ready**" in out.splitlines()  # a whole report: one whole line


def test_invalid_input_exits_1_and_writes_nothing(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path
) -> None:
    folder = make_assessment({"AA-01": "maybe"})
    target = tmp_path / "out.html"
    code, out, err = run(runner, "report", str(folder), "--format", "html", "-o", str(target))
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"{folder}/responses/AA/AA-01.yaml:2:9: error: 'maybe' is not a status of this catalogue "
        "(use one of: conformant, partial, nonconformant, na, or their zh/en labels) [unknown-status]",
        *(
            f"{folder}/responses/{item[:2]}/{item}.yaml:1:1: warning: no response file for {item}; "
            "it counts as not assessed [missing-response]"
            for item in ("AA-02", "AA-03", "BB-01", "BB-02")
        ),
        f"cc-assess: {folder}: the assessment has errors; run 'cc-assess validate'",
    ]
    assert not target.exists()
    assert run(runner, "report", str(folder)) == (1, "", err)  # to stdout: the same problems, nothing printed


def test_cannot_run_cases(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    code, out, err = run(runner, "report", str(folder), "--template", "nope")
    assert (code, out) == (2, "")
    assert err == "cc-assess: no template 'nope.md.j2' among the bundled templates\n"
    code, out, err = run(runner, "report", str(folder), "--today", "2026-13-01")
    assert (code, out) == (2, "")
    assert err == "cc-assess: --today: '2026-13-01' is not a date (YYYY-MM-DD)\n"
    code, out, err = run(runner, "report", str(folder), "--template-dir", str(tmp_path / "none"))
    assert (code, out) == (2, "")
    assert err == f"cc-assess: template folder '{tmp_path / 'none'}' does not exist\n"
    code, _, err = run(runner, "report", str(folder), "-o", str(tmp_path / "no" / "r.md"))
    assert code == 2
    assert err == f"cc-assess: cannot write {tmp_path}/no/r.md: folder {tmp_path}/no does not exist\n"
    code, _, err = run(runner, "report", str(tmp_path / "missing"))
    assert (code, err) == (2, f"{tmp_path}/missing:1:1: error: assessment folder: no such folder [missing-folder]\n")


def test_template_dir_overrides_by_name_and_falls_back(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path
) -> None:
    folder = make_assessment(ALL_CONFORMANT, meta="organization: 'A <b> & C'\n")
    templates = tmp_path / "tpl"
    (templates / "partials").mkdir(parents=True)
    # Override one partial only: the bundled report.md.j2 picks it up.
    (templates / "partials" / "macros.md.j2").write_text(
        (REPO / "templates" / "partials" / "macros.md.j2")
        .read_text(encoding="utf-8")
        .replace("{% macro cover(r) %}", "{% macro cover(r) %}\nCUSTOM COVER {{ r.meta.organization }}\n"),
        encoding="utf-8",
    )
    # A template of one's own, next to the bundled ones.
    (templates / "brief.md.j2").write_text("{{ t('overall_score') }}: {{ r.overall }} {{ r.meta.organization }}\n")
    code, out, err = run(runner, "report", str(folder), "--template-dir", str(templates))
    assert code == 0, err
    assert "CUSTOM COVER A \\<b\\> \\& C" in out.splitlines()  # a whole report: one whole line
    code, out, err = run(runner, "report", str(folder), "--template-dir", str(templates), "--template", "brief")
    assert (code, out) == (0, "总体得分: 100.0 A \\<b\\> \\& C\n")
    (templates / "bad.md.j2").write_text("line\n{{ r.nope }}\n")
    code, out, err = run(runner, "report", str(folder), "--template-dir", str(templates), "--template", "bad")
    assert (code, out) == (2, "")
    assert err == "cc-assess: template bad.md.j2: 'cc_assess.render.context.Report object' has no attribute 'nope'\n"
    (templates / "broken.md.j2").write_text("line\n{% if %}\n")
    code, out, err = run(runner, "report", str(folder), "--template-dir", str(templates), "--template", "broken")
    assert (code, out) == (2, "")
    assert err == (
        f"{templates}/broken.md.j2:2:1: error: template syntax error: "
        "Expected an expression, got 'end of statement block' [template-error]\n"
    )


def test_render_report_rejects_unknown_format_and_lang(make_assessment: MakeAssessment) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    loaded = load_valid(Shown.of(folder))
    with pytest.raises(CannotRun, match="unknown report format 'pdf'"):
        render_report(loaded, format="pdf", lang="zh")
    with pytest.raises(CannotRun, match="unknown report language 'fr'"):
        render_report(loaded, format="markdown", lang="fr")


def test_cli_import_does_not_load_jinja() -> None:
    code = (
        "import sys, cc_assess.cli; print(any(m in sys.modules for m in ('jinja2', 'markdown_it', 'cc_assess.render')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    assert result.stdout.strip() == "False"


def test_a_template_extends_a_bundled_one_and_overrides_one_block(runner: CliRunner, tmp_path: Path) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    # Only the cover: every other part (and the macros, as m) comes from the bundled report.
    (templates / "client.html.j2").write_text(
        '{% extends "report.html.j2" %}\n'
        '{% block cover %}<section class="sheet cover"><h1>OWN {{ r.meta.organization }}</h1>'
        "{{ m.signoff(r) }}</section>{% endblock %}\n",
        encoding="utf-8",
    )
    # A report.md.j2 of one's own extends the bundled one of the same name through bundled/.
    (templates / "report.md.j2").write_text(
        '{% extends "bundled/report.md.j2" %}\n{% block cover %}\n# OWN {{ r.meta.organization }}\n{% endblock %}\n',
        encoding="utf-8",
    )
    code, out, err = run(
        runner, "report", str(SITE), "--format", "html", "--template-dir", str(templates), "--template", "client"
    )
    assert code == 0, err
    lines = out.splitlines()  # a whole HTML report: whole lines
    assert '<section class="sheet cover"><h1>OWN 华信客服中心</h1><table class="signoff">' in lines
    assert '<section class="sheet cover">\n' not in out  # the bundled cover is replaced
    assert '<section class="sheet summary" id="summary">' in lines
    code, out, err = run(runner, "report", str(SITE), "--template-dir", str(templates), "--today", TODAY)
    assert code == 0, err
    assert out.startswith("# OWN 华信客服中心\n\n## 1. 执行摘要\n")
    assert "## 8. 附录：逐条评审记录" in out.splitlines()


def test_a_template_that_extends_its_own_name_extends_the_bundled_one(runner: CliRunner, tmp_path: Path) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "report.md.j2").write_text(
        "{%- extends 'report.md.j2' -%}\n{% block cover %}\n# OWN {{ r.meta.organization }}\n{% endblock %}\n",
        encoding="utf-8",
    )
    code, out, err = run(runner, "report", str(SITE), "--template-dir", str(templates), "--today", TODAY)
    assert (code, err) == (0, "")
    assert out.startswith("# OWN 华信客服中心\n\n## 1. 执行摘要\n")
    (templates / "report.html.j2").write_text(
        '{% extends "report.html.j2" %}{% block cover %}<h1>OWN</h1>{% endblock %}\n', encoding="utf-8"
    )
    code, out, err = run(runner, "report", str(SITE), "--format", "html", "--template-dir", str(templates))
    assert (code, err) == (0, "")
    assert "<h1>OWN</h1>" in out.splitlines()  # a whole HTML report: one whole line of it


def test_a_partial_that_lacks_a_macro_says_how_to_override_one_part(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cc_assess import i18n

    monkeypatch.setenv("CC_ASSESS_LANG", "en")
    i18n.reset()
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "macros.html.j2").write_text("{% macro cover(r, title) %}X{% endmacro %}\n")
    code, out, err = run(runner, "report", str(SITE), "--format", "html", "--template-dir", str(tmp_path))
    assert (code, out) == (2, "")
    assert err == (
        "cc-assess: template report.html.j2: 'jinja2.environment.TemplateModule object' has no attribute 'head'. "
        "A partials file in --template-dir replaces the bundled one whole; to change one part, "
        '{% extends "report.html.j2" %} and override one {% block %} (see docs/reports.md)\n'
    )


def test_statement_of_applicability_lists_items_excluded_by_tag(
    make_assessment: MakeAssessment, tmp_path: Path
) -> None:
    catalogue = tmp_path / "tagged.yaml"
    catalogue.write_text(
        (FIXTURES / "mini.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "requirement: {zh: 要求乙二, en: Requirement B2}}",
            "requirement: {zh: 要求乙二, en: Requirement B2}, tags: [outbound]}",
        ),
        encoding="utf-8",
    )
    folder = make_assessment(
        {"AA-01": "conformant", "AA-02": "conformant", "AA-03": "conformant", "BB-01": "na", "BB-02": None},
        catalogue=catalogue,
        files={"responses/BB/BB-01.yaml": "item: BB-01\nstatus: na\nna_reason: 'No <such> service'\n"},
        meta="exclude:\n  - {tag: outbound, reason: {zh: 本中心无外呼业务, en: No outbound calls}}\n",
    )
    loaded = load_valid(Shown.of(folder))
    text = render_report(loaded, format="markdown", lang="en", today=dt.date(2026, 2, 1))
    assert (
        "| Item | Title | Reason |\n| --- | --- | --- |\n"
        "| BB-01 | B one | No \\<such\\> service |\n"
        "| BB-02 | B two | No outbound calls (excluded by tag outbound) |\n"
    ) in text  # a whole report: the whole table
    assert "**Reason**: No outbound calls (excluded by tag outbound)" in text.splitlines()
    html = render_report(loaded, format="html", lang="bi", today=dt.date(2026, 2, 1))
    rows = [line.strip() for line in html.splitlines()]  # a whole HTML report: whole table rows
    assert (
        '<tr><td class="id">BB-02</td><td><span class="zh" lang="zh-CN">乙二</span> '
        '<span class="en" lang="en">B two</span></td><td><span class="zh" lang="zh-CN">本中心无外呼业务</span> '
        '<span class="en" lang="en">No outbound calls</span> '
        '<span class="muted small">(<span class="zh" lang="zh-CN">依据 exclude 排除（标签 outbound）</span> '
        '<span class="en" lang="en">excluded by tag outbound</span>)</span></td></tr>'
    ) in rows
    assert (
        '<tr><td class="id">BB-01</td><td><span class="zh" lang="zh-CN">乙一</span> '
        '<span class="en" lang="en">B one</span></td><td>No &lt;such&gt; service</td></tr>'
    ) in rows
