"""Transactional outputs (qgis_bridge/outputs.py): a finished run renames complete files into place; a failed or
cancelled run leaves neither the target nor a temporary file, and an earlier result is kept unchanged."""
from __future__ import annotations

import hashlib
import sqlite3
import subprocess  # nosec B404 - a helper process that holds a lock on our own file
import sys
from pathlib import Path

import pytest

CX, CY = 1_850_000.0, 1_450_000.0


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _munis(path: Path) -> str:
    """Nine 20 km squares (EPSG:6372) with a value field, enough for local statistics."""
    from osgeo import ogr, osr

    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6372)
    layer = dataset.CreateLayer("munis", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("cvegeo", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("v", ogr.OFTReal))
    for i in range(9):
        x, y = CX + 20000.0 * (i % 3), CY + 20000.0 * (i // 3)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x} {y},{x + 20000} {y},{x + 20000} {y + 20000},{x} {y + 20000},{x} {y}))"))
        feature.SetField("cvegeo", f"250{i + 10:02d}")
        feature.SetField("v", float(i * i % 7 + 1))
        layer.CreateFeature(feature)
        feature = None
    layer = dataset = None
    return f"{path}|layername=munis"


def _algorithm(name: str):
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().createAlgorithmById(f"vdto:{name}")


def _table_fields():
    from qgis.core import QgsField, QgsFields

    from vdto_targeting.qgis_compat import FIELD_TYPE_STRING

    fields = QgsFields()
    fields.append(QgsField("name", FIELD_TYPE_STRING))
    return fields


def _write_one(sink, fields) -> None:
    from qgis.core import QgsFeature

    feature = QgsFeature(fields)
    feature.setAttributes(["a"])
    sink.addFeature(feature)


def test_atomic_output_failure_leaves_nothing_and_keeps_the_old_file(tmp_path):
    from vdto_targeting.qgis_bridge.outputs import atomic_output

    target = tmp_path / "chart.png"
    target.write_bytes(b"earlier result")
    with pytest.raises(RuntimeError):
        with atomic_output(str(target)) as temporary:
            Path(temporary).write_bytes(b"half")
            raise RuntimeError("disk full")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]
    assert target.read_bytes() == b"earlier result"
    with atomic_output(str(target)) as temporary:
        Path(temporary).write_bytes(b"new result")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]
    assert target.read_bytes() == b"new result"


def test_sink_transaction_commits_under_the_target_name(vdto_provider, tmp_path):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    from vdto_targeting.qgis_bridge.outputs import OutputTransaction
    from vdto_targeting.qgis_compat import WKB_NOGEOMETRY

    target = tmp_path / "table.gpkg"
    fields = _table_fields()
    with OutputTransaction(_algorithm("importhomicides"), {"OUTPUT": str(target)}, QgsProcessingContext(),
                           QgsProcessingFeedback()) as outputs:
        sink, dest = outputs.sink("OUTPUT", fields, WKB_NOGEOMETRY)
        _write_one(sink, fields)
        del sink
        assert not target.exists()           # nothing at the target until the commit
        outputs.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["table.gpkg"]
    assert dest == f"{target}|layername=table"
    layer = QgsVectorLayer(dest, "t", "ogr")
    assert layer.isValid() and layer.featureCount() == 1


@pytest.mark.parametrize("how", ["cancelled", "failed"])
def test_sink_transaction_cancelled_or_failed_leaves_neither_target_nor_temporary(vdto_provider, tmp_path, how):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from vdto_targeting.qgis_bridge.outputs import OutputTransaction
    from vdto_targeting.qgis_compat import WKB_NOGEOMETRY

    feedback = QgsProcessingFeedback()
    fields = _table_fields()
    parameters = {"OUTPUT": str(tmp_path / "table.gpkg")}

    def write_then_stop() -> None:
        with OutputTransaction(_algorithm("importhomicides"), parameters, QgsProcessingContext(),
                               feedback) as outputs:
            sink, _ = outputs.sink("OUTPUT", fields, WKB_NOGEOMETRY)
            _write_one(sink, fields)
            del sink
            assert len(list(tmp_path.iterdir())) == 1     # the temporary file, beside the target
            if how == "failed":
                raise ValueError("a later step failed")
            feedback.cancel()
            assert outputs.commit() == {}                 # a cancel commits nothing

    if how == "failed":
        with pytest.raises(ValueError, match="a later step failed"):   # the failure reaches the caller
            write_then_stop()
    else:
        write_then_stop()
    assert list(tmp_path.iterdir()) == []


def test_memory_outputs_are_left_to_processing(vdto_provider, tmp_path):
    import processing

    csv = tmp_path / "h.csv"
    csv.write_text("cvegeo,year,month,homicides\n01001,2019,1,3\n")
    result = processing.run("vdto:importhomicides", {"INPUT": str(csv), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["OUTPUT"].featureCount() == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.csv"]


def test_cancelled_hotspots_keep_the_earlier_result_and_leave_no_temporary(vdto_provider, tmp_path):
    """Cancelled after both outputs were written (to temporary files): the earlier run's files stay as they were."""
    import processing
    from qgis.core import QgsProcessingFeedback

    munis = _munis(tmp_path / "munis.gpkg")
    out, regions = tmp_path / "out" / "hot.gpkg", tmp_path / "out" / "regions.gpkg"
    params = {"INPUT": munis, "FIELD": "v", "PERMUTATIONS": 99, "OUTPUT": str(out), "REGIONS": str(regions)}
    processing.run("vdto:hotspots", params)
    before = {p.name: _sha(p) for p in (tmp_path / "out").iterdir()}
    assert set(before) == {"hot.gpkg", "regions.gpkg"}

    class CancelWhenWriting(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802 - cancels once the statistics are done and the writing starts
            super().pushInfo(info)
            if "hot-spot municipalities" in info:
                self.cancel()

    feedback = CancelWhenWriting()
    result = processing.run("vdto:hotspots", params, feedback=feedback)
    assert feedback.isCanceled() and result == {}          # a cancel is not an error: it returns no outputs
    assert {p.name: _sha(p) for p in (tmp_path / "out").iterdir()} == before


LOCKER = r"""
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], timeout=0.1)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
connection.rollback()
"""


def test_locked_geopackage_is_refused_before_any_work(tmp_path):
    from qgis.core import QgsProcessingException

    from vdto_targeting.qgis_bridge.outputs import ensure_writable

    path = tmp_path / "other.gpkg"
    connection = sqlite3.connect(str(path))
    connection.execute("CREATE TABLE other_program (x)")
    connection.commit()
    connection.close()
    ensure_writable(str(path))        # not locked: accepted
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(path)],  # nosec B603
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert locker.stdout.readline().strip() == "locked"
        with pytest.raises(QgsProcessingException, match="locked by another program: close it there"):
            ensure_writable(str(path), "OUTPUT")
    finally:
        locker.stdin.close()
        locker.wait(timeout=10)
    with pytest.raises(QgsProcessingException, match="not a folder you can write to"):
        ensure_writable(str(path / "inside.gpkg"))
