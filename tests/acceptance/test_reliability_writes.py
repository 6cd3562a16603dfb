"""No answer lost, nothing written outside the folder: links, special files, unreadable folders, all-or-nothing
writes and interruption (SIGINT, SIGTERM, SIGKILL) of migrate, import and init (issue 18)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from cc_assess import transaction
from cc_assess.shown import Shown
from tests.conftest import ALL_CONFORMANT, REPO, MakeAssessment, run
from tests.yoy_helpers import MINI_2, YEAR_2025

R = "site/responses"


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry under ``folder``: a file's bytes, a link's target, a folder as ``<dir>``."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[rel] = f"-> {os.readlink(path)}"
        elif path.is_dir():
            found[rel] = "<dir>"
        else:
            found[rel] = path.read_bytes()
    return found


def cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHONPATH": str(REPO / "src"), "CC_ASSESS_LANG": "en", **(env or {})}
    full.pop(transaction.FAULT_ENV, None)
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "cc_assess", *args],
        capture_output=True,
        text=True,
        env=full,
        cwd=cwd,
        check=False,
        timeout=120,
    )


# ------------------------------------------------------------------------------------ reading: links, FIFOs


def test_a_response_linked_outside_the_folder_is_refused_and_never_packed(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("item: AA-01\nstatus: conformant\nfindings: TOP-SECRET-TEXT\n", encoding="utf-8")
    folder = make_assessment(ALL_CONFORMANT)
    (folder / "responses" / "AA" / "AA-01.yaml").unlink()
    (folder / "responses" / "AA" / "AA-01.yaml").symlink_to(secret)
    monkeypatch.chdir(tmp_path)
    code, _, err = run(runner, "validate", "site")
    assert code == 1
    problems = (
        # the link is not read, so AA-01 is also reported as not assessed
        f"{R}/AA/AA-01.yaml:1:1: warning: no response file for AA-01; it counts as not assessed [missing-response]\n"
        f"{R}/AA/AA-01.yaml:1:1: error: a link to a place outside the assessment folder; it is not read. Put the "
        "file itself in the folder [outside-link]\n"
    )
    assert err == problems + "1 error(s), 1 warning(s)\n"
    code, _, err = run(runner, "pack", "site", "-o", "p.zip")
    assert (code, err) == (1, problems + "cc-assess: site: the assessment has errors; run 'cc-assess validate'\n")
    assert not Path("p.zip").exists()
    code, out, err = run(runner, "report", "site")
    assert (code, out, err) == (
        1,
        "",
        problems + "cc-assess: site: the assessment has errors; run 'cc-assess validate'\n",
    )


def test_a_link_inside_the_folder_is_still_read(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_assessment({k: v for k, v in ALL_CONFORMANT.items() if k != "AA-01"})
    (folder / "answers").mkdir()
    (folder / "answers" / "AA-01.yaml").write_text("item: AA-01\nstatus: conformant\n", encoding="utf-8")
    (folder / "responses" / "AA" / "AA-01.yaml").symlink_to("../../answers/AA-01.yaml")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(runner, "validate", "site", "--format", "json")
    assert (code, out, err) == (0, "[]\n", "")


def test_a_linked_domain_folder_outside_is_refused(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    elsewhere = tmp_path / "elsewhere"
    shutil.move(folder / "responses" / "BB", elsewhere)
    (folder / "responses" / "BB").symlink_to(elsewhere)
    monkeypatch.chdir(tmp_path)
    code, _, err = run(runner, "validate", "site")
    assert code == 1
    assert err == (
        f"{R}/BB:1:1: error: a link to a place outside the assessment folder; it is not read. "
        "Put the file itself in the folder [outside-link]\n"
        f"{R}/BB/BB-01.yaml:1:1: warning: no response file for BB-01; it counts as not assessed [missing-response]\n"
        f"{R}/BB/BB-02.yaml:1:1: warning: no response file for BB-02; it counts as not assessed [missing-response]\n"
        "1 error(s), 2 warning(s)\n"
    )


@pytest.mark.parametrize("name", ["AA-01.yaml", "AA-09.yaml"])
def test_a_fifo_named_like_a_response_does_not_block(
    make_assessment: MakeAssessment, tmp_path: Path, name: str
) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    fifo = folder / "responses" / "AA" / name
    fifo.unlink(missing_ok=True)
    os.mkfifo(fifo)
    done = cli("validate", "site", cwd=tmp_path)  # a subprocess with a timeout: a blocking read fails the test
    assert done.returncode == 1
    assert (
        f"{R}/AA/{name}:1:1: error: not a regular file (a pipe, device or socket); it is not read [not-a-file]"
    ) in done.stderr.splitlines()


def test_an_unreadable_domain_folder_cannot_run(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root every folder can be read, so the refusal of the system is simulated here (see the next test)."""
    folder = make_assessment(ALL_CONFORMANT)
    real = os.scandir
    locked = folder / "responses" / "BB"

    def scandir(path: object) -> object:
        if Path(str(path)).absolute() == locked:
            raise PermissionError(13, "Permission denied")
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr("cc_assess.safepath.os.scandir", scandir)
    monkeypatch.chdir(tmp_path)
    code, out, err = run(runner, "score", "site", "--format", "json")
    assert (code, out) == (2, "")
    assert err == (
        f"{R}/BB:1:1: error: cannot read this folder (Permission denied); the answers in it cannot be assessed "
        "[unreadable]\n"
    )


AS_NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def _nobody_can_run_python() -> bool:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return False
    probe = subprocess.run(
        [*AS_NOBODY, sys.executable, "-c", "import cc_assess.cli"],
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    return probe.returncode == 0


@pytest.mark.skipif(
    not _nobody_can_run_python(),
    reason="needs root, setpriv and a Python that the user nobody can run (here it lives under a private home)",
)
def test_an_unreadable_domain_folder_as_a_real_user(make_assessment: MakeAssessment) -> None:
    base = Path(tempfile.mkdtemp(prefix="cc-assess-nobody-"))
    try:
        os.chmod(base, 0o755)
        folder = base / "site"
        shutil.copytree(make_assessment(ALL_CONFORMANT), folder)
        for path in [folder, *folder.rglob("*")]:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        os.chmod(folder / "responses" / "BB", 0o000)
        done = subprocess.run(
            [*AS_NOBODY, sys.executable, "-m", "cc_assess", "validate", str(folder)],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONPATH": str(REPO / "src"), "CC_ASSESS_NO_CACHE": "1", "CC_ASSESS_LANG": "en"},
        )
        assert done.returncode == 2
        assert done.stderr == (
            f"{folder}/responses/BB:1:1: error: cannot read this folder (Permission denied); "
            "the answers in it cannot be assessed [unreadable]\n"
            "1 error(s), 0 warning(s)\n"
        )
    finally:
        shutil.rmtree(base, ignore_errors=True)


# ------------------------------------------------------------------------------------ writing: all or nothing


def test_init_is_all_or_nothing_when_a_domain_folder_is_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    (folder / "responses").mkdir(parents=True)
    (folder / "responses" / "TM").write_text("not a folder", encoding="utf-8")
    before = snapshot(folder)
    done = cli("init", "a", "--catalogue", "ydt-2823-2015", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == (
        "a/responses/TM:1:1: error: a file where a folder is needed; nothing was written [not-a-folder]\n"
    )
    assert snapshot(folder) == before


def test_init_force_and_import_never_write_through_a_linked_domain_folder(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_assessment({"AA-01": "partial", "AA-02": None, "AA-03": None, "BB-01": None, "BB-02": None})
    monkeypatch.chdir(tmp_path)
    assert run(runner, "export", "site", "-o", "a.xlsx")[0] == 0
    elsewhere = tmp_path / "elsewhere"
    shutil.move(folder / "responses" / "BB", elsewhere)
    (folder / "responses" / "BB").symlink_to(elsewhere)
    outside_before = snapshot(elsewhere)
    book = openpyxl.load_workbook("a.xlsx")
    book["BB"]["F2"] = "符合"
    book.save("a.xlsx")
    code, _, err = run(runner, "import", "site", "a.xlsx")
    assert code in (1, 2)
    assert snapshot(elsewhere) == outside_before
    code, _, err = run(runner, "init", "site", "--catalogue", "site/catalogue.yaml", "--force")
    assert code == 2
    assert err == (
        f"{R}/BB:1:1: error: a link to a place outside the assessment folder; cc-assess does not write through it. "
        "Replace it with a real folder or file [outside-link]\n"
    )
    assert snapshot(elsewhere) == outside_before


def test_import_never_writes_through_a_linked_response_file(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cc_assess.sheets.apply import apply
    from cc_assess.sheets.rows import Change

    folder = make_assessment(ALL_CONFORMANT)
    outside = tmp_path / "outside.yaml"
    outside.write_text("item: AA-01\n", encoding="utf-8")
    (folder / "responses" / "AA" / "AA-01.yaml").unlink()
    (folder / "responses" / "AA" / "AA-01.yaml").symlink_to(outside)
    shown = Shown(folder, "site")
    change = Change(
        "AA-01", "responses/AA/AA-01.yaml", shown.child("responses/AA/AA-01.yaml"), ["status"], b"x\n", False
    )
    from cc_assess.errors import CannotRun

    with pytest.raises(CannotRun) as refused:
        apply(shown, [change])
    assert [d.code for d in refused.value.diagnostics] == ["outside-link"]
    assert outside.read_text(encoding="utf-8") == "item: AA-01\n"


# ------------------------------------------------------------------------------------ interruption


@pytest.fixture
def site(make_assessment: MakeAssessment) -> Path:
    folder = make_assessment(YEAR_2025, meta="organization: 华信\n")
    shutil.copyfile(MINI_2, folder / "catalogue.yaml")
    return folder


def _renames_of_migrate(site: Path) -> int:
    """How many renames a full migrate of ``site`` makes (counted by running it on a copy)."""
    copy = site.parent / "count"
    shutil.copytree(site, copy)
    real = transaction._Fault.tick
    counted = {"n": 0}

    def tick(self: transaction._Fault) -> None:
        counted["n"] += 1
        real(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transaction._Fault, "tick", tick)
        from cc_assess.migrate import migrate

        migrate(Shown(copy, "count"), "1.1.0")
    shutil.rmtree(copy)
    return counted["n"]


@pytest.fixture
def renames(site: Path) -> int:
    return _renames_of_migrate(site)


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM", "SIGHUP"])
def test_migrate_interrupted_at_every_rename_is_rolled_back(
    site: Path, renames: int, sig: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In this process: the signal really arrives (os.kill) after each rename, and the migration rolls back."""
    from cc_assess.migrate import migrate

    assert renames >= 4
    before = snapshot(site)
    for point in range(1, renames + 1):
        monkeypatch.setenv(transaction.FAULT_ENV, f"{point}:{sig}")
        with pytest.raises(KeyboardInterrupt):
            migrate(Shown(site, "site"), "1.1.0")
        assert snapshot(site) == before, (sig, point)
    monkeypatch.delenv(transaction.FAULT_ENV)
    assert migrate(Shown(site, "site"), "1.1.0").steps


def test_ctrl_c_of_the_command_rolls_back(site: Path, renames: int, tmp_path: Path) -> None:
    before = snapshot(site)
    done = cli("migrate", "site", "--to", "1.1.0", cwd=tmp_path, env={transaction.FAULT_ENV: f"{renames // 2}:SIGINT"})
    assert done.returncode not in (0, 2), done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(site) == before


def test_migrate_killed_is_refused_until_the_next_write_rolls_it_back(site: Path, renames: int, tmp_path: Path) -> None:
    before = snapshot(site)
    for point in (1, renames // 2, renames):
        done = cli("migrate", "site", "--to", "1.1.0", cwd=tmp_path, env={transaction.FAULT_ENV: f"{point}:SIGKILL"})
        assert done.returncode == -signal.SIGKILL
        assert snapshot(site) != before  # half placed: the staging folder holds the rest
        check = cli("validate", "site", cwd=tmp_path)  # validate must not pass a half-migrated folder
        assert check.returncode == 1, point
        staging = next(p.name for p in site.iterdir() if p.name.startswith(transaction.PREFIX))
        assert check.stderr == (
            f"site/{staging}:1:1: error: cc-assess migrate was interrupted while writing and left the files half "
            "placed; run cc-assess migrate again (or any command that writes into this folder): it first puts every "
            "file back as it was [interrupted-write]\n"
            "1 error(s), 0 warning(s)\n"
        )
        if point == renames:
            assert cli("migrate", "site", "--to", "1.1.0", "--dry-run", cwd=tmp_path).returncode == 1
            again = cli("migrate", "site", "--to", "1.1.0", cwd=tmp_path)
            assert again.returncode == 0, again.stderr
            assert again.stderr == (
                "rolled back 1 interrupted write(s) in site; every file is as it was before\n"
                "migrate site: catalogue mini 1.0.0 -> 1.1.0\n"
                "  rename  responses/AA/AA-02.yaml -> responses/AA/AA-04.yaml  (AA-02 renamed to AA-04 in 1.1.0)\n"
                "  retire  responses/BB/BB-02.yaml -> responses/_retired/BB-02.yaml  "
                "(BB-02 was removed in mini 1.1.0)\n"
                "  add     responses/BB/BB-03.yaml  (BB-03 added in 1.1.0)\n"
                "  update  assessment.yaml  (catalogue_version 1.0.0 -> 1.1.0)\n"
                "migrated: 1 renamed, 1 retired, 1 added\n"
            )
            assert [p.name for p in site.iterdir() if p.name.startswith(".")] == []
            assert cli("validate", "site", cwd=tmp_path).returncode == 0
        else:
            assert transaction.recover(site) == 1
            assert snapshot(site) == before, point


def _edited_workbook(make_assessment: MakeAssessment, tmp_path: Path) -> Path:
    folder = make_assessment(dict.fromkeys(ALL_CONFORMANT, "partial"))
    assert cli("export", "site", "-o", "a.xlsx", cwd=tmp_path).returncode == 0
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    book["AA"]["F2"] = "符合"
    book["AA"]["F3"] = "符合"
    book["BB"]["F2"] = "符合"
    book.save(tmp_path / "a.xlsx")
    return folder


def test_import_interrupted_at_every_rename_is_rolled_back(
    make_assessment: MakeAssessment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cc_assess.sheets.apply import import_workbook

    folder = _edited_workbook(make_assessment, tmp_path)
    before = snapshot(folder)
    for point in range(1, 7):  # three files: three backups, three placements
        monkeypatch.setenv(transaction.FAULT_ENV, f"{point}:SIGINT")
        with pytest.raises(KeyboardInterrupt):
            import_workbook(Shown(folder, "site"), Shown(tmp_path / "a.xlsx", "a.xlsx"))
        assert snapshot(folder) == before, point
    monkeypatch.delenv(transaction.FAULT_ENV)
    done = cli("import", "site", "a.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"{R}/AA/AA-01.yaml", f"{R}/AA/AA-02.yaml", f"{R}/BB/BB-01.yaml"]


def test_import_killed_is_rolled_back_by_the_next_import(make_assessment: MakeAssessment, tmp_path: Path) -> None:
    folder = _edited_workbook(make_assessment, tmp_path)
    before = snapshot(folder)
    done = cli("import", "site", "a.xlsx", cwd=tmp_path, env={transaction.FAULT_ENV: "4:SIGKILL"})
    assert done.returncode == -signal.SIGKILL
    assert cli("validate", "site", cwd=tmp_path).returncode == 1
    assert snapshot(folder) != before
    done = cli("import", "site", "a.xlsx", "--dry-run", cwd=tmp_path)
    assert done.returncode == 1  # a dry run cannot put the files back: it refuses the half-written folder
    done = cli("import", "site", "a.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"{R}/AA/AA-01.yaml", f"{R}/AA/AA-02.yaml", f"{R}/BB/BB-01.yaml"]


def test_init_force_killed_half_way_is_rolled_back_by_the_next_init(tmp_path: Path) -> None:
    assert cli("init", "a", "--catalogue", "ydt-2823-2015", cwd=tmp_path).returncode == 0
    answered = tmp_path / "a" / "responses" / "HR" / "HR-01.yaml"
    answered.write_text("item: HR-01\nstatus: conformant\n", encoding="utf-8")
    before = snapshot(tmp_path / "a")
    done = cli(
        "init", "a", "--catalogue", "ydt-2823-2015", "--force", cwd=tmp_path, env={transaction.FAULT_ENV: "300:SIGKILL"}
    )
    assert done.returncode == -signal.SIGKILL
    assert cli("validate", "a", cwd=tmp_path).returncode == 1
    done = cli("init", "a", "--catalogue", "ydt-2823-2015", cwd=tmp_path)  # without --force: refused, but ...
    assert done.returncode == 1
    assert snapshot(tmp_path / "a") == before  # ... it first put back every file, the answer included
    assert answered.read_text(encoding="utf-8") == "item: HR-01\nstatus: conformant\n"


def test_pack_of_a_folder_with_a_link_out_has_nothing_of_it(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    (tmp_path / "notes.txt").write_text("SECRET", encoding="utf-8")
    (folder / "responses" / "AA" / "notes.txt").symlink_to(tmp_path / "notes.txt")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(runner, "pack", "site", "-o", "p.zip")
    assert code == 1
    assert err == (
        f"{R}/AA/notes.txt:1:1: error: a link to a place outside the assessment folder; it is not read. "
        "Put the file itself in the folder [outside-link]\n"
        "cc-assess: site: the assessment has errors; run 'cc-assess validate'\n"
    )
    assert not Path("p.zip").exists()
    (folder / "responses" / "AA" / "notes.txt").unlink()  # without the link the pack is made, without the secret
    assert run(runner, "pack", "site", "-o", "p.zip")[0] == 0
    with zipfile.ZipFile("p.zip") as archive:
        assert all(b"SECRET" not in archive.read(name) for name in archive.namelist())
