"""The command line: options -> one core call -> exit code.

Exit status: 0 success; 1 the input was read but fails; 2 the command could not run.  Machine formats go to
standard output and nothing else does; messages go to standard error.  Heavy modules (rich, jinja2,
markdown-it, rendering) are imported inside the commands that need them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, Optional, TypeAlias

import typer

from cc_assess import __version__
from cc_assess.diagnostics import FORMATTERS, Diagnostic, format_text, sort_diagnostics
from cc_assess.errors import CannotRun, CcAssessError

app = typer.Typer(
    name="cc-assess",
    help="Self-assessment of call centres against YD/T 2823-2015 and other catalogues.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
catalogue_app = typer.Typer(help="Bundled catalogues: list, show, check.", no_args_is_help=True)
app.add_typer(catalogue_app, name="catalogue")


def _choices(options: Any) -> Any:
    """A Literal of a registry's keys, so that help and code cannot drift."""
    return Literal[tuple(options)]


KINDS = ("self-assessment", "initial-audit", "surveillance", "recertification")
SCHEMA_KINDS = ("catalogue", "assessment", "response")
SCORE_FORMAT_NAMES = ("table", "json", "markdown", "csv")

if TYPE_CHECKING:
    KindChoice: TypeAlias = str
    DiagFormat: TypeAlias = str
    ScoreFormat: TypeAlias = str
    SchemaKind: TypeAlias = str
    Lang: TypeAlias = str
    ListFormat: TypeAlias = str
    ShowFormat: TypeAlias = str
else:
    KindChoice = _choices(KINDS)
    DiagFormat = _choices(FORMATTERS)
    ScoreFormat = _choices(SCORE_FORMAT_NAMES)
    SchemaKind = _choices(SCHEMA_KINDS)
    Lang = _choices(("zh", "en"))
    ListFormat = _choices(("table", "json"))
    ShowFormat = _choices(("markdown", "json"))


def err(message: str) -> None:
    typer.echo(message, err=True)


def out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


@contextmanager
def handled() -> Iterator[None]:
    """The one error handler: a CcAssessError becomes its located messages on stderr and its exit code."""
    try:
        yield
    except CcAssessError as exc:
        if exc.diagnostics:
            err(format_text(sort_diagnostics(exc.diagnostics)).rstrip("\n"))
        if not exc.diagnostics or exc.exit_code == 1:
            err(f"cc-assess: {exc.message}")
        raise typer.Exit(exc.exit_code) from None


def _display(folder: Path | None) -> tuple[Path, str]:
    if folder is None:
        return Path("."), ""
    return folder, str(folder).replace("\\", "/")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cc-assess {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """cc-assess: assess a call centre against a criteria catalogue, from a git repository."""


# ------------------------------------------------------------------------------------------- init


@app.command()
def init(
    folder: Annotated[Path, typer.Argument(help="Folder to create (or fill).")],
    catalogue: Annotated[str, typer.Option("--catalogue", help="Bundled catalogue id, or a catalogue file.")],
    organization: Annotated[Optional[str], typer.Option(help="Organisation name.")] = None,
    site: Annotated[Optional[str], typer.Option(help="Site.")] = None,
    kind: Annotated[Optional[KindChoice], typer.Option(help="Kind of assessment.")] = None,
    from_: Annotated[
        Optional[Path], typer.Option("--from", help="Previous assessment to carry answers forward from.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing files.")] = False,
) -> None:
    """Scaffold an assessment: assessment.yaml and one response file per catalogue item.

    Example: cc-assess init 2026 --catalogue ydt-2823-2015 --organization 华信客服中心 --site 上海
    """
    from cc_assess import workspace

    path, display = _display(folder)
    with handled():
        previous, previous_display = _display(from_) if from_ is not None else (None, "")
        result = workspace.init(
            path,
            display,
            catalogue,
            organization=organization,
            site=site,
            kind=kind,
            previous=previous,
            previous_display=previous_display,
            force=force,
        )
        carried = f", carried {result.carried} answers forward" if from_ is not None else ""
        err(f"wrote {len(result.written)} files into {display}{carried}")


# ------------------------------------------------------------------------------------------- validate


@app.command()
def validate(
    folders: Annotated[Optional[list[Path]], typer.Argument(help="Assessment folders (default: .).")] = None,
    format: Annotated[DiagFormat, typer.Option("--format", help="Output format.")] = "text",
) -> None:
    """Check every file of one or more assessments and report all problems, each as path:line:col.

    Example: cc-assess validate sites/shanghai/2026 --format github
    """
    from cc_assess.assessment import load_assessment

    diagnostics: list[Diagnostic] = []
    worst = 0
    for folder in folders or [None]:  # type: ignore[list-item]
        path, display = _display(folder)
        try:
            loaded = load_assessment(path, display)
        except CcAssessError as exc:
            worst = max(worst, exc.exit_code)
            diagnostics += exc.diagnostics or [Diagnostic(display or ".", 1, 1, "cannot-run", exc.message)]
            continue
        diagnostics += loaded.diagnostics
        if not loaded.ok:
            worst = max(worst, 1)
    diagnostics = sort_diagnostics(diagnostics)
    text = FORMATTERS[format](diagnostics)
    if format == "text":
        if text:
            err(text.rstrip("\n"))
        errors = sum(d.is_error for d in diagnostics)
        warnings = len(diagnostics) - errors
        err(f"{errors} error(s), {warnings} warning(s)" if diagnostics else "ok: no problems found")
    else:
        out(text)
    raise typer.Exit(worst)


# ------------------------------------------------------------------------------------------- score


@app.command()
def score(
    folder: Annotated[Optional[Path], typer.Argument(help="Assessment folder (default: .).")] = None,
    format: Annotated[ScoreFormat, typer.Option("--format", help="Output format.")] = "table",
    fail_under: Annotated[
        Optional[float], typer.Option("--fail-under", help="Exit 1 when the overall score is below N.")
    ] = None,
    fail_on_key: Annotated[bool, typer.Option("--fail-on-key", help="Exit 1 on any key-item failure.")] = False,
    require_complete: Annotated[
        bool, typer.Option("--require-complete", help="Exit 1 when any item is not assessed.")
    ] = False,
    lang: Annotated[Optional[Lang], typer.Option(help="Language of titles (default: the assessment's).")] = None,
) -> None:
    """Domain and overall scores, counts, key-item failures and ranked gaps.

    Example: cc-assess score 2026 --format json --fail-under 80 --fail-on-key
    """
    from cc_assess.assessment import load_valid
    from cc_assess.formats import SCORE_FORMATS
    from cc_assess.scoring import NOT_ASSESSED
    from cc_assess.scoring import score as compute

    path, display = _display(folder)
    with handled():
        loaded = load_valid(path, display)
        result = compute(loaded.catalogue, loaded.statuses, loaded.meta.target)
        language = lang or ("en" if loaded.meta.language == "en" else "zh")
        out(SCORE_FORMATS[format](result, loaded.catalogue, language))
    failures = []
    if fail_under is not None and (result.score is None or result.score < fail_under):
        failures.append(f"overall score {result.score} is below {fail_under:g}")
    if fail_on_key and result.key_failures:
        failures.append(f"key-item failures: {', '.join(result.key_failures)}")
    if require_complete and result.counts[NOT_ASSESSED]:
        failures.append(f"{result.counts[NOT_ASSESSED]} item(s) not assessed")
    for failure in failures:
        err(f"cc-assess: {failure}")
    raise typer.Exit(1 if failures else 0)


# ------------------------------------------------------------------------------------------- catalogue


@catalogue_app.command("list")
def catalogue_list(
    format: Annotated[ListFormat, typer.Option("--format", help="Output format.")] = "table",
) -> None:
    """List the bundled catalogues and their versions.

    Example: cc-assess catalogue list
    """
    from cc_assess.catalogue import bundled_entries, find_bundled
    from cc_assess.formats import to_json

    with handled():
        rows = []
        for entry in bundled_entries():
            catalogue = find_bundled(entry.id, entry.version)
            rows.append(
                {
                    "id": entry.id,
                    "version": entry.version,
                    "current": entry.current,
                    "title": catalogue.title.model_dump(exclude_none=True),
                    "domains": len(catalogue.domains),
                    "items": len(catalogue.items()),
                }
            )
        if format == "json":
            out(to_json(rows))
        else:
            for row in rows:
                title = row["title"]
                assert isinstance(title, dict)
                out(
                    f"{row['id']}\t{row['version']}{' (current)' if row['current'] else ''}\t"
                    f"{row['items']} items\t{title.get('zh', '')} / {title.get('en', '')}\n"
                )


@catalogue_app.command("show")
def catalogue_show(
    catalogue_id: Annotated[str, typer.Argument(metavar="ID", help="Bundled catalogue id.")],
    version: Annotated[Optional[str], typer.Option(help="Version (default: current).")] = None,
    format: Annotated[ShowFormat, typer.Option("--format", help="Output format.")] = "markdown",
    lang: Annotated[Lang, typer.Option(help="Language.")] = "zh",
) -> None:
    """Show one bundled catalogue's domains and items.

    Example: cc-assess catalogue show ydt-2823-2015 --lang en
    """
    from cc_assess.catalogue import find_bundled
    from cc_assess.formats import catalogue_json, catalogue_markdown

    with handled():
        catalogue = find_bundled(catalogue_id, version)
        out(catalogue_json(catalogue) if format == "json" else catalogue_markdown(catalogue, lang))


@catalogue_app.command("check")
def catalogue_check(
    file: Annotated[Path, typer.Argument(help="Catalogue file to lint.")],
    format: Annotated[DiagFormat, typer.Option("--format", help="Output format.")] = "text",
) -> None:
    """Lint a catalogue file: shape, unique ids, an unambiguous scale.

    Example: cc-assess catalogue check criteria/my-catalogue.yaml
    """
    from cc_assess.catalogue import load_file
    from cc_assess.diagnostics import has_errors

    display = str(file).replace("\\", "/")
    if not file.is_file():
        diagnostics = [Diagnostic(display, 1, 1, "missing-file", "no such file")]
        code = 2
    else:
        _, diagnostics = load_file(file, display)
        code = 1 if has_errors(diagnostics) else 0
    diagnostics = sort_diagnostics(diagnostics)
    text = FORMATTERS[format](diagnostics)
    if format == "text":
        err(text.rstrip("\n") if text else f"ok: {display} is a valid catalogue")
    else:
        out(text)
    raise typer.Exit(code)


# ------------------------------------------------------------------------------------------- schema


@app.command()
def schema(
    kind: Annotated[SchemaKind, typer.Argument(help="File kind.")],
) -> None:
    """Print the JSON Schema of a file kind, for editors and check-jsonschema.

    Example: cc-assess schema response > response.schema.json
    """
    from cc_assess.formats import to_json
    from cc_assess.schemas import json_schema

    with handled():
        out(to_json(json_schema(kind)))


# ---- sheets: spreadsheet round trip (export / import)

EXPORT_FORMAT_NAMES = ("xlsx", "csv")

if TYPE_CHECKING:
    ExportFormat: TypeAlias = str
    ExportLang: TypeAlias = str
else:
    ExportFormat = _choices(EXPORT_FORMAT_NAMES)
    ExportLang = _choices(("zh", "en", "bi"))


@app.command("export")
def export_(
    folder: Annotated[Optional[Path], typer.Argument(help="Assessment folder (default: .).")] = None,
    format: Annotated[
        Optional[ExportFormat], typer.Option("--format", help="xlsx or csv (default: from the -o suffix, else xlsx).")
    ] = None,
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="File to write (csv: standard output when omitted).")
    ] = None,
    lang: Annotated[
        Optional[ExportLang], typer.Option(help="Language of labels and headers (default: the assessment's).")
    ] = None,
) -> None:
    """Export the answers to a workbook (one sheet per domain, status drop-downs) or a CSV file.

    Example: cc-assess export 2026 --format xlsx -o 2026-answers.xlsx
    """
    from cc_assess import exchange

    path, display = _display(folder)
    fmt = format or ("csv" if output is not None and output.suffix.lower() == ".csv" else "xlsx")
    with handled():
        if output is None and fmt == "xlsx":
            raise CannotRun("export --format xlsx needs -o FILE (a workbook is not written to standard output)")
        data = exchange.export(path, display, fmt, lang)
        if output is None:
            stream = getattr(sys.stdout, "buffer", None)
            if stream is None:  # pragma: no cover - stdout without a byte stream
                out(data.decode("utf-8"))
            else:
                sys.stdout.flush()
                stream.write(data)
                stream.flush()
            return
        output_display = str(output).replace("\\", "/")
        exchange.write_atomic(output, data, output_display)
        err(f"wrote {output_display} ({fmt})")


@app.command("import")
def import_(
    folder: Annotated[Path, typer.Argument(help="Assessment folder.")],
    file: Annotated[Path, typer.Argument(help="Workbook made by 'cc-assess export' (.xlsx).")],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List the files that would change; write nothing.")
    ] = False,
) -> None:
    """Apply a filled-in workbook to the response files, changing only what was changed in it.

    Example: cc-assess import 2026 2026-answers.xlsx --dry-run
    """
    from cc_assess import exchange

    path, display = _display(folder)
    file_display = str(file).replace("\\", "/")
    with handled():
        result = exchange.import_workbook(path, display, file, file_display, dry_run=dry_run)
    if result.warnings:
        err(format_text(result.warnings).rstrip("\n"))
    for change in result.changes:
        out(f"{change.display}\n")
    n = len(result.changes)
    if not n:
        err("no changes: the response files already hold every answer in the workbook")
    elif dry_run:
        err(f"{n} file(s) would change (dry run: nothing was written)")
    else:
        err(f"updated {n} file(s)")


def main() -> None:
    """Console-script entry point: the last line of defence against a traceback."""
    try:
        app()
    except (KeyboardInterrupt, BrokenPipeError):  # pragma: no cover - interactive
        sys.exit(130)
    except CannotRun as exc:  # pragma: no cover - handled inside commands
        err(f"cc-assess: {exc.message}")
        sys.exit(2)
