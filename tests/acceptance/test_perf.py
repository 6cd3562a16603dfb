"""Performance work that must not change behaviour: lazy locations, start-up imports, parallel validate."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess import cli, parallel, yamlnodes
from cc_assess.shown import Shown
from cc_assess.yamlio import KeyPath, parse_yaml
from tests.conftest import ALL_CONFORMANT, REPO, MakeAssessment, run

LOCATED = [
    "item: HR-01\nstatus: partial\nevidence:\n  - {ref: a.pdf, note: x}\n  - ref: https://x.example/y\n",
    "a: 1\nb: 2\na: 3\nc: {a: [1, 2, {d: e}]}\n",
    "base: &b {x: 1, y: [a, b]}\nc: *b\nd: [*b, *b]\n",
    "1: one\nnull: two\nyes: three\n2026-01-01: date\nlist:\n- - - deep\n",
    "actions:\n  - id: A1\n    due: 2026-13-45\n    status: no\n  - id: A2\n    due: 2026-03-31\n",
    "- a\n- b: c\n  d: [e, f]\n- 3.5\n",
    "just text\n",
]


@pytest.mark.parametrize("text", LOCATED)
def test_walking_the_node_graph_locates_like_the_index(text: str) -> None:
    indexed = parse_yaml(text)
    paths: list[KeyPath] = [*indexed.values, *indexed.keys]
    probes = paths + [(*p, "missing") for p in paths] + [(*p, 7) for p in paths] + [(*p, 0) for p in paths]
    probes += [("missing",), (0,), (-1,), ("a", -1), ()]
    lazy = parse_yaml(text)
    for probe in probes:
        for key in (False, True):
            assert lazy.locate(probe, key=key) == indexed.locate(probe, key=key), (probe, key)
    assert lazy.data == indexed.data
    assert lazy.problems == indexed.problems


# ------------------------------------------------------------------------------------ parallel validate


def portfolio(make_assessment: MakeAssessment, tmp_path: Path) -> list[str]:
    """Folders with every kind of outcome: clean, warnings, errors, and one that cannot run."""
    clean = make_assessment(ALL_CONFORMANT, name="sites/a")
    warned = make_assessment({"AA-01": "conformant"}, name="sites/b")
    broken = make_assessment(
        ALL_CONFORMANT,
        name="sites/c",
        files={
            "responses/AA/AA-02.yaml": "item: AA-02\nstatus: maybe\n",
            "responses/AA/AA-03.yaml": "item: AA-03\nstatus: [\n",
            "responses/BB/BB-01.yaml": "item: BB-01\nstatus: conformant\nstatus: partial\n",
            "responses/notes.txt": "stray\n",
        },
    )
    return [str(clean), str(warned), str(broken), str(tmp_path / "sites" / "missing"), str(clean)]


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_parallel_validate_says_exactly_what_one_process_says(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, fmt: str
) -> None:
    folders = portfolio(make_assessment, tmp_path)
    single = run(runner, "validate", *folders, "--format", fmt, "--jobs", "1")
    assert single[0] == 2
    assert single[1] or single[2]
    for jobs in ("2", "3", "0"):
        assert run(runner, "validate", *folders, "--format", fmt, "--jobs", jobs) == single


def test_folders_are_checked_in_worker_processes(make_assessment: MakeAssessment, tmp_path: Path) -> None:
    folders = [(Path(f), f) for f in portfolio(make_assessment, tmp_path)]
    pids = parallel.map_folders(_pid, folders, jobs=2)
    if parallel.workers_for(len(folders), 2) > 1:
        assert os.getpid() not in pids
    shown = [Shown.of(f) for _, f in folders]
    assert parallel.check_folders(shown, jobs=2) == parallel.check_folders(shown, jobs=1)


def _pid(_: object) -> int:
    return os.getpid()


def test_worker_count() -> None:
    assert parallel.workers_for(1, 0) == 1
    assert parallel.workers_for(50, 1) == 1
    assert parallel.workers_for(3, 8) == 3
    assert parallel.workers_for(50, 0) == min(50, parallel.usable_cpus())


# ------------------------------------------------------------------------------------ start-up discipline

#: Imported only by the commands that need them.
HEAVY = ("jinja2", "markdown_it", "rich.console", "rich.table", "cc_assess.render")
#: Not needed to print the version: together they cost more than typer itself.
NOT_FOR_VERSION = (*HEAVY, "pydantic", "yaml", "cc_assess.models")

PROBE = """
import atexit, json, sys
atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr))
sys.argv = ["cc-assess", *sys.argv[1:]]
if len(sys.argv) > 1:
    from cc_assess.console import main
    main()
else:
    import cc_assess.cli
"""


def modules_after(*args: str) -> set[str]:
    """The modules a fresh interpreter has imported after ``import cc_assess.cli`` (and running ``args``)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, cwd=REPO, check=False
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_importing_the_cli_imports_nothing_heavy() -> None:
    modules = modules_after()
    assert "cc_assess.cli" in modules
    assert sorted(m for m in modules if m.startswith(NOT_FOR_VERSION)) == []


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_import_nothing_heavy(flag: str) -> None:
    assert sorted(m for m in modules_after(flag) if m.startswith(NOT_FOR_VERSION)) == []


def test_score_json_imports_no_rendering(make_assessment: MakeAssessment) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    modules = modules_after("score", str(folder), "--format", "json")
    assert "cc_assess.scoring" in modules
    assert sorted(m for m in modules if m.startswith(HEAVY)) == []


def test_validate_of_one_folder_starts_no_pool(make_assessment: MakeAssessment) -> None:
    modules = modules_after("validate", str(make_assessment(ALL_CONFORMANT)))
    assert "cc_assess.parallel" in modules
    assert sorted(m for m in modules if m.startswith(("multiprocessing", "concurrent"))) == []


def test_score_of_an_unchanged_assessment_does_not_import_pyyaml(make_assessment: MakeAssessment) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    first = modules_after("score", str(folder), "--format", "json")
    assert {"yaml", "cc_assess.yamlnodes"} <= first  # parsed, and the parsed files are kept
    second = modules_after("score", str(folder), "--format", "json")
    assert sorted(m for m in second if m.startswith(("yaml", "_yaml", "cc_assess.yamlnodes"))) == []
    (folder / "responses/AA/AA-01.yaml").write_text("item: AA-01\nstatus: partial\n", encoding="utf-8")
    assert "cc_assess.yamlnodes" in modules_after("score", str(folder), "--format", "json")


NO_C_LOADER = (
    "cc-assess: warning: PyYAML has no C loader (it was built without libyaml), so reading YAML is about 20x "
    "slower; install a PyYAML wheel built with libyaml"
)


def test_no_c_loader_warns_once_after_a_command_that_parsed(
    make_assessment: MakeAssessment, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    monkeypatch.setattr(yamlnodes, "HAS_C_LOADER", False)
    monkeypatch.setattr(yamlnodes, "composed", 0)
    monkeypatch.setattr(cli, "_c_loader_warned", [])
    run(runner, "init", str(folder.parent / "new"), "--catalogue", "ydt-2823-2015")
    assert yamlnodes.composed == 0  # init writes YAML: no warning due
    _, _, first = run(runner, "validate", str(folder))
    _, _, second = run(runner, "validate", str(folder))
    assert first.splitlines().count(NO_C_LOADER) == 1
    assert NO_C_LOADER not in second
    monkeypatch.setattr(yamlnodes, "HAS_C_LOADER", True)
    monkeypatch.setattr(cli, "_c_loader_warned", [])
    assert "C loader" not in run(runner, "validate", str(folder))[2]


def test_no_c_loader_warns_when_only_workers_parsed(
    make_assessment: MakeAssessment, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders = [str(make_assessment(ALL_CONFORMANT, name=f"sites/{n}")) for n in "abc"]
    monkeypatch.setattr(yamlnodes, "HAS_C_LOADER", False)  # forked workers inherit it
    monkeypatch.setattr(yamlnodes, "composed", 0)
    monkeypatch.setattr(cli, "_c_loader_warned", [])
    assert NO_C_LOADER in run(runner, "validate", *folders, "--jobs", "2")[2]
    monkeypatch.setattr(cli, "_c_loader_warned", [])
    assert NO_C_LOADER not in run(runner, "validate", *folders, "--jobs", "2")[2]  # all from the cache now


def test_the_c_loader_is_used_when_pyyaml_has_it() -> None:
    try:
        from yaml import CSafeLoader
    except ImportError:  # pragma: no cover - depends on the PyYAML build
        pytest.skip("PyYAML without libyaml")
    assert yamlnodes.HAS_C_LOADER
    assert issubclass(yamlnodes._Loader, CSafeLoader)


def test_the_console_script_is_the_console_module() -> None:
    scripts = (REPO / "pyproject.toml").read_text(encoding="utf-8").split("[project.scripts]\n")[1].split("\n\n")[0]
    assert scripts == 'cc-assess = "cc_assess.console:main"'
    assert (
        (REPO / "src/cc_assess/__main__.py")
        .read_text(encoding="utf-8")
        .startswith("from cc_assess.console import main\n")
    )


def test_the_console_runs_the_cli_without_the_collector_and_restores_it(
    make_assessment: MakeAssessment, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gc

    from cc_assess import console

    seen: list[bool] = []
    real = cli.main

    def spy() -> None:
        seen.append(gc.isenabled())
        real()

    monkeypatch.setattr(cli, "main", spy)
    monkeypatch.setattr("sys.argv", ["cc-assess", "score", str(make_assessment(ALL_CONFORMANT)), "--format", "json"])
    assert gc.isenabled()
    with pytest.raises(SystemExit) as info:
        console.main()
    assert info.value.code == 0
    assert json.loads(capsys.readouterr().out)["overall"]["score"] == 100.0
    assert seen == [False]
    assert gc.isenabled()
    gc.disable()
    try:
        with pytest.raises(SystemExit):
            console.main()
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


def test_command_annotations_are_not_strings() -> None:
    """typer evaluates string annotations at every run (cli.py has no ``from __future__ import annotations``)."""
    callbacks = [c.callback for c in cli.app.registered_commands]
    for group in cli.app.registered_groups:
        assert group.typer_instance is not None
        callbacks += [c.callback for c in group.typer_instance.registered_commands]
    assert len(callbacks) > 10
    for callback in callbacks:
        assert callback is not None
        assert not any(isinstance(a, str) for a in callback.__annotations__.values()), callback.__name__


# ------------------------------------------------------------------------------------ evidence on every core


@pytest.mark.parametrize("cpus", [1, 4])
def test_evidence_lock_on_threads_is_the_same_lock(
    make_assessment: MakeAssessment, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, cpus: int
) -> None:
    """Many evidence files are hashed on a thread pool; the lock, its order and the verify are unchanged."""
    from cc_assess.evidence import hashing

    monkeypatch.setattr(hashing, "_usable_cpus", lambda: cpus)
    recordings = {f"evidence/录音/call-{n:02d}.wav": bytes([n]) * (n * 3000 + 1) for n in range(12)}
    folder = make_assessment(ALL_CONFORMANT, files=recordings)
    pooled: list[int] = []
    real_map = hashing._hash_quietly

    def spy(path: str | Path) -> bytes | None:
        pooled.append(1)
        return real_map(path)

    monkeypatch.setattr(hashing, "_hash_quietly", spy)
    code, out, err = run(runner, "evidence", str(folder), "--lock")
    assert (code, out, err) == (0, "", f"wrote {folder}/evidence.lock.yaml: 12 file(s)\n")
    assert len(pooled) == (12 if cpus > 1 else 0)
    expected = "".join(
        f"  {rel}:\n    sha256: {hashlib.sha256(data).hexdigest()}\n    size: {len(data)}\n"
        for rel, data in sorted(recordings.items())
    )
    assert (folder / "evidence.lock.yaml").read_text(encoding="utf-8").endswith("files:\n" + expected)
    (folder / "evidence/录音/call-05.wav").write_bytes(b"changed")
    code, out, err = run(runner, "evidence", str(folder), "--verify")
    assert code == 1
    locked = recordings["evidence/录音/call-05.wav"]
    assert err == (
        f"{folder}/evidence.lock.yaml:20:3: error: 'evidence/录音/call-05.wav' has changed since it was locked "
        f"(sha256 {hashlib.sha256(b'changed').hexdigest()}, size 7; "
        f"locked {hashlib.sha256(locked).hexdigest()}, size {len(locked)}) [evidence-changed]\n"
        f"cc-assess: {folder}: evidence does not verify (1 problem(s))\n"
    )


def test_prefetch_leaves_unreadable_files_to_the_caller(tmp_path: Path) -> None:
    from cc_assess import errors, evidence

    paths = [tmp_path / f"{n}.bin" for n in range(6)]
    for n, path in enumerate(paths):
        path.write_bytes(b"x" * n)
    paths[3].unlink()
    hasher = evidence.Hasher()
    hasher.prefetch(paths)
    assert hasher(paths[5]) == evidence.Digest(5, hashlib.sha256(b"xxxxx").hexdigest())
    with pytest.raises(errors.CannotRun, match="cannot read"):
        hasher(paths[3])
