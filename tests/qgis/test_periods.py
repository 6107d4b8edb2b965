"""One period per analysis: outputs record it, the briefing prints it and refuses mixes; safe CSV cells."""
from __future__ import annotations

import csv
import re
import subprocess  # nosec B404 - poppler on our own files

import pytest
from qgis.core import QgsProcessingException

pytestmark = pytest.mark.usefixtures("vdto_provider")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from vdto_targeting import workflow as pipeline

    return pipeline.run_demo_scenario(str(tmp_path_factory.mktemp("periods_demo")))


def _run(alg, **params):
    import processing

    return processing.run(f"vdto:{alg}", params)


def _pdf_text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,  # nosec
                          check=True).stdout


def test_briefing_prints_the_outputs_period_and_refuses_a_mix(demo, tmp_path):
    ranking = _run("rankvdtos", INPUT=demo["EVENTS_LAYER"], START="2022-01-01", END="2022-12-31",
                   OUTPUT=str(tmp_path / "ranking.gpkg"))["OUTPUT"]
    zones_2022 = _run("zonestatistics", ZONES=demo["ZONES"], EVENTS=demo["EVENTS_LAYER"], DEATHS_FIELD="best",
                      MUNICIPALITIES=demo["MUNICIPALITIES"], START="2022-01-01", END="2022-12-31",
                      OUTPUT=str(tmp_path / "zones_2022.gpkg"))["OUTPUT"]
    zones_all = _run("zonestatistics", ZONES=demo["ZONES"], EVENTS=demo["EVENTS_LAYER"], DEATHS_FIELD="best",
                     MUNICIPALITIES=demo["MUNICIPALITIES"], START="2022-01-01", END="2023-12-31",
                     OUTPUT=str(tmp_path / "zones_all.gpkg"))["OUTPUT"]
    common = {"EVENTS": demo["EVENTS_LAYER"], "DEATHS_FIELD": "best", "RANKING": ranking, "DEMO": True,
              "STUDY_AREA": demo["MUNICIPALITIES"], "KEEP_LAYOUT": False}

    pdf = tmp_path / "same.pdf"
    _run("briefing", ZONES=zones_2022, OUTPUT=str(pdf), **common)
    text = _pdf_text(pdf)
    assert "Period analysed: 2022-01-01 – 2022-12-31" in text
    words = " ".join(text.split())
    assert "Coverage 2022-01-01 – 2022-12-31 — Synthetic events: 749 events" in words
    assert "years with events 2022 (no year missing)" in words

    mixed = tmp_path / "mixed.pdf"
    with pytest.raises(QgsProcessingException) as refused:
        _run("briefing", ZONES=zones_all, OUTPUT=str(mixed), **common)
    message = str(refused.value)
    assert "different periods" in message and "same period" in message
    assert "VDTO ranking: 2022-01-01 – 2022-12-31" in message
    assert "Enforcement zones: 2022-01-01 – 2023-12-31" in message
    assert not mixed.exists() and not list(tmp_path.glob("mixed*"))


def test_provisional_figures_count_only_the_outputs_period(demo, tmp_path):
    """Raw zones (no statistics) next to a 2022 ranking: the zone figures count 2022's events only."""
    import processing
    from qgis.core import QgsVectorLayer

    ranking = _run("rankvdtos", INPUT=demo["EVENTS_LAYER"], START="2022-01-01", END="2022-12-31",
                   OUTPUT=str(tmp_path / "ranking.gpkg"))["OUTPUT"]
    pdf = tmp_path / "provisional.pdf"
    processing.run("vdto:briefing", {"EVENTS": demo["EVENTS_LAYER"], "DEATHS_FIELD": "best", "RANKING": ranking,
                                     "ZONES": demo["ZONES"], "STUDY_AREA": demo["MUNICIPALITIES"], "DEMO": True,
                                     "KEEP_LAYOUT": False, "OUTPUT": str(pdf)})
    stats = _run("zonestatistics", ZONES=demo["ZONES"], EVENTS=demo["EVENTS_LAYER"], DEATHS_FIELD="best",
                 MUNICIPALITIES=demo["MUNICIPALITIES"], START="2022-01-01", END="2022-12-31",
                 OUTPUT="memory:")["OUTPUT"]
    text = _pdf_text(pdf)
    assert "Period analysed: 2022-01-01 – 2022-12-31" in text
    events = QgsVectorLayer(demo["EVENTS_LAYER"], "events", "ogr")
    pages = {re.search(r"Enforcement zone: (.+)", page).group(1).strip(): page
             for page in text.split("\f") if "Enforcement zone:" in page}
    checked = 0
    for feature in stats.getFeatures():
        page = pages[feature["name"]]
        assert feature["events"] < events.featureCount()
        printed = re.search(r"^\s*Events\s+([\d,]+)\s*$", page, re.MULTILINE).group(1)
        assert int(printed.replace(",", "")) == feature["events"], (feature["name"], printed)
        printed = re.search(r"^\s*Deaths\s+([\d,]+)\s*$", page, re.MULTILINE).group(1)
        assert int(printed.replace(",", "")) == round(feature["deaths"]), (feature["name"], printed)
        checked += 1
    assert checked == 3


def test_csv_cells_never_run_as_formulas(tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from vdto_targeting.qgis_bridge.outputs import spreadsheet_safe

    for value in ("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert spreadsheet_safe(value) == "'" + value
    for value in ("Sinaloa Cartel", "", "a=b", 5, -3.5, None):
        assert spreadsheet_safe(value) == value

    names = ["=cmd|' /C calc'!A0", "+Cartel Plus", "-Cartel Minus", "@Cartel At"]
    events = QgsVectorLayer("Point?crs=EPSG:4326&field=side_a:string&field=side_b:string&field=best:integer"
                            "&field=date_start:string", "events", "memory")
    features = []
    for index, name in enumerate(names * 3):
        feature = QgsFeature(events.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-106.4 + index * 0.01, 31.7)))
        feature.setAttributes([name, "Civilians", 2, f"2020-0{1 + index % 9}-15"])
        features.append(feature)
    events.dataProvider().addFeatures(features)
    # The analyst's alias table accepts the outside names as organisations (names it lacks are held for review,
    # not ranked): what a spreadsheet must not run is then in the ranking and the package.
    aliases = QgsVectorLayer("None?field=alias:string&field=organisation:string&field=kind:string", "aliases",
                             "memory")
    rows = []
    for name in names:
        row = QgsFeature(aliases.fields())
        row.setAttributes([name, name, "dto"])
        rows.append(row)
    aliases.dataProvider().addFeatures(rows)
    ranking = tmp_path / "ranking.csv"
    _run("rankvdtos", INPUT=events, ALIASES=aliases, OUTPUT=str(ranking))
    package = tmp_path / "package.csv"
    _run("targetpackage", RANKING=str(ranking), OUTPUT=str(tmp_path / "package.gpkg"), OUTPUT_CSV=str(package))
    for path in (ranking, package):
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        cells = [cell for row in rows[1:] for cell in row]
        for name in names:
            assert "'" + name in cells, (path.name, name)
        assert not any(cell[:1] in "=+-@" for cell in cells if cell), path.name


def test_live_preview_reads_the_period_like_the_surface(demo, tmp_path):
    """The preview bins the period's events only, the same ones vdto:violencesurface keeps for START/END."""
    import datetime

    from qgis.core import QgsVectorLayer

    from vdto_targeting.gui.preview import BandwidthPreview

    layer = QgsVectorLayer(demo["EVENTS_LAYER"], "events", "ogr")
    preview = BandwidthPreview()
    try:
        everything = preview.set_points(layer, "best")
        in_2022 = preview.set_points(layer, "best", start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
                                     date_field="date_start")
    finally:
        preview.shutdown()
    surface = _run("violencesurface", INPUT=demo["EVENTS_LAYER"], WEIGHT_FIELD="best", RADIUS=25000,
                   PIXEL_SIZE=5000, DATE_FIELD="date_start", START="2022-01-01", END="2022-12-31",
                   OUTPUT=str(tmp_path / "surface.tif"))
    days = [d.toString("yyyy-MM-dd") if hasattr(d, "toString") else str(d)[:10]
            for d in (f["date_start"] for f in layer.getFeatures())]
    expected = sum(1 for day in days if "2022-01-01" <= day <= "2022-12-31")
    assert everything == layer.featureCount() and in_2022 == expected == surface["EVENTS"] < everything


def test_period_read_from_text_or_date_fields_and_a_mixed_table_is_refused():
    from qgis.core import QgsFeature, QgsVectorLayer
    from qgis.PyQt.QtCore import QDate

    from vdto_targeting.briefing.figures import common_period, layer_period

    def table(kind, rows):
        layer = QgsVectorLayer(f"None?field=period_start:{kind}&field=period_end:{kind}", "t", "memory")
        features = []
        for start, end in rows:
            feature = QgsFeature(layer.fields())
            feature.setAttributes([start, end])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        return layer

    text = table("string", [("2006-01-01", "2012-12-31")] * 2)
    dates = table("date", [(QDate(2006, 1, 1), QDate(2012, 12, 31))])
    assert layer_period(text) == layer_period(dates) == ("2006-01-01", "2012-12-31")
    period, unrecorded, conflicts = common_period([("ranking", text), ("zones", dates), ("ports", None)])
    assert period == ("2006-01-01", "2012-12-31") and unrecorded == [] and conflicts == []
    mixed = table("string", [("2006-01-01", "2012-12-31"), ("2020-01-01", "2023-12-31")])
    _period, _unrecorded, conflicts = common_period([("ranking", text), ("history", mixed)])
    assert conflicts and "history" in conflicts[-1] and "2020-01-01 – 2023-12-31" in conflicts[-1]
    plain = QgsVectorLayer("None?field=name:string", "plain", "memory")
    assert common_period([("ranking", text), ("plain", plain)])[1] == ["plain"]


def test_undated_events_cannot_fill_in_figures_for_a_period(demo, tmp_path):
    """Provisional figures from events that cannot be limited to the outputs' period would mix periods: refused."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    ranking = _run("rankvdtos", INPUT=demo["EVENTS_LAYER"], START="2022-01-01", END="2022-12-31",
                   OUTPUT=str(tmp_path / "ranking.gpkg"))["OUTPUT"]
    events = QgsVectorLayer("Point?crs=EPSG:4326&field=best:integer&field=side_a:string&field=side_b:string",
                            "undated", "memory")
    feature = QgsFeature(events.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-107.4, 24.8)))
    feature.setAttributes([3, "A", "B"])
    events.dataProvider().addFeatures([feature])
    pdf = tmp_path / "undated.pdf"
    with pytest.raises(QgsProcessingException, match=r"no date field.*2022-01-01 – 2022-12-31.*DATE_FIELD"):
        _run("briefing", EVENTS=events, DEATHS_FIELD="best", RANKING=ranking, ZONES=demo["ZONES"],
             KEEP_LAYOUT=False, OUTPUT=str(pdf))
    assert not pdf.exists()


def test_the_reader_keeps_whole_date_spans_in_the_period_by_the_plugins_grammar():
    """One path: the events reader reads dates by core.dates and keeps an event when its whole span is inside."""
    import datetime

    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from vdto_targeting.qgis_bridge.events import EventQuery, read_events

    dates = {"2006": False,            # the whole year 2006 is not inside a period starting in June
             "2006-06": True, "15/03/2010": True,   # a month inside; day-first: 15 March 2010
             "2012-12-31 18:00": True,            # the last day, whatever the time
             "2013": False, "not a date": False, None: False}
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=date_start:string&field=best:integer", "events", "memory")
    features = []
    for index, text in enumerate(dates):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-100 + index * 0.1, 20)))
        feature.setAttributes([text, index + 1])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    table = read_events(layer, QgsCoordinateReferenceSystem("EPSG:6372"),
                        EventQuery(deaths_field="best", date_field="date_start", start=datetime.date(2006, 6, 1),
                                   end=datetime.date(2012, 12, 31)))
    kept = sorted(table.frame["date_start"].tolist())
    assert kept == sorted(text for text, inside in dates.items() if inside)
    assert table.null_date == 2 and table.outside_period == 2
    assert table.period_bounds() == ("2006-06-01", "2012-12-31")
    assert str(table.frame.loc[table.frame["date_start"] == "2006-06", "day_last"].iloc[0])[:10] == "2006-06-30"
