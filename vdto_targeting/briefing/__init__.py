"""Briefing products: print layouts, PDF/PNG exports and the offline field pack."""
