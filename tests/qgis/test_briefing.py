"""vdto:demoscenario and vdto:briefing: real layouts exported to real PDFs, read back with poppler.

Checks what a decision maker sees: page count (2 + zones), the text on the pages (title, legend entries,
organisation names, the attribution line), map pages that are not blank (pdftoppm pixel statistics), and that the
PDF was produced with networking disabled (Python sockets fail; QGIS's network manager must issue no request).
"""
from __future__ import annotations

import re
import socket
import unicodedata
import subprocess  # nosec B404 - poppler tools on our own files
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.datasets import PORTS_GPKG, UCDP_GPKG


# ----------------------------------------------------------------------------------------------- helpers
@contextmanager
def network_disabled():
    """Every socket creation fails, and every request QGIS's network manager would create is counted."""
    from qgis.core import QgsNetworkAccessManager

    requests = []
    manager = QgsNetworkAccessManager.instance()
    manager.requestAboutToBeCreated.connect(requests.append)
    original = socket.socket

    def refuse(*_args, **_kwargs):
        raise OSError("network disabled by the test")

    socket.socket = refuse
    try:
        yield requests
    finally:
        socket.socket = original
        manager.requestAboutToBeCreated.disconnect(requests.append)


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout  # nosec
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def pdf_text(path: Path, page: int = 0, layout: bool = True, left_half: bool = False) -> str:
    """The text of the PDF (or one page); ``left_half``: only the page's left column (page 2's ranking/package)."""
    command = ["pdftotext"] + (["-layout"] if layout else []) + (["-f", str(page), "-l", str(page)] if page else [])
    if left_half:
        command += ["-x", "0", "-y", "0", "-W", "415", "-H", "612"]
    text = subprocess.run(command + [str(path), "-"], capture_output=True, text=True,  # nosec B603
                          check=True).stdout
    return unicodedata.normalize("NFKC", text)  # the fonts' ligatures (ﬁ, ﬃ) back to letters


def package_section(pdf: Path, heading: str, layout: bool = True) -> str:
    """Page 2's target-package section: from its heading to the end of the left column."""
    text = pdf_text(pdf, 2, layout=layout, left_half=True)
    assert heading in text, heading
    text = text[text.index(heading):]
    for after in ("Violent regions: leading organisation", "Regiones violentas: organización principal"):
        text = text.split(after)[0]   # the region shares printed below the package are not part of it
    return text


def assert_package_section(pdf: Path, package_uri: str, heading: str, headers) -> None:
    """Every organisation of the package is printed, once per port × destination, with readable figures."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(package_uri, "package", "ogr")
    organisations = {f["organisation"] for f in layer.getFeatures() if f["organisation"]}
    assert organisations
    words = " ".join(package_section(pdf, heading, layout=False).split())
    for name in organisations:
        assert name in words, f"{name} missing from the target package section"
    for header in headers:
        assert header in words, header
    assert not re.search(r"\d\.0\b|\d{4,}\.\d", words), "raw numbers (2654.0) in the package table"
    assert "vdto" not in words and "target type" not in words
    rows = [line.strip() for line in package_section(pdf, heading).splitlines() if line.strip()]
    for name in organisations:  # condensed: named on its first row only, not once per region × corridor
        named = [row for row in rows if re.search(rf"\b{re.escape(name)}(?! -)", row)]
        assert len(named) <= 1, f"{name} printed on {len(named)} rows"
    repeated = [a for a, b in zip(rows, rows[1:]) if a == b]
    assert not repeated, f"identical consecutive rows: {repeated}"


def page_pixels(path: Path, page: int, tmp_path: Path):
    """Render one page with pdftoppm (72 dpi, greyscale) and return it as a numpy array."""
    import numpy as np

    stem = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-r", "72", "-gray", "-f", str(page), "-l", str(page), "-singlefile", str(path),
                    str(stem)], check=True)  # nosec B603
    data = (stem.with_suffix(".pgm")).read_bytes()
    match = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(match.group(1)), int(match.group(2))
    return np.frombuffer(data[match.end():], dtype=np.uint8)[: width * height].reshape(height, width)


def assert_map_page_not_blank(pdf: Path, page: int, tmp_path: Path) -> None:
    pixels = page_pixels(pdf, page, tmp_path)
    height, width = pixels.shape
    frame = pixels[int(height * 0.15):int(height * 0.85), int(width * 0.05):int(width * 0.7)]
    not_white = (frame < 245).mean()
    assert not_white > 0.5, f"page {page}: map area only {not_white:.0%} drawn"
    assert frame.std() > 12, f"page {page}: map area nearly uniform (std {frame.std():.1f})"
    assert len(set(frame.ravel().tolist())) > 20, f"page {page}: too few grey levels for a map"


@pytest.fixture(scope="module")
def demo(vdto_provider, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("demo")
    return processing.run("vdto:demoscenario", {"SEED": 2014, "OUTPUT": str(folder / "demo.gpkg")})


# ----------------------------------------------------------------------------------------------- demo scenario
def test_demo_scenario_is_synthetic_deterministic_and_complete(demo, vdto_provider, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    again = processing.run("vdto:demoscenario", {"SEED": 2014, "OUTPUT": str(tmp_path / "again.gpkg")})
    other = processing.run("vdto:demoscenario", {"SEED": 7, "OUTPUT": str(tmp_path / "other.gpkg")})

    def events(uri):
        layer = QgsVectorLayer(uri, "e", "ogr")
        return [(f["side_a"], f["side_b"], f["best"], f.geometry().asWkt(5)) for f in layer.getFeatures()]

    assert events(demo["EVENTS_LAYER"]) == events(again["EVENTS_LAYER"])
    assert events(demo["EVENTS_LAYER"]) != events(other["EVENTS_LAYER"])
    layers = {key: QgsVectorLayer(demo[key], key, "ogr") for key in
              ("MUNICIPALITIES", "EVENTS_LAYER", "PORTS", "HUBS", "ZONES", "HOMICIDES")}
    assert all(layer.isValid() for layer in layers.values())
    organisations = {f["side_a"] for f in layers["EVENTS_LAYER"].getFeatures()} | \
        {f["side_b"] for f in layers["EVENTS_LAYER"].getFeatures()}
    assert organisations and all(name.endswith("(demo)") for name in organisations)
    codes = [f["cvegeo"] for f in layers["MUNICIPALITIES"].getFeatures()]
    assert len(codes) == len(set(codes)) > 500
    assert all(re.fullmatch(r"(0[1-9]|[12]\d|3[0-2])\d{3}", code) for code in codes)
    assert all(f.geometry().isGeosValid() for f in layers["MUNICIPALITIES"].getFeatures())
    assert {f["note"] for f in layers["PORTS"].getFeatures()} == {"approximate demo value"}
    assert layers["PORTS"].featureCount() == 8 and layers["ZONES"].featureCount() == 3
    # Every event lies in a demo municipality, and the homicide panel carries the events' deaths.
    event_codes = {f["cvegeo_pip"] for f in layers["EVENTS_LAYER"].getFeatures()}
    assert "" not in event_codes and event_codes <= set(codes)
    homicides = sum(f["homicides"] for f in layers["HOMICIDES"].getFeatures())
    deaths = sum(f["best"] for f in layers["EVENTS_LAYER"].getFeatures())
    assert homicides >= deaths > 0


def test_demo_scenario_refuses_a_non_geopackage_output(vdto_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    target = tmp_path / "demo.shp"
    with pytest.raises(QgsProcessingException, match=r"not a GeoPackage.*\.gpkg"):
        processing.run("vdto:demoscenario", {"OUTPUT": str(target)})
    assert not target.exists()


# ----------------------------------------------------------------------------------------------- briefing
def test_spanish_letter_briefing_of_the_demo(demo, vdto_provider, tmp_path):
    import processing
    from qgis.core import QgsProject

    pdf = tmp_path / "informe.pdf"
    with network_disabled() as requests:
        result = processing.run("vdto:briefing", {
            "ZONES": demo["ZONES"], "PORTS": demo["PORTS"], "HUBS": demo["HUBS"], "EVENTS": demo["EVENTS_LAYER"],
            "DEATHS_FIELD": "best", "STUDY_AREA": demo["MUNICIPALITIES"], "LANGUAGE": 1, "PAGE_SIZE": 1,
            "DEMO": True, "ANALYST": "Analista de prueba", "MARKING": "USO OFICIAL", "OUTPUT": str(pdf),
            "OUTPUT_PNG": str(tmp_path / "informe.png")})
    assert requests == []
    assert result["PAGES"] == 5 == pdf_pages(pdf)
    text = pdf_text(pdf)
    for expected in ("Informe de aplicación focalizada", "Leyenda", "Zonas de aplicación focalizada",
                     "Puertos de entrada", "Organización A (demo)", "USO OFICIAL", "Analista de prueba",
                     "DATOS SINTÉTICOS", "Curva de concentración", "IPP"):
        assert expected in text, expected
    assert "LAW ENFORCEMENT SENSITIVE" not in text
    assert_spanish_only(text)
    size = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout  # nosec
    assert "792 x 612" in size  # US Letter, landscape
    pngs = result["PNG_FILES"].split(";")
    assert len(pngs) == 5 and all(Path(p).stat().st_size > 20000 for p in pngs)
    layout = QgsProject.instance().layoutManager().layoutByName("VDTO briefing")
    assert layout is not None and layout.pageCollection().pageCount() == 5


ENGLISH_LEFTOVERS = ("Legend", "Enforcement zone", "Ports of entry", "Target package", "Concentration curve",
                     "Ranking criterion", "Page ", "Sources:", "Period analysed", "Band 1", "(Gray)", "Figures",
                     "Share", "Deaths", "Events", "or more", "proposed", "approved", "active", "synthetic",
                     "approx.", "not given", "computed from", "LAW ENFORCEMENT SENSITIVE")


def assert_spanish_only(text: str) -> None:
    """No English heading, header, legend title, note or footer in a Spanish briefing."""
    leftovers = [word for word in ENGLISH_LEFTOVERS if word in text]
    assert not leftovers, f"English left in the Spanish briefing: {leftovers}"


@pytest.mark.parametrize("language", ["en", "es"])
def test_demo_pipeline_briefing_reads_well(vdto_provider, tmp_path, language):
    """The demo chain's briefing: condensed target package, clean surface legend, no stale pages, one language.

    Each run writes its own scenario: a second chain run on a GeoPackage whose layers an earlier run kept in the
    project fails to open it in this QGIS (stale pooled SQLite connection, outside the briefing code).
    """
    from vdto_targeting import workflow as pipeline

    demo = pipeline.run_demo_scenario(str(tmp_path / "scenario"))
    out = tmp_path / language
    out.mkdir()
    stale = [out / "briefing_6.png", out / "briefing_12.png"]
    for path in stale:
        path.write_bytes(b"an earlier, longer briefing")
    keep = out / "briefing_notes.png"
    keep.write_bytes(b"not a page")
    settings = pipeline.demo_settings(str(out), demo, language=language, field_pack=False)
    result = pipeline.Pipeline(settings).execute()
    assert not result.failed and not result.unavailable, result.log
    pdf = Path(result.outputs["briefing"])
    assert result.outputs["pages"] == 5 == pdf_pages(pdf)
    assert not any(path.exists() for path in stale) and keep.exists()
    assert sorted(p.name for p in out.glob("briefing*.png")) == sorted(
        ["briefing.png", "briefing_notes.png"] + [f"briefing_{i}.png" for i in range(2, 6)])
    page1, text = pdf_text(pdf, 1), pdf_text(pdf)
    assert "Band 1" not in text and "(Gray)" not in text
    if language == "en":
        assert "Deaths per km2 (kernel density)" in page1 and "or more" in page1  # NFKC: ² → 2
        assert_package_section(pdf, result.outputs["target_package"], "Target package",
                               ["Organisation (rank)", "Violent regions", "Port of entry", "U.S. destination"])
    else:
        assert "Muertes por km2 (densidad kernel)" in page1 and "o más" in page1
        for expected in ("SENSIBLE PARA LA APLICACIÓN DE LA LEY", "Leyenda", "Paquete de objetivos", "Página 2",
                         "Criterio de clasificación: Muertes atribuidas", "sintético", "% de eventos", "Fuentes"):
            assert expected in text, expected
        assert_spanish_only(text)
        words = " ".join(package_section(pdf, "Paquete de objetivos", layout=False).split())
        for header in ("Organización (lugar)", "Puerto de entrada", "Destino en EE. UU."):
            assert header in words, header


@pytest.mark.parametrize("case, params, message", [
    ("pdf name", {"OUTPUT": "briefing.txt"}, r"not a PDF.*\.pdf"),
    ("png name", {"OUTPUT_PNG": "pages.jpg"}, r"does not end in \.png"),
    ("deaths field", {"DEATHS_FIELD": "no_such_field"}, r"no field no_such_field.*deaths field"),
])
def test_briefing_bad_input_names_problem_and_fix(demo, vdto_provider, tmp_path, case, params, message):
    import processing
    from qgis.core import QgsProcessingException

    values = {"EVENTS": demo["EVENTS_LAYER"], "OUTPUT": str(tmp_path / "b.pdf")}
    values.update({k: str(tmp_path / v) if k.startswith("OUTPUT") else v for k, v in params.items()})
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("vdto:briefing", values)
    assert list(tmp_path.iterdir()) == [], case


def test_briefing_from_the_real_data(shared_data, vdto_provider, tmp_path, artifacts):
    """The real chain (ranking, zones proposed from it, zone statistics) into a briefing, offline."""
    from vdto_targeting import workflow as pipeline

    for relative in (UCDP_GPKG, PORTS_GPKG):
        assert (shared_data / relative).exists()
    out = tmp_path / "real"
    settings = pipeline.real_settings(str(out), str(shared_data), start="2021-01-01", end="2023-12-31",
                                      n_zones=3, field_pack=False, analyst="Test analyst",
                                      skip=["indicators", "territories"])
    with network_disabled() as requests:
        result = pipeline.Pipeline(settings).execute()
    assert requests == []
    pdf = Path(result.outputs["briefing"])
    zones = result.outputs["pages"] - 2
    assert zones == 3 and pdf_pages(pdf) == 2 + zones
    text = pdf_text(pdf)
    for expected in ("Targeted enforcement briefing", "Legend", "Enforcement zones", "Ports of entry",
                     "UCDP GED (CC BY 4.0", "INEGI", "Natural Earth", "LAW ENFORCEMENT SENSITIVE",
                     "Test analyst", "Concentration curve", "PAI"):
        assert expected in text, expected
    page2 = pdf_text(pdf, 2)
    assert "Sinaloa Cartel" in page2 and re.search(r"Jalisco Cartel|CJNG", page2)
    assert_package_section(pdf, result.outputs["target_package"], "Target package",
                           ["Organisation (rank)", "Port of entry", "U.S. destination"])
    assert "Band 1" not in text and "Deaths per km2" in text
    for page in (1, 3):
        assert_map_page_not_blank(pdf, page, tmp_path)
    (artifacts / "briefing_real.pdf").write_bytes(pdf.read_bytes())
