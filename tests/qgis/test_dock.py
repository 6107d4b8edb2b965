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
    surface.input.setLayer(other)
    surface.weight.setField("victims")
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
    assert surface.input.currentLayer() is None
    assert surface.slider.value() == 12 and surface.radius.value() == 12.0
    assert hotspots.permutations.value() == 4999

    # Reopening the case restores the dock as it was.
    assert project.read(path)
    assert surface.input.currentLayer() is not None and surface.input.currentLayer().name() == "other"
    assert surface.weight.currentField() == "victims"
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
    assert dock.page("surface").input.currentLayer().id() == events.id()
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
    """The .ts is complete for the toolbox too (names, help and groups are class attributes pylupdate5 cannot see;
    scripts/i18n_extract.py files them where VdtoAlgorithm.tr looks them up)."""
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
    data.folder.setFilePath(str(tmp_path))
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
    zones.start()  # no layers at all in the project
    assert zones.run is not None and zones.run.status == "failed"
    assert zones.status.text().startswith("Failed:") and len(zones.status.text()) > len("Failed: ")
    assert zones.run_button.isEnabled() and not zones.cancel_button.isEnabled()
