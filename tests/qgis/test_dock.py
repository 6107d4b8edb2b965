"""The dock in real QGIS (offscreen): pages, remembered choices, tasks that load/replace/cancel, the live preview."""
from __future__ import annotations

import time

import pytest


def wait_for(condition, timeout: float = 60.0) -> bool:
    from qgis.PyQt.QtCore import QCoreApplication

    end = time.time() + timeout
    while time.time() < end:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return False


def event_loop_gaps():
    """Record the gaps between 20 ms timer ticks: a long gap means the event loop (the UI) froze."""
    from qgis.PyQt.QtCore import QTimer

    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    return gaps, timer


@pytest.fixture()
def dock(qgis_iface, vdto_provider, qgis_new_project):
    from vdto_targeting.gui.dock import VdtoTargetingDock

    from qgis.core import QgsSettings

    from vdto_targeting.definitions import SETTINGS_PREFIX

    QgsSettings().remove(SETTINGS_PREFIX.rstrip("/"))  # start from the shipped defaults, leave none behind
    from qgis.core import QgsProject

    QgsProject.instance().clear()  # no entries left by an earlier test's project
    widget = VdtoTargetingDock(qgis_iface, qgis_iface.mainWindow())
    yield widget
    widget.shutdown()
    widget.deleteLater()
    QgsSettings().remove(SETTINGS_PREFIX.rstrip("/"))


def test_every_step_has_a_page_with_tooltips_and_no_fixed_sizes(dock):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QAbstractButton, QAbstractSlider, QComboBox, QLineEdit, QWidget

    from vdto_targeting.definitions import DOCK_OBJECT_NAME, STEP_KEYS

    assert dock.objectName() == DOCK_OBJECT_NAME
    assert [page.STEP for page in dock.pages] == STEP_KEYS
    assert dock.steps.count() == 6
    for page in dock.pages:
        inputs = [w for w in page.findChildren(QWidget)
                  if isinstance(w, (QComboBox, QLineEdit, QAbstractSlider, QAbstractButton))
                  and w.objectName().startswith("vdto_")]
        assert inputs, page.STEP
        for widget in inputs:
            assert widget.toolTip(), f"{page.STEP}: {widget.objectName()} has no tooltip"
            assert not (widget.minimumWidth() == widget.maximumWidth() > 0), widget.objectName()
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{widget.objectName()} unreachable by Tab"
        assert page.help_label.text().count("<p>") >= 2, page.STEP


def test_choices_round_trip_through_the_project_and_personal_defaults(dock, tmp_path):
    from qgis.core import QgsProject, QgsSettings, QgsVectorLayer

    from vdto_targeting.definitions import PROJECT_SCOPE, SETTINGS_PREFIX

    project = QgsProject.instance()
    events = QgsVectorLayer("Point?crs=EPSG:4326&field=deaths:integer", "events", "memory")
    other = QgsVectorLayer("Point?crs=EPSG:4326&field=victims:integer", "other", "memory")
    project.addMapLayers([events, other])
    surface = dock.page("surface")
    dock.analysis.events.setLayer(other)
    dock.analysis.deaths.setField("victims")
    surface.slider.setValue(35)
    surface.kernel.setCurrentIndex(5)
    hotspots = dock.page("hotspots")
    hotspots.permutations.setValue(4999)
    assert surface.radius.value() == 35.0
    assert float(project.readEntry(PROJECT_SCOPE, "surface/radius_km")[0]) == 35.0
    assert QgsSettings().value(SETTINGS_PREFIX + "hotspots/permutations") == "4999"
    path = str(tmp_path / "case.qgz")
    assert project.write(path)

    # Another project: layer choices empty, habits (personal defaults) kept.
    project.clear()
    QgsSettings().setValue(SETTINGS_PREFIX + "surface/radius_km", "12")
    project.clear()
    assert dock.analysis.events.currentLayer() is None
    assert surface.slider.value() == 12 and surface.radius.value() == 12.0
    assert hotspots.permutations.value() == 4999

    # Reopening the case restores the dock as it was.
    assert project.read(path)
    assert dock.analysis.events.currentLayer() is not None, dock.state.problems
    assert dock.analysis.events.currentLayer().name() == "other"
    assert dock.analysis.deaths_field() == "victims"
    assert dock.state.problems == {}
    assert surface.slider.value() == 35 and surface.radius.value() == 35.0
    assert surface.kernel.currentData() == 5
    QgsSettings().remove(SETTINGS_PREFIX.rstrip("/"))


def test_demo_step_loads_layers_in_the_group_and_a_rerun_replaces_them(dock):
    from qgis.core import QgsProject

    from vdto_targeting.definitions import LAYER_GROUP_NAME, LAYER_STEP_PROPERTY

    data = dock.page("data")
    data.demo_button.click()
    assert wait_for(lambda: data.run is not None and not data.run.is_running(), 120), data.status.text()
    assert data.run.status == "ok", data.status.text()
    group = QgsProject.instance().layerTreeRoot().findGroup(LAYER_GROUP_NAME)
    order = [node.layer().name() for node in group.findLayers()]
    assert len(order) >= 5, order
    # zones on top; within the data block points above polygons above the homicide table
    assert order[0] == "Zones", order
    assert order.index("Events") < order.index("Municipalities") < order.index("Homicides"), order
    first_ids = {layer.id() for layer in QgsProject.instance().mapLayers().values()}
    events = dock.context.layer("events")
    assert events is not None and events.featureCount() > 100
    assert dock.analysis.events.currentLayer().id() == events.id()
    assert dock.analysis.deaths_field() == "best"
    assert all(layer.customProperty(LAYER_STEP_PROPERTY) == "data"
               for layer in QgsProject.instance().mapLayers().values())

    data.demo_button.click()
    assert wait_for(lambda: not data.run.is_running(), 120) and data.run.status == "ok", data.status.text()
    layers = list(QgsProject.instance().mapLayers().values())
    assert len(layers) == len(first_ids), [layer.name() for layer in layers]
    assert not first_ids & {layer.id() for layer in layers}
    assert all(layer.isValid() for layer in layers)


def test_cancelled_run_leaves_no_layer_or_file_and_qgis_stays_responsive(dock, tmp_path):
    """A long run (10 million random points written to a GeoPackage) cancelled half way."""
    from qgis.core import QgsApplication, QgsProject

    from vdto_targeting.gui.tasks import StepRun

    gaps, timer = event_loop_gaps()
    progress = []
    outcome = {}
    run = StepRun("surface", "native:randompointsinextent",
                  {"EXTENT": "1000000,4000000,300000,2400000 [EPSG:6372]", "POINTS_NUMBER": 10_000_000,
                   "MIN_DISTANCE": 0, "TARGET_CRS": "EPSG:6372"}, folder=str(tmp_path))
    run.progress.connect(progress.append)
    run.done.connect(lambda status, result: outcome.update(status=status, **result))
    assert run.start()
    assert wait_for(lambda: progress and progress[-1] > 0, 60)
    tasks = QgsApplication.taskManager().activeTasks()
    assert any(task.description() for task in tasks), "the run is not in QGIS's task manager"
    run.cancel()
    assert wait_for(lambda: "status" in outcome, 60)
    timer.stop()
    assert outcome["status"] == "cancelled"
    assert list(QgsProject.instance().mapLayers()) == []
    assert list(tmp_path.iterdir()) == [], list(tmp_path.iterdir())
    assert max(gaps) < 0.5, f"the event loop stalled for {max(gaps):.2f} s"


def _points_gpkg(path, n: int) -> str:
    """n clustered events over Mexico in EPSG:6372, written through OGR in one transaction (fast)."""
    import numpy as np
    from osgeo import ogr, osr

    rng = np.random.default_rng(7)
    xs = rng.normal(2_500_000, 400_000, n)
    ys = rng.normal(1_100_000, 300_000, n)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(6372)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("events", srs, ogr.wkbPoint)
    dataset.StartTransaction()
    for x, y in zip(xs, ys):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        layer.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None
    return f"{path}|layername=events"


def test_cancelled_surface_run_leaves_nothing_and_qgis_stays_responsive(dock, tmp_path):
    """A long vdto:violencesurface run (a fine 300 m national grid) cancelled once it has started smoothing."""
    from qgis.core import QgsProject

    from vdto_targeting.gui.tasks import StepRun

    events = _points_gpkg(tmp_path / "events.gpkg", 20_000)
    out = tmp_path / "out"
    out.mkdir()
    gaps, timer = event_loop_gaps()
    progress, outcome = [], {}
    run = StepRun("surface", "vdto:violencesurface",
                  {"INPUT": events, "RADIUS": 20000, "PIXEL_SIZE": 300, "KERNEL": 0, "OUTPUT_VALUE": 1,
                   "EXTENT": "1000000,4400000,300000,2400000 [EPSG:6372]"}, folder=str(out))
    run.progress.connect(progress.append)
    run.done.connect(lambda status, result: outcome.update(status=status, **result))
    assert run.start()
    assert wait_for(lambda: progress and progress[-1] > 10, 120), progress[-5:]
    run.cancel()
    assert wait_for(lambda: "status" in outcome, 60)
    timer.stop()
    assert outcome["status"] == "cancelled", outcome
    assert list(QgsProject.instance().mapLayers()) == []
    assert list(out.iterdir()) == [], list(out.iterdir())
    assert max(gaps) < 0.5, f"the event loop stalled for {max(gaps):.2f} s"


def test_page_cancel_button_stops_a_run(dock):
    """The dock's own Cancel button on a real step (the demo scenario with many events)."""
    from qgis.core import QgsProject

    data = dock.page("data")
    data.values = lambda algorithm_id: {"SEED": 1, "N_EVENTS": 200000}
    data.start_algorithm("vdto:demoscenario")
    assert data.cancel_button.isEnabled()
    data.cancel_button.click()
    assert wait_for(lambda: not data.run.is_running(), 120)
    assert data.run.status in ("cancelled", "ok")
    if data.run.status == "cancelled":
        assert not QgsProject.instance().mapLayers()
        assert "Cancelled" in data.status.text()
    assert data.run_button.isEnabled() and not data.cancel_button.isEnabled()


def test_live_preview_redraws_100k_events(dock):
    """The redraw time is measured by benchmarks/bench_preview.py (no timed assertions in tests)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from benchmarks.bench_preview import clustered_events
    from vdto_targeting.gui.preview import BandwidthPreview

    x, y, w = clustered_events(100_000)
    preview = BandwidthPreview()
    preview.set_arrays(x, y, w, QgsCoordinateReferenceSystem("EPSG:6372"))
    assert preview.grid.n_cols > 3000 and preview.grid.n_rows > 2000  # national 1 km grid
    for radius in (10_000, 30_000):
        preview.redraw(radius)
    layer = preview.layer
    layer_id = layer.id()
    assert QgsProject.instance().mapLayer(layer.id()) is not None and layer.isValid()
    stats = layer.dataProvider().bandStatistics(1)
    assert stats.maximumValue > 0
    # density integrates to the total weight (minus the little that falls off the grid)
    values = preview.surface(30_000)
    assert abs(values.sum() * 1.0 - w.sum()) / w.sum() < 0.01
    preview.shutdown()
    assert QgsProject.instance().mapLayer(layer_id) is None


def test_every_algorithm_name_and_help_has_a_spanish_translation(vdto_provider):
    """The .ts is complete for the toolbox too (names and help are class attributes pylupdate5 cannot see:
    scripts/i18n_extract.py files them where VdtoAlgorithm.tr looks them up; groups are marked QT_TRANSLATE_NOOP)."""
    from qgis.PyQt.QtCore import QCoreApplication

    from vdto_targeting.i18n import install_translator
    from vdto_targeting.processing.base import GROUPS

    translator = install_translator("es")
    assert translator is not None, "i18n/vdto_targeting_es.qm is missing: run make translate"
    try:
        untranslated = []
        for alg in vdto_provider.algorithms():
            cls = type(alg)
            for text, shown in ((cls.DISPLAY, alg.displayName()), (cls.HELP, alg.shortHelpString()),
                                (GROUPS[cls.GROUP], alg.group())):
                if shown == text:
                    untranslated.append(f"{alg.id()}: {text[:60]}")
        assert untranslated == [], untranslated
    finally:
        QCoreApplication.removeTranslator(translator)


def test_shutdown_cancels_a_running_task_and_its_partial_files_go(
        qgis_iface, vdto_provider, qgis_new_project, tmp_path):
    """What plugin unload does while a step runs: the task stops, nothing is loaded, nothing is left on disk."""
    from qgis.core import QgsApplication, QgsProject, QgsSettings

    from vdto_targeting.definitions import SETTINGS_PREFIX
    from vdto_targeting.gui import tasks
    from vdto_targeting.gui.dock import VdtoTargetingDock

    dock = VdtoTargetingDock(qgis_iface, qgis_iface.mainWindow())
    data = dock.page("data")
    dock.analysis.folder.setFilePath(str(tmp_path))
    data.values = lambda algorithm_id: {"EXTENT": "1000000,4000000,300000,2400000 [EPSG:6372]",
                                        "POINTS_NUMBER": 10_000_000, "MIN_DISTANCE": 0, "TARGET_CRS": "EPSG:6372"}
    data.start_algorithm("native:randompointsinextent")
    assert tasks._RUNNING
    dock.shutdown()
    dock.deleteLater()
    assert wait_for(lambda: not tasks._RUNNING, 120)
    assert wait_for(lambda: QgsApplication.taskManager().countActiveTasks() == 0, 30)
    assert not QgsProject.instance().mapLayers()
    assert list(tmp_path.iterdir()) == []
    QgsSettings().remove(SETTINGS_PREFIX.rstrip("/"))


def test_a_step_that_cannot_start_says_why(dock):
    """Bad input is refused before a task starts, with the algorithm's own sentence, and the page is usable again."""
    zones = dock.page("zones")
    zones.start()  # no layers at all in the project: the step waits and says for what, no task is started
    assert zones.run is None
    text = zones.status.text()
    assert text.startswith("Waiting for you:") and "Enforcement zones" in text and "events" in text, text
    assert zones.run_button.isEnabled() and not zones.cancel_button.isEnabled()


# --------------------------------------------------------------------------- restore exactly, never substitute
def _gpkg_layer(path, geometry, name, fields="deaths:integer", rows=3):
    """A GeoPackage-backed layer (it survives saving and reopening the project, unlike a memory layer)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorFileWriter, QgsVectorLayer

    memory = QgsVectorLayer(f"{geometry}?crs=EPSG:4326&field={fields}", name, "memory")
    features = []
    for i in range(rows):
        feature = QgsFeature(memory.fields())
        x, y = -106.4 + i * 0.1, 31.7
        if geometry == "Point":
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        else:
            feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + .1} {y},{x + .1} {y + .1},{x} {y}))"))
        feature.setAttributes([i + 1])
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    from qgis.core import QgsCoordinateTransformContext

    QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), QgsCoordinateTransformContext(), options)
    layer = QgsVectorLayer(str(path), name, "ogr")
    assert layer.isValid(), path
    return layer


def _reopen(project, path):
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))


def test_reopen_restores_layers_by_id_and_source_and_reports_what_it_cannot(dock, tmp_path):
    """Removed, renamed, changed and look-alike layers: the dock restores exactly or says why; it never guesses."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    events = _gpkg_layer(tmp_path / "ged.gpkg", "Point", "events")
    ports = _gpkg_layer(tmp_path / "ports.gpkg", "Point", "ports")
    munis = _gpkg_layer(tmp_path / "munis.gpkg", "Polygon", "municipalities", "pop:integer")
    corridors = _gpkg_layer(tmp_path / "corridors.gpkg", "Polygon", "corridor buffers", "pop:integer")
    project.addMapLayers([ports, corridors, events, munis])  # the look-alikes come first in the project
    dock.analysis.events.setLayer(events)
    dock.analysis.deaths.setField("deaths")
    dock.analysis.municipalities.setLayer(munis)
    dock.page("data").ports.setLayer(ports)
    sources = {"events": events.source(), "ports": ports.source()}
    case = tmp_path / "case.qgz"

    # 1. renamed in the layer tree: same id, same source, so the same layer comes back, no problem reported
    munis.setName("Municipios INEGI")
    _reopen(project, case)
    assert dock.analysis.municipalities.currentLayer().name() == "Municipios INEGI"
    assert dock.analysis.events.currentLayer().source() == sources["events"]
    assert dock.context.layer("ports").source() == sources["ports"]
    assert dock.state.problems == {}

    # 2. the events layer removed and a look-alike added (same name, type and fields): reported, never substituted
    project.removeMapLayer(project.mapLayersByName("events")[0].id())
    look_alike = _gpkg_layer(tmp_path / "acled.gpkg", "Point", "events")
    project.addMapLayer(look_alike)
    _reopen(project, case)
    assert dock.analysis.events.currentLayer() is None
    assert "analysis/events" in dock.state.problems
    assert "no longer in the project" in dock.state.problems["analysis/events"]
    assert "no longer in the project" in dock.analysis.summary.text()
    assert dock.analysis.municipalities.currentLayer().name() == "Municipios INEGI"  # the others still restore
    for step in ("surface", "organisations", "zones"):
        page = dock.page(step)
        page.start()
        assert page.run is None, step  # the step waits for the analyst
        assert page.status.text().startswith("Waiting for you:") and "no longer in the project" in \
            page.status.text(), (step, page.status.text())
    organisations = dock.page("organisations")
    values = organisations.fill_roles("vdto:rankvdtos", organisations.values("vdto:rankvdtos"))
    assert values.get("INPUT") is None and values.get("REGIONS") is None  # nothing guessed from layer types
    # choosing again clears the problem
    dock.analysis.events.setLayer(project.mapLayersByName("events")[0])  # the look-alike, reloaded
    assert "analysis/events" not in dock.state.problems

    # 3. a layer whose id now reads another file (its source was changed): reported, not used
    munis_id = dock.analysis.municipalities.currentLayer().id()
    _reopen(project, case)
    munis_now = project.mapLayer(munis_id)
    other = _gpkg_layer(tmp_path / "munis_2020.gpkg", "Polygon", "x", "pop:integer")
    munis_now.setDataSource(other.source(), munis_now.name(), "ogr")
    assert project.write(str(case))
    project.clear()
    assert project.read(str(case))
    assert dock.analysis.municipalities.currentLayer() is None
    assert "now reads" in dock.state.problems["analysis/municipalities"], dock.state.problems


def test_zones_file_restored_on_reopen_and_a_missing_one_waits(dock, tmp_path):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    zones_path = tmp_path / "zones.gpkg"
    dock.analysis.zones_file.setFilePath(str(zones_path))
    panel = dock.page("zones").panel
    assert panel.layer is not None and zones_path.exists()
    assert dock.analysis.zones_layer().id() == panel.layer.id()
    _reopen(project, tmp_path / "case.qgz")
    assert panel.layer is not None and panel.path_edit.text() == str(zones_path)
    assert dock.state.problems == {}
    assert project.write(str(tmp_path / "case.qgz"))
    project.clear()
    for suffix in ("", "-wal", "-shm"):
        if (tmp_path / f"zones.gpkg{suffix}").exists():
            (tmp_path / f"zones.gpkg{suffix}").unlink()
    assert project.read(str(tmp_path / "case.qgz"))
    assert not zones_path.exists()  # not silently recreated empty
    assert "no longer exists" in dock.state.problems.get("analysis/zones_file", "")


def test_zone_added_by_processing_appears_in_the_panel_at_once(dock, tmp_path):
    """``vdto:bufferzone`` writes the zones file through its own connection: the open panel follows."""
    import processing

    dock.analysis.zones_file.setFilePath(str(tmp_path / "zones.gpkg"))
    panel = dock.page("zones").panel
    assert panel.table.rowCount() == 0
    processing.run("vdto:bufferzone", {"POINT": "-106.45,31.70 [EPSG:4326]", "RADIUS_KM": 15,
                                       "ZONES_FILE": str(tmp_path / "zones.gpkg"), "NAME": "Ciudad Juárez"})
    assert wait_for(lambda: panel.table.rowCount() == 1, 20)
    assert panel.table.item(0, 0).text() == "Ciudad Juárez"

    # the attribute table of the zones layer itself (edit, save): the panel follows on commit
    layer = panel.layer
    assert layer.startEditing()
    feature = next(layer.getFeatures())
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("name"), "Juárez centro")
    assert layer.commitChanges()
    assert wait_for(lambda: panel.table.item(0, 0).text() == "Juárez centro", 20)

    # another layer on the same file (a second copy in the project, another panel or program): the file watcher
    from qgis.core import QgsVectorLayer

    other = QgsVectorLayer(f"{tmp_path / 'zones.gpkg'}|layername=zones", "zones (copy)", "ogr")
    assert other.startEditing()
    feature = next(other.getFeatures())
    other.changeAttributeValue(feature.id(), other.fields().indexOf("name"), "Juárez norte")
    assert other.commitChanges()
    assert wait_for(lambda: panel.table.item(0, 0).text() == "Juárez norte", 20)


def test_period_offered_from_the_data_text_years_included(dock, tmp_path):
    from qgis.core import QgsFeature, QgsProject, QgsVectorLayer

    table = QgsVectorLayer("None?field=cvegeo:string&field=year:string&field=homicides:integer", "inegi", "memory")
    rows = []
    for year in ("2006", "2009", "2012"):
        feature = QgsFeature(table.fields())
        feature.setAttributes(["08037", year, 10])
        rows.append(feature)
    table.dataProvider().addFeatures(rows)
    QgsProject.instance().addMapLayer(table)
    dock.analysis.start.setDate(dock.analysis.start.date().addYears(13))  # 2019 …
    dock.analysis.end.setDate(dock.analysis.end.date().addYears(9))      # … 2021
    dock.page("data").homicides.setLayer(table)
    assert dock.analysis.period() == ("2006-01-01", "2012-12-31")

    events = QgsVectorLayer("Point?crs=EPSG:4326&field=date_start:string&field=best:integer", "ged", "memory")
    feats = []
    for day in ("2007-03-02", "2011-10-30"):
        feature = QgsFeature(events.fields())
        feature.setAttributes([day, 1])
        feats.append(feature)
    events.dataProvider().addFeatures(feats)
    QgsProject.instance().addMapLayer(events)
    dock.analysis.events.setLayer(events)
    assert dock.analysis.period() == ("2006-01-01", "2012-12-31")  # overlaps the data: kept until asked
    assert dock.analysis.fit_period()
    # whole months: the homicide counts are monthly, so every step can count exactly the same period
    assert dock.analysis.period() == ("2007-03-01", "2011-10-31")


def _dated_events(days, where=(-106.45, 31.70)):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=date_start:string&field=best:integer", "ged", "memory")
    features = []
    for i, (day, deaths) in enumerate(days):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(where[0] + 0.01 * i, where[1])))
        feature.setAttributes([day, deaths])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


DAYS = [("2005-12-31", 7), ("2006-01-01", 1), ("2009-06-15", 2), ("2012-12-31", 3), ("2013-01-01", 11)]


def test_live_preview_and_zone_figures_count_only_the_period(dock, tmp_path):
    """The same period everywhere: the live preview and the zones panel count 2006-01-01 … 2012-12-31 only."""
    import processing
    from qgis.core import QgsProject, QgsVectorLayer

    events = _dated_events(DAYS)
    munis = QgsVectorLayer("Polygon?crs=EPSG:4326&field=pop:integer", "munis", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    feature = QgsFeature(munis.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((-107 31,-106 31,-106 32,-107 32,-107 31))"))
    feature.setAttributes([1000])
    munis.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayers([events, munis])
    analysis = dock.analysis
    analysis.events.setLayer(events)
    analysis.deaths.setField("best")
    analysis.municipalities.setLayer(munis)
    analysis.start.setDate(analysis.start.date().fromString("2006-01-01", "yyyy-MM-dd"))
    analysis.end.setDate(analysis.end.date().fromString("2012-12-31", "yyyy-MM-dd"))
    in_period = [deaths for day, deaths in DAYS if "2006-01-01" <= day <= "2012-12-31"]  # hand count: 3 events

    surface = dock.page("surface")
    surface.live.setChecked(True)
    assert surface.preview is not None and surface.preview.n_points == len(in_period) == 3
    assert abs(float(surface.preview.binned.sum()) - sum(in_period)) < 1e-6  # deaths 1 + 2 + 3
    # the preview redraws with the run's kernel and the exact radius typed, past the slider's end too
    from vdto_targeting.definitions import Kernel

    surface.kernel.setCurrentIndex(surface.kernel.findData(Kernel.TRIWEIGHT.value))
    surface.radius.setValue(123.5)
    assert wait_for(lambda: surface.preview.radius == 123_500.0, 20)
    assert surface.preview.kernel == Kernel.TRIWEIGHT.value
    assert surface.values("vdto:violencesurface")["RADIUS"] == surface.preview.radius
    surface.mask.setLayer(munis)   # and the run's mask
    assert surface.preview.mask_layer is munis and surface.preview.mask is not None
    surface.mask.setLayer(None)
    assert surface.preview.mask is None
    surface.input.setLayer(munis)   # municipal counts instead of events: the preview smooths those, as the run
    surface.weight.setField("pop")
    assert surface.preview.n_points == 1 and abs(float(surface.preview.binned.sum()) - 1000) < 1e-6
    surface.input.setLayer(None)
    assert surface.preview.n_points == 3

    analysis.folder.setFilePath(str(tmp_path))
    analysis.zones_file.setFilePath(str(tmp_path / "zones.gpkg"))
    processing.run("vdto:bufferzone", {"POINT": "-106.43,31.70 [EPSG:4326]", "RADIUS_KM": 20,
                                       "ZONES_FILE": str(tmp_path / "zones.gpkg"), "NAME": "Juárez"})
    panel = dock.page("zones").panel
    assert wait_for(lambda: panel.last_figures is not None and len(panel.last_figures) == 1, 20)
    figures = panel.last_figures
    assert int(figures.iloc[0]["events"]) == 3 and float(figures.iloc[0]["deaths"]) == 6.0
    # New…/Open… and the briefing's file choosers open in the results folder
    assert panel.folder_for_dialogs() == str(tmp_path)
    assert dock.page("briefing").pdf.defaultRoot() == str(tmp_path)
    surface.live.setChecked(False)


def test_field_pack_from_the_dock_is_the_map_as_it_is(dock, tmp_path):
    """Write the field pack from the Briefing step: the analyst's file name, every layer of the tree (zones and
    events included) in the same order and visibility, and the canvas extent."""
    from qgis.core import QgsProject, QgsRectangle

    data = dock.page("data")
    dock.analysis.folder.setFilePath(str(tmp_path))
    data.demo_button.click()
    assert wait_for(lambda: data.run is not None and not data.run.is_running(), 120), data.status.text()
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    hubs = root.findLayer(dock.context.layer("destinations").id())
    hubs.setItemVisibilityChecked(False)  # the analyst hid one layer
    canvas = dock.iface.mapCanvas()
    canvas.setDestinationCrs(dock.context.layer("events").crs())
    canvas.setExtent(QgsRectangle(-110.0, 20.0, -100.0, 30.0))
    before = [(node.layer().name(), node.isVisible()) for node in root.findLayers()]
    briefing = dock.page("briefing")
    chosen = tmp_path / "for colleague.gpkg"
    briefing.pack_file.setFilePath(str(chosen))
    briefing.start_algorithm("vdto:fieldpack")
    assert wait_for(lambda: briefing.run is not None and not briefing.run.is_running(), 120), briefing.status.text()
    assert briefing.run.status == "ok", briefing.status.text()
    assert chosen.exists()

    packed = QgsProject()
    assert packed.read(f"geopackage:{chosen}?projectName=vdto_field_pack")
    after = [(node.layer().name(), node.isVisible()) for node in packed.layerTreeRoot().findLayers()]
    assert after == before, (after, before)
    sources = " ".join(layer.source() for layer in packed.mapLayers().values())
    assert "layername=zones" in sources and "Events" in [name for name, _v in after]
    view = packed.viewSettings().defaultViewExtent()
    assert abs(view.center().x() - canvas.extent().center().x()) < 1e-6
    assert abs(view.width() - canvas.extent().width()) < 1e-6


def test_real_data_zone_figures_follow_the_analysis_period(dock, tmp_path, shared_data):
    """A 15 km zone on Ciudad Juárez, UCDP 1989–2023 loaded, analysis period 2006–2012. The panel
    counts the period's events only, as an independent geopandas count in the reference venv does."""
    import processing
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtCore import QDate

    from tests.datasets import MUNICIPIOS_LITE, UCDP_GPKG

    events = QgsVectorLayer(str(shared_data / UCDP_GPKG), "ucdp", "ogr")
    munis = QgsVectorLayer(str(shared_data / MUNICIPIOS_LITE) + "|layername=municipios", "municipios", "ogr")
    QgsProject.instance().addMapLayers([events, munis])
    analysis = dock.analysis
    analysis.events.setLayer(events)
    analysis.deaths.setField("best")
    analysis.municipalities.setLayer(munis)
    analysis.start.setDate(QDate(2006, 1, 1))
    analysis.end.setDate(QDate(2012, 12, 31))
    zones_path = tmp_path / "zones.gpkg"
    analysis.zones_file.setFilePath(str(zones_path))
    processing.run("vdto:bufferzone", {"POINT": "-106.4245,31.6904 [EPSG:4326]", "RADIUS_KM": 15,
                                       "ZONES_FILE": str(zones_path), "NAME": "Ciudad Juárez 15 km"})
    panel = dock.page("zones").panel
    assert wait_for(lambda: panel.last_figures is not None and len(panel.last_figures) == 1, 60)
    figures = panel.last_figures.iloc[0]
    reference = _precise_zone_reference(shared_data, zones_path, "2006-01-01", "2012-12-31")
    everything = _precise_zone_reference(shared_data, zones_path, "", "")
    print("Ciudad Juárez 15 km, 2006–2012:", float(figures["events"]), float(figures["deaths"]), reference)
    # precise events counted where they fall, those known only to a municipality or a state shared by area
    assert int(figures["events_point"]) == reference["events_point"] < everything["events_point"]
    assert float(figures["events"]) == pytest.approx(reference["events"], rel=3e-3)
    assert float(figures["deaths"]) == pytest.approx(reference["deaths"], rel=3e-3)

    # saved, closed and reopened (the ports, a point layer, listed first): the same inputs, the same figures
    from tests.datasets import PORTS_GPKG

    QgsProject.instance().addMapLayer(QgsVectorLayer(str(shared_data / PORTS_GPKG), "ports", "ogr"))
    case = tmp_path / "case.qgz"
    assert QgsProject.instance().write(str(case))
    QgsProject.instance().clear()
    assert panel.layer is None
    assert QgsProject.instance().read(str(case))
    assert dock.state.problems == {}
    assert analysis.events.currentLayer().name() == "ucdp" and analysis.period() == ("2006-01-01", "2012-12-31")
    assert analysis.layer("study_area").name() == "municipios"
    assert wait_for(lambda: panel.last_figures is not None and len(panel.last_figures) == 1
                    and int(panel.last_figures.iloc[0]["events_point"]) == reference["events_point"], 60)
    assert float(panel.last_figures.iloc[0]["deaths"]) == pytest.approx(reference["deaths"], rel=3e-3)


def _precise_zone_reference(shared_data, zones_path, start: str, end: str) -> dict:
    """The zone's figures by an independent geopandas computation (tests/reference/precision_reference.py)."""
    import json

    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer)

    from tests.datasets import MUNICIPIOS_LITE, UCDP_CSV
    from tests.reference import run_precision_reference

    layer = QgsVectorLayer(f"{zones_path}|layername=zones", "zones", "ogr")
    geometry = next(layer.getFeatures()).geometry()
    geometry.transform(QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:6372"),
                                              QgsProject.instance()))
    ref = run_precision_reference("zones", str(shared_data / UCDP_CSV), str(shared_data / MUNICIPIOS_LITE),
                                  json.dumps({"zone": geometry.asWkt()}), start, end)["zones"]["zone"]
    return dict(ref, events=ref["events_point"] + ref["events_spread"],
                deaths=ref["deaths_point"] + ref["deaths_spread"])


def test_events_join_the_results_above_the_choropleth(dock, tmp_path):
    """The analyst's events, below an opaque municipal choropleth of the results, move up to their place."""
    from qgis.core import QgsProject

    from vdto_targeting.definitions import LAYER_GROUP_NAME, LAYER_STEP_PROPERTY
    from vdto_targeting.gui.tasks import add_to_group

    project = QgsProject.instance()
    events = _gpkg_layer(tmp_path / "ged.gpkg", "Point", "ged")
    project.addMapLayer(events)
    dock.analysis.events.setLayer(events)
    choropleth = _gpkg_layer(tmp_path / "hot.gpkg", "Polygon", "Hotspots (Gi*)", "pop:integer")
    choropleth.setCustomProperty(LAYER_STEP_PROPERTY, "hotspots")
    add_to_group(choropleth, "hotspots")
    root = project.layerTreeRoot()
    root.findLayer(events.id()).setItemVisibilityChecked(True)
    dock.arrange_map()
    group = root.findGroup(LAYER_GROUP_NAME)
    names = [node.layer().name() for node in group.findLayers()]
    assert names == ["ged", "Hotspots (Gi*)"], names
    assert group.findLayer(events.id()).itemVisibilityChecked()
    assert [node.layer().name() for node in root.findLayers()].count("ged") == 1


def _page_algorithms(page):
    """Every algorithm a page can run: Run's queue and the buttons beside it (demo, field pack, cycle)."""
    from vdto_targeting.gui.cycle_panel import CYCLE_ALGORITHMS
    from vdto_targeting.gui.steps.briefing import FIELD_PACK
    from vdto_targeting.gui.steps.data import DEMO

    extra = {"data": (DEMO,), "briefing": (FIELD_PACK,),
             "organisations": CYCLE_ALGORITHMS if getattr(page, "cycle", None) is not None else ()}
    return tuple(page.ALGORITHMS) + tuple(extra.get(page.STEP, ()))


def test_an_undeclared_parameter_is_an_error_not_a_log_line(vdto_provider, tmp_path):
    from qgis.core import QgsApplication

    from vdto_targeting.gui.tasks import UndeclaredParameters, prepare_parameters
    from vdto_targeting.processing.surface import ViolenceSurface

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("vdto:violencesurface")
    parameters, _created = prepare_parameters(algorithm, {ViolenceSurface.RADIUS: 20000.0}, tmp_path, "run")
    assert parameters[ViolenceSurface.RADIUS] == 20000.0
    with pytest.raises(UndeclaredParameters) as raised:
        prepare_parameters(algorithm, {ViolenceSurface.RADIUS: 20000.0, "PERIOD": "2010"}, tmp_path, "run")
    assert raised.value.names == ["PERIOD"]
    assert "vdto:violencesurface" in str(raised.value) and "PERIOD" in str(raised.value)


@pytest.mark.slow
def test_every_page_sends_only_declared_parameters_with_acceptable_values(dock, tmp_path):
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProject

    from vdto_targeting.gui.tasks import prepare_parameters

    from vdto_targeting.gui.cycle_panel import ANNOUNCE_EFFECT, CYCLE_PAGE, DISPLACEMENT, NOTICE

    registry = QgsApplication.processingRegistry()
    # the cycle's buttons run these only for a target selected in its table (names checked, values not)
    needs_a_target = {ANNOUNCE_EFFECT, DISPLACEMENT, NOTICE, CYCLE_PAGE}

    def check_every_page(checked_values: dict, check_values: bool = True) -> None:
        for page in dock.pages:
            for algorithm_id in _page_algorithms(page):
                algorithm = registry.createAlgorithmById(algorithm_id)
                assert algorithm is not None, algorithm_id
                declared = {definition.name() for definition in algorithm.parameterDefinitions()}
                values = page.fill_roles(algorithm_id, page.values(algorithm_id))
                undeclared = set(values) - declared
                assert not undeclared, f"{page.STEP} sends {sorted(undeclared)} to {algorithm_id}"
                parameters, _created = prepare_parameters(algorithm, values, tmp_path, f"{page.STEP}_contract")
                if not check_values or algorithm_id in needs_a_target or page.missing_inputs(algorithm_id, values):
                    continue  # the page waits for an input: it would not run, so its values are not checked
                context = QgsProcessingContext()
                context.setProject(QgsProject.instance())
                ok, problem = algorithm.checkParameterValues(parameters, context)
                assert ok, f"{page.STEP} → {algorithm_id}: {problem}"
                checked_values.setdefault(algorithm_id, set(values))

    empty: dict = {}
    check_every_page(empty, check_values=False)  # a fresh dock, no layers: names only (every step waits for its inputs)

    data = dock.page("data")
    data.demo_button.click()
    assert wait_for(lambda: data.run is not None and not data.run.is_running(), 120), data.status.text()
    assert data.run.status == "ok", data.status.text()
    dock.adopt_roles()
    checked: dict = {}
    check_every_page(checked)
    # with the demo loaded, the steps that need only the analysis and the Data page's inputs are checked in full
    for algorithm_id in ("vdto:demoscenario", "vdto:municipalindicators", "vdto:violencesurface", "vdto:hotspots",
                         "vdto:rankvdtos", "vdto:territories", "vdto:zonestatistics", "vdto:briefing",
                         "vdto:fieldpack"):
        assert algorithm_id in checked, (algorithm_id, sorted(checked))
    # the analysis's events reach every events algorithm under the name it reads them by
    assert "INPUT" in checked["vdto:rankvdtos"] and "EVENTS" not in checked["vdto:rankvdtos"]


def test_enum_choices_are_the_algorithms_options_and_the_dock_sends_plain_ints(dock):
    """definitions' IntEnums have one member per option of the algorithm's enum parameter, in its order, and the
    dock's combos hold the members' plain ints (Qt would wrap a member as a Python object Processing refuses)."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QComboBox

    from vdto_targeting.definitions import (KERNEL_NAMES, PAGE_SIZE_NAMES, Attribution, Kernel, PageSize,
                                            PolygonMode, SurfaceMeasure, SurfaceOutput, WeightsScheme)

    registry = QgsApplication.processingRegistry()
    expected = {("vdto:violencesurface", "KERNEL"): Kernel, ("vdto:violencesurface", "OUTPUT_VALUE"): SurfaceOutput,
                ("vdto:violencesurface", "POLYGON_MODE"): PolygonMode, ("vdto:hotspots", "WEIGHTS"): WeightsScheme,
                ("vdto:rankvdtos", "ATTRIBUTION"): Attribution, ("vdto:briefing", "PAGE_SIZE"): PageSize,
                ("vdto:briefing", "SURFACE_MEASURE"): SurfaceMeasure}
    for (algorithm_id, name), choices in expected.items():
        definition = registry.algorithmById(algorithm_id).parameterDefinition(name)
        assert len(definition.options()) == len(choices), (algorithm_id, name, definition.options())
        assert [member.value for member in choices] == list(range(len(choices)))
    assert len(KERNEL_NAMES) == len(Kernel) and len(PAGE_SIZE_NAMES) == len(PageSize)
    assert registry.algorithmById("vdto:briefing").parameterDefinition("PAGE_SIZE").options() == PAGE_SIZE_NAMES
    assert registry.algorithmById("vdto:violencesurface").parameterDefinition("KERNEL").defaultValue() == 0
    for page in dock.pages:
        for combo in page.findChildren(QComboBox):
            for index in range(combo.count()):
                data = combo.itemData(index)
                assert data is None or type(data) in (int, str, bool, float), (combo.objectName(), index, data)
    surface = dock.page("surface")
    assert surface.radius.value() * 1000.0 == registry.algorithmById("vdto:violencesurface") \
        .parameterDefinition("RADIUS").defaultValue()
