"""One date grammar everywhere (events, periods, zone dates, year columns) and names missing from the
alias table held for review — never ranked by any table, the briefing's provisional ranking included."""
from __future__ import annotations

import pytest

DATES = [  # (text in the date field, weight, inside April 2020?)
    ("03/04/2020", 1.0, True),          # 3 April (Mexican day-first), never 4 March
    ("04/03/2020", 2.0, False),         # 4 March
    ("2020-04-15", 4.0, True),
    ("2020-04", 8.0, True),             # the whole month lies in April
    ("2020", 16.0, False),              # a year is not all inside April
    ("15/04/2020 10:30", 32.0, True),
    ("30/04/2020", 64.0, True),
    ("sin fecha", 128.0, False),        # unreadable: no date
]


def _events_gpkg(path):
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6372)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("events", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("w", ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("fecha", ogr.OFTString))
    for i, (text, weight, _) in enumerate(DATES):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("w", weight)
        feature.SetField("fecha", text)
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(2_000_000.0 + 3000.0 * i, 1_000_000.0)
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


@pytest.mark.parametrize("reader", ["gdal", "qgis"])
def test_surface_period_reads_day_first_dates(vdto_provider, tmp_path, reader):
    import processing
    from qgis.core import QgsVectorLayer

    path = _events_gpkg(tmp_path / "events.gpkg")
    source = path
    if reader == "qgis":   # a memory layer is read by QGIS's own feature iterator instead of GDAL's Arrow batches
        from qgis.core import QgsFeatureRequest

        source = QgsVectorLayer(path, "events", "ogr").materialize(QgsFeatureRequest())
    result = processing.run("vdto:violencesurface", {
        "INPUT": source, "WEIGHT_FIELD": "w", "RADIUS": 5000.0, "PIXEL_SIZE": 1000.0, "DATE_FIELD": "fecha",
        "START": "2020-04-01", "END": "30/04/2020", "OUTPUT": str(tmp_path / f"{reader}.tif")})
    inside = [weight for _, weight, keep in DATES if keep]
    assert result["EVENTS"] == len(inside) == 5
    assert result["TOTAL_WEIGHT"] == pytest.approx(sum(inside))


def test_evaluation_month_of():
    import pandas as pd
    from qgis.PyQt.QtCore import QDate

    from vdto_targeting.processing.evaluation import _month_of

    assert _month_of("03/04/2020") == pd.Period("2020-04", freq="M")
    assert _month_of("2020-04-03") == pd.Period("2020-04", freq="M")
    assert _month_of(QDate(2020, 4, 3)) == pd.Period("2020-04", freq="M")
    assert _month_of("2020") is None          # a year is not January
    assert _month_of("") is None and _month_of(None) is None and _month_of(QDate()) is None


def test_malformed_dates_raise_no_warning():
    """Malformed dates are unreadable (None), never guessed by pandas with a UserWarning in QGIS's log."""
    import warnings

    from vdto_targeting.processing.evaluation import _month_of

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _month_of("31/02/2021") is None and _month_of("13/13/2020") is None
        assert _month_of("2021-02-31") is None and _month_of("not a date") is None


def test_plugin_warnings_fail_the_tests():
    """pyproject.toml's filterwarnings: a warning attributed to the plugin's code is an error in every test."""
    import warnings

    for category in (UserWarning, FutureWarning, DeprecationWarning, RuntimeWarning):
        with pytest.raises(category):
            warnings.warn_explicit("from plugin code", category, "dates.py", 1, module="vdto_targeting.core.dates")


def _actor_layer(rows, fields):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
    from vdto_targeting.qgis_compat import FIELD_TYPE_INT, FIELD_TYPE_STRING

    layer = QgsVectorLayer("Point?crs=EPSG:4326", "events", "memory")
    types = {"best": FIELD_TYPE_INT}
    layer.dataProvider().addAttributes([QgsField(name, types.get(name, FIELD_TYPE_STRING)) for name in fields])
    layer.updateFields()
    for i, values in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-103.0 + i * 0.1, 20.5)))
        feature.setAttributes(list(values))
        layer.dataProvider().addFeatures([feature])
    return layer


ROWS = [("Sinaloa Cartel", "Government of Mexico", 5, "2019"),
        ("Sinaloa Cartel", "Civilians", 3, "2020"),
        ("Cartel de los Cuinis", "Civilians", 50, "2020"),      # not in the alias table: for review
        ("Jalisco Cartel New Generation", "Sinaloa Cartel", 4, "2021.0")]


def test_text_year_column_and_unknown_names_held_for_review(vdto_provider, tmp_path):
    import processing

    from tests.qgis.test_vdtos import _read

    layer = _actor_layer(ROWS, ["side_a", "side_b", "best", "year"])
    held = processing.run("vdto:rankvdtos", {"INPUT": layer, "OUTPUT": str(tmp_path / "held.gpkg")})
    table = _read(held["OUTPUT"]).set_index("organisation")
    assert held["UNKNOWN_NAMES"] == ["Cartel de los Cuinis"]
    assert "Cartel de los Cuinis" not in table.index              # listed, not ranked
    assert "Government of Mexico (state forces)" not in table.index and "Civilians" not in table.index
    assert table.loc["Sinaloa Cartel", "deaths"] == 12 and table.loc["Sinaloa Cartel", "rank"] == 1
    # the year column is text: it still works as a year
    assert table.loc["Sinaloa Cartel", "first_year"] == 2019 and table.loc["Sinaloa Cartel", "last_year"] == 2021
    accepted = processing.run("vdto:rankvdtos", {"INPUT": layer, "ACCEPT_UNKNOWN": True,
                                                 "OUTPUT": str(tmp_path / "accepted.gpkg")})
    table = _read(accepted["OUTPUT"]).set_index("organisation")
    assert table.loc["Cartel de los Cuinis", "rank"] == 1 and table.loc["Cartel de los Cuinis", "aliased"] == 0


def test_briefing_provisional_ranking_ranks_only_known_dtos(vdto_provider):
    from vdto_targeting.briefing.figures import provisional_ranking

    layer = _actor_layer(ROWS, ["side_a", "side_b", "best", "year"])
    table, criterion = provisional_ranking(layer, "best", "en")
    ranked = [row[1] for row in table.rows]
    assert ranked == ["Sinaloa Cartel", "Jalisco Cartel New Generation (CJNG)"]
    assert [row[2] for row in table.rows] == ["12", "4"]
    assert "Cartel de los Cuinis" in criterion and "for review" in criterion


def test_one_field_picker_for_every_reader():
    """Candidates in order; each matches its own spelling first, then another case; the analyst's choice wins."""
    from vdto_targeting.qgis_bridge.fields import chosen_or_picked, pick_field

    assert pick_field(["ID", "CVEGEO", "cvegeo"], ["cvegeo"]) == "cvegeo"
    assert pick_field(["ID", "CVEGEO"], ["cvegeo", "id"]) == "CVEGEO"
    assert pick_field(["best", "Deaths"], ["deaths", "best"]) == "Deaths"
    assert pick_field(["x"], ["y"]) is None
    assert chosen_or_picked(["code", "homicides"], "", ["homicidios", "homicides"]) == "homicides"
    assert chosen_or_picked(["code", "homicides"], "code", ["homicides"]) == "code"
    assert chosen_or_picked(["code"], "", ["homicides"]) == ""


def test_one_value_converter_for_every_reader():
    """Attribute values as plain Python, against values written by hand: NULL → None, a date → its ISO day (or a
    ``datetime.date`` for the date grammar), a datetime → its day, numbers and text unchanged."""
    import datetime

    from qgis.core import NULL
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

    from vdto_targeting.qgis_bridge.fields import plain_value

    day, moment = QDate(2020, 4, 3), QDateTime(QDate(2019, 12, 31), QTime(23, 30))
    cases = [  # (value, as text, as date)
        (NULL, None, None),
        (None, None, None),
        (QVariant(), None, None),
        (QDate(), None, None),                        # invalid date = NULL date
        (QDateTime(), None, None),
        (day, "2020-04-03", datetime.date(2020, 4, 3)),
        (moment, "2019-12-31", datetime.date(2019, 12, 31)),
        (QVariant(day), "2020-04-03", datetime.date(2020, 4, 3)),
        (7, 7, 7),
        (2.5, 2.5, 2.5),
        ("03/04/2020", "03/04/2020", "03/04/2020"),   # text stays text: the date grammar reads it
    ]
    for value, text, date in cases:
        assert plain_value(value) == text and type(plain_value(value)) is type(text), value
        assert plain_value(value, as_date=True) == date and type(plain_value(value, as_date=True)) is type(date), value
