"""Output formats of ``catalogue show``: json (what ``catalogue check`` accepts again) and markdown."""

from __future__ import annotations

from cc_assess.models import Catalogue
from cc_assess.textutil import md_cell, to_json


def catalogue_json(catalogue: Catalogue) -> str:
    """The catalogue as JSON that `catalogue check` accepts again (the N/A level keeps ``points: null``)."""
    data = catalogue.model_dump(mode="json", by_alias=True, exclude_none=True)
    for level, dumped in zip(catalogue.scale, data["scale"], strict=True):
        dumped["points"] = level.points
    return to_json(data)


def catalogue_markdown(catalogue: Catalogue, lang: str) -> str:
    lines = [f"# {catalogue.title.get(lang)} ({catalogue.id} {catalogue.version})", ""]
    for domain in catalogue.domains:
        lines += [
            f"## {domain.id} {domain.title.get(lang)}",
            "",
            "| id | title | weight | key | requirement |",
            "| --- | --- | ---: | :---: | --- |",
        ]
        for item in domain.items:
            lines.append(
                f"| {item.id} | {md_cell(item.title.get(lang))} | {item.weight:g} | "
                f"{'★' if item.key else ''} | {md_cell(item.requirement.get(lang))} |"
            )
        lines.append("")
    return "\n".join(lines)
