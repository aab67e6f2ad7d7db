"""The fixed words of the domain: the values a record may take in its enumerated fields.

Their names in both languages are in the message catalogue as ``value.<field>.<word>``.
"""

from __future__ import annotations

import re

# An id (and every reference to one): letters, digits, "-", "_" and ".", not starting
# with a punctuation mark. Ids are text even when they look like numbers.
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\Z")
# A reference to a record: an id, or ``code/id`` naming another folder's record when
# several folders are read together (store/namespace.py).
REF_PATTERN = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*\Z")

KLASIKAL = (
    "pelatihan",
    "bimtek",
    "workshop",
    "seminar",
    "konferensi",
    "diskusi-panel",
    "kursus",
    "penataran",
    "sosialisasi",
    "studi-kasus",
)
NONKLASIKAL = (
    "coaching",
    "mentoring",
    "e-learning",
    "pelatihan-jarak-jauh",
    "detasering",
    "patok-banding",
    "pertukaran-pegawai",
    "belajar-mandiri",
    "komunitas-belajar",
    "bimbingan-di-tempat-kerja",
    "magang",
    "penelitian-bersama",
)
ACTIVITY_TYPES = KLASIKAL + NONKLASIKAL

MODES = ("luring", "daring", "blended")
PARTNER_KINDS = ("universitas", "pemerintah", "lsm", "swasta", "asosiasi")
TRAINING_STATUSES = ("planned", "cancelled")

PARTICIPANT_STATES = ("enrolled", "waitlisted", "withdrawn", "attended", "completed", "failed")
# States that take a seat: waitlisted and withdrawn people do not count against capacity.
SEATED_STATES = ("enrolled", "attended", "completed", "failed")
# Learning outside the programme is recorded after the fact: how it ended.
LEARNING_STATES = ("completed", "attended", "failed")

EMPLOYMENT_TYPES = ("pns", "cpns", "pppk", "honorer", "non-asn")
CIVIL_SERVANTS = ("pns", "cpns")
# Over which year a JP rule counts: January-December, or the year of the work contract.
JP_YEARS = ("calendar", "contract")
LIBRARIAN_STATUSES = ("active", "left")

GROUPS = ("umum", "inti", "khusus")
TRACKS = ("keterampilan", "keahlian", "non-jabatan")

ASSESSMENT_KINDS = ("supervisor", "peer", "self")
RESULT_KINDS = ("uji-kompetensi", "lsp")
EVALUATION_KINDS = (*ASSESSMENT_KINDS, *RESULT_KINDS, "skp")
# Evidence kinds the level rule can name: evaluations plus completed trainings.
EVIDENCE_KINDS = (*ASSESSMENT_KINDS, *RESULT_KINDS, "training")
RESULTS = ("kompeten", "belum-kompeten")
PREDICATES = ("sangat-baik", "baik", "butuh-perbaikan", "kurang", "sangat-kurang")
# Share of the grade coefficient earned per predicate (PermenPANRB 1/2023).
PREDICATE_PERCENT = {
    "sangat-baik": 150,
    "baik": 100,
    "butuh-perbaikan": 75,
    "kurang": 50,
    "sangat-kurang": 25,
}

FEEDBACK_METHODS = ("kuesioner", "kotak-saran", "daring", "wawancara")
COMBINE_RULES = ("latest", "highest", "priority")
LANGUAGES = ("id", "en")
# Paper sizes for printed reports; F4 (folio, 215 x 330 mm) is common in Indonesian offices.
PAPERS = ("a4", "f4", "letter")

# The plausible range of a number, where the files and the commands must agree (the record
# specs in store/records.py and the commands' checks in domain/recording.py).
MAX_JP = 10_000  # JP of one activity
MAX_CAPACITY = 100_000  # seats of one activity
MAX_RESPONDENTS = 10**9  # respondents of one survey

# Where the money of a budget comes from (``budgets:`` records, an activity's
# ``budget_source``): the city's budget (APBD, through the library's DPA), the national
# budget (APBN, e.g. DAK non-fisik), a company's CSR, a partner's own funds, or other.
BUDGET_SOURCES = ("apbd", "apbn", "csr", "mitra", "lainnya")
