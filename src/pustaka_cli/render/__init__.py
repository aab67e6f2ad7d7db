"""Rendering: records and results into text, tables, CSV, JSON and HTML. Returns, never prints."""
