"""Word reports: a ``.docx`` template with Jinja tags (docxtpl), rendered with the report's context.

The bundled templates (``templates/report.docx``, ``templates/rectification.docx``) are made by
``templates/tools/make_docx_templates.py``; they set East Asian fonts in Word's own ``w:eastAsia`` slots of every
style, so Chinese text is set in 宋体/黑体 in Word and WPS.  ``--template-dir`` may hold the user's own
``report.docx`` (edit the bundled one in Word: keep the ``{{ … }}`` and ``{%p … %}`` tags).

Escaping: the context's words are already XML-escaped (``Words`` in its HTML mode, without language spans) and
everything else is escaped by Jinja's autoescape, so no user text can change the document's XML.

docxtpl (and python-docx) are the optional extra ``cc-assess[docx]``; without them the command cannot run.
The output is the same bytes for the same input: the zip's entries get a fixed time (``SOURCE_DATE_EPOCH`` or
1980-01-01) and the document's core properties carry the report date.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import jinja2

from cc_assess.assessment import LoadedAssessment
from cc_assess.catalogue import data_dir
from cc_assess.errors import CannotRun
from cc_assess.i18n import t as tool_t
from cc_assess.render.context import build
from cc_assess.textutil import decimal1, one

_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
_EMPHASIS = re.compile(r"(\*\*|__|`)")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def plain_lines(text: str | None) -> list[str]:
    """Findings (Markdown) as plain paragraphs for Word: one per non-empty line, links as 'text (url)'."""
    if not text:
        return []
    lines = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        bullet = "• " if _LIST.match(line) else ""
        line = _LIST.sub("", line)
        line = line.lstrip("#").strip() if line.startswith("#") else line
        line = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})" if m.group(2) else m.group(1), line)
        lines.append(bullet + _EMPHASIS.sub("", line))
    return lines


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters.update(
        lines=plain_lines,
        one=one,
        num=lambda value: f"{value:g}",
        gap=lambda value: "" if value is None else decimal1(value),
    )
    return env


def template_path(template: str, template_dir: Path | None) -> Path:
    name = f"{template}.docx"
    if template_dir is not None and (template_dir / name).is_file():
        return template_dir / name
    bundled = data_dir("templates") / name
    if bundled.is_file():
        return bundled
    if template_dir is not None:
        raise CannotRun(tool_t("deliverables.no_docx_template_in", name=name, folder=template_dir))
    raise CannotRun(tool_t("deliverables.no_docx_template", name=name))


def stable_zip(data: bytes, timestamp: tuple[int, int, int, int, int, int]) -> bytes:
    """The same zip with every entry at ``timestamp``, in the same order: a .docx whose bytes depend on content."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=timestamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o100644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def render_docx(
    loaded: LoadedAssessment,
    *,
    lang: str,
    template: str = "report",
    template_dir: Path | None = None,
    today: dt.date,
) -> bytes:
    """The Word document of a valid assessment, from ``<template>.docx``."""
    try:
        import docxtpl  # type: ignore[import-untyped]
        from docx.opc.exceptions import OpcError
        from lxml.etree import XMLSyntaxError  # type: ignore[import-untyped]
    except ImportError:
        raise CannotRun(tool_t("deliverables.no_docx")) from None
    from cc_assess.pack import zip_timestamp

    path = template_path(template, template_dir)
    report = build(loaded, format="docx", lang=lang, today=today)
    try:
        document = docxtpl.DocxTemplate(str(path))
        context: dict[str, Any] = {"r": report, "t": report.words.t, "tx": report.words.tx, "lang": lang}
        document.render(context, jinja_env=_environment(), autoescape=True)
        props = document.docx.core_properties
        moment = dt.datetime(today.year, today.month, today.day)
        props.created = props.modified = moment
        props.last_printed = moment
        props.revision = 1
        buffer = io.BytesIO()
        document.save(buffer)
    except jinja2.TemplateError as exc:
        raise CannotRun(tool_t("deliverables.docx_template_error", name=path.name, error=exc)) from None
    except (zipfile.BadZipFile, KeyError, ValueError, OpcError, XMLSyntaxError) as exc:
        raise CannotRun(tool_t("deliverables.docx_unusable", path=path, error=exc)) from None
    return stable_zip(buffer.getvalue(), zip_timestamp())
