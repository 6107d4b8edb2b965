"""The provider registers with real QGIS and every listed algorithm loads."""
from __future__ import annotations


def test_provider_lists_every_algorithm(vdto_provider):
    from qgis.core import QgsApplication

    from vdto_targeting.processing.provider import ALGORITHMS

    ids = sorted(a.id() for a in vdto_provider.algorithms())
    assert len(ids) == len(ALGORITHMS), ids
    for alg_id in ids:
        assert alg_id.startswith("vdto:")
        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        assert alg is not None and alg.shortHelpString(), alg_id


def test_layer_round_trips_through_geopackage(qgis_app, tmp_path):
    from qgis.core import (QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorFileWriter, QgsVectorLayer,
                           QgsCoordinateTransformContext)
    from vdto_targeting import qgis_compat as qc

    layer = QgsVectorLayer("Point?crs=EPSG:6372", "events", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("deaths", qc.FIELD_TYPE_INT), QgsField("cvegeo", qc.FIELD_TYPE_STRING)])
    layer.updateFields()
    for i, (x, y) in enumerate([(2_500_000, 1_000_000), (2_600_000, 1_100_000)]):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([i + 3, f"0{i + 1}001"])
        provider.addFeatures([feature])
    path = str(tmp_path / "events.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    back = QgsVectorLayer(path, "back", "ogr")
    assert back.isValid() and back.featureCount() == 2
    assert back.crs().authid() == "EPSG:6372"
    rows = sorted((f["cvegeo"], f["deaths"], f.geometry().asPoint().x()) for f in back.getFeatures())
    assert rows == [("01001", 3, 2_500_000.0), ("02001", 4, 2_600_000.0)]
