"""Finding and loading catalogues: bundled ones by id and version, or a file by path.

Bundled catalogues ship inside the package (``criteria/`` at the top of the repository becomes
``cc_assess/criteria`` in the wheel).  The current version of a catalogue is ``criteria/<id>.yaml``; every
earlier released version stays available as ``criteria/<id>/<version>.yaml`` so that old assessments and
old git revisions still score as they did.

The rules a catalogue must follow beyond its model are :mod:`cc_assess.catalogue.rules`; how item ids move from
one version to the next is :mod:`cc_assess.catalogue.changes`; ``python -m cc_assess.catalogue`` compiles the
bundled catalogues (:mod:`cc_assess.catalogue.__main__`).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from cc_assess import generated, usercache
from cc_assess.diagnostics import Diagnostic, has_errors
from cc_assess.errors import CannotRun, CatalogueVersionError, InvalidInput
from cc_assess.i18n import t
from cc_assess.models import Catalogue
from cc_assess.parsedfiles import ParsedFiles
from cc_assess.shown import Shown
from cc_assess.validation import problem_diagnostic, validate
from cc_assess.yamlio import MAX_CATALOGUE_BYTES, Document, YamlError, decode, parse_yaml, read_bytes


def data_dir(name: str) -> Path:
    """A folder of package data: inside the installed package, else at the top of a source checkout."""
    packaged = Path(str(resources.files("cc_assess"))) / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / name


@dataclass(frozen=True)
class BundledEntry:
    id: str
    version: str
    path: Path
    current: bool


def bundled_entries() -> list[BundledEntry]:
    """Every bundled catalogue file, current and archived, sorted by id then version."""
    root = data_dir("criteria")
    entries: list[BundledEntry] = []
    for path in sorted(root.glob("*.yaml")):
        catalogue = load_bundled_file(path)
        entries.append(BundledEntry(catalogue.id, catalogue.version, path, True))
        for old in sorted((root / path.stem).glob("*.yaml")):
            entries.append(BundledEntry(catalogue.id, old.stem, old, False))
    return entries


def bundled_ids() -> list[str]:
    return sorted(path.stem for path in data_dir("criteria").glob("*.yaml"))


def load_file(file: Shown, parsed: ParsedFiles | None = None) -> tuple[Catalogue | None, list[Diagnostic]]:
    """Read and check a catalogue file: every problem located, the catalogue only when it has no error.

    With ``parsed``, the file's YAML comes from the cache of parsed files when its bytes are unchanged.
    """
    try:
        doc = (parsed or ParsedFiles(None)).read(file.path, MAX_CATALOGUE_BYTES)
    except YamlError as exc:
        return None, [problem_diagnostic(file.text, exc.problem)]
    return _checked(doc, file.text)


def load_source(source: bytes, path: str) -> tuple[Catalogue | None, list[Diagnostic]]:
    """:func:`load_file` on a catalogue file's bytes."""
    try:
        doc = parse_yaml(decode(source))
    except YamlError as exc:
        return None, [problem_diagnostic(path, exc.problem)]
    return _checked(doc, path)


def _checked(doc: Document, path: str) -> tuple[Catalogue | None, list[Diagnostic]]:
    # Imported here: a bundled catalogue comes compiled, so most runs never check one (4M instructions of a score).
    from cc_assess.catalogue.rules import check, check_ids

    catalogue, diagnostics = validate(Catalogue, doc, path)
    if catalogue is not None:
        diagnostics += check(catalogue, doc, path)
    else:
        diagnostics += check_ids(doc, path)
    if has_errors(diagnostics):
        return None, diagnostics
    return catalogue, diagnostics


def read_file(file: Shown, name: str, parsed: ParsedFiles | None = None) -> Catalogue:
    """A catalogue file that must be valid: its problems raise InvalidInput (exit 1) with every location."""
    catalogue, diagnostics = load_file(file, parsed)
    if catalogue is None:
        raise InvalidInput(t("catalogue.file-invalid", name=name), diagnostics)
    return catalogue


COMPILED = "_compiled"  # not a valid catalogue id, so never taken for an archive folder


def compiled_path(path: Path, source: bytes) -> Path:
    """Where the compiled form of a bundled catalogue file with these bytes is shipped.

    ``criteria/<id>.yaml`` -> ``criteria/_compiled/<id>.<sha>.json``; an archived ``criteria/<id>/<v>.yaml`` ->
    ``criteria/_compiled/<id>/<v>.<sha>.json``.  The name holds the first 16 hex digits of the sha256 of the YAML,
    so a compiled file can only be taken for the bytes it was made from.
    """
    root = data_dir("criteria")
    rel = path.resolve().relative_to(root.resolve())
    sha = hashlib.sha256(source).hexdigest()[:16]
    return root / COMPILED / rel.parent / f"{rel.stem}.{sha}.json"


def compile_bundled(check_only: bool = False) -> list[str]:
    """Write the compiled form of every bundled catalogue file and remove stale ones; returns what changed (or,
    with ``check_only``, what would).  Run by ``python -m cc_assess.catalogue``; a test checks nothing is due."""
    root = data_dir("criteria")
    wanted: dict[Path, str] = {}
    for path in [*sorted(root.glob("*.yaml")), *sorted(root.glob("*/*.yaml"))]:
        source = read_bytes(path, MAX_CATALOGUE_BYTES)
        catalogue, diagnostics = load_source(source, str(path))
        if catalogue is None:
            raise InvalidInput(t("catalogue.bundled-invalid", path=path), diagnostics)
        wanted[compiled_path(path, source)] = catalogue.model_dump_json(by_alias=True) + "\n"
    return generated.sync(root, root / COMPILED, ".json", wanted, check_only)


@functools.cache
def load_bundled_file(path: Path) -> Catalogue:
    """A bundled catalogue, once per process: from its compiled form shipped beside it (made from these very bytes
    by :func:`compile_bundled`), else from the user's cache, else from the YAML (then the cache is written).

    Parsing and checking the YAML of YD/T 2823-2015 takes about 50 ms; reading the compiled JSON back through the
    same model takes about 3 ms, even on a fresh machine with no cache.
    """
    try:
        source = read_bytes(path, MAX_CATALOGUE_BYTES)
    except YamlError as exc:  # pragma: no cover - the bundled catalogues are checked by the tests
        raise InvalidInput(
            t("catalogue.bundled-invalid", path=path), [problem_diagnostic(str(path), exc.problem)]
        ) from None
    try:
        return Catalogue.model_validate_json(compiled_path(path, source).read_bytes())
    except (OSError, ValueError):  # none for these bytes (a catalogue edited in a checkout), or damaged
        pass
    name = usercache.key("catalogue", source)
    cached = usercache.load(name)
    if cached is not None:
        try:
            return Catalogue.model_validate_json(cached)
        except ValidationError:
            pass  # a damaged or foreign entry: read the YAML and write the entry again
    catalogue, diagnostics = load_source(source, str(path))
    if catalogue is None:  # pragma: no cover - the bundled catalogues are checked by the tests
        raise InvalidInput(t("catalogue.bundled-invalid", path=path), diagnostics)
    usercache.store(name, catalogue.model_dump_json(by_alias=True))
    return catalogue


def find_bundled(catalogue_id: str, version: str | None = None) -> Catalogue:
    """A bundled catalogue by id and, when given, version; unknown ones cannot run (exit 2)."""
    root = data_dir("criteria")
    current_path = root / f"{catalogue_id}.yaml"
    if not current_path.is_file():
        known = ", ".join(bundled_ids()) or "none"
        raise CannotRun(t("catalogue.unknown", id=catalogue_id, known=known))
    current = load_bundled_file(current_path)
    if version is None or version == current.version:
        return current
    archived = root / catalogue_id / f"{version}.yaml"
    if archived.is_file():
        return load_bundled_file(archived)
    versions = sorted({e.version for e in bundled_entries() if e.id == catalogue_id})
    raise CatalogueVersionError(t("catalogue.no-version", id=catalogue_id, version=version, known=", ".join(versions)))


def is_bundled_id(value: str) -> bool:
    return (data_dir("criteria") / f"{value}.yaml").is_file()


def load_catalogue_ref(value: str, version: str, base: Shown, parsed: ParsedFiles | None = None) -> Catalogue:
    """The catalogue an assessment names: a bundled id, or a path relative to ``assessment.yaml`` (in ``base``)."""
    if is_bundled_id(value):
        return find_bundled(value, version)
    looks_like_path = "/" in value or "\\" in value or value.endswith((".yaml", ".yml"))
    if not looks_like_path:
        known = ", ".join(bundled_ids()) or "none"
        raise CannotRun(t("catalogue.unknown-or-path", id=value, known=known))
    file = base.child(value)
    if not file.path.is_file():
        raise CannotRun(t("catalogue.file-missing", name=value))
    catalogue = read_file(file, value, parsed)
    if catalogue.version != version:
        raise CatalogueVersionError(
            t("catalogue.file-version-assessment", name=value, version=catalogue.version, wanted=version)
        )
    return catalogue


def resolve_catalogue(value: str, version: str | None = None) -> Catalogue:
    """A catalogue named on the command line: a bundled id (and version), or a catalogue file."""
    if is_bundled_id(value):
        return find_bundled(value, version)
    path = Path(value)
    if not path.is_file():
        known = ", ".join(bundled_ids()) or "none"
        raise CannotRun(t("catalogue.unknown-or-path", id=value, known=known))
    catalogue = read_file(Shown.of(value), value)
    if version is not None and catalogue.version != version:
        raise CatalogueVersionError(t("catalogue.file-version", name=value, version=catalogue.version, wanted=version))
    return catalogue
