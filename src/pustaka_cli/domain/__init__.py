"""The domain: pure functions over the model (no files, clock, environment or UI).

Levels and gaps, JP hours, checks, enrolment rules, reports' figures, recommendations
and plans. Today's date, the data and the language come in as arguments.
"""
