"""pustaka as a library: the faces the command line is a translation of.

``api.reading``: open a workspace, check it, ask a report (a typed ``ReportRequest``).
``api.deciding``: apply a decision (enroll, withdraw, record, evaluate, import, apply a
plan...) to a data folder and get a typed ``Outcome``. Import the module you need
(``from pustaka_cli.api import deciding``): this package imports nothing itself, so that
a command pays only for the face it uses.
"""
