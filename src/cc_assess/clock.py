"""Today's date, the one place cc-assess reads the clock: ``--today`` wins, then ``SOURCE_DATE_EPOCH``."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Iterator

from cc_assess.errors import CannotRun
from cc_assess.i18n import t


def today(override: dt.date | None = None) -> dt.date:
    if override is not None:
        return override
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return _epoch_date(epoch)
    return dt.date.today()


def _epoch_date(epoch: str) -> dt.date:
    """The UTC date of ``SOURCE_DATE_EPOCH`` (seconds); one past what a date can hold cannot run (exit 2)."""
    try:
        return dt.date(1970, 1, 1) + dt.timedelta(seconds=int(epoch))
    except (OverflowError, ValueError):
        from cc_assess.i18n import t

        raise CannotRun(t("reliability.epoch_out_of_range", value=epoch[:40])) from None


def parse_date_option(value: str | None, option: str = "--today") -> dt.date | None:
    """A ``YYYY-MM-DD`` command-line value (None when not given); anything else cannot run (exit 2)."""
    if value is None:
        return None
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise CannotRun(t("clock.not-a-date", option=option, value=value))


@contextlib.contextmanager
def today_as(day: dt.date | None) -> Iterator[None]:
    """Within the block, :func:`today` is ``day`` (None: unchanged), here and in worker processes started in it.

    It is said through ``SOURCE_DATE_EPOCH`` (midnight UTC of ``day``), which every process reads, and put back
    as it was afterwards.
    """
    if day is None:
        yield
        return
    before = os.environ.get("SOURCE_DATE_EPOCH")
    midnight = dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
    os.environ["SOURCE_DATE_EPOCH"] = str(int(midnight.timestamp()))
    try:
        yield
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before
