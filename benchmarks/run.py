"""Benchmarks of cc-assess against the physical floor, in one run on this machine.

    python benchmarks/run.py            # full run (about a minute or two)
    python benchmarks/run.py --quick    # fewer repetitions
    python benchmarks/run.py --update-docs   # and put the table into docs/performance.md
    python benchmarks/run.py --quick --only portfolio --sites 60,1000   # only the portfolio rows

The script generates its data in a temporary folder: one 224-item assessment made by ``cc-assess init`` on the
bundled YD/T 2823-2015 catalogue with every response filled in, and a portfolio of 50 copies of it (11,200
response files).  It then times fresh processes (the median of several runs, after a warm-up run) of:

- ``cc-assess score`` on one assessment vs the *floor*: a script that starts the same interpreter, parses the
  same response files with PyYAML's C safe loader and validates them with a minimal pydantic model;
- ``cc-assess validate`` over the 50 folders vs the floor over the same 11,200 files (one process);
- ``cc-assess report --format html`` vs the floor plus rendering (Jinja2 + markdown-it of every finding);
- ``cc-assess evidence --lock`` and ``--verify`` over the recordings and over many small files
  (``--evidence-files``, 20,000 scans of 4 KiB by default) vs the floor plus hashlib over the same files;
- ``cc-assess --version`` and ``--help`` vs ``python -c "import typer"``;
- the peak memory (max RSS of the largest process) of each vs its floor's;
- growth: ``validate --jobs 1`` without cache and the floor over 1x, 10x and 50x the files.

After its warm-up run, cc-assess finds its per-user cache filled (the bundled catalogue and the parsed files
of each folder, see ``cc_assess.parsedfiles``), as it does on a developer's machine or in pre-commit; rows marked
"no cache" run it with ``CC_ASSESS_NO_CACHE=1``, parsing every file, as on a fresh CI machine.

Results are printed as a Markdown table and written to ``benchmarks/out/results.{json,md}``.  It needs only
the standard library and what cc-assess itself depends on, and it runs cc-assess from this checkout's
``src/`` (or the installed package with ``--installed``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PERFORMANCE_DOC = REPO / "docs" / "performance.md"
SITES = 50


def console_entry() -> str:
    """The ``cc-assess`` console script as pip writes it, from the entry point that pyproject.toml declares."""
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'^cc-assess\s*=\s*"([\w.]+):(\w+)"', text, re.MULTILINE)
    module, func = found.groups() if found else ("cc_assess.console", "main")
    return f"import sys\nfrom {module} import {func}\nsys.exit({func}())\n"


# The floor: interpreter start, the C loader on every response file, a minimal pydantic model.
FLOOR = """
import datetime, os, sys
import yaml
from pydantic import BaseModel, ConfigDict

class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")

class Evidence(Strict):
    ref: str
    note: str | None = None

class Action(Strict):
    id: str
    description: str
    owner: str | None = None
    due: datetime.date | None = None
    status: str = "open"

class Response(Strict):
    item: str
    status: str | None = None
    na_reason: str | None = None
    findings: str | None = None
    evidence: list[Evidence] = []
    actions: list[Action] = []
    assessor: str | None = None
    assessed_on: datetime.date | None = None

def load(path):
    with open(path, "rb") as handle:
        return yaml.load(handle.read().decode("utf-8"), Loader=yaml.CSafeLoader)

def responses(folder):
    out = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(folder, "responses")):
        dirnames.sort()
        for name in sorted(filenames):
            out.append(Response.model_validate(load(os.path.join(dirpath, name))))
    return out

folders = [a for a in sys.argv[1:] if not a.startswith("--")]
for folder in folders:
    load(os.path.join(folder, "assessment.yaml"))
    loaded = responses(folder)
"""

# The floor of a report: the floor above, then one HTML page through Jinja2 with every finding in markdown-it.
FLOOR_RENDER = '''
import jinja2, markdown_it
md = markdown_it.MarkdownIt("commonmark", {"html": False})
env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
env.filters["md"] = lambda text: jinja2.utils.markupsafe.Markup(md.render(text or ""))
page = env.from_string("""<!doctype html><html><head><meta charset="utf-8"><style>
body{font-family:sans-serif} table{border-collapse:collapse} td{border:1px solid #ccc;padding:4px}</style></head>
<body><h1>Report</h1><table>{% for r in rows %}<tr><td>{{ r.item }}</td><td>{{ r.status }}</td>
<td>{{ r.findings | md }}</td></tr>{% endfor %}</table></body></html>""")
with open(os.devnull, "w", encoding="utf-8") as sink:
    sink.write(page.render(rows=loaded))
'''

# The floor of hashing evidence: the floor above, then sha256 of every evidence file in one thread, 1 MiB reads.
FLOOR_HASH = """
import hashlib
for folder in folders:
    for dirpath, dirnames, filenames in os.walk(os.path.join(folder, "evidence")):
        dirnames.sort()
        for name in sorted(filenames):
            digest = hashlib.sha256()
            with open(os.path.join(dirpath, name), "rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
            digest.hexdigest()
"""

#: Recordings as a call centre keeps them: calls (mp3), screen captures (mp4), raw audio (wav); MiB each.
RECORDING_KINDS = (("mp3", 4), ("wav", 12), ("mp4", 30), ("mp3", 6), ("m4a", 3))


def add_recordings(folder: Path, total_mib: int) -> int:
    """Incompressible recordings of about ``total_mib`` MiB under evidence/录音/, the same bytes at every run."""
    rng = random.Random(2823)
    where = folder / "evidence" / "录音"
    where.mkdir(parents=True, exist_ok=True)
    written = 0
    for n in itertools.count(1):
        ext, mib = RECORDING_KINDS[n % len(RECORDING_KINDS)]
        size = min(mib << 20, (total_mib << 20) - written)
        if size <= 0:
            return n - 1
        # In 1 MiB pieces: a peak in this process would show in every child's max RSS (Linux keeps it at exec).
        with (where / f"2026-01-{n:03d}-通话.{ext}").open("wb") as handle:
            for start in range(0, size, 1 << 20):
                handle.write(rng.randbytes(min(1 << 20, size - start)))
        written += size
    raise AssertionError  # pragma: no cover


def add_scans(folder: Path, count: int) -> None:
    """``count`` small evidence files (4 KiB, seeded) under evidence/扫描件/, 500 to a folder: a site's scans."""
    rng = random.Random(2015)
    where = folder / "evidence" / "扫描件"
    for n in range(count):
        sub = where / f"{n // 500:03d}"
        if n % 500 == 0:
            sub.mkdir(parents=True)
        (sub / f"scan-{n:05d}.txt").write_bytes(rng.randbytes(4096))


def link_tree(source: Path, target: Path) -> None:
    """A copy of an assessment folder made of hard links (fast; every tool reads it as a copy)."""
    shutil.copytree(source, target, copy_function=os.link)


def write_portfolio(root: Path, one: Path, count: int) -> Path:
    """``portfolio-<count>/portfolio.yaml`` and ``count`` sites, each a copy of ``one``."""
    folder = root / f"portfolio-{count}"
    lines = ["schema: cc-assess/portfolio/v1", "name: {zh: 华信集团客服中心, en: Huaxin Group}", "sites:"]
    for n in range(1, count + 1):
        link_tree(one, folder / "sites" / f"s{n:04d}")
        group = ("华东", "华北", "西南", "华南")[n % 4]
        seats = 50 + n % 7 * 25
        lines.append(f"  - {{id: s{n:04d}, title: 站点{n}, group: {group}, path: sites/s{n:04d}, seats: {seats}}}")
    (folder / "portfolio.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def git_history(root: Path, one: Path, revisions: int) -> Path:
    """A git repository holding ``site/`` at ``revisions`` tagged commits (y01...), a few answers changed in each."""
    repo = root / "history-repo"
    shutil.copytree(one, repo / "site")
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "bench",
        "GIT_AUTHOR_EMAIL": "bench@example.invalid",
        "GIT_COMMITTER_NAME": "bench",
        "GIT_COMMITTER_EMAIL": "bench@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    responses = sorted((repo / "site" / "responses").glob("*/*.yaml"))
    for k in range(1, revisions + 1):
        for path in responses[(k - 1) * 7 : k * 7]:
            text = path.read_text(encoding="utf-8")
            path.write_text(re.sub(r"(?m)^status:.*$", "status: conformant", text, count=1), encoding="utf-8")
        git("add", "-A")
        git("commit", "-q", "-m", f"revision {k}", "--date", f"2026-01-{k:02d}T12:00:00Z")
        git("tag", f"y{k:02d}")
    return repo


def compiled_catalogues_current() -> bool:
    """The bundled catalogues' compiled JSON is there for their very bytes (else every first run parses YAML)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))}
    check = [sys.executable, "-m", "cc_assess.catalogue", "--check"]
    return subprocess.run(check, capture_output=True, env=env).returncode == 0


STATUS_CYCLE = ("conformant", "conformant", "partial", "nonconformant", "conformant", "na", "partial")


@dataclass
class Sample:
    """Medians over fresh processes of one command."""

    seconds: float
    rss_kib: int
    runs: list[float] = field(default_factory=list)


class Bench:
    def __init__(self, root: Path, runs: int, installed: bool) -> None:
        self.root = root
        self.runs = runs
        self.entry = root / "cc-assess"
        self.entry.write_text(console_entry(), encoding="utf-8")
        self.floor = root / "floor.py"
        self.floor.write_text(FLOOR, encoding="utf-8")
        self.floor_render = root / "floor_render.py"
        self.floor_render.write_text(FLOOR + FLOOR_RENDER, encoding="utf-8")
        self.floor_hash = root / "floor_hash.py"
        self.floor_hash.write_text(FLOOR + FLOOR_HASH, encoding="utf-8")
        env = dict(os.environ)
        # Compiled bytecode as an installed package has it, kept in the temporary folder; and a fresh cache.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
        env["XDG_CACHE_HOME"] = str(root / "cache")
        env.pop("CC_ASSESS_NO_CACHE", None)
        if not installed:
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
        self.env = env
        self.log = root / "last.log"

    def no_cache_env(self) -> dict[str, str]:
        empty = self.root / "empty-cache"
        empty.mkdir(exist_ok=True)
        return {**self.env, "CC_ASSESS_NO_CACHE": "1", "CC_ASSESS_CACHE_DIR": str(empty)}

    def cc(self, *args: str) -> list[str]:
        return [sys.executable, str(self.entry), *args]

    def run_once(
        self, cmd: list[str], expect: int = 0, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> tuple[float, int]:
        """Wall time and max RSS (KiB, largest process of the tree) of one fresh process."""
        with self.log.open("wb") as log:
            start = time.perf_counter()
            proc = subprocess.Popen(
                cmd, stdout=subprocess.DEVNULL, stderr=log, env=env or self.env, cwd=cwd or self.root
            )
            if hasattr(os, "wait4"):
                _, status, usage = os.wait4(proc.pid, 0)
                elapsed = time.perf_counter() - start
                proc.returncode = os.waitstatus_to_exitcode(status)
                # ru_maxrss is KiB on Linux, bytes on macOS.
                rss = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
            else:  # pragma: no cover - Windows: no memory figure
                proc.wait()
                elapsed = time.perf_counter() - start
                rss = 0
        if proc.returncode != expect:
            sys.exit(
                f"benchmark: {' '.join(cmd)} exited {proc.returncode}, expected {expect}:\n"
                + self.log.read_text("utf-8", "replace")[-3000:]
            )
        return elapsed, rss

    def compare(
        self,
        ours: list[str] | None,
        floor: list[str],
        runs: int | None = None,
        *,
        no_cache: bool = False,
        cwd: Path | None = None,
    ) -> tuple[Sample | None, Sample]:
        """Both commands, warmed up (disk cache, bytecode, cc-assess's cache), then run in turns.

        Taking turns keeps the ratio fair on a machine whose load changes during the run.  ``no_cache`` runs
        cc-assess with ``CC_ASSESS_NO_CACHE=1`` and an empty cache folder, as on a fresh CI machine: every file
        parsed (the bundled catalogue comes compiled with the package).
        """
        commands = [floor] if ours is None else [ours, floor]
        envs = [None] if ours is None else [self.no_cache_env() if no_cache else None, None]
        results: list[list[tuple[float, int]]] = [[] for _ in commands]
        for cmd, env in zip(commands, envs, strict=True):
            self.run_once(cmd, env=env, cwd=cwd)
        for _ in range(runs or self.runs):
            for cmd, env, found in zip(commands, envs, results, strict=True):
                found.append(self.run_once(cmd, env=env, cwd=cwd))
        samples = [
            Sample(
                statistics.median(t for t, _ in found),
                int(statistics.median(r for _, r in found)),
                [t for t, _ in found],
            )
            for found in results
        ]
        return (None, samples[0]) if ours is None else (samples[0], samples[1])


def fill(folder: Path) -> None:
    """Answer every item of a freshly initialised assessment: statuses, findings, evidence, actions."""
    (folder / "evidence").mkdir(exist_ok=True)
    (folder / "evidence" / "training-plan-2026.pdf").write_bytes(b"%PDF-1.4 benchmark\n")
    for i, path in enumerate(sorted((folder / "responses").glob("*/*.yaml"))):
        status = STATUS_CYCLE[i % len(STATUS_CYCLE)]
        text = path.read_text(encoding="utf-8")
        body = {
            "status": status,
            "na_reason": "本中心不提供该项服务 / the centre does not offer this service" if status == "na" else "",
            "assessor": "王丽",
            "assessed_on": "2026-01-12",
        }
        for key, value in body.items():
            text = re.sub(rf"(?m)^{key}:.*$", f"{key}: {value}" if value else f"{key}:", text, count=1)
        findings = (
            "findings: |\n  抽查 3 份记录，均符合要求；**培训计划**已审批。\n"
            "  - Sampled three records; the training plan is approved.\n  - 见 [KPI](https://intranet.example/kpi)\n"
        )
        text = re.sub(r"(?m)^findings:.*$\n", findings, text, count=1)
        evidence = "evidence:\n  - {ref: https://intranet.example/kpi, note: 月度报表}\n"
        if i % 3 == 0:
            evidence += "  - {ref: evidence/training-plan-2026.pdf, note: 年度培训计划}\n"
        text = re.sub(r"(?m)^evidence:.*$\n", evidence, text, count=1)
        if status in ("partial", "nonconformant"):
            actions = "actions:\n  - {id: A1, description: 补充培训记录, owner: 陈刚, due: 2026-03-31, status: open}\n"
            text = re.sub(r"(?m)^actions:.*$\n", actions, text, count=1)
        path.write_text(text, encoding="utf-8")


def ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 runs per measurement instead of 7")
    parser.add_argument("--runs", type=int, default=None, help="runs per measurement (default 7, quick 3)")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="folder for results.json and results.md")
    parser.add_argument("--installed", action="store_true", help="use the installed cc_assess, not ./src")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--only",
        choices=["portfolio"],
        default=None,
        help="only these rows (and their data): portfolio, with and without the cache; never with --update-docs",
    )
    parser.add_argument(
        "--update-docs",
        "--update-readme",
        dest="update_docs",
        action="store_true",
        help=f"put the table into {PERFORMANCE_DOC.relative_to(REPO)} between the benchmark markers",
    )
    parser.add_argument(
        "--recordings-mib", type=int, default=None, help="MiB of recordings to pack and hash (default 300, quick 100)"
    )
    parser.add_argument(
        "--sites",
        type=lambda text: tuple(int(n) for n in text.split(",")),
        default=None,
        help="portfolio sizes, comma-separated (default 60,1000; quick 60,200)",
    )
    parser.add_argument("--revisions", type=int, default=20, help="git revisions for history (default 20)")
    parser.add_argument(
        "--evidence-files",
        type=int,
        default=None,
        help="small evidence files to lock and verify (default 20000, quick 5000; 0: no such rows)",
    )
    args = parser.parse_args(argv)
    if args.only and args.update_docs:
        parser.error("--only measures a few rows; --update-docs needs the whole table")
    runs = args.runs or (3 if args.quick else 7)
    sizes = Sizes(
        recordings_mib=args.recordings_mib or (100 if args.quick else 300),
        portfolios=args.sites or ((60, 200) if args.quick else (60, 1000)),
        revisions=args.revisions,
        evidence_files=(5000 if args.quick else 20_000) if args.evidence_files is None else args.evidence_files,
    )

    root = Path(tempfile.mkdtemp(prefix="cc-assess-bench-"))
    try:
        results = benchmark(Bench(root, runs, args.installed), runs, sizes, only=args.only)
    finally:
        if args.keep:
            print(f"data kept in {root}", file=sys.stderr)
        else:
            shutil.rmtree(root, ignore_errors=True)
    markdown = to_markdown(results)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    (args.out / "results.md").write_text(markdown, "utf-8")
    print(markdown)
    if args.update_docs:
        update_doc(PERFORMANCE_DOC, markdown)
    return 0


def update_doc(doc: Path, markdown: str) -> None:
    """Replace what stands between the benchmark markers of ``doc`` with ``markdown``."""
    text = doc.read_text(encoding="utf-8")
    start, end = "<!-- benchmark:start -->\n", "<!-- benchmark:end -->"
    head, _, rest = text.partition(start)
    _, found, tail = rest.partition(end)
    if not found:
        sys.exit(f"benchmark: no {start.strip()} ... {end} markers in {doc}")
    doc.write_text(head + start + markdown + end + tail, encoding="utf-8")


def progress(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


@dataclass
class Sizes:
    """How big the generated data of the rows where users wait is."""

    recordings_mib: int = 300
    evidence_files: int = 20_000
    portfolios: tuple[int, ...] = (60, 1000)
    revisions: int = 20


def portfolio_rows(
    bench: Bench, one: Path, files: int, sizes: Sizes, row: Callable[..., None], runs: int
) -> list[tuple[int, float]]:
    """The portfolio rows over each size (with and without the cache up to 100 sites); (sites, MiB) of each."""
    py = sys.executable
    few = max(3, runs - 2)
    portfolio_rss: list[tuple[int, float]] = []
    for count in sizes.portfolios:
        folder = write_portfolio(bench.root, one, count)
        site_dirs = [str(p) for p in sorted((folder / "sites").iterdir())]
        n = few if count <= 100 else max(2, runs // 3)
        ours_p, floor_p = bench.compare(
            bench.cc("portfolio", str(folder / "portfolio.yaml"), "--format", "json"),
            [py, str(bench.floor), *site_dirs],
            n,
        )
        assert ours_p is not None
        row(f"portfolio ({count} sites, {count * files} files)", ours_p, floor_p, "floor, 1 process", 1.0, True)
        portfolio_rss.append((count, round(ours_p.rss_kib / 1024, 1)))
        if count <= 100:
            nc_p, floor_p = bench.compare(
                bench.cc("portfolio", str(folder / "portfolio.yaml"), "--format", "json"),
                [py, str(bench.floor), *site_dirs],
                n,
                no_cache=True,
            )
            row(f"portfolio, no cache ({count} sites)", nc_p, floor_p, "floor, 1 process", 1.0, True)
        shutil.rmtree(folder)
    return portfolio_rss


def benchmark(bench: Bench, runs: int, sizes: Sizes | None = None, *, only: str | None = None) -> dict[str, Any]:
    sizes = sizes or Sizes()
    root = bench.root
    py = sys.executable
    progress(f"generating data in {root}")
    one = root / "one"
    bench.run_once(bench.cc("init", str(one), "--catalogue", "ydt-2823-2015", "--organization", "华信客服中心"))
    fill(one)
    portfolio = root / "portfolio"
    sites = [portfolio / f"site-{n:02d}" for n in range(1, SITES + 1)]
    for site in sites:
        shutil.copytree(one, site)
    files = len(list((one / "responses").glob("*/*.yaml")))
    # The data must be valid, or the timings mean nothing.
    bench.run_once(bench.cc("validate", str(one)))

    compiled = compiled_catalogues_current()
    if not compiled:
        progress("WARNING: the bundled catalogues' compiled JSON is stale: run python -m cc_assess.catalogue")
    rows: list[dict[str, Any]] = []

    def row(name: str, ours: Sample | None, floor: Sample, floor_name: str, target: float | None, mem: bool) -> None:
        entry: dict[str, Any] = {
            "name": name,
            "floor": floor_name,
            "floor_ms": round(floor.seconds * 1000, 1),
            "floor_rss_mib": round(floor.rss_kib / 1024, 1),
            "target": target,
            "memory_target": 1.5 if mem else None,
        }
        if ours is None:
            entry.update(ms=None, ratio=None, met=None, rss_mib=None, rss_ratio=None, rss_met=None)
        else:
            r = ratio(ours.seconds, floor.seconds)
            rr = ratio(ours.rss_kib, floor.rss_kib)
            entry.update(
                ms=round(ours.seconds * 1000, 1),
                ratio=r,
                met=None if target is None else r <= target,
                rss_mib=round(ours.rss_kib / 1024, 1),
                rss_ratio=rr,
                rss_met=(rr <= 1.5) if mem else None,
                runs_ms=[round(t * 1000, 1) for t in ours.runs],
            )
        rows.append(entry)
        shown = "n/a" if ours is None else f"{entry['ms']} ms = {entry['ratio']}x"
        progress(f"{name}: {shown} (floor {entry['floor_ms']} ms)")

    if only == "portfolio":
        return {
            "machine": machine(),
            "runs": runs,
            "files_per_assessment": files,
            "rows": rows,
            "portfolio_rss_mib": portfolio_rows(bench, one, files, sizes, row, runs),
            "compiled_catalogues": compiled,
            "date": time.strftime("%Y-%m-%d"),
            "only": only,
        }

    progress("score vs floor")
    floor_cmd = [py, str(bench.floor), str(one)]
    score, floor_one = bench.compare(bench.cc("score", str(one), "--format", "json"), floor_cmd)
    row("score (1 assessment, 224 files)", score, floor_one, "floor, 224 files", 1.2, True)
    score_nc, floor_one = bench.compare(bench.cc("score", str(one), "--format", "json"), floor_cmd, no_cache=True)
    row("score, no cache (fresh CI machine)", score_nc, floor_one, "floor, 224 files", 1.3, True)
    validate_one, floor_one = bench.compare(bench.cc("validate", str(one)), floor_cmd)
    row("validate (1 assessment)", validate_one, floor_one, "floor, 224 files", None, True)

    progress("validate over the portfolio vs floor")
    few = max(3, runs - 2)
    validate_all, floor_all = bench.compare(
        bench.cc("validate", *map(str, sites)), [py, str(bench.floor), *map(str, sites)], few
    )
    row(f"validate ({SITES} folders, {SITES * files} files)", validate_all, floor_all, "floor, 1 process", 0.8, True)
    validate_nc, floor_all = bench.compare(
        bench.cc("validate", *map(str, sites)), [py, str(bench.floor), *map(str, sites)], few, no_cache=True
    )
    row(f"validate, no cache ({SITES} folders)", validate_nc, floor_all, "floor, 1 process", None, True)
    validate_seq, floor_all = bench.compare(
        bench.cc("validate", "--jobs", "1", *map(str, sites)), [py, str(bench.floor), *map(str, sites)], few
    )
    row(f"validate --jobs 1 ({SITES} folders)", validate_seq, floor_all, "floor, 1 process", None, True)

    progress("report vs floor + rendering")
    has_report = subprocess.run(bench.cc("report", "--help"), capture_output=True, env=bench.env).returncode == 0
    report_cmd = bench.cc("report", str(one), "--format", "html", "-o", str(root / "report.html"))
    report, floor_render = bench.compare(report_cmd if has_report else None, [py, str(bench.floor_render), str(one)])
    row("report --format html", report, floor_render, "floor + Jinja2/markdown-it page", None, True)

    progress(f"pack with {sizes.recordings_mib} MiB of recordings vs zip -r0")
    recorded = root / "recorded"
    shutil.copytree(one, recorded)
    recordings = add_recordings(recorded, sizes.recordings_mib)
    zipped = root / "floor.zip"
    pack_cmd = bench.cc("pack", str(recorded), "-o", str(root / "pack.zip"), "--today", "2026-06-01")
    zip_cmd = ["sh", "-c", f"rm -f '{zipped}' && zip -qr0 '{zipped}' recorded"]
    packed, zip_floor = bench.compare(pack_cmd, zip_cmd, few)
    label = f"{recordings} recordings, {sizes.recordings_mib} MiB"
    row(f"pack ({label})", packed, zip_floor, "zip -r0 of the folder", 1.3, False)
    packed_small, zip_small = bench.compare(
        bench.cc("pack", str(one), "-o", str(root / "pack-small.zip"), "--today", "2026-06-01"),
        ["sh", "-c", f"rm -f '{zipped}' && zip -qr0 '{zipped}' one"],
        few,
    )
    row("pack (no recordings)", packed_small, zip_small, "zip -r0 of the folder", None, False)

    progress("evidence --lock and --verify vs hashlib over the same bytes")
    hash_floor = [py, str(bench.floor_hash), str(recorded)]
    locked, floor_hashed = bench.compare(bench.cc("evidence", str(recorded), "--lock"), hash_floor, few)
    row(f"evidence --lock ({label})", locked, floor_hashed, "floor + hashlib, 1 thread", None, True)
    verified, floor_hashed = bench.compare(bench.cc("evidence", str(recorded), "--verify"), hash_floor, few)
    row(f"evidence --verify ({label})", verified, floor_hashed, "floor + hashlib, 1 thread", None, True)
    if sizes.evidence_files:
        scanned = root / "scanned"
        shutil.copytree(one, scanned)
        add_scans(scanned, sizes.evidence_files)
        many = f"{sizes.evidence_files} files of 4 KiB"
        hash_floor = [py, str(bench.floor_hash), str(scanned)]
        locked, floor_hashed = bench.compare(bench.cc("evidence", str(scanned), "--lock"), hash_floor, few)
        row(f"evidence --lock ({many})", locked, floor_hashed, "floor + hashlib, 1 thread", None, True)
        verified, floor_hashed = bench.compare(bench.cc("evidence", str(scanned), "--verify"), hash_floor, few)
        row(f"evidence --verify ({many})", verified, floor_hashed, "floor + hashlib, 1 thread", None, True)
        shutil.rmtree(scanned)

    progress(f"portfolio over {', '.join(map(str, sizes.portfolios))} sites vs floor")
    portfolio_rss: list[tuple[int, float]] = []
    portfolio_rss += portfolio_rows(bench, one, files, sizes, row, runs)

    progress(f"history over {sizes.revisions} revisions vs {sizes.revisions} x score")
    repo = git_history(root, one, sizes.revisions)
    history_cmd = bench.cc("history", "site", "--tags", "y*", "--format", "json")
    score_site = bench.cc("score", "site", "--format", "json")
    for uncached, name in ((False, ""), (True, ", no cache")):
        hist, one_score = bench.compare(history_cmd, score_site, few, no_cache=uncached, cwd=repo)
        times = Sample(one_score.seconds * sizes.revisions, one_score.rss_kib)
        row(
            f"history ({sizes.revisions} revisions{name})",
            hist,
            times,
            f"{sizes.revisions} × score{name}",
            None,
            False,
        )

    progress("report --format pdf and docx")
    for fmt in ("pdf", "docx"):
        doc, html = bench.compare(
            bench.cc("report", str(one), "--format", fmt, "-o", str(root / f"report.{fmt}")), report_cmd, few
        )
        row(f"report --format {fmt}", doc, html, "report --format html", None, False)

    progress("start-up vs import typer")
    typer_cmd = [py, "-c", "import typer"]
    version, typer_floor = bench.compare(bench.cc("--version"), typer_cmd)
    row("--version", version, typer_floor, "python -c 'import typer'", 1.5, True)
    shown_help, typer_floor = bench.compare(bench.cc("--help"), typer_cmd)
    row("--help", shown_help, typer_floor, "python -c 'import typer'", None, True)

    progress("score with an empty cache")
    cold = []
    for n in range(runs):
        env = {**bench.env, "CC_ASSESS_CACHE_DIR": str(root / f"empty-cache-{n}")}
        cold.append(bench.run_once(bench.cc("score", str(one), "--format", "json"), env=env))
    no_cache = Sample(statistics.median(t for t, _ in cold), int(statistics.median(r for _, r in cold)))

    progress("growth: 1x, 10x, 50x, every file parsed")
    growth = []
    for n in (1, 10, SITES):
        folders = list(map(str, sites[:n]))
        found, floor = bench.compare(
            bench.cc("validate", "--jobs", "1", *folders), [py, str(bench.floor), *folders], few, no_cache=True
        )
        assert found is not None
        ours = found
        growth.append(
            {
                "sites": n,
                "files": n * files,
                "ms": round(ours.seconds * 1000, 1),
                "floor_ms": round(floor.seconds * 1000, 1),
                "ratio": ratio(ours.seconds, floor.seconds),
                "rss_mib": round(ours.rss_kib / 1024, 1),
                "floor_rss_mib": round(floor.rss_kib / 1024, 1),
            }
        )
        progress(f"growth {n}x: {growth[-1]['ms']} ms (floor {growth[-1]['floor_ms']} ms)")
    # Linear: the cost of each extra file stays the same from 1x->10x to 10x->50x (within 25 %).
    per_file = [(b["ms"] - a["ms"]) / (b["files"] - a["files"]) for a, b in itertools.pairwise(growth)]
    linear = per_file[1] <= per_file[0] * 1.25
    return {
        "machine": machine(),
        "runs": runs,
        "files_per_assessment": files,
        "no_cache_score_ms": round(no_cache.seconds * 1000, 1),
        "rows": rows,
        "growth": growth,
        "growth_ms_per_extra_file": [round(x, 4) for x in per_file],
        "growth_linear": linear,
        "portfolio_rss_mib": portfolio_rss,
        "pack_rss_mib": [
            [0, round(packed_small.rss_kib / 1024, 1) if packed_small else None],
            [sizes.recordings_mib, round(packed.rss_kib / 1024, 1) if packed else None],
        ],
        "compiled_catalogues": compiled,
        "date": time.strftime("%Y-%m-%d"),
    }


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "yaml_c_loader": _has_c_loader(),
    }


def _has_c_loader() -> bool:
    try:
        from yaml import CSafeLoader  # noqa: F401
    except ImportError:
        return False
    return True


def _met(value: bool | None) -> str:
    return "—" if value is None else ("yes" if value else "**no**")


def to_markdown(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        f"Measured {results['date']} on {m['platform']}, {m['implementation']} {m['python']}, "
        f"{m['usable_cpus']} usable CPU(s), PyYAML C loader: {'yes' if m['yaml_c_loader'] else 'no'}; "
        f"medians of {results['runs']} fresh processes after a warm-up.",
        "",
        "| measurement | cc-assess | floor | floor is | ratio | target | met |",
        "| --- | ---: | ---: | --- | ---: | ---: | :---: |",
    ]
    for r in results["rows"]:
        ours = "n/a (no `report` command)" if r["ms"] is None else f"{r['ms']:.0f} ms"
        target = "—" if r["target"] is None else f"≤ {r['target']}×"
        shown_ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}×"
        lines.append(
            f"| {r['name']} | {ours} | {r['floor_ms']:.0f} ms | {r['floor']} | {shown_ratio} | {target} | "
            f"{_met(r['met'])} |"
        )
    lines += [
        "",
        "| peak memory (max RSS) | cc-assess | floor | ratio | target | met |",
        "| --- | ---: | ---: | ---: | ---: | :---: |",
    ]
    for r in results["rows"]:
        if r["rss_mib"] is None:
            continue
        mem_target = "—" if r["memory_target"] is None else f"≤ {r['memory_target']}×"
        lines.append(
            f"| {r['name']} | {r['rss_mib']:.1f} MiB | {r['floor_rss_mib']:.1f} MiB | {r['rss_ratio']:.2f}× | "
            f"{mem_target} | {_met(r['rss_met'])} |"
        )
    sites_rss = results["portfolio_rss_mib"]
    if results.get("only"):
        return "\n".join(
            [
                *lines,
                "",
                "Peak memory of `portfolio`: "
                + ", ".join(f"{rss} MiB over {count} sites" for count, rss in sites_rss)
                + f" (only the {results['only']} rows were measured).",
                "",
            ]
        )
    (_, small), (mib, big) = results["pack_rss_mib"]
    lines += [
        "",
        f"Flat memory: `pack` peaks at {small} MiB without recordings and {big} MiB with {mib} MiB of them; "
        "`portfolio` at "
        + ", ".join(f"{rss} MiB over {count} sites" for count, rss in sites_rss)
        + " (the largest process: the main one or a worker).",
    ]
    lines += [
        "",
        "| growth: validate --jobs 1, no cache | files | cc-assess | floor (1 process) | ratio |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for g in results["growth"]:
        lines.append(
            f"| {g['sites']}× | {g['files']} | {g['ms']:.0f} ms | {g['floor_ms']:.0f} ms | {g['ratio']:.2f}× |"
        )
    a, b = results["growth_ms_per_extra_file"]
    targets = [r for r in results["rows"] if r["target"] is not None]
    memory = [r for r in results["rows"] if r["rss_met"] is not None]
    lines += ["", "Targets:", ""]
    for r in targets:
        lines.append(
            f"- {r['name']}: {r['ratio']:.2f}× (target ≤ {r['target']}×) — {'met' if r['met'] else '**not met**'}"
        )
    worst = max(memory, key=lambda r: r["rss_ratio"])
    lines.append(
        f"- peak memory: at most {worst['rss_ratio']:.2f}× the floor's ({worst['name']}; target ≤ 1.5×) — "
        f"{'met' if all(r['rss_met'] for r in memory) else '**not met**'}"
    )
    lines.append(f"- growth: {'linear — met' if results['growth_linear'] else '**not linear**'}")
    lines += [
        "",
        f"Cost of each extra file: {a:.3f} ms from 1× to 10×, {b:.3f} ms from 10× to 50× — "
        f"{'linear' if results['growth_linear'] else '**not linear**'}. "
        f"`score` with an empty cache (parses the bundled catalogue and every file, and writes the cache): "
        f"{results['no_cache_score_ms']:.0f} ms. Bundled catalogues' compiled JSON current: "
        f"{'yes' if results['compiled_catalogues'] else '**no**'}.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
