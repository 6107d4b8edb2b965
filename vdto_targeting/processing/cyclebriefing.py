"""``vdto:cyclebriefing`` and ``vdto:publicnotice`` — the targeting cycle on paper (English or Spanish).

Both print what the cycle's algorithms already wrote (the ranking history, the targets table, the announcement
effect's series table, the displacement table); neither reruns an analysis. They run on the main thread (print
layouts are not thread-safe).
"""
from __future__ import annotations

import datetime
import os
from typing import Any, Dict, List

from qgis.core import (QgsProcessingParameterEnum, QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterString, QgsProcessingParameterVectorLayer)

from ..definitions import DEFAULT_HANDLING_MARKING
from ..qgis_compat import ALG_NO_THREADING, SOURCE_VECTOR
from ..qgis_bridge.fields import plain_value
from .base import VdtoAlgorithm


def _rows(layer) -> List[Dict[str, Any]]:
    if layer is None:
        return []
    names = layer.fields().names()
    out = []
    for feature in layer.getFeatures():
        row = {}
        for name in names:
            value = plain_value(feature[name])
            row[name] = value
        out.append(row)
    return out


def pick_target(alg: VdtoAlgorithm, path: str, target_id: str) -> dict:
    """The named target, else the latest announced one, else the latest designated one; none stops the run."""
    from ..qgis_bridge.targets_table import TargetRefused, TargetStore

    if not path or not os.path.exists(path):
        raise alg.fail("The zones file {0} does not exist: choose the zones GeoPackage that holds the targets.", path)
    try:
        rows = TargetStore.open(path).rows()
    except TargetRefused as error:
        raise alg.fail(str(error)) from error
    if target_id:
        match = [r for r in rows if r["target_id"] == target_id]
        if not match:
            raise alg.fail("No target has the id {0} in {1}: check the targets table.", target_id, path)
        return match[0]
    for status in ("announced", "designated"):
        chosen = sorted((r for r in rows if r["status"] == status), key=lambda r: str(r.get("updated_at") or ""))
        if chosen:
            return chosen[-1]
    raise alg.fail("The targets table of {0} holds no designated or announced target: designate one first "
                   "(vdto:designatetarget or the dock's Designate button).", path)


def _export(alg: VdtoAlgorithm, layout, pdf: str, png: str = "") -> List[str]:
    from ..briefing.layout import export

    tmp = pdf + ".part"
    try:
        pngs = export(layout, tmp, png)
        os.replace(tmp, pdf)
    except RuntimeError as error:
        raise alg.fail("The page could not be exported ({0}): check that the folder of {1} is writable and has "
                       "free space.", error, pdf) from error
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return pngs


class CycleBriefingAlgorithm(VdtoAlgorithm):
    NAME = "cyclebriefing"
    DISPLAY = "Targeting cycle briefing page (PDF)"
    GROUP = "briefing"
    HELP = ("One landscape page for the targeting cycle, in English or Spanish: the ranking over time (bump chart "
            "of vdto:rankinghistory) and the latest period's ranking with its 95 % intervals, ties within the "
            "bootstrap interval said in words beside it; the designated target and its criterion (targets table of "
            "the zones GeoPackage); the trend after the announcement with its interval (vdto:announcementeffect's "
            "series table); and each zone's displacement verdict (vdto:displacement). Marked with the handling "
            "marking; prints results, reruns nothing.")
    HISTORY = "HISTORY"
    ZONES_FILE = "ZONES_FILE"
    TARGET_ID = "TARGET_ID"
    EFFECT = "EFFECT"
    DISPLACEMENT = "DISPLACEMENT"
    LANGUAGE = "LANGUAGE"
    MARKING = "MARKING"
    OUTPUT = "OUTPUT"

    def flags(self):
        return super().flags() | ALG_NO_THREADING

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        from ..briefing.texts import LANGUAGE_LABELS

        self.addParameter(QgsProcessingParameterVectorLayer(self.HISTORY, self.tr("Ranking over time "
                                                                                  "(vdto:rankinghistory)"),
                                                            [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterFile(self.ZONES_FILE, self.tr("Zones GeoPackage (targets table)"),
                                                     extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterString(self.TARGET_ID, self.tr("Target id (empty: the latest "
                                                                               "announced)"), optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(self.EFFECT, self.tr("Announcement effect series "
                                                                                 "(vdto:announcementeffect)"),
                                                            [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(self.DISPLACEMENT, self.tr("Displacement per zone "
                                                                                       "(vdto:displacement)"),
                                                            [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.LANGUAGE, self.tr("Briefing language"), LANGUAGE_LABELS,
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.MARKING, self.tr("Handling marking"),
                                                       defaultValue=DEFAULT_HANDLING_MARKING, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Cycle page PDF"),
                                                                self.tr("PDF files (*.pdf)")))

    def processAlgorithm(self, parameters, context, feedback) -> Dict[str, Any]:  # noqa: N802
        from ..briefing.cycle_pages import CycleContent, build_cycle_layout, write_bump_svg
        from ..briefing.texts import language_code

        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not pdf.lower().endswith(".pdf"):
            raise self.fail("The briefing file {0} is not a PDF: choose a file name ending in .pdf.", pdf)
        project = context.project()
        if project is None:
            from qgis.core import QgsProject

            project = QgsProject.instance()
        content = CycleContent(language=language_code(self.parameterAsEnum(parameters, self.LANGUAGE, context)),
                               marking=self.parameterAsString(parameters, self.MARKING, context),
                               date=datetime.date.today().isoformat())
        content.history = _rows(self.parameterAsVectorLayer(parameters, self.HISTORY, context))
        if content.history and not {"organisation", "period", "rank"} <= set(content.history[0]):
            raise self.fail("The ranking over time has no organisation, period and rank fields: use the table "
                            "written by vdto:rankinghistory.")
        path = self.parameterAsFile(parameters, self.ZONES_FILE, context)
        if path:
            content.target = pick_target(self, path, self.parameterAsString(parameters, self.TARGET_ID, context))
        effect = _rows(self.parameterAsVectorLayer(parameters, self.EFFECT, context))
        if effect:
            if "post_slope" not in effect[0]:
                raise self.fail("The announcement effect table has no post_slope field: use the series table "
                                "written by vdto:announcementeffect.")
            content.effect = dict(effect[0], n_before=sum(r.get("period") == "before" for r in effect),
                                  n_after=sum(r.get("period") == "after" for r in effect))
        content.displacement = _rows(self.parameterAsVectorLayer(parameters, self.DISPLACEMENT, context))
        written: List[str] = []
        if content.history:
            svg = os.path.splitext(pdf)[0] + "_ranking.svg"
            write_bump_svg(svg, content.history)
            content.chart_svg = svg
            written.append(svg)
        try:
            layout = build_cycle_layout(project, content)
            _export(self, layout, pdf)
        except Exception:
            for path_written in written:
                if os.path.exists(path_written):
                    os.remove(path_written)
            raise
        feedback.pushInfo(self.tr("Cycle page written: {0}").format(pdf))
        return {self.OUTPUT: pdf}


class PublicNoticeAlgorithm(VdtoAlgorithm):
    NAME = "publicnotice"
    DISPLAY = "Public notice of the announcement (PDF)"
    GROUP = "briefing"
    HELP = ("The one-page public notice for an announcement, in English or Spanish, marked FOR PUBLIC RELEASE: the "
            "rule (violence is what draws enforcement), the designated organisation or region, the date and the "
            "ranking criterion — and none of the intelligence: no zones, corridors, ports or figures beyond the "
            "criterion. The target comes from the targets table of the zones GeoPackage (the latest announced one, "
            "or the id given).")
    ZONES_FILE = "ZONES_FILE"
    TARGET_ID = "TARGET_ID"
    DATE = "DATE"
    LANGUAGE = "LANGUAGE"
    OUTPUT = "OUTPUT"

    def flags(self):
        return super().flags() | ALG_NO_THREADING

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        from ..briefing.texts import LANGUAGE_LABELS

        self.addParameter(QgsProcessingParameterFile(self.ZONES_FILE, self.tr("Zones GeoPackage (targets table)"),
                                                     extension="gpkg"))
        self.addParameter(QgsProcessingParameterString(self.TARGET_ID, self.tr("Target id (empty: the latest "
                                                                               "announced)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.DATE, self.tr("Date printed (YYYY-MM-DD; empty: the "
                                                                          "announcement date)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.LANGUAGE, self.tr("Language"), LANGUAGE_LABELS,
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Public notice PDF"),
                                                                self.tr("PDF files (*.pdf)")))

    def processAlgorithm(self, parameters, context, feedback) -> Dict[str, Any]:  # noqa: N802
        from ..briefing.cycle_pages import build_notice_layout
        from ..briefing.texts import language_code
        from .events import parse_date

        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not pdf.lower().endswith(".pdf"):
            raise self.fail("The notice file {0} is not a PDF: choose a file name ending in .pdf.", pdf)
        target = pick_target(self, self.parameterAsFile(parameters, self.ZONES_FILE, context),
                             self.parameterAsString(parameters, self.TARGET_ID, context))
        date = self.parameterAsString(parameters, self.DATE, context).strip()
        if date:
            date = parse_date(self, date, self.tr("notice")).date().isoformat()
        else:
            date = target.get("announced_on") or target.get("designated_on") or datetime.date.today().isoformat()
        project = context.project()
        if project is None:
            from qgis.core import QgsProject

            project = QgsProject.instance()
        language = language_code(self.parameterAsEnum(parameters, self.LANGUAGE, context))
        layout = build_notice_layout(project, language, target, date)
        _export(self, layout, pdf)
        feedback.pushInfo(self.tr("Public notice written: {0}").format(pdf))
        return {self.OUTPUT: pdf}
