"""pustaka: a competency tracker for librarian development programmes."""

__version__ = "0.1.0"
