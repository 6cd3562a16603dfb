"""The evidence index: every evidence reference of an assessment with what is on disk (``cc-assess evidence``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cc_assess.assessment import LoadedAssessment
from cc_assess.evidence.hashing import Digest, Hasher
from cc_assess.evidence.walk import _inside, normalize_ref


@dataclass(frozen=True)
class IndexEntry:
    item: str
    ref: str
    note: str | None
    type: Literal["url", "file", "folder"]
    exists: bool | None
    size: int | None
    sha256: str | None
    as_of: str | None
    valid_until: str | None

    def to_json(self) -> dict[str, object]:
        return {
            "item": self.item,
            "ref": self.ref,
            "note": self.note,
            "type": self.type,
            "exists": self.exists,
            "size": self.size,
            "sha256": self.sha256,
            "as_of": self.as_of,
            "valid_until": self.valid_until,
        }


def index(loaded: LoadedAssessment, hasher: Hasher | None = None) -> list[IndexEntry]:
    """Every evidence reference, by item then in file order, with what is on disk (URLs are not fetched)."""
    hasher = hasher or Hasher()
    root = loaded.folder.resolve()
    entries: list[IndexEntry] = []
    for item, r in sorted(loaded.responses.items()):
        for ev in r.response.evidence:
            kind: Literal["url", "file", "folder"] = "url"
            exists: bool | None = None
            digest: Digest | None = None
            if not ev.is_url:
                path = loaded.folder / normalize_ref(ev.ref)
                inside = _inside(root, path)
                kind = "folder" if inside and path.is_dir() else "file"
                exists = inside and path.exists()
                if inside and path.is_file():
                    digest = hasher(path)
            entries.append(
                IndexEntry(
                    item,
                    ev.ref,
                    ev.note,
                    kind,
                    exists,
                    digest.size if digest else None,
                    digest.sha256 if digest else None,
                    ev.as_of.isoformat() if ev.as_of else None,
                    ev.valid_until.isoformat() if ev.valid_until else None,
                )
            )
    return entries
