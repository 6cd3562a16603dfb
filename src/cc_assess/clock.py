"""Today's date, the one place cc-assess reads the clock: ``--today`` wins, then ``SOURCE_DATE_EPOCH``."""

from __future__ import annotations

import datetime as dt
import os


def today(override: dt.date | None = None) -> dt.date:
    if override is not None:
        return override
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    return dt.date.today()
