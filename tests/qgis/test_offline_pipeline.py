"""No network, ever: the whole analyst chain runs with every socket refused, and the plugin holds no network code.

import → surface → indicators → hotspots → ranking → territories → corridors → target package → zones (created and
drawn by the algorithms) → zone statistics → briefing → field pack, on the synthetic demo scenario (fast, no real
data needed). Python sockets fail for the whole run; QGIS's own network manager must not be asked for a request.
The static half reuses the network rule of ``scripts/check_sources.py`` (the one ``make lint`` runs).
"""
from __future__ import annotations

import os
import re
import socket
import sys
from pathlib import Path

import pytest

from tests.datasets import ROOT

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# Every step the chain must run (labels of vdto_targeting/workflow.py); none may be skipped or fail.
STEPS = ["surface", "indicators", "hotspots", "ranking", "territories", "corridors", "target package",
         "zones layer", "zone 1", "zone statistics", "briefing", "field pack"]


@pytest.fixture()
def no_network(monkeypatch):
    """Socket creation raises (socket.socket, create_connection, socketpair); QGIS requests are counted."""
    from qgis.core import QgsNetworkAccessManager

    attempts: list = []

    def refuse(*args, **_kwargs):
        attempts.append(args)
        raise OSError("network disabled by the test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "socketpair", refuse)
    manager = QgsNetworkAccessManager.instance()
    requests: list = []
    manager.requestAboutToBeCreated.connect(requests.append)
    try:
        yield attempts, requests
    finally:
        manager.requestAboutToBeCreated.disconnect(requests.append)


def test_whole_pipeline_completes_without_network(vdto_provider, tmp_path, no_network):
    import processing

    from vdto_targeting.workflow import Pipeline, demo_settings, run_demo_scenario

    attempts, requests = no_network
    with pytest.raises(OSError):               # the guard is really in place
        socket.create_connection(("127.0.0.1", 9))
    attempts.clear()
    demo = run_demo_scenario(str(tmp_path / "demo"))
    # Import: the demo municipalities through the INEGI importer, a homicide table through the homicide importer.
    imported = processing.run("vdto:importmunicipalities", {"INPUT": demo["MUNICIPALITIES"],
                                                            "OUTPUT": str(tmp_path / "munis.gpkg")})
    assert imported["IMPORTED"] > 0
    homicides = processing.run("vdto:importhomicides", {
        "INPUT": str(FIXTURES / "inegi_long_synthetic_semicolon_bom.csv"), "OUTPUT": str(tmp_path / "h.gpkg")})
    assert homicides["ROWS"] > 0
    settings = demo_settings(str(tmp_path / "out"), demo, permutations=99)
    settings.municipalities = imported["OUTPUT"]
    settings.zones = ""                        # zones created and drawn by vdto:createzoneslayer / vdto:bufferzone
    settings.n_zones = 1
    result = Pipeline(settings).execute()
    log = "\n".join(result.log)
    assert result.unavailable == [] and result.failed == [], log
    for step in STEPS:              # a label may carry a detail: "[done] hotspots (eb_spatial): ..."
        assert re.search(rf"^\[done\] {re.escape(step)}( \([^)]*\))?:", log, re.M), f"{step!r} did not run:\n{log}"
    for key in ("surface", "hotspots", "ranking", "territories", "corridors", "target_package", "zones",
                "zone_statistics", "briefing", "field_pack"):
        assert result.outputs.get(key), key
    assert Path(result.outputs["briefing"]).stat().st_size > 10_000
    # Every step that reads events and maps them got the municipalities (state-level events spread the same way
    # everywhere) and said how it handled the events.
    for step in ("surface", "territories", "corridors", "zone statistics"):
        assert result.given[step]["MUNICIPALITIES"] == settings.municipalities, step
        assert result.precision[step].startswith("point "), step
        assert re.search(rf"^\[events\] {re.escape(step)}: point ", log, re.M), step
    assert "MUNICIPALITIES" not in result.given["ranking"]      # rankings count every event: nothing to spread
    assert Path(result.outputs["field_pack"]).stat().st_size > 10_000
    assert attempts == [], f"the plugin tried to open {len(attempts)} socket(s)"
    assert requests == [], f"QGIS's network manager was asked for {len(requests)} request(s)"


def test_no_network_code_in_the_plugin():
    """The NETWORK_RULE of scripts/check_sources.py finds nothing in vdto_targeting/ (and the rule does bite)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from check_sources import NETWORK_RULE, PACKAGE
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    pattern, _why = NETWORK_RULE
    for sample in ("import socket", "from urllib.request import urlopen", "import requests",
                   "QgsNetworkAccessManager.instance()", "import http.client"):
        assert pattern.search(sample), sample
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        found += [f"{os.path.relpath(path, ROOT)}:{text.count(chr(10), 0, m.start()) + 1}"
                  for m in pattern.finditer(text)]
    assert found == [], found
