"""Matchtafel: a meeting assistant for the regional table that finds work for young people."""

__version__ = "0.1.0"
