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

MESSAGES.update({})

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
