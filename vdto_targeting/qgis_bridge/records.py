"""Plain records (dicts with an optional shapely ``geometry``) written as one GeoPackage layer through OGR: the
demo scenario, the hubs and the proposed zones of the briefing workflow, the benchmarks' fixtures."""
from __future__ import annotations

import os
from typing import List


def write_records(path: str, name: str, records: List[dict], geometry_type: str, description: str) -> None:
    """Write plain records (dict with an optional shapely ``geometry``) as one GeoPackage layer through OGR."""
    from osgeo import ogr, osr

    driver = ogr.GetDriverByName("GPKG")
    dataset = ogr.Open(path, 1) if os.path.exists(path) else driver.CreateDataSource(path)
    if dataset is None:
        raise OSError(f"cannot create {path}")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geom_type = {"Point": ogr.wkbPoint, "MultiPolygon": ogr.wkbMultiPolygon, "None": ogr.wkbNone}[geometry_type]
    layer = dataset.CreateLayer(name, srs if geom_type != ogr.wkbNone else None, geom_type,
                                options=["GEOMETRY_NAME=geom", f"DESCRIPTION={description}"])
    columns = [key for key in records[0] if key != "geometry"]
    for key in columns:
        value = records[0][key]
        kind = ogr.OFTInteger64 if isinstance(value, int) else ogr.OFTReal if isinstance(value, float) \
            else ogr.OFTString
        layer.CreateField(ogr.FieldDefn(key, kind))
    dataset.StartTransaction()
    definition = layer.GetLayerDefn()
    for record in records:
        feature = ogr.Feature(definition)
        for key in columns:
            feature.SetField(key, record[key])
        if "geometry" in record and geom_type != ogr.wkbNone:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(record["geometry"].wkb))
        layer.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None
