"""``score --format junit``: the assessment as a JUnit XML test run, for CI dashboards.

One test suite per domain (``name`` = domain id and title), one test case per item (``classname`` = domain id,
``name`` = item id and title).  An item

- at a level worth 0 points (``nonconformant``) fails;
- that is a key-item failure (a key item not fully conformant, not assessed included) fails;
- at the N/A level is skipped (``type="na"``);
- that is not assessed (and not a key item) is skipped (``type="not-assessed"``): it was not checked yet, and
  it already counts 0 points in the score;
- at any other level passes (a partial item says so in ``system-out``).

The output has no timestamps and no durations other than ``time="0"``: the same input gives the same bytes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from cc_assess.models import Catalogue, Item
from cc_assess.scoring import ScoreResult, round2

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _tally(counts: dict[str, int]) -> dict[str, str]:
    """The count attributes of a <testsuite> or of <testsuites> (no errors, no time: deterministic)."""
    return {
        "tests": str(counts["tests"]),
        "failures": str(counts["failure"]),
        "errors": "0",
        "skipped": str(counts["skipped"]),
        "time": "0",
    }


def _x(text: str) -> str:
    """Text XML 1.0 can hold (control characters dropped); escaping is ElementTree's job."""
    return _NOT_XML.sub("", text)


def _num(value: float | None) -> str:
    return "" if value is None else str(round2(value))


def _case(parent: ET.Element, item: Item, domain: str, catalogue: Catalogue, result: ScoreResult, lang: str) -> str:
    """Add one test case; returns its outcome: ``passed``, ``failure`` or ``skipped``."""
    en = lang == "en"
    case = ET.SubElement(
        parent,
        "testcase",
        {"classname": domain, "name": _x(f"{item.id} {item.title.get(lang)}"), "time": "0"},
    )
    level_id = result.levels.get(item.id)
    level = catalogue.level(level_id) if level_id is not None else None
    if level is not None and level.points is None:
        label = level.label.get(lang)
        ET.SubElement(case, "skipped", {"type": "na", "message": _x(f"{label} ({level.id})")})
        return "skipped"
    points = 0.0 if level is None else float(level.points or 0.0)
    status = _x(f"{level.label.get(lang)} ({level.id})") if level is not None else ("not assessed" if en else "未评估")
    gap = item.weight * (1 - points)
    key_failure = item.key and points < 1
    if level is None and not key_failure:
        message = "not assessed (counts 0 points)" if en else "未评估(按 0 分计)"
        ET.SubElement(case, "skipped", {"type": "not-assessed", "message": message})
        return "skipped"
    if key_failure or points == 0:
        kind = "key-item" if key_failure else (level.id if level is not None else "not-assessed")
        key_note = ("; key item not conformant" if en else ";关键项未通过") if key_failure else ""
        message = (
            f"{item.id}: {status}{key_note}; gap {gap:.1f}" if en else f"{item.id}:{status}{key_note};差距 {gap:.1f}"
        )
        failure = ET.SubElement(case, "failure", {"type": kind, "message": message})
        failure.text = _x(f"{item.requirement.get(lang)}")
        return "failure"
    if points < 1:
        out = ET.SubElement(case, "system-out")
        out.text = f"{item.id}: {status}; gap {gap:.1f}" if en else f"{item.id}:{status};差距 {gap:.1f}"
    return "passed"


def score_junit(result: ScoreResult, catalogue: Catalogue, lang: str) -> str:
    """The JUnit XML document of one scored assessment."""
    root = ET.Element("testsuites", {"name": _x(f"cc-assess {catalogue.id} {catalogue.version}")})
    totals = {"tests": 0, "failure": 0, "skipped": 0}
    scores = {d.id: d for d in result.domains}
    for domain in catalogue.domains:
        suite = ET.SubElement(root, "testsuite", {"name": _x(f"{domain.id} {domain.title.get(lang)}")})
        props = ET.SubElement(suite, "properties")
        scored = scores[domain.id]
        for name, value in (
            ("score", _num(scored.score)),
            ("achieved", _num(scored.achieved)),
            ("possible", _num(scored.possible)),
        ):
            ET.SubElement(props, "property", {"name": name, "value": value})
        counts = {"tests": 0, "failure": 0, "skipped": 0}
        for item in domain.items:
            outcome = _case(suite, item, domain.id, catalogue, result, lang)
            counts["tests"] += 1
            if outcome != "passed":
                counts[outcome] += 1
        suite.attrib.update(_tally(counts))
        for k in totals:
            totals[k] += counts[k]
    root.attrib.update(_tally(totals))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
