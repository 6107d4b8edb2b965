"""``vdto:violencesurface`` — the violence surface: kernel density of lethal events or municipal counts.

Parameter names mirror QGIS's heatmap so analysts recognise them, but distances are metres always, Density output is
in honest units (events per km², integrating to the total weight), polygons can be spread over their area, and a mask
puts back the mass that would fall in the sea. The heavy lifting is in ``core.kde`` (exact stamping or binning +
FFT); this module reads, checks, guards memory and writes.
"""
from __future__ import annotations

import datetime
import math
from dataclasses import dataclass
from typing import Any, Dict, Optional, Tuple

from qgis.core import (QgsCsException, QgsProcessingLayerPostProcessorInterface, QgsProcessingParameterEnum,
                       QgsProcessingParameterExtent, QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterString, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsWkbTypes)

from .. import qgis_compat as compat
from ..definitions import DEFAULT_SURFACE_RADIUS_M, KERNEL_NAMES, OUTPUT_DENSITY, Kernel, PolygonMode
from ..paths import style_path
from .base import VdtoAlgorithm
from .precision import PRECISION_HELP, PrecisionOptions, add_precision_outputs, add_precision_parameters

KEEP_POINTS = 2_000_000     # points kept in memory for the exact method; beyond, only the binned lattice is kept
READ_BATCH = 250_000
DATE_FIELD_GUESSES = ("date_start", "date", "fecha", "date_end", "event_date")


@dataclass(frozen=True)
class SurfaceSettings:
    """The numbers of one run, checked: radius and pixel in metres (radius 0: automatic), the kernel (``Kernel``)
    and its decay (Triangular only), what a cell holds (``SurfaceOutput``), how polygons enter (``PolygonMode``)."""

    radius: float
    pixel: float
    kernel: int
    decay: float
    output: int
    polygon_mode: int


class _SurfaceStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles the loaded surface (the instance must outlive the algorithm run, hence the module-level list)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802
        from ..qgis_bridge.rasters import style_surface

        if layer is not None and layer.isValid():
            layer.setName(self.name)
            style_surface(layer, str(style_path("surface.qml")))


_STYLERS: list = []


def parse_day(text: str, end: bool = False) -> Optional[datetime.date]:
    """A START/END bound under the plugin's date grammar (core.dates): '2010', '2010-06', '30/06/2010'…; an end
    bound stretches to the end of its year or month. ValueError(text) when it is not a date."""
    from ..core.dates import bound

    return bound(text, end)


def nice_pixel(value: float) -> float:
    """The next 1-2-2.5-5 × 10^k at or above ``value`` (a pixel size an analyst would type)."""
    exponent = math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        candidate = step * 10 ** exponent
        if candidate >= value:
            return candidate
    return 10 ** (exponent + 1)


def available_memory() -> int:
    """Bytes the system can still give (psutil when present, else /proc/meminfo)."""
    try:
        import psutil

        return int(psutil.virtual_memory().available)
    except ImportError:
        try:
            with open("/proc/meminfo", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("MemAvailable:"):
                        return int(line.split()[1]) * 1024
        except OSError:
            pass
    return 4 * 1024 ** 3


class ViolenceSurface(VdtoAlgorithm, PrecisionOptions):
    """Kernel density of events (points) or municipal counts (polygons), in metres and honest units."""

    NAME = "violencesurface"
    DISPLAY = "Violence surface (kernel density)"
    GROUP = "surface"
    HELP = ("Kernel density of lethal events, or of municipal counts, as a GeoTIFF. RADIUS and PIXEL_SIZE are metres "
            "(a geographic layer is projected to the project CRS when it is metric, else to EPSG:6372); RADIUS 0 "
            "picks it by Silverman's rule. Raw output is QGIS heatmap's Raw, cell for cell, on QGIS's grid; Density "
            "is events (weight) per km² and sums to the total weight. Polygons are placed at a point on their "
            "surface or spread over their area. A MASK (e.g. Mexico's outline) keeps every event's mass inside it "
            "and sets cells outside to nodata. START/END filter by DATE_FIELD. Dates follow one grammar: ISO "
            "2020-04-03, Mexican day-first 03/04/2020 (3 April, never 4 March), a month 2020-04 or 04/2020, a year "
            "2020; an event dated only to a month or year is in the period when all of that month or year is."
            + PRECISION_HELP + " Spread events use the same engine as polygon input spread over each polygon, so "
            "no state or municipal centroid becomes a hotspot; the counts are in the log, the PRECISION output and "
            "the GeoTIFF's metadata.\n\n"
            "Agreement with QGIS: with many events the surface is binned and convolved by FFT instead of stamped "
            "point by point; sub-pixel binning and exact stamping of the heaviest events keep it within 0.5 % of "
            "QGIS's peak for every radius (from half a pixel to the whole grid) and weights spanning four orders "
            "of magnitude. A radius under one pixel (down to half a pixel) is accepted, as QGIS accepts it: each "
            "event then lights only the few cells whose centre is within the radius. A geographic layer "
            "(EPSG:4326) is reprojected first and the grid is built on the reprojected events, so the surface lands "
            "on the same cells as QGIS's heatmap run on the layer reprojected to the working CRS.\n\n"
            "Cells no event reaches are 0, not nodata as in QGIS's heatmap: no lethal event within the radius "
            "means no violence there, a measured value that enters zone figures and averages, whereas nodata would "
            "read as 'unknown' and drop those cells; the style draws 0 transparent, so the map looks the same. "
            "Only cells outside a MASK are nodata. To compare with QGIS cell for cell, read its nodata as 0.")

    INPUT = "INPUT"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    RADIUS = "RADIUS"
    PIXEL_SIZE = "PIXEL_SIZE"
    KERNEL = "KERNEL"
    DECAY = "DECAY"
    OUTPUT_VALUE = "OUTPUT_VALUE"
    POLYGON_MODE = "POLYGON_MODE"
    MASK = "MASK"
    EXTENT = "EXTENT"
    DATE_FIELD = "DATE_FIELD"
    START = "START"
    END = "END"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Events (points) or municipalities with counts (polygons)"),
            [compat.SOURCE_ANY_GEOMETRY]))
        self.addParameter(QgsProcessingParameterField(
            self.WEIGHT_FIELD, self.tr("Weight field (deaths, victims, counts)"), None, self.INPUT,
            compat.FIELD_NUMERIC, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.RADIUS, self.tr("Radius in metres (0 = automatic)"), compat.NUMBER_DOUBLE, DEFAULT_SURFACE_RADIUS_M))
        self.addParameter(QgsProcessingParameterNumber(
            self.PIXEL_SIZE, self.tr("Pixel size in metres"), compat.NUMBER_DOUBLE, 1000.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.KERNEL, self.tr("Kernel shape"), [self.tr(name) for name in KERNEL_NAMES],
            defaultValue=Kernel.QUARTIC.value))
        decay = QgsProcessingParameterNumber(self.DECAY, self.tr("Decay ratio (Triangular kernel only)"),
                                             compat.NUMBER_DOUBLE, 0.0, True, -100.0, 100.0)
        decay.setFlags(decay.flags() | compat.PARAMETER_ADVANCED)
        self.addParameter(decay)
        self.addParameter(QgsProcessingParameterEnum(
            self.OUTPUT_VALUE, self.tr("Output values"),
            [self.tr("Raw (as QGIS's heatmap)"), self.tr("Density (events per km²)")], defaultValue=OUTPUT_DENSITY))
        self.addParameter(QgsProcessingParameterEnum(
            self.POLYGON_MODE, self.tr("Polygon input"),
            [self.tr("At a point on the surface"), self.tr("Spread uniformly over the polygon")],
            defaultValue=PolygonMode.SPREAD.value))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MASK, self.tr("Mask (edge correction; cells outside become nodata)"), [compat.SOURCE_POLYGON],
            optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.DATE_FIELD, self.tr("Date field (for the period)"), None, self.INPUT, compat.FIELD_ANY,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.START, self.tr("Period start (YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.END, self.tr("Period end (YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)"), optional=True))
        add_precision_parameters(self, self.INPUT)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Violence surface")))
        self.addOutput(QgsProcessingOutputNumber("RADIUS_USED", self.tr("Radius used (m)")))
        self.addOutput(QgsProcessingOutputString("CRS", self.tr("CRS of the surface")))
        self.addOutput(QgsProcessingOutputNumber("EVENTS", self.tr("Features used")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_WEIGHT", self.tr("Total weight")))
        self.addOutput(QgsProcessingOutputString("METHOD", self.tr("Method")))
        add_precision_outputs(self)

    # ------------------------------------------------------------------------------------------- checks
    def _source(self, parameters, context):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise self.fail("The input layer could not be read: choose a point layer of events or a polygon layer "
                            "of municipalities.")
        kind = QgsWkbTypes.geometryType(source.wkbType())
        if kind == compat.GEOMETRY_LINE:
            raise self.fail("The input layer has lines, but a violence surface needs points (events) or polygons "
                            "(municipalities with counts): convert the lines to points (e.g. with Centroids) or "
                            "choose another layer.")
        if kind not in (compat.GEOMETRY_POINT, compat.GEOMETRY_POLYGON):
            raise self.fail("The input layer has no geometries: choose a point layer of events or a polygon layer "
                            "of municipalities.")
        if not source.sourceCrs().isValid():
            raise self.fail("The input layer has no coordinate reference system, so distances in metres cannot be "
                            "measured: set the layer's CRS (Layer Properties › Source), e.g. EPSG:4326 for "
                            "longitude/latitude.")
        if source.featureCount() == 0:
            raise self.fail("The input layer is empty: choose a layer with events, or clear the filter or selection "
                            "that hides them.")
        return source, kind

    def _settings(self, parameters, context) -> SurfaceSettings:
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        pixel = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        if not math.isfinite(radius) or radius < 0:
            raise self.fail("The radius is {0} m, but it must be positive (or 0 for an automatic radius): "
                            "enter a distance in metres such as 20000.", radius)
        if not math.isfinite(pixel) or pixel <= 0:
            raise self.fail("The pixel size is {0} m, but it must be positive: enter a cell size in metres such as "
                            "1000.", pixel)
        kernel = self.parameterAsEnum(parameters, self.KERNEL, context)
        decay = self.parameterAsDouble(parameters, self.DECAY, context) if kernel == Kernel.TRIANGULAR else 0.0
        return SurfaceSettings(radius=radius, pixel=pixel, kernel=kernel, decay=decay,
                               output=self.parameterAsEnum(parameters, self.OUTPUT_VALUE, context),
                               polygon_mode=self.parameterAsEnum(parameters, self.POLYGON_MODE, context))

    def _period(self, parameters, context, source):
        from ..qgis_bridge.layers import PeriodFilter

        texts = [self.parameterAsString(parameters, name, context) for name in (self.START, self.END)]
        try:
            start = parse_day(texts[0])
            end = parse_day(texts[1], end=True)
        except ValueError as error:
            raise self.fail("The period date '{0}' is not a date: write it as YYYY, YYYY-MM, YYYY-MM-DD or "
                            "DD/MM/YYYY (e.g. 2010-06-30 or 30/06/2010).", str(error)) from None
        if start is None and end is None:
            return None
        if start is not None and end is not None and start > end:
            raise self.fail("The period starts ({0}) after it ends ({1}): swap START and END.", start, end)
        field = self.parameterAsString(parameters, self.DATE_FIELD, context)
        names = source.fields().names()
        if not field:
            field = next((name for name in names if name.lower() in DATE_FIELD_GUESSES), "")
            if not field:
                date_like = [f.name() for f in source.fields() if f.isDateOrTime()]
                field = date_like[0] if date_like else ""
        if not field or field not in names:
            raise self.fail("A period was given but the layer has no date field to filter on: choose the DATE_FIELD "
                            "that holds each event's date, or clear START and END.")
        return PeriodFilter(field, start, end)

    # ------------------------------------------------------------------------------------------- grid
    def _grid(self, parameters, context, source, target_crs, radius, pixel, spread_bounds=None):
        from ..core.grid import Grid
        from ..qgis_bridge.layers import reprojected_extent

        if self.parameterAsString(parameters, self.EXTENT, context):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, target_crs)
            if extent.isNull() or extent.isEmpty():
                raise self.fail("The extent is empty: draw or choose an extent with a width and a height, or leave "
                                "it blank to cover the layer.")
            if pixel >= max(extent.width(), extent.height()):
                raise self.fail("The pixel size ({0} m) is larger than the extent ({1:.0f} × {2:.0f} m): choose a "
                                "pixel size smaller than the extent, e.g. {3:g} m.", pixel, extent.width(),
                                extent.height(), nice_pixel(max(extent.width(), extent.height()) / 100.0))
            return Grid.covering(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(), pixel)
        extent = source.sourceExtent()
        if extent.isNull() or not all(math.isfinite(v) for v in (extent.xMinimum(), extent.xMaximum(),
                                                                 extent.yMinimum(), extent.yMaximum())):
            raise self.fail("The input layer has no valid geometries: every feature's geometry is empty or "
                            "missing; repair the layer (e.g. Fix geometries) or choose another one.")
        crs = source.sourceCrs()
        wrong = crs.isGeographic() and (extent.xMinimum() < -180.5 or extent.xMaximum() > 180.5
                                        or extent.yMinimum() < -90.5 or extent.yMaximum() > 90.5)
        try:
            extent = reprojected_extent(source, extent, target_crs, context.transformContext())
        except QgsCsException:
            wrong = True
        if wrong:
            raise self.fail("The layer's coordinates do not fit its CRS {0} (e.g. metres in a layer declared as "
                            "longitude/latitude), so they cannot be projected to {1}: set the layer's true CRS "
                            "(Layer Properties › Source) and run again.", crs.authid(), target_crs.authid())
        if spread_bounds is not None:   # events spread over a municipality or state reach beyond the points
            from qgis.core import QgsRectangle

            extent = QgsRectangle(extent)
            extent.combineExtentWith(QgsRectangle(*spread_bounds))
        width, height = extent.width() + 2 * radius, extent.height() + 2 * radius
        if pixel >= max(width, height):
            raise self.fail("The pixel size ({0} m) is larger than the extent of the events grown by the radius "
                            "({1:.0f} × {2:.0f} m): choose a smaller pixel size, e.g. {3:g} m.", pixel, width,
                            height, nice_pixel(max(width, height) / 100.0))
        return Grid.like_qgis(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(), pixel,
                              radius)

    def _memory_guard(self, grid, radius, n_points, has_mask, feedback) -> None:
        from ..core.kde import estimate_memory

        need = estimate_memory(grid, radius, n_points, "fft", has_mask)
        budget = available_memory() // 2
        feedback.pushInfo(self.tr("Grid {0} × {1} cells of {2:g} m; memory needed about {3:.0f} MB "
                                  "(budget {4:.0f} MB).").format(grid.n_cols, grid.n_rows, grid.pixel,
                                                                 need / 2 ** 20, budget / 2 ** 20))
        if need > budget:
            grid_part = max(need - n_points * 48, 1)
            room = max(budget - n_points * 48, budget * 0.1)
            suggestion = nice_pixel(grid.pixel * math.sqrt(grid_part / room) * 1.05)
            raise self.fail("The surface would need about {0:,.0f} MB of memory ({1:,} × {2:,} cells of {3:g} m) but "
                            "only {4:,.0f} MB can be used safely: choose a pixel size of {5:g} m or more, or a "
                            "smaller extent.", need / 2 ** 20, grid.n_cols, grid.n_rows, grid.pixel,
                            budget / 2 ** 20, suggestion)

    # ------------------------------------------------------------------------------------------- run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Read and check the inputs, choose the radius and the grid, accumulate the events, smooth, write."""
        source, kind = self._source(parameters, context)
        settings = self._settings(parameters, context)
        period = self._period(parameters, context, source)
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context) or None
        target_crs = self._target_crs(source, context, feedback)
        destination = self._destination(parameters, context)

        reader = _Reader(self, parameters, context, feedback, source, kind, target_crs, weight_field, period,
                         settings.polygon_mode)
        reader.read_precision()
        radius = self._radius(reader, settings, feedback)
        grid = self._grid(parameters, context, source, target_crs, radius, settings.pixel, reader.spread_bounds())
        if settings.radius != 0:
            self._check_radius(radius, settings.pixel, feedback)
        mask_source = self.parameterAsSource(parameters, self.MASK, context)
        self._memory_guard(grid, radius, min(max(source.featureCount(), 0), KEEP_POINTS), mask_source is not None,
                           feedback)

        stats, accumulator, kept = self._accumulate(reader, grid, radius, settings, weight_field, feedback)
        self._check_read(stats, reader, weight_field, period)
        self._report_reading(stats, weight_field, period, feedback)

        mask = None
        if mask_source is not None:
            mask = self._mask(mask_source, grid, target_crs, context, feedback)
        feedback.setProgress(50)
        method = self._method(stats, kept, radius, settings, feedback)
        # the binned lattice or the kept points go as soon as they are used: the two never sit in memory together
        holder = [accumulator, kept]
        del accumulator, kept
        surface, total = self._smooth(holder, method, grid, radius, settings, mask, feedback)
        if method != "exact":
            total = reader.total_weight
        self._write(surface, grid, target_crs, destination, settings.output, feedback, period, reader.metadata())
        self._report_integral(surface, grid, total, settings, feedback)
        self._name_output(source, parameters, context, period, destination)
        results = {self.OUTPUT: destination, "RADIUS_USED": radius, "CRS": target_crs.authid(),
                   "EVENTS": stats.features, "TOTAL_WEIGHT": total, "METHOD": method}
        results.update(reader.results(stats, total))
        return results

    # ------------------------------------------------------------------------------------------- run steps
    def _target_crs(self, source, context, feedback):
        """The metric CRS distances are measured in (the layer's own when metric, else the project's, else 6372)."""
        from ..qgis_bridge.crs import metric_crs

        project = context.project()
        target_crs, why = metric_crs(source.sourceCrs(), project.crs() if project is not None else None)
        feedback.pushInfo(self.tr("Distances in metres in {0}.").format(why))
        return target_crs

    def _destination(self, parameters, context) -> str:
        from ..qgis_bridge.rasters import is_geotiff_path

        destination = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if not is_geotiff_path(destination):
            raise self.fail("The output '{0}' is not a GeoTIFF: save the surface with a .tif extension.",
                            destination)
        self._check_writable(destination)
        return destination

    def _radius(self, reader, settings: SurfaceSettings, feedback) -> float:
        """The radius to smooth with: the one given, or the automatic one (RADIUS 0)."""
        radius, pixel = settings.radius, settings.pixel
        if radius == 0:
            radius, rule = reader.automatic_radius()
            feedback.pushInfo(self.tr("Automatic radius: {0:,.0f} m ({1}).").format(radius, rule))
            if radius < pixel:
                feedback.pushWarning(self.tr("The automatic radius ({0:,.0f} m) is smaller than a pixel ({1:g} m): "
                                             "choose a smaller PIXEL_SIZE for a smooth surface.").format(radius,
                                                                                                         pixel))
        return radius

    def _check_radius(self, radius: float, pixel: float, feedback) -> None:
        """A radius the analyst gave under half a pixel is refused, under one pixel warned about."""
        if radius < pixel / 2:
            raise self.fail("The radius ({0:g} m) is under half a pixel ({1:g} m), so most events would reach no cell "
                            "centre at all: RADIUS is in metres, not degrees — enter a radius of at least half a pixel "
                            "(e.g. 20000 m), or a smaller PIXEL_SIZE, or 0 for an automatic radius.", radius, pixel)
        if radius < pixel:
            # accepted as QGIS accepts it; the warning catches a radius typed in degrees instead of metres
            feedback.pushWarning(self.tr("The radius ({0:g} m) is smaller than one pixel ({1:g} m): each event lights "
                                         "only the cells whose centre is within {0:g} m. RADIUS is in metres, not "
                                         "degrees.").format(radius, pixel))

    def _accumulate(self, reader, grid, radius: float, settings: SurfaceSettings, weight_field, feedback):
        """Bin every batch of points into the accumulator; keep the points too while they are few enough for the
        exact method (``kept`` is None beyond ``KEEP_POINTS``)."""
        from ..core import kde
        from ..qgis_bridge.layers import ReadStats

        stats = ReadStats()
        accumulator = kde.SurfaceAccumulator(grid, radius, settings.output, settings.kernel)
        kept: Optional[list] = []
        kept_size = 0
        try:
            for x, y, w in reader.batches(grid, stats):
                if stats.negative_weight:
                    raise self.fail("The weight field '{0}' has {1} negative value(s) (e.g. {2:g}): weights are "
                                    "deaths or counts and cannot be negative; fix the data or filter those "
                                    "features out.", weight_field, stats.negative_weight, stats.first_negative)
                accumulator.add(x, y, w)
                if kept is not None:
                    kept.append((x, y, w))
                    kept_size += x.size
                    if kept_size > KEEP_POINTS:
                        kept = None
        except RuntimeError as error:   # GDAL/OGR reading or reprojection trouble, in the analyst's words
            raise self.fail("The input layer could not be read completely ({0}): save it as a GeoPackage of single "
                            "points (e.g. Multipart to singleparts) and run again.", error) from None
        if feedback.isCanceled():
            raise self.fail("The surface was cancelled before it was finished: run it again when ready.")
        return stats, accumulator, kept

    def _check_read(self, stats, reader, weight_field, period) -> None:
        """Refuse a read that leaves nothing to smooth, naming why."""
        if stats.features == 0:
            raise self.fail("No features are left after the period filter ({0} to {1}): widen START/END or check "
                            "DATE_FIELD.", period.start if period else "", period.end if period else "")
        if stats.points == 0 and reader.table is not None and reader.table.read > reader.table.null_geometry:
            raise self.fail("None of the {0:,} events can be mapped: they are known only to a region or the country, "
                            "or to a municipality or state while no municipalities layer was given; give "
                            "MUNICIPALITIES, or choose 'Spread over their state' in STATE_EVENTS.", reader.table.read)
        if stats.points == 0:
            raise self.fail("The input layer has no valid geometries: all {0} feature(s) have an empty or missing "
                            "geometry; repair the layer (e.g. Fix geometries) or choose another one.",
                            stats.features)
        if weight_field and stats.null_weight and stats.null_weight >= stats.features - stats.null_geometry:
            raise self.fail("Every weight in '{0}' is NULL (empty), so the surface would be zero everywhere: choose "
                            "the weight field that holds the deaths or counts, or leave WEIGHT_FIELD empty to count "
                            "each event once.", weight_field)

    def _method(self, stats, kept, radius: float, settings: SurfaceSettings, feedback) -> str:
        """Exact stamping while the points are few and kept, else binning + FFT (``kde.choose_method``)."""
        from ..core import kde

        method = kde.choose_method(stats.points, radius, settings.pixel, settings.kernel, settings.decay)
        if method == "exact" and kept is None:
            method = "fft"
        feedback.pushInfo(self.tr("Method: {0} ({1:,} points, radius {2:.1f} pixels).").format(
            method, stats.points, radius / settings.pixel))
        return method

    def _smooth(self, holder: list, method: str, grid, radius: float, settings: SurfaceSettings, mask, feedback):
        """The surface, by exact stamping of the kept points or by smoothing the binned lattice; ``holder`` is
        ``[accumulator, kept points]``, emptied as they are used. Returns (surface, total weight of the kept points,
        NaN for the lattice: the reader knows that total)."""
        import numpy as np

        from ..core import kde

        def report(fraction: float) -> bool:
            feedback.setProgress(50 + 45 * fraction)
            return not feedback.isCanceled()

        accumulator, kept = holder
        holder.clear()
        total = float("nan")
        try:
            if method == "exact":
                xs = np.concatenate([b[0] for b in kept])
                ys = np.concatenate([b[1] for b in kept])
                ws = np.concatenate([b[2] for b in kept])
                del accumulator
                surface = kde.density_grid(xs, ys, ws, grid, radius, settings.kernel, settings.decay,
                                           settings.output, mask, "exact", report)
                total = float(np.nansum(ws))
            else:
                kept = None
                surface = accumulator.smooth(settings.kernel, settings.decay, mask, report)
                del accumulator
        except kde.Cancelled:
            raise self.fail("The surface was cancelled before it was finished: run it again when ready.") from None
        return surface, total

    def _report_integral(self, surface, grid, total: float, settings: SurfaceSettings, feedback) -> None:
        import numpy as np

        if settings.output == OUTPUT_DENSITY:
            integral = float(np.nansum(surface, dtype=np.float64)) * grid.cell_area / 1e6
            feedback.pushInfo(self.tr("The surface integrates to {0:,.2f} of a total weight of {1:,.2f} "
                                      "(the rest fell outside the grid or the mask).").format(integral, total))

    def _name_output(self, source, parameters, context, period, destination: str) -> None:
        """The loaded layer's name and its styler (the packaged style, applied after loading)."""
        name = self._layer_name(source, parameters, context, period)
        if context.willLoadLayerOnCompletion(destination):
            details = context.layerToLoadOnCompletionDetails(destination)
            details.name = name
            styler = _SurfaceStyler(name)
            _STYLERS.append(styler)
            del _STYLERS[:-8]
            details.setPostProcessor(styler)

    # ------------------------------------------------------------------------------------------- helpers
    def _report_reading(self, stats, weight_field, period, feedback) -> None:
        feedback.pushInfo(self.tr("{0:,} features read ({1}).").format(
            stats.features, self.tr("fast GDAL batch reading") if stats.fast_path else self.tr("QGIS reader")))
        if stats.null_geometry:
            feedback.pushWarning(self.tr("{0:,} feature(s) without a geometry were skipped.").format(
                stats.null_geometry))
        if stats.null_weight:
            feedback.pushWarning(self.tr("{0:,} feature(s) have no value in '{1}'; they count as 0.").format(
                stats.null_weight, weight_field))
        if period is not None:
            feedback.pushInfo(self.tr("Period {0} – {1} on '{2}': {3:,} outside, {4:,} without a date.").format(
                period.start or "…", period.end or "…", period.field_name, stats.outside_period,
                stats.null_date))

    def _mask(self, mask_source, grid, target_crs, context, feedback):
        from ..qgis_bridge.layers import read_weighted_polygons
        from ..qgis_bridge.rasters import rasterize_mask

        if not mask_source.sourceCrs().isValid():
            raise self.fail("The mask layer has no coordinate reference system: set its CRS (Layer Properties › "
                            "Source) or choose another mask.")
        try:
            wkbs, _ = read_weighted_polygons(mask_source, target_crs, transform_context=context.transformContext(),
                                             is_canceled=feedback.isCanceled)
        except RuntimeError as error:   # a point or line among the mask polygons
            raise self.fail("The mask layer holds {0}: a mask must be polygons only; delete the other features or "
                            "choose another mask.", str(error)) from None
        mask = rasterize_mask(wkbs, grid) if wkbs else None
        if mask is None or not mask.any():
            raise self.fail("The mask does not cover any cell of the surface: choose a mask polygon that overlaps "
                            "the events (e.g. Mexico's outline), or leave MASK empty.")
        feedback.pushInfo(self.tr("Mask: {0:,} of {1:,} cells inside; each event's kernel is renormalised to "
                                  "them.").format(int(mask.sum()), mask.size))
        return mask

    def _check_writable(self, destination: str) -> None:
        """Refuse an output that cannot be created before any reading or computing (outputs.ensure_writable)."""
        from qgis.core import QgsProcessingException

        from ..qgis_bridge.outputs import ensure_writable

        try:
            ensure_writable(destination, self.OUTPUT)
        except QgsProcessingException as error:
            raise self.fail("The surface could not be written to '{0}' ({1}): choose a folder you can write to "
                            "and check the disk has space.", destination, str(error).rstrip(".")) from None

    def _mixed(self, error):
        return self.fail("The input layer mixes geometry types ({0}): a violence surface is computed from points "
                         "(events) or from polygons (municipalities), not both; keep one kind (e.g. Extract by "
                         "expression on geometry type) or choose another layer.", str(error))

    def _write(self, surface, grid, target_crs, destination, output, feedback, period=None, metadata=None) -> None:
        from ..definitions import PERIOD_END_METADATA, PERIOD_START_METADATA
        from ..qgis_bridge.rasters import RasterWriteError, write_geotiff

        feedback.setProgress(95)
        description = self.tr("events per km²") if output == OUTPUT_DENSITY else self.tr("raw kernel sum")
        # The period the surface covers, read by the briefing (which refuses outputs of different periods).
        metadata = dict(metadata or {})   # how events were handled (precision), and the period
        metadata.update({PERIOD_START_METADATA: period.start.isoformat() if period and period.start else "",
                         PERIOD_END_METADATA: period.end.isoformat() if period and period.end else ""})
        try:
            write_geotiff(destination, surface, grid, target_crs.toWkt(), description=description, metadata=metadata)
        except (RasterWriteError, OSError) as error:   # refusals (folder, lock) arrive as RasterWriteError
            raise self.fail("The surface could not be written to '{0}' ({1}): choose a folder you can write to "
                            "and check the disk has space.", destination, error) from None
        feedback.setProgress(100)

    def _layer_name(self, source, parameters, context, period) -> str:
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        base = layer.name() if layer is not None else source.sourceName()
        name = self.tr("{0} — violence surface").format(base)
        if period is not None:
            name += " {0} – {1}".format(period.start or "…", period.end or "…")
        return name


class _Reader:
    """Reads the input as batches of weighted points in the metric CRS (points, or polygons turned to points)."""

    def __init__(self, algorithm, parameters, context, feedback, source, kind, target_crs, weight_field, period,
                 mode) -> None:
        self.algorithm = algorithm
        self.parameters = parameters
        self.context = context
        self.feedback = feedback
        self.source = source
        self.kind = kind
        self.target_crs = target_crs
        self.weight_field = weight_field
        self.period = period
        self.mode = mode
        self.total_weight = 0.0
        self._polygons = None
        self.table = None          # qgis_bridge.events.EventTable when the events carry a precision field
        self._spread = None

    # -- location precision ------------------------------------------------------------------------------
    def read_precision(self) -> None:
        """Events with a precision field are read by the events reader; spread ones go over their polygon."""
        from ..core.precision import detect_precision_field
        from .precision import precision_query, read_precise_events

        if self.kind != compat.GEOMETRY_POINT:
            return
        alg, parameters, context = self.algorithm, self.parameters, self.context
        chosen = alg.parameterAsString(parameters, alg.PRECISION_FIELD, context) or ""
        try:
            found, _ = detect_precision_field(self.source.fields().names(), chosen)
        except KeyError:
            raise alg.fail("The events layer has no field '{0}': choose its location-precision field in "
                           "PRECISION_FIELD, or leave it empty.", chosen) from None
        if found is None:
            self.feedback.pushInfo(alg.tr(
                "The events layer has no location-precision field (where_prec, geo_precision): every event is "
                "taken as a precise point."))
            return
        period = self.period
        query = precision_query(alg, parameters, context, deaths_field=self.weight_field or "",
                                date_field=period.field_name if period else "",
                                start=period.start if period else None, end=period.end if period else None)
        self.table = read_precise_events(alg, parameters, context, self.feedback, self.source, self.target_crs,
                                         query, input_name=alg.INPUT)
        self._spread = self.table.spread()

    def spread_bounds(self):
        """Bounds of the polygons spread events cover (the grid must reach them), or None."""
        if not self._spread or not self._spread.geoms:
            return None
        boxes = [g.bounds for g in self._spread.geoms if g is not None and not g.is_empty]
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                max(b[3] for b in boxes))

    def results(self, stats, total: float) -> dict:
        """PRECISION (the sentence) and PREC_<class>_EVENTS/DEATHS; a layer without precision: all points."""
        import numpy as np

        from ..core.precision import PrecisionCounts
        from ..definitions import PRECISION_POINT
        from .precision import precision_results

        if self.table is not None:
            return precision_results(self.table)
        if self.kind != compat.GEOMETRY_POINT:
            return {}
        n = max(int(stats.features) - int(stats.null_geometry), 0)
        counts = PrecisionCounts.of(np.full(n, PRECISION_POINT), np.full(n, total / n if n else 0.0))
        results = {"PRECISION": counts.text()}
        results.update({key.upper(): value for key, value in counts.as_attributes().items()})
        return results

    def metadata(self) -> Optional[dict]:
        from .precision import precision_metadata

        return precision_metadata(self.table) if self.table is not None else None

    def _table_batches(self, grid, stats):
        """Points as they are; spread events over their municipality or state (``core.kde.polygon_points``)."""
        from ..core.kde import polygon_points

        table = self.table
        stats.features = int(table.read)
        stats.outside_period, stats.null_date = int(table.outside_period), int(table.null_date)
        stats.null_geometry, stats.null_weight = int(table.null_geometry), int(table.null_weight)
        stats.negative_weight, stats.first_negative = int(table.negative_weight), table.first_negative
        stats.points = 0
        x, y, w = table.points()
        for start in range(0, x.size, READ_BATCH):
            part = slice(start, start + READ_BATCH)
            stats.points += x[part].size
            yield x[part], y[part], w[part]
        spread = self._spread
        if spread is not None and spread.geoms:
            for px, py, pw in polygon_points(spread.geoms, spread.weights, grid, spread=True):
                stats.points += px.size
                yield px, py, pw

    def _point_batches(self, stats):
        from ..qgis_bridge.layers import MixedGeometryError, iter_point_batches

        layer = self.algorithm.parameterAsVectorLayer(self.parameters, self.algorithm.INPUT, self.context)
        definition = self.parameters.get(self.algorithm.INPUT)
        count = max(self.source.featureCount(), 1)
        try:
            for x, y, w in iter_point_batches(self.source, self.target_crs, self.weight_field, self.period, stats,
                                              layer=layer, definition=definition, batch_size=READ_BATCH,
                                              transform_context=self.context.transformContext(),
                                              is_canceled=self.feedback.isCanceled):
                self.feedback.setProgress(min(50.0 * stats.features / count, 50.0))
                if self.feedback.isCanceled():
                    return
                yield x, y, w
        except MixedGeometryError as error:
            raise self.algorithm._mixed(error) from None

    def _polygon_geometries(self, stats):
        from shapely import wkb as shapely_wkb

        from ..qgis_bridge.layers import MixedGeometryError, read_weighted_polygons

        if self._polygons is None:
            try:
                wkbs, weights = read_weighted_polygons(self.source, self.target_crs, self.weight_field, self.period,
                                                       stats, self.context.transformContext(),
                                                       self.feedback.isCanceled)
            except MixedGeometryError as error:
                raise self.algorithm._mixed(error) from None
            self._polygons = ([shapely_wkb.loads(item) for item in wkbs], weights, stats)
        return self._polygons

    def batches(self, grid, stats):
        """Every point batch; polygons are spread over ``grid`` (PolygonMode.SPREAD) or placed on their surface
        (PolygonMode.POINT)."""
        from ..core.kde import polygon_points

        self.total_weight = 0.0
        if self.table is not None:
            for x, y, w in self._table_batches(grid, stats):
                self.total_weight += float(w.sum())
                yield x, y, w
            return
        if self.kind == compat.GEOMETRY_POINT:
            for x, y, w in self._point_batches(stats):
                self.total_weight += float(w.sum())
                yield x, y, w
            return
        geometries, weights, first_stats = self._polygon_geometries(stats)
        if first_stats is not stats:
            for name in ("features", "null_geometry", "null_weight", "negative_weight", "first_negative",
                         "outside_period", "null_date"):
                setattr(stats, name, getattr(first_stats, name))
        stats.points = 0
        for x, y, w in polygon_points(geometries, weights, grid, spread=self.mode == PolygonMode.SPREAD):
            stats.points += x.size
            self.total_weight += float(w.sum())
            yield x, y, w

    def automatic_radius(self) -> Tuple[float, str]:
        """Silverman's rule on the (filtered) events; polygons use their points on surface."""
        import numpy as np

        from ..core.kde import automatic_bandwidth, polygon_points
        from ..qgis_bridge.layers import ReadStats

        stats = ReadStats()
        if self.table is not None:
            batches = [self.table.points()]
            if self._spread is not None and self._spread.geoms:
                batches += list(polygon_points(self._spread.geoms, self._spread.weights, None, spread=False))
        elif self.kind == compat.GEOMETRY_POINT:
            batches = list(self._point_batches(stats))
        else:
            geometries, weights, _ = self._polygon_geometries(stats)
            batches = list(polygon_points(geometries, weights, None, spread=False))
        if not batches:
            raise self.algorithm.fail("No events to choose an automatic radius from: check the layer, its filter "
                                      "and the period, or give RADIUS in metres.")
        x = np.concatenate([b[0] for b in batches])
        y = np.concatenate([b[1] for b in batches])
        w = np.concatenate([b[2] for b in batches])
        try:
            return automatic_bandwidth(x, y, w)
        except ValueError:
            raise self.algorithm.fail("An automatic radius needs at least two events at different places with "
                                      "positive weight: give RADIUS in metres (e.g. 20000).") from None
