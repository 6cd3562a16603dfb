"""Every sentence cc-assess prints, as ``key: (zh, en)``.

One table for the whole tool.  Keys are dotted slugs (``area.what``); values are ``str.format`` templates whose
placeholders are the same in both languages (a test checks it).  Each area keeps its own section below, so
that work on one area does not touch the lines of another.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}

# --- core: diagnostics, errors, summaries, help -----------------------------------------------------------

MESSAGES.update({})

# --- catalogue and applicability --------------------------------------------------------------------------

MESSAGES.update(
    {
        "catalogue.unknown_tag": (
            "条目 '{item}' 的标签 '{tag}' 未在 'tags:' 中列出",
            "item '{item}' has tag '{tag}', which is not listed under 'tags:'",
        ),
        "applicability.unknown_tag": (
            "目录 {catalogue} {version} 中没有标签 '{tag}'（可用标签：{known}）",
            "catalogue {catalogue} {version} has no tag '{tag}' (tags: {known})",
        ),
        "applicability.no_na_level": (
            "目录 {catalogue} 的评分等级中没有“不适用”（points: null），无法按标签排除条目",
            "catalogue {catalogue} has no not-applicable level (points: null), so items cannot be excluded by tag",
        ),
        "applicability.duplicate_tag": (
            "标签 '{tag}' 已在第 {line} 行排除过；本条规则不起作用",
            "tag '{tag}' is already excluded at line {line}; this rule has no effect",
        ),
    }
)

# --- reliability: hostile input, interruption, writes -----------------------------------------------------

MESSAGES.update({})

# --- deliverables: sign-off, docx, pdf, report pages --------------------------------------------------------

MESSAGES.update({})

# --- yearly cycle and pack integrity ------------------------------------------------------------------------

MESSAGES.update({})

# --- portfolio ----------------------------------------------------------------------------------------------

MESSAGES.update({})

# --- local web editor ----------------------------------------------------------------------------------------

MESSAGES.update({})

# --- benchmarks and performance ------------------------------------------------------------------------------

MESSAGES.update({})
