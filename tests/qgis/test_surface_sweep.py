"""Issue 13 §3: the surface within 0.5 % of QGIS's heatmap for every radius and weight (a sweep, in process)."""
from __future__ import annotations

from tests.reference.heatmap_sweep import sweep


def test_sweep_within_half_percent_of_qgis(vdto_provider, tmp_path):
    rows = sweep(tmp_path)
    worst = max(rows, key=lambda row: row[-1])
    print("worst error of the sweep: kernel {0}, radius {1:g} px, W {2:g}, {3} events, {4}: {5:.4f} %".format(*worst))
    assert len(rows) == 10 * 2 * 3
    assert any(row[4] == "fft" for row in rows) and any(row[4] == "exact" for row in rows)
    assert [row for row in rows if row[-1] > 0.5] == []
    # the case: 42,000 uniform events plus one of weight 500 is the W 500 row at 12 px
    assert {row[4] for row in rows if row[1] == 12.0} == {"fft"}
