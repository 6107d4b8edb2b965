"""Spanish: the .ts is complete and current, and the compiled .qm makes algorithms, refusals and the dock Spanish.

The runtime checks go through the real lookups: ``VdtoAlgorithm.tr`` (class context, then base classes, then
"@default"), ``fail()`` raised inside a real ``processing.run`` and the module-level ``tr`` helpers of the zones panel.
"""
from __future__ import annotations

import shutil
import subprocess  # nosec B404 - lrelease and the extractor, fixed arguments
import sys
import xml.etree.ElementTree as ET  # nosec B405 - our own .ts
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "i18n" / "vdto_targeting_es.ts"
EXTRACT = REPO / "scripts" / "i18n_extract.py"


def test_every_message_is_translated():
    root = ET.parse(TS).getroot()  # nosec B314
    unfinished = [f"[{context.findtext('name')}] {message.findtext('source')[:80]}"
                  for context in root.findall("context") for message in context.findall("message")
                  if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not (message.findtext("translation") or "").strip()]
    assert unfinished == [], f"{len(unfinished)} unfinished: run make translate, then scripts/i18n_fill.py"


def test_ts_is_current_with_the_sources():
    """Nothing new to extract and nothing obsolete (pylupdate5 runs on a copy when installed)."""
    result = subprocess.run([sys.executable, str(EXTRACT), "--check", str(TS)], cwd=REPO,  # nosec B603
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"run make translate and translate what is new:\n{result.stdout}{result.stderr}"


@pytest.fixture()
def spanish(tmp_path, monkeypatch, qgis_app):
    """The .ts compiled now (not a stale .qm) and installed through vdto_targeting.i18n.install_translator."""
    from qgis.PyQt.QtCore import QCoreApplication

    from vdto_targeting import i18n

    lrelease = shutil.which("lrelease")
    if lrelease is None:
        pytest.skip("lrelease (qttools5-dev-tools) is not installed")
    folder = tmp_path / "i18n"
    folder.mkdir()
    subprocess.run([lrelease, str(TS), "-qm", str(folder / "vdto_targeting_es.qm")],  # nosec B603
                   check=True, capture_output=True, timeout=120)
    monkeypatch.setattr(i18n, "i18n_path", lambda *parts: folder.joinpath(*parts))
    translator = i18n.install_translator("es")
    assert translator is not None, "the compiled .qm did not load"
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_algorithm_names_groups_help_and_parameters_in_spanish(vdto_provider, spanish):
    from qgis.core import QgsApplication

    from vdto_targeting.processing.base import GROUPS

    registry = QgsApplication.processingRegistry()
    surface = registry.algorithmById("vdto:violencesurface")
    assert surface.displayName() == "Superficie de violencia (densidad por núcleo)"
    assert surface.group() == "2 · Superficie de violencia"
    assert registry.algorithmById("vdto:hotspots").displayName() == (
        "Puntos calientes y regiones violentas (Gi*, Moran local)")
    for alg in vdto_provider.algorithms():  # every name, group and help: class attributes found by the extractor
        cls = type(alg)
        assert alg.displayName() != cls.DISPLAY, alg.id()
        assert alg.group() != GROUPS[cls.GROUP], alg.id()
        assert alg.shortHelpString() != cls.HELP, alg.id()
    fresh = surface.create()  # parameters are described at creation: self.tr() in the subclass's context
    assert fresh.parameterDefinition("RADIUS").description() == "Radio en metros (0 = automático)"
    homicides = registry.algorithmById("vdto:importhomicides").create()  # written in the base _TableImporter
    assert homicides.parameterDefinition("CODE_FIELD").description() == "Campo de clave municipal"


def _events(features: int):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:6372&field=w:double", "events", "memory")
    points = []
    for i in range(features):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(f"POINT({1.6e6 + 1000 * i} {9.5e5 + 700 * i})"))
        feature["w"] = 1.0
        points.append(feature)
    layer.dataProvider().addFeatures(points)
    layer.updateExtents()
    return layer


@pytest.mark.parametrize("case, features, radius, expected", [
    ("negative radius", 20, -1.0, "El radio es -1"),
    ("empty layer", 0, 20000.0, "La capa de entrada está vacía"),
])
def test_a_real_refusal_is_in_spanish(vdto_provider, spanish, tmp_path, case, features, radius, expected):
    import processing
    from qgis.core import QgsProcessingException

    output = tmp_path / "surface.tif"
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("vdto:violencesurface",
                       {"INPUT": _events(features), "RADIUS": radius, "PIXEL_SIZE": 1000.0, "OUTPUT": str(output)})
    assert expected in str(caught.value), (case, str(caught.value))
    assert "choose" not in str(caught.value) and "must be" not in str(caught.value), str(caught.value)
    assert not output.exists()


def test_refusals_written_outside_the_class_fall_back_to_vdtoalgorithm(vdto_provider, spanish):
    """``alg.fail(...)`` in a module-level helper is filed under "VdtoAlgorithm", which every algorithm searches."""
    from vdto_targeting.processing.vdtos import RankVdtosAlgorithm

    error = RankVdtosAlgorithm.fail("The {0} date '{1}' is not a date: write it as YYYY-MM-DD or DD/MM/YYYY (or "
                                    "YYYY-MM, YYYY), e.g. 2020-01-31 or 31/01/2020.",
                                    RankVdtosAlgorithm.tr("start"), "01/31/2020")
    assert str(error).startswith("La fecha de inicio '01/31/2020' no es una fecha"), str(error)
    assert "AAAA-MM-DD" in str(error)


def test_dock_and_zones_panel_in_spanish(qgis_iface, vdto_provider, qgis_new_project, spanish):
    from qgis.core import QgsSettings
    from qgis.PyQt.QtWidgets import QPushButton

    from vdto_targeting.definitions import SETTINGS_PREFIX
    from vdto_targeting.gui.dock import VdtoTargetingDock
    from vdto_targeting.gui.zones_panel import translate_flags

    QgsSettings().remove(SETTINGS_PREFIX.rstrip("/"))
    dock = VdtoTargetingDock(qgis_iface, qgis_iface.mainWindow())
    try:
        steps = [dock.steps.itemText(i) for i in range(dock.steps.count())]
        assert steps[:2] == ["1 · Datos", "2 · Superficie de violencia"], steps
        buttons = {button.text() for button in dock.findChildren(QPushButton) if button.text()}
        assert "Dibujar polígono" in buttons and "Draw polygon" not in buttons, sorted(buttons)  # module-level tr()
        assert translate_flags("outside study area; overlaps Z2") == "fuera del área de estudio; se superpone con Z2"
    finally:
        dock.shutdown()
        dock.deleteLater()
        QgsSettings().remove(SETTINGS_PREFIX.rstrip("/"))
