"""id_changes / remap_ids: following a catalogue's changes: chain."""

from __future__ import annotations

from typing import Any

import pytest

from cc_assess.catalogue import load_file
from cc_assess.catalogue.changes import id_changes, remap_ids
from cc_assess.models import Catalogue
from cc_assess.shown import Shown
from tests.yoy_helpers import MINI_2


def catalogue(version: str, changes: list[dict[str, Any]]) -> Catalogue:
    return Catalogue.model_validate(
        {
            "schema": "cc-assess/catalogue/v1",
            "id": "t",
            "version": version,
            "title": "t",
            "scale": [{"id": "yes", "label": "Yes", "points": 1}],
            "domains": [{"id": "AA", "title": "A", "items": [{"id": "AA-01", "title": "a", "requirement": "r"}]}],
            "changes": changes,
        }
    )


def test_fixture_catalogue_changes() -> None:
    cat, diags = load_file(Shown(MINI_2, "mini-1.1.0.yaml"))
    assert cat is not None, diags
    changes = id_changes(cat, "1.0.0")
    assert changes.renamed == {"AA-02": "AA-04"}
    assert changes.renamed_in == {"AA-02": "1.1.0"}
    assert changes.removed == {"BB-02": "1.1.0"}
    assert changes.added == {"BB-03": "1.1.0"}
    assert remap_ids(cat, "1.0.0") == ({"AA-02": "AA-04"}, {"BB-02"})
    assert remap_ids(cat, "1.1.0") == ({}, set())


def test_chain_across_versions() -> None:
    cat = catalogue(
        "1.3.0",
        [
            {"version": "1.1.0", "renamed": {"AA-05": "AA-06"}, "removed": ["AA-09"], "added": ["AA-20"]},
            {"version": "1.2.0", "renamed": {"AA-06": "AA-07", "AA-20": "AA-21"}},
            {"version": "1.3.0", "removed": ["AA-07"], "renamed": {"AA-01": "AA-02"}},
        ],
    )
    changes = id_changes(cat, "1.0.0")
    assert changes.renamed == {"AA-01": "AA-02"}
    assert changes.removed == {"AA-05": "1.3.0", "AA-09": "1.1.0"}
    assert changes.added == {"AA-21": "1.1.0"}  # added in 1.1.0, renamed since: not an old id
    from_11 = id_changes(cat, "1.1.0")
    assert from_11.renamed == {"AA-01": "AA-02", "AA-20": "AA-21"}
    assert from_11.removed == {"AA-06": "1.3.0"}
    assert from_11.added == {}


@pytest.mark.parametrize(
    ("renamed", "expected"),
    [
        ({"AA-01": "AA-02", "AA-02": "AA-03"}, {"AA-01": "AA-02", "AA-02": "AA-03"}),  # a shift in one step
        ({"AA-01": "AA-02", "AA-02": "AA-01"}, {"AA-01": "AA-02", "AA-02": "AA-01"}),  # a swap
    ],
)
def test_renames_in_one_step_apply_at_once(renamed: dict[str, str], expected: dict[str, str]) -> None:
    cat = catalogue("1.1.0", [{"version": "1.1.0", "renamed": renamed}])
    assert remap_ids(cat, "1.0.0") == (expected, set())


def test_chain_rename_back_is_no_rename() -> None:
    cat = catalogue(
        "1.2.0",
        [{"version": "1.1.0", "renamed": {"AA-01": "AA-02"}}, {"version": "1.2.0", "renamed": {"AA-02": "AA-01"}}],
    )
    assert remap_ids(cat, "1.0.0") == ({}, set())
