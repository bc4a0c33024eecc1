"""Figures without names, and the reminders at start."""
