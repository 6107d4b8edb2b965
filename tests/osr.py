"""Coordinate transformations for tests, on GDAL's OSR.

Not pyproj: Debian's pyproj inside a venv finds no PROJ data where no ``proj`` program is installed (Debian 13/sid
chroots), and not QGIS's own transform, which is what the tests check.
"""
import numpy as np


def transformer(source: int, target: int):
    """A pyproj-like ``transform(x, y)`` built on GDAL's OSR (not on QGIS's transform under test)."""
    from osgeo import osr

    def srs(code: int):
        ref = osr.SpatialReference()
        ref.ImportFromEPSG(code)
        ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return ref

    transformation = osr.CoordinateTransformation(srs(source), srs(target))

    def transform(x, y, z=None):
        xs, ys = np.atleast_1d(np.asarray(x, dtype=float)), np.atleast_1d(np.asarray(y, dtype=float))
        out = np.asarray(transformation.TransformPoints(np.column_stack([xs.ravel(), ys.ravel()])), dtype=float)
        if np.ndim(x) == 0:
            return float(out[0, 0]), float(out[0, 1])
        return out[:, 0].reshape(np.shape(x)), out[:, 1].reshape(np.shape(y))

    return transform
