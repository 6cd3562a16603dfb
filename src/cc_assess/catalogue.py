"""Finding and loading catalogues: bundled ones by id and version, or a file by path.

Bundled catalogues ship inside the package (``criteria/`` at the top of the repository becomes
``cc_assess/criteria`` in the wheel).  The current version of a catalogue is ``criteria/<id>.yaml``; every
earlier released version stays available as ``criteria/<id>/<version>.yaml`` so that old assessments and
old git revisions still score as they did.
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from pathlib import Path

from pydantic import ValidationError

from cc_assess import cache
from cc_assess.diagnostics import Diagnostic, has_errors
from cc_assess.errors import CannotRun, CatalogueVersionError, InvalidInput
from cc_assess.filecache import ParsedFiles
from cc_assess.i18n import t
from cc_assess.models import Catalogue
from cc_assess.validation import problem_diagnostic, validate
from cc_assess.yamlio import MAX_CATALOGUE_BYTES, Document, YamlError, decode, parse_yaml, read_bytes

RESERVED_LEVEL_IDS = frozenset({"total", "not_assessed"})


def data_dir(name: str) -> Path:
    """A folder of package data: inside the installed package, else at the top of a source checkout."""
    packaged = Path(str(resources.files("cc_assess"))) / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / name


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


def load_file(path: Path, display: str, parsed: ParsedFiles | None = None) -> tuple[Catalogue | None, list[Diagnostic]]:
    """Read and check a catalogue file: every problem located, the catalogue only when it has no error.

    With ``parsed``, the file's YAML comes from the cache of parsed files when its bytes are unchanged.
    """
    try:
        doc = (parsed or ParsedFiles(None)).read(path, MAX_CATALOGUE_BYTES)
    except YamlError as exc:
        return None, [problem_diagnostic(display, exc.problem)]
    return _checked(doc, display)


def load_source(source: bytes, display: str) -> tuple[Catalogue | None, list[Diagnostic]]:
    """:func:`load_file` on a catalogue file's bytes."""
    try:
        doc = parse_yaml(decode(source))
    except YamlError as exc:
        return None, [problem_diagnostic(display, exc.problem)]
    return _checked(doc, display)


def _checked(doc: Document, display: str) -> tuple[Catalogue | None, list[Diagnostic]]:
    catalogue, diagnostics = validate(Catalogue, doc, display)
    if catalogue is not None:
        diagnostics += check(catalogue, doc, display)
    else:
        diagnostics += check_ids(doc, display)
    if has_errors(diagnostics):
        return None, diagnostics
    return catalogue, diagnostics


def read_file(path: Path, display: str, name: str, parsed: ParsedFiles | None = None) -> Catalogue:
    """A catalogue file that must be valid: its problems raise InvalidInput (exit 1) with every location."""
    catalogue, diagnostics = load_file(path, display, parsed)
    if catalogue is None:
        raise InvalidInput(t("catalogue.file-invalid", name=name), diagnostics)
    return catalogue


def check_ids(doc: Document, display: str) -> list[Diagnostic]:
    """The id rules of :func:`check`, on raw data, for a catalogue the model already refused: one run, all problems."""
    out: list[Diagnostic] = []
    raw = doc.data if isinstance(doc.data, dict) else {}

    def add(loc: tuple[str | int, ...], code: str, message: str) -> None:
        pos = doc.locate(loc)
        out.append(Diagnostic(display, pos.line, pos.column, code, message))

    def entries(value: object) -> list[tuple[int, dict[str, object]]]:
        return [(i, e) for i, e in enumerate(value) if isinstance(e, dict)] if isinstance(value, list) else []

    levels: set[str] = set()
    nulls = 0
    for i, level in entries(raw.get("scale")):
        level_id = level.get("id")
        if isinstance(level_id, str):
            if level_id in RESERVED_LEVEL_IDS:
                add(("scale", i, "id"), "reserved-level-id", t("catalogue.reserved-level", id=level_id))
            elif level_id in levels:
                add(("scale", i, "id"), "duplicate-level", t("catalogue.duplicate-level", id=level_id))
            levels.add(level_id)
        if "points" in level and level["points"] is None:
            nulls += 1
            if nulls > 1:
                add(("scale", i, "points"), "scale-null", t("catalogue.scale-null"))
    domains: set[str] = set()
    items: dict[str, str] = {}
    for d, domain in entries(raw.get("domains")):
        domain_id = domain.get("id")
        if isinstance(domain_id, str):
            if domain_id in domains:
                add(("domains", d, "id"), "duplicate-domain", t("catalogue.duplicate-domain", id=domain_id))
            domains.add(domain_id)
        for i, item in entries(domain.get("items")):
            item_id = item.get("id")
            if not isinstance(item_id, str):
                continue
            loc = ("domains", d, "items", i, "id")
            if isinstance(domain_id, str) and not item_id.startswith(domain_id + "-"):
                add(
                    loc,
                    "item-domain",
                    t("catalogue.item-domain", item=item_id, domain=domain_id),
                )
            if item_id in items:
                add(loc, "duplicate-item", t("catalogue.duplicate-item", item=item_id, domain=items[item_id]))
            items.setdefault(item_id, str(domain_id))
    return out


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
    changed: list[str] = []
    for target, text in wanted.items():
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            changed.append(f"write {target.relative_to(root)}")
            if not check_only:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
    for stale in sorted((root / COMPILED).rglob("*.json")):
        if stale not in wanted:
            changed.append(f"remove {stale.relative_to(root)}")
            if not check_only:
                stale.unlink()
    return changed


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
    name = cache.key("catalogue", source)
    cached = cache.load(name)
    if cached is not None:
        try:
            return Catalogue.model_validate_json(cached)
        except ValidationError:
            pass  # a damaged or foreign entry: read the YAML and write the entry again
    catalogue, diagnostics = load_source(source, str(path))
    if catalogue is None:  # pragma: no cover - the bundled catalogues are checked by the tests
        raise InvalidInput(t("catalogue.bundled-invalid", path=path), diagnostics)
    cache.store(name, catalogue.model_dump_json(by_alias=True))
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


def check(catalogue: Catalogue, doc: Document, display: str) -> list[Diagnostic]:
    """Rules across fields that the model cannot state: unique ids, prefixes, an unambiguous scale."""
    out: list[Diagnostic] = []

    def add(loc: tuple[str | int, ...], code: str, message: str, severity: str = "error") -> None:
        pos = doc.locate(loc)
        out.append(Diagnostic(display, pos.line, pos.column, code, message, severity))  # type: ignore[arg-type]

    # The scale.
    seen_levels: dict[str, int] = {}
    for i, level in enumerate(catalogue.scale):
        if level.id in RESERVED_LEVEL_IDS:
            add(("scale", i, "id"), "reserved-level-id", t("catalogue.reserved-level", id=level.id))
        if level.id in seen_levels:
            add(("scale", i, "id"), "duplicate-level", t("catalogue.duplicate-level", id=level.id))
        seen_levels.setdefault(level.id, i)
    nulls = [i for i, level in enumerate(catalogue.scale) if level.points is None]
    for i in nulls[1:]:
        add(("scale", i, "points"), "scale-null", t("catalogue.scale-null"))
    for lang in ("zh", "en"):
        seen: dict[str, str] = {}
        for i, level in enumerate(catalogue.scale):
            label = level.label.zh if lang == "zh" else level.label.en
            if label is None:
                continue
            key = label.strip() if lang == "zh" else label.strip().casefold()
            other_id = next(
                (
                    o.id
                    for o in catalogue.scale
                    if o.id != level.id
                    and (o.id == label.strip() if lang == "zh" else o.id.casefold() == label.strip().casefold())
                ),
                None,
            )
            if key in seen and seen[key] != level.id:
                add(
                    ("scale", i, "label"),
                    "ambiguous-label",
                    t("catalogue.label-twice", lang=lang, label=label, level=level.id, other=seen[key]),
                )
            elif other_id is not None:
                add(
                    ("scale", i, "label"),
                    "ambiguous-label",
                    t("catalogue.label-is-id", lang=lang, label=label, level=level.id, other=other_id),
                )
            seen.setdefault(key, level.id)
    # Across languages: a zh label that is another level's en label would resolve to the zh level first.
    for i, level in enumerate(catalogue.scale):
        zh = level.label.zh
        if zh is None:
            continue
        for other in catalogue.scale:
            en = other.label.en
            if other.id != level.id and en is not None and zh.strip().casefold() == en.strip().casefold():
                add(
                    ("scale", i, "label"),
                    "ambiguous-label",
                    t("catalogue.zh-is-en", label=zh, level=level.id, other=other.id),
                )
    points = [level.points for level in catalogue.scale if level.points is not None]
    if any(a < b for a, b in pairwise(points)):
        add(
            ("scale",),
            "scale-order",
            t("catalogue.scale-order"),
            "warning",
        )
    if not points:
        add(("scale",), "scale-null", t("catalogue.scale-no-points"))

    # Domains and items.
    domain_seen: set[str] = set()
    item_seen: dict[str, str] = {}
    titles: Counter[str] = Counter()
    for d, domain in enumerate(catalogue.domains):
        if domain.id in domain_seen:
            add(("domains", d, "id"), "duplicate-domain", t("catalogue.duplicate-domain", id=domain.id))
        domain_seen.add(domain.id)
        for i, item in enumerate(domain.items):
            loc = ("domains", d, "items", i, "id")
            if not item.id.startswith(domain.id + "-"):
                add(
                    loc,
                    "item-domain",
                    t("catalogue.item-domain", item=item.id, domain=domain.id),
                )
            if item.id in item_seen:
                add(loc, "duplicate-item", t("catalogue.duplicate-item", item=item.id, domain=item_seen[item.id]))
            item_seen.setdefault(item.id, domain.id)
            titles[item.title.get("en")] += 1
    for d, domain in enumerate(catalogue.domains):
        for i, item in enumerate(domain.items):
            if titles[item.title.get("en")] > 1:
                add(
                    ("domains", d, "items", i, "title"),
                    "duplicate-title",
                    t("catalogue.duplicate-title", item=item.id),
                    "warning",
                )

    # Tags: when the catalogue lists them, every item tag must be one of them (an absent list leaves tags free).
    if catalogue.tags is not None:
        for d, domain in enumerate(catalogue.domains):
            for i, item in enumerate(domain.items):
                for j, tag in enumerate(item.tags):
                    if tag not in catalogue.tags:
                        add(
                            ("domains", d, "items", i, "tags", j),
                            "unknown-tag",
                            t("catalogue.unknown_tag", item=item.id, tag=tag),
                        )

    # Version history.
    for c, change in enumerate(catalogue.changes):
        for old, new in change.renamed.items():
            if new not in item_seen and c == len(catalogue.changes) - 1:
                add(
                    ("changes", c, "renamed"),
                    "unknown-change",
                    t("catalogue.unknown-rename", old=old, new=new),
                    "warning",
                )
    return out


def load_catalogue_ref(
    value: str, version: str, base: Path, display_base: str, parsed: ParsedFiles | None = None
) -> Catalogue:
    """The catalogue an assessment names: a bundled id, or a path relative to ``assessment.yaml``."""
    if is_bundled_id(value):
        return find_bundled(value, version)
    looks_like_path = "/" in value or "\\" in value or value.endswith((".yaml", ".yml"))
    if not looks_like_path:
        known = ", ".join(bundled_ids()) or "none"
        raise CannotRun(t("catalogue.unknown-or-path", id=value, known=known))
    path = base / value
    display = f"{display_base}/{value}" if display_base not in ("", ".") else value
    if not path.is_file():
        raise CannotRun(t("catalogue.file-missing", name=value))
    catalogue = read_file(path, display, value, parsed)
    if catalogue.version != version:
        raise CatalogueVersionError(
            t("catalogue.file-version-assessment", name=value, version=catalogue.version, wanted=version)
        )
    return catalogue


def version_key(version: str) -> tuple[int, ...]:
    core = version.split("+")[0].split("-")[0]
    return tuple(int(part) for part in core.split("."))


@dataclass(frozen=True)
class IdChanges:
    """How item ids moved from one catalogue version to a later one (the catalogue's own version).

    ``renamed`` maps an id of the old version to its id now; ``removed`` and ``renamed_in`` name the version
    that removed or last renamed an old id; ``added`` maps ids (under their names now) that did not exist in the
    old version to the version that added them.
    """

    from_version: str
    to_version: str
    renamed: dict[str, str]
    renamed_in: dict[str, str]
    removed: dict[str, str]
    added: dict[str, str]


def id_changes(catalogue: Catalogue, from_version: str) -> IdChanges:
    """Follow ``changes:`` from ``from_version`` up to the catalogue's own version.

    Each step's renames apply at once (``{A: B, B: C}`` shifts both), and an id keeps its identity through a
    chain of steps (``A -> B`` in 1.1, ``B -> C`` in 1.2 gives ``A -> C``).  Ids not mentioned keep their name.
    """
    start, end = version_key(from_version), version_key(catalogue.version)
    now: dict[str, str | None] = {}  # old id -> its id now, None once removed
    touched_in: dict[str, str] = {}
    born: dict[str, str] = {}  # ids that did not exist in the old version, under their names now -> version
    for change in sorted(catalogue.changes, key=lambda c: version_key(c.version)):
        if not start < version_key(change.version) <= end:
            continue
        holder = {current: old for old, current in now.items() if current is not None}  # before this step
        step: dict[str, str | None] = {}
        for current in [*change.renamed, *change.removed]:
            if current in born:
                continue
            old = holder.get(current, current if current not in now else None)
            if old is None:  # the id had already moved away and nothing took its place
                continue
            step[old] = change.renamed.get(current) if current not in change.removed else None
        for old, target in step.items():
            now[old] = target
            touched_in[old] = change.version
        born = {
            change.renamed.get(current, current): version
            for current, version in born.items()
            if current not in change.removed
        }
        for new in change.added:
            born.setdefault(new, change.version)
    return IdChanges(
        from_version,
        catalogue.version,
        {old: cur for old, cur in now.items() if cur is not None and cur != old},
        {old: touched_in[old] for old, cur in now.items() if cur is not None and cur != old},
        {old: touched_in[old] for old, cur in now.items() if cur is None},
        born,
    )


def remap_ids(catalogue: Catalogue, from_version: str) -> tuple[dict[str, str], set[str]]:
    """Follow ``changes:`` from ``from_version`` up to the catalogue's own version.

    Returns (renamed: old id -> current id, removed: old ids that no longer exist).  Ids not mentioned keep
    their name.  See :func:`id_changes` for the versions of each change and the added ids.
    """
    changes = id_changes(catalogue, from_version)
    return changes.renamed, set(changes.removed)


def resolve_catalogue(value: str, version: str | None = None) -> Catalogue:
    """A catalogue named on the command line: a bundled id (and version), or a catalogue file."""
    if is_bundled_id(value):
        return find_bundled(value, version)
    path = Path(value)
    if not path.is_file():
        known = ", ".join(bundled_ids()) or "none"
        raise CannotRun(t("catalogue.unknown-or-path", id=value, known=known))
    catalogue = read_file(path, value.replace("\\", "/"), value)
    if version is not None and catalogue.version != version:
        raise CatalogueVersionError(t("catalogue.file-version", name=value, version=catalogue.version, wanted=version))
    return catalogue


if __name__ == "__main__":  # python -m cc_assess.catalogue [--check]
    import sys

    done = compile_bundled(check_only="--check" in sys.argv[1:])
    print("\n".join(done) or "compiled catalogues are up to date")
    sys.exit(1 if done and "--check" in sys.argv[1:] else 0)
