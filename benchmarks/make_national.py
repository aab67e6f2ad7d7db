"""Make a national-scale data folder, deterministically, in pustaka's own record format.

    python benchmarks/make_national.py OUT [--scale 1.0] [--style real|flow]
                                           [--layout few|many] [--seed 1]

At scale 1: about 10,000 staff in 400 libraries, 2,000 activities with 150,000
enrolments, and 60,000 evaluations. Everyone is invented; NIPs are synthetic but well
formed. Every record is dated on or before 2026-11-21, so the folder checks clean with
``--today 2026-11-21``.

Two shapes (issue 17):

- ``real`` (the default): what coordinators' folders look like, and what ``pustaka
  enroll`` and ``pustaka evaluate`` write. Block-style participants (``- librarian: x`` /
  ``state: ...`` / ``date: ...`` on lines of their own) and evaluations (levels as block
  mappings, one in five as a ``{...}`` line), a comment above about a third of the
  records, a ``notes: |`` (or ``>``) block text on about 5 % of activities and
  evaluations, names with apostrophes (quoted or not), one file per library
  (``librarians/lib000.yaml``) and per year (``trainings/2024.yaml``,
  ``evaluations/2024.yaml``), and about 3 % of the files saved with CRLF line endings.
  ``--layout`` does not apply.
- ``flow``: the tidy one-line shape of the earlier benchmarks (``{librarian: p00015,
  state: completed, score: 94}``); ``few`` writes a handful of large files, ``many`` one
  file per librarian, activity and evaluation (about 72,000).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from pathlib import Path

TODAY = dt.date(2026, 11, 21)
FIRST = [
    "Ani",
    "Budi",
    "Citra",
    "Dedi",
    "Eka",
    "Fajar",
    "Gita",
    "Hendra",
    "Indah",
    "Joko",
    "Kartika",
    "Lukman",
    "Maya",
    "Nanda",
    "Oki",
    "Putri",
    "Rahmat",
    "Sari",
    "Taufik",
    "Utami",
    "Vina",
    "Wahyu",
    "Yuni",
    "Zainal",
]
LAST = [
    "Siregar",
    "Nasution",
    "Harahap",
    "Saputra",
    "Wulandari",
    "Pratama",
    "Hidayat",
    "Rahmawati",
    "Kurniawan",
    "Lestari",
    "Situmorang",
    "Sembiring",
    "Tanjung",
    "Putra",
    "Handayani",
    "Setiawan",
    "Marpaung",
    "Daulay",
    "Rangkuti",
    "Sihombing",
]
GRADES = [
    "terampil",
    "mahir",
    "penyelia",
    "ahli-pertama",
    "ahli-muda",
    "ahli-madya",
    "tenaga-teknis",
]
EMPLOYMENT = ["pns"] * 6 + ["pppk"] * 2 + ["honorer", "non-asn"]
COMPETENCIES = [
    "tik-dasar",
    "rencana-kerja",
    "laporan-kerja",
    "komunikasi",
    "pelayanan-prima",
    "etika-profesi",
    "seleksi-koleksi",
    "pengadaan-koleksi",
    "katalogisasi",
    "klasifikasi",
    "sirkulasi",
    "referensi",
    "pelestarian",
    "otomasi",
    "literasi-informasi",
    "promosi",
    "inklusi-sosial",
    "perpustakaan-digital",
    "karya-tulis",
    "manajemen",
    "kepemimpinan",
    "pengembangan-profesi",
]
TYPES = [
    "pelatihan",
    "bimtek",
    "workshop",
    "seminar",
    "kursus",
    "e-learning",
    "coaching",
    "magang",
    "studi-kasus",
    "komunitas-belajar",
]
KINDS = ["supervisor"] * 5 + ["peer"] * 2 + ["self"] * 2 + ["uji-kompetensi"]


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def nip(rng: random.Random, born: dt.date, appointed: dt.date, seq: int) -> str:
    gender = rng.choice("12")
    return f'"{born:%Y%m%d} {appointed:%Y%m} {gender} {seq % 1000:03d}"'


def librarian(rng: random.Random, i: int, libraries: int) -> tuple[str, dt.date]:
    started = dt.date(rng.randint(1995, 2021), rng.randint(1, 12), 1)
    employment = rng.choice(EMPLOYMENT)
    lines = [
        f"  - id: p{i:05d}",
        f"    name: {rng.choice(FIRST)} {rng.choice(LAST)}",
        f"    library: lib{i % libraries:03d}",
        f"    grade: {rng.choice(GRADES)}",
        f"    employment: {employment}",
        f"    started: {started}",
    ]
    if employment == "pns":
        born = dt.date(started.year - rng.randint(22, 35), rng.randint(1, 12), rng.randint(1, 28))
        lines.insert(2, f"    nip: {nip(rng, born, started, i % 999 + 1)}")
    elif employment == "pppk":  # their JP year is the contract's (DOMAIN §3)
        lines.append(f"    contract_start: {started}")
    return "\n".join(lines) + "\n", started


def training(rng: random.Random, i: int, people: list[tuple[str, dt.date]], size: int) -> str:
    start = dt.date(2022, 1, 3) + dt.timedelta(days=rng.randint(0, 1700))
    end = start + dt.timedelta(days=rng.randint(0, 4))
    develops = rng.sample(COMPETENCIES, rng.randint(1, 3))
    lines = [
        f"  - id: t{i:04d}",
        f"    title: {quote(f'Kegiatan pengembangan {i}')}",
        f"    type: {rng.choice(TYPES)}",
        f"    start: {start}",
        f"    end: {end}",
        f"    jp: {rng.choice([8, 12, 16, 24, 32])}",
        f"    capacity: {size + rng.randint(0, 10)}",
        f"    cost: {rng.randint(5, 60) * 1_000_000}",
        "    develops: {" + ", ".join(f"{c}: {rng.randint(2, 4)}" for c in develops) + "}",
        "    participants:",
    ]
    eligible = [p for p in people if p[1] <= start]
    for who, _ in sorted(rng.sample(eligible, min(size, len(eligible)))):
        if end > TODAY:
            lines.append(f"      - {{librarian: {who}, state: enrolled}}")
            continue
        state = rng.choice(["completed"] * 8 + ["failed", "withdrawn"])
        score = f", score: {rng.randint(40, 100)}" if state != "withdrawn" else ""
        lines.append(f"      - {{librarian: {who}, state: {state}{score}}}")
    return "\n".join(lines) + "\n"


def evaluation(rng: random.Random, who: str, started: dt.date) -> str:
    first = max(started, dt.date(2020, 1, 1))
    date = first + dt.timedelta(days=rng.randint(0, (TODAY - first).days))
    kind = rng.choice(KINDS)
    picked = rng.sample(COMPETENCIES, rng.randint(2, 6))
    if kind == "uji-kompetensi":
        body = (
            "    results: {"
            + ", ".join(
                f"{c}: {rng.choice(['kompeten', 'kompeten', 'belum-kompeten'])}" for c in picked
            )
            + "}"
        )
    else:
        body = "    levels: {" + ", ".join(f"{c}: {rng.randint(0, 4)}" for c in picked) + "}"
    return (
        f"  - librarian: {who}\n    kind: {kind}\n    date: {date}\n"
        f"    by: {quote('Penilai ' + str(rng.randint(1, 99)))}\n{body}\n"
    )


def settings(libraries: int) -> str:
    rows = "".join(
        f"  - id: lib{n:03d}\n    name: {quote(f'Perpustakaan Kota {n:03d}')}\n"
        for n in range(libraries)
    )
    # The JP rule written down, as a coordinator answers check's warning about a completion
    # below the pass score (the default, so every figure is as before).
    return (
        f"organisation: {quote('Perpustakaan Nasional (data uji)')}\n"
        f"jp:\n  requires_pass: false\nlibraries:\n{rows}"
    )


# --- the real shape ---------------------------------------------------------------------

APOSTROPHE = ["Ma'ruf", "Nur'aini", "Syafi'i", "Jum'ati", "Mu'min", "Ru'yat", "Sa'adah"]
NOTES = [
    ("Peserta diminta membawa laptop sendiri.", "Materi dibagikan lewat grup kerja."),
    ("Dilaksanakan bersama Perpustakaan Nasional.", "Sertifikat menyusul: Jum'at depan."),
    ("Penilaian ulang setelah masa magang.", "Lihat berita acara nomor 12/2024 # arsip."),
    ("Catatan penilai: perlu pendampingan,", "terutama untuk katalogisasi dan otomasi."),
]


def real_name(rng: random.Random) -> str:
    """A name as a coordinator types it: now and then with an apostrophe, quoted or not."""
    if rng.random() < 0.06:
        name = f"{rng.choice(APOSTROPHE)} {rng.choice(LAST)}"
        how = rng.randrange(3)
        if how == 0:
            return quote(name)
        if how == 1:
            return "'" + name.replace("'", "''") + "'"
        return name
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def comment(rng: random.Random, indent: str, text: str) -> list[str]:
    return [f"{indent}# {text}"] if rng.random() < 0.33 else []


def block_notes(rng: random.Random, indent: str) -> list[str]:
    """About one record in twenty carries notes as a block text."""
    if rng.random() >= 0.05:
        return []
    first, second = rng.choice(NOTES)
    header = rng.choice(["|", "|", "|-", ">"])
    return [f"{indent}notes: {header}", f"{indent}  {first}", f"{indent}  {second}"]


def real_librarian(rng: random.Random, i: int, libraries: int) -> tuple[str, dt.date, int]:
    started = dt.date(rng.randint(1995, 2021), rng.randint(1, 12), 1)
    employment = rng.choice(EMPLOYMENT)
    lines = [
        *comment(rng, "  ", f"masuk {started.year}"),
        f"  - id: p{i:05d}",
        f"    name: {real_name(rng)}",
        f"    library: lib{i % libraries:03d}",
        f"    grade: {rng.choice(GRADES)}",
        f"    employment: {employment}",
        f"    started: {started}",
    ]
    if employment == "pns":
        born = dt.date(started.year - rng.randint(22, 35), rng.randint(1, 12), rng.randint(1, 28))
        lines.insert(len(lines) - 4, f"    nip: {nip(rng, born, started, i % 999 + 1)}")
    elif employment == "pppk":  # their JP year is the contract's (DOMAIN §3)
        lines.append(f"    contract_start: {started}")
    return "\n".join(lines) + "\n", started, i % libraries


def real_training(
    rng: random.Random, i: int, people: list[tuple[str, dt.date]], size: int
) -> tuple[int, str]:
    start = dt.date(2022, 1, 3) + dt.timedelta(days=rng.randint(0, 1700))
    end = start + dt.timedelta(days=rng.randint(0, 4))
    develops = rng.sample(COMPETENCIES, rng.randint(1, 3))
    lines = [
        *comment(rng, "  ", f"{rng.choice(TYPES)} angkatan {i % 7 + 1}"),
        f"  - id: t{i:04d}",
        f"    title: {quote(f'Kegiatan pengembangan {i}')}",
        f"    type: {rng.choice(TYPES)}",
        f"    start: {start}",
        f"    end: {end}",
        f"    jp: {rng.choice([8, 12, 16, 24, 32])}",
        f"    capacity: {size + rng.randint(0, 10)}",
        f"    cost: {rng.randint(5, 60) * 1_000_000}",
        "    develops:",
        *(f"      {c}: {rng.randint(2, 4)}" for c in develops),
        *block_notes(rng, "    "),
        "    participants:",
    ]
    eligible = [p for p in people if p[1] <= start]
    for who, _ in sorted(rng.sample(eligible, min(size, len(eligible)))):
        enrolled = start - dt.timedelta(days=rng.randint(3, 40))
        # as `pustaka enroll` writes an entry: librarian, state, date on lines of their own
        lines += [f"      - librarian: {who}"]
        if end > TODAY:
            lines += ["        state: enrolled", f"        date: {enrolled}"]
            continue
        state = rng.choice(["completed"] * 8 + ["failed", "withdrawn"])
        lines += [f"        state: {state}", f"        date: {enrolled}"]
        if state != "withdrawn":
            lines.append(f"        score: {rng.randint(40, 100)}")
    return start.year, "\n".join(lines) + "\n"


def real_evaluation(rng: random.Random, who: str, started: dt.date) -> tuple[int, str]:
    first = max(started, dt.date(2020, 1, 1))
    date = first + dt.timedelta(days=rng.randint(0, (TODAY - first).days))
    kind = rng.choice(KINDS)
    picked = rng.sample(COMPETENCIES, rng.randint(2, 6))
    field = "results" if kind == "uji-kompetensi" else "levels"
    values = [
        (c, rng.choice(["kompeten", "kompeten", "belum-kompeten"]))
        if kind == "uji-kompetensi"
        else (c, str(rng.randint(0, 4)))
        for c in picked
    ]
    if rng.random() < 0.2:  # as some coordinators write it: one line
        body = [f"    {field}: {{" + ", ".join(f"{c}: {v}" for c, v in values) + "}"]
    else:  # as `pustaka evaluate` writes it
        body = [f"    {field}:", *(f"      {c}: {v}" for c, v in values)]
    lines = [
        *comment(rng, "  ", f"penilaian {kind} {date:%B %Y}"),
        f"  - librarian: {who}",
        f"    kind: {kind}",
        f"    date: {date}",
        f"    by: {quote('Penilai ' + str(rng.randint(1, 99)))}",
        *body,
        *block_notes(rng, "    "),
    ]
    return date.year, "\n".join(lines) + "\n"


def write_real(out: Path, rng: random.Random, files: dict[str, str]) -> None:
    """Write each file; about 3 % of them with CRLF line endings (a Windows editor's save)."""
    for rel, text in sorted(files.items()):
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if rng.random() < 0.03:
            text = text.replace("\n", "\r\n")
        path.write_bytes(text.encode("utf-8"))


def make_real(out: Path, scale: float, seed: int) -> None:
    rng = random.Random(seed)
    staff, activities = int(10_000 * scale), int(2_000 * scale)
    evaluations, libraries = int(60_000 * scale), max(1, int(400 * scale))
    people = [real_librarian(rng, i, libraries) for i in range(staff)]
    started = [(f"p{i:05d}", p[1]) for i, p in enumerate(people)]
    trainings = [real_training(rng, i, started, 75) for i in range(activities)]
    evals = [real_evaluation(rng, *rng.choice(started)) for _ in range(evaluations)]

    files: dict[str, str] = {"pustaka.yaml": settings(libraries)}
    by_library: dict[int, list[str]] = {}
    for text, _, library in people:
        by_library.setdefault(library, []).append(text)
    for library, texts in by_library.items():
        head = f"# Pustakawan Perpustakaan Kota {library:03d}\n# Diperbarui oleh koordinator.\n\n"
        files[f"librarians/lib{library:03d}.yaml"] = head + "librarians:\n" + "".join(texts)
    for kind, dated in (("trainings", trainings), ("evaluations", evals)):
        years: dict[int, list[str]] = {}
        for year, text in dated:
            years.setdefault(year, []).append(text)
        for year, texts in years.items():
            head = f"# {kind} {year}: satu berkas per tahun.\n\n{kind}:\n"
            files[f"{kind}/{year}.yaml"] = head + "\n".join(texts)
    write_real(out, rng, files)


def make(out: Path, scale: float, layout: str, seed: int, style: str = "flow") -> None:
    if style == "real":
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        make_real(out, scale, seed)
        return
    rng = random.Random(seed)
    staff, activities = int(10_000 * scale), int(2_000 * scale)
    evaluations, libraries = int(60_000 * scale), max(1, int(400 * scale))
    per_training = 75  # 2,000 activities x 75 = 150,000 enrolments at scale 1
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / "pustaka.yaml").write_text(settings(libraries), encoding="utf-8")

    people = [librarian(rng, i, libraries) for i in range(staff)]
    started = [(f"p{i:05d}", p[1]) for i, p in enumerate(people)]
    trainings = [training(rng, i, started, per_training) for i in range(activities)]
    evals = [evaluation(rng, *rng.choice(started)) for _ in range(evaluations)]

    groups = {"librarians": [p[0] for p in people], "trainings": trainings, "evaluations": evals}
    for kind, records in groups.items():
        if layout == "few":
            (out / f"{kind}.yaml").write_text(f"{kind}:\n" + "".join(records), encoding="utf-8")
            continue
        folder = out / kind
        for n, record in enumerate(records):
            path = folder / f"{n // 1000:03d}" / f"{n:06d}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"{kind}:\n{record}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--style", choices=["real", "flow"], default="real")
    parser.add_argument("--layout", choices=["few", "many"], default="few")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    make(args.out, args.scale, args.layout, args.seed, args.style)


if __name__ == "__main__":
    main()
