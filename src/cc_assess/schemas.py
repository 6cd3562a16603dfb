"""JSON Schema (draft 2020-12) of each file kind, generated from the pydantic models.

The plain schemas (``json_schema``) describe the shape every catalogue, assessment and response file must have;
they are what ``cc-assess schema KIND`` prints.  ``response_schema_for`` narrows the response schema to one
catalogue: its item ids (titles as descriptions, the requirement as ``markdownDescription``) and its status
levels (ids and zh/en labels), so that an editor with a YAML language server completes them and shows the
requirement on hover.  Nothing here is written by hand but the short bilingual field descriptions.

The schemas are as strict as JSON Schema can be about what the models accept; the rules that need the file
system or YAML 1.1 (``status: no`` read as a boolean, evidence files that exist) stay with ``cc-assess validate``.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from cc_assess.i18n.table import MESSAGES
from cc_assess.models import ACTION_STATUS_IDS, Assessment, Catalogue, I18nText, Level, Response

DIALECT = "https://json-schema.org/draft/2020-12/schema"
MODELS: dict[str, type[BaseModel]] = {"catalogue": Catalogue, "assessment": Assessment, "response": Response}
TITLES = {"catalogue": "cc-assess catalogue", "assessment": "cc-assess assessment", "response": "cc-assess response"}
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"

#: Hover texts of the top-level fields (zh / en).  A test checks that every key is a field of its model.
DESCRIPTIONS: dict[str, dict[str, str]] = {
    "assessment": {
        "catalogue": "评审目录:内置目录 id,或相对本文件的目录文件路径 / A bundled catalogue id, or a path to a "
        "catalogue file relative to this file",
        "catalogue_version": "编写这些评审记录时所依据的目录版本 / The catalogue version these responses were "
        "written against",
        "organization": "受评组织 / Organisation assessed",
        "site": "现场 / Site",
        "kind": "评估类型 / Kind of assessment",
        "period": "评估期间 (YYYY-MM-DD) / Assessment period (YYYY-MM-DD)",
        "scope": "评估范围 / Scope",
        "assessors": "评估人员 / Assessors",
        "target": "目标总分 (0–100) / Overall score aimed for (0–100)",
        "language": "报告默认语言 / Default report language: zh | en | bi",
        "label": "diff 与 history 中显示的名称(默认:文件夹名)/ Name shown by diff and history (default: folder name)",
        "exclude": "按目录标签排除的条目:带该标签且未填写结论的条目计为不适用,理由即 reason / Items excluded by "
        "catalogue tag: every item with that tag and no status counts as N/A with this reason",
        "document_no": "报告的文件编号(显示在封面)/ The report's document number (on its cover)",
        "conclusion": "总体结论(报告摘要中显示)/ Overall conclusion (in the report's summary)",
    },
    "response": {
        "item": "条目编号,须与文件名相同 / Item id; must equal the file name",
        "status": "评审结论:等级 id 或其中文/英文标签;留空 = 未评估 / A scale level id or its zh/en label; "
        "empty = not assessed",
        "na_reason": "不适用的理由(状态为不适用时必填)/ Why the item does not apply (required for N/A)",
        "findings": "评审发现 (Markdown) / Findings (Markdown)",
        "evidence": "证据:URL 或评估文件夹内的相对路径 / Evidence: an http(s) URL or a relative path inside the "
        "assessment folder",
        "actions": "整改措施 / Corrective actions",
        "assessor": "评估人 / Assessor",
        "assessed_on": "评估日期 (YYYY-MM-DD) / Date assessed (YYYY-MM-DD)",
        "previous": "上一年度的结论与评估日期(由 init --from 写入,供复核)/ Last year's status and date (written "
        "by init --from, to re-confirm)",
    },
}


def _tighten(node: Any) -> None:
    """What the models check in code and JSON Schema can say too: date patterns, a text with no language."""
    if isinstance(node, dict):
        if node.get("format") == "date" and node.get("type") == "string":
            node["pattern"] = DATE_PATTERN
        for value in node.values():
            _tighten(value)
    elif isinstance(node, list):
        for value in node:
            _tighten(value)


def json_schema(kind: str) -> dict[str, Any]:
    """The plain schema of a file kind: ``catalogue``, ``assessment`` or ``response``."""
    generated = MODELS[kind].model_json_schema(by_alias=True, mode="validation")
    _tighten(generated)
    text = generated.get("$defs", {}).get("I18nText")
    if text is not None:
        text["minProperties"] = 1
    for name, description in DESCRIPTIONS.get(kind, {}).items():
        generated["properties"][name]["description"] = description
    action = generated.get("$defs", {}).get("Action")
    if action is not None:
        _action_status_spellings(action["properties"]["status"])
    return {"$schema": DIALECT, "title": TITLES[kind], **{k: v for k, v in generated.items() if k != "title"}}


def schema_json(schema: dict[str, Any]) -> str:
    """A schema as the text ``cc-assess schema`` prints and ``init`` writes."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------------------------------ per catalogue

_SYNTAX = set("^$\\.*+?()[]{}|/")


def _escape(text: str) -> str:
    """Escape for an ECMA-262 regex in unicode mode, where only syntax characters may be escaped."""
    return "".join("\\" + c if c in _SYNTAX else c for c in text)


def _caseless(text: str) -> str:
    """A regex matching ``text`` in any letter case (JSON Schema patterns have no flags)."""
    out = []
    for c in text:
        lower, upper = c.lower(), c.upper()
        out.append(f"[{lower}{upper}]" if lower != upper and len(lower) == len(upper) == 1 else _escape(c))
    return "".join(out)


def _action_status_spellings(status: dict[str, Any]) -> None:
    """Every spelling :func:`cc_assess.models.action_status_id` accepts, not only the listed ones: an id or an
    English label in any letter case, with ``-``, ``_`` or a space between words, or a Chinese label; trimmed.
    The listed spellings stay an ``enum`` so that editors still offer them."""
    options: list[str] = []
    for status_id in ACTION_STATUS_IDS:
        zh, en = MESSAGES[f"action-status.{status_id}"]
        for text in (status_id, en):
            words = text.casefold().replace("_", "-").replace(" ", "-").split("-")
            options.append("[-_ ]".join(_caseless(word) for word in words))
        options.append(_escape(zh))
    listed = {key: status.pop(key) for key in ("enum", "type") if key in status}
    status["anyOf"] = [listed, {"type": "string", "pattern": r"^\s*(?:" + "|".join(dict.fromkeys(options)) + r")\s*$"}]


def _status_pattern(levels: list[Level], *, blank: bool) -> str:
    """Every spelling ``Catalogue.resolve_status`` accepts: id, zh label, en label in any case, spaces around."""
    options: list[str] = []
    for level in levels:
        options.append(_escape(level.id))
        if level.label.zh is not None:
            options.append(_escape(level.label.zh.strip()))
        if level.label.en is not None:
            options.append(_caseless(level.label.en.strip()))
    if blank:
        options.append("")
    return r"^\s*(?:" + "|".join(dict.fromkeys(options)) + r")\s*$"


def _both(text: I18nText, sep: str = " / ") -> str:
    """A text in both languages, or once when it is the same (or given) in one."""
    zh, en = text.get("zh"), text.get("en")
    return zh if zh == en else f"{zh}{sep}{en}"


def _level_text(level: Level) -> str:
    points = "N/A, left out of the score" if level.points is None else f"{level.points:g} point(s)"
    return f"{_both(level.label)} — {points}"


def _status_choices(levels: list[Level]) -> list[dict[str, Any]]:
    """One ``const`` per spelling, so that an editor offers each with its meaning."""
    choices: list[dict[str, Any]] = []
    seen: set[str] = set()
    for level in levels:
        for value in (level.id, level.label.zh, level.label.en):
            if value is None or value in seen:
                continue
            seen.add(value)
            described = _level_text(level) if value == level.id else f"= {level.id}: {_level_text(level)}"
            choices.append({"const": value, "description": described})
    return choices


def response_schema_for(catalogue: Catalogue) -> dict[str, Any]:
    """The response schema narrowed to one catalogue's item ids and status levels."""
    schema = json_schema("response")
    schema["title"] = f"cc-assess response ({catalogue.id} {catalogue.version})"
    schema["$comment"] = (
        f"Generated from catalogue {catalogue.id} {catalogue.version}; "
        f"regenerate with: cc-assess schema response --catalogue {catalogue.id}"
    )
    properties = schema["properties"]
    items = []
    for item in catalogue.items():
        title = _both(item.title)
        key = "  ★ 关键项 key item" if item.key else ""
        requirement = _both(item.requirement, "\n\n")
        items.append(
            {
                "const": item.id,
                "description": f"{item.id} {title}",
                "markdownDescription": f"**{item.id} {title}**{key}\n\n{requirement}",
            }
        )
    properties["item"] = {"description": properties["item"]["description"], "type": "string", "anyOf": items}
    levels = list(catalogue.scale)
    properties["status"] = {
        "description": properties["status"]["description"],
        "anyOf": [
            *_status_choices(levels),
            {"type": "null", "description": "未评估 / not assessed"},
            {"type": "string", "pattern": _status_pattern(levels, blank=True)},
        ],
    }
    na = catalogue.na_level
    if na is not None:
        schema["if"] = {
            "properties": {"status": {"type": "string", "pattern": _status_pattern([na], blank=False)}},
            "required": ["status"],
        }
        schema["then"] = {
            "properties": {"na_reason": {"type": "string", "pattern": r"\S"}},
            "required": ["na_reason"],
        }
    return schema
