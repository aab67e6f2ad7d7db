"""The reports and their tables, by name: what a ``ReportRequest`` may ask for.

Apart from ``reading`` so that the command line can word its help without importing it.
"""

# The reports, in the order of --help; render.views builds each of them.
REPORTS = (
    "summary",
    "gaps",
    "progress",
    "hours",
    "trainings",
    "feedback",
    "mentoring",
    "promotion",
    "budget",
    "needs",
    "performance",
    "certificates",
)

# The tables of each report, the main one first (``table``; a CSV file holds one).
TABLES = {
    "summary": ("libraries", "grades", "top_gaps"),
    "gaps": ("matrix", "competencies"),
    "progress": ("librarians", "proficiency"),
    "hours": ("hours", "shortfalls", "converted", "listing", "learning"),
    "trainings": ("activities", "costs", "indicators", "levels"),
    "feedback": ("libraries", "services"),
    "mentoring": ("pairs", "competencies"),
    "explain": ("levels", "evidence", "hours"),
    "promotion": ("librarians", "credits"),
    "budget": ("sources", "activities", "cancelled", "unpriced"),
    "needs": ("needs", "grades", "estimates"),
    "performance": ("librarians", "years", "indicators"),
    "certificates": ("certificates", "expiring"),
}
