"""``portfolio --facts``: the long table, one row per site x item, for the BI tools a group already runs.

Columns (:data:`cc_assess.portfolio.rollup.FACT_COLUMNS`): ``site, group, item, domain, status, points, weight,
key, not_assessed, overdue_actions``.  ``.csv`` follows :mod:`cc_assess.csvout`, like every CSV of cc-assess
(UTF-8 with a byte-order mark, CRLF, text that a spreadsheet would run as a formula gets a leading apostrophe),
written row by row; ``.parquet`` is written by
DuckDB (the optional extra ``cc-assess[analytics]``) from a plain CSV streamed to a temporary file, so neither
format holds the rows in memory.  Both are written atomically: a failure leaves no half-written file.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from cc_assess.csvout import BOM, neutralise
from cc_assess.errors import CannotRun
from cc_assess.i18n import t
from cc_assess.outfile import atomic_file, file_mode
from cc_assess.portfolio.rollup import FACT_COLUMNS, Fact, Portfolio
from cc_assess.shown import Shown

SUFFIXES = (".csv", ".parquet")
#: DuckDB types of the columns, in order
PARQUET_TYPES = {
    "site": "VARCHAR",
    "group": "VARCHAR",
    "item": "VARCHAR",
    "domain": "VARCHAR",
    "status": "VARCHAR",
    "points": "DOUBLE",
    "weight": "DOUBLE",
    "key": "BOOLEAN",
    "not_assessed": "BOOLEAN",
    "overdue_actions": "INTEGER",
}


def _has_duckdb() -> bool:
    import importlib.util

    return importlib.util.find_spec("duckdb") is not None


def check_facts_target(path: Path) -> None:
    """Before any work: the suffix names a format we write, and Parquet's engine is installed (else exit 2)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise CannotRun(t("portfolio.facts_suffix", path=Shown.of(path).text))
    if suffix == ".parquet" and not _has_duckdb():
        raise CannotRun(t("portfolio.needs_analytics"))


def _number(value: float | None) -> object:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _cells(row: Fact, *, safe: bool) -> list[object]:
    """None as an empty cell, booleans as true/false, numbers as written (1, 0.5); text neutralised when ``safe``
    (as :func:`cc_assess.csvout.csv_text` does), as it is for DuckDB."""
    cells = [row[0], row[1], row[2], row[3], row[4], _number(row[5]), _number(row[6]), row[7], row[8], row[9]]
    out = ["" if v is None else ("true" if v is True else "false" if v is False else v) for v in cells]
    return [neutralise(v) for v in out] if safe else out


def _write_rows(handle: io.TextIOBase, portfolio: Portfolio, *, safe: bool) -> int:
    writer = csv.writer(handle, lineterminator="\r\n" if safe else "\n")
    writer.writerow(FACT_COLUMNS)
    rows = 0
    for row in portfolio.facts():
        writer.writerow(_cells(row, safe=safe))
        rows += 1
    return rows


def write_csv(portfolio: Portfolio, path: Path) -> int:
    with atomic_file(path) as raw:
        handle = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        handle.write(BOM)
        rows = _write_rows(handle, portfolio, safe=True)
        handle.flush()
        handle.detach()
    return rows


def write_parquet(portfolio: Portfolio, path: Path) -> int:
    try:
        import duckdb
    except ImportError:
        raise CannotRun(t("portfolio.needs_analytics")) from None
    shown = Shown.of(path).text
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise CannotRun(t("portfolio.facts_failed", path=shown, problem=f"{parent}: no such folder"))
    mode = file_mode(path)
    with tempfile.TemporaryDirectory(prefix="cc-assess-facts-") as temp:
        plain = Path(temp) / "facts.csv"
        with plain.open("w", encoding="utf-8", newline="") as handle:
            rows = _write_rows(handle, portfolio, safe=False)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
        os.close(fd)
        try:
            columns = ", ".join(f"'{name}': '{kind}'" for name, kind in PARQUET_TYPES.items())
            connection = duckdb.connect(":memory:")
            try:
                connection.execute(
                    f"COPY (SELECT * FROM read_csv(?, header = true, delim = ',', quote = '\"', escape = '\"', "
                    f"columns = {{{columns}}})) TO ? (FORMAT parquet)",
                    [str(plain), tmp],
                )
            finally:
                connection.close()
            os.chmod(tmp, mode)
            os.replace(tmp, path)
        except (OSError, duckdb.Error) as exc:
            raise CannotRun(t("portfolio.facts_failed", path=shown, problem=str(exc))) from None
        finally:
            Path(tmp).unlink(missing_ok=True)
    return rows


def write_facts(portfolio: Portfolio, path: Path) -> int:
    """Write the facts in the format the suffix names; returns the number of rows."""
    check_facts_target(path)
    if path.suffix.lower() == ".parquet":
        return write_parquet(portfolio, path)
    return write_csv(portfolio, path)
