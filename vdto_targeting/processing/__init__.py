"""Processing provider ``vdto``: every analyst step as an algorithm (toolbox, Model Builder, batch, qgis_process)."""
