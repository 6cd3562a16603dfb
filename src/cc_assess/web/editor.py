"""What the web editor's API does to an assessment folder, without any web framework.

The response files stay the single source of truth.  Every answer is read from disk when asked for and written
back through the comment-preserving writer of ``import`` (:func:`cc_assess.yamledit.set_keys`), only for the
keys whose value changed, after the would-be bytes passed every check ``validate`` runs on a response file.

A file's version is its **etag**: ``sha256:`` and the hexadecimal sha256 of its bytes, or ``absent`` for a
response file that does not exist yet.  A write names the etag it was based on; when the file on disk has
another one, nothing is written (a conflict).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from cc_assess.assessment import (
    RESPONSES,
    LoadedAssessment,
    check_response_bytes,
    load_assessment,
    load_valid,
    real_path,
)
from cc_assess.diagnostics import Diagnostic, has_errors, sort_diagnostics
from cc_assess.errors import CcAssessError
from cc_assess.i18n import t, tool_language
from cc_assess.models import Catalogue, Response
from cc_assess.shown import Shown

ETAG_ABSENT = "absent"
#: Top-level text fields: an empty string is written as an empty value (``status:``), as ``init`` writes them.
_TEXT_FIELDS = ("status", "na_reason", "findings", "assessor", "assessed_on")
#: Keys that hold dates, at the top level and inside evidence and action entries.
_DATE_KEYS = frozenset({"assessed_on", "due", "closed_on", "as_of", "valid_until"})
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def etag_of(data: bytes | None) -> str:
    """The version of a file's bytes (None: the file does not exist)."""
    return ETAG_ABSENT if data is None else "sha256:" + hashlib.sha256(data).hexdigest()


def etag_matches(if_match: str, data: bytes | None) -> bool:
    """Whether an ``If-Match`` value names the current version (quotes optional; ``*``: the file exists)."""
    current = etag_of(data)
    for part in if_match.split(","):
        tag = part.strip()
        if tag == "*" and data is not None:
            return True
        if len(tag) >= 2 and tag[0] == tag[-1] == '"':
            tag = tag[1:-1]
        if tag == current:
            return True
    return False


class WebError(CcAssessError):
    """A request the editor refuses; ``status`` is its HTTP status."""

    status = 400
    code = "bad-request"
    exit_code = 1


class NotFound(WebError):
    status = 404
    code = "not-found"


class Outside(WebError):
    status = 403
    code = "outside-folder"


class Conflict(WebError):
    """The file changed on disk since the version the request was based on; ``etag`` is the current one."""

    status = 409
    code = "conflict"

    def __init__(self, message: str, etag: str) -> None:
        super().__init__(message)
        self.etag = etag


class Rejected(WebError):
    """The answer would make the file invalid: ``diagnostics`` says where and why; nothing was written."""

    status = 422
    code = "invalid"


class TooLarge(WebError):
    status = 413
    code = "too-large"


class PreconditionRequired(WebError):
    status = 428
    code = "precondition-required"


@dataclass
class Saved:
    """The outcome of a write: the file's new etag, whether bytes changed, and its remaining warnings."""

    item: str
    etag: str
    written: bool
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "item": self.item,
            "etag": self.etag,
            "written": self.written,
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }


def _date_or_text(value: Any) -> Any:
    if isinstance(value, str) and _DATE_RE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value  # an impossible date stays text: validation locates it
    return value


def _yaml_value(value: Any, key: str | None = None) -> Any:
    """A JSON value as it is written to a response file: line ends as LF, dates as dates (unquoted)."""
    if isinstance(value, str):
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        return _date_or_text(value) if key in _DATE_KEYS else value
    if isinstance(value, list):
        return [_yaml_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _yaml_value(v, k) for k, v in value.items()}
    return value


def to_yaml(key: str, value: Any) -> Any:
    """One top-level field of a request body as it is written (like ``import`` writes a cell)."""
    value = _yaml_value(value, key)
    if key in _TEXT_FIELDS and value == "":
        return None
    if key in ("evidence", "actions") and value is None:
        return []
    if key == "findings" and isinstance(value, str) and "\n" in value and not value.endswith("\n"):
        return value + "\n"
    return value


def _plain(value: Any) -> Any:
    """A value compared as JSON would hold it: dates as text, empty text as nothing."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if value == "":
        return None
    return value


def _same(catalogue: Catalogue, key: str, old: Any, new: Any) -> bool:
    """Whether writing ``new`` would change nothing that ``old`` says (a status label and its id are the same)."""
    if key == "status" and isinstance(old, str) and isinstance(new, str):
        level = catalogue.resolve_status(old)
        if level is not None and level == catalogue.resolve_status(new):
            return True
    old, new = _plain(old), _plain(new)
    return bool(old == new or (old in (None, []) and new in (None, [])))


def _field_defaults() -> dict[str, Any]:
    """Every field of a response file with its empty value (``[]`` for lists)."""
    return {
        (info.alias or name): info.get_default(call_default_factory=True)
        for name, info in Response.model_fields.items()
    }


class Editor:
    """The answers of one assessment folder, read and written for the web editor's API.

    Every call reads the folder again (another editor, git or a person may change files at any time); writes are
    serialised by a lock, and each checks the file's version just before replacing it.
    """

    def __init__(self, shown: Shown) -> None:
        self.shown = shown  # the folder
        self.folder = shown.path
        self.lang = tool_language()
        self._lock = threading.Lock()

    # -------------------------------------------------------------------------------- reading

    def load(self) -> LoadedAssessment:
        return load_assessment(self.shown)

    def _rel(self, loaded: LoadedAssessment, item: str) -> PurePosixPath:
        """``<domain>/<item>.yaml`` inside ``responses/``; NotFound for anything that is not a catalogue item."""
        domain = loaded.catalogue.item_domain().get(item)
        if domain is None:
            raise NotFound(t("web.unknown-item", item=item, catalogue=loaded.catalogue.id))
        return PurePosixPath(domain, f"{item}.yaml")

    def _path(self, loaded: LoadedAssessment, rel: PurePosixPath) -> Path:
        """The response file on disk, links resolved; Outside when a link would take it out of the folder."""
        path = self.folder / RESPONSES / rel
        real = real_path(path)
        root = real_path(self.folder)
        if real is None or root is None or root not in real.parents:
            raise Outside(t("web.outside", path=self.shown.inside(f"{RESPONSES}/{rel}")))
        return real

    @staticmethod
    def _read(path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None

    def items(self) -> list[dict[str, object]]:
        """Every catalogue item in catalogue order: id, domain, title, status (level id or None), etag."""
        loaded = self.load()
        rows: list[dict[str, object]] = []
        for domain in loaded.catalogue.domains:
            for item in domain.items:
                found = loaded.responses.get(item.id)
                try:
                    etag = etag_of(self._read(self._path(loaded, PurePosixPath(domain.id, f"{item.id}.yaml"))))
                except (Outside, OSError):
                    etag = ETAG_ABSENT
                rows.append(
                    {
                        "item": item.id,
                        "domain": domain.id,
                        "title": item.title.get(self.lang),
                        "status": found.level if found is not None else None,
                        "etag": etag,
                    }
                )
        return rows

    def response(self, item: str) -> dict[str, object]:
        """The response file of ``item`` as JSON: every response field (empty when absent), and its ``etag``.

        A file that cannot be read as a mapping gives just the empty fields; ``diagnostics`` says what is wrong.
        """
        from cc_assess.yamlio import YamlError, decode, parse_yaml

        loaded = self.load()
        data = self._read(self._path(loaded, self._rel(loaded, item)))
        fields = _field_defaults()
        fields["item"] = item
        if data is not None:
            try:
                doc = parse_yaml(decode(data))
            except YamlError:
                doc = None
            if doc is not None and isinstance(doc.data, dict):
                fields.update(doc.data)
        fields["etag"] = etag_of(data)
        return fields

    def diagnostics(self) -> list[dict[str, object]]:
        """Every problem of the folder, as ``validate --format json`` lists them."""
        try:
            found = self.load().diagnostics
        except CcAssessError as exc:
            found = exc.diagnostics
        return [d.to_json() for d in sort_diagnostics(found)]

    def score(self) -> dict[str, object]:
        """The ``score --format json`` object; InvalidInput (with the problems) when the folder has errors."""
        from cc_assess.scoring import score

        loaded = load_valid(self.shown)
        return score(loaded.catalogue, loaded.statuses, loaded.meta.target).to_json()

    # -------------------------------------------------------------------------------- writing

    def save(self, item: str, if_match: str | None, body: object) -> Saved:
        """Set the fields in ``body`` of the response file of ``item``, unless it changed since ``if_match``."""
        if if_match is None:
            raise PreconditionRequired(t("web.need-if-match"))
        loaded, rel, values = self._request(item, body)
        with self._lock:
            return self._save(loaded, item, rel, if_match, values)

    def check(self, item: str, body: object) -> Saved:
        """What saving ``body`` into the current file would report (errors included), without writing."""
        loaded, rel, values = self._request(item, body)
        try:
            return self._save(loaded, item, rel, None, values, dry_run=True)
        except Rejected as exc:
            return Saved(item, etag_of(self._read(self._path(loaded, rel))), False, exc.diagnostics)

    def _request(self, item: str, body: object) -> tuple[LoadedAssessment, PurePosixPath, dict[str, Any]]:
        if not isinstance(body, dict):
            raise WebError(t("web.body-not-object"))
        values = {str(k): to_yaml(str(k), v) for k, v in body.items() if k != "etag"}
        loaded = self.load()
        return loaded, self._rel(loaded, item), values

    def _save(
        self,
        loaded: LoadedAssessment,
        item: str,
        rel: PurePosixPath,
        if_match: str | None,
        values: Mapping[str, Any],
        *,
        dry_run: bool = False,
    ) -> Saved:
        from cc_assess.outfile import write_atomic
        from cc_assess.workspace import response_text
        from cc_assess.yamledit import EditError, set_keys
        from cc_assess.yamlio import YamlError, decode, parse_yaml

        file = Shown(self._path(loaded, rel), self.shown.inside(f"{RESPONSES}/{rel}"))  # links resolved, named as asked
        current = self._read(file.path)
        if if_match is not None and not etag_matches(if_match, current):
            raise Conflict(t("web.conflict", path=file.text), etag_of(current))
        if current is None:
            spec = next(i for i in loaded.catalogue.items() if i.id == item)
            base = response_text(loaded.catalogue, spec).encode("utf-8")
        else:
            base = current
        try:
            old = parse_yaml(decode(base)).data
        except YamlError:
            old = None
        if not isinstance(old, dict):
            _, problems = check_response_bytes(loaded, rel, base)
            raise Rejected(t("web.invalid", path=file.text), problems)
        # A key the file does not have and an empty value are the same answer: nothing to write.
        changed = {k: v for k, v in values.items() if not _same(loaded.catalogue, k, old.get(k), v)}
        if not changed and current is not None:
            _, problems = check_response_bytes(loaded, rel, current)
            return Saved(item, etag_of(current), False, problems)
        try:
            new = set_keys(base, changed)
        except EditError as exc:
            problem = Diagnostic(file.text, 1, 1, "edit-failed", t("web.edit-failed", reason=str(exc)), "error", item)
            raise Rejected(t("web.invalid", path=file.text), [problem]) from None
        _, problems = check_response_bytes(loaded, rel, new)
        if has_errors(problems):
            raise Rejected(t("web.invalid", path=file.text), problems)
        if dry_run:
            return Saved(item, etag_of(current), False, problems)
        file.path.parent.mkdir(parents=True, exist_ok=True)
        if etag_of(self._read(file.path)) != etag_of(current):  # changed while we worked: still a conflict
            raise Conflict(t("web.conflict", path=file.text), etag_of(self._read(file.path)))
        write_atomic(file, new)
        return Saved(item, etag_of(new), True, problems)

    def check_version(self, item: str, if_match: str | None) -> None:
        """Conflict (or PreconditionRequired) unless ``if_match`` names the current version of the file."""
        if if_match is None:
            raise PreconditionRequired(t("web.need-if-match"))
        loaded = self.load()
        rel = self._rel(loaded, item)
        current = self._read(self._path(loaded, rel))
        if not etag_matches(if_match, current):
            raise Conflict(t("web.conflict", path=self.shown.inside(f"{RESPONSES}/{rel}")), etag_of(current))

    def add_evidence(self, item: str, if_match: str | None, entry: Mapping[str, object]) -> Saved:
        """Append one entry to the evidence list of the response of ``item`` (a conflict when it changed)."""
        evidence = self.response(item).get("evidence")
        listed = list(evidence) if isinstance(evidence, list) else []
        return self.save(item, if_match, {"evidence": [*listed, dict(entry)]})
