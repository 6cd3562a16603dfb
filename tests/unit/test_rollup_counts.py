"""The roll-up counts each item's points per value instead of keeping one per site: the same min, median, max."""

from __future__ import annotations

import statistics
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from cc_assess.portfolio.rollup import _median

POINTS = st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0, 1 / 3])


@given(st.lists(POINTS, min_size=1, max_size=60))
def test_median_of_counts_is_statistics_median(values: list[float]) -> None:
    assert _median(dict(Counter(values))) == statistics.median(values)


def test_median_even_and_odd() -> None:
    assert _median({0.0: 1, 1.0: 1}) == 0.5
    assert _median({0.5: 2, 1.0: 1}) == 0.5
    assert _median({1.0: 3, 0.0: 1}) == 1.0
