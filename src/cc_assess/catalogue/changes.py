"""How item ids move from one catalogue version to a later one, following the catalogue's ``changes:``.

Pure: no I/O.  Used by ``migrate``, ``diff`` across versions, ``init --from`` and the portfolio roll-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from cc_assess.models import Catalogue


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
