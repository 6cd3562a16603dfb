"""The command line: options -> one core call -> exit code.

Exit status: 0 success; 1 the input was read but fails; 2 the command could not run.  Machine formats go to
standard output and nothing else does; messages go to standard error.  Heavy modules (rich, jinja2,
markdown-it, rendering) are imported inside the commands that need them.

Unlike every other module, this one does not use ``from __future__ import annotations``: typer reads the
annotations of every command at each run, and as strings it evaluates them twice per command with
``typing.get_type_hints`` - measured at 16 ms per run for 16 commands, against 4 ms with evaluated annotations.
"""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, Optional, TypeAlias, get_args

import typer

from cc_assess import __version__
from cc_assess.diagnostics import FORMATTERS, Diagnostic, escape_controls, format_text, sort_diagnostics
from cc_assess.errors import CannotRun, CcAssessError
from cc_assess.i18n import Lang as ToolLang
from cc_assess.i18n import t, tool_language
from cc_assess.i18n.clitext import LocalisedGroup
from cc_assess.shown import Shown

app = typer.Typer(
    name="cc-assess",
    cls=LocalisedGroup,
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


# Every choice of an option is the keys of a registry; tests/unit/test_cli_choices.py checks each command's
# choices against its registry.  Registries in modules this one imports anyway are read; the others live beside
# code that imports pydantic, rich or jinja2, which start-up must not (tests/acceptance/test_perf.py), so their
# keys are written out.
LANGS = get_args(ToolLang)  # cc_assess.i18n.Lang
BOTH_LANGS = (*LANGS, "bi")  # a report, a workbook or a portfolio page in both languages
KINDS = ("self-assessment", "initial-audit", "surveillance", "recertification")  # models.Kind
SCHEMA_KINDS = ("catalogue", "assessment", "response")  # schemas.MODELS
SCORE_FORMAT_NAMES = ("table", "json", "markdown", "csv", "junit")  # formats.score.SCORE_FORMATS
REPORT_FORMAT_NAMES = ("markdown", "html", "pdf", "docx")  # render.documents.DOCUMENT_FORMATS
ACTION_FORMAT_NAMES = ("table", "json", "csv", "markdown")  # formats.actions.ACTION_FORMATS
EVIDENCE_FORMAT_NAMES = ("table", "json")  # formats.evidence.INDEX_FORMATS
DIFF_FORMAT_NAMES = ("table", "json", "markdown", "html")  # formats.diff.DIFF_FORMATS
HISTORY_FORMAT_NAMES = ("table", "json", "markdown", "html")  # formats.history.HISTORY_FORMATS
EXPORT_FORMAT_NAMES = ("xlsx", "csv")  # sheets.layout.EXPORT_FORMATS
APPROVE_ROLES = ("prepared", "reviewed", "approved")  # approvals.ROLES
PORTFOLIO_FORMAT_NAMES = ("table", "json", "markdown", "html", "csv")  # formats.portfolio.PORTFOLIO_FORMATS
PORTFOLIO_WEIGHTS = ("seats", "equal")  # portfolio.WEIGHTS

if TYPE_CHECKING:
    from cc_assess.assessment import LoadedAssessment

    KindChoice: TypeAlias = str
    DiagFormat: TypeAlias = str
    ScoreFormat: TypeAlias = str
    SchemaKind: TypeAlias = str
    Lang: TypeAlias = str
    BothLang: TypeAlias = str
    ListFormat: TypeAlias = str
    ShowFormat: TypeAlias = str
    ReportFormat: TypeAlias = str
    ActionFormat: TypeAlias = str
    EvidenceFormat: TypeAlias = str
    DiffFormat: TypeAlias = str
    HistoryFormat: TypeAlias = str
    ExportFormat: TypeAlias = str
    ApproveRole: TypeAlias = str
    PortfolioFormat: TypeAlias = str
    PortfolioWeight: TypeAlias = str
else:
    KindChoice = _choices(KINDS)
    DiagFormat = _choices(FORMATTERS)
    ScoreFormat = _choices(SCORE_FORMAT_NAMES)
    SchemaKind = _choices(SCHEMA_KINDS)
    Lang = _choices(LANGS)
    BothLang = _choices(BOTH_LANGS)
    ListFormat = _choices(("table", "json"))
    ShowFormat = _choices(("markdown", "json"))
    ReportFormat = _choices(REPORT_FORMAT_NAMES)
    ActionFormat = _choices(ACTION_FORMAT_NAMES)
    EvidenceFormat = _choices(EVIDENCE_FORMAT_NAMES)
    DiffFormat = _choices(DIFF_FORMAT_NAMES)
    HistoryFormat = _choices(HISTORY_FORMAT_NAMES)
    ExportFormat = _choices(EXPORT_FORMAT_NAMES)
    ApproveRole = _choices(APPROVE_ROLES)
    PortfolioFormat = _choices(PORTFOLIO_FORMAT_NAMES)
    PortfolioWeight = _choices(PORTFOLIO_WEIGHTS)

#: The arguments and options that several commands share.
Folder: TypeAlias = Annotated[Optional[Path], typer.Argument(help="Assessment folder (default: .).")]
DiagFormatOption: TypeAlias = Annotated[DiagFormat, typer.Option("--format", help="Output format.")]
ScoreFormatOption: TypeAlias = Annotated[ScoreFormat, typer.Option("--format", help="Output format.")]


def today_option(help: str) -> Any:
    """``--today YYYY-MM-DD``: the date a command takes for today (its help says what for)."""
    return typer.Option("--today", metavar="YYYY-MM-DD", help=help)


#: Set by the global ``--quiet``: informational messages are dropped, errors and problems still go to stderr.
_options = {"quiet": False, "parsed_elsewhere": False}


def err(message: str) -> None:
    # Line by line: a message may list several lines, but a file name must not forge one or reach the terminal
    # with its control characters.
    typer.echo("\n".join(escape_controls(line) for line in message.split("\n")), err=True)


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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cc-assess {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only errors and problems on stderr, no summaries.")
    ] = False,
) -> None:
    """cc-assess: assess a call centre against a criteria catalogue, from a git repository."""
    _options["quiet"] = quiet
    ctx.call_on_close(_warn_without_c_loader)


_c_loader_warned: list[bool] = []


def _warn_without_c_loader() -> None:
    """Once per process, after a command that had to parse YAML while PyYAML has no C loader (about 20x slower).

    Checked after the command, not before: a run served by the cache of parsed files never imports PyYAML, and
    ``validate`` over several folders parses in worker processes.
    """
    from cc_assess.yamlio import composed_yaml

    parsed = _options["parsed_elsewhere"] or composed_yaml()
    _options["parsed_elsewhere"] = False
    if not parsed or _c_loader_warned or _options["quiet"]:
        return
    from cc_assess import yamlnodes as loaded

    if loaded.HAS_C_LOADER:
        return
    _c_loader_warned.append(True)
    err(t("cli.no-c-loader"))


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
    label: Annotated[Optional[str], typer.Option("--label", help=t("cycle.init.label_help"))] = None,
) -> None:
    """Scaffold an assessment: assessment.yaml and one response file per catalogue item.

    Example: cc-assess init 2026 --catalogue ydt-2823-2015 --organization 华信客服中心 --site 上海
    """
    from cc_assess import workspace

    shown = Shown.of(folder)
    with handled():
        result = workspace.init(
            shown,
            catalogue,
            organization=organization,
            site=site,
            kind=kind,
            label=label,
            previous=Shown.of(from_) if from_ is not None else None,
            force=force,
        )
        if from_ is not None:
            info(t("cli.init-wrote-carried", count=len(result.written), folder=shown.text, carried=result.carried))
        else:
            info(t("cli.init-wrote", count=len(result.written), folder=shown.text))


# ------------------------------------------------------------------------------------------- validate


@app.command()
def validate(
    folders: Annotated[Optional[list[Path]], typer.Argument(help="Assessment folders (default: .).")] = None,
    format: DiagFormatOption = "text",
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes for several folders (0: one per CPU).")
    ] = 0,
    today: Annotated[Optional[str], today_option("Today's date for dates in the future and expired evidence.")] = None,
) -> None:
    """Check every file of one or more assessments and report all problems, each as path:line:col.

    Example: cc-assess validate sites/shanghai/2026 --format github
    """
    from cc_assess import clock
    from cc_assess.parallel import check_folders

    targets = [Shown.of(folder) for folder in folders] if folders else [Shown.of(None)]
    with handled():
        day = clock.parse_date_option(today, "--today")
    with clock.today_as(day):  # worker processes inherit it
        diagnostics, worst, parsed = check_folders(targets, jobs)
    _options["parsed_elsewhere"] = parsed
    diagnostics = sort_diagnostics(diagnostics)
    text = FORMATTERS[format](diagnostics)
    if format == "text":
        if text:
            err(text.rstrip("\n"))
        errors = sum(d.is_error for d in diagnostics)
        warnings = len(diagnostics) - errors
        info(t("cli.problems", errors=errors, warnings=warnings) if diagnostics else t("cli.no-problems"))
    else:
        out(text)
    raise typer.Exit(worst)


# ------------------------------------------------------------------------------------------- score


@app.command()
def score(
    folder: Folder = None,
    format: ScoreFormatOption = "table",
    fail_under: Annotated[
        Optional[float], typer.Option("--fail-under", help="Exit 1 when the overall score is below N.")
    ] = None,
    fail_on_key: Annotated[bool, typer.Option("--fail-on-key", help="Exit 1 on any key-item failure.")] = False,
    require_complete: Annotated[
        bool, typer.Option("--require-complete", help="Exit 1 when any item is not assessed.")
    ] = False,
    lang: Annotated[
        Optional[Lang],
        typer.Option(help="Language of headers and titles (default: the tool's language)."),
    ] = None,
    require_approved: Annotated[
        bool,
        typer.Option("--require-approved", help="Exit 1 unless an 'approved' sign-off matches the current content."),
    ] = False,
) -> None:
    """Domain and overall scores, counts, key-item failures and ranked gaps.

    Example: cc-assess score 2026 --format json --fail-under 80 --fail-on-key
    """
    from cc_assess.assessment import load_valid
    from cc_assess.formats.score import SCORE_FORMATS
    from cc_assess.scoring import gate
    from cc_assess.scoring import score as compute

    shown = Shown.of(folder)
    with handled():
        loaded = load_valid(shown)
        result = compute(loaded.catalogue, loaded.statuses, loaded.meta.target)
        language = lang or tool_language()
        signed_off = _approved(shown) if require_approved else True
        out(SCORE_FORMATS[format](result, loaded.catalogue, language))
    failures = gate(result, fail_under=fail_under, fail_on_key=fail_on_key, require_complete=require_complete)
    if not signed_off:
        import shlex

        failures.append(t("deliverables.not_approved", folder=shlex.quote(shown.text)))
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
    from cc_assess.textutil import to_json

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
                current = t("cli.current") if row["current"] else ""
                items = t("cli.n-items", count=row["items"])
                out(f"{row['id']}\t{row['version']}{current}\t{items}\t{title.get('zh', '')} / {title.get('en', '')}\n")


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
    from cc_assess.formats.catalogue import catalogue_json, catalogue_markdown

    with handled():
        catalogue = find_bundled(catalogue_id, version)
        out(catalogue_json(catalogue) if format == "json" else catalogue_markdown(catalogue, lang))


@catalogue_app.command("check")
def catalogue_check(
    file: Annotated[Path, typer.Argument(help="Catalogue file to lint.")],
    format: DiagFormatOption = "text",
) -> None:
    """Lint a catalogue file: shape, unique ids, an unambiguous scale.

    Example: cc-assess catalogue check criteria/my-catalogue.yaml
    """
    from cc_assess.catalogue import load_file
    from cc_assess.diagnostics import has_errors

    shown = Shown.of(file)
    if not file.is_file():
        diagnostics = [Diagnostic(shown.text, 1, 1, "missing-file", t("cli.no-such-file"))]
        code = 2
    else:
        _, diagnostics = load_file(shown)
        code = 1 if has_errors(diagnostics) else 0
    diagnostics = sort_diagnostics(diagnostics)
    text = FORMATTERS[format](diagnostics)
    if format == "text":
        if text:
            err(text.rstrip("\n"))
        else:
            info(t("cli.catalogue-ok", path=shown.text))
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
                raise CannotRun(t("cli.schema-version-needs-catalogue"))
            out(schema_json(json_schema(kind)))
            return
        if kind != "response":
            raise CannotRun(t("cli.schema-catalogue-response-only", kind=kind))
        from cc_assess.catalogue import resolve_catalogue

        out(schema_json(response_schema_for(resolve_catalogue(catalogue, catalogue_version))))


# ---- ecosystem: pre-commit hooks (.pre-commit-hooks.yaml); hidden, the hooks' entry points


def _hook_folders(files: list[Path] | None) -> list[Path]:
    from cc_assess.precommit import assessment_folders

    folders = assessment_folders(files or [])
    if not folders:
        info(t("cli.hook-no-folder"))
    return folders


@app.command("hook-validate", hidden=True)
def hook_validate(
    files: Annotated[Optional[list[Path]], typer.Argument(help="Changed files (pre-commit passes them).")] = None,
    format: DiagFormatOption = "text",
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
    format: ScoreFormatOption = "table",
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


# ---- report


@app.command()
def report(
    folder: Folder = None,
    format: Annotated[ReportFormat, typer.Option("--format", help="Report format.")] = "markdown",
    lang: Annotated[
        Optional[BothLang], typer.Option("--lang", help="zh, en or bi (both); default: the assessment's.")
    ] = None,
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="Write to FILE (atomically) instead of stdout.")
    ] = None,
    template: Annotated[
        str, typer.Option("--template", help="Template name: report, rectification or your own.")
    ] = "report",
    template_dir: Annotated[
        Optional[Path], typer.Option("--template-dir", help="Folder of templates that override the bundled ones.")
    ] = None,
    today: Annotated[Optional[str], today_option("Report date and overdue cut-off.")] = None,
) -> None:
    """Render the assessment report (or the rectification report): Markdown, self-contained HTML, PDF or Word.

    PDF is the HTML report printed by a headless Chromium, Chrome or Edge (CC_ASSESS_BROWSER names one);
    Word needs the optional extra: pip install 'cc-assess[docx]'.

    Example: cc-assess report 2026 --format pdf --lang bi -o report.pdf
    """
    from cc_assess import clock
    from cc_assess.assessment import load_valid
    from cc_assess.outfile import write_atomic
    from cc_assess.render.documents import DOCUMENT_FORMATS, render_document

    shown = Shown.of(folder)
    with handled():
        date = clock.parse_date_option(today, "--today")
        binary = DOCUMENT_FORMATS[format] == "binary"
        if binary and output is None and sys.stdout.isatty():
            raise CannotRun(t("deliverables.binary_to_terminal", format=format))
        loaded = load_valid(shown)
        data = render_document(
            loaded,
            format=format,
            lang=lang or loaded.meta.language,
            template=template,
            template_dir=template_dir,
            today=date,
        )
        if output is None:
            if binary:
                _out_bytes(data)
            else:
                out(data.decode("utf-8"))
        else:
            write_atomic(output, data)
            info(t("cli.wrote", path=output))


# ---- actions


def _out_bytes(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


@app.command()
def actions(
    folder: Folder = None,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only actions past their due date.")] = False,
    owner: Annotated[Optional[str], typer.Option("--owner", help="Only actions of this owner.")] = None,
    today: Annotated[Optional[str], today_option("Today's date for 'overdue'.")] = None,
    format: Annotated[ActionFormat, typer.Option("--format", help="Output format.")] = "table",
    lang: Annotated[Optional[Lang], typer.Option(help="Language of headings (default: the tool's language).")] = None,
) -> None:
    """The corrective-action plan: sorted by due date, grouped by owner in the table, overdue marked.

    Example: cc-assess actions 2026 --overdue --owner 陈刚 --format csv > overdue.csv
    """
    from cc_assess import clock
    from cc_assess.actions import action_plan
    from cc_assess.assessment import load_valid
    from cc_assess.formats.actions import ACTION_FORMATS

    shown = Shown.of(folder)
    with handled():
        day = clock.today(clock.parse_date_option(today, "--today"))
        loaded = load_valid(shown)
        rows = action_plan(loaded, day, overdue=overdue, owner=owner)
        text = ACTION_FORMATS[format](rows, day, lang or tool_language())
        if format == "csv":
            _out_bytes(text.encode("utf-8"))
        else:
            out(text)


# evidence


def _warn(diagnostics: list[Diagnostic]) -> None:
    if diagnostics:
        err(format_text(sort_diagnostics(diagnostics)).rstrip("\n"))


@app.command()
def evidence(
    folder: Folder = None,
    lock: Annotated[bool, typer.Option("--lock", help="Record sha256 and size of every evidence file.")] = False,
    verify: Annotated[
        bool, typer.Option("--verify", help="Exit 1 on a missing, changed or unlisted evidence file.")
    ] = False,
    format: Annotated[EvidenceFormat, typer.Option("--format", help="Output format of the index.")] = "table",
) -> None:
    """The evidence index (item, ref, note, exists, size, sha256); lock it in evidence.lock.yaml, verify it.

    Example: cc-assess evidence 2026 --lock && git add 2026/evidence.lock.yaml
    """
    from cc_assess import evidence as core
    from cc_assess.assessment import load_valid
    from cc_assess.formats.evidence import INDEX_FORMATS

    shown = Shown.of(folder)
    with handled():
        if lock and verify:
            raise CannotRun(t("cli.lock-or-verify"))
        loaded = load_valid(shown)
        if lock:
            locked = core.lock(loaded)
            _warn(locked.diagnostics)
            info(t("cli.evidence-locked", path=locked.file.text, count=locked.files))
        elif verify:
            verified = core.verify(loaded)
            _warn(verified.diagnostics)
            info(t("cli.evidence-verified", count=verified.files, lock=core.LOCK_FILE))
        else:
            out(INDEX_FORMATS[format](core.index(loaded)))


# pack
@app.command()
def pack(
    target: Annotated[
        Optional[Path],
        typer.Argument(metavar="FOLDER|FILE.zip", help="Assessment folder (default: .), or with --verify the pack."),
    ] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="The zip file to write.")] = None,
    verify: Annotated[bool, typer.Option("--verify", help="Check a pack against its manifest.json.")] = False,
    today: Annotated[Optional[str], today_option("Report date and overdue cut-off.")] = None,
    sign: Annotated[Optional[Path], typer.Option("--sign", metavar="KEY", help=t("pack.help.sign"))] = None,
    digest: Annotated[Optional[str], typer.Option("--digest", metavar="sha256:…", help=t("pack.help.digest"))] = None,
    allowed_signers: Annotated[
        Optional[Path], typer.Option("--allowed-signers", metavar="FILE", help=t("pack.help.allowed_signers"))
    ] = None,
    signer: Annotated[Optional[str], typer.Option("--signer", metavar="PRINCIPAL", help=t("pack.help.signer"))] = None,
) -> None:
    """The certification bundle: reports, score.json, actions.csv, evidence, the YAML, and a sha256 manifest.

    Example: cc-assess pack 2026 -o huaxin-2026.zip && cc-assess pack --verify huaxin-2026.zip
    """
    from cc_assess import clock
    from cc_assess import pack as core

    with handled():
        if verify:
            if target is None or output is not None:
                raise CannotRun(t("cli.pack-verify-usage"))
            if sign is not None:
                raise CannotRun(t("pack.usage.sign_with_verify"))
            checked = core.verify_pack(Shown.of(target), digest=digest, allowed_signers=allowed_signers, signer=signer)
            catalogue = checked.manifest.catalogue
            info(
                t(
                    "cli.pack-verified",
                    count=checked.files,
                    path=target,
                    version=checked.manifest.cc_assess,
                    catalogue=catalogue.get("id"),
                    catalogue_version=catalogue.get("version"),
                )
            )
            if digest is not None:
                info(t("pack.verify.digest_ok", digest=checked.digest))
            if checked.signer is not None:
                info(t("pack.verify.signature_ok", signer=checked.signer))
            elif checked.signed:
                info(t("pack.verify.signed_unchecked"))
            if checked.not_rendered:
                names = ", ".join(checked.not_rendered)
                info(t("pack.verify.not_rendered", version=checked.manifest.cc_assess, names=names))
            return
        if output is None:
            raise CannotRun(t("cli.pack-needs-output"))
        if digest is not None or allowed_signers is not None or signer is not None:
            raise CannotRun(t("pack.usage.verify_options"))
        from cc_assess.assessment import load_valid

        day = clock.today(clock.parse_date_option(today, "--today"))
        packed = core.pack(load_valid(Shown.of(target)), output, day, sign)
        info(t("cli.pack-wrote", path=output, count=packed.files, size=packed.size))
        if packed.signed and sign is not None:
            info(t("pack.signed", key=str(sign)))
        info(t("pack.root_digest", digest=packed.digest))


# ---- yoy: diff, history, migrate (year over year)


def _label(loaded: "LoadedAssessment", arg: str) -> str:
    """A folder is named by its assessment.yaml label, else its name (2025); a git REV:PATH as written."""
    return loaded.meta.label or (loaded.label if Path(arg).exists() else arg)


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="Old assessment: a folder, or git REV:PATH (e.g. y2025:site-a).")],
    new: Annotated[str, typer.Argument(help="New assessment: a folder, or git REV:PATH (e.g. HEAD:site-a).")],
    format: Annotated[DiffFormat, typer.Option("--format", help="Output format.")] = "table",
    fail_on_regression: Annotated[
        bool, typer.Option("--fail-on-regression", help="Exit 1 when any item regressed.")
    ] = False,
    lang: Annotated[
        Optional[Lang],
        typer.Option(help="Language of headers and titles (default: the tool's language)."),
    ] = None,
) -> None:
    """Compare two assessments: overall and domain deltas, items that changed, actions opened and closed.

    An argument that exists on disk is a folder; otherwise it is REV:PATH, read with git from the repository
    that contains the current folder (the working tree is not touched).

    Example: cc-assess diff y2025:site-a HEAD:site-a --format markdown --fail-on-regression
    """
    from cc_assess.diff import diff as compare
    from cc_assess.formats.diff import DIFF_FORMATS
    from cc_assess.gitio import load_arg

    with handled():
        before = load_arg(old)
        after = load_arg(new)
        result = compare(before, after, _label(before, old), _label(after, new))
        language = lang or tool_language()
        out(DIFF_FORMATS[format](result, language))
    regressed = [i.item for i in result.items if i.change == "regressed"]
    if fail_on_regression and regressed:
        err("cc-assess: " + t("cli.regressed", count=len(regressed), items=", ".join(regressed)))
        raise typer.Exit(1)


@app.command()
def history(
    folder: Annotated[Path, typer.Argument(help="Assessment folder (as a path in the current git repository).")],
    rev: Annotated[Optional[list[str]], typer.Option("--rev", help="A git revision (repeatable).")] = None,
    tags: Annotated[
        Optional[str], typer.Option("--tags", help="Every tag matching this glob (e.g. 'y*'), oldest first.")
    ] = None,
    format: Annotated[HistoryFormat, typer.Option("--format", help="Output format.")] = "table",
    lang: Annotated[
        Optional[Lang],
        typer.Option(
            help="Language of headers and titles (default: the tool's language; html: the latest assessment's)."
        ),
    ] = None,
) -> None:
    """Scores of one assessment folder at several git revisions: the trend.

    Tags matching --tags come first (oldest commit first), then each --rev in the order given.

    Example: cc-assess history site-a --tags 'y*' --rev HEAD --format html > trend.html
    """
    from cc_assess.formats.history import HISTORY_FORMATS
    from cc_assess.history import history as collect

    with handled():
        result = collect(folder, rev or [], tags)
        latest = "en" if result.points[-1].language == "en" else "zh"
        language = lang or (latest if format == "html" else tool_language())
        out(HISTORY_FORMATS[format](result, language))


@app.command()
def migrate(
    folder: Folder = None,
    to: Annotated[str, typer.Option("--to", help="Catalogue version to move the responses to.")] = "",
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the plan; write nothing.")] = False,
) -> None:
    """Move responses to a newer catalogue version, following its changes: (renamed, removed, added).

    Renamed items keep their file (only the item: line changes); removed items move to responses/_retired/
    with a note; added items get a fresh response file; assessment.yaml gets the new catalogue_version.
    All or nothing.

    Example: cc-assess migrate site-a --to 1.1.0 --dry-run
    """
    from cc_assess.migrate import migrate as run_migration

    shown = Shown.of(folder)
    with handled():
        if not to:
            raise CannotRun(t("cli.migrate-needs-to"))
        plan = run_migration(shown, to, dry_run=dry_run)
        if plan.recovered:
            info(t("reliability.recovered", folder=shown.text, count=plan.recovered))
        if not plan.steps:
            info(t("cli.migrate-nothing", folder=shown.text, catalogue=plan.catalogue_id, version=plan.to_version))
            return
        (err if dry_run else info)(plan.describe().rstrip("\n"))  # a dry run's plan is what was asked for
        counts = {"renamed": plan.count("rename"), "retired": plan.count("retire"), "added": plan.count("add")}
        info(t("cli.migrate-dry-run", **counts) if dry_run else t("cli.migrated", **counts))


# ---- sheets: spreadsheet round trip (export / import)


@app.command("export")
def export_(
    folder: Folder = None,
    format: Annotated[
        Optional[ExportFormat], typer.Option("--format", help="xlsx or csv (default: from the -o suffix, else xlsx).")
    ] = None,
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="File to write (csv: standard output when omitted).")
    ] = None,
    lang: Annotated[
        Optional[BothLang], typer.Option(help="Language of labels and headers (default: the assessment's).")
    ] = None,
) -> None:
    """Export the answers to a workbook (one sheet per domain, status drop-downs) or a CSV file.

    Example: cc-assess export 2026 --format xlsx -o 2026-answers.xlsx
    """
    from cc_assess.outfile import write_atomic
    from cc_assess.sheets.export import export

    shown = Shown.of(folder)
    fmt = format or ("csv" if output is not None and output.suffix.lower() == ".csv" else "xlsx")
    with handled():
        if output is None and fmt == "xlsx":
            raise CannotRun(t("cli.export-needs-output"))
        data = export(shown, fmt, lang)
        if output is None:
            stream = getattr(sys.stdout, "buffer", None)
            if stream is None:  # pragma: no cover - stdout without a byte stream
                out(data.decode("utf-8"))
            else:
                sys.stdout.flush()
                stream.write(data)
                stream.flush()
            return
        target = Shown.of(output)
        write_atomic(target, data)
        info(t("cli.export-wrote", path=target.text, format=fmt))


@app.command("import")
def import_(
    folder: Annotated[Path, typer.Argument(help="Assessment folder.")],
    file: Annotated[Path, typer.Argument(help="Workbook or CSV made by 'cc-assess export' (.xlsx or .csv).")],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List the files that would change; write nothing.")
    ] = False,
) -> None:
    """Apply a filled-in workbook to the response files, changing only what was changed in it.

    Example: cc-assess import 2026 2026-answers.xlsx --dry-run
    """
    from cc_assess.sheets.apply import import_workbook

    with handled():
        result = import_workbook(Shown.of(folder), Shown.of(file), dry_run=dry_run)
    if result.warnings:
        err(format_text(result.warnings).rstrip("\n"))
    for change in result.changes:
        out(f"{change.file}\n")
    n = len(result.changes)
    if not n:
        info(t("cli.import-no-changes"))
    elif dry_run:
        info(t("cli.import-dry-run", count=n))
    else:
        info(t("cli.import-updated", count=n))


# ---- deliverables: sign-off


def _approved(folder: Shown) -> bool:
    """Whether an 'approved' sign-off matches the folder's content (a broken approvals.yaml raises, exit 1)."""
    from cc_assess.approvals import valid_signoff

    return valid_signoff(folder).approved


@app.command()
def approve(
    folder: Folder = None,
    role: Annotated[
        ApproveRole, typer.Option("--role", help="prepared (编制), reviewed (审核) or approved (批准).")
    ] = "prepared",
    name: Annotated[str, typer.Option("--name", help="Who signs off.")] = "",
    date: Annotated[
        Optional[str], typer.Option("--date", metavar="YYYY-MM-DD", help="Date of the sign-off (default: today).")
    ] = None,
) -> None:
    """Sign off the assessment's current content in approvals.yaml: who, when, and a digest of what.

    The folder must validate; the entry of that role is added or replaced.  Any later change to assessment.yaml,
    a response file or evidence.lock.yaml makes the entry outdated (validate warns approval-outdated).

    Example: cc-assess approve 2026 --role approved --name 张伟 --date 2026-11-02
    """
    from cc_assess import clock
    from cc_assess.approvals import approve as sign

    with handled():
        day = clock.today(clock.parse_date_option(date, "--date"))
        done = sign(Shown.of(folder), role, name, day)
        entry = done.entry
        info(
            t(
                "deliverables.approved",
                path=done.file.text,
                role=entry.role,
                name=entry.name,
                date=entry.date.isoformat(),
                digest=entry.digest,
            )
        )
        if done.outdated:
            info(t("deliverables.still_outdated", roles=", ".join(done.outdated)))


# ---- portfolio: a group's sites rolled up


@app.command(help=t("portfolio.help"))
def portfolio(
    file: Annotated[Path, typer.Argument(metavar="FILE", help=t("portfolio.help_file"))],
    format: Annotated[PortfolioFormat, typer.Option("--format", help=t("portfolio.help_format"))] = "table",
    weight: Annotated[PortfolioWeight, typer.Option("--weight", help=t("portfolio.help_weight"))] = "seats",
    facts: Annotated[
        Optional[Path], typer.Option("--facts", metavar="FILE.csv|FILE.parquet", help=t("portfolio.help_facts"))
    ] = None,
    fail_under: Annotated[Optional[float], typer.Option("--fail-under", help=t("portfolio.help_fail_under"))] = None,
    today: Annotated[Optional[str], today_option(t("portfolio.help_today"))] = None,
    lang: Annotated[Optional[BothLang], typer.Option("--lang", help=t("portfolio.help_lang"))] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help=t("portfolio.help_jobs"))] = 0,
) -> None:
    from cc_assess import clock
    from cc_assess import portfolio as core
    from cc_assess.formats.portfolio import LISTS_OVERDUE, PORTFOLIO_FORMATS, write_portfolio_json
    from cc_assess.portfolio.facts import check_facts_target, write_facts

    shown = Shown.of(file)
    with handled():
        day = clock.today(clock.parse_date_option(today, "--today"))
        if facts is not None:
            check_facts_target(facts)
        result, parsed = core.run(shown, weight=weight, today=day, jobs=jobs, overdue=format in LISTS_OVERDUE)
        _options["parsed_elsewhere"] = parsed
        language = lang or result.language or "zh"
        text = "" if format == "json" else PORTFOLIO_FORMATS[format](result, language)
        if facts is not None:
            rows = write_facts(result, facts)
            info(t("portfolio.wrote_facts", path=Shown.of(facts).text, rows=rows))
        if format == "json":  # written in pieces: the text of a thousand sites is never held whole
            write_portfolio_json(result, language, sys.stdout)
            sys.stdout.flush()
        elif format == "csv":
            _out_bytes(text.encode("utf-8"))
        else:
            out(text)
    if fail_under is not None and (result.overall is None or result.overall < fail_under):
        err("cc-assess: " + t("portfolio.below", score=result.overall, threshold=f"{fail_under:g}"))
        raise typer.Exit(1)


# ---- web: the local web editor (optional extra cc-assess[web])


@app.command(help=t("web.help"))
def serve(
    folder: Annotated[Optional[Path], typer.Argument(help=t("web.help-folder"))] = None,
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help=t("web.help-port"))] = 8765,
    host: Annotated[str, typer.Option("--host", help=t("web.help-host"))] = "127.0.0.1",
) -> None:
    from cc_assess.web import require_extra

    with handled():
        require_extra()
        from cc_assess.web.server import serve as run

        run(Shown.of(folder), host=host, port=port, announce=err)


def main() -> None:
    """Console-script entry point: the last line of defence against a traceback."""
    try:
        app()
    except (KeyboardInterrupt, BrokenPipeError):  # pragma: no cover - interactive
        sys.exit(130)
    except CcAssessError as exc:  # pragma: no cover - handled inside commands
        err(f"cc-assess: {exc.message}")
        sys.exit(exc.exit_code)
    except Exception as exc:  # a bug of ours: say so plainly instead of a traceback
        import os

        if os.environ.get("CC_ASSESS_DEBUG"):
            raise
        err("cc-assess: " + t("cli.internal-error", error=f"{type(exc).__name__}: {exc}"))
        sys.exit(2)
