"""report --format docx and --format pdf, checked in the real programs: python-docx (and LibreOffice when
installed) for Word, headless Chromium and poppler (pdffonts, pdftotext) for PDF."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from cc_assess import i18n
from cc_assess.render.docx import plain_lines
from tests.acceptance.test_render import HOSTILE, _hostile_site
from tests.conftest import FIXTURES, REPO, MakeAssessment, run

SITE = FIXTURES / "report-site"
TODAY = "2026-02-01"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CC_ASSESS_LANG", "en")
    i18n.reset()


def _docx(runner: CliRunner, tmp_path: Path, *args: str, name: str = "r.docx") -> Path:
    target = tmp_path / name
    code, out, err = run(runner, "report", *args, "--format", "docx", "--today", TODAY, "-o", str(target))
    assert (code, out) == (0, ""), err
    return target


def _in_a_row(lines: list[str], run: list[str]) -> bool:
    """Whether ``run`` occurs in ``lines`` as consecutive whole lines (the cells of one table row)."""
    return any(lines[i : i + len(run)] == run for i in range(len(lines) - len(run) + 1))


def _texts(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    parts += [p.text for section in document.sections for p in section.footer.paragraphs]
    return "\n".join(parts)


# ------------------------------------------------------------------------------------------ docx


def test_docx_report_holds_every_part(runner: CliRunner, tmp_path: Path) -> None:
    text = _texts(_docx(runner, tmp_path, str(SITE), "--lang", "bi"))
    lines = text.splitlines()  # a whole report: whole paragraphs and table cells
    for expected in (
        "服务质量评估报告 / Service quality assessment report",
        "文件编号 / Document No.",
        "HX-QA-2026-001",
        "目录 / Contents",
        "中心服务质量管理体系运行基本有效；录音抽检与夜班安排须在复审前完成整改。 / "
        "The centre's service quality system works on the whole; call sampling and night shifts must be rectified "
        "before the re-audit.",
        "适用性声明 / Statement of applicability",
        "理由 / Reason: 本中心不设夜班",
        "要求 / Requirement: 按比例抽检录音 / Sample recorded calls",
        "• evidence/training-plan.pdf ⚠ 已过期 / expired (有效期至 2025-12-31 / valid until 2025-12-31) — "
        "抽检规程 2024 版",
        "A1 将夜班录音纳入抽检",
        "待处理 / open ⚠ 逾期 / overdue",
        "• 见 质检制度 (https://intranet.example/qa-policy)",
    ):
        assert expected in lines, expected
    # The sign-off block: one row per role (its cells, whole), with whether it still matches the content.
    assert _in_a_row(
        lines, ["编制 / Prepared by", "王丽", "2026-01-31", "✓ 与当前内容一致 / matches the current content"]
    )
    assert _in_a_row(
        lines,
        [
            "批准 / Approved by",
            "张伟",
            "2026-02-02",
            "⚠ 审批后内容已修改，须重新审批 / content changed after sign-off; to be signed again",
        ],
    )
    assert "{{" not in text
    assert "{%" not in text


def test_docx_sets_east_asian_fonts_in_words_own_slots(runner: CliRunner, tmp_path: Path) -> None:
    path = _docx(runner, tmp_path, str(SITE))
    import docx

    document = docx.Document(str(path))
    fonts = {}
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "Table Grid"):
        r_fonts = document.styles[name].element.find(f"{W}rPr/{W}rFonts")
        assert r_fonts is not None, name
        assert not [a for a in r_fonts.attrib if a.endswith("Theme")], name  # a theme font would override them
        fonts[name] = (r_fonts.get(f"{W}ascii"), r_fonts.get(f"{W}eastAsia"))
    assert fonts["Normal"] == ("Times New Roman", "宋体")
    assert fonts["Heading 1"] == ("Arial", "黑体")
    assert fonts["Table Grid"] == ("Times New Roman", "宋体")
    defaults = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert defaults.get(f"{W}eastAsia") == "宋体"
    lang = document.styles["Normal"].element.find(f"{W}rPr/{W}lang")
    assert lang.get(f"{W}eastAsia") == "zh-CN"
    # A4, a TOC field that Word refreshes when the document opens.
    section = document.sections[0]
    width, height = section.page_width, section.page_height
    assert width is not None
    assert height is not None
    assert (round(width.mm), round(height.mm)) == (210, 297)
    body = document.element.body
    assert [node.text for node in body.iter(f"{W}instrText")] == [' TOC \\o "1-2" \\h \\z \\u ']
    assert document.settings.element.find(f"{W}updateFields").get(f"{W}val") == "true"


def test_docx_is_deterministic_and_a_clean_zip(runner: CliRunner, tmp_path: Path) -> None:
    first = _docx(runner, tmp_path, str(SITE), name="a.docx").read_bytes()
    second = _docx(runner, tmp_path, str(SITE), name="b.docx").read_bytes()
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert archive.testzip() is None
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    dates = re.findall(r"<(dcterms:created|dcterms:modified|cp:lastPrinted)(?: [^>]*)?>([^<]*)</", core)
    assert dates == [(tag, "2026-02-01T00:00:00Z") for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted")]


def test_docx_escapes_hostile_text(make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path) -> None:
    folder = _hostile_site(make_assessment)
    for template in ("report", "rectification"):
        path = _docx(runner, tmp_path, str(folder), "--template", template, name=f"{template}.docx")
        text = _texts(path)  # python-docx parses it: the XML is intact
        assert HOSTILE in text.splitlines()  # shown as written, not interpreted: a whole paragraph or cell
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml").decode()
        assert "<script>" not in xml
        # the whole text element, escaped once (&lt; not &amp;lt;)
        assert escape(HOSTILE) in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)


def test_rectification_docx(runner: CliRunner, tmp_path: Path) -> None:
    text = _texts(_docx(runner, tmp_path, str(SITE), "--template", "rectification", "--lang", "en"))
    lines = text.splitlines()  # a whole report: whole paragraphs and table cells
    assert "Rectification report" in lines
    assert "QA-02 ★ Call sampling — Partially conformant" in lines
    assert _in_a_row(
        lines, ["A1 补齐培训考核记录", "陈刚", "2026-01-31", "done", "2026-01-28", "evidence/training-plan.pdf"]
    )
    assert "PE-02 Scheduling — Nonconformant" in lines
    assert "No corrective actions recorded." in lines


def test_docx_user_template_from_template_dir(runner: CliRunner, tmp_path: Path) -> None:
    import docx

    own = tmp_path / "tpl"
    own.mkdir()
    document = docx.Document()
    document.add_paragraph("OWN {{ r.meta.organization }} {{ t('overall_score') }} {{ r.overall }}")
    document.save(str(own / "report.docx"))
    text = _texts(_docx(runner, tmp_path, str(SITE), "--template-dir", str(own)))
    assert text == "OWN 华信客服中心 总体得分 66.7\n"  # the one paragraph, then the empty footer
    (own / "broken.docx").write_bytes(b"not a zip")
    code, out, err = run(
        runner, "report", str(SITE), "--format", "docx", "--template-dir", str(own), "--template", "broken",
        "-o", str(tmp_path / "x.docx"),
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert err == (
        f"cc-assess: template {own}/broken.docx: not a usable .docx (Package not found at '{own}/broken.docx')\n"
    )
    assert not (tmp_path / "x.docx").exists()


def test_docx_without_docxtpl_says_what_to_install(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "docxtpl", None)  # import docxtpl raises ImportError
    code, out, err = run(runner, "report", str(SITE), "--format", "docx", "-o", str(tmp_path / "r.docx"))
    assert (code, out) == (2, "")
    assert err == "cc-assess: --format docx needs the optional docxtpl: pip install 'cc-assess[docx]'\n"
    assert not (tmp_path / "r.docx").exists()


def test_bundled_docx_templates_are_rebuilt_byte_for_byte(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(REPO / "templates" / "tools" / "make_docx_templates.py"), str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in ("report.docx", "rectification.docx"):
        assert (tmp_path / name).read_bytes() == (REPO / "templates" / name).read_bytes(), name


def test_plain_lines_of_findings() -> None:
    assert plain_lines("Intro **bold**\n\n- one\n2. two [link](https://x.example) `code`\n## Head\n") == [
        "Intro bold",
        "• one",
        "• two link (https://x.example) code",
        "Head",
    ]
    assert plain_lines(None) == []


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice not installed (apt-get install libreoffice-writer-nogui)"
)
def test_docx_opens_in_libreoffice(runner: CliRunner, tmp_path: Path) -> None:
    path = _docx(runner, tmp_path, str(SITE), "--lang", "zh")
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True).stdout
    assert "服务质量评估报告" in text
    assert "审批签署" in text
    assert "张伟" in text


# ------------------------------------------------------------------------------------------ pdf


def _browser() -> str:
    from cc_assess.errors import CannotRun
    from cc_assess.pdf import find_browser

    try:
        return find_browser()
    except CannotRun:
        if os.environ.get("CC_ASSESS_REQUIRE_BROWSER") == "1":
            pytest.fail("CC_ASSESS_REQUIRE_BROWSER=1 but no Chromium-family browser is installed")
        pytest.skip("no Chromium-family browser: apt-get install chromium")


def _pdf(runner: CliRunner, tmp_path: Path, *args: str, name: str = "r.pdf") -> Path:
    _browser()
    target = tmp_path / name
    code, out, err = run(runner, "report", *args, "--format", "pdf", "--today", TODAY, "-o", str(target))
    assert (code, out) == (0, ""), err
    assert target.read_bytes().startswith(b"%PDF-")
    return target


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return text.stdout.split("\f")[:-1]


@pytest.mark.browser
def test_pdf_fonts_embedded_text_searchable_and_signed(runner: CliRunner, tmp_path: Path) -> None:
    pdf = _pdf(runner, tmp_path, str(SITE), "--lang", "zh")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts
    assert all(line.split()[-5] == "yes" for line in fonts), fonts  # emb
    assert all(line.split()[-3] == "yes" for line in fonts), fonts  # uni: text maps back to Unicode
    # whole lines of the laid-out text, the spaces between its columns taken as one
    pages = [[" ".join(line.split()) for line in page.splitlines() if line.strip()] for page in _pages(pdf)]
    cover = pages[0]
    assert "服务质量评估报告" in cover
    assert "文件编号 HX-QA-2026-001" in cover
    assert "编制 王丽 2026-01-31 ✓ 与当前内容一致" in cover, cover
    assert "批准 张伟 2026-02-02 ⚠ 审批后内容已修改，须重新审批" in cover, cover
    assert pages[1][0] == "目录"
    assert "中心服务质量管理体系运行基本有效；录音抽检与夜班安排须在复审前完成整改。" in pages[2]
    assert "QA-02 evidence/training-plan.pdf ⚠ 已过期 · 有效期至 2025-12-31 抽检规程 2024 版" in [
        line for page in pages for line in page
    ]


@pytest.mark.browser
def test_pdf_is_byte_stable_and_dated_by_the_report(runner: CliRunner, tmp_path: Path) -> None:
    first = _pdf(runner, tmp_path, str(SITE), name="a.pdf").read_bytes()
    second = _pdf(runner, tmp_path, str(SITE), name="b.pdf").read_bytes()
    assert first == second
    assert b"/CreationDate (D:20260201000000+00'00')" in first
    assert b"/ModDate (D:20260201000000+00'00')" in first


@pytest.mark.browser
def test_a_long_key_failure_list_does_not_spill_onto_a_near_empty_page(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "big"
    assert run(runner, "init", str(folder), "--catalogue", "ydt-2823-2015", "--organization", "华信")[0] == 0
    out = run(runner, "catalogue", "show", "ydt-2823-2015", "--format", "json")[1]
    catalogue = json.loads(out)
    keys = [i["id"] for d in catalogue["domains"] for i in d["items"] if i.get("key")]
    assert len(keys) >= 20
    for domain in catalogue["domains"]:
        for item in domain["items"]:
            status = "partial" if item["id"] in keys else "conformant"
            action = "actions: [{id: A1, description: 整改, owner: 陈刚, due: 2026-03-31}]\n" if item.get("key") else ""
            path = folder / "responses" / domain["id"] / f"{item['id']}.yaml"
            path.write_text(f"item: {item['id']}\nstatus: {status}\n{action}", encoding="utf-8")
    pages = _pages(_pdf(runner, folder.parent, str(folder), "--lang", "zh"))
    summary = next(i for i, page in enumerate(pages) if "执行摘要" in page and "关键项未通过" in page)
    assert all(key in pages[summary] for key in keys)  # the whole list on the summary page
    assert "各评审类别得分" in pages[summary + 1]  # the next page is the next section, not a spilled tail


@pytest.mark.browser
def test_rectification_pdf(runner: CliRunner, tmp_path: Path) -> None:
    pages = _pages(_pdf(runner, tmp_path, str(SITE), "--template", "rectification", "--lang", "zh"))
    assert "整改报告" in pages[0]
    assert "整改明细" in "".join(pages)


def test_pdf_without_a_browser_says_what_to_install(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH
    monkeypatch.delenv("CC_ASSESS_BROWSER", raising=False)
    monkeypatch.setattr("cc_assess.pdf.INSTALL_PATHS", ())
    code, out, err = run(runner, "report", str(SITE), "--format", "pdf", "-o", str(tmp_path / "r.pdf"))
    assert (code, out) == (2, "")
    assert err == (
        "cc-assess: --format pdf needs a Chromium-family browser (printing headless): install Chromium "
        "(apt-get install chromium), Google Chrome or Microsoft Edge, or set CC_ASSESS_BROWSER to the "
        "browser's executable\n"
    )
    monkeypatch.setenv("CC_ASSESS_BROWSER", str(tmp_path / "no-such-browser"))
    code, out, err = run(runner, "report", str(SITE), "--format", "pdf", "-o", str(tmp_path / "r.pdf"))
    assert (code, err) == (2, f"cc-assess: CC_ASSESS_BROWSER={tmp_path / 'no-such-browser'}: no such executable\n")
    assert not (tmp_path / "r.pdf").exists()


def test_a_browser_that_fails_is_exit_2_and_nothing_written(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "fake-chrome"
    fake.write_text("#!/bin/sh\necho 'it broke' >&2\nexit 3\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("CC_ASSESS_BROWSER", str(fake))
    target = tmp_path / "r.pdf"
    target.write_bytes(b"previous")
    code, out, err = run(runner, "report", str(SITE), "--format", "pdf", "-o", str(target))
    assert (code, out) == (2, "")
    assert err == f"cc-assess: {fake} could not print the PDF: it broke\n"
    assert target.read_bytes() == b"previous"


FAKE_PRINT = """#!/bin/sh
for a in "$@"; do
  case "$a" in --user-data-dir=*) profile="${a#*=}" ;; --print-to-pdf=*) pdf="${a#*=}" ;; esac
done
printf '%s' > "$pdf"
# A helper that outlives the main process and writes into the profile later (as Chromium's GPU process can
# while it shuts down on a busy machine); it holds none of the main process's pipes.
( sleep 1; mkdir -p "$profile/GPUCache"; echo x > "$profile/GPUCache/cache.db"; touch "$profile/../../helper.done" ) \
  </dev/null >/dev/null 2>&1 &
"""


def test_the_print_returns_when_the_browser_s_helpers_have_ended(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt
    import tempfile

    from cc_assess.pdf import print_pdf

    fake = tmp_path / "fake-chrome"
    fake.write_text(FAKE_PRINT % r"%%PDF-1.7\n%%%%EOF\n", encoding="utf-8")
    fake.chmod(0o755)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    assert print_pdf("<p>x</p>", dt.date(2026, 2, 1), browser=str(fake)) == b"%PDF-1.7\n%%EOF\n"
    assert (temp / "helper.done").is_file()  # the helper had ended when the print returned
    assert list(temp.iterdir()) == [temp / "helper.done"]  # and the profile it wrote into is gone


def test_a_pdf_cut_short_is_exit_2_and_nothing_written(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "fake-chrome"
    fake.write_text(FAKE_PRINT % r"%%PDF-1.7\n1 0 obj", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("CC_ASSESS_BROWSER", str(fake))
    target = tmp_path / "r.pdf"
    code, out, err = run(runner, "report", str(SITE), "--format", "pdf", "-o", str(target))
    assert (code, out) == (2, "")
    assert err == (
        f"cc-assess: {fake} could not print the PDF: the browser ended normally but the PDF it wrote is incomplete "
        "(16 bytes, no closing %%EOF)\n"
    )
    assert not target.exists()


def test_a_browser_that_fails_silently_is_named_by_its_exit_code(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "fake-chrome"
    fake.write_text("#!/bin/sh\nexit 5\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("CC_ASSESS_BROWSER", str(fake))
    code, out, err = run(runner, "report", str(SITE), "--format", "pdf", "-o", str(tmp_path / "r.pdf"))
    assert (code, out) == (2, "")
    assert err == f"cc-assess: {fake} could not print the PDF: the browser ended with exit code 5 and gave no reason\n"
    assert not (tmp_path / "r.pdf").exists()


def test_the_browser_runs_with_a_safe_command_line(tmp_path: Path) -> None:
    from cc_assess.pdf import browser_args

    args = browser_args("chromium", tmp_path / "profile", tmp_path / "p.html", tmp_path / "o.pdf")
    for flag in (
        "--headless",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-pdf-header-footer",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--print-to-pdf={tmp_path / 'o.pdf'}",
    ):
        assert flag in args
    assert ("--no-sandbox" in args) == (os.geteuid() == 0)
    assert args[-1] == (tmp_path / "p.html").as_uri()
