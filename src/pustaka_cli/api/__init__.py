"""pustaka as a library: the faces the command line is a translation of.

``api.deciding``: apply a decision (enrol, withdraw, record, evaluate, import, apply a
plan...) to a data folder and get a typed ``Outcome``. Import the module you need
(``from pustaka_cli.api import deciding``): this package imports nothing itself, so that
a command pays only for the face it uses.
"""
