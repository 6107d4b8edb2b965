"""One module per page of the dock, in workflow order (see ``definitions.STEP_KEYS``)."""
