"""Helpers for the year-over-year tests: a real temporary git repository, isolated from the user's git config."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from pathlib import Path

from tests.conftest import FIXTURES

MINI_2 = FIXTURES / "mini-1.1.0.yaml"

YEAR_2025 = {
    "AA-01": "partial",
    "AA-02": "conformant",
    "AA-03": "nonconformant",
    "BB-01": "conformant",
    "BB-02": "partial",
}
ACTION_OPEN = "actions:\n  - {id: A1, description: Fix the key item, owner: 陈刚, due: 2025-06-30, status: open}\n"
ACTION_DONE = "actions:\n  - {id: A1, description: Fix the key item, owner: 陈刚, due: 2025-06-30, status: done}\n"


def git_env(home: Path) -> dict[str, str]:
    """Environment for git in tests: no global or system config, a fixed identity."""
    cfg = home / "gitconfig"
    cfg.write_text("", encoding="utf-8")
    return {
        "GIT_CONFIG_GLOBAL": str(cfg),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.com",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.com",
    }


def git(repo: Path, *args: str, date: str | None = None) -> str:
    env: dict[str, str] = {}
    if date is not None:
        env = {"GIT_AUTHOR_DATE": f"{date}T12:00:00+08:00", "GIT_COMMITTER_DATE": f"{date}T12:00:00+08:00"}
    import os

    done = subprocess.run(
        ["git", *args], cwd=repo, env={**os.environ, **env}, capture_output=True, text=True, check=True
    )
    return done.stdout


def commit(repo: Path, message: str, date: str, tag: str | None = None) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, date=date)
    if tag is not None:
        git(repo, "tag", tag)


def response(item: str, status: str | None, extra: str = "") -> str:
    return f"item: {item}\n" + (f"status: {status}\n" if status is not None else "") + extra


def write_responses(folder: Path, statuses: Mapping[str, str | None], extras: Mapping[str, str] | None = None) -> None:
    for item, status in statuses.items():
        path = folder / "responses" / item[:2] / f"{item}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(response(item, status, (extras or {}).get(item, "")), encoding="utf-8")


YEAR_2026 = {
    "AA-01": "conformant",
    "AA-02": "partial",
    "AA-03": "conformant",
    "BB-01": "na",
    "BB-02": "partial",
}


def make_repo(root: Path) -> Path:
    """``root/repo`` with ``site-a`` (mini catalogue 1.0.0 in ``site-a/catalogue.yaml``) committed twice:
    tag y2025 (2025-01-30) and tag y2026 (2026-01-30, HEAD)."""
    import shutil

    repo = root / "repo"
    site = repo / "site-a"
    site.mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    shutil.copyfile(FIXTURES / "mini.yaml", site / "catalogue.yaml")
    (site / "assessment.yaml").write_text(
        "# site A\ncatalogue: catalogue.yaml\ncatalogue_version: 1.0.0\norganization: 华信客服中心\n", encoding="utf-8"
    )
    write_responses(site, YEAR_2025, {"AA-03": ACTION_OPEN})
    (site / "evidence").mkdir()
    (site / "evidence" / "plan.pdf").write_bytes(b"%PDF-1.4 not really")
    commit(repo, "assessment 2025", "2025-01-30", "y2025")
    write_responses(site, YEAR_2026, {"AA-03": ACTION_DONE, "BB-01": "na_reason: no outbound calls any more\n"})
    commit(repo, "assessment 2026", "2026-01-30", "y2026")
    return repo
