"""Validate a parsed YAML document against a model and locate every problem in the file.

Pydantic's error ``loc`` is looked up in the document's index of key paths; a missing key falls back to the
nearest parent that exists.  Messages are rewritten for people who edit YAML by hand.
"""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from cc_assess.diagnostics import Diagnostic
from cc_assess.yamlio import Document, KeyPath, Problem

M = TypeVar("M", bound=BaseModel)

_KINDS = {"bool": "a boolean", "int": "a number", "float": "a number", "timestamp": "a date"}


def problem_diagnostic(path: str, problem: Problem, item: str | None = None) -> Diagnostic:
    return Diagnostic(path, problem.line, problem.column, problem.code, problem.message, "error", item)


def _known_keys(model: type[BaseModel], seen: set[type[BaseModel]] | None = None) -> set[str]:
    """Every field name (alias) of a model and the models it contains, for "did you mean" hints."""
    seen = seen if seen is not None else set()
    if model in seen:
        return set()
    seen.add(model)
    names: set[str] = set()
    for name, info in model.model_fields.items():
        names.add(info.alias or name)
        for arg in _model_args(info.annotation):
            names |= _known_keys(arg, seen)
    return names


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
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    return repr(value)


def _message(error: Any, doc: Document, loc: KeyPath, known: set[str]) -> tuple[str, str, bool]:
    """(code, message, at_key) for one pydantic error."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    raw = doc.scalars.get(loc)
    if kind == "missing":
        return "missing-key", f"missing required key '{loc[-1]}'", False
    if kind == "extra_forbidden":
        key = str(loc[-1])
        close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.75)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return "unknown-key", f"unknown key '{key}'{hint}", True
    if kind in ("string_type", "not_text", "dict_type", "model_type", "model_attributes_type") and raw is not None:
        what = _KINDS[raw.kind]
        if raw.kind == "bool":
            return "not-text", f"'{raw.text}' is read by YAML as a boolean, not text; quote it: \"{raw.text}\"", False
        return "not-text", f"'{raw.text}' is read by YAML as {what}, not text; quote it: \"{raw.text}\"", False
    if kind in ("string_type", "not_text"):
        return "wrong-type", f"expected text, got {_describe(error.get('input'))}", False
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        if not loc:
            return "not-mapping", f"the file must hold a mapping of keys, not {_describe(error.get('input'))}", False
        return "wrong-type", f"expected a mapping of keys, got {_describe(error.get('input'))}", False
    if kind == "list_type":
        return "wrong-type", f"expected a list, got {_describe(error.get('input'))}", False
    if kind == "invalid_date":
        return "invalid-date", str(error["msg"]), False
    if kind == "bad_ref":
        return "evidence-path", str(error["msg"]), False
    if kind == "literal_error":
        return "invalid-value", f"'{error.get('input')}' is not one of: {ctx.get('expected', '')}", False
    if kind in ("bool_type", "bool_parsing"):
        return "wrong-type", f"expected true or false, got {_describe(error.get('input'))}", False
    if kind.startswith(("float", "int")):
        return "wrong-type", f"expected a number, got {_describe(error.get('input'))}", False
    if kind == "string_pattern_mismatch":
        return "invalid-value", f"'{error.get('input')}' does not match the pattern {ctx.get('pattern')}", False
    return "invalid-value", str(error["msg"]), False


def validate(
    model: type[M], doc: Document, path: str, *, item: str | None = None, context: dict[str, Any] | None = None
) -> tuple[M | None, list[Diagnostic]]:
    """Validate ``doc`` as ``model``; returns the model (None when invalid) and every located problem."""
    diagnostics = [problem_diagnostic(path, p, item) for p in doc.problems]
    try:
        result = model.model_validate(doc.data, context=context)
    except ValidationError as exc:
        known = _known_keys(model)
        for error in exc.errors():
            loc = tuple(part for part in error["loc"] if isinstance(part, (str, int)))
            code, message, at_key = _message(error, doc, loc, known)
            pos = doc.locate(loc, key=at_key)
            diagnostics.append(Diagnostic(path, pos.line, pos.column, code, message, "error", item))
        return None, diagnostics
    return result, diagnostics
