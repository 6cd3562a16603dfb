"""The layout of an exported workbook and its CSV twin: what both halves of the round trip agree on.

:mod:`cc_assess.sheets.export` writes files in this layout; :mod:`cc_assess.sheets.read_xlsx` and
:mod:`cc_assess.sheets.read_csv` read them back by it.  Neither side imports the other.
"""

from __future__ import annotations

from cc_assess.assessment import LoadedAssessment
from cc_assess.csvout import restore
from cc_assess.i18n.table import MESSAGES
from cc_assess.models import Response
from cc_assess.sheets.cells import FIELDS, label

WORKBOOK_FORMAT = "cc-assess/workbook/v1"
META_SHEET = "_meta"
EXPORT_FORMATS = ("xlsx", "csv")

#: columns of a domain sheet: key, zh header, en header, (min, max) width, answer column
COLUMNS: tuple[tuple[str, str, str, tuple[int, int], bool], ...] = (
    ("item", "条目", "Item", (8, 10), False),
    ("title_zh", "标题(中文)", "Title (zh)", (14, 30), False),
    ("title_en", "标题(英文)", "Title (en)", (14, 34), False),
    ("requirement", "要求", "Requirement", (24, 60), False),
    ("guidance", "证据指引", "Evidence guidance", (20, 44), False),
    ("status", "状态", "Status", (12, 22), True),
    ("previous", *MESSAGES["cycle.export.previous_header"], (14, 26), False),
    ("na_reason", "不适用理由", "N/A reason", (16, 30), True),
    ("findings", "发现", "Findings", (30, 60), True),
    ("evidence", "证据(ref | 说明)", "Evidence (ref | note)", (24, 48), True),
    (
        "actions",
        "整改措施(编号 | 描述 | 负责人 | 期限 | 状态)",
        "Actions (id | description | owner | due | status)",
        (30, 60),
        True,
    ),
    ("assessor", "评审员", "Assessor", (10, 16), True),
    ("assessed_on", "评审日期", "Date", (12, 12), True),
)


def header(key: str, lang: str) -> str:
    _, zh, en, _, _ = next(c for c in COLUMNS if c[0] == key)
    return zh if lang == "zh" else en if lang == "en" else f"{zh}\n{en}"


def column_letter(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def previous_cell(loaded: LoadedAssessment, item_id: str, lang: str) -> str:
    """Last year's status and date (``previous:``) as the read-only column shows it: ``部分符合 (2025-10-12)``."""
    response = loaded.responses[item_id].response if item_id in loaded.responses else None
    previous = response.previous if response is not None else None
    if previous is None:
        return ""
    level = loaded.catalogue.resolve_status(previous.status) if previous.status else None
    text = label(loaded.catalogue.level(level), lang) if level is not None else (previous.status or "")
    if previous.assessed_on is not None:
        text = f"{text} ({previous.assessed_on.isoformat()})" if text else previous.assessed_on.isoformat()
    return text


def has_previous(loaded: LoadedAssessment) -> bool:
    """Whether any response keeps last year's answer (``previous:``): only then has the sheet that column."""
    return any(r.response.previous is not None for r in loaded.responses.values())


def sheet_columns(loaded: LoadedAssessment) -> tuple[tuple[str, str, str, tuple[int, int], bool], ...]:
    """The columns of this assessment's domain sheets: ``COLUMNS``, the previous status only when there is one."""
    return COLUMNS if has_previous(loaded) else tuple(c for c in COLUMNS if c[0] != "previous")


#: the columns of an exported CSV file, in order
CSV_COLUMNS = (
    "domain",
    "item",
    "key",
    "weight",
    "title_zh",
    "title_en",
    "requirement_zh",
    "requirement_en",
    "status",
    "status_label",
    *FIELDS[1:],
    "catalogue",
    "catalogue_version",
    "language",
    "export_digest",
)
#: the answer cells of a CSV row: (field, digest key, column); the status is there twice, as id and as label
CSV_CELLS: tuple[tuple[str, str, str], ...] = (
    ("status", "status_id", "status"),
    ("status", "status", "status_label"),
    *((name, name, name) for name in FIELDS[1:]),
)
DIGEST_PREFIX = "d:"
csv_unsafe = restore  # what import reads back: a CSV cell as it was before export neutralised it


def shown_response(loaded: LoadedAssessment, item_id: str, lang: str) -> tuple[Response | None, str | None]:
    """The response of an item as its row shows it, and its level id: the file's own answer; for an item without
    a status of its own that an ``exclude:`` rule makes N/A, the N/A level and the rule's reason (in ``lang``).

    Export and import both read answers through here, so a row left as exported writes nothing, and an excluded
    item changes only when its status or reason cell is edited.
    """
    response = loaded.responses[item_id].response if item_id in loaded.responses else None
    level = loaded.responses[item_id].level if item_id in loaded.responses else None
    excluded = loaded.exclusions.get(item_id)
    na = loaded.catalogue.na_level
    if excluded is None or na is None:
        return response, level
    zh, en = excluded.reason.get("zh"), excluded.reason.get("en")
    reason = (zh if zh == en else f"{zh}\n{en}") if lang == "bi" else excluded.reason.get(lang)
    base = response if response is not None else Response(item=item_id)
    return base.model_copy(update={"status": na.id, "na_reason": base.na_reason or reason}), na.id
