"""Performance work that must not change behaviour: lazy locations, start-up imports, parallel validate."""

from __future__ import annotations

import pytest

from cc_assess.yamlio import KeyPath, parse_yaml

LOCATED = [
    "item: HR-01\nstatus: partial\nevidence:\n  - {ref: a.pdf, note: x}\n  - ref: https://x.example/y\n",
    "a: 1\nb: 2\na: 3\nc: {a: [1, 2, {d: e}]}\n",
    "base: &b {x: 1, y: [a, b]}\nc: *b\nd: [*b, *b]\n",
    "1: one\nnull: two\nyes: three\n2026-01-01: date\nlist:\n- - - deep\n",
    "actions:\n  - id: A1\n    due: 2026-13-45\n    status: no\n  - id: A2\n    due: 2026-03-31\n",
    "- a\n- b: c\n  d: [e, f]\n- 3.5\n",
    "just text\n",
]


@pytest.mark.parametrize("text", LOCATED)
def test_walking_the_node_graph_locates_like_the_index(text: str) -> None:
    indexed = parse_yaml(text)
    paths: list[KeyPath] = [*indexed.values, *indexed.keys]
    probes = paths + [(*p, "missing") for p in paths] + [(*p, 7) for p in paths] + [(*p, 0) for p in paths]
    probes += [("missing",), (0,), (-1,), ("a", -1), ()]
    lazy = parse_yaml(text)
    for probe in probes:
        for key in (False, True):
            assert lazy.locate(probe, key=key) == indexed.locate(probe, key=key), (probe, key)
    assert lazy.data == indexed.data
    assert lazy.problems == indexed.problems
