"""The HTML reports in a real browser: headless Chromium, driven through its command line.

Checks: no console message (no script runs, no error, no CSP violation), no network request from the page
(read from Chromium's NetLog), a screenshot, and a print to A4 PDF with the expected number of pages.
Without Chromium the tests skip, unless CC_ASSESS_REQUIRE_BROWSER=1 (set by .ci/run), where they fail.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from cc_assess.assessment import load_valid
from cc_assess.render import render_report
from cc_assess.shown import Shown
from tests.acceptance.test_render import _hostile_site
from tests.conftest import FIXTURES, MakeAssessment

pytestmark = pytest.mark.browser

SITE = FIXTURES / "report-site"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
]


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CC_ASSESS_REQUIRE_BROWSER") == "1":
        pytest.fail("CC_ASSESS_REQUIRE_BROWSER=1 but headless Chromium is not installed (apt-get install chromium)")
    pytest.skip("headless Chromium not found: apt-get install chromium to run the browser tests")


@dataclass
class Visit:
    console: list[str]
    requests: list[str]


def _run(chromium: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={tmp / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def visit(chromium: str, page: Path, tmp: Path) -> Visit:
    """Load the page once, with console logging and a NetLog; return its console lines and its requests."""
    netlog = tmp / "netlog.json"
    result = _run(
        chromium,
        tmp,
        "--enable-logging=stderr",
        "--v=0",
        f"--log-net-log={netlog}",
        "--dump-dom",
        page.as_uri(),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "</html>" in result.stdout or "</body>" in result.stdout
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    log = json.loads(netlog.read_text(encoding="utf-8"))
    names = {value: key for key, value in log["constants"]["logEventTypes"].items()}
    requests = []
    for event in log["events"]:
        params = event.get("params") or {}
        if names.get(event["type"]) != "URL_REQUEST_START_JOB" or "url" not in params:
            continue
        # The browser's own background traffic has no origin; the page's requests come from file://.
        from_page = params.get("initiator") != "not an origin" or "file://" in str(params.get("network_isolation_key"))
        if from_page and not str(params["url"]).startswith(("file:", "data:")):
            requests.append(str(params["url"]))
    return Visit(console, requests)


def pdf_pages(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE).group(1))  # type: ignore[union-attr]
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def check_in_browser(html: str, tmp: Path, expected_pages: int) -> None:
    chromium = _chromium()
    page = tmp / "report.html"
    page.write_text(html, encoding="utf-8")
    seen = visit(chromium, page, tmp)
    assert seen.console == [], seen.console
    assert seen.requests == [], seen.requests

    shot = tmp / "report.png"
    result = _run(chromium, tmp, "--window-size=1000,1400", f"--screenshot={shot}", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one

    pdf = tmp / "report.pdf"
    result = _run(chromium, tmp, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert pdf_pages(pdf) == expected_pages


def test_report_html_in_chromium(tmp_path: Path) -> None:
    loaded = load_valid(Shown.of(SITE))
    html = render_report(loaded, format="html", lang="bi", today=dt.date(2026, 2, 1))
    # cover (with the sign-off), contents, summary, domain scores, one page per domain,
    # gaps/actions/applicability/evidence, the appendix item by item (two pages)
    check_in_browser(html, tmp_path, 7 + len(loaded.catalogue.domains))


def test_rectification_html_in_chromium(tmp_path: Path) -> None:
    loaded = load_valid(Shown.of(SITE))
    html = render_report(loaded, format="html", lang="zh", template="rectification", today=dt.date(2026, 2, 1))
    check_in_browser(html, tmp_path, 3)  # cover, then contents, summary and details (two pages)


def test_hostile_report_stays_inert_in_chromium(
    make_assessment: MakeAssessment, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tmp_path = tmp_path_factory.mktemp("browser")
    folder = _hostile_site(make_assessment)
    html = render_report(load_valid(Shown.of(folder)), format="html", lang="en", today=dt.date(2026, 2, 1))
    check_in_browser(html, tmp_path, 6 + 2)


def test_the_checks_catch_script_and_requests(tmp_path: Path) -> None:
    """The detector itself: a page with a script error and an image from the network is caught."""
    chromium = _chromium()
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html><body><img src="http://127.0.0.1:9/x.png">'
        '<script>console.error("boom")</script></body></html>',
        encoding="utf-8",
    )
    seen = visit(chromium, page, tmp_path)
    assert any('"boom"' in line for line in seen.console), seen.console
    assert seen.requests == ["http://127.0.0.1:9/x.png"]
