"""PDF of the HTML report, printed by a headless Chromium-family browser (Chromium, Chrome or Edge).

Why a browser and not a Python PDF library: the HTML report is already built for A4 print (``@page``, page
breaks, inline SVG), and a Chromium-family browser is on most machines (Edge on every Windows); it needs no
GTK/Pango stack as WeasyPrint does, embeds the fonts it used (subsets), keeps the text searchable, and sets
Chinese as well as the system's fonts allow.

The browser: ``CC_ASSESS_BROWSER`` when set, else the first of :data:`NAMES` on ``PATH``, else the usual
install paths on Windows and macOS.  It runs headless with a fresh profile in a temporary folder, no network
services, no first-run or sync, and ``--no-sandbox`` only when running as root (where Chromium refuses to start
otherwise); it is given :data:`TIMEOUT` seconds.

Determinism: Chromium writes the time of printing as ``/CreationDate`` and ``/ModDate``; they are rewritten to
``SOURCE_DATE_EPOCH`` (else the report date, 00:00 UTC) in place, with the same length, so that the same input
printed by the same browser build with the same fonts gives the same bytes.  Another browser version or other
fonts give another (equally valid) file: ``/Creator`` names the browser version, and layout follows the fonts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from cc_assess.errors import CannotRun
from cc_assess.i18n import t

ENV = "CC_ASSESS_BROWSER"
NAMES = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "microsoft-edge",
    "microsoft-edge-stable",
    "msedge",
)
#: Where Windows and macOS install the browsers (environment variables expanded at lookup).
INSTALL_PATHS = (
    r"%ProgramFiles(x86)%\Microsoft\Edge\Application\msedge.exe",
    r"%ProgramFiles%\Microsoft\Edge\Application\msedge.exe",
    r"%ProgramFiles%\Google\Chrome\Application\chrome.exe",
    r"%ProgramFiles(x86)%\Google\Chrome\Application\chrome.exe",
    r"%LocalAppData%\Google\Chrome\Application\chrome.exe",
    r"%LocalAppData%\Chromium\Application\chrome.exe",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
)
TIMEOUT = 180  # seconds: a cold start of a browser on a busy machine plus a long report
_DATES = re.compile(rb"/(CreationDate|ModDate) \(D:(\d{14})([^)]{0,16})\)")


def find_browser() -> str:
    """The browser's executable; CannotRun (exit 2, saying what to install) when there is none."""
    chosen = os.environ.get(ENV, "").strip()
    if chosen:
        found = shutil.which(chosen)
        if found is None:
            raise CannotRun(t("deliverables.browser_env", env=ENV, value=chosen))
        return found
    for name in NAMES:
        found = shutil.which(name)
        if found is not None:
            return found
    for candidate in INSTALL_PATHS:
        path = Path(os.path.expandvars(candidate))
        if "%" not in str(path) and path.is_file() and os.access(path, os.X_OK):
            return str(path)
    raise CannotRun(t("deliverables.no_browser", env=ENV))


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def browser_args(browser: str, profile: Path, page: Path, pdf: Path) -> list[str]:
    """The command line of one safe headless print."""
    return [
        browser,
        "--headless",
        *(["--no-sandbox"] if _as_root() else []),
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--mute-audio",
        f"--user-data-dir={profile}",
        "--no-pdf-header-footer",
        "--print-to-pdf-no-header",  # the same, for browsers before 2023
        f"--print-to-pdf={pdf}",
        page.as_uri(),
    ]


def stamp(today: dt.date) -> bytes:
    """``YYYYMMDDHHMMSS`` of ``SOURCE_DATE_EPOCH``, else of ``today`` at 00:00 UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        moment = dt.datetime.fromtimestamp(min(int(epoch), 253_402_300_799), tz=dt.timezone.utc)
    else:
        moment = dt.datetime(today.year, today.month, today.day, tzinfo=dt.timezone.utc)
    return moment.strftime("%Y%m%d%H%M%S").encode()


def fix_dates(data: bytes, today: dt.date) -> bytes:
    """The PDF's creation and modification dates set to :func:`stamp`, in place (same length: offsets hold)."""
    fixed = stamp(today)

    def replace(match: re.Match[bytes]) -> bytes:
        zone = match.group(3)
        utc = b"+00'00'" if len(zone) == 7 else (b"Z" if len(zone) == 1 else zone)
        return b"/" + match.group(1) + b" (D:" + fixed + utc + b")"

    return _DATES.sub(replace, data)


def print_pdf(html: str, today: dt.date, *, browser: str | None = None, timeout: float = TIMEOUT) -> bytes:
    """The PDF of a self-contained HTML page, printed by the headless browser (A4, as the page's CSS says)."""
    executable = browser or find_browser()
    with tempfile.TemporaryDirectory(prefix="cc-assess-pdf-") as tmp:
        folder = Path(tmp)
        page = folder / "report.html"
        page.write_text(html, encoding="utf-8")
        pdf = folder / "report.pdf"
        args = browser_args(executable, folder / "profile", page, pdf)
        returncode, stderr = _run_browser(args, executable, timeout)
        data = pdf.read_bytes() if pdf.is_file() else b""
        if returncode != 0 or not _complete(data):
            detail = " / ".join(stderr.strip().splitlines()[-3:])
            if not detail and returncode != 0:
                detail = t("deliverables.browser_exit", code=returncode)
            elif not detail:
                detail = t("deliverables.pdf_incomplete", size=len(data))
            message = t("deliverables.browser_failed", browser=executable, detail=detail)
            raise CannotRun(message)
    return fix_dates(data, today)


def _complete(data: bytes) -> bool:
    """A whole PDF: its header, and the end-of-file marker that a writer puts last."""
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def _run_browser(args: list[str], executable: str, timeout: float) -> tuple[int, str]:
    """Run one print in a process group of its own; return only when no process of the group is left.

    The browser's main process may exit while its helpers (zygote, GPU, renderer, utility processes) are still
    shutting down and writing into the profile; on a busy machine that takes a while, and removing the temporary
    folder under them fails (or leaves it behind).  A timeout ends the whole group, not the main process alone.
    """
    try:
        process = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
            start_new_session=True,  # its own process group, so that its helpers can be waited for and ended
        )
    except OSError as exc:
        raise CannotRun(t("deliverables.browser_failed", browser=executable, detail=str(exc))) from None
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _end_group(process.pid, grace=0.0)
        process.communicate()
        raise CannotRun(t("deliverables.browser_timeout", browser=executable, seconds=f"{timeout:g}")) from None
    _end_group(process.pid, grace=GROUP_GRACE)
    return process.returncode, stderr or ""


GROUP_GRACE = 30.0  # seconds the browser's helpers get to exit by themselves after the main process has


def _end_group(group: int, *, grace: float) -> None:
    """Wait up to ``grace`` seconds for every process of the group to exit, then kill what is left and wait."""
    if not hasattr(os, "killpg"):  # Windows: no process groups; the main process has ended
        return
    deadline = time.monotonic() + grace
    while _group_alive(group) and time.monotonic() < deadline:
        time.sleep(0.1)
    if _group_alive(group):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)
        deadline = time.monotonic() + 10.0
        while _group_alive(group) and time.monotonic() < deadline:
            time.sleep(0.1)


def _group_alive(group: int) -> bool:
    """Whether a live process (not a zombie waiting for its parent) is left in the group."""
    proc = Path("/proc")
    if proc.is_dir():  # Linux: zombies count as ended (an init that is slow to reap them must not hold us)
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text(encoding="ascii", errors="replace").rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue  # it ended while we looked
            if len(fields) > 2 and fields[2] == str(group) and fields[0] not in ("Z", "X"):
                return True
        return False
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
