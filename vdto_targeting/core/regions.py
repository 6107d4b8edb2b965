"""Violent regions: contiguous significant hot municipalities merged into regions.

Why: where no organisation can be named, the method targets the region where drug violence prevails. A region is a
connected group (queen contiguity, whatever weights the statistics used) of municipalities classed as hot spots at
the chosen confidence; each region reports its members, population, homicides and share of the national total, so
that the briefing can say "this region holds 18 % of the country's homicides in 3 % of its municipalities".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from .hotspots import HOT_CLASSES
from .weights import Weights

REGION_FIELDS = ("region_id", "n_munis", "population", "homicides", "share", "cvegeo_list", "label")


@dataclass
class Region:
    region_id: int
    members: list  # indices into the input
    codes: list
    n_munis: int
    population: float
    homicides: float
    share: float
    label: str = ""  # name of the member with the most homicides, for maps and the briefing


def hot_mask(gi_class: Sequence[str], min_confidence: int = 95) -> np.ndarray:
    """Units classed hot at ``min_confidence`` percent or more (99 counts for 95, etc.)."""
    allowed = {c for c in HOT_CLASSES if int(c.rsplit(" ", 1)[1].rstrip("%")) >= min_confidence}
    return np.array([c in allowed for c in gi_class], dtype=bool)


def violent_regions(mask: np.ndarray, contiguity: Weights, codes: Sequence[str], population: np.ndarray,
                    homicides: np.ndarray, names: Optional[Sequence[str]] = None) -> list:
    """Regions ordered by homicides (region 1 = most homicides); share is of the total over *all* units."""
    labels = contiguity.subset_components(np.asarray(mask, bool))
    population = np.asarray(population, float)
    homicides = np.nan_to_num(np.asarray(homicides, float))
    total = homicides.sum()
    regions = []
    for label in range(labels.max(initial=-1) + 1):
        members = np.flatnonzero(labels == label)
        people = population[members]
        regions.append(Region(0, members.tolist(), [str(codes[i]) for i in members], len(members),
                              float(np.nansum(people)) if np.isfinite(people).any() else float("nan"),
                              float(homicides[members].sum()),
                              float(homicides[members].sum() / total) if total > 0 else 0.0))
        top = members[int(np.argmax(homicides[members]))]
        regions[-1].label = str(names[top]) if names is not None else str(codes[top])
    regions.sort(key=lambda r: (-r.homicides, r.codes[0]))
    for number, region in enumerate(regions, start=1):
        region.region_id = number
    return regions
