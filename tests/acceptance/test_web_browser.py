"""The web editor in a real browser: Debian's headless Chromium driven by Selenium through chromedriver, against a
real uvicorn server on 127.0.0.1 (an ephemeral port, in a thread that stops by itself).

A quality manager opens the page, picks an item, sets a status and findings, saves; the file on disk holds her
answer and ``git diff`` shows only it.  The page logs nothing to the console and requests nothing outside
127.0.0.1.  Without chromium/chromedriver the tests skip, unless CC_ASSESS_REQUIRE_BROWSER=1 (CI): then they fail.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cc_assess.shown import Shown
from tests.conftest import FIXTURES

pytestmark = pytest.mark.browser

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--window-size=1400,1000",
]
WAIT = 30.0  # seconds: every wait below gives up after this


def _browser() -> tuple[str, str]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if chromium and driver:
        return chromium, driver
    if os.environ.get("CC_ASSESS_REQUIRE_BROWSER") == "1":
        pytest.fail(
            "CC_ASSESS_REQUIRE_BROWSER=1 but chromium or chromedriver is missing (apt-get install chromium "
            "chromium-driver)"
        )
    pytest.skip("chromium and chromedriver not found: apt-get install chromium chromium-driver to run this test")


def until(what: Callable[[], Any], message: str) -> Any:
    """Poll ``what`` until it returns something truthy, for at most WAIT seconds."""
    from selenium.common.exceptions import WebDriverException

    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        try:
            value = what()
        except WebDriverException:  # not there yet, or replaced while we looked: look again
            value = None
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {message}")


def click(browser: Any, selector: str) -> None:
    """Click the element that ``selector`` finds now: located afresh on each try, so that a list re-rendered
    between finding and clicking (a refresh after a save) is clicked in its new form, never held stale."""
    from selenium.webdriver.common.by import By

    def attempt() -> bool:
        browser.find_element(By.CSS_SELECTOR, selector).click()
        return True

    until(attempt, f"a click on {selector}")


def git(folder: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    done = subprocess.run(["git", *args], cwd=folder, env=env, capture_output=True, text=True, check=True, timeout=60)
    return done.stdout


@dataclass
class Served:
    folder: Path
    url: str
    origin: str


@pytest.fixture
def served(tmp_path: Path, tool_lang: Callable[[str], None]) -> Iterator[Served]:
    """An assessment made by ``cc-assess init`` in a git repository, served by uvicorn in a thread."""
    from typer.testing import CliRunner

    from cc_assess.cli import app

    tool_lang("zh")
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copyfile(FIXTURES / "mini.yaml", repo / "mini.yaml")
    result = CliRunner().invoke(app, ["init", str(repo / "2026"), "--catalogue", str(repo / "mini.yaml")])
    assert result.exit_code == 0, result.stderr
    folder = repo / "2026"
    hostile = (folder / "responses/BB/BB-01.yaml").read_text(encoding="utf-8")
    (folder / "responses/BB/BB-01.yaml").write_text(
        hostile.replace(
            "findings: |\n", "findings: |\n  <img src=x onerror=alert(1)> <script>alert(2)</script>\n"
        ).replace("assessor:\n", "assessor: '<b>王丽</b>'\n"),
        encoding="utf-8",
    )
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "start")

    yield from serve(folder)


def serve(folder: Path) -> Iterator[Served]:
    """Serve ``folder`` with uvicorn in a thread until the generator is closed."""
    from cc_assess.web.server import prepare

    running = prepare(Shown.of(folder), "127.0.0.1", 0)
    thread = threading.Thread(target=running.run, name="cc-assess-serve", daemon=True)
    thread.start()
    until(lambda: running.server.started, "the server to start")
    origin = running.url.split("/?", 1)[0]
    try:
        yield Served(folder, running.url, origin)
    finally:
        running.server.should_exit = True
        thread.join(timeout=WAIT)
        assert not thread.is_alive(), "the server did not stop"


@pytest.fixture
def driver(tmp_path: Path) -> Iterator[Any]:
    chromium, chromedriver = _browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))
    browser.set_page_load_timeout(WAIT)
    browser.set_script_timeout(WAIT)
    try:
        yield browser
    finally:
        browser.quit()


def foreign_requests(browser: Any, origin: str) -> list[str]:
    """Requests made by our page to anything but our server, and any http(s) request elsewhere at all (the
    browser's own chrome:// pages, such as the first new-tab page, are not the page's doing)."""
    foreign = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] != "Network.requestWillBeSent":
            continue
        url = message["params"]["request"]["url"]
        document = message["params"].get("documentURL", "")
        ours = url.startswith((origin + "/", "data:"))
        if not ours and (document.startswith(origin) or url.startswith(("http:", "https:", "ws:", "wss:"))):
            foreign.append(url)
    return foreign


def test_fill_in_an_answer_in_chromium(served: Served, driver: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(served.url)
    until(lambda: driver.find_elements(By.CSS_SELECTOR, 'button[data-item="AA-02"]'), "the list of items")
    assert driver.find_element(By.ID, "heading").text.startswith("评估填写")
    until(lambda: driver.find_element(By.ID, "overall").text == "总体得分 0.0", "the score")
    # The page has finished loading when the first item is open (opening it re-renders the list once more).
    until(lambda: driver.find_element(By.ID, "item-heading").text.startswith("AA-01"), "the first item")

    click(driver, 'button[data-item="AA-02"]')
    until(lambda: driver.find_element(By.ID, "item-heading").text.startswith("AA-02 甲二"), "item AA-02")
    assert driver.find_element(By.CSS_SELECTOR, ".guidance .requirement").text == "要求甲二"
    Select(driver.find_element(By.ID, "status")).select_by_visible_text("部分符合")
    findings = driver.find_element(By.ID, "findings")
    findings.send_keys("**培训记录**齐全。\n外包坐席未覆盖。")
    until(lambda: driver.find_elements(By.CSS_SELECTOR, "#preview strong"), "the Markdown preview")
    assert driver.find_element(By.CSS_SELECTOR, "#preview strong").text == "培训记录"
    # Live validation: partially conformant without a corrective action is a warning, shown before saving.
    until(
        lambda: driver.find_elements(By.CSS_SELECTOR, '#problems li[data-code="no-corrective-action"]'),
        "the live warning",
    )
    click(driver, "#save")
    until(lambda: driver.find_element(By.ID, "message").text == "已保存", "the save")

    text = (served.folder / "responses/AA/AA-02.yaml").read_text(encoding="utf-8")
    assert text == (
        "# yaml-language-server: $schema=../../.cc-assess/response.schema.json\n"
        "# AA-02  甲二 / A two\n"
        "# weight 2\n"
        "#\n"
        "# 要求 / Requirement:\n"
        "#   要求甲二\n"
        "#   Requirement A2\n"
        "#\n"
        "# status: conformant (符合/Conformant) | partial (部分符合/Partially conformant) | "
        "nonconformant (不符合/Nonconformant) | na (不适用/Not applicable); empty = not assessed\n"
        "item: AA-02\n"
        "status: partial\n"
        "na_reason:\n"
        "findings: |\n"
        "  **培训记录**齐全。\n"
        "  外包坐席未覆盖。\n"
        "evidence: []\n"
        "actions: []\n"
        "assessor:\n"
        "assessed_on:\n"
    )
    diff = git(served.folder.parent, "diff", "--no-color", "-U0")
    changed = [line for line in diff.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == [
        "-status:",
        "+status: partial",
        "+  **培训记录**齐全。",
        "+  外包坐席未覆盖。",
    ]
    assert git(served.folder.parent, "status", "--porcelain") == " M 2026/responses/AA/AA-02.yaml\n"
    # AA-02 has weight 2 of 6 in all: 0.5 * 2 / 6 = 16.67
    until(lambda: driver.find_element(By.ID, "overall").text == "总体得分 16.7", "the new score")
    until(
        lambda: driver.find_element(By.CSS_SELECTOR, 'button[data-item="AA-02"] .badge').text == "部分符合",
        "the new badge",
    )
    assert driver.find_element(By.CSS_SELECTOR, 'button[data-item="AA-02"]').get_attribute("class") == "item current"

    # Hostile text from a file stays text: no element is made from it and no script runs.
    click(driver, 'button[data-item="BB-01"]')
    until(lambda: driver.find_element(By.ID, "item-heading").text.startswith("BB-01"), "item BB-01")
    until(lambda: "<img" in driver.find_element(By.ID, "preview").text, "the hostile preview")
    assert driver.find_elements(By.CSS_SELECTOR, "#preview img, #preview script, #editor b") == []
    assert driver.find_element(By.ID, "assessor").get_attribute("value") == "<b>王丽</b>"

    console = driver.get_log("browser")
    assert console == [], console
    assert foreign_requests(driver, served.origin) == []


def test_a_file_changed_on_disk_is_a_conflict_with_a_reload(served: Served, driver: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(served.url.replace("/?", "/?") + "#AA-01")
    until(lambda: driver.find_element(By.ID, "item-heading").text.startswith("AA-01"), "item AA-01")
    path = served.folder / "responses/AA/AA-01.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("status:\n", "status: conformant\n"), encoding="utf-8")
    edited = path.read_bytes()
    Select(driver.find_element(By.ID, "status")).select_by_visible_text("不符合")
    driver.find_element(By.ID, "save").click()
    until(lambda: driver.find_elements(By.ID, "conflict"), "the conflict")
    assert path.read_bytes() == edited
    driver.find_element(By.ID, "reload").click()
    until(lambda: Select(driver.find_element(By.ID, "status")).first_selected_option.text == "符合", "the reload")
    assert not driver.find_elements(By.ID, "conflict")
    console = [entry for entry in driver.get_log("browser") if "409" not in entry["message"]]
    assert console == [], console


@pytest.fixture
def served_with_exclude(tmp_path: Path, tool_lang: Callable[[str], None]) -> Iterator[Served]:
    """An assessment on a catalogue with tags whose assessment.yaml excludes the tag ``outbound``."""
    from typer.testing import CliRunner

    from cc_assess.cli import app
    from tests.acceptance.test_applicability import REASON, TAGGED

    tool_lang("zh")
    (tmp_path / "tagged.yaml").write_text(TAGGED, encoding="utf-8")
    folder = tmp_path / "2026"
    result = CliRunner().invoke(app, ["init", str(folder), "--catalogue", str(tmp_path / "tagged.yaml")])
    assert result.exit_code == 0, result.stderr
    with (folder / "assessment.yaml").open("a", encoding="utf-8") as handle:
        handle.write(REASON)
    yield from serve(folder)


def test_an_excluded_item_shows_as_na_until_it_has_a_status_of_its_own(
    served_with_exclude: Served, driver: Any
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    def badge(item: str) -> tuple[str, str, str | None]:
        found = driver.find_element(By.CSS_SELECTOR, f'button[data-item="{item}"] .badge')
        return found.text, found.get_attribute("class"), found.get_attribute("title")

    driver.get(served_with_exclude.url)
    until(lambda: driver.find_element(By.ID, "item-heading").text.startswith("AA-01"), "the first item")
    excluded = ("不适用 (已排除)", "badge excluded status-na", "按适用范围排除，理由：本中心无外呼业务")
    until(lambda: badge("AA-01") == excluded, "the excluded badge")
    assert badge("AA-02") == excluded
    assert badge("AA-03") == ("未评估", "badge status-none", "")
    assert driver.find_element(By.ID, "overall").text == "总体得分 0.0"  # AA-03, AA-04 not assessed: 0 of 2

    Select(driver.find_element(By.ID, "status")).select_by_visible_text("符合")
    click(driver, "#save")
    until(lambda: driver.find_element(By.ID, "message").text == "已保存", "the save")
    until(lambda: badge("AA-01") == ("符合", "badge status-conformant", ""), "AA-01's own status")
    until(lambda: driver.find_element(By.ID, "overall").text == "总体得分 33.3", "the new score")  # 1 of 3
    assert badge("AA-02") == excluded
    assert driver.get_log("browser") == []
