"""Rates and Empirical Bayes: hand computation (pandas) and, on the real data, PySAL esda.smoothing."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from vdto_targeting.core import rates
from vdto_targeting.core.weights import from_pairs


def _hand_global_eb(events, base):
    frame = pd.DataFrame({"o": events, "p": base})
    theta = frame.o.sum() / frame.p.sum()
    r = frame.o / frame.p
    s2 = (frame.p * (r - theta) ** 2).sum() / frame.p.sum()
    alpha = max(s2 - theta / frame.p.mean(), 0.0)
    w = alpha / (alpha + theta / frame.p)
    return ((w * r + (1 - w) * theta) * 1e5).to_numpy()


def test_raw_rate_and_zero_base():
    out = rates.raw_rate([1, 2, 3], [1000, 0, np.nan])
    assert out[0] == pytest.approx(100.0) and np.isnan(out[1]) and np.isnan(out[2])


def test_global_eb_matches_hand_computation():
    rng = np.random.default_rng(4)
    base = rng.integers(500, 200_000, 200).astype(float)
    events = rng.poisson(base * 3e-4).astype(float)
    np.testing.assert_allclose(rates.global_eb(events, base), _hand_global_eb(events, base), rtol=1e-12)


def test_global_eb_shrinks_small_units_more():
    base = np.array([1000.0, 1_000_000.0, 50_000.0, 80_000.0])
    events = np.array([5.0, 500.0, 10.0, 30.0])
    raw, eb = rates.raw_rate(events, base), rates.global_eb(events, base)
    theta = events.sum() / base.sum() * 1e5
    assert abs(eb[0] - theta) < abs(raw[0] - theta)
    assert eb[1] == pytest.approx(raw[1], rel=0.05)


def test_spatial_eb_hand_chain():
    # a chain 0-1-2-3; unit 3 has no valid base and must not enter its neighbours' prior
    w = from_pairs(4, np.array([0, 1, 1, 2, 2, 3]), np.array([1, 0, 2, 1, 3, 2]))
    events, base = np.array([2.0, 10.0, 1.0, 4.0]), np.array([1000.0, 20000.0, 500.0, 0.0])
    out = rates.spatial_eb(events, base, w)
    # hand: unit 0, neighbourhood {0, 1}
    o, p = events[[0, 1]], base[[0, 1]]
    theta = o.sum() / p.sum()
    a = (p * (o / p - theta) ** 2).sum() / p.sum() - theta / (p.sum() / 2)
    a = max(a, 0.0)
    expected = theta + (events[0] / base[0] - theta) * a / (a + theta / base[0])
    assert out[0] == pytest.approx(expected * 1e5)
    assert np.isnan(out[3])
