"""Widgets, item models and helpers that more than one screen uses."""
