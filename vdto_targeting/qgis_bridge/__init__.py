"""Bridge between QGIS objects and the core: layers ⇄ numpy/pandas/shapely, rasters, CRS choice, GeoPackage writes.

Processing algorithms call this; the core never sees a QGIS object.
"""
