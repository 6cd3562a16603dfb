"""Every report format as bytes: Markdown and HTML (Jinja), PDF (the HTML printed by a headless browser) and
Word (docxtpl).  The one entry point of ``cc-assess report``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cc_assess.assessment import LoadedAssessment
from cc_assess.clock import today as clock_today
from cc_assess.render.engine import render_report

#: format -> what it is written as (text formats may go to standard output)
DOCUMENT_FORMATS: dict[str, str] = {"markdown": "text", "html": "text", "pdf": "binary", "docx": "binary"}


def render_document(
    loaded: LoadedAssessment,
    *,
    format: str,
    lang: str,
    template: str = "report",
    template_dir: Path | None = None,
    today: dt.date | None = None,
) -> bytes:
    """The report of a valid assessment in ``format`` (see :data:`DOCUMENT_FORMATS`)."""
    day = clock_today(today)
    if format == "docx":
        from cc_assess.render.docx import render_docx

        return render_docx(loaded, lang=lang, template=template, template_dir=template_dir, today=day)
    if format == "pdf":
        from cc_assess.pdf import find_browser, print_pdf

        browser = find_browser()  # before rendering: a missing browser is the likelier problem
        html = render_report(loaded, format="html", lang=lang, template=template, template_dir=template_dir, today=day)
        return print_pdf(html, day, browser=browser)
    return render_report(
        loaded, format=format, lang=lang, template=template, template_dir=template_dir, today=day
    ).encode("utf-8")
