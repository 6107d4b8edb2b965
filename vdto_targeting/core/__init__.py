"""Computational core: numpy, pandas, shapely and rtree only. Nothing here imports Qt or QGIS."""
