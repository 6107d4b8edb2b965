"""Help shown inside the dock for every step: what it does, which references, what the figures mean.

Analysts brief decision makers from these figures, so each step says in plain words what a number means and where
the method comes from. Texts are rich text for a ``QLabel``; every sentence goes through the translator.
"""
from __future__ import annotations

from typing import Dict

from ..i18n import translate


def step_help() -> Dict[str, str]:
    """Rich-text help per step key (``definitions.STEP_KEYS``), translated at call time."""
    return {
        "data": "".join([
            "<p><b>", translate("VdtoHelp", "What it does"), "</b><br>",
            translate(
                "VdtoHelp",
                "Choose the homicide table (INEGI death certificates or SESNSP), population (census or CONAPO), "
                "U.S.–Mexico land ports of entry (BTS) and U.S. destinations. The municipalities (INEGI Marco "
                "Geoestadístico, 5-digit CVEGEO code), the geolocated lethal events (UCDP GED or ACLED) and the "
                "period are the analysis's, set once at the top of the panel for every step. Join builds the "
                "municipal indicators for the analysis period (whole years when it spans several)."), "</p>",
            "<p><b>", translate("VdtoHelp", "What the figures mean"), "</b><br>",
            translate(
                "VdtoHelp",
                "Joined: municipalities that received counts and population. Not joined: rows whose code matched no "
                "municipality; they are listed in the log with code and name, never dropped silently. Codes are "
                "normalised first (1001 becomes 01001)."), "</p>",
            "<p><b>", translate("VdtoHelp", "How dates are read"), "</b><br>",
            translate(
                "VdtoHelp",
                "Every date in every step is read the same way: ISO 2020-04-03; Mexican day-first 03/04/2020, "
                "3-4-2020 or 03.04.2020 is 3 April 2020, never 4 March (04/13/2020 is refused, not guessed); a month "
                "2020-04, 04/2020 or 'marzo 2020'; a year 2020, as text or number, so a text year column works as a "
                "year. A date known only to its month or year covers all of it: it is inside a period only when all "
                "of it is, and a year alone has no month (a monthly evaluation leaves it out instead of putting it "
                "in January). Two-digit years and impossible dates are refused."), "</p>",
            "<p><b>", translate("VdtoHelp", "References"), "</b><br>",
            translate(
                "VdtoHelp",
                "INEGI, Marco Geoestadístico and mortality statistics; SESNSP, municipal crime incidence; UCDP "
                "Georeferenced Event Dataset (CC BY 4.0); BTS border crossing data."), "</p>",
        ]),
        "surface": "".join([
            "<p><b>", translate("VdtoHelp", "What it does"), "</b><br>",
            translate(
                "VdtoHelp",
                "A kernel density estimate of lethal events (or of municipal counts): each event spreads its "
                "weight over a circle of the chosen radius. Drag the radius slider to preview the surface live; "
                "Run writes the full surface as a GeoTIFF."), "</p>",
            "<p><b>", translate("VdtoHelp", "What the figures mean"), "</b><br>",
            translate(
                "VdtoHelp",
                "Density output is in events (or deaths) per km², and the surface adds up to the total weight. Raw "
                "output matches QGIS's heatmap cell for cell. The radius is always in metres; a larger radius shows "
                "regions, a smaller one shows towns. Radius 0 chooses one automatically and reports the rule."),
            "</p>",
            "<p><b>", translate("VdtoHelp", "References"), "</b><br>",
            translate(
                "VdtoHelp",
                "Silverman (1986), Density Estimation for Statistics and Data Analysis; Chainey, Tompson and Uhlig "
                "(2008), The utility of hotspot mapping for predicting spatial patterns of crime."), "</p>",
        ]),
        "hotspots": "".join([
            "<p><b>", translate("VdtoHelp", "What it does"), "</b><br>",
            translate(
                "VdtoHelp",
                "Finds municipalities whose violence, together with their neighbours', is higher than chance would "
                "give (Getis-Ord Gi*), and where high values sit next to high values (Local Moran's I). Contiguous "
                "hot municipalities are dissolved into violent regions, the targets where no organisation can be "
                "named."), "</p>",
            "<p><b>", translate("VdtoHelp", "What the figures mean"), "</b><br>",
            translate(
                "VdtoHelp",
                "gi_z above 2.58, 1.96 or 1.65: hot spot at 99, 95 or 90% confidence; p-values come from random "
                "permutations (seeded, reproducible). With the False Discovery Rate option fewer, more reliable "
                "hot spots remain. Empirical Bayes rates pull small municipalities towards their region's rate so "
                "a single death in a village does not look like an epidemic."), "</p>",
            "<p><b>", translate("VdtoHelp", "References"), "</b><br>",
            translate(
                "VdtoHelp",
                "Getis and Ord (1992); Ord and Getis (1995); Anselin (1995); Marshall (1991); Assunção and Reis "
                "(1999); Benjamini and Hochberg (1995)."), "</p>",
        ]),
        "organisations": "".join([
            "<p><b>", translate("VdtoHelp", "What it does"), "</b><br>",
            translate(
                "VdtoHelp",
                "Attributes each event's deaths to the organisations involved, ranks the organisations by the "
                "violence they are responsible for, maps each one's territory, and traces corridors from that "
                "territory through the U.S. ports of entry it most likely uses to U.S. destinations."), "</p>",
            "<p><b>", translate("VdtoHelp", "What the figures mean"), "</b><br>",
            translate(
                "VdtoHelp",
                "Deaths: attributed deaths (full involvement counts every party; equal shares splits them). Share: "
                "of all attributed deaths in the period. A region is marked region-targeted when no organisation "
                "reaches the threshold share of its violence. Corridor exposure: violence inside the corridor on "
                "the Mexican side; events located as points count where they fall, events known only to a "
                "municipality or a state by the share of its area the corridor covers, coarser ones not at "
                "all."), "</p>",
            "<p><b>", translate("VdtoHelp", "References"), "</b><br>",
            translate(
                "VdtoHelp",
                "Kleiman (2011), Surgical Strikes in the Drug Wars; Braga, Kennedy, Waring and Piehl (2001), "
                "Operation Ceasefire; Reducing Drug Violence in Mexico: Options for Implementing Targeted "
                "Enforcement (2014)."), "</p>",
        ]),
        "zones": "".join([
            "<p><b>", translate("VdtoHelp", "What it does"), "</b><br>",
            translate(
                "VdtoHelp",
                "Enforcement zones are the places where the announced, concentrated enforcement is delivered. Draw "
                "them on the map; each finished zone is saved to its GeoPackage at once. The zones file, the events, "
                "the deaths field, the study area and the period are the analysis's (top of the panel); the table "
                "follows the zones layer wherever it is edited."), "</p>",
            "<p><b>", translate("VdtoHelp", "Team workspace"), "</b><br>",
            translate(
                "VdtoHelp",
                "Workspace… opens the team's zones on a PostGIS server instead of a file; a save over a colleague's "
                "newer change is refused and both versions are shown. If the server cannot be reached, each zone "
                "drawn or edited is kept at once in a local journal (a GeoPackage in your QGIS profile) and sent "
                "with the same version check when the server is back; nothing is lost if QGIS closes."), "</p>",
            "<p><b>", translate("VdtoHelp", "What the figures mean"), "</b><br>",
            translate(
                "VdtoHelp",
                "PAI (Predictive Accuracy Index) = share of violence captured / share of area. A PAI of 10 means the "
                "zone holds ten times the violence its size would suggest. The concentration curve and its Gini "
                "coefficient show how concentrated violence is across all zones."), "</p>",
            "<p><b>", translate("VdtoHelp", "References"), "</b><br>",
            translate(
                "VdtoHelp", "Chainey, Tompson and Uhlig (2008); Braga et al. (2001)."), "</p>",
        ]),
        "briefing": "".join([
            "<p><b>", translate("VdtoHelp", "What it does"), "</b><br>",
            translate(
                "VdtoHelp",
                "Builds the briefing a decision maker reads in two minutes: a map page, the ranking and zone "
                "tables, and one page per zone, as PDF and PNG, over an offline basemap. The field pack puts "
                "inputs, results, styles and the project in one GeoPackage for laptops without network."),
            "</p>",
            "<p><b>", translate("VdtoHelp", "What the figures mean"), "</b><br>",
            translate(
                "VdtoHelp",
                "The briefing repeats the figures of the earlier steps and states the ranking criterion, the period "
                "and the data sources with their attributions. The handling marking is printed on every page."),
            "</p>",
        ]),
    }
