"""Output formats of ``evidence index``: table (rich, imported only when asked for) and json."""

from __future__ import annotations

import json
from collections.abc import Callable

from cc_assess.evidence import IndexEntry
from cc_assess.i18n import t
from cc_assess.textutil import terminal_text, text_console


def index_json(entries: list[IndexEntry]) -> str:
    return json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2) + "\n"


def _size(size: int | None) -> str:
    if size is None:
        return "—"
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"


def index_table(entries: list[IndexEntry]) -> str:
    import io

    from rich.table import Table
    from rich.text import Text

    table = Table(title=t("evidence.table-title"))
    for header, justify in (
        ("item", "left"),
        ("ref", "left"),
        ("note", "left"),
        ("exists", "center"),
        ("size", "right"),
        ("sha256", "left"),
    ):
        table.add_column(t(f"evidence.col-{header}"), justify=justify)  # type: ignore[arg-type]
    for e in entries:
        exists = "—" if e.exists is None else ("✓" if e.exists else t("evidence.missing-mark"))
        table.add_row(
            Text(terminal_text(e.item)),
            Text(terminal_text(e.ref)),
            Text(terminal_text(e.note)),
            exists,
            _size(e.size),
            e.sha256[:12] if e.sha256 else "—",
        )
    buffer = io.StringIO()
    console = text_console(buffer, 120)
    console.print(table)
    missing = sum(e.exists is False for e in entries)
    console.print(t("evidence.summary", count=len(entries), missing=missing))
    return buffer.getvalue()


INDEX_FORMATS: dict[str, Callable[[list[IndexEntry]], str]] = {"table": index_table, "json": index_json}
