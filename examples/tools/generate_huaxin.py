"""Generate the 华信客服中心（上海）example assessments: ``examples/huaxin-shanghai/2025`` and ``2026``.

华信客服中心 is a fictional call centre.  Its two assessments show what a real repository looks like after two annual
cycles: a first self-assessment in 2025 on the bundled catalogue ydt-2823-2015 1.0.0 (several key-item failures, a
handful of items not assessed) and a surveillance assessment in 2026 that improves in eight review categories and
slips in one (技术管理 TM, after a move to a cloud contact-centre platform).  2026 was written against 1.0.0 and then
moved to 1.1.0 with ``cc-assess migrate`` (renamed items moved, removed ones retired under ``responses/_retired/``),
after which the assessor answered the items 1.1.0 added and excluded the inapplicable ones by tag (``exclude:``).

The text is hand-written, not generated: ``examples/tools/huaxin/<DOMAIN>.yaml`` holds, per item, the statuses of
both years and the finding snippets (what a conformant item showed, the 2025 and 2026 shortfalls, the corrective
actions), and ``huaxin/documents.yaml`` the short sample evidence documents.  This script only assembles them:

- each finding opens with what the assessor checked, taken from the item's evidence guidance in the catalogue,
  followed by the item's own snippet (what was seen, what is missing);
- corrective actions get an owner (per review category unless the item names one), a due date and a status from
  fixed rotations, so that as of 2026-11-27 some are done, some open and some overdue;
- an action raised in 2025 and not done is carried into 2026 with its id, as ``cc-assess init --from`` would;
- 2026 is then migrated to catalogue 1.1.0 by :func:`cc_assess.migrate.migrate` itself, the items 1.1.0 added get the
  answers of ``huaxin/added-1.1.0.yaml``, and ``assessment.yaml`` gets the ``exclude:`` rules of ``EXCLUDE_2026``.

Everything is deterministic: running the script twice gives the same bytes.  The generated files are committed;
``tests/acceptance/test_examples.py`` checks that they match this script's output.

Usage (from the repository root)::

    PYTHONPATH=src python examples/tools/generate_huaxin.py            # rewrite examples/huaxin-shanghai/20xx
    PYTHONPATH=src python examples/tools/generate_huaxin.py --check    # exit 1 if the committed files differ
    PYTHONPATH=src python examples/tools/generate_huaxin.py --out DIR  # write DIR/2025 and DIR/2026 instead
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from cc_assess.catalogue import find_bundled
from cc_assess.migrate import migrate
from cc_assess.models import Catalogue, Item
from cc_assess.shown import Shown
from cc_assess.workspace import response_header

HERE = Path(__file__).resolve().parent
DATA = HERE / "huaxin"
DEFAULT_OUT = HERE.parent / "huaxin-shanghai"
CATALOGUE_ID, CATALOGUE_VERSION = "ydt-2823-2015", "1.0.0"
NEW_VERSION = "1.1.0"  # 2026 is migrated to it
#: 2026's exclude: rules (tag, zh reason, en reason): items of 1.1.0 that do not apply to the centre
EXCLUDE_2026 = (
    (
        "home-agent",
        "本中心没有居家座席，全部座席在上海职场办公",
        "The centre has no home-based agents; all agents work at the Shanghai site",
    ),
    (
        "cross-border",
        "本中心不向境外提供个人信息，系统和数据均在境内",
        "The centre provides no personal information abroad; systems and data stay in China",
    ),
)

STATUS = {"C": "conformant", "P": "partial", "N": "nonconformant", "NA": "na", "-": None}
POINTS = {"C": 1.0, "P": 0.5, "N": 0.0, "-": 0.0}

#: who usually owns corrective actions in each review category (an item's ``own`` overrides it)
OWNERS = {
    "PL": "陈刚",
    "HR": "张敏",
    "SM": "周杰",
    "PR": "王丽",
    "PF": "陈刚",
    "CS": "李娜",
    "TM": "刘洋",
    "IS": "赵磊",
    "CR": "李娜",
}


@dataclass(frozen=True)
class Year:
    year: int
    kind: str
    start: dt.date
    end: dt.date
    assessors: tuple[tuple[str, str], ...]
    #: review category -> assessor name
    assigned: Mapping[str, str]
    scope_zh: str
    scope_en: str
    verb: str  # how the finding says "checked"


YEARS = (
    Year(
        2025,
        "self-assessment",
        dt.date(2025, 10, 13),
        dt.date(2025, 10, 31),
        (("王丽", "lead"), ("黄晓燕", "member"), ("孙浩", "member")),
        {"PL": "王丽", "PF": "王丽", "CS": "王丽", "CR": "王丽", "HR": "黄晓燕", "SM": "黄晓燕", "PR": "黄晓燕"}
        | {"TM": "孙浩", "IS": "孙浩"},
        "上海职场全部呼入业务（信用卡、电商、公用事业三条业务线）、在线客服及服务回访外呼；不含合肥职场的营销业务。",
        "All inbound lines of the Shanghai site (credit card, e-commerce, utilities), online chat and service "
        "follow-up calls; excludes the sales operation of the Hefei site.",
        "查阅",
    ),
    Year(
        2026,
        "surveillance",
        dt.date(2026, 10, 12),
        dt.date(2026, 10, 30),
        (("徐文", "lead"), ("王丽", "member"), ("孙浩", "member")),
        {"PL": "徐文", "PF": "徐文", "CS": "徐文", "CR": "徐文", "HR": "王丽", "SM": "王丽", "PR": "王丽"}
        | {"TM": "孙浩", "IS": "孙浩"},
        "上海职场全部呼入业务（信用卡、电商、公用事业三条业务线）、在线客服及服务回访外呼，"
        "含 2026 年 6 月上线的云呼叫中心平台；不含合肥职场的营销业务。",
        "All inbound lines of the Shanghai site (credit card, e-commerce, utilities), online chat and service "
        "follow-up calls, including the cloud contact-centre platform live since June 2026; excludes the sales "
        "operation of the Hefei site.",
        "调阅",
    ),
)

#: rotations for actions raised in 2025 and in 2026 (due dates; closing a few days before the due date)
DUE_2025 = ("2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-06-30")
DUE_2026 = ("2026-11-20", "2026-12-31", "2027-01-31", "2026-11-15", "2027-03-31", "2027-06-30", "2026-12-15")
STATUS_2026 = ("open", "in-progress", "done", "open")
TODAY = dt.date(2026, 11, 27)  # the day the example's action plan is read

VERBS = ("抽查", "现场", "抽听", "访谈", "列席", "查验")


# ------------------------------------------------------------------------------------------- data


@dataclass
class Entry:
    """One item's hand-written data (see huaxin/PL.yaml for the fields)."""

    id: str
    old: str
    new: str
    data: dict[str, Any]

    def text(self, key: str, year: int) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise SystemExit(f"{self.id}: needs '{key}' for its statuses {self.old} {self.new}")
        return fill(value.strip().rstrip("。"), year)


def fill(text: str, year: int) -> str:
    return text.replace("$PY", str(year - 1)).replace("$Y", str(year))


def load_entries(catalogue: Catalogue) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    for domain in catalogue.domains:
        raw = yaml.safe_load((DATA / f"{domain.id}.yaml").read_text(encoding="utf-8"))
        ids = [item.id for item in domain.items]
        if sorted(raw) != sorted(ids):
            raise SystemExit(f"{domain.id}.yaml: items differ from the catalogue: {sorted(set(raw) ^ set(ids))}")
        for item_id in ids:
            old, new = str(raw[item_id]["s"]).split()
            entries[item_id] = Entry(item_id, old, new, raw[item_id])
    return entries


@dataclass(frozen=True)
class Doc:
    file: str
    note: str
    text: str | dict[int, str]
    years: tuple[int, ...] | None


def load_documents() -> tuple[dict[str, Doc], dict[str, dict[str, str]]]:
    raw = yaml.safe_load((DATA / "documents.yaml").read_text(encoding="utf-8"))
    docs: dict[str, Doc] = {}
    for entry in raw["documents"]:
        doc = Doc(entry["file"], entry["note"], entry["text"], tuple(entry["years"]) if "years" in entry else None)
        for key in entry["keys"]:
            docs[key] = doc
    return docs, raw["links"]


# ------------------------------------------------------------------------------------------- YAML text

_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*$")
_NOT_PLAIN = re.compile(r"^(?:[-+]?[\d.]+|true|false|yes|no|on|off|null|~|\d{4}-\d\d-\d\d)$", re.IGNORECASE)


def scalar(text: str, flow: bool = False) -> str:
    """A YAML scalar: plain where that reads the same, else double-quoted."""
    plain = (
        _PLAIN.match(text)
        and not _NOT_PLAIN.match(text)
        and ": " not in text
        and " #" not in text
        and text == text.strip()
        and not (flow and re.search(r"[,\[\]{}]|:", text))
    )
    return text if plain else json.dumps(text, ensure_ascii=False)


def block(text: str, indent: str = "  ") -> str:
    return "|\n" + "".join(f"{indent}{line}\n" if line else "\n" for line in text.splitlines())


# ------------------------------------------------------------------------------------------- assembling


@dataclass
class ActionOut:
    id: str
    description: str
    owner: str
    due: str
    status: str
    closed_on: str | None = None


@dataclass
class Plan:
    """The corrective actions of both years, decided once so that 2026 can carry 2025's open ones."""

    y2025: dict[str, list[ActionOut]] = field(default_factory=dict)
    y2026: dict[str, list[ActionOut]] = field(default_factory=dict)


def plan_actions(catalogue: Catalogue, entries: Mapping[str, Entry]) -> Plan:
    plan = Plan()
    n25 = n26 = 0
    for item in catalogue.items():
        entry = entries[item.id]
        owner = str(entry.data.get("own") or OWNERS[item.id[:2]])
        carried: list[ActionOut] = []
        if entry.old in ("P", "N"):
            due = dt.date.fromisoformat(DUE_2025[n25 % len(DUE_2025)])
            default = "in-progress" if entry.old == entry.new == "N" else "done"
            state = str(entry.data.get("a1", default))
            closed = (due - dt.timedelta(days=3 + (n25 * 7) % 19)).isoformat() if state == "done" else None
            action = ActionOut("A1", entry.text("act", 2025), owner, due.isoformat(), state, closed)
            plan.y2025[item.id] = [action]
            if state != "done":
                carried.append(action)
            n25 += 1
        if entry.new in ("P", "N"):
            due = dt.date.fromisoformat(DUE_2026[n26 % len(DUE_2026)])
            state = STATUS_2026[n26 % len(STATUS_2026)]
            if due < TODAY:  # most of the actions already due are done; one in four is overdue
                state = "in-progress" if n26 % 4 == 1 else "done"
            closed = None
            if state == "done":
                closed = min(due - dt.timedelta(days=2), TODAY - dt.timedelta(days=1 + n26 % 5)).isoformat()
            new = ActionOut(f"A{len(carried) + 1}", entry.text("act2", 2026), owner, due.isoformat(), state, closed)
            plan.y2026[item.id] = [*carried, new]
            n26 += 1
        elif carried:
            plan.y2026[item.id] = carried
    return plan


def lead(item: Item, year: Year, code: str) -> str:
    """What the assessor checked, from the item's evidence guidance (two of its entries).

    A conformant item's records were read (查阅 / 调阅) and its demonstrations watched; for a partial item they
    were checked (核查); for a nonconformant one they were asked for (要求提供), since they may not exist.
    """
    guidance = item.evidence.get("zh")
    picked = guidance[:2] if year.year == 2025 or len(guidance) < 3 else guidance[1:3]
    verb = {"C": year.verb, "P": "核查", "N": "要求提供"}[code]
    documents: list[str] = []
    clauses: list[str] = []
    for text in picked:
        if text.startswith(VERBS):  # already a clause: 抽查 5 名……, 现场查看……
            clauses.append(text)
        elif text.endswith("比对"):
            clauses.append("比对" + text.removesuffix("比对"))
        elif text.endswith("演示") and code == "C":
            clauses.append("观看" + text)
        else:
            documents.append(text)
    if documents:
        space = " " if documents[0][0].isascii() else ""
        clauses.insert(0, verb + space + "、".join(documents))
    return "，".join(clauses) + "。"


def findings(item: Item, entry: Entry, year: Year, plan: Plan) -> str | None:
    code = entry.old if year.year == 2025 else entry.new
    y = year.year
    if code == "NA":
        return None
    if code == "-":
        return entry.text("why", y) + "。"
    if code == "C":
        body = entry.text("ok", y) + "。"
        if y == 2026 and entry.old in ("P", "N"):
            done = plan.y2025[item.id][0]
            body += f"{y - 1} 年评估提出的整改措施 {done.id} 已于 {done.closed_on} 完成，本次验证有效。"
        elif y == 2026 and entry.old == "-":
            body += f"{y - 1} 年评估时本项资料未到位，未评审。"
        return lead(item, year, code) + body
    key = "gap" if y == 2025 else "gap2"
    body = entry.text(key, y) + "。"
    if y == 2026:
        carried = [a for a in plan.y2026.get(item.id, []) if a in plan.y2025.get(item.id, [])]
        for a in carried:
            body += f"{y - 1} 年提出的整改措施 {a.id} 原定 {a.due} 完成，至今未完成。"
    return lead(item, year, code) + body


def response_file(
    catalogue: Catalogue,
    item: Item,
    entry: Entry,
    year: Year,
    plan: Plan,
    docs: Mapping[str, Doc],
    links: Mapping[str, Mapping[str, str]],
    assessed_on: dt.date,
) -> str:
    y = year.year
    code = entry.old if y == 2025 else entry.new
    lines = [*response_header(catalogue, item), f"item: {item.id}"]
    status = STATUS[code]
    lines.append(f"status: {status}" if status else "status:")
    if code == "NA":
        lines.append(f"na_reason: {scalar(entry.text('na', y))}")
    text = findings(item, entry, year, plan)
    if text:
        lines.append("findings: " + block(text).rstrip("\n"))
    refs: list[tuple[str, str]] = []
    if code != "-":
        keys = list(entry.data.get("ev", [])) + (list(entry.data.get("ev2", [])) if y == 2026 else [])
        for key in keys:
            if key in links:
                refs.append((links[key]["url"], links[key]["note"]))
            elif key in docs:
                doc = docs[key]
                if doc.years is None or y in doc.years:
                    refs.append((f"evidence/{fill(doc.file, y)}", fill(doc.note, y)))
            else:
                raise SystemExit(f"{item.id}: unknown evidence key '{key}'")
    if refs:
        lines.append("evidence:")
        lines += [f"  - {{ref: {scalar(ref, True)}, note: {scalar(note, True)}}}" for ref, note in refs]
    else:
        lines.append("evidence: []")
    actions = (plan.y2025 if y == 2025 else plan.y2026).get(item.id, [])
    if actions:
        lines.append("actions:")
        for a in actions:
            lines += [
                f"  - id: {a.id}",
                f"    description: {scalar(a.description)}",
                f"    owner: {a.owner}",
                f"    due: {a.due}",
                f"    status: {a.status}",
            ]
            if a.closed_on:
                lines.append(f"    closed_on: {a.closed_on}")
    else:
        lines.append("actions: []")
    lines.append(f"assessor: {year.assigned[item.id[:2]]}")
    lines.append(f"assessed_on: {assessed_on.isoformat()}" if code != "-" else "assessed_on:")
    return "\n".join(lines) + "\n"


def workdays(start: dt.date, end: dt.date) -> list[dt.date]:
    days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    return [d for d in days if d.weekday() < 5]


def assessment_file(year: Year) -> str:
    assessors = "".join(f"  - {{name: {name}, role: {role}}}\n" for name, role in year.assessors)
    kind_zh = "年度自评估" if year.kind == "self-assessment" else "年监督审核"
    return (
        f"# 华信客服中心（上海）{year.year} {kind_zh} — a fictional example, generated by\n"
        "# examples/tools/generate_huaxin.py from hand-written findings (edit those, then rerun the script).\n"
        f"catalogue: {CATALOGUE_ID}\n"
        f"catalogue_version: {CATALOGUE_VERSION}\n"
        "organization: 华信客服中心\n"
        "site: 上海\n"
        f"kind: {year.kind}\n"
        f'label: "{year.year}"\n'
        f"period: {{start: {year.start.isoformat()}, end: {year.end.isoformat()}}}\n"
        "scope:\n"
        f"  zh: {scalar(year.scope_zh)}\n"
        f"  en: {scalar(year.scope_en)}\n"
        "assessors:\n"
        f"{assessors}"
        "target: 80\n"
        "language: zh\n"
    )


def document_text(doc: Doc, year: int) -> str:
    text = doc.text[year] if isinstance(doc.text, dict) else doc.text
    note = "> 示例资料：华信客服中心是为演示 cc-assess 虚构的呼叫中心，本文件内容均为虚构。\n\n"
    return note + fill(text, year).rstrip("\n") + "\n"


def build(catalogue: Catalogue) -> dict[str, dict[str, str]]:
    """Every file of both assessments: year -> relative POSIX path -> text."""
    entries = load_entries(catalogue)
    docs, links = load_documents()
    plan = plan_actions(catalogue, entries)
    items = catalogue.items()
    out: dict[str, dict[str, str]] = {}
    for year in YEARS:
        files: dict[str, str] = {"assessment.yaml": assessment_file(year)}
        days = workdays(year.start, year.end)
        for n, item in enumerate(items):
            day = days[n * len(days) // len(items)]
            files[f"responses/{item.id[:2]}/{item.id}.yaml"] = response_file(
                catalogue, item, entries[item.id], year, plan, docs, links, day
            )
        for doc in {id(d): d for d in docs.values()}.values():
            if doc.years is None or year.year in doc.years:
                files[f"evidence/{fill(doc.file, year.year)}"] = document_text(doc, year.year)
        out[str(year.year)] = dict(sorted(files.items()))
    out["2026"] = migrated(out["2026"], find_bundled(CATALOGUE_ID, NEW_VERSION), docs, links)
    return out


def migrated(
    files: Mapping[str, str], catalogue: Catalogue, docs: Mapping[str, Doc], links: Mapping[str, Mapping[str, str]]
) -> dict[str, str]:
    """2026 moved to ``catalogue`` by ``cc-assess migrate``, then the added items answered and excluded by tag."""
    with tempfile.TemporaryDirectory(prefix="huaxin-") as temp:
        root = Path(temp) / "2026"
        for rel, text in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text, encoding="utf-8", newline="\n")
        migrate(Shown(root, "2026"), catalogue.version)
        out = {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in root.rglob("*") if p.is_file()}
    answers = yaml.safe_load((DATA / f"added-{catalogue.version}.yaml").read_text(encoding="utf-8"))
    year = YEARS[1]
    plan = Plan()
    days = workdays(year.end - dt.timedelta(days=2), year.end)
    for n, item in enumerate(i for i in catalogue.items() if i.id in answers):
        data = answers[item.id]
        entry = Entry(item.id, "C", str(data["s"]), data)
        if entry.new in ("P", "N"):
            owner = str(data.get("own") or OWNERS[item.id[:2]])
            action = ActionOut("A1", entry.text("act2", year.year), owner, str(data["due"]), str(data["state"]))
            plan.y2026[item.id] = [action]
        rel = f"responses/{item.id[:2]}/{item.id}.yaml"
        if rel not in out:
            raise SystemExit(f"{item.id}: not an item that {catalogue.version} added")
        out[rel] = response_file(catalogue, item, entry, year, plan, docs, links, days[n % len(days)])
    out["assessment.yaml"] += "exclude:\n" + "".join(
        f"  - {{tag: {tag}, reason: {{zh: {scalar(zh, True)}, en: {scalar(en, True)}}}}}\n"
        for tag, zh, en in EXCLUDE_2026
    )
    return dict(sorted(out.items()))


def write(out_dir: Path, built: Mapping[str, Mapping[str, str]]) -> None:
    """Replace ``out_dir/<year>`` with the built files (built next to it first, then swapped in)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, files in built.items():
        staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=out_dir))
        for rel, text in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        target = out_dir / name
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)


def differences(out_dir: Path, built: Mapping[str, Mapping[str, str]]) -> list[str]:
    """Files that differ between ``out_dir`` and the built files (missing, extra or changed)."""
    problems: list[str] = []
    for name, files in built.items():
        root = out_dir / name
        on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()} if root.is_dir() else set()
        for rel in sorted(on_disk | set(files)):
            if rel not in files:
                problems.append(f"{name}/{rel}: not produced by the generator")
            elif rel not in on_disk:
                problems.append(f"{name}/{rel}: missing")
            elif (root / rel).read_text(encoding="utf-8") != files[rel]:
                problems.append(f"{name}/{rel}: differs")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder that receives 2025/ and 2026/")
    parser.add_argument("--check", action="store_true", help="compare with the files on disk; exit 1 on a difference")
    args = parser.parse_args(argv)
    built = build(find_bundled(CATALOGUE_ID, CATALOGUE_VERSION))
    if args.check:
        problems = differences(args.out, built)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    write(args.out, built)
    print(f"wrote {sum(len(f) for f in built.values())} files into {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
