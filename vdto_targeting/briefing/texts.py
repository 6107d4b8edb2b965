"""Briefing strings in English and Spanish, chosen by the briefing's LANGUAGE parameter.

Why a small table instead of the plugin's translator: the analyst picks the language of the *product* (a Mexican
counterpart may need Spanish while the analyst's QGIS runs in English), independently of the interface language,
and a global QTranslator cannot give two languages at once. Keys are short English identifiers.
"""
from __future__ import annotations

from typing import Dict, List

LANGUAGES: List[str] = ["en", "es"]
LANGUAGE_LABELS: List[str] = ["English", "Español"]

TEXTS: Dict[str, Dict[str, str]] = {
    "title": {"en": "Targeted enforcement briefing: violent drug-trafficking organisations",
              "es": "Informe de aplicación focalizada: organizaciones narcotraficantes violentas"},
    "subtitle": {"en": "Where lethal violence concentrates, who is responsible, and where U.S. sanctions can bite",
                 "es": "Dónde se concentra la violencia letal, quién es responsable y dónde pueden actuar las "
                       "sanciones de EE. UU."},
    "legend": {"en": "Legend", "es": "Leyenda"},
    "date": {"en": "Date", "es": "Fecha"},
    "analyst": {"en": "Analyst", "es": "Analista"},
    "period": {"en": "Period analysed", "es": "Periodo analizado"},
    "sources": {"en": "Sources", "es": "Fuentes"},
    "locator": {"en": "Location", "es": "Ubicación"},
    "page": {"en": "Page", "es": "Página"},
    "basemap": {"en": "Countries and states (Natural Earth)", "es": "Países y estados (Natural Earth)"},
    # Layer roles (legend entries)
    "surface": {"en": "Violence surface (kernel density)", "es": "Superficie de violencia (densidad kernel)"},
    "hotspots": {"en": "Hotspots (Getis-Ord Gi*)", "es": "Puntos calientes (Getis-Ord Gi*)"},
    "regions": {"en": "Violent regions", "es": "Regiones violentas"},
    "territories": {"en": "Organisation territories", "es": "Territorios de las organizaciones"},
    "corridors": {"en": "Trafficking corridors", "es": "Corredores de tráfico"},
    "ports": {"en": "Ports of entry (U.S.–Mexico)", "es": "Puertos de entrada (EE. UU.–México)"},
    "hubs": {"en": "U.S. destinations", "es": "Destinos en EE. UU."},
    "events": {"en": "Lethal events", "es": "Eventos letales"},
    "zones": {"en": "Enforcement zones", "es": "Zonas de aplicación focalizada"},
    "municipalities": {"en": "Municipalities", "es": "Municipios"},
    # Page 2
    "page2_title": {"en": "Most violent organisations, target package and enforcement zones",
                    "es": "Organizaciones más violentas, paquete de objetivos y zonas de aplicación"},
    "ranking": {"en": "VDTO ranking", "es": "Clasificación de organizaciones violentas"},
    "package": {"en": "Target package: organisation → corridor → port of entry → U.S. destination",
                "es": "Paquete de objetivos: organización → corredor → puerto de entrada → destino en EE. UU."},
    "zones_table": {"en": "Enforcement zones: captured violence and PAI",
                    "es": "Zonas de aplicación: violencia captada e IPP"},
    "curve": {"en": "Concentration curve", "es": "Curva de concentración"},
    "curve_x": {"en": "Cumulative share of area (%)", "es": "Proporción acumulada del área (%)"},
    "curve_y": {"en": "Cumulative share of violence (%)", "es": "Proporción acumulada de la violencia (%)"},
    "curve_rest": {"en": "rest of study area", "es": "resto del área de estudio"},
    "curve_even": {"en": "even spread", "es": "distribución uniforme"},
    "rank": {"en": "Rank", "es": "Lugar"},
    "organisation": {"en": "Organisation", "es": "Organización"},
    "deaths": {"en": "Deaths", "es": "Muertes"},
    "events_col": {"en": "Events", "es": "Eventos"},
    "share": {"en": "Share", "es": "Proporción"},
    "zone": {"en": "Zone", "es": "Zona"},
    "target": {"en": "Target", "es": "Objetivo"},
    "area": {"en": "Area km²", "es": "Área km²"},
    "pai": {"en": "PAI", "es": "IPP"},
    "status": {"en": "Status", "es": "Estado"},
    "basis": {"en": "Basis", "es": "Base"},
    "start": {"en": "Start", "es": "Inicio"},
    "criterion": {"en": "Ranking criterion", "es": "Criterio de clasificación"},
    "no_ranking": {"en": "No organisation ranking available for this briefing.",
                   "es": "No hay clasificación de organizaciones para este informe."},
    "no_package": {"en": "No target package available for this briefing.",
                   "es": "No hay paquete de objetivos para este informe."},
    "no_zones": {"en": "No enforcement zones in this briefing.",
                 "es": "No hay zonas de aplicación en este informe."},
    "pai_note": {"en": "PAI = (share of violence) / (share of area); above 1, the zone captures more violence "
                       "than its size.",
                 "es": "IPP = (proporción de la violencia) / (proporción del área); mayor que 1, la zona capta más "
                       "violencia que su tamaño."},
    # Atlas pages
    "zone_title": {"en": "Enforcement zone", "es": "Zona de aplicación"},
    "figures": {"en": "Figures", "es": "Cifras"},
    "provisional": {"en": "Provisional", "es": "Provisional"},
    "demo_warning": {"en": "SYNTHETIC DEMO DATA — not real intelligence",
                     "es": "DATOS SINTÉTICOS — no es información real"},
    "region_targeted": {"en": "region", "es": "región"},
    "provisional_ranking": {"en": "vdto:rankvdtos output not given; computed from the events.",
                            "es": "no se dio la salida de vdto:rankvdtos; calculada a partir de los eventos."},
    "provisional_zones": {"en": "vdto:zonestatistics output not given; counted from the events over a study area "
                                "of {0:,.0f} km².",
                          "es": "no se dio la salida de vdto:zonestatistics; contadas a partir de los eventos sobre "
                                "un área de estudio de {0:,.0f} km²."},
    "marking_default": {"en": "LAW ENFORCEMENT SENSITIVE", "es": "SENSIBLE PARA LA APLICACIÓN DE LA LEY"},
    # Surface legend (the units of the density the map shows)
    "units_deaths": {"en": "Deaths per km² (kernel density)", "es": "Muertes por km² (densidad kernel)"},
    "units_events": {"en": "Events per km² (kernel density)", "es": "Eventos por km² (densidad kernel)"},
    "units_raw": {"en": "Violence density (relative, kernel)", "es": "Densidad de violencia (relativa, kernel)"},
    "or_more": {"en": "{0} or more", "es": "{0} o más"},
    # Target package (page 2), one row per organisation × port of entry × U.S. destination
    "pkg_organisation": {"en": "Organisation (rank)", "es": "Organización (lugar)"},
    "pkg_regions": {"en": "Violent regions it leads", "es": "Regiones violentas que encabeza"},
    "pkg_port": {"en": "Port of entry", "es": "Puerto de entrada"},
    "pkg_destination": {"en": "U.S. destination", "es": "Destino en EE. UU."},
    "pkg_exposure": {"en": "Deaths along corridor", "es": "Muertes en corredor"},
    "pkg_km": {"en": "Corridor km", "es": "Km de corredor"},
    "pkg_more": {"en": "+{0} more corridors (CSV)", "es": "+{0} corredores más (CSV)"},
    "pkg_region_targeted": {"en": "Region-targeted (no dominant organisation)",
                            "es": "Enfoque regional (sin organización dominante)"},
    "pkg_none": {"en": "none", "es": "ninguna"},
    "pkg_note": {"en": "Violent regions: count, then the regions as on the map (R1, R2…). Deaths along corridor: "
                       "Mexican side; point events where they fall, municipality- or state-level ones by area "
                       "share, coarser ones not counted.",
                 "es": "Regiones violentas: número y regiones como en el mapa (R1, R2…). Muertes en el corredor: "
                       "lado mexicano; eventos puntuales donde caen, municipales o estatales por parte del área, "
                       "los más imprecisos no cuentan."},
    "share_events": {"en": "% of events", "es": "% de eventos"},
    "share_deaths": {"en": "% of deaths", "es": "% de muertes"},
    "pai_note_events": {"en": "PAI = (share of events) / (share of area); above 1, the zone captures more violence "
                              "than its size. Events known only to a municipality or a state count by the share of "
                              "its area the zone covers.",
                        "es": "IPP = (proporción de eventos) / (proporción del área); mayor que 1, la zona capta "
                              "más violencia que su tamaño. Los eventos ubicados solo en un municipio o un estado "
                              "cuentan por la proporción de su área que cubre la zona."},
    # Ranking criterion, rebuilt from the ranking's fields so it reads in the briefing language
    "criterion_full": {"en": "deaths attributed under full involvement (each party credited with every death of its "
                             "events; shares can add to more than 100%)",
                       "es": "muertes atribuidas con participación plena (cada parte recibe todas las muertes de sus "
                             "eventos; las proporciones pueden sumar más de 100%)"},
    "criterion_equal": {"en": "deaths shared equally among the parties of each event",
                        "es": "muertes repartidas en partes iguales entre las partes de cada evento"},
    "criterion_tail": {"en": "events {0}; {1:,.0f} deaths in the period. State forces, civilians and non-DTO armed "
                             "groups are not ranked.",
                       "es": "eventos {0}; {1:,.0f} muertes en el periodo. No se clasifican fuerzas del Estado, "
                             "civiles ni grupos armados que no son narcotraficantes."},
    # Zone attribute values (stored as English codes in the zones layer)
    "status_proposed": {"en": "proposed", "es": "propuesta"},
    "status_approved": {"en": "approved", "es": "aprobada"},
    "status_active": {"en": "active", "es": "activa"},
    "status_closed": {"en": "closed", "es": "cerrada"},
    "basis_vdto": {"en": "organisation (VDTO)", "es": "organización (VDTO)"},
    "basis_region": {"en": "violent region", "es": "región violenta"},
    "target_region": {"en": "Violent region", "es": "Región violenta"},
    "zone_name": {"en": "Zone", "es": "Zona"},
    "approx": {"en": "approx.", "es": "aprox."},
    "period_demo": {"en": "2022–2023 (synthetic)", "es": "2022–2023 (sintético)"},
    "period_real": {"en": "UCDP events {0}–{1}; INEGI homicides {2}–{3}",
                    "es": "eventos UCDP {0}–{1}; homicidios INEGI {2}–{3}"},
    # Coverage of each source for the period printed (sources line)
    "coverage": {"en": "Coverage {0}", "es": "Cobertura {0}"},
    "cov_events": {"en": "{0}: {1:,} events, {2:,.0f} deaths; years with events {3} ({4}).",
                   "es": "{0}: {1:,} eventos, {2:,.0f} muertes; años con eventos {3} ({4})."},
    "cov_demo": {"en": "Synthetic events", "es": "Eventos sintéticos"},
    "cov_no_events": {"en": "{0}: no events in the period.", "es": "{0}: ningún evento en el periodo."},
    "cov_gaps": {"en": "no events in {0}", "es": "sin eventos en {0}"},
    "cov_no_gaps": {"en": "no year missing", "es": "ningún año falta"},
    "cov_located": {"en": "Share of {0} located: {1}.", "es": "Proporción de {0} ubicadas: {1}."},
    "prec_exact": {"en": "at the place or within 25 km", "es": "en el lugar o a menos de 25 km"},
    "prec_municipality": {"en": "only to a municipality", "es": "solo al municipio"},
    "prec_state": {"en": "only to a state (spread over the state on the map, not at its centroid)",
                   "es": "solo al estado (repartidas sobre el estado en el mapa, no en su centroide)"},
    "prec_coarser": {"en": "only to a region or the country", "es": "solo a una región o al país"},
    "prec_unknown": {"en": "precision not given", "es": "precisión no indicada"},
    "cov_homicides": {"en": "INEGI homicides: monthly counts by municipality, years with counts {0} ({1}).",
                      "es": "Homicidios INEGI: conteos mensuales por municipio, años con conteos {0} ({1})."},
    "cov_homicides_period": {"en": "INEGI homicides: monthly counts by municipality, {0}.",
                             "es": "Homicidios INEGI: conteos mensuales por municipio, {0}."},
    "cov_hom_gaps": {"en": "none recorded for {0}", "es": "ninguno registrado en {0}"},
    "period_unrecorded": {"en": "Period not recorded by: {0} (made before periods were recorded, or without From/To "
                                "dates); they may cover other dates.",
                          "es": "Periodo no registrado por: {0} (hechas antes de registrar periodos, o sin fechas "
                                "Desde/Hasta); pueden cubrir otras fechas."},
    "period_none": {"en": "not recorded", "es": "no registrado"},
    # Violent regions on page 2 (from the target package)
    "regions_title": {"en": "Violent regions: leading organisation and its share of the region's deaths",
                      "es": "Regiones violentas: organización principal y su proporción de las muertes de la región"},
    "regions_led": {"en": "R{0} {1} {2:.1f}%", "es": "R{0} {1} {2:.1f}%"},
    "regions_shared": {"en": "R{0} shared: {1}", "es": "R{0} compartida: {1}"},
    "regions_targeted": {"en": "R{0} region-targeted (largest share {1:.1f}%)",
                         "es": "R{0} enfoque regional (mayor proporción {1:.1f}%)"},
    "regions_empty": {"en": "R{0} no lethal event recorded", "es": "R{0} ningún evento letal registrado"},
    # Concentration curve
    "curve_zones": {"en": "zones, highest PAI first, then the rest", "es": "zonas, mayor IPP primero, luego el resto"},
    "curve_gini": {"en": "Gini = 2 × (area under the curve − ½) = {0:.2f} (0: violence spread evenly over the area; "
                         "1: all of it in no area)",
                   "es": "Gini = 2 × (área bajo la curva − ½) = {0:.2f} (0: violencia repartida por igual en el área; "
                         "1: toda en un área nula)"},
}

DEFAULT_SOURCES = {
    "en": "Municipal boundaries and homicides: INEGI (free use with attribution). Lethal events: UCDP GED "
          "(CC BY 4.0; Davies, Pettersson & Öberg 2023; Sundberg & Melander 2013). Ports of entry: U.S. DOT "
          "Bureau of Transportation Statistics (public domain). Basemap: Natural Earth (public domain).",
    "es": "Límites municipales y homicidios: INEGI (uso libre con atribución). Eventos letales: UCDP GED "
          "(CC BY 4.0; Davies, Pettersson y Öberg 2023; Sundberg y Melander 2013). Puertos de entrada: U.S. DOT "
          "Bureau of Transportation Statistics (dominio público). Mapa base: Natural Earth (dominio público).",
}
DEMO_SOURCES = {
    "en": "SYNTHETIC demo scenario generated by VDTO Targeting (fictitious organisations, events and figures; "
          "approximate ports of entry). Basemap and states: Natural Earth (public domain), shipped with QGIS.",
    "es": "Escenario de demostración SINTÉTICO generado por VDTO Targeting (organizaciones, eventos y cifras "
          "ficticios; puertos de entrada aproximados). Mapa base y estados: Natural Earth (dominio público), "
          "incluido en QGIS.",
}


def language_code(index_or_code) -> str:
    """Accept the enum index of the LANGUAGE parameter or a code (``en``/``es``); default English."""
    if isinstance(index_or_code, int):
        return LANGUAGES[index_or_code] if 0 <= index_or_code < len(LANGUAGES) else "en"
    code = str(index_or_code or "en")[:2].lower()
    return code if code in LANGUAGES else "en"


def zone_value(kind: str, value: str, language: str) -> str:
    """A zone's status/basis/target code (``proposed``, ``vdto``, ``region``…) in the briefing language."""
    key = f"{kind}_{str(value).strip().lower()}"
    return text(key, language) if key in TEXTS else str(value)


def text(key: str, language: str) -> str:
    """The briefing string ``key`` in ``language`` (English when a key has no translation)."""
    entry = TEXTS[key]
    return entry.get(language) or entry["en"]
