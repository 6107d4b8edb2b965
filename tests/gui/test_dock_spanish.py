"""GUI tier: QGIS started in Spanish shows the dock (and the toolbox names) in Spanish."""
from __future__ import annotations

from tests.qgis_desktop import errors_in, run_in_qgis

BODY = r'''
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QPushButton
plugin = qgis.utils.plugins["vdto_targeting"]
plugin.dock_action.trigger()
pump(1.0)
dock = iface.mainWindow().findChild(QDockWidget, "VdtoTargetingDock")
iface.mainWindow().resizeDocks([dock], [520], Qt.Orientation.Horizontal)
RESULT["title"] = dock.windowTitle()
RESULT["steps"] = [dock.steps.itemText(i) for i in range(dock.steps.count())]
RESULT["buttons"] = sorted({b.text() for b in dock.findChildren(QPushButton) if b.text()})
RESULT["labels"] = sorted({l.text() for l in dock.findChildren(QLabel) if l.text() and "<" not in l.text()})
RESULT["tooltip"] = dock.page("surface").slider.toolTip()
RESULT["help"] = dock.page("zones").help_label.text()
RESULT["help_title"] = dock.page("zones").help_box.title()
RESULT["action"] = plugin.dock_action.text()
alg = QgsApplication.processingRegistry().algorithmById("vdto:violencesurface")
RESULT["algorithm"] = alg.displayName() if alg else ""
RESULT["algorithm_group"] = alg.group() if alg else ""
dock.steps.setCurrentIndex(1)
pump(0.5)
screenshot("dock_spanish")
screenshot("dock_spanish_panel", dock)
'''


def test_dock_speaks_spanish_when_qgis_does():
    result = run_in_qgis(BODY, "dock_es", locale="es")
    assert "error" not in result, result["error"]
    assert result["steps"] == ["1 · Datos", "2 · Superficie de violencia", "3 · Puntos calientes y regiones",
                               "4 · Organizaciones y corredores", "5 · Zonas de intervención", "6 · Informe"]
    buttons = result["buttons"]
    for expected in ("Cancelar", "Calcular la superficie", "Cargar el escenario de demostración (sintético)",
                     "Generar el informe", "Unir conteos a los municipios"):
        assert expected in buttons, buttons
    assert not {"Cancel", "Run", "Compute the surface", "Build the briefing"} & set(buttons), buttons
    labels = result["labels"]
    for expected in ("Municipios", "Eventos letales", "Radio (km)", "Forma del núcleo", "Nombre", "Estado"):
        assert expected in labels, labels
    assert not {"Municipalities", "Lethal events", "Kernel shape", "Name", "Status"} & set(labels), labels
    assert "Dibujar polígono" in buttons and "Draw polygon" not in buttons  # the embedded zones panel too
    assert result["help_title"] == "Ayuda"
    assert result["tooltip"].startswith("Radio del núcleo")
    assert "Qué significan las cifras" in result["help"] and "PAI" in result["help"]
    assert result["action"] == "Panel de VDTO Targeting"
    assert result["algorithm"] in ("", "Superficie de violencia (densidad por núcleo)")
    assert errors_in(result) == [], errors_in(result)
