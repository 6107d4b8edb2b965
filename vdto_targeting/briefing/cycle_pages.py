"""The targeting cycle on paper: the cycle briefing page and the one-page public notice, in English and Spanish.

The cycle page prints what the cycle's algorithms wrote (ranking over time, the targets table, the announcement
effect's series table, the displacement table) — it never reruns them. Ties within the bootstrap interval are said
in words beside the ranking. The public notice carries the rule, the designated organisation or region, the date
and the criterion, and nothing else: no zones, corridors, ports or figures beyond the criterion.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from qgis.core import QgsLayoutItemPage, QgsLayoutItemPicture, QgsLayoutSize, QgsPrintLayout, QgsProject
from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..qgis_compat import LAYOUT_MILLIMETERS, PAGE_LANDSCAPE, PAGE_PORTRAIT, PICTURE_SVG, PICTURE_ZOOM
from .layout import MARGIN, PAGE_SIZES, Table, add_label, add_table, fresh_layout, place
from .styles import FONT_FAMILY

PALETTE = ["#e31a1c", "#1f78b4", "#33a02c", "#ff7f00", "#6a3d9a", "#b15928", "#a6cee3", "#fb9a99"]

CYCLE_TEXTS: Dict[str, Dict[str, str]] = {
    "cycle_title": {"en": "The targeting cycle: ranking over time, designation, announcement and displacement",
                    "es": "El ciclo de focalización: clasificación en el tiempo, designación, anuncio y "
                          "desplazamiento"},
    "history": {"en": "Ranking over time (1 = most violent)", "es": "Clasificación en el tiempo (1 = más violenta)"},
    "latest": {"en": "Ranking in {0}", "es": "Clasificación en {0}"},
    "interval": {"en": "95 % interval", "es": "Intervalo 95 %"},
    "tied": {"en": "Tied within the bootstrap interval (their order is not established by the data): {0}.",
             "es": "Empatadas dentro del intervalo bootstrap (los datos no establecen su orden): {0}."},
    "tied_with": {"en": "{0} with {1}", "es": "{0} con {1}"},
    "no_ties": {"en": "No ties among the first {0}: every rank interval stands apart.",
                "es": "Sin empates entre las primeras {0}: cada intervalo de lugar es distinto."},
    "no_bootstrap": {"en": "No bootstrap interval: ties cannot be judged (run the history with replicates).",
                     "es": "Sin intervalo bootstrap: no pueden juzgarse empates (calcule la historia con "
                           "réplicas)."},
    "designated": {"en": "Designated target", "es": "Objetivo designado"},
    "no_target": {"en": "No target designated yet.", "es": "Aún no hay objetivo designado."},
    "designated_on": {"en": "Designated on {0}", "es": "Designado el {0}"},
    "announced_on": {"en": "announced on {0}", "es": "anunciado el {0}"},
    "not_announced": {"en": "not yet announced", "es": "aún no anunciado"},
    "after": {"en": "After the announcement", "es": "Después del anuncio"},
    "after_figures": {"en": "Jump at the announcement {0:+,.0f} deaths/month (95 %: {1:+,.0f} to {2:+,.0f}); trend "
                            "after {3:+,.1f} deaths/month each month (95 %: {4:+,.1f} to {5:+,.1f}); {6} months "
                            "before, {7} after.",
                      "es": "Salto en el anuncio {0:+,.0f} muertes/mes (95 %: {1:+,.0f} a {2:+,.0f}); tendencia "
                            "posterior {3:+,.1f} muertes/mes cada mes (95 %: {4:+,.1f} a {5:+,.1f}); {6} meses "
                            "antes, {7} después."},
    "no_effect": {"en": "The announcement effect has not been measured.",
                  "es": "El efecto del anuncio no se ha medido."},
    "displacement": {"en": "Displacement per zone (weighted displacement quotient)",
                     "es": "Desplazamiento por zona (cociente ponderado de desplazamiento)"},
    "no_displacement": {"en": "Displacement has not been measured.",
                        "es": "El desplazamiento no se ha medido."},
    "wdq_note": {"en": "Events before → after in the zone, its catchment ring and the control (study area minus "
                       "every zone and ring). WDQ > 0: diffusion of benefits; < 0: displacement.",
                 "es": "Eventos antes → después en la zona, su anillo de captación y el control (área de estudio "
                       "menos toda zona y anillo). CPD > 0: difusión de beneficios; < 0: desplazamiento."},
    "ring": {"en": "Ring", "es": "Anillo"},
    "control": {"en": "Control", "es": "Control"},
    "verdict": {"en": "Verdict", "es": "Dictamen"},
    "v_displacement": {"en": "displacement", "es": "desplazamiento"},
    "v_diffusion": {"en": "diffusion of benefits", "es": "difusión de beneficios"},
    "v_no clear effect": {"en": "no clear effect", "es": "sin efecto claro"},
    "v_did not fall": {"en": "violence did not fall in the zone", "es": "la violencia no bajó en la zona"},
    "v_no events before": {"en": "no events before: nothing to judge", "es": "sin eventos antes: nada que juzgar"},
    "v_no control events": {"en": "cannot tell (no control events)",
                            "es": "no se puede saber (sin eventos de control)"},
    "its_fell, others did not": {"en": "{0}'s violence fell after the announcement while the other organisations' "
                                       "did not.",
                                 "es": "La violencia de {0} bajó tras el anuncio y la de las demás organizaciones "
                                       "no."},
    "its_fell, others fell too": {"en": "{0}'s violence fell after the announcement, but so did the other "
                                        "organisations': the fall cannot be credited to the announcement.",
                                  "es": "La violencia de {0} bajó tras el anuncio, pero también la de las demás: "
                                        "la baja no puede atribuirse al anuncio."},
    "its_rose, others did not": {"en": "{0}'s violence rose after the announcement while the other organisations' "
                                       "did not.",
                                 "es": "La violencia de {0} subió tras el anuncio y la de las demás no."},
    "its_rose, others rose too": {"en": "{0}'s violence rose after the announcement, as did the other "
                                        "organisations'.",
                                  "es": "La violencia de {0} subió tras el anuncio, igual que la de las demás."},
    "its_mixed": {"en": "Mixed signal for {0}: level and trend moved in opposite directions.",
                  "es": "Señal mixta para {0}: nivel y tendencia se movieron en sentidos opuestos."},
    "its_no change": {"en": "No change in {0}'s violence at the announcement can be told apart from noise.",
                      "es": "Ningún cambio en la violencia de {0} al anuncio se distingue del ruido."},
    "its_too few months": {"en": "Too few months to tell for {0} (at least 12 before and 12 after are needed).",
                           "es": "Muy pocos meses para saber en el caso de {0} (se necesitan al menos 12 antes y "
                                 "12 después)."},
    # The public notice
    "public_marking": {"en": "FOR PUBLIC RELEASE", "es": "PARA DIFUSIÓN PÚBLICA"},
    "notice_title": {"en": "Public notice", "es": "Aviso público"},
    "notice_rule": {"en": "Violence is what draws enforcement. The organisation that kills the most will receive "
                          "concentrated enforcement — arrests, prosecutions, drug and asset seizures — on both sides "
                          "of the border, until it stops. The next most violent will follow.",
                    "es": "La violencia es lo que atrae la acción de la ley. La organización que más mata recibirá "
                          "una acción concentrada — detenciones, procesos judiciales, decomisos de drogas y bienes — "
                          "en ambos lados de la frontera, hasta que se detenga. La siguiente más violenta seguirá."},
    "notice_designated": {"en": "Designated as the most violent:", "es": "Designada como la más violenta:"},
    "notice_region": {"en": "Designated region:", "es": "Región designada:"},
    "notice_date": {"en": "Date of this announcement: {0}", "es": "Fecha de este anuncio: {0}"},
    "notice_criterion": {"en": "Criterion: {0}", "es": "Criterio: {0}"},
}


def ctext(key: str, language: str) -> str:
    entry = CYCLE_TEXTS[key]
    return entry.get(language) or entry["en"]


# ------------------------------------------------------------------------------------------- the bump chart
def bump_lines(rows: Sequence[dict], top: int = 8) -> tuple:
    """(periods, {organisation: rank per period or None}) for the organisations in the top ``top`` of the last
    three periods — the ones a reader needs to follow."""
    periods = sorted({str(r["period"]) for r in rows if r.get("period")})
    recent = set(periods[-3:])
    keep = {r["organisation"] for r in rows if str(r.get("period")) in recent and (r.get("rank") or 99) <= top}
    lines = {name: [None] * len(periods) for name in sorted(keep)}
    position = {p: i for i, p in enumerate(periods)}
    for row in rows:
        if row.get("organisation") in lines and row.get("rank") is not None:
            lines[row["organisation"]][position[str(row["period"])]] = int(row["rank"])
    return periods, lines


def draw_bump(painter: QPainter, rect: QRectF, periods: List[str], lines: Dict[str, list], max_rank: int,
              empty_text: str = "", point_size: float = 8.0) -> None:
    """Ranks over periods in ``rect`` (1 at the top), labels at the line ends; shared by the dock and the page."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(point_size)
    painter.setFont(font)
    if not periods:
        painter.setPen(QPen(QColor("#555555"), 1))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), empty_text)
        return
    left, right, top, bottom = 24.0, min(160.0, rect.width() * 0.3), 8.0, 20.0
    width = rect.width() - left - right
    height = rect.height() - top - bottom
    n = max(len(periods) - 1, 1)

    def point(i: int, rank: int) -> QPointF:
        return QPointF(rect.left() + left + width * i / n,
                       rect.top() + top + height * (rank - 1) / max(max_rank - 1, 1))

    painter.setPen(QPen(QColor("#888888"), 1))
    for rank in range(1, max_rank + 1):
        painter.drawText(QRectF(rect.left(), point(0, rank).y() - 7, left - 4, 14),
                         int(Qt.AlignmentFlag.AlignRight), str(rank))
    step = max(1, len(periods) // 6)
    for i in range(0, len(periods), step):
        painter.drawText(QRectF(point(i, 1).x() - 30, rect.bottom() - bottom + 4, 60, 14),
                         int(Qt.AlignmentFlag.AlignCenter), periods[i])
    for k, (name, ranks) in enumerate(lines.items()):
        painter.setPen(QPen(QColor(PALETTE[k % len(PALETTE)]), 2))
        last = None
        for i, rank in enumerate(ranks):
            if rank is None or rank > max_rank:
                last = None
                continue
            here = point(i, rank)
            if last is not None:
                painter.drawLine(last, here)
            painter.drawEllipse(here, 2.5, 2.5)
            last = here
        if ranks and ranks[-1] is not None and ranks[-1] <= max_rank:   # named at the end: ranked in the last period
            y = point(0, ranks[-1]).y()
            painter.drawText(QRectF(rect.left() + left + width + 6, y - 7, right - 8, 14),
                             int(Qt.AlignmentFlag.AlignLeft),
                             QFontMetricsF(font).elidedText(name[:28], Qt.TextElideMode.ElideRight, right - 8))
        elif last is None:
            shown = [(i, r) for i, r in enumerate(ranks) if r is not None and r <= max_rank]
            if shown:   # dropped out: its name small beside its last point
                i, r = shown[-1]
                small = QFont(font)
                small.setPointSizeF(point_size * 0.8)
                painter.setFont(small)
                painter.drawText(QRectF(point(i, r).x() + 4, point(i, r).y() + 1, right, 12),
                                 int(Qt.AlignmentFlag.AlignLeft), name[:22])
                painter.setFont(font)


def write_bump_svg(path: str, rows: Sequence[dict], top: int = 8, title: str = "") -> None:
    from qgis.PyQt.QtSvg import QSvgGenerator

    periods, lines = bump_lines(rows, top)
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(QSize(640, 340))
    generator.setViewBox(QRectF(0, 0, 640, 340))
    generator.setTitle(title)
    painter = QPainter()
    painter.begin(generator)
    try:
        draw_bump(painter, QRectF(0, 0, 640, 340), periods, lines, top)
    finally:
        painter.end()


# ------------------------------------------------------------------------------------------------ content
@dataclass
class CycleContent:
    language: str = "en"
    page_size: str = "A4"
    marking: str = ""
    date: str = ""
    history: List[dict] = field(default_factory=list)
    target: Optional[dict] = None
    effect: Optional[dict] = None          # one row of vdto:announcementeffect's series table (its summary)
    displacement: List[dict] = field(default_factory=list)
    chart_svg: str = ""


def _number(value, digits: int = 0) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{float(value):,.{digits}f}"


def ranking_table(content: CycleContent, top: int = 8) -> tuple:
    """(Table of the last period, ties sentence, period label)."""
    lang = content.language
    if not content.history:
        return None, "", ""
    last = max(str(r["period"]) for r in content.history)
    rows = sorted((r for r in content.history if str(r["period"]) == last), key=lambda r: r["rank"])[:top]
    from .texts import text

    table = Table([text("rank", lang), text("organisation", lang), text("deaths", lang), ctext("interval", lang)],
                  [[str(r["rank"]), str(r["organisation"]), _number(r.get("deaths")),
                    (f"{_number(r.get('deaths_low'))}–{_number(r.get('deaths_high'))} · "
                     f"#{r.get('rank_low')}–{r.get('rank_high')}") if r.get("rank_low") is not None else "—"]
                   for r in rows])
    if all(r.get("rank_low") is None for r in rows):
        ties = ctext("no_bootstrap", lang)
    else:
        shown = {x["organisation"] for x in rows}
        groups = []
        for r in rows[:4]:   # the top of the ranking is what designation turns on
            others = [n for n in str(r.get("tied_with") or "").split("; ") if n in shown]
            if others:
                groups.append(ctext("tied_with", lang).format(f"{r['organisation']} (#{r['rank']})",
                                                              ", ".join(others)))
        ties = ctext("tied", lang).format("; ".join(groups)) if groups else ctext("no_ties", lang).format(
            min(len(rows), 4))
    return table, ties, last


def effect_sentence(content: CycleContent) -> str:
    lang, row = content.language, content.effect
    if not row:
        return ctext("no_effect", lang)
    verdict = ctext(f"its_{row.get('verdict')}", lang).format(row.get("organisation", "")) \
        if f"its_{row.get('verdict')}" in CYCLE_TEXTS else str(row.get("verdict_text", ""))
    if row.get("level") is None or (isinstance(row.get("level"), float) and math.isnan(row["level"])):
        return verdict
    figures = ctext("after_figures", lang).format(
        row["level"], row["level_low"], row["level_high"], row["post_slope"], row["post_slope_low"],
        row["post_slope_high"], row.get("n_before", "?"), row.get("n_after", "?"))
    return verdict + " " + figures


def displacement_table(content: CycleContent):
    from .texts import text

    lang = content.language
    if not content.displacement:
        return None
    headers = [text("zone", lang), text("zone", lang) + " b→a", ctext("ring", lang) + " b→a",
               ctext("control", lang) + " b→a", "WDQ", ctext("verdict", lang)]
    rows = []
    for r in content.displacement:
        verdict_key = f"v_{r.get('verdict')}"
        rows.append([str(r.get("name")), f"{_number(r.get('rb'))} → {_number(r.get('ra'))}",
                     f"{_number(r.get('bb'))} → {_number(r.get('ba'))}",
                     f"{_number(r.get('cb'))} → {_number(r.get('ca'))}", _number(r.get("wdq"), 2),
                     ctext(verdict_key, lang) if verdict_key in CYCLE_TEXTS else str(r.get("verdict"))])
    return Table(headers, rows)


def target_sentence(content: CycleContent) -> str:
    lang, target = content.language, content.target
    if not target:
        return ctext("no_target", lang)
    name = target.get("organisation") or target.get("region") or ""
    when = ctext("designated_on", lang).format(target.get("designated_on") or "—")
    announced = ctext("announced_on", lang).format(target["announced_on"]) if target.get("announced_on") \
        else ctext("not_announced", lang)
    criterion = target.get("criterion") or ""
    return f"{name}\n{when}; {announced}.\n{criterion}"


# ------------------------------------------------------------------------------------------------ layouts
def _new_layout(project: QgsProject, name: str, page_size: str, landscape: bool) -> tuple:
    layout = fresh_layout(project, name)
    long_side, short_side = PAGE_SIZES.get(page_size, PAGE_SIZES["A4"])
    width, height = (long_side, short_side) if landscape else (short_side, long_side)
    page: QgsLayoutItemPage = layout.pageCollection().page(0)
    if not page.setPageSize(page_size, PAGE_LANDSCAPE if landscape else PAGE_PORTRAIT):
        page.setPageSize(QgsLayoutSize(width, height, LAYOUT_MILLIMETERS))
    return layout, width, height


def _markings(layout, marking: str, width: float, height: float, colour: str = "#8b0000") -> None:
    if not marking:
        return
    for y in (2.5, height - 6.5):
        add_label(layout, marking, width / 2 - 60, y, 120, 5, 0, 9, True, colour, Qt.AlignmentFlag.AlignHCenter)


def build_cycle_layout(project: QgsProject, content: CycleContent, name: str = "VDTO targeting cycle"
                       ) -> QgsPrintLayout:
    from ..definitions import DEFAULT_HANDLING_MARKING
    from .texts import text

    lang = content.language
    layout, width, height = _new_layout(project, name, content.page_size, True)
    marking = text("marking_default", lang) if content.marking in ("", DEFAULT_HANDLING_MARKING) else content.marking
    _markings(layout, marking, width, height)
    add_label(layout, ctext("cycle_title", lang), MARGIN, 9, width - 2 * MARGIN, 8, 0, 13, True)
    add_label(layout, f"{text('date', lang)}: {content.date}", width - MARGIN - 60, 16, 60, 5, 0, 7.5, False,
              "#555555", Qt.AlignmentFlag.AlignRight)
    left_w = 140.0
    right = MARGIN + left_w + 7
    right_w = width - right - MARGIN
    add_label(layout, ctext("history", lang), MARGIN, 20, left_w, 5, 0, 9.5, True)
    if content.chart_svg:
        picture = QgsLayoutItemPicture(layout)
        picture.setMode(PICTURE_SVG)
        picture.setPicturePath(content.chart_svg)
        picture.setResizeMode(PICTURE_ZOOM)
        picture.setId("ranking_history")
        layout.addLayoutItem(picture)
        place(picture, MARGIN, 26, left_w, 74)
    table, ties, period = ranking_table(content)
    if table is not None:
        add_label(layout, ctext("latest", lang).format(period), MARGIN, 102, left_w, 5, 0, 9.5, True)
        add_table(layout, table, MARGIN, 108, left_w, 8 + 5.2 * len(table.rows), 0, 7, (8, 62, 20, 38),
                  right_aligned=(0, 2))
        ties_y = 112 + 5.2 * len(table.rows) + 4
        add_label(layout, ties, MARGIN, ties_y, left_w, height - 10 - ties_y, 0, 7, True, "#8c510a")
    add_label(layout, ctext("designated", lang), right, 20, right_w, 5, 0, 9.5, True)
    add_label(layout, target_sentence(content), right, 26, right_w, 30, 0, 8)
    add_label(layout, ctext("after", lang), right, 58, right_w, 5, 0, 9.5, True)
    add_label(layout, effect_sentence(content), right, 64, right_w, 26, 0, 8)
    add_label(layout, ctext("displacement", lang), right, 92, right_w, 5, 0, 9.5, True)
    wdq_table = displacement_table(content)
    if wdq_table is None:
        add_label(layout, ctext("no_displacement", lang), right, 98, right_w, 6, 0, 8)
    else:
        rows = wdq_table.rows[:10]
        add_table(layout, Table(wdq_table.headers, rows), right, 98, right_w, 8 + 5.2 * len(rows), 0, 7,
                  (22, 16, 16, 18, 9, 27), right_aligned=(4,))
        add_label(layout, ctext("wdq_note", lang), right, 98 + 10 + 5.2 * len(rows), right_w, 10, 0, 6.5, False,
                  "#444444")
    layout.refresh()
    return layout


def build_notice_layout(project: QgsProject, language: str, target: dict, date: str, page_size: str = "A4",
                        name: str = "VDTO public notice") -> QgsPrintLayout:
    """One portrait page: the rule, the designated organisation or region, the date, the criterion. Nothing else."""
    layout, width, height = _new_layout(project, name, page_size, False)
    _markings(layout, ctext("public_marking", language), width, height, "#1a1a1a")
    inner = width - 2 * 20.0
    add_label(layout, ctext("notice_title", language), 20, 30, inner, 14, 0, 26, True,
              align=Qt.AlignmentFlag.AlignHCenter)
    add_label(layout, ctext("notice_rule", language), 20, 55, inner, 40, 0, 14)
    is_region = not target.get("organisation")
    add_label(layout, ctext("notice_region" if is_region else "notice_designated", language), 20, 105, inner, 8, 0,
              12)
    add_label(layout, str(target.get("region") if is_region else target.get("organisation")), 20, 115, inner, 16,
              0, 22, True, align=Qt.AlignmentFlag.AlignHCenter)
    add_label(layout, ctext("notice_date", language).format(date), 20, 140, inner, 8, 0, 12)
    if target.get("criterion"):
        add_label(layout, ctext("notice_criterion", language).format(target["criterion"]), 20, 152, inner, 30, 0,
                  10, False, "#333333")
    layout.refresh()
    return layout
