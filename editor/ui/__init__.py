"""The Qt user interface: thin widgets, models and actions over ops and store."""
