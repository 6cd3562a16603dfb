"""JSON Schema (draft 2020-12) of each file kind, generated from the pydantic models."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from cc_assess.models import Assessment, Catalogue, Response

MODELS: dict[str, type[BaseModel]] = {"catalogue": Catalogue, "assessment": Assessment, "response": Response}
TITLES = {"catalogue": "cc-assess catalogue", "assessment": "cc-assess assessment", "response": "cc-assess response"}


def json_schema(kind: str) -> dict[str, Any]:
    schema = MODELS[kind].model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": TITLES[kind],
        **{k: v for k, v in schema.items() if k != "title"},
    }
