"""The cycle on paper, from real UCDP 2006–2012 outputs: the cycle page (EN/ES) says ties plainly and prints the
target, the after-announcement trend and each zone's verdict; the public notice carries the rule, the organisation,
the date and the criterion and none of the intelligence."""
from __future__ import annotations

import subprocess  # nosec B404 - pdftotext, a fixed local tool
import unicodedata
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("vdto_provider")


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,  # nosec B603 B607
                          check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def cycle_outputs(shared_data, tmp_path_factory):
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    from tests.datasets import MUNICIPIOS_LITE, UCDP_GPKG
    from vdto_targeting.processing.zones import circle_zone
    from vdto_targeting.qgis_bridge.zones_layer import ZoneStore, create_zones_gpkg

    folder = tmp_path_factory.mktemp("cycle_briefing")
    events = str(shared_data / UCDP_GPKG)
    history = processing.run("vdto:rankinghistory", {
        "INPUT": events, "START": "2006-01-01", "END": "2012-12-31", "INTERVAL": 2, "BOOTSTRAP": 300, "SEED": 1,
        "OUTPUT": str(folder / "history.gpkg")})["OUTPUT"]
    zones = str(folder / "zones.gpkg")
    store = ZoneStore(create_zones_gpkg(zones))
    to_metric = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsCoordinateReferenceSystem("EPSG:6372"), QgsProject.instance())
    for name, lon, lat in (("Plaza Juarez", -106.45, 31.68), ("Plaza Monterrey", -100.31, 25.67)):
        centre = to_metric.transform(QgsPointXY(lon, lat))
        store.add_zone(circle_zone(centre.x(), centre.y(), 15), {"name": name, "start_date": "2011-01-01"},
                       QgsCoordinateReferenceSystem("EPSG:6372"))
    designated = processing.run("vdto:designatetarget", {
        "ZONES_FILE": zones, "ORGANISATION": "Los Zetas", "STATUS": 1, "DATE": "2010-12-01",
        "CRITERION": "Rank 2 in 2010 by deaths attributed under full involvement"})
    processing.run("vdto:designatetarget", {"ZONES_FILE": zones, "TARGET_ID": designated["TARGET_ID"], "STATUS": 2,
                                            "DATE": "2011-01-01"})
    effect = processing.run("vdto:announcementeffect", {
        "EVENTS": events, "START": "2006-01-01", "END": "2012-12-31", "ORGANISATION": "Los Zetas",
        "ANNOUNCED": "2011-01-01", "OUTPUT": str(folder / "effect.gpkg")})
    displacement = processing.run("vdto:displacement", {
        "ZONES": f"{zones}|layername=zones", "EVENTS": events, "MONTHS": 12, "CATCHMENT_KM": 20,
        "MUNICIPALITIES": f"{shared_data / MUNICIPIOS_LITE}|layername=municipios",
        "OUTPUT": str(folder / "displacement.gpkg")})
    return {"folder": folder, "history": history, "zones": zones, "effect": effect,
            "displacement": displacement["OUTPUT"]}


@pytest.mark.parametrize("language", [0, 1])
def test_cycle_page_states_ties_target_trend_and_verdicts(cycle_outputs, language):
    import processing
    from qgis.core import QgsVectorLayer

    folder = cycle_outputs["folder"]
    pdf = folder / f"cycle_{language}.pdf"
    processing.run("vdto:cyclebriefing", {
        "HISTORY": cycle_outputs["history"], "ZONES_FILE": cycle_outputs["zones"],
        "EFFECT": cycle_outputs["effect"]["OUTPUT"], "DISPLACEMENT": cycle_outputs["displacement"],
        "LANGUAGE": language, "OUTPUT": str(pdf)})
    text = pdf_text(pdf)
    history = QgsVectorLayer(cycle_outputs["history"], "h", "ogr")
    last = [f for f in history.getFeatures() if f["period"] == "2012"]
    tied = [f["organisation"] for f in last if f["tied_with"] and f["rank"] <= 8]
    leader = min(last, key=lambda f: f["rank"])["organisation"]
    assert leader in text and "Los Zetas" in text and "2011-01-01" in text
    assert "Plaza Juarez" in text and "Plaza Monterrey" in text
    effect = cycle_outputs["effect"]
    low = effect["POST_SLOPE"] - 1.959963984540054 * effect["POST_SLOPE_SE"]
    if language == 0:
        assert "Ranking over time" in text and "After the announcement" in text
        assert f"{effect['POST_SLOPE']:+,.1f}" in text and f"{low:+,.1f}" in text
        assert ("Tied within the bootstrap interval" in text) == bool(tied)
        for name in tied:
            assert name in text
    else:
        assert "Clasificación en el tiempo" in text and "Después del anuncio" in text
        assert ("Empatadas dentro del intervalo bootstrap" in text) == bool(tied)
    assert "LAW ENFORCEMENT SENSITIVE" in text or "SENSIBLE PARA LA APLICACIÓN DE LA LEY" in text


@pytest.mark.parametrize("language,marking,rule", [
    (0, "FOR PUBLIC RELEASE", "Violence is what draws enforcement."),
    (1, "PARA DIFUSIÓN PÚBLICA", "La violencia es lo que atrae la acción de la ley."),
])
def test_public_notice_carries_the_rule_and_none_of_the_intelligence(cycle_outputs, language, marking, rule):
    import processing
    from qgis.core import QgsProcessingException

    pdf = cycle_outputs["folder"] / f"notice_{language}.pdf"
    processing.run("vdto:publicnotice", {"ZONES_FILE": cycle_outputs["zones"], "LANGUAGE": language,
                                         "OUTPUT": str(pdf)})
    text = pdf_text(pdf)
    assert text.count(marking) == 2 and rule in text
    assert "Los Zetas" in text and "2011-01-01" in text and "Rank 2 in 2010" in text
    for secret in ("Plaza", "Juarez", "Monterrey", "WDQ", "corridor", "corredor", "port", "puerto", "SENSITIVE",
                   "SENSIBLE", "Z-"):
        assert secret not in text, secret
    import re

    assert not set(re.findall(r"\d[\d,.]*", text)) - {"2", "2010", "2011-01-01", "2011", "01"}
    empty = cycle_outputs["folder"] / "empty_zones.gpkg"
    processing.run("vdto:createzoneslayer", {"OUTPUT": str(empty)})
    never = cycle_outputs["folder"] / "never.pdf"
    with pytest.raises(QgsProcessingException, match="holds no designated or announced target"):
        processing.run("vdto:publicnotice", {"ZONES_FILE": str(empty), "OUTPUT": str(never)})
    assert not never.exists()
