"""Constants shared by every layer of the plugin, defined once.

Nothing here imports Qt or QGIS, so the core and the tests can use it.
"""
from __future__ import annotations

PLUGIN_NAME = "VDTO Targeting"
PLUGIN_SLUG = "vdto_targeting"
PROVIDER_ID = "vdto"
DOCK_OBJECT_NAME = "VdtoTargetingDock"
TOOLBAR_OBJECT_NAME = "VdtoTargetingToolbar"
LAYER_GROUP_NAME = "VDTO Targeting"
SETTINGS_PREFIX = "vdto_targeting/"
PROJECT_SCOPE = "vdto_targeting"

# Metric CRS for Mexico: INEGI's Lambert Conformal Conic (ITRF2008), EPSG:6372.
MEXICO_METRIC_CRS = "EPSG:6372"
GEOGRAPHIC_CRS = "EPSG:4326"

# Kernel shapes, in QGIS's heatmap order, plus Gaussian.
KERNEL_QUARTIC = 0
KERNEL_TRIANGULAR = 1
KERNEL_UNIFORM = 2
KERNEL_TRIWEIGHT = 3
KERNEL_EPANECHNIKOV = 4
KERNEL_GAUSSIAN = 5
KERNEL_NAMES = ["Quartic", "Triangular", "Uniform", "Triweight", "Epanechnikov", "Gaussian"]

OUTPUT_RAW = 0
OUTPUT_DENSITY = 1

DEFAULT_HANDLING_MARKING = "LAW ENFORCEMENT SENSITIVE"

# Zones layer schema (fixed; the form and the statistics rely on it).
ZONE_FIELDS = [
    "zone_id", "name", "target", "basis", "priority", "status",
    "start_date", "end_date", "notes", "created_at", "updated_at",
]
ZONE_STATUSES = ["proposed", "approved", "active", "closed"]
ZONE_BASES = ["vdto", "region"]
