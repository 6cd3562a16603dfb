"""The tool's own words, in Chinese and English: one table (:mod:`cc_assess.i18n.table`), one lookup.

The language of the tool's words (diagnostics, errors, summaries, help, table and CSV headers) is
``CC_ASSESS_LANG=zh|en`` when set, otherwise the system locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, or
Windows' user locale): a ``zh*`` locale gives Chinese, anything else English.  Reports keep their own
``--lang`` / ``language:``; they look words up with :func:`t_in`.

Codes, option names, file keys and level ids never go through this table: they are the same in every language.
"""

from __future__ import annotations

import os
import sys
from typing import Literal

from cc_assess.i18n.table import MESSAGES

Lang = Literal["zh", "en"]

_cached: list[Lang] = []


def _locale_language() -> Lang:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").strip()
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        try:
            import ctypes

            lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
            return "zh" if (int(lang_id) & 0x3FF) == 0x04 else "en"  # LANG_CHINESE
        except (AttributeError, OSError):
            return "en"
    return "en"


def tool_language() -> Lang:
    """``zh`` or ``en``: the language of the tool's own words for this process (read once, see :func:`reset`)."""
    if not _cached:
        forced = os.environ.get("CC_ASSESS_LANG", "").strip().lower()
        _cached.append("zh" if forced.startswith("zh") else "en" if forced.startswith("en") else _locale_language())
    return _cached[0]


def reset() -> None:
    """Forget the language read from the environment (tests that change ``CC_ASSESS_LANG`` call this)."""
    _cached.clear()


def t_in(lang: Lang, key: str, /, **values: object) -> str:
    """The message ``key`` in ``lang``, with ``{name}`` placeholders filled from ``values``."""
    zh, en = MESSAGES[key]
    text = zh if lang == "zh" else en
    return text.format(**values) if values else text


def t(key: str, /, **values: object) -> str:
    """The message ``key`` in the tool's language."""
    return t_in(tool_language(), key, **values)
