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
    help="Self-assessment of call centres against YD/T 2823-2015 and other catalogues.\n\n"
    "Colours follow NO_COLOR (https://no-color.org); --quiet keeps only problems and errors on stderr.\n\n"
    "Example: cc-assess validate sites/shanghai/2026 --format github",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
catalogue_app = typer.Typer(
    help="Bundled catalogues: list, show, check.\n\nExample: cc-assess catalogue show ydt-2823-2015 --lang en",
    no_args_is_help=True,
)
app.add_typer(catalogue_app, name="catalogue")


def _choices(options: Any) -> Any:
    """A Literal of a registry's keys, so that help and code cannot drift."""
    return Literal[tuple(options)]


KINDS = ("self-assessment", "initial-audit", "surveillance", "recertification")
SCHEMA_KINDS = ("catalogue", "assessment", "response")
SCORE_FORMAT_NAMES = ("table", "json", "markdown", "csv", "junit")

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


#: Set by the global ``--quiet``: informational messages are dropped, errors and problems still go to stderr.
_options = {"quiet": False}


def err(message: str) -> None:
    typer.echo(message, err=True)


def info(message: str) -> None:
    """An informational message on stderr (a summary, "ok"), silenced by ``--quiet``."""
    if not _options["quiet"]:
        err(message)


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
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only errors and problems on stderr, no summaries.")
    ] = False,
) -> None:
    """cc-assess: assess a call centre against a criteria catalogue, from a git repository."""
    _options["quiet"] = quiet


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
        info(f"wrote {len(result.written)} files into {display}{carried}")


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
        info(f"{errors} error(s), {warnings} warning(s)" if diagnostics else "ok: no problems found")
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
        if text:
            err(text.rstrip("\n"))
        else:
            info(f"ok: {display} is a valid catalogue")
    else:
        out(text)
    raise typer.Exit(code)


# ------------------------------------------------------------------------------------------- schema


@app.command()
def schema(
    kind: Annotated[SchemaKind, typer.Argument(help="File kind.")],
    catalogue: Annotated[
        Optional[str],
        typer.Option(
            "--catalogue",
            help="Response schema only: enumerate this catalogue's item ids and statuses (bundled id or file).",
        ),
    ] = None,
    catalogue_version: Annotated[
        Optional[str], typer.Option("--catalogue-version", help="Version of a bundled catalogue (default: current).")
    ] = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of a file kind, for editors and check-jsonschema.

    Example: cc-assess schema response --catalogue ydt-2823-2015 > .cc-assess/response.schema.json
    """
    from cc_assess.schemas import json_schema, response_schema_for, schema_json

    with handled():
        if catalogue is None:
            if catalogue_version is not None:
                raise CannotRun("--catalogue-version needs --catalogue")
            out(schema_json(json_schema(kind)))
            return
        if kind != "response":
            raise CannotRun(f"--catalogue narrows the response schema only, not the {kind} schema")
        from cc_assess.catalogue import resolve_catalogue

        out(schema_json(response_schema_for(resolve_catalogue(catalogue, catalogue_version))))


# ---- ecosystem: pre-commit hooks (.pre-commit-hooks.yaml); hidden, the hooks' entry points


def _hook_folders(files: list[Path] | None) -> list[Path]:
    from cc_assess.hooks import assessment_folders

    folders = assessment_folders(files or [])
    if not folders:
        info("no assessment folder among the given files; nothing to check")
    return folders


@app.command("hook-validate", hidden=True)
def hook_validate(
    files: Annotated[Optional[list[Path]], typer.Argument(help="Changed files (pre-commit passes them).")] = None,
    format: Annotated[DiagFormat, typer.Option("--format", help="Output format.")] = "text",
) -> None:
    """pre-commit hook: validate the assessment folders that the given files belong to.

    Example: cc-assess hook-validate sites/shanghai/2026/responses/HR/HR-01.yaml
    """
    folders = _hook_folders(files)
    if folders:
        validate(folders=folders, format=format)


@app.command("hook-score", hidden=True)
def hook_score(
    files: Annotated[Optional[list[Path]], typer.Argument(help="Changed files (pre-commit passes them).")] = None,
    format: Annotated[ScoreFormat, typer.Option("--format", help="Output format.")] = "table",
    fail_under: Annotated[
        Optional[float], typer.Option("--fail-under", help="Exit 1 when an overall score is below N.")
    ] = None,
    fail_on_key: Annotated[bool, typer.Option("--fail-on-key", help="Exit 1 on any key-item failure.")] = False,
    require_complete: Annotated[
        bool, typer.Option("--require-complete", help="Exit 1 when any item is not assessed.")
    ] = False,
) -> None:
    """pre-commit hook: score the assessment folders that the given files belong to; the worst exit code wins.

    Example: cc-assess hook-score --fail-under 80 sites/shanghai/2026/assessment.yaml
    """
    worst = 0
    for folder in _hook_folders(files):
        info(f"== {folder.as_posix()}")
        try:
            score(
                folder=folder,
                format=format,
                fail_under=fail_under,
                fail_on_key=fail_on_key,
                require_complete=require_complete,
                lang=None,
            )
        except typer.Exit as exc:
            worst = max(worst, exc.exit_code)
    raise typer.Exit(worst)


def main() -> None:
    """Console-script entry point: the last line of defence against a traceback."""
    try:
        app()
    except (KeyboardInterrupt, BrokenPipeError):  # pragma: no cover - interactive
        sys.exit(130)
    except CannotRun as exc:  # pragma: no cover - handled inside commands
        err(f"cc-assess: {exc.message}")
        sys.exit(2)
