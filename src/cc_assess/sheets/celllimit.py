"""The one limit of a workbook cell that would lose answers: 32,767 characters (Excel's, and what it keeps).

A finding longer than that cannot be written into a cell whole, and a cut one would come back from ``import``
as a change.  So ``export --format xlsx`` refuses such an assessment, with a located error at each long field,
and writes nothing; ``export --format csv`` has no such limit and round-trips the text unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from cc_assess.assessment import RESPONSES, LoadedAssessment
from cc_assess.diagnostics import Diagnostic
from cc_assess.errors import InvalidInput
from cc_assess.i18n import t
from cc_assess.models import Item

XLSX_CELL_LIMIT = 32_767


def refuse_long_cells(
    loaded: LoadedAssessment, items: Sequence[tuple[str, Item]], keys: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """Raise InvalidInput, located at each response field, when a cell of ``rows`` is over the limit.

    ``items`` are the (domain id, item) of each row; ``keys`` name the columns.
    """
    problems: list[Diagnostic] = []
    for (domain, item), row in zip(items, rows, strict=True):
        for key, value in zip(keys, row, strict=True):
            if not isinstance(value, str) or len(value) <= XLSX_CELL_LIMIT:
                continue
            message = t("reliability.cell_too_long", field=key, item=item.id, length=len(value), limit=XLSX_CELL_LIMIT)
            answer = loaded.responses.get(item.id)
            if answer is not None:
                pos = answer.doc.locate((key,))
                problems.append(Diagnostic(answer.path, pos.line, pos.column, "cell-too-long", message, item=item.id))
            else:
                path = loaded.shown.inside(f"{RESPONSES}/{domain}/{item.id}.yaml")
                problems.append(Diagnostic(path, 1, 1, "cell-too-long", message, item=item.id))
    if problems:
        raise InvalidInput(t("reliability.workbook_refused", count=len(problems)), problems)
