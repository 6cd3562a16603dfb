"""The one Jinja environment and ``render_report``.

Templates are looked up by name in ``--template-dir`` first, then among the bundled ones (``templates/`` at
the top of the repository, ``cc_assess/templates`` in the wheel); ``bundled/<name>`` is always the bundled one.
Each part of the bundled reports is a ``{% block %}``, so a template can extend one and override a single part.
``StrictUndefined`` turns a misspelt variable into an error; HTML templates autoescape; in Markdown templates
every ``{{ value }}`` that is not already marked safe is Markdown-escaped (``finalize``), so user text is
escaped in both formats by default.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from cc_assess.assessment import LoadedAssessment
from cc_assess.catalogue import data_dir
from cc_assess.clock import today as clock_today
from cc_assess.diagnostics import Diagnostic
from cc_assess.errors import CannotRun
from cc_assess.i18n import t
from cc_assess.render.compiled import BundledLoader
from cc_assess.render.context import build
from cc_assess.render.markup import findings_html, findings_markdown, md_code, md_inline
from cc_assess.textutil import decimal1, one

FORMATS: dict[str, str] = {"markdown": "md", "html": "html"}  # format -> template file extension
LANGS = ("zh", "en", "bi")
TEMPLATES = ("report", "rectification")


def _autoescape(name: str | None) -> bool:
    return name is not None and (name.endswith((".html", ".html.j2", ".svg.j2")))


@jinja2.pass_context
def _finalize(context: jinja2.runtime.Context, value: Any) -> Any:
    markdown = context.get("format") == "markdown" or (context.name or "").endswith(".md.j2")
    if markdown and isinstance(value, str) and not isinstance(value, Markup):
        return Markup(md_inline(value))  # escaped for Markdown
    return value


def _num(value: float) -> str:
    return f"{value:g}"


def _gap(value: float | None) -> str:
    return "" if value is None else decimal1(value)


class _UserTemplates(jinja2.FileSystemLoader):
    """The user's template folder.  A template there that extends its own name (``report.html.j2`` saying
    ``{% extends "report.html.j2" %}``) means the bundled one of that name: a template cannot extend itself, and
    Jinja would recurse until it fails.  The name is read as ``bundled/<name>``, on the same line."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        itself = re.compile(r"(\{%-?\s*extends\s+)([\"'])" + re.escape(template) + r"\2")
        return (
            itself.sub(lambda m: f"{m.group(1)}{m.group(2)}bundled/{template}{m.group(2)}", source),
            filename,
            uptodate,
        )


@functools.cache
def environment(template_dir: Path | None = None) -> jinja2.Environment:
    """One environment per template folder (per process): user templates first, then the bundled ones."""
    loaders: list[jinja2.BaseLoader] = []
    if template_dir is not None:
        loaders.append(_UserTemplates(str(template_dir)))
    bundled = BundledLoader(data_dir("templates"))  # compiled ahead of time: see cc_assess.render.compiled
    # "bundled/<name>" is always the bundled template, so that a user's report.html.j2 can extend the bundled one.
    loaders += [bundled, jinja2.PrefixLoader({"bundled": bundled})]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(
        findings_html=findings_html,
        findings_md=lambda text: Markup(findings_markdown(text)),  # escaped when hostile
        code=lambda text: Markup(md_code(str(text))),
        one=one,
        num=_num,
        gap=_gap,
    )
    return env


def _template_error(exc: jinja2.TemplateError, name: str) -> CannotRun:
    if isinstance(exc, jinja2.TemplateSyntaxError):
        path = exc.filename or exc.name or name
        message = t("engine.syntax", message=exc.message)
        return CannotRun(message, [Diagnostic(path, exc.lineno or 1, 1, "template-error", message)])
    if "TemplateModule" in str(exc):  # a partial of the user's own that lacks a macro the bundled report calls
        return CannotRun(t("deliverables.template_partial", name=name, error=str(exc)))
    return CannotRun(t("engine.error", name=name, error=exc))


def render_report(
    loaded: LoadedAssessment,
    *,
    format: str,
    lang: str,
    template: str = "report",
    template_dir: Path | None = None,
    today: dt.date | None = None,
) -> str:
    """Render a valid assessment's report (``template``: report or rectification, or a user template name)."""
    if format not in FORMATS:
        raise CannotRun(t("engine.format", format=format, choices=", ".join(FORMATS)))
    if lang not in LANGS:
        raise CannotRun(t("engine.lang", lang=lang, choices=", ".join(LANGS)))
    if template_dir is not None and not template_dir.is_dir():
        raise CannotRun(t("engine.no-folder", folder=template_dir))
    name = f"{template}.{FORMATS[format]}.j2"
    env = environment(template_dir.resolve() if template_dir is not None else None)
    try:
        compiled = env.get_template(name)
    except jinja2.TemplateNotFound:
        if template_dir is not None:
            raise CannotRun(t("engine.no-template-in", name=name, folder=template_dir)) from None
        raise CannotRun(t("engine.no-template", name=name)) from None
    except jinja2.TemplateError as exc:
        raise _template_error(exc, name) from None
    report = build(loaded, format=format, lang=lang, today=clock_today(today))
    try:
        text = compiled.render(
            format=format,
            lang=lang,
            r=report,
            t=report.words.t,
            tx=report.words.tx,
        )
    except jinja2.TemplateError as exc:
        raise _template_error(exc, name) from None
    return text if text.endswith("\n") else text + "\n"
