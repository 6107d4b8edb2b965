"""The analyst's interface: the dock, map tools and dialogs. It gathers inputs and runs Processing algorithms."""
