"""Help shown inside the dock for every step: what it does, which references, what the figures mean.

Analysts brief decision makers from these figures, so each step says in plain words what a number means and where
the method comes from. Texts are rich text for a ``QLabel``; every sentence goes through the translator.
"""
from __future__ import annotations

from typing import Dict, List

from qgis.PyQt.QtCore import QCoreApplication


def tr_for(obj: object, text: str) -> str:
    """Translate ``text`` in the context of ``obj``'s class or any base class.

    pylupdate5 files ``self.tr("...")`` under the class the call is written in, which for a method inherited from a
    base page is not the runtime class: walking the MRO finds the translation wherever the string was written.
    """
    for cls in type(obj).__mro__:
        translated = QCoreApplication.translate(cls.__name__, text)
        if translated != text:
            return translated
    return text


class TrMixin:
    """``self.tr`` that works for subclasses (see :func:`tr_for`)."""

    def tr(self, text: str) -> str:  # noqa: D102
        return tr_for(self, text)


def step_help() -> Dict[str, str]:
    """Rich-text help per step key (``definitions.STEP_KEYS``), translated at call time."""
    return {
        "data": "".join([
            "<p><b>", QCoreApplication.translate("VdtoHelp", "What it does"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "Choose the layers every later step uses: municipal boundaries (INEGI Marco Geoestadístico, 5-digit "
                "CVEGEO code), homicides by municipality and month (INEGI death certificates or SESNSP), population "
                "(census or CONAPO), geolocated lethal events (UCDP GED or ACLED) and U.S.–Mexico land ports of "
                "entry (BTS). Join builds the municipal indicators for the period."), "</p>",
            "<p><b>", QCoreApplication.translate("VdtoHelp", "What the figures mean"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "Joined: municipalities that received counts and population. Not joined: rows whose code matched no "
                "municipality; they are listed in the log with code and name, never dropped silently. Codes are "
                "normalised first (1001 becomes 01001)."), "</p>",
            "<p><b>", QCoreApplication.translate("VdtoHelp", "References"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "INEGI, Marco Geoestadístico and mortality statistics; SESNSP, municipal crime incidence; UCDP "
                "Georeferenced Event Dataset (CC BY 4.0); BTS border crossing data."), "</p>",
        ]),
        "surface": "".join([
            "<p><b>", QCoreApplication.translate("VdtoHelp", "What it does"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "A kernel density estimate of lethal events (or of municipal counts): each event spreads its "
                "weight over a circle of the chosen radius. Drag the radius slider to preview the surface live; "
                "Run writes the full surface as a GeoTIFF."), "</p>",
            "<p><b>", QCoreApplication.translate("VdtoHelp", "What the figures mean"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "Density output is in events (or deaths) per km², and the surface adds up to the total weight. Raw "
                "output matches QGIS's heatmap cell for cell. The radius is always in metres; a larger radius shows "
                "regions, a smaller one shows towns. Radius 0 chooses one automatically and reports the rule."),
            "</p>",
            "<p><b>", QCoreApplication.translate("VdtoHelp", "References"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "Silverman (1986), Density Estimation for Statistics and Data Analysis; Chainey, Tompson and Uhlig "
                "(2008), The utility of hotspot mapping for predicting spatial patterns of crime."), "</p>",
        ]),
        "hotspots": "".join([
            "<p><b>", QCoreApplication.translate("VdtoHelp", "What it does"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "Finds municipalities whose violence, together with their neighbours', is higher than chance would "
                "give (Getis-Ord Gi*), and where high values sit next to high values (Local Moran's I). Contiguous "
                "hot municipalities are dissolved into violent regions, the targets where no organisation can be "
                "named."), "</p>",
            "<p><b>", QCoreApplication.translate("VdtoHelp", "What the figures mean"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "gi_z above 2.58, 1.96 or 1.65: hot spot at 99, 95 or 90% confidence; p-values come from random "
                "permutations (seeded, reproducible). With the False Discovery Rate option fewer, more reliable "
                "hot spots remain. Empirical Bayes rates pull small municipalities towards their region's rate so "
                "a single death in a village does not look like an epidemic."), "</p>",
            "<p><b>", QCoreApplication.translate("VdtoHelp", "References"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "Getis and Ord (1992); Ord and Getis (1995); Anselin (1995); Marshall (1991); Assunção and Reis "
                "(1999); Benjamini and Hochberg (1995)."), "</p>",
        ]),
        "organisations": "".join([
            "<p><b>", QCoreApplication.translate("VdtoHelp", "What it does"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "Attributes each event's deaths to the organisations involved, ranks the organisations by the "
                "violence they are responsible for, maps each one's territory, and traces corridors from that "
                "territory through the U.S. ports of entry it most likely uses to U.S. destinations."), "</p>",
            "<p><b>", QCoreApplication.translate("VdtoHelp", "What the figures mean"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "Deaths: attributed deaths (full involvement counts every party; equal shares splits them). Share: "
                "of all attributed deaths in the period. A region is marked region-targeted when no organisation "
                "reaches the threshold share of its violence. Corridor exposure: violence inside the corridor on "
                "the Mexican side."), "</p>",
            "<p><b>", QCoreApplication.translate("VdtoHelp", "References"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "Kleiman (2011), Surgical Strikes in the Drug Wars; Braga, Kennedy, Waring and Piehl (2001), "
                "Operation Ceasefire; Reducing Drug Violence in Mexico: Options for Implementing Targeted "
                "Enforcement (2014)."), "</p>",
        ]),
        "zones": "".join([
            "<p><b>", QCoreApplication.translate("VdtoHelp", "What it does"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "Enforcement zones are the places where the announced, concentrated enforcement is delivered. Draw "
                "them on the map; each finished zone is saved to its GeoPackage at once."), "</p>",
            "<p><b>", QCoreApplication.translate("VdtoHelp", "What the figures mean"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "PAI (Predictive Accuracy Index) = share of violence captured / share of area. A PAI of 10 means the "
                "zone holds ten times the violence its size would suggest. The concentration curve and its Gini "
                "coefficient show how concentrated violence is across all zones."), "</p>",
            "<p><b>", QCoreApplication.translate("VdtoHelp", "References"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp", "Chainey, Tompson and Uhlig (2008); Braga et al. (2001)."), "</p>",
        ]),
        "briefing": "".join([
            "<p><b>", QCoreApplication.translate("VdtoHelp", "What it does"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "Builds the briefing a decision maker reads in two minutes: a map page, the ranking and zone "
                "tables, and one page per zone, as PDF and PNG, over an offline basemap. The field pack puts "
                "inputs, results, styles and the project in one GeoPackage for laptops without network."),
            "</p>",
            "<p><b>", QCoreApplication.translate("VdtoHelp", "What the figures mean"), "</b><br>",
            QCoreApplication.translate(
                "VdtoHelp",
                "The briefing repeats the figures of the earlier steps and states the ranking criterion, the period "
                "and the data sources with their attributions. The handling marking is printed on every page."),
            "</p>",
        ]),
    }


def algorithm_texts() -> List[str]:
    """Names, help and groups of the Processing algorithms, as the translator must see them.

    They are class attributes (``DISPLAY``, ``HELP``, ``GROUPS``) translated at run time in the ``VdtoAlgorithm``
    context, which pylupdate5 cannot read; listing them here keeps them in the Spanish ``.ts``. A test checks
    that every algorithm's name and help are translated, so a changed text shows up as a failure.
    """
    return [
        QCoreApplication.translate("VdtoAlgorithm", 'Import municipalities (INEGI Marco Geoestadístico)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            "Turns INEGI's Marco Geoestadístico municipalities (shapefile or GeoPackage, fields CVEGEO or CVE_ENT"
            ' + CVE_MUN, NOMGEO) or any polygon layer with a municipal code field into a clean layer with cvegeo,'
            ' cve_ent, cve_mun and nom_mun first, keeping every other field. Codes are normalised; features with '
            'malformed codes or empty geometries are logged with their name and left out; duplicated codes are '
            'refused naming both features; invalid geometries are repaired.'),
        QCoreApplication.translate("VdtoAlgorithm", 'Import homicides (INEGI or SESNSP)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            "Reads a homicide table in the INEGI long form (cvegeo, year, month, homicides[, pop]) or SESNSP's "
            'municipal incidence layout (months Enero … Diciembre as columns, latin-1), understanding UTF-8 with '
            'BOM, latin-1, commas, semicolons, tabs, thousands separators and blank rows, and writes a clean '
            'table (cvegeo, year, month, homicides, pop, name). Codes are normalised (1001 → 01001); every row '
            'that cannot be used or does not match the municipalities is logged with its code and name. '
            'Duplicated municipality-months, negative or non-numeric counts are refused naming the row.'),
        QCoreApplication.translate("VdtoAlgorithm", 'Import population (census or CONAPO)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            'Reads a municipal population table (census or CONAPO: cvegeo, year, pop_total — or a single snapshot'
            ' without a year) in any common encoding and separator and writes a clean table (cvegeo, year, pop, '
            'name). A population of zero, a negative or non-numeric value or a duplicated municipality-year is '
            'refused naming the row; unmatched codes are logged with their names.'),
        QCoreApplication.translate("VdtoAlgorithm", 'Municipal violence indicators (counts, rates, Empirical Bayes)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            'Joins homicide counts (INEGI long panel or SESNSP monthly layout, as a CSV file or an imported '
            "table) and population (census/CONAPO table, else the homicide table's own population, else a "
            'population field of the layer) to the municipalities for a period: years START_YEAR to END_YEAR, '
            'months START_MONTH to END_MONTH of each year. Writes homicides, months, population, person_years, '
            'rate (annualised per 100,000), eb_global and eb_spatial (Empirical Bayes as GeoDa, queen '
            'neighbours), hom_YYYY per year and, with a SURFACE raster, surf_mean and surf_sum. Every table row '
            'whose code does not join is logged with its code and name.'),
        QCoreApplication.translate("VdtoAlgorithm", 'Violence surface (kernel density)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            'Kernel density of lethal events, or of municipal counts, as a GeoTIFF. RADIUS and PIXEL_SIZE are '
            'metres (a geographic layer is projected to the project CRS when it is metric, else to EPSG:6372); '
            "RADIUS 0 picks it by Silverman's rule. Raw output is QGIS heatmap's Raw, cell for cell, on QGIS's "
            'grid; Density is events (weight) per km² and sums to the total weight. Polygons are placed at a '
            "point on their surface or spread over their area. A MASK (e.g. Mexico's outline) keeps every event's"
            ' mass inside it and sets cells outside to nodata. START/END filter by DATE_FIELD (YYYY, YYYY-MM or '
            'YYYY-MM-DD).'),
        QCoreApplication.translate("VdtoAlgorithm", 'Hotspots and violent regions (Gi*, Local Moran)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            "Getis-Ord Gi* and Local Moran's I on a municipal field (count, rate or smoothed rate) with row-"
            'standardised queen, rook, k-nearest or distance-band weights, seeded permutation inference (as PySAL'
            ' esda) and an optional False Discovery Rate. Adds gi_z, gi_p, gi_class, lisa_i, lisa_p and '
            'lisa_class to every input field. REGIONS merges contiguous hot municipalities into violent regions '
            'with their population, homicides and share of the national total. The emerging option computes Gi* '
            'for each yearly field (hom_YYYY) and a Mann-Kendall trend per municipality. Islands (no neighbour) '
            'are reported and left without statistics. DISTANCE is in metres (EPSG:6372). gi_p and lisa_p are '
            "esda's pseudo p-values (the smaller tail of the permutation distribution; classes at "
            '0.01/0.05/0.10), or two-sided normal p-values when PERMUTATIONS is 0; with FDR they are Benjamini-'
            'Hochberg q-values.'),
        QCoreApplication.translate("VdtoAlgorithm", 'Demo scenario (synthetic data)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            'Writes a small SYNTHETIC scenario to one GeoPackage, generated deterministically from a seed: '
            "hexagonal demo municipalities clipped to Mexico's states (QGIS's bundled Natural Earth world map), a"
            ' monthly homicide table, lethal events attributed to fictitious organisations, approximate ports of '
            'entry, synthetic U.S. hubs and three demo enforcement zones. For demonstrations and training only: '
            'none of it is real intelligence.'),
        QCoreApplication.translate("VdtoAlgorithm", 'Briefing map and figures (PDF)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            'Builds the briefing print layout — title, main map over the offline basemap, locator, legend, scale '
            'bar in km, north arrow, date, analyst, period, sources with attributions and the handling marking; a'
            ' second page with the VDTO ranking, the target package and the zones with PAI and the concentration '
            'curve; then one page per enforcement zone — and exports it to PDF (vector) and PNG pages. Missing '
            'figures (no ranking or zone statistics given) are computed provisionally from the events and said so'
            " on the page. The briefing language is chosen here, independently of QGIS's interface language."),
        QCoreApplication.translate("VdtoAlgorithm", 'Offline field pack (one GeoPackage)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            'Writes the chosen layers (inputs, results, zones; vector and raster) into ONE GeoPackage with their '
            'styles in its layer_styles table, rasters as GeoPackage raster tables, and a QGIS project stored '
            'inside the same GeoPackage — optionally with the briefing layout — so a colleague opens one file, '
            'offline, and sees the same map. In QGIS: Project ▸ Open From ▸ GeoPackage.'),
        QCoreApplication.translate("VdtoAlgorithm", 'Rank violent drug-trafficking organisations (VDTOs)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            "Attributes each event's deaths to the organisations involved (names merged through the alias table; "
            'coalitions split; civilians are victims; state forces and non-DTO armed groups are parties but never'
            ' ranked) under full involvement or equal shares, and ranks organisations by attributed deaths. The '
            'ranking records deaths, events, share of all deaths in the period, yearly trend, municipalities '
            'active, main rivals and the criterion sentence. With violent regions (vdto:hotspots, field '
            "region_id) it ranks within each region and marks the region 'region-targeted' when no organisation "
            'holds the threshold share of its deaths. Names missing from the alias table are kept and listed in '
            'the log.'),
        QCoreApplication.translate("VdtoAlgorithm", 'Territories of the top organisations'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            'For each of the top organisations (ranked as in vdto:rankvdtos), a kernel density surface of its '
            'attributed events (same engine as vdto:violencesurface, metres in EPSG:6372) is turned into an area '
            'of operation: the smallest set of cells holding the chosen share (default 80%) of its density. '
            'Weight each event by 1 or by its attributed deaths. Organisations with fewer events than the minimum'
            ' are skipped and named in the log. With municipalities, each territory lists the municipalities it '
            'covers (at least half inside, or holding at least a tenth of the territory).'),
        QCoreApplication.translate("VdtoAlgorithm", 'Cross-border corridors'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            "For each organisation's territory (vdto:territories), the ports of entry it most likely uses — the "
            'nearest measured along the U.S.–Mexico border from where the territory meets it, or those of an '
            'assignment table (organisation, port_code, optional destination) — and a corridor from a point '
            "inside the territory through the port to the nearest U.S. destination (hubs or counties; the port's "
            "county when none are given). Routed on a road network with QGIS's shortest path when one is given, "
            'straight otherwise. With events, each corridor reports the deaths inside its Mexican part (buffer of'
            " the chosen width) and the share of the organisation's attributed deaths found there. Ports further "
            'than the border zone from the border are refused.'),
        QCoreApplication.translate("VdtoAlgorithm", 'Target package (organisation → region → corridor → port → U.S.)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            'Joins the VDTO ranking (vdto:rankvdtos), the per-region ranking (its OUTPUT_REGIONS) and the '
            'corridors (vdto:corridors) into one table: for each of the top organisations, each violent region it'
            ' leads, each corridor, port of entry and U.S. destination (county FIPS), with deaths, shares, '
            "corridor exposure and the ranking criterion. Regions where no organisation holds the analyst's "
            'threshold appear as region-targeted rows. Written as a layer (corridor geometry) and as CSV.'),
        QCoreApplication.translate("VdtoAlgorithm", 'Create zones GeoPackage'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            'Creates the enforcement-zones GeoPackage with its fixed schema (zone_id, name, target, basis, '
            'priority, status, start_date, end_date, notes, created_at, updated_at) and form. An existing zones '
            "file is opened, never overwritten: analysts' zones are not erased by re-running."),
        QCoreApplication.translate("VdtoAlgorithm", 'Add circular zone around a point'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            'Adds a circular enforcement zone of the given radius (km) around a point, e.g. a plaza or a '
            'municipal seat. The circle is built in INEGI Lambert (EPSG:6372) so its radius is true on the '
            'ground.'),
        QCoreApplication.translate("VdtoAlgorithm", 'Add zone from features (municipalities, region or corridor)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            'Adds one enforcement zone made of the input features dissolved together: selected municipalities, a '
            "violent region, or a corridor line (give a buffer in km — a line has no area). Use 'Selected "
            "features only' to take the municipalities selected on the map."),
        QCoreApplication.translate("VdtoAlgorithm", 'Zone statistics (PAI, concentration curve)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            'For each enforcement zone: events and deaths inside, their share of the total, area in km², the '
            'Predictive Accuracy Index PAI = (n/N)/(a/A) (share of violence over share of area, Chainey et al. '
            '2008), municipalities intersected, area-weighted population, organisations active, corridors '
            'crossing and ports of entry within a distance. Areas are computed in INEGI Lambert (EPSG:6372) '
            "whatever the input CRS; a is the zone's area inside the study area (the municipalities). "
            'OUTPUT_CURVE is the concentration curve over a partition of the zones (overlaps counted once) with '
            'its Gini coefficient.'),
        QCoreApplication.translate("VdtoAlgorithm", 'Evaluate zone (before/after, difference in differences)'),
        QCoreApplication.translate(
            "VdtoAlgorithm",
            'Compares monthly violence inside an active zone before and after its start_date with the rest of its'
            ' region (the REGION features the zone touches, minus the zone): DiD = (zone after − zone before) − '
            '(region after − region before), in events (or deaths) per 1,000 km² per month, with a Welch '
            "confidence interval. With fewer than 6 months on either side the verdict is 'too few months'. Saves "
            'the monthly series and a chart (PNG or SVG).'),
        QCoreApplication.translate("VdtoAlgorithm", '1 · Data'),
        QCoreApplication.translate("VdtoAlgorithm", '2 · Violence surface'),
        QCoreApplication.translate("VdtoAlgorithm", '3 · Hotspots and violent regions'),
        QCoreApplication.translate("VdtoAlgorithm", '4 · Organisations and corridors'),
        QCoreApplication.translate("VdtoAlgorithm", '5 · Enforcement zones'),
        QCoreApplication.translate("VdtoAlgorithm", '6 · Briefing'),
    ]
