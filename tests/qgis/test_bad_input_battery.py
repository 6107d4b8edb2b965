"""Bad-input battery: every importer and algorithm refuses what analysts are really sent, clearly.

Each case below runs one algorithm through ``processing.run`` on a small synthetic input written in ``tmp_path`` and
asserts: a ``QgsProcessingException`` whose sentence names the problem and the fix (key words), no Python traceback
text in it, no output file left behind (the output folder stays empty), and the input files unchanged (sha256 of
every input file, and no new file beside them — no journal, -wal or partial copy).

Already covered elsewhere (distinct bad inputs, counted as (algorithm, input) pairs; not repeated here):

- test_surface_bad_input.py (17): empty layer, no valid geometries, negative radius, zero pixel, negative pixel,
  pixel larger than the extent, lines instead of points, unknown CRS, metres declared as degrees, negative weight,
  malformed period date, period backwards, nothing in the period, not a GeoTIFF, absurd grid (memory), mask
  missing the events, unwritable output (parent is a file).
- test_importers.py (6): duplicate municipal codes (01001/1001), zero population, non-numeric population,
  duplicate homicide rows, month 0, truncated homicide CSV.
- test_indicators.py (10): negative count, non-numeric count, duplicated municipality-month, truncated CSV,
  period not covered, duplicate codes in layer, malformed code in layer, no homicide table, start after end,
  zero population.
- test_hotspots.py (11): NULL values leaving too few, negative values, all equal, too few features, empty layer,
  all NULL, all zero, K too large, distance too small, emerging without yearly fields, no CRS for distance weights.
- test_briefing.py (4): demo output not a GeoPackage, PDF name, PNG name, unknown deaths field.
- test_fieldpack.py (2): output not a GeoPackage, no layers.
- test_vdtos.py (3): no actor fields, date not YYYY-MM-DD, malformed alias table.
- test_territories.py (1): organisation with fewer than MIN_EVENTS events.
- test_corridors.py (2): port outside the border zone, assignment naming unknown port codes.
- test_targetpackage.py (1): ranking table without organisation/rank/deaths fields.
- test_zone_evaluation.py (3): zone without start_date, unknown zone id, chart not .png/.svg.
- test_zone_statistics.py (5): no zones, zone outside the study area, zone collapsed to a line, empty events,
  zones without CRS.
- test_zones_layer.py (6): zone collapsed to a line, zone outside Mexico, unknown status, end before start,
  corridor line without buffer, zones GeoPackage locked by another connection (same process).
- test_cycle.py (11): designatetarget: announcement before the designation, neither organisation nor region;
  announcementeffect: announcement after the data, before the data, organisation with no events, date not a date;
  displacement: announcement outside the data, the only zone with no events before, no zone with events before,
  catchment leaving no control area, unknown zone id.
- test_cycle_briefing.py (1): targets table with no designated or announced target.

That is 83 before this module. ``CASES`` below adds 79, of which six repeat an input above ("hotspots: field all
NULL", and five of the cycle's — announcement date outside the data for announcementeffect and displacement,
organisation with no events, zone with no events before, catchment leaving no control — kept here for their
checksum checks): 83 + 73 = 156 distinct bad inputs. Cases marked ``xfail`` (non-strict)
belong to areas still being written; each reason says what is wrong.

"municipalities: only feature is POLYGON EMPTY" used to kill the Python process when run after the other importer
cases (SIGSEGV inside source.getFeatures(), where Processing's Python invalid-geometry callback raised): the
importer now reads with QGIS's validity check skipped and checks emptiness and validity itself.

Outputs are transactional (``qgis_bridge/outputs.py``): every output is written to a temporary sibling and renamed
into place at the end, so "no output left" also means no temporary file left (checked by the digests below).
"""
from __future__ import annotations

import gzip
import hashlib
import subprocess  # nosec B404 - a helper process that holds a lock on our own file
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List, Optional

import pytest

ALREADY_COVERED = 83
# An output that cannot be created: the wordings differ by algorithm; any of these names the problem.
UNWRITABLE = [("could not be written", "cannot be written", "could not create", "could not be exported")]
CX, CY = 1_850_000.0, 1_450_000.0          # EPSG:6372, Sinaloa (inside Mexico)
LON, LAT = -108.47, 24.96                  # the same place in degrees (Guasave, Sinaloa)


# ----------------------------------------------------------------------------------------------- inputs
class Files:
    """Input folder (hashed before/after), output folder (must stay empty), and a file used as a "folder"."""

    def __init__(self, root: Path):
        self.inp, self.out = root / "in", root / "out"
        self.inp.mkdir()
        self.out.mkdir()
        self.blocker = self.inp / "not_a_folder"
        self.blocker.write_text("a file where a folder should be")

    def o(self, name: str) -> str:
        return str(self.out / name)

    def under_file(self, name: str) -> str:
        """An output path whose parent is a regular file: cannot be created, even by root."""
        return str(self.blocker / name)

    def csv(self, name: str, data) -> str:
        path = self.inp / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return str(path)

    def gpkg(self, name: str, rows: list, geometry: str = "Point", epsg: Optional[int] = 4326,
             fields: tuple = (), layer: str = "data") -> str:
        """A GeoPackage written with OGR: rows are (wkt or None, {field: value})."""
        from osgeo import ogr, osr

        path = self.inp / name
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        srs = None
        if epsg:
            srs = osr.SpatialReference()
            srs.ImportFromEPSG(epsg)
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        kinds = {"Point": ogr.wkbPoint, "Polygon": ogr.wkbPolygon, "MultiPolygon": ogr.wkbMultiPolygon,
                 "Geometry": ogr.wkbUnknown, "None": ogr.wkbNone}
        out = dataset.CreateLayer(layer, srs, kinds[geometry])
        types = {"str": ogr.OFTString, "int": ogr.OFTInteger, "real": ogr.OFTReal}
        for field_name, kind in fields:
            out.CreateField(ogr.FieldDefn(field_name, types[kind]))
        for wkt, values in rows:
            feature = ogr.Feature(out.GetLayerDefn())
            if wkt is not None:
                feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            for key, value in values.items():
                if value is None:
                    feature.SetFieldNull(key)
                else:
                    feature.SetField(key, value)
            out.CreateFeature(feature)
            feature = None
        out = None
        dataset = None
        return f"{path}|layername={layer}"


EVENT_FIELDS = (("side_a", "str"), ("side_b", "str"), ("best", "int"), ("date_start", "str"))
ORGS = ["Sinaloa Cartel", "Jalisco Cartel New Generation"]


def event_rows(n: int = 24, deaths=3, date: str = "2021-05-01", metres: bool = False, actors=None, wkt=None):
    rows = []
    for i in range(n):
        if metres:
            x, y = CX + 800.0 * (i % 6), CY + 900.0 * (i // 6)
        else:
            x, y = LON + 0.01 * (i % 6), LAT + 0.01 * (i // 6)
        value = deaths(i) if callable(deaths) else deaths
        side_a = ORGS[i % 2] if actors is None else (None if actors == "NULL" else actors)
        rows.append((wkt if wkt is not None else f"POINT({x} {y})",
                     {"side_a": side_a, "side_b": "Civilians" if actors is None else side_a, "best": value,
                      "date_start": date(i) if callable(date) else date}))
    return rows


def events(f: Files, name: str = "events.gpkg", epsg: Optional[int] = 4326, fields=EVENT_FIELDS, **kwargs) -> str:
    return f.gpkg(name, event_rows(metres=epsg == 6372 or kwargs.pop("metres", False), **kwargs), "Point", epsg,
                  fields)


def square(x: float, y: float, half: float) -> str:
    return f"POLYGON(({x - half} {y - half},{x + half} {y - half},{x + half} {y + half},{x - half} {y + half}," \
           f"{x - half} {y - half}))"


def munis(f: Files, name: str = "munis.gpkg", codes=("25006", "25012", "25001", "25002"), values=None,
          epsg: Optional[int] = 6372, extra_rows=(), geometry: str = "Polygon") -> str:
    rows = []
    for i, code in enumerate(codes):
        values_i = {"cvegeo": code, "nom_mun": f"M{i}", "pob": 10000 + i,
                    "v": (values[i] if values is not None else float(i + 1))}
        rows.append((square(CX + 20000.0 * (i % 2), CY + 20000.0 * (i // 2), 10000.0), values_i))
    rows += list(extra_rows)
    return f.gpkg(name, rows, geometry, epsg, (("cvegeo", "str"), ("nom_mun", "str"), ("pob", "int"),
                                               ("v", "real")))


def zones_file(f: Files, name: str = "zones.gpkg", start: str = "") -> str:
    """A real zones GeoPackage (vdto:createzoneslayer + vdto:bufferzone) holding one 10 km circle."""
    import processing

    path = str(f.inp / name)
    processing.run("vdto:createzoneslayer", {"OUTPUT": path})
    processing.run("vdto:bufferzone", {"ZONES_FILE": path, "POINT": f"{LON},{LAT} [EPSG:4326]", "RADIUS_KM": 10,
                                       "NAME": "Culiacán"})
    if start:
        from osgeo import gdal

        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        layer = dataset.GetLayerByName("zones")
        for feature in layer:
            feature.SetField("start_date", start)
            feature.SetField("status", "active")
            layer.SetFeature(feature)
        feature = layer = dataset = None
    return path


def territories(f: Files) -> str:
    """A territories layer as vdto:territories writes it (organisation, rank), near the Sonora border."""
    return f.gpkg("terr.gpkg", [(square(1_250_000.0, 1_900_000.0, 30_000.0), {"organisation": "Sinaloa Cartel",
                                                                              "rank": 1})],
                  "Polygon", 6372, (("organisation", "str"), ("rank", "int")), "territories")


def ports(f: Files, epsg: Optional[int] = 4326) -> str:
    return f.gpkg("ports.gpkg", [("POINT(-110.94 31.33)", {"port_code": "2604", "port_name": "Nogales"})], "Point",
                  epsg, (("port_code", "str"), ("port_name", "str")), "ports")


def monthly(i: int) -> str:
    """Event dates spread over 2020-2021 (two per month), either side of a 2021-01-01 zone start."""
    return f"{2020 + (i // 12) % 2}-{i % 12 + 1:02d}-15"


UTF16 = "cvegeo,year,month,homicides\n01001,2019,1,3\n".encode("utf-16")
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


def mixed_munis(f: Files) -> str:
    """A generic-geometry layer holding a municipal polygon and a point."""
    return f.gpkg("m.gpkg", [(square(CX, CY, 5000), {"cvegeo": "01001"}), (f"POINT({CX} {CY})", {"cvegeo": "01002"})],
                  "Geometry", 6372, (("cvegeo", "str"),))


def mixed_events(f: Files) -> str:
    return f.gpkg("e.gpkg", [(f"POINT({LON} {LAT})", {}), (square(LON, LAT, 0.1), {})], "Geometry", 4326)


def degree_munis(f: Files) -> str:
    """Four 0.2° municipalities side by side in EPSG:4326."""
    rows = [(square(LON + 0.2 * i, LAT, 0.1), {"cvegeo": f"2500{i + 1}", "v": float(i)}) for i in range(4)]
    return f.gpkg("m.gpkg", rows, "Polygon", 4326, (("cvegeo", "str"), ("v", "real")))


def homicides_csv(f: Files, body: str, name: str = "h.csv") -> str:
    return f.csv(name, "cvegeo,year,month,homicides\n" + body)


def truncated_gzip(f: Files) -> str:
    text = "cvegeo,year,month,homicides\n" + "".join(f"250{i % 90 + 10:02d},2019,{i % 12 + 1},{i % 7}\n"
                                                     for i in range(4000))
    data = gzip.compress(text.encode("utf-8"))
    return f.csv("h.csv.gz", data[: len(data) // 2])


def ranking_table(f: Files, rows=()) -> str:
    return f.gpkg("ranking.gpkg", [(None, r) for r in rows], "None", None,
                  (("organisation", "str"), ("rank", "int"), ("deaths", "real")), "ranking")


def field_pack_gone(f: Files):
    """A layer whose file was deleted after it was loaded (the analyst moved the folder)."""
    from qgis.core import QgsVectorLayer

    uri = events(f, "gone.gpkg")
    layer = QgsVectorLayer(uri, "gone", "ogr")
    Path(uri.split("|")[0]).unlink()
    return [layer]


# ----------------------------------------------------------------------------------------------- cases
@dataclass
class Case:
    alg: str
    build: Callable[[Files], Dict]
    problem: List[str]
    fix: List[str]
    lock: str = ""                 # name of a file in the input folder that another process holds locked
    xfail: str = ""                # reason, when the area is still being written


def _bad(alg, build, problem, fix, **kwargs) -> Case:
    return Case(alg, build, problem, fix, **kwargs)


CASES: Dict[str, Case] = {
    # ------------------------------------------------------------------ importers
    "homicides: UTF-16 CSV (mis-encoded)": _bad(
        "importhomicides", lambda f: {"INPUT": f.csv("h.csv", UTF16), "OUTPUT": f.o("o.gpkg")},
        ["UTF-16"], ["save it as"]),
    "homicides: binary file named .csv": _bad(
        "importhomicides", lambda f: {"INPUT": f.csv("h.csv", BINARY),
                                      "OUTPUT": f.o("o.gpkg")}, ["cannot be imported"], ["csv"]),
    "homicides: empty file": _bad(
        "importhomicides", lambda f: {"INPUT": f.csv("h.csv", b""), "OUTPUT": f.o("o.gpkg")}, ["empty"], ["export"]),
    "homicides: header only": _bad(
        "importhomicides", lambda f: {"INPUT": homicides_csv(f, ""), "OUTPUT": f.o("o.gpkg")},
        ["no data rows"], ["export"]),
    "homicides: truncated gzip": _bad(
        "importhomicides", lambda f: {"INPUT": truncated_gzip(f), "OUTPUT": f.o("o.gpkg")}, ["damaged gzip"],
        ["download it again"]),
    "homicides: only malformed codes": _bad(
        "importhomicides", lambda f: {"INPUT": homicides_csv(f, "ABCDE,2019,1,3\nXY,2019,2,1\n"),
                                      "OUTPUT": f.o("o.gpkg")}, ["invalid municipal key"], ["INEGI codes"]),
    "homicides: year out of range": _bad(
        "importhomicides", lambda f: {"INPUT": homicides_csv(f, "01001,1850,1,3\n"), "OUTPUT": f.o("o.gpkg")},
        ["1850"], ["year"]),
    "homicides: count column missing": _bad(
        "importhomicides", lambda f: {"INPUT": f.csv("h.csv", "cvegeo,year,month\n01001,2019,1\n"),
                                      "OUTPUT": f.o("o.gpkg")}, ["homicides"], ["column"]),
    "homicides: output under a file": _bad(
        "importhomicides", lambda f: {"INPUT": homicides_csv(f, "01001,2019,1,3\n"),
                                      "OUTPUT": f.under_file("o.gpkg")}, UNWRITABLE, ["folder"]),
    "population: negative population": _bad(
        "importpopulation", lambda f: {"INPUT": f.csv("p.csv", "cvegeo,year,pop_total\n01001,2020,-5\n"),
                                       "OUTPUT": f.o("o.gpkg")}, ["negative"], ["correct"]),
    "population: duplicate municipality-year": _bad(
        "importpopulation", lambda f: {"INPUT": f.csv("p.csv", "cvegeo,year,pop_total\n01001,2020,5\n1001,2020,6\n"),
                                       "OUTPUT": f.o("o.gpkg")}, ["01001", "both"], ["delete or merge"]),
    "population: year out of range": _bad(
        "importpopulation", lambda f: {"INPUT": f.csv("p.csv", "cvegeo,year,pop_total\n01001,3020,5\n"),
                                       "OUTPUT": f.o("o.gpkg")}, ["3020"], ["year"]),
    "municipalities: no CRS": _bad(
        "importmunicipalities", lambda f: {"INPUT": munis(f, epsg=None), "OUTPUT": f.o("o.gpkg")},
        ["coordinate reference system"], ["set the layer's CRS"]),
    "municipalities: empty layer": _bad(
        "importmunicipalities", lambda f: {"INPUT": munis(f, codes=()), "OUTPUT": f.o("o.gpkg")},
        ["no feature"], ["choose"]),
    "municipalities: all codes NULL": _bad(
        "importmunicipalities", lambda f: {"INPUT": munis(f, codes=(None, None, None)), "OUTPUT": f.o("o.gpkg")},
        ["no feature has a usable municipal code"], ["CODE_FIELD"]),
    "municipalities: mixed geometry types": _bad(
        "importmunicipalities", lambda f: {"INPUT": mixed_munis(f),
                                           "OUTPUT": f.o("o.gpkg")}, ["point"], ["polygon"]),
    "municipalities: only feature is POLYGON EMPTY": _bad(
        "importmunicipalities", lambda f: {"INPUT": f.gpkg("m.gpkg", [("POLYGON EMPTY", {"cvegeo": "25006"})],
                                                           "Polygon", 6372, (("cvegeo", "str"),)),
                                           "OUTPUT": f.o("o.gpkg")}, ["empty geometry"], ["repair"]),
    "municipalities: output under a file": _bad(
        "importmunicipalities", lambda f: {"INPUT": munis(f), "OUTPUT": f.under_file("o.gpkg")},
        UNWRITABLE, ["folder"]),
    "municipalities: output GeoPackage locked by another process": _bad(
        "importmunicipalities", lambda f: {"INPUT": munis(f), "OUTPUT": f.o("locked.gpkg")},
        ["locked"], ["close"], lock="out:locked.gpkg"),
    # ------------------------------------------------------------------ indicators
    "indicators: homicide CSV is UTF-16": _bad(
        "municipalindicators", lambda f: {"MUNICIPALITIES": munis(f), "START_YEAR": 2019, "END_YEAR": 2019,
                                          "HOMICIDES": f.csv("h.csv", "cvegeo,year,month,homicides\n25006,2019,1,3\n"
                                                                      .encode("utf-16")),
                                          "OUTPUT": f.o("o.gpkg")}, ["UTF-16"], ["save it as"]),
    "indicators: non-numeric population": _bad(
        "municipalindicators", lambda f: {"MUNICIPALITIES": munis(f), "START_YEAR": 2019, "END_YEAR": 2019,
                                          "HOMICIDES": homicides_csv(f, "25006,2019,1,3\n"),
                                          "POPULATION": f.csv("p.csv", "cvegeo,year,pop_total\n25006,2019,n/a\n"),
                                          "OUTPUT": f.o("o.gpkg")}, ["n/a"], ["correct"]),
    "indicators: empty municipalities layer": _bad(
        "municipalindicators", lambda f: {"MUNICIPALITIES": munis(f, codes=()), "START_YEAR": 2019,
                                          "END_YEAR": 2019, "HOMICIDES": homicides_csv(f, "25006,2019,1,3\n"),
                                          "OUTPUT": f.o("o.gpkg")}, ["municipalities", "empty"], ["choose"]),
    # ------------------------------------------------------------------ surface
    "surface: only empty geometries": _bad(
        "violencesurface", lambda f: {"INPUT": events(f, wkt="POINT EMPTY"), "RADIUS": 20000.0,
                                      "PIXEL_SIZE": 1000.0, "OUTPUT": f.o("s.tif")},
        ["no valid geometries"], ["repair"]),
    "surface: all weights NULL": _bad(
        "violencesurface", lambda f: {"INPUT": events(f, deaths=None), "WEIGHT_FIELD": "best", "RADIUS": 20000.0,
                                      "PIXEL_SIZE": 1000.0, "OUTPUT": f.o("s.tif")}, ["best"], ["weight"]),
    "surface: radius given in degrees": _bad(
        "violencesurface", lambda f: {"INPUT": events(f), "RADIUS": 0.25, "PIXEL_SIZE": 1000.0,
                                      "OUTPUT": f.o("s.tif")}, ["radius"], ["metres"]),
    "surface: mixed geometry types": _bad(
        "violencesurface", lambda f: {"INPUT": mixed_events(f),
                                      "RADIUS": 20000.0, "PIXEL_SIZE": 1000.0, "OUTPUT": f.o("s.tif")},
        ["polygon"], ["point"]),
    "surface: output inside /proc": _bad(
        "violencesurface", lambda f: {"INPUT": events(f), "RADIUS": 20000.0, "PIXEL_SIZE": 1000.0,
                                      "OUTPUT": "/proc/version/s.tif"}, UNWRITABLE, ["folder"]),
    # ------------------------------------------------------------------ hotspots
    "hotspots: field all NULL": _bad(
        "hotspots", lambda f: {"INPUT": munis(f, values=[None] * 4), "FIELD": "v", "OUTPUT": f.o("o.gpkg")},
        ["empty (NULL) for every municipality"], ["choose another field"]),
    "hotspots: mixed geometry types": _bad(
        "hotspots", lambda f: {"INPUT": munis(f, geometry="Geometry", extra_rows=[
            (f"POINT({CX} {CY})", {"cvegeo": "25003", "v": 1.0})]), "FIELD": "v", "OUTPUT": f.o("o.gpkg")},
        ["point"], ["polygon"]),
    "hotspots: distance band of 1 (degrees typed as metres)": _bad(
        "hotspots", lambda f: {"INPUT": degree_munis(f), "FIELD": "v", "WEIGHTS": 3, "DISTANCE": 1.0,
                               "OUTPUT": f.o("o.gpkg")},
        ["neighbour"], ["DISTANCE"]),
    "hotspots: output GeoPackage locked by another process": _bad(
        "hotspots", lambda f: {"INPUT": munis(f), "FIELD": "v", "OUTPUT": f.o("locked.gpkg")}, ["locked"],
        ["close"], lock="out:locked.gpkg"),
    "hotspots: output under a file": _bad(
        "hotspots", lambda f: {"INPUT": munis(f), "FIELD": "v", "OUTPUT": f.under_file("o.gpkg")},
        UNWRITABLE, ["folder"]),
    # ------------------------------------------------------------------ ranking, territories, corridors, package
    "rankvdtos: empty events layer": _bad(
        "rankvdtos", lambda f: {"INPUT": events(f, n=0), "OUTPUT": f.o("r.gpkg")}, ["empty"], ["choose"]),
    "rankvdtos: actor fields all NULL": _bad(
        "rankvdtos", lambda f: {"INPUT": events(f, actors="NULL"), "OUTPUT": f.o("r.gpkg")},
        ["No event names an organisation"], ["Actor fields"]),
    "rankvdtos: non-numeric deaths": _bad(
        "rankvdtos", lambda f: {"INPUT": events(f, fields=(("side_a", "str"), ("side_b", "str"), ("best", "str"),
                                                           ("date_start", "str")), deaths="many"),
                                "OUTPUT": f.o("r.gpkg")}, ["'many'", "not a number"], ["correct"]),
    "rankvdtos: negative deaths": _bad(
        "rankvdtos", lambda f: {"INPUT": events(f, deaths=lambda i: -2 if i == 5 else 3), "OUTPUT": f.o("r.gpkg")},
        ["negative", "event 6"], ["correct"]),
    "rankvdtos: period after every event": _bad(
        "rankvdtos", lambda f: {"INPUT": events(f), "START": "2030-01-01", "OUTPUT": f.o("r.gpkg")},
        ["No events fall in the chosen period"], ["widen"]),
    "rankvdtos: impossible date 2021-02-30": _bad(
        "rankvdtos", lambda f: {"INPUT": events(f), "START": "2021-02-30", "OUTPUT": f.o("r.gpkg")},
        ["2021-02-30"], ["YYYY-MM-DD"]),
    "rankvdtos: event dates out of range (year 2201)": _bad(
        "rankvdtos", lambda f: {"INPUT": events(f, date="2201-01-01"), "OUTPUT": f.o("r.gpkg")},
        ["2201-01-01", "outside 1900"], ["correct the date"]),
    "rankvdtos: output under a file": _bad(
        "rankvdtos", lambda f: {"INPUT": events(f), "OUTPUT": f.under_file("r.gpkg")}, UNWRITABLE, ["folder"]),
    "rankvdtos: output GeoPackage locked by another process": _bad(
        "rankvdtos", lambda f: {"INPUT": events(f), "OUTPUT": f.o("locked.gpkg")}, ["locked by another program"],
        ["close it there"], lock="out:locked.gpkg"),
    "rankvdtos: second output under a file (first removed)": _bad(
        "rankvdtos", lambda f: {"INPUT": events(f), "OUTPUT": f.o("r.gpkg"),
                                "OUTPUT_REGIONS": f.under_file("rr.gpkg")}, UNWRITABLE, ["folder"]),
    "territories: metres declared as degrees": _bad(
        "territories", lambda f: {"INPUT": events(f, metres=True), "TOP_N": 1, "OUTPUT": f.o("t.gpkg")},
        ["do not fit its CRS"], ["set the layer's true CRS"]),
    "territories: no CRS": _bad(
        "territories", lambda f: {"INPUT": events(f, epsg=None), "TOP_N": 1, "OUTPUT": f.o("t.gpkg")},
        ["no coordinate reference system"], ["set the layer's CRS"]),
    "territories: only empty geometries": _bad(
        "territories", lambda f: {"INPUT": events(f, wkt="POINT EMPTY"), "TOP_N": 1, "OUTPUT": f.o("t.gpkg")},
        ["has a location"], ["repair"]),
    "territories: output under a file": _bad(
        "territories", lambda f: {"INPUT": events(f), "TOP_N": 1, "OUTPUT": f.under_file("t.gpkg")},
        UNWRITABLE, ["folder"]),
    "corridors: empty ports layer": _bad(
        "corridors", lambda f: {"TERRITORIES": territories(f), "PORTS": f.gpkg("p.gpkg", [], "Point", 4326, (
            ("port_code", "str"), ("port_name", "str"))), "OUTPUT": f.o("c.gpkg")}, ["no located port"], ["give"]),
    "corridors: ports without CRS": _bad(
        "corridors", lambda f: {"TERRITORIES": territories(f), "PORTS": ports(f, epsg=None), "OUTPUT": f.o("c.gpkg")},
        ["ports", "no coordinate reference system"], ["set the layer's CRS"]),
    "corridors: territories not from vdto:territories": _bad(
        "corridors", lambda f: {"TERRITORIES": munis(f), "PORTS": ports(f), "OUTPUT": f.o("c.gpkg")},
        ["organisation"], ["vdto:territories"]),
    "corridors: buffers output under a file (corridors removed)": _bad(
        "corridors", lambda f: {"TERRITORIES": territories(f), "PORTS": ports(f), "OUTPUT": f.o("c.gpkg"),
                                "OUTPUT_BUFFERS": f.under_file("b.gpkg")}, UNWRITABLE, ["folder"]),
    "targetpackage: empty ranking": _bad(
        "targetpackage", lambda f: {"RANKING": ranking_table(f), "OUTPUT": f.o("p.gpkg")}, ["empty"],
        ["vdto:rankvdtos"]),
    "targetpackage: CSV output under a file": _bad(
        "targetpackage", lambda f: {"RANKING": ranking_table(f, [{"organisation": "Sinaloa Cartel", "rank": 1,
                                                                  "deaths": 10.0}]),
                                    "OUTPUT": f.o("p.gpkg"), "OUTPUT_CSV": f.under_file("p.csv")},
        UNWRITABLE, ["folder"]),
    # ------------------------------------------------------------------ zones
    "createzoneslayer: output not a GeoPackage": _bad(
        "createzoneslayer", lambda f: {"OUTPUT": f.o("zones.shp")}, [".gpkg"], ["GeoPackage"]),
    "createzoneslayer: output under a file": _bad(
        "createzoneslayer", lambda f: {"OUTPUT": f.under_file("zones.gpkg")}, UNWRITABLE, ["folder"]),
    "bufferzone: zones GeoPackage locked by another process": _bad(
        "bufferzone", lambda f: {"ZONES_FILE": zones_file(f), "POINT": f"{LON},{LAT} [EPSG:4326]", "RADIUS_KM": 5},
        ["locked by another program"], ["close it there"], lock="zones.gpkg"),
    "bufferzone: point outside Mexico": _bad(
        "bufferzone", lambda f: {"ZONES_FILE": zones_file(f), "POINT": "-3.70,40.42 [EPSG:4326]", "RADIUS_KM": 5},
        ["outside Mexico"], ["CRS"]),
    "bufferzone: zero radius": _bad(
        "bufferzone", lambda f: {"ZONES_FILE": zones_file(f), "POINT": f"{LON},{LAT} [EPSG:4326]", "RADIUS_KM": 0},
        ["radius"], ["between 0 and 500 km"]),
    "bufferzone: file is not a zones GeoPackage": _bad(
        "bufferzone", lambda f: {"ZONES_FILE": events(f).split("|")[0], "POINT": f"{LON},{LAT} [EPSG:4326]",
                                 "RADIUS_KM": 5}, ["no readable 'zones' layer"], ["create a new zones file"]),
    "zonefromfeatures: empty input layer": _bad(
        "zonefromfeatures", lambda f: {"ZONES_FILE": zones_file(f), "INPUT": munis(f, codes=())},
        ["No features"], ["select"]),
    "zonefromfeatures: input without CRS": _bad(
        "zonefromfeatures", lambda f: {"ZONES_FILE": zones_file(f), "INPUT": munis(f, epsg=None)},
        ["no CRS"], ["set it"]),
    "zonestatistics: events without CRS": _bad(
        "zonestatistics", lambda f: {"ZONES": zones_file(f), "EVENTS": events(f, epsg=None),
                                     "MUNICIPALITIES": munis(f), "OUTPUT": f.o("z.gpkg")}, ["no CRS"], ["set it"]),
    "zonestatistics: negative deaths": _bad(
        "zonestatistics", lambda f: {"ZONES": zones_file(f), "EVENTS": events(f, deaths=-1), "DEATHS_FIELD": "best",
                                     "MUNICIPALITIES": munis(f), "OUTPUT": f.o("z.gpkg")}, ["negative"],
        ["clean it"]),
    "zonestatistics: empty municipalities": _bad(
        "zonestatistics", lambda f: {"ZONES": zones_file(f), "EVENTS": events(f), "MUNICIPALITIES": munis(f, codes=()),
                                     "OUTPUT": f.o("z.gpkg")}, ["municipalities"], ["choose"]),
    "zonestatistics: curve GeoPackage locked by another process (figures removed)": _bad(
        "zonestatistics", lambda f: {"ZONES": zones_file(f), "EVENTS": events(f), "MUNICIPALITIES": munis(f),
                                     "OUTPUT": f.o("z.gpkg"), "OUTPUT_CURVE": f.o("locked.gpkg")},
        ["locked by another program"], ["close it there"], lock="out:locked.gpkg"),
    "zonestatistics: output under a file": _bad(
        "zonestatistics", lambda f: {"ZONES": zones_file(f), "EVENTS": events(f), "MUNICIPALITIES": munis(f),
                                     "OUTPUT": f.under_file("z.gpkg")}, UNWRITABLE, ["folder"]),
    "zonestatistics: curve output under a file (figures removed)": _bad(
        "zonestatistics", lambda f: {"ZONES": zones_file(f), "EVENTS": events(f), "MUNICIPALITIES": munis(f),
                                     "OUTPUT": f.o("z.gpkg"), "OUTPUT_CURVE": f.under_file("c.gpkg")},
        UNWRITABLE, ["folder"]),
    "evaluatezone: dates all NULL": _bad(
        "evaluatezone", lambda f: {"ZONES": zones_file(f, start="2021-01-01"), "ZONE_ID": "Culiacán",
                                   "EVENTS": events(f, date=None), "DATE_FIELD": "date_start", "REGION": munis(f)},
        ["empty (NULL) for every event"], ["choose the field"]),
    "evaluatezone: malformed dates": _bad(
        "evaluatezone", lambda f: {"ZONES": zones_file(f, start="2021-01-01"), "ZONE_ID": "Culiacán",
                                   "EVENTS": events(f, date="31/02/2021"), "DATE_FIELD": "date_start",
                                   "REGION": munis(f)}, ["31/02/2021"], ["YYYY-MM-DD"]),
    "evaluatezone: chart under a file": _bad(
        "evaluatezone", lambda f: {"ZONES": zones_file(f, start="2021-01-01"), "ZONE_ID": "Culiacán",
                                   "EVENTS": events(f, date=monthly), "DATE_FIELD": "date_start", "REGION": munis(f),
                                   "OUTPUT_CHART": f.under_file("c.png")}, ["could not write"], ["folder"]),
    # ------------------------------------------------------------------ targeting cycle
    "announcementeffect: announcement date outside the data": _bad(
        "announcementeffect", lambda f: {"EVENTS": events(f, date=monthly), "ORGANISATION": "Sinaloa Cartel",
                                         "ANNOUNCED": "2024-01-01", "OUTPUT_CHART": f.o("its.png"),
                                         "OUTPUT": f.o("series.gpkg")},
        ["2024-01-01", "lies outside the events"], ["give a date within the data"]),
    "announcementeffect: organisation with no events": _bad(
        "announcementeffect", lambda f: {"EVENTS": events(f, date=monthly), "ORGANISATION": "Cartel de Nadie",
                                         "ANNOUNCED": "2021-01-01", "OUTPUT_CHART": f.o("its.png"),
                                         "OUTPUT": f.o("series.gpkg")},
        ["Cartel de Nadie", "has no events"], ["write its name as the ranking spells it"]),
    "displacement: zone with no events before": _bad(
        "displacement", lambda f: {"ZONES": zones_file(f) + "|layername=zones",
                                   "EVENTS": events(f, date=monthly, wkt=f"POINT({LON + 1} {LAT + 1})"),
                                   "ANNOUNCED": "2021-01-01", "MONTHS": 6, "MUNICIPALITIES": munis(f),
                                   "OUTPUT": f.o("d.gpkg")},
        ["no events in the 6 months before"], ["check the dates or the zone"]),
    "displacement: catchment leaves no control area": _bad(
        "displacement", lambda f: {"ZONES": zones_file(f) + "|layername=zones", "EVENTS": events(f, date=monthly),
                                   "ANNOUNCED": "2021-01-01", "CATCHMENT_KM": 200, "MUNICIPALITIES": munis(f),
                                   "OUTPUT": f.o("d.gpkg")},
        ["leaving no control area"], ["narrower catchment"]),
    "displacement: announcement date outside the data": _bad(
        "displacement", lambda f: {"ZONES": zones_file(f) + "|layername=zones", "EVENTS": events(f, date=monthly),
                                   "ANNOUNCED": "2024-01-01", "MUNICIPALITIES": munis(f), "OUTPUT": f.o("d.gpkg")},
        ["2024-01-01", "lies outside the events"], ["give a date within the data"]),
    "displacement: municipality-level events only, study area without codes, zone with no events before": _bad(
        "displacement", lambda f: {"ZONES": zones_file(f) + "|layername=zones",
                                   "EVENTS": f.gpkg("e.gpkg", [(r[0], dict(r[1], where_prec=3))
                                                               for r in event_rows(date=monthly)], "Point", 4326,
                                                    EVENT_FIELDS + (("where_prec", "int"),)),
                                   "ANNOUNCED": "2021-01-01", "MONTHS": 6, "MUNICIPALITIES": f.gpkg(
                                       "m.gpkg", [(square(CX + 10000.0, CY + 10000.0, 30000.0), {"v": 1.0})],
                                       "Polygon", 6372, (("v", "real"),)),
                                   "OUTPUT": f.o("d.gpkg")},
        ["no events in the 6 months before", "24 events known only to a municipality"], ["CVEGEO codes"]),
    # ------------------------------------------------------------------ briefing, field pack, demo
    "fieldpack: output under a file": _bad(
        "fieldpack", lambda f: {"LAYERS": [events(f)], "OUTPUT": f.under_file("pack.gpkg")}, UNWRITABLE, ["folder"]),
    "fieldpack: a layer whose file is gone": _bad(
        "fieldpack", lambda f: {"LAYERS": field_pack_gone(f), "OUTPUT": f.o("pack.gpkg")}, ["gone"], ["choose"]),
    "briefing: output inside /proc": _bad(
        "briefing", lambda f: {"EVENTS": events(f), "OUTPUT": "/proc/version/b.pdf"}, UNWRITABLE, ["folder"]),
    "demoscenario: output under a file": _bad(
        "demoscenario", lambda f: {"OUTPUT": f.under_file("demo.gpkg")}, UNWRITABLE, ["folder"]),
}


# ----------------------------------------------------------------------------------------------- machinery
LOCKER = r"""
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], timeout=0.1)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
connection.rollback()
"""


class LockedBy:
    """Another process (plain Python + sqlite3) holding BEGIN EXCLUSIVE on a GeoPackage until released."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self):
        if not self.path.exists():          # a GeoPackage another program has open (and locked) for writing
            import sqlite3

            connection = sqlite3.connect(str(self.path))
            connection.execute("PRAGMA application_id = 1196444487")
            connection.execute("CREATE TABLE other_program (x)")
            connection.commit()
            connection.close()
        self.process = subprocess.Popen([sys.executable, "-c", LOCKER, str(self.path)],  # nosec B603
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "locked"
        return self

    def __exit__(self, *_exc):
        self.process.stdin.close()
        self.process.wait(timeout=10)


def digest(folder: Path) -> Dict[str, str]:
    """sha256 of every file. A GeoPackage is hashed after a WAL checkpoint, and its -wal/-shm files are skipped:
    they are SQLite's runtime state (QGIS keeps GeoPackages open in WAL mode), not the file's content."""
    import sqlite3

    found = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name.endswith(("-wal", "-shm")):
            continue
        if path.suffix == ".gpkg":
            connection = sqlite3.connect(str(path), timeout=10)
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.close()
        found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def check_message(name: str, case: Case, message: str) -> None:
    assert "Traceback" not in message and 'File "' not in message, f"{name}: traceback reached the analyst"
    lowered = message.lower()
    for word in case.problem + case.fix:
        choices = word if isinstance(word, tuple) else (word,)
        assert any(c.lower() in lowered for c in choices), f"{name}: {word!r} not in {message!r}"


def refusal(alg: str, params: Dict) -> str:
    """The refusal's text. Only the text is kept: a kept traceback pins the run's layers (and their open files)."""
    import processing
    from qgis.core import QgsProcessingException

    try:
        processing.run(f"vdto:{alg}", params)
    except QgsProcessingException as error:
        return str(error)
    pytest.fail(f"vdto:{alg} accepted the bad input")


def _params(case_id: str):
    case = CASES[case_id]
    marks = [pytest.mark.xfail(reason=case.xfail, strict=False)] if case.xfail else []
    return pytest.param(case_id, marks=marks, id=case_id)


@pytest.mark.parametrize("name", [_params(name) for name in CASES])
def test_bad_input_refused_clearly_and_cleanly(vdto_provider, tmp_path, name):
    case = CASES[name]
    files = Files(tmp_path)
    params = case.build(files)
    lock = None
    if case.lock:
        lock = LockedBy(files.out / case.lock[4:] if case.lock.startswith("out:") else files.inp / case.lock)
        if not lock.path.exists():
            lock.__enter__()                 # creates the other program's GeoPackage
            lock.__exit__()
    before = digest(files.inp)
    out_before = digest(files.out)
    if lock is not None:
        with lock:
            message = refusal(case.alg, params)
    else:
        message = refusal(case.alg, params)
    check_message(name, case, message)
    assert digest(files.inp) == before, f"{name}: an input file changed, or a file appeared beside the inputs"
    assert digest(files.out) == out_before, f"{name}: an output (or a partial one) was left behind"


def test_battery_size():
    """The union of distinct bad inputs (other modules + this one) is at least 40."""
    assert len(CASES) + ALREADY_COVERED >= 40
    assert len(CASES) >= 40
