"""Jiaokan (校勘): a workbench for Chinese newspaper and newsletter transcriptions."""

__version__ = "0.1.0"
