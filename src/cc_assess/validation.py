"""Validate a parsed YAML document against a model and locate every problem in the file.

Pydantic's error ``loc`` is looked up in the document's index of key paths; a missing key falls back to the
nearest parent that exists.  Messages are rewritten for people who edit YAML by hand.
"""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from cc_assess.diagnostics import Diagnostic
from cc_assess.i18n import t, tool_language
from cc_assess.yamlhints import swallowed_values
from cc_assess.yamlio import Document, KeyPath, Problem

M = TypeVar("M", bound=BaseModel)

#: Keys that people write in Chinese, and the key they mean (suggested only where the format has that key).
CHINESE_KEYS: dict[str, str] = {
    "条目": "item",
    "编号": "id",
    "状态": "status",
    "评估状态": "status",
    "不适用理由": "na_reason",
    "理由": "na_reason",
    "发现": "findings",
    "评审发现": "findings",
    "结论": "findings",
    "证据": "evidence",
    "引用": "ref",
    "路径": "ref",
    "说明": "note",
    "备注": "note",
    "整改措施": "actions",
    "整改": "actions",
    "措施": "actions",
    "描述": "description",
    "责任人": "owner",
    "负责人": "owner",
    "完成期限": "due",
    "期限": "due",
    "评估人": "assessor",
    "评审员": "assessor",
    "评估日期": "assessed_on",
    "日期": "assessed_on",
    "评审目录": "catalogue",
    "目录": "catalogue",
    "目录版本": "catalogue_version",
    "受评组织": "organization",
    "组织": "organization",
    "场所": "site",
    "站点": "site",
    "评估类型": "kind",
    "类型": "kind",
    "评估期间": "period",
    "期间": "period",
    "开始": "start",
    "结束": "end",
    "评估范围": "scope",
    "范围": "scope",
    "评估人员": "assessors",
    "姓名": "name",
    "角色": "role",
    "目标得分": "target",
    "目标": "target",
    "语言": "language",
}


def _kind(kind: str) -> str:
    return t(f"validation.kind-{kind}")


def problem_diagnostic(path: str, problem: Problem, item: str | None = None) -> Diagnostic:
    return Diagnostic(path, problem.line, problem.column, problem.code, problem.message, "error", item)


def _did_you_mean(key: str, known: set[str]) -> str | None:
    """The key meant by ``key``: its English for a Chinese key, else a close spelling; never ``key`` itself."""
    known = known - {key}
    meant = CHINESE_KEYS.get(key.strip())
    if meant is not None and meant in known:
        return meant
    close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.75)
    return close[0] if close else None


def _known_keys(model: type[BaseModel], parent: KeyPath = ()) -> set[str]:
    """The keys valid in the mapping at ``parent`` (a key path from pydantic's ``loc``), for "did you mean" hints.

    List indexes, mapping keys and pydantic's own loc parts (union members) leave the level where it is.
    """
    models = [model]
    for part in parent:
        if not isinstance(part, str):
            continue
        inner = [
            arg
            for m in models
            for name, info in m.model_fields.items()
            if part in (name, info.alias)
            for arg in _model_args(info.annotation)
        ]
        if inner:
            models = inner
        elif not any(part in (name, info.alias) for m in models for name, info in m.model_fields.items()):
            continue  # a mapping key or a union member's name: still the same level
        else:
            return set()  # a field that holds no model: nothing to suggest
    return {info.alias or name for m in models for name, info in m.model_fields.items()}


def _model_args(annotation: Any) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    for arg in getattr(annotation, "__args__", ()) or ():
        found.extend(_model_args(arg))
    for arg in getattr(annotation, "__metadata__", ()) or ():
        found.extend(_model_args(arg))
    origin = getattr(annotation, "__origin__", None)
    if origin is not None and origin is not annotation:
        found.extend(_model_args(origin))
    return found


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return t("validation.a-mapping")
    if isinstance(value, list):
        return t("validation.a-list")
    if value is None:
        return t("validation.empty")
    return repr(value)


def _message(error: Any, doc: Document, loc: KeyPath, model: type[BaseModel]) -> tuple[str, str, bool]:
    """(code, message, at_key) for one pydantic error."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    raw = doc.scalars.get(loc)
    got = _describe(error.get("input"))
    if kind == "missing":
        return "missing-key", t("validation.missing-key", key=loc[-1]), False
    if kind == "extra_forbidden":
        key = str(loc[-1])
        meant = _did_you_mean(key, _known_keys(model, loc[:-1]))
        if meant is not None:
            return "unknown-key", t("validation.unknown-key-hint", key=key, meant=meant), True
        return "unknown-key", t("validation.unknown-key", key=key), True
    if kind in ("string_type", "not_text", "dict_type", "model_type", "model_attributes_type") and raw is not None:
        return "not-text", t("validation.not-text", text=raw.text, kind=_kind(raw.kind)), False
    if kind in ("string_type", "not_text"):
        return "wrong-type", t("validation.expected-text", got=got), False
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        if not loc:
            return "not-mapping", t("validation.not-mapping", got=got), False
        return "wrong-type", t("validation.expected-mapping", got=got), False
    if kind == "list_type":
        return "wrong-type", t("validation.expected-list", got=got), False
    if kind == "invalid_date":
        return "invalid-date", str(error["msg"]), False
    if kind == "bad_ref":
        return "evidence-path", str(error["msg"]), False
    if kind == "literal_error":
        return (
            "invalid-value",
            t("validation.not-one-of", value=error.get("input"), expected=_choices(str(ctx.get("expected", "")))),
            False,
        )
    if kind in ("bool_type", "bool_parsing"):
        return "wrong-type", t("validation.expected-bool", got=got), False
    if kind.startswith(("float", "int")):
        return "wrong-type", t("validation.expected-number", got=got), False
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        if tool_language() != "zh":  # pydantic's own English
            return "invalid-value", str(error["msg"]), False
        limit = next((ctx[k] for k in ("gt", "ge", "lt", "le") if k in ctx), "")
        return "invalid-value", t(f"validation.{kind}", limit=limit), False
    if kind == "string_pattern_mismatch":
        return "invalid-value", t("validation.pattern", value=error.get("input"), pattern=ctx.get("pattern")), False
    return "invalid-value", str(error["msg"]), False


def validate(
    model: type[M], doc: Document, path: str, *, item: str | None = None, context: dict[str, Any] | None = None
) -> tuple[M | None, list[Diagnostic]]:
    """Validate ``doc`` as ``model``; returns the model (None when invalid) and every located problem."""
    diagnostics = [problem_diagnostic(path, p, item) for p in doc.problems]
    if doc.text is not None and "#" in doc.text:
        diagnostics += [
            Diagnostic(path, p.line, p.column, p.code, p.message, "warning", item) for p in swallowed_values(doc.text)
        ]
    try:
        result = model.model_validate(doc.data, context=context)
    except ValidationError as exc:
        for error in exc.errors():
            loc = tuple(part for part in error["loc"] if isinstance(part, (str, int)))
            code, message, at_key = _message(error, doc, loc, model)
            pos = doc.locate(loc, key=at_key)
            diagnostics.append(Diagnostic(path, pos.line, pos.column, code, message, "error", item))
        return None, diagnostics
    return result, diagnostics


def _choices(expected: str) -> str:
    """pydantic's list of allowed values (``'a', 'b' or 'c'``) with its last "or" in the tool's language."""
    head, sep, last = expected.rpartition("' or '")
    return f"{head}'{t('validation.or')}'{last}" if sep else expected
