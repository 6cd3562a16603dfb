"""Today's date, the one place cc-assess reads the clock: ``--today`` wins, then ``SOURCE_DATE_EPOCH``."""

from __future__ import annotations

import datetime as dt
import os
import re

from cc_assess.errors import CannotRun


def today(override: dt.date | None = None) -> dt.date:
    if override is not None:
        return override
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    return dt.date.today()


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
    raise CannotRun(f"{option}: '{value}' is not a date (YYYY-MM-DD)")
