"""``import``, second step: the changed response files written all or nothing (see :mod:`cc_assess.transaction`)."""

from __future__ import annotations

from collections.abc import Sequence

from cc_assess.errors import CannotRun
from cc_assess.i18n import t
from cc_assess.sheets.plan import plan_import
from cc_assess.sheets.rows import Change, ImportResult
from cc_assess.shown import Shown


def apply(folder: Shown, changes: Sequence[Change]) -> None:
    """Write every changed file or none, also when interrupted (see :mod:`cc_assess.transaction`); a target
    behind a link that leaves the folder (a linked domain folder or response file) is refused first."""
    from cc_assess import safepath, transaction

    refused = safepath.check_targets(folder, [change.rel for change in changes])
    if refused:
        raise CannotRun(t("reliability.targets_refused", count=len(refused)), refused)
    transaction.place(folder, "import", {change.rel: change.data for change in changes})


def import_workbook(folder: Shown, workbook: Shown, *, dry_run: bool = False) -> ImportResult:
    from cc_assess import transaction

    if not dry_run:
        transaction.recover(folder.path)  # an interrupted import first: every file back as it was
    result = plan_import(folder, workbook)
    if not dry_run and result.changes:
        apply(folder, result.changes)
    return result
