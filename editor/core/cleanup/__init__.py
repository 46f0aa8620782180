"""Cleanup: the rule pipeline, profiles, layout hints; rules/ holds one module per error class."""
