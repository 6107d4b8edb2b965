"""The raster grid every surface is computed on: north-up, square pixels, row 0 is the north row (as in a GeoTIFF).

Kept free of GDAL so the core, the dock's live preview and the tests share one definition of "which cell is where".
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np


@dataclass(frozen=True)
class Grid:
    """A north-up grid: origin at the north-west corner ``(x_min, y_max)``, ``pixel`` metres (layer units) square.

    ``anchor_y`` is set only by :meth:`like_qgis`: QGIS's heatmap measures a point's vertical offset inside its row
    from the bottom of the radius-grown extent rather than from the row's own edge, so reproducing its Raw output
    cell for cell needs that value. ``None`` means a plain grid (the honest geometry).
    """

    x_min: float
    y_max: float
    pixel: float
    n_cols: int
    n_rows: int
    anchor_y: Optional[float] = None

    def __post_init__(self) -> None:
        if not (self.pixel > 0 and math.isfinite(self.pixel)):
            raise ValueError(f"pixel size must be a positive number, got {self.pixel!r}")
        if self.n_cols < 1 or self.n_rows < 1:
            raise ValueError(f"a grid needs at least one row and one column, got {self.n_rows}x{self.n_cols}")

    @property
    def x_max(self) -> float:
        return self.x_min + self.n_cols * self.pixel

    @property
    def y_min(self) -> float:
        return self.y_max - self.n_rows * self.pixel

    @property
    def shape(self) -> Tuple[int, int]:
        """(rows, cols), the numpy shape of a surface on this grid."""
        return (self.n_rows, self.n_cols)

    @property
    def n_cells(self) -> int:
        return self.n_rows * self.n_cols

    @property
    def cell_area(self) -> float:
        """Area of one cell in squared layer units (m² for a metric CRS)."""
        return self.pixel * self.pixel

    def cell_centres(self) -> Tuple[np.ndarray, np.ndarray]:
        """1-D arrays of column-centre x and row-centre y (y decreasing: row 0 is north)."""
        xs = self.x_min + (np.arange(self.n_cols) + 0.5) * self.pixel
        ys = self.y_max - (np.arange(self.n_rows) + 0.5) * self.pixel
        return xs, ys

    def nbytes(self, dtype=np.float32) -> int:
        """Bytes one array of this grid takes: what the memory guard multiplies."""
        return self.n_cells * np.dtype(dtype).itemsize

    def geotransform(self) -> Tuple[float, float, float, float, float, float]:
        """GDAL geotransform of this grid."""
        return (self.x_min, self.pixel, 0.0, self.y_max, 0.0, -self.pixel)

    def plain(self) -> "Grid":
        """The same cells without QGIS's row-offset quirk."""
        return Grid(self.x_min, self.y_max, self.pixel, self.n_cols, self.n_rows)

    @classmethod
    def covering(cls, x_min: float, y_min: float, x_max: float, y_max: float, pixel: float,
                 margin: float = 0.0) -> "Grid":
        """The smallest grid whose cells cover the box grown by ``margin`` (origin at the grown north-west corner)."""
        if not pixel > 0:
            raise ValueError(f"pixel size must be positive, got {pixel!r}")
        x0, y1 = x_min - margin, y_max + margin
        width, height = (x_max + margin) - x0, y1 - (y_min - margin)
        n_cols = max(int(math.ceil(width / pixel - 1e-9)), 1)
        n_rows = max(int(math.ceil(height / pixel - 1e-9)), 1)
        return cls(float(x0), float(y1), float(pixel), n_cols, n_rows)

    @classmethod
    def like_qgis(cls, x_min: float, y_min: float, x_max: float, y_max: float, pixel: float,
                  radius: float) -> "Grid":
        """QGIS heatmap's grid for a layer extent: extent grown by ``radius``, ceil(size / pixel) + 1 cells.

        Same origin, size and row anchoring as ``QgsKernelDensityEstimation::prepare`` so surfaces compare cell by cell.
        """
        if not pixel > 0:
            raise ValueError(f"pixel size must be positive, got {pixel!r}")
        bx0, by0, bx1, by1 = x_min - radius, y_min - radius, x_max + radius, y_max + radius
        n_rows = max(int(math.ceil((by1 - by0) / pixel)) + 1, 1)
        n_cols = max(int(math.ceil((bx1 - bx0) / pixel)) + 1, 1)
        return cls(float(bx0), float(by1), float(pixel), n_cols, n_rows, anchor_y=float(by0))

    def padded(self, cells: int) -> "Grid":
        """This grid grown by ``cells`` on every side (for points just outside that still reach inside)."""
        return Grid(self.x_min - cells * self.pixel, self.y_max + cells * self.pixel, self.pixel,
                    self.n_cols + 2 * cells, self.n_rows + 2 * cells)
