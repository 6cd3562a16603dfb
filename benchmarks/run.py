"""Benchmarks of cc-assess against the physical floor, in one run on this machine.

    python benchmarks/run.py            # full run (about a minute or two)
    python benchmarks/run.py --quick    # fewer repetitions
    python benchmarks/run.py --update-docs   # and put the table into docs/performance.md

The script generates its data in a temporary folder: one 224-item assessment made by ``cc-assess init`` on the
bundled YD/T 2823-2015 catalogue with every response filled in, and a portfolio of 50 copies of it (11,200
response files).  It then times fresh processes (the median of several runs, after a warm-up run) of:

- ``cc-assess score`` on one assessment vs the *floor*: a script that starts the same interpreter, parses the
  same response files with PyYAML's C safe loader and validates them with a minimal pydantic model;
- ``cc-assess validate`` over the 50 folders vs the floor over the same 11,200 files (one process);
- ``cc-assess report --format html`` vs the floor plus rendering (Jinja2 + markdown-it of every finding);
- ``cc-assess --version`` and ``--help`` vs ``python -c "import typer"``;
- the peak memory (max RSS of the largest process) of each vs its floor's;
- growth: ``validate --jobs 1`` without cache and the floor over 1x, 10x and 50x the files.

After its warm-up run, cc-assess finds its per-user cache filled (the bundled catalogue and the parsed files
of each folder, see ``cc_assess.filecache``), as it does on a developer's machine or in pre-commit; rows marked
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
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
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

    def cc(self, *args: str) -> list[str]:
        return [sys.executable, str(self.entry), *args]

    def run_once(self, cmd: list[str], expect: int = 0, env: dict[str, str] | None = None) -> tuple[float, int]:
        """Wall time and max RSS (KiB, largest process of the tree) of one fresh process."""
        with self.log.open("wb") as log:
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, env=env or self.env, cwd=self.root)
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
        self, ours: list[str] | None, floor: list[str], runs: int | None = None, *, no_cache: bool = False
    ) -> tuple[Sample | None, Sample]:
        """Both commands, warmed up (disk cache, bytecode, cc-assess's cache), then run in turns.

        Taking turns keeps the ratio fair on a machine whose load changes during the run.  ``no_cache`` runs
        cc-assess with ``CC_ASSESS_NO_CACHE=1``: every file parsed, the bundled catalogue too.
        """
        commands = [floor] if ours is None else [ours, floor]
        envs = [None] if ours is None else [{**self.env, "CC_ASSESS_NO_CACHE": "1"} if no_cache else None, None]
        results: list[list[tuple[float, int]]] = [[] for _ in commands]
        for cmd, env in zip(commands, envs, strict=True):
            self.run_once(cmd, env=env)
        for _ in range(runs or self.runs):
            for cmd, env, found in zip(commands, envs, results, strict=True):
                found.append(self.run_once(cmd, env=env))
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
        "--update-docs",
        "--update-readme",
        dest="update_docs",
        action="store_true",
        help=f"put the table into {PERFORMANCE_DOC.relative_to(REPO)} between the benchmark markers",
    )
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 7)

    root = Path(tempfile.mkdtemp(prefix="cc-assess-bench-"))
    try:
        results = benchmark(Bench(root, runs, args.installed), runs)
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


def benchmark(bench: Bench, runs: int) -> dict[str, Any]:
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

    progress("score vs floor")
    floor_cmd = [py, str(bench.floor), str(one)]
    score, floor_one = bench.compare(bench.cc("score", str(one), "--format", "json"), floor_cmd)
    row("score (1 assessment, 224 files)", score, floor_one, "floor, 224 files", 1.2, True)
    score_nc, floor_one = bench.compare(bench.cc("score", str(one), "--format", "json"), floor_cmd, no_cache=True)
    row("score, no cache (every file parsed)", score_nc, floor_one, "floor, 224 files", None, True)
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
        "machine": {
            "python": platform.python_version(),
            "implementation": platform.python_implementation(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "yaml_c_loader": _has_c_loader(),
        },
        "runs": runs,
        "files_per_assessment": files,
        "no_cache_score_ms": round(no_cache.seconds * 1000, 1),
        "rows": rows,
        "growth": growth,
        "growth_ms_per_extra_file": [round(x, 4) for x in per_file],
        "growth_linear": linear,
        "date": time.strftime("%Y-%m-%d"),
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
        lines.append(
            f"| {r['name']} | {r['rss_mib']:.1f} MiB | {r['floor_rss_mib']:.1f} MiB | {r['rss_ratio']:.2f}× | ≤ 1.5× | "
            f"{_met(r['rss_met'])} |"
        )
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
        f"{results['no_cache_score_ms']:.0f} ms.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
