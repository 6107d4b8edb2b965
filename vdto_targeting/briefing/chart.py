"""The concentration curve as an SVG drawn with QPainter (no plotting library needed on the analyst's laptop).

Why SVG: the layout embeds it as a picture that stays vector in the PDF, and the file is small and editable.
"""
from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QPainter, QPen
from qgis.PyQt.QtSvg import QSvgGenerator

from .styles import FONT_FAMILY
from .texts import text


def curve_points(zones: Sequence[Tuple[str, float, float]]) -> List[Tuple[float, float, str]]:
    """Cumulative (area share, violence share) with zones ordered by PAI, highest first, then the rest of the area.

    ``zones``: (name, area share 0–1, violence share 0–1). The curve ends at (1, 1): the study area as a whole.
    """
    ordered = sorted(zones, key=lambda z: (z[2] / z[1]) if z[1] > 0 else 0.0, reverse=True)
    points = [(0.0, 0.0, "")]
    x = y = 0.0
    for name, area, share in ordered:
        x, y = min(1.0, x + max(area, 0.0)), min(1.0, y + max(share, 0.0))
        points.append((x, y, name))
    points.append((1.0, 1.0, ""))
    return points


def clip_segment(x0: float, y0: float, x1: float, y1: float, x_max: float,
                 y_max: float) -> Optional[Tuple[float, float, float, float]]:
    """The part of a segment inside [0, x_max] × [0, y_max] (Liang–Barsky); None when it lies outside."""
    t0, t1 = 0.0, 1.0
    dx, dy = x1 - x0, y1 - y0
    for p, q in ((-dx, x0), (dx, x_max - x0), (-dy, y0), (dy, y_max - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy


def gini(points: Sequence[Tuple[float, float, str]]) -> float:
    """Gini coefficient of the curve: 2 × (area under the curve − ½), by the trapezoid rule."""
    area = sum((x1 - x0) * (y0 + y1) / 2.0 for (x0, y0, _), (x1, y1, _) in zip(points, points[1:]))
    return 2.0 * (area - 0.5)


def write_concentration_svg(path: str, zones: Sequence[Tuple[str, float, float]], language: str,
                            width: int = 600, height: int = 420) -> float:
    """Draw the curve (with the even-spread diagonal) to ``path``; returns the Gini coefficient drawn on it.

    Both axes run 0–100 % (the whole study area and all its violence), so the curve is read as printed; the key sits
    in a band above the plot, clear of every line. The layout prints the Gini coefficient with its definition as
    text beside the chart (searchable, and read back by the tests).
    """
    points = curve_points(zones)
    coefficient = gini(points)
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(text("curve", language))
    painter = QPainter()
    painter.begin(generator)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top, right, bottom = 70.0, 40.0, width - 20.0, height - 55.0
        plot_w, plot_h = right - left, bottom - top

        def to_px(x: float, y: float) -> QPointF:
            return QPointF(left + x * plot_w, bottom - y * plot_h)

        def segment(x0: float, y0: float, x1: float, y1: float) -> None:
            clipped = clip_segment(x0, y0, x1, y1, 1.0, 1.0)
            if clipped:
                painter.drawLine(to_px(*clipped[:2]), to_px(*clipped[2:]))

        font = QFont(FONT_FAMILY)
        font.setPixelSize(15)
        painter.setFont(font)
        # Key and definition above the plot (never over the data).
        red = QPen(QColor("#b2182b"), 3)
        dash = QPen(QColor("#888888"), 1.5)
        dash.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(red)
        painter.drawLine(QPointF(left, 14), QPointF(left + 30, 14))
        painter.setPen(QColor("#111111"))
        painter.drawText(QRectF(left + 36, 4, plot_w * 0.62 - 36, 20),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text("curve_zones", language))
        painter.setPen(dash)
        key_x = left + plot_w * 0.66
        painter.drawLine(QPointF(key_x, 14), QPointF(key_x + 30, 14))
        painter.setPen(QColor("#111111"))
        painter.drawText(QRectF(key_x + 36, 4, right - key_x - 36, 20),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text("curve_even", language))
        painter.setPen(QPen(QColor("#cccccc"), 1))
        for tick in range(0, 101, 20):
            painter.drawLine(to_px(tick / 100, 0), to_px(tick / 100, 1))
            painter.drawLine(to_px(0, tick / 100), to_px(1, tick / 100))
        painter.setPen(QPen(QColor("#333333"), 1.5))
        painter.drawRect(QRectF(left, top, plot_w, plot_h))
        for tick in range(0, 101, 20):
            p = to_px(tick / 100, 0)
            painter.drawText(QRectF(p.x() - 25, bottom + 4, 50, 20), int(Qt.AlignmentFlag.AlignHCenter), f"{tick}")
            p = to_px(0, tick / 100)
            painter.drawText(QRectF(left - 48, p.y() - 10, 42, 20),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{tick}")
        painter.drawText(QRectF(left, height - 28, plot_w, 24), int(Qt.AlignmentFlag.AlignHCenter),
                         text("curve_x", language))
        painter.save()
        painter.translate(16, bottom)
        painter.rotate(-90)
        painter.drawText(QRectF(0, 0, plot_h, 22), int(Qt.AlignmentFlag.AlignHCenter), text("curve_y", language))
        painter.restore()
        painter.setPen(dash)
        segment(0.0, 0.0, 1.0, 1.0)
        painter.setPen(red)
        for (x0, y0, _), (x1, y1, _) in zip(points, points[1:]):
            segment(x0, y0, x1, y1)
        painter.setBrush(QColor("#b2182b"))
        for x, y, _name in points[1:-1]:
            painter.drawEllipse(to_px(x, y), 4, 4)
    finally:
        painter.end()
    return coefficient
