"""Evidence integrity: the problems that stop a lock or a pack (missing, escaping, wrong declared sha256)."""

from __future__ import annotations

from cc_assess.assessment import LoadedAssessment
from cc_assess.diagnostics import Diagnostic, sort_diagnostics
from cc_assess.evidence.hashing import Hasher
from cc_assess.evidence.walk import EvidenceFiles, _inside, evidence_files, normalize_ref
from cc_assess.i18n import t


def _declared(loaded: LoadedAssessment, hasher: Hasher) -> list[Diagnostic]:
    """A ``sha256`` written in a response's evidence entry must match the file (located at that line)."""
    diags: list[Diagnostic] = []
    for item, r in sorted(loaded.responses.items()):
        for i, ev in enumerate(r.response.evidence):
            if ev.sha256 is None or ev.is_url:
                continue
            path = loaded.folder / normalize_ref(ev.ref)
            if not (_inside(loaded.folder.resolve(), path) and path.is_file()):
                continue  # missing or escaping: reported at the ref
            actual = hasher(path).sha256
            if actual != ev.sha256.lower():
                pos = r.doc.locate(("evidence", i, "sha256"))
                diags.append(
                    Diagnostic(
                        r.path,
                        pos.line,
                        pos.column,
                        "evidence-sha256",
                        t("evidence.sha256-differs", ref=ev.ref, actual=actual, written=ev.sha256),
                        "error",
                        item,
                    )
                )
    return diags


def _loader_evidence(loaded: LoadedAssessment) -> list[Diagnostic]:
    """The loader's evidence problems, a missing file made an error (it is a warning in ``validate``)."""
    found = []
    for d in loaded.diagnostics:
        if d.code == "evidence-missing":
            found.append(Diagnostic(d.path, d.line, d.column, d.code, d.message, "error", d.item))
        elif d.code.startswith("evidence-"):
            found.append(d)
    return found


def unhashed_integrity(loaded: LoadedAssessment) -> tuple[EvidenceFiles, list[Diagnostic]]:
    """Evidence files and the problems found without reading them: missing files, links that leave the folder."""
    found = evidence_files(loaded)
    return found, sort_diagnostics([*_loader_evidence(loaded), *found.diagnostics])


def declared_integrity(loaded: LoadedAssessment, hasher: Hasher, unhashed: list[Diagnostic]) -> list[Diagnostic]:
    """The problems of :func:`unhashed_integrity` with those of every declared sha256 (hashed by ``hasher``)."""
    return sort_diagnostics([*unhashed, *_declared(loaded, hasher)])


def integrity(loaded: LoadedAssessment, hasher: Hasher) -> tuple[EvidenceFiles, list[Diagnostic]]:
    """Evidence files and every problem that stops a lock or a pack: missing, escaping, wrong declared sha256."""
    found, unhashed = unhashed_integrity(loaded)
    hasher.prefetch_evidence(found)
    return found, declared_integrity(loaded, hasher, unhashed)
