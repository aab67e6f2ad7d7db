"""pustaka as a library: the faces the command line itself calls.

``reading``: open a workspace, check it, ask a report.
"""

from pustaka_cli.api import reading

__all__ = ["reading"]
