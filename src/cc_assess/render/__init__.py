"""Rendering of reports (Markdown and self-contained HTML) through Jinja templates.

The only package that imports jinja2 and markdown-it; the CLI imports it lazily.
"""

from __future__ import annotations

from cc_assess.render.engine import FORMATS, LANGS, TEMPLATES, render_report

__all__ = ["FORMATS", "LANGS", "TEMPLATES", "render_report"]
