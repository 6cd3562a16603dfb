"""The report's own words, in Chinese and English: the ``report.*`` entries of the one message table.

Templates look words up by key through ``t(key, **values)`` (without the ``report.`` prefix); with ``--lang bi``
both languages are shown.
"""

from __future__ import annotations

from cc_assess.i18n.table import MESSAGES as _TABLE

MESSAGES: dict[str, tuple[str, str]] = {
    key.removeprefix("report."): value for key, value in _TABLE.items() if key.startswith("report.")
}
