"""Messages: reports (``pustaka report ...``) and ``pustaka explain``."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- words ---
    "report.yes": {"id": "ya", "en": "yes"},
    "report.no": {"id": "tidak", "en": "no"},
    "report.empty": {"id": "Tidak ada data yang cocok.", "en": "No matching records."},
    "report.all-libraries": {"id": "Semua perpustakaan", "en": "All libraries"},
    "report.all": {"id": "Semua", "en": "All"},
    "report.xlsx.about": {"id": "Tentang laporan", "en": "About this report"},
    "report.print.page": {"id": "Halaman {page} dari {pages}", "en": "Page {page} of {pages}"},
    "report.print.columns": {
        "id": "Kolom bagian {n} dari {of} (nama diulang di setiap bagian)",
        "en": "Columns, part {n} of {of} (the name repeats in every part)",
    },
    "report.key.heatmap": {
        "id": "Warna = kesenjangan (wajib - saat ini); angka di kotak = kesenjangan",
        "en": "Colour = gap (required - current); number in a square = the gap",
    },
    "report.key.cells": {
        "id": "Sel tabel: level saat ini/wajib; warna = kesenjangan:",
        "en": "Table cells: current/required level; colour = gap:",
    },
    "report.key.gap0": {"id": "memenuhi", "en": "meets"},
    "report.key.gap1": {"id": "kurang 1", "en": "1 below"},
    "report.key.gap2": {"id": "kurang 2", "en": "2 below"},
    "report.key.gap3": {"id": "kurang 3 atau lebih", "en": "3 or more below"},
    "report.key.unknown": {"id": "belum dinilai (?)", "en": "not yet assessed (?)"},
    "report.key.unknown-short": {"id": "belum dinilai", "en": "not assessed"},
    "report.key.none": {"id": "tidak wajib (-)", "en": "not required (-)"},
    "report.chart.percent": {"id": "Persen (%)", "en": "Percent (%)"},
    "report.chart.unit": {"id": "Satuan: {unit}", "en": "Unit: {unit}"},
    "report.chart.jp": {"id": "jam pelajaran (JP)", "en": "lesson hours (JP)"},
    "report.chart.count": {"id": "jumlah", "en": "count"},
    "report.terminal.more": {
        "id": "Ditampilkan {shown} dari {total} baris. Daftar lengkap: --format csv atau "
        "-o BERKAS.csv (juga markdown, json, html), atau persempit dengan --library, "
        "--grade, --competency, --librarian.",
        "en": "Showing {shown} of {total} rows. For the full listing: --format csv or "
        "-o FILE.csv (also markdown, json, html), or narrow it with --library, --grade, "
        "--competency, --librarian.",
    },
    "report.matrix.legend": {
        "id": "Sel = kesenjangan (wajib - saat ini); . = memenuhi; ? = level belum diketahui; "
        "- = tanpa profil. Saat ini/wajib: --wide di terminal lebar, atau -o .html/.xlsx.",
        "en": "Cell = gap (required - current); . = meets; ? = level unknown; - = no profile. "
        "Current/required: --wide in a wide terminal, or -o .html/.xlsx.",
    },
    "report.matrix.legend-wide": {
        "id": "Sel = level saat ini/wajib; ? = level belum diketahui; - = tanpa profil.",
        "en": "Cell = current/required level; ? = level unknown; - = no profile.",
    },
    "report.matrix.too-narrow": {
        "id": "--wide: saat ini/wajib perlu {columns} kolom, terminal ini {width}; yang "
        "tampil adalah kesenjangan.",
        "en": "--wide: current/required needs {columns} columns, this terminal has {width}; "
        "the gaps are shown instead.",
    },
    "report.kind.supervisor": {"id": "atasan", "en": "supervisor"},
    "report.kind.peer": {"id": "rekan sejawat", "en": "peer"},
    "report.kind.self": {"id": "diri sendiri", "en": "self"},
    "report.kind.uji-kompetensi": {"id": "uji kompetensi", "en": "competency test"},
    "report.kind.lsp": {"id": "LSP", "en": "LSP"},
    "report.kind.training": {"id": "pelatihan", "en": "training"},
    "report.combine.latest": {"id": "terbaru", "en": "latest"},
    "report.combine.highest": {"id": "tertinggi", "en": "highest"},
    "report.combine.priority": {"id": "prioritas", "en": "priority"},
    "report.category.klasikal": {"id": "klasikal", "en": "classroom (klasikal)"},
    "report.category.nonklasikal": {"id": "nonklasikal", "en": "non-classroom (nonklasikal)"},
    # --- verdicts on evidence and JP ---
    "report.verdict.chosen": {"id": "dipilih", "en": "chosen"},
    "report.verdict.counted": {"id": "dihitung", "en": "counted"},
    "report.verdict.after-as-of": {
        "id": "sesudah tanggal acuan",
        "en": "after the as-of date",
    },
    "report.verdict.not-a-source": {
        "id": "jenis tidak dihitung",
        "en": "kind not counted",
    },
    "report.verdict.undated": {"id": "tanpa tanggal", "en": "undated"},
    "report.verdict.belum-kompeten": {
        "id": "belum kompeten",
        "en": "belum kompeten",
    },
    "report.verdict.not-completed": {"id": "hadir, belum selesai", "en": "attended, not completed"},
    "report.verdict.failed": {"id": "tidak lulus", "en": "failed"},
    "report.verdict.no-post-test": {
        "id": "tanpa nilai post-test",
        "en": "no post-test score",
    },
    "report.verdict.post-test-failed": {
        "id": "post-test di bawah batas",
        "en": "post-test below pass",
    },
    "report.verdict.expired": {"id": "kedaluwarsa", "en": "expired"},
    "report.verdict.no-jp": {"id": "tanpa JP atau menit", "en": "no JP or minutes"},
    "report.why.chosen": {
        "id": "aturan {rule}: {kind} {date}",
        "en": "{rule} rule: {kind} {date}",
    },
    "report.why.unknown": {"id": "tidak ada bukti yang berlaku", "en": "no evidence counts"},
    "report.why.unknown-is-zero": {
        "id": "tidak ada bukti; dianggap 0 (unknown_is_zero)",
        "en": "no evidence; taken as 0 (unknown_is_zero)",
    },
    "report.rule-note": {
        "id": "Level saat ini: bukti yang berlaku dipilih dengan aturan {combine}; jenis yang "
        "dihitung: {sources}; pelatihan dihitung bila nilai post-test minimal {pass_score}. "
        "Lihat bukti di balik setiap angka dengan: pustaka explain PUSTAKAWAN [KOMPETENSI].",
        "en": "Current level: the evidence that counts is chosen by the {combine} rule; kinds "
        "that count: {sources}; a training counts with a post-test score of at least "
        "{pass_score}. See the evidence behind any number with: pustaka explain LIBRARIAN "
        "[COMPETENCY].",
    },
    # --- parameters ---
    "report.param.organisation": {"id": "Lembaga", "en": "Organisation"},
    "report.param.as-of": {"id": "Per tanggal", "en": "As of"},
    "report.param.from": {"id": "Dari", "en": "From"},
    "report.param.to": {"id": "Sampai", "en": "To"},
    "report.param.target": {"id": "Terhadap jenjang sasaran", "en": "Against the target grade"},
    "report.param.library": {"id": "Perpustakaan", "en": "Library"},
    "report.param.grade": {"id": "Jenjang", "en": "Grade"},
    "report.param.competency": {"id": "Kompetensi", "en": "Competency"},
    "report.param.librarian": {"id": "Pustakawan", "en": "Librarian"},
    "report.param.target-grade": {"id": "Jenjang sasaran", "en": "Target grade"},
    # --- column headers ---
    "report.col.library-id": {"id": "ID perpustakaan", "en": "Library ID"},
    "report.col.library": {"id": "Perpustakaan", "en": "Library"},
    "report.col.library-name": {"id": "Nama perpustakaan", "en": "Library name"},
    "report.col.staff": {"id": "Staf", "en": "Staff"},
    "report.col.meeting": {"id": "% sesuai profil", "en": "% meeting profile"},
    "report.col.unknown-staff": {"id": "Belum lengkap dinilai", "en": "Not fully assessed"},
    "report.col.unknown-percent": {
        "id": "% belum lengkap dinilai",
        "en": "% not fully assessed",
    },
    "report.col.meeting-staff": {"id": "Staf sesuai profil", "en": "Staff meeting profile"},
    "report.col.below-staff": {"id": "Di bawah profil", "en": "Below profile"},
    "report.col.below-percent": {"id": "% di bawah profil", "en": "% below profile"},
    "report.col.profile": {
        "id": "Sesuai/ senjang/ belum dinilai",
        "en": "Meet/ below/ not assessed",
    },
    "report.col.jp-met": {"id": "JP cukup", "en": "JP met"},
    "report.col.jp-with-target": {"id": "Wajib JP", "en": "JP due"},
    "report.col.jp-percent": {"id": "% JP cukup", "en": "% JP met"},
    "report.col.activities": {"id": "Kegiatan", "en": "Activities"},
    "report.col.completion": {"id": "Tuntas", "en": "Done"},
    "report.col.satisfaction": {"id": "Kepuasan pemustaka", "en": "User rating"},
    "report.col.change": {"id": "Tren", "en": "Trend"},
    "report.col.grade-id": {"id": "ID jenjang", "en": "Grade ID"},
    "report.col.grade": {"id": "Jenjang", "en": "Grade"},
    "report.col.competency": {"id": "Kompetensi", "en": "Competency"},
    "report.col.competency-name": {"id": "Nama kompetensi", "en": "Competency name"},
    "report.col.below": {"id": "Di bawah", "en": "Below"},
    "report.col.total-gap": {"id": "Jumlah senjang", "en": "Total gap"},
    "report.col.mean-gap": {"id": "Rerata senjang", "en": "Mean gap"},
    "report.col.librarian-id": {"id": "ID pustakawan", "en": "Librarian ID"},
    "report.col.name": {"id": "Nama", "en": "Name"},
    "report.col.nip": {"id": "NIP", "en": "NIP"},
    "report.col.unknown": {"id": "Belum tahu", "en": "Unknown"},
    "report.col.holders": {"id": "Pemegang per perpustakaan", "en": "Holders per library"},
    "report.col.required-staff": {"id": "Wajib", "en": "Required"},
    "report.col.met": {"id": "Memenuhi", "en": "Meet"},
    "report.col.needed": {"id": "Perlu ditutup", "en": "To close"},
    "report.col.few": {"id": "Hanya 1-2 orang", "en": "Only 1-2 people"},
    "report.col.closest": {"id": "Paling dekat", "en": "Closest"},
    "report.col.closest-ids": {"id": "ID paling dekat", "en": "Closest (IDs)"},
    "report.col.employment": {"id": "Status kepegawaian", "en": "Employment"},
    "report.col.year": {"id": "Tahun", "en": "Year"},
    "report.col.employment-code": {"id": "Kode status kepegawaian", "en": "Employment code"},
    "report.col.skp-code": {"id": "Kode SKP", "en": "SKP code"},
    "report.col.skp-before-code": {"id": "Kode SKP sebelumnya", "en": "SKP before code"},
    "report.col.type-code": {"id": "Kode jenis", "en": "Type code"},
    "report.value.employment.pns": {"id": "PNS", "en": "Civil servant (PNS)"},
    "report.value.employment.cpns": {"id": "CPNS", "en": "Candidate civil servant (CPNS)"},
    "report.value.employment.pppk": {"id": "PPPK", "en": "Contract civil servant (PPPK)"},
    "report.value.employment.honorer": {"id": "Honorer", "en": "Honorary staff"},
    "report.value.employment.non-asn": {"id": "Non-ASN", "en": "Non-civil-servant"},
    "report.value.predicate.sangat-baik": {"id": "Sangat baik", "en": "Very good"},
    "report.value.predicate.baik": {"id": "Baik", "en": "Good"},
    "report.value.predicate.butuh-perbaikan": {"id": "Butuh perbaikan", "en": "Needs improvement"},
    "report.value.predicate.kurang": {"id": "Kurang", "en": "Poor"},
    "report.value.predicate.sangat-kurang": {"id": "Sangat kurang", "en": "Very poor"},
    "report.col.klasikal": {"id": "Klasikal", "en": "Klasikal"},
    "report.col.nonklasikal": {"id": "Nonklasikal", "en": "Nonklasikal"},
    "report.col.total-jp": {"id": "Jumlah JP", "en": "Total JP"},
    "report.col.target-jp": {"id": "Target", "en": "Target"},
    "report.col.shortfall": {"id": "Kurang", "en": "Short"},
    "report.col.excess": {"id": "Lebih", "en": "Over"},
    "report.col.over": {"id": "Di atas batas", "en": "Above ceiling"},
    "report.col.maximum-jp": {"id": "Maks. JP", "en": "Max JP"},
    "report.col.jp-rule": {"id": "Aturan", "en": "Rule"},
    "report.col.jp-period": {"id": "Dasar tahun", "en": "Year basis"},
    "report.col.from": {"id": "Dari", "en": "From"},
    "report.col.to": {"id": "Sampai", "en": "To"},
    "report.col.target-met": {"id": "Target tercapai", "en": "Target met"},
    "report.col.not-counted": {"id": "JP tidak dihitung", "en": "JP not counted"},
    "report.col.activity-id": {"id": "Kegiatan", "en": "Activity"},
    "report.col.title": {"id": "Judul", "en": "Title"},
    "report.col.minutes": {"id": "Menit", "en": "Minutes"},
    "report.col.jp": {"id": "JP", "en": "JP"},
    "report.col.participants": {"id": "Peserta", "en": "Participants"},
    "report.col.current": {"id": "Saat ini", "en": "Current"},
    "report.col.required": {"id": "Wajib", "en": "Required"},
    "report.col.gap": {"id": "Kesenjangan", "en": "Gap"},
    "report.col.required-by": {"id": "Diwajibkan oleh", "en": "Required by"},
    "report.col.why": {"id": "Alasan", "en": "Why"},
    "report.col.required-basis": {"id": "Kode dasar wajib", "en": "Required basis code"},
    "report.col.rule": {"id": "Kode aturan", "en": "Rule code"},
    "report.col.date": {"id": "Tanggal", "en": "Date"},
    "report.col.kind": {"id": "Jenis", "en": "Kind"},
    "report.col.kind-code": {"id": "Kode jenis", "en": "Kind code"},
    "report.col.category-code": {"id": "Kode kategori", "en": "Category code"},
    "report.col.level": {"id": "Level", "en": "Level"},
    "report.col.source": {"id": "Sumber", "en": "Source"},
    "report.col.valid-until": {"id": "Berlaku sampai", "en": "Valid until"},
    "report.col.verdict": {"id": "Keputusan", "en": "Verdict"},
    "report.col.verdict-code": {"id": "Kode keputusan", "en": "Verdict code"},
    "report.col.where": {"id": "Letak", "en": "Where"},
    "report.col.category": {"id": "Kategori", "en": "Category"},
    # --- summary ---
    "report.summary.title": {
        "id": "Ringkasan program pembinaan {year}",
        "en": "Development programme summary {year}",
    },
    "report.summary.libraries": {"id": "Per perpustakaan", "en": "Per library"},
    "report.summary.note": {
        "id": "Sesuai/senjang/belum dinilai: jumlah staf yang memenuhi setiap level wajib; "
        "yang punya kesenjangan yang diketahui; dan yang tanpa kesenjangan yang diketahui "
        "tetapi ada level yang belum dinilai (tanpa bukti). JP, kegiatan (dalam kurung: yang "
        "batal; lihat report trainings) dan tuntas: tahun {year}. Kepuasan: rerata umpan "
        "balik pemustaka {year}, perubahan dibanding {previous}. * = semua perpustakaan.",
        "en": "Meet/below/not assessed: staff who meet every required level; who have a "
        "known gap; and who have no known gap but some level not yet assessed (no "
        "evidence). JP, activities (in brackets: cancelled; see report trainings) and "
        "completion: year {year}. Satisfaction: mean user feedback in {year}, change from "
        "{previous}. * = all libraries.",
    },
    "report.summary.grades": {"id": "Staf per jenjang", "en": "Staff by grade"},
    "report.summary.top-gaps": {
        "id": "Lima kesenjangan kompetensi terbesar",
        "en": "The five largest competency gaps",
    },
    "report.summary.no-gaps": {"id": "Tidak ada kesenjangan.", "en": "No gaps."},
    "report.summary.top-gaps-note": {
        "id": "Hanya kesenjangan yang diketahui yang diurutkan; Belum tahu: staf yang wajib "
        "memilikinya tetapi belum dinilai (bukan kesenjangan 0).",
        "en": "Only known gaps are ranked; Unknown: staff it is required of who are not yet "
        "assessed (not a gap of 0).",
    },
    # --- gaps ---
    "report.gaps.title": {"id": "Kesenjangan kompetensi", "en": "Competency gaps"},
    "report.gaps.matrix": {
        "id": "Pustakawan × kompetensi",
        "en": "Librarian × competency",
    },
    "report.gaps.matrix-note": {
        "id": "Kesenjangan = wajib - saat ini, tidak pernah di bawah 0; tanpa bukti: belum "
        "diketahui.",
        "en": "Gap = required - current, never below 0; no evidence: unknown.",
    },
    "report.gaps.basis-grade": {
        "id": "Level wajib: profil jenjang saat ini.",
        "en": "Required level: the profile of the current grade.",
    },
    "report.gaps.basis-target": {
        "id": "Level wajib: profil jenjang sasaran (target_grade, atau jenjang berikutnya).",
        "en": "Required level: the profile of the target grade (target_grade, or the next grade).",
    },
    "report.gaps.competencies": {"id": "Per kompetensi", "en": "Per competency"},
    "report.gaps.coverage-note": {
        "id": "Perlu ditutup: orang yang masih harus mencapai level wajib; bila kerangka "
        "menyebut holders, cukup sejumlah itu per perpustakaan. Paling dekat: mereka yang "
        "kesenjangannya paling kecil.",
        "en": "To close: people who still have to reach the required level; when the "
        "framework gives holders, that many per library are enough. Closest: those with the "
        "smallest gap.",
    },
    # --- hours ---
    "report.hours.title": {
        "id": "Jam pelajaran (JP) per tahun",
        "en": "Learning hours (JP) per year",
    },
    "report.hours.table": {"id": "JP per pustakawan", "en": "JP per librarian"},
    "report.hours.note": {
        "id": "Dihitung: partisipasi berstatus completed (JP kegiatan, atau menit dibagi menit "
        "per JP) pada tahun yang memuat hari terakhir kegiatan, termasuk pembelajaran di luar "
        "program (learning), dan sesi mentoring bagi mentee (nonklasikal). JP untuk kehadiran: selesai dengan post-test di bawah nilai lulus tetap "
        "dihitung (levelnya tidak), kecuali jp.requires_pass. Hadir tanpa selesai tidak "
        "dihitung.",
        "en": "Counted: participations marked completed (the activity's JP, or its minutes "
        "divided by minutes per JP) in the year that holds the activity's last day, learning "
        "outside the programme (learning) included, and mentoring sessions for the mentee (nonklasikal). JP are for attending: a completion "
        "with a post-test below the pass score counts (its level does not), unless "
        "jp.requires_pass. Attended without completing does not count.",
    },
    "report.hours.rules": {
        "id": "Aturan JP (jp.targets): ≥ minimal, ≤ paling banyak. PNS/CPNS: minimal 20 JP per "
        "tahun kalender (PP 17/2020 pasal 203(4)). PPPK: paling banyak 24 JP dalam satu tahun "
        "masa perjanjian kerja, dihitung dari contract_start (PP 49/2018 pasal 39(3), "
        "Peraturan LAN 15/2020) — batas atas, bukan sasaran: PPPK tidak pernah 'kurang'; "
        "JP di atas batas ditandai. Tahun: tahun kalender yang diminta; untuk tahun kontrak, "
        "tahun kontrak yang memuat 31 Desember tahun itu (atau tanggal laporan bila lebih awal).",
        "en": "JP rules (jp.targets): ≥ at least, ≤ at most. PNS/CPNS: at least 20 JP per "
        "calendar year (PP 17/2020 art. 203(4)). PPPK: at most 24 JP in one year of the work "
        "contract, counted from contract_start (PP 49/2018 art. 39(3), Peraturan LAN "
        "15/2020) — a ceiling, not a target: a PPPK is never 'short'; JP above it are "
        "flagged. Year: the calendar year asked for; for a contract year, the contract year "
        "that holds 31 December of that year (or the as-of date if earlier).",
    },
    "report.hours.ceilings": {
        "id": "Batas atas JP per tahun masa perjanjian kerja",
        "en": "JP ceilings per year of the work contract",
    },
    "report.hours.ceilings-note": {
        "id": "Dari-sampai: tahun yang dihitung (tahun kontrak, atau tahun kalender bila tanggal "
        "mulai kontrak tidak diketahui). Lebih: JP di atas batas.",
        "en": "From-to: the year counted (the contract year, or the calendar year when the "
        "contract's start is unknown). Over: JP above the ceiling.",
    },
    "report.hours.no-ceilings": {
        "id": "Tidak ada yang memiliki batas atas JP.",
        "en": "Nobody has a JP ceiling.",
    },
    "report.hours.shortfalls": {"id": "Belum mencapai target", "en": "Short of the target"},
    "report.hours.nobody-short": {
        "id": "Semua yang memiliki target sudah mencapainya.",
        "en": "Everyone with a target has reached it.",
    },
    "report.hours.converted": {
        "id": "Kegiatan tanpa JP: menit dikonversi (1 JP = {minutes} menit)",
        "en": "Activities without JP: minutes converted (1 JP = {minutes} minutes)",
    },
    "report.hours.none-converted": {
        "id": "Tidak ada kegiatan yang dikonversi dari menit.",
        "en": "No activity was converted from minutes.",
    },
    # --- explain ---
    "report.explain.title": {"id": "Penjelasan: {name}", "en": "Explanation: {name}"},
    "report.explain.levels": {"id": "Level dan kesenjangan", "en": "Levels and gaps"},
    "report.explain.evidence": {"id": "Bukti, terbaru dahulu", "en": "Evidence, newest first"},
    "report.explain.no-evidence": {"id": "Tidak ada bukti.", "en": "No evidence."},
    "report.explain.hours": {
        "id": "JP {year}: {total} dari target {target}",
        "en": "JP {year}: {total} of a target of {target}",
    },
    "report.explain.hours-contract": {
        "id": "JP tahun kontrak {start} s.d. {end}: {total} (aturan {rule})",
        "en": "JP in the contract year {start} to {end}: {total} (rule {rule})",
    },
    "report.explain.hours-ceiling": {
        "id": "JP {year}: {total}, paling banyak {maximum}",
        "en": "JP {year}: {total}, at most {maximum}",
    },
    "report.explain.no-hours": {
        "id": "Tidak ada kegiatan yang memberi JP tahun ini.",
        "en": "No activity giving JP this year.",
    },
    # --- refusals ---
    "report.error.unknown-librarian": {
        "id": "pustakawan `{value}` tidak ada.",
        "en": "there is no librarian `{value}`.",
    },
    "report.error.unknown-librarian-suggest": {
        "id": "pustakawan `{value}` tidak ada; mungkin maksudnya `{suggestion}`?",
        "en": "there is no librarian `{value}`; did you mean `{suggestion}`?",
    },
    "report.error.unknown-competency": {
        "id": "kompetensi `{value}` tidak ada.",
        "en": "there is no competency `{value}`.",
    },
    "report.error.unknown-competency-suggest": {
        "id": "kompetensi `{value}` tidak ada; mungkin maksudnya `{suggestion}`?",
        "en": "there is no competency `{value}`; did you mean `{suggestion}`?",
    },
}

MESSAGES.update(
    {
        # --- the commands ---
        "report.help": {
            "id": "Laporan program: tanpa subperintah, ringkasan per perpustakaan (staf per "
            "jenjang, kesesuaian profil, kesenjangan terbesar, JP, kegiatan, kepuasan pemustaka). "
            "Setiap angka dapat ditelusuri dengan `pustaka explain`.",
            "en": "Programme reports: without a subcommand, a summary per library (staff by grade, "
            "profile fit, largest gaps, JP, activities, user satisfaction). Every number can be "
            "traced with `pustaka explain`.",
        },
        "report.epilog": {
            "id": "Kode keluar: 0 laporan dibuat (bila data bermasalah, jumlahnya disebut di "
            "stderr); 1 perintah ditolak (mis. pustakawan tidak ada); 2 penggunaan keliru, "
            "termasuk filter yang tidak dipakai laporan ini (alasannya disebut).",
            "en": "Exit codes: 0 report made (when the data has problems, their number is said "
            "on stderr); 1 refused (e.g. no such librarian); 2 wrong usage, including a filter "
            "this report does not use (the reason is said).",
        },
        "report.summary.help": {
            "id": "Ringkasan per perpustakaan.",
            "en": "A summary per library.",
        },
        "report.gaps.help": {
            "id": "Matriks pustakawan x kompetensi (saat ini/wajib) dan tinjauan per kompetensi: "
            "berapa yang di bawah, rerata kesenjangan, dan siapa paling dekat menutupnya.",
            "en": "The librarian x competency matrix (current/required) and a view per "
            "competency: how many are below, the mean gap, and who is closest to closing it.",
        },
        "report.hours.help": {
            "id": "JP per pustakawan per tahun terhadap aturan jenis kepegawaiannya, klasikal dan "
            "nonklasikal: siapa yang kurang dari minimal (PNS/CPNS: 20 per tahun kalender) dan "
            "siapa yang di atas batas (PPPK: paling banyak 24 per tahun kontrak).",
            "en": "JP per librarian per year against the rule of their employment type, klasikal "
            "and nonklasikal: who is short of a minimum (PNS/CPNS: 20 per calendar year) and who "
            "is above a ceiling (PPPK: at most 24 per contract year).",
        },
        "explain.help": {
            "id": "Tunjukkan bukti di balik level, level wajib dan kesenjangan seorang pustakawan "
            "(semua kompetensi, atau satu), aturan yang memilihnya, bukti yang diabaikan beserta "
            "alasannya, dan JP tahun ini.",
            "en": "Show the evidence behind a librarian's levels, required levels and gaps (every "
            "competency, or one), the rule that chose each, the evidence ignored and why, and this "
            "year's JP.",
        },
        "explain.arg.librarian": {
            "id": "Id pustakawan (atau nama lengkapnya).",
            "en": "The librarian's id (or full name).",
        },
        "explain.arg.competency": {
            "id": "Id kompetensi (bawaan: semua).",
            "en": "A competency id (default: all).",
        },
        "explain.metavar.librarian": {"id": "PUSTAKAWAN", "en": "LIBRARIAN"},
        "explain.metavar.competency": {"id": "[KOMPETENSI]", "en": "[COMPETENCY]"},
        "report.metavar.id": {"id": "ID", "en": "ID"},
        "report.metavar.year": {"id": "TAHUN", "en": "YEAR"},
        "report.metavar.format": {
            "id": "text|markdown|csv|json|html",
            "en": "text|markdown|csv|json|html",
        },
        "report.metavar.file": {"id": "BERKAS", "en": "FILE"},
        "report.option.library": {
            "id": "Hanya perpustakaan ini (boleh diulang).",
            "en": "Only this library (may be repeated).",
        },
        "report.option.grade": {
            "id": "Hanya jenjang ini; judul lama juga diterima (boleh diulang).",
            "en": "Only this grade; old titles are accepted (may be repeated).",
        },
        "report.option.competency": {
            "id": "Hanya kompetensi ini (boleh diulang).",
            "en": "Only this competency (may be repeated).",
        },
        "report.option.librarian": {
            "id": "Hanya pustakawan ini (boleh diulang).",
            "en": "Only this librarian (may be repeated).",
        },
        "report.option.as-of": {
            "id": "Hitung level per tanggal ini (bawaan: hari ini).",
            "en": "Compute levels as of this date (default: today).",
        },
        "report.option.from": {
            "id": "Awal periode (bawaan: 1 Januari tahun ini).",
            "en": "Start of the period (default: 1 January of this year).",
        },
        "report.option.to": {
            "id": "Akhir periode (bawaan: tanggal acuan).",
            "en": "End of the period (default: the as-of date).",
        },
        "report.option.year": {
            "id": "Periode satu tahun kalender (pengganti --from/--to).",
            "en": "A calendar year as the period (instead of --from/--to).",
        },
        "report.option.target": {
            "id": "Bandingkan dengan jenjang sasaran (target_grade, atau jenjang berikutnya) untuk "
            "kesiapan kenaikan jenjang.",
            "en": "Compare with the target grade (target_grade, or the next grade) for promotion "
            "readiness.",
        },
        "report.option.format": {
            "id": "Format keluaran (bawaan: dari ekstensi -o, atau text).",
            "en": "Output format (default: from the -o extension, or text).",
        },
        "report.option.output": {
            "id": "Tulis ke berkas ini; formatnya dari ekstensi (.txt .md .csv .json .html .xlsx).",
            "en": "Write to this file; its format comes from the extension (.txt .md .csv .json "
            ".html .xlsx).",
        },
        "report.option.table": {
            "id": "Hanya tabel ini; CSV berisi satu tabel per berkas (bawaan: tabel pertama). "
            "Tabel: {tables}.",
            "en": "Only this table; a CSV file holds one table (default: the first). "
            "Tables: {tables}.",
        },
        "report.option.paper": {
            "id": "Ukuran kertas untuk HTML yang dicetak: a4, f4 (folio) atau letter (bawaan: "
            "paper: di pustaka.yaml, atau a4).",
            "en": "Paper size for printed HTML: a4, f4 (folio) or letter (default: paper: in "
            "pustaka.yaml, or a4).",
        },
        "report.option.wide": {
            "id": "Matriks di terminal: tampilkan saat ini/wajib per sel bila terminal cukup "
            "lebar (bawaan: kesenjangan saja).",
            "en": "Terminal matrix: show current/required in each cell when the terminal is wide "
            "enough (default: the gap only).",
        },
        "report.metavar.table": {"id": "NAMA", "en": "NAME"},
        "report.metavar.paper": {"id": "a4|f4|letter", "en": "a4|f4|letter"},
        "report.error.unknown-table": {
            "id": "laporan ini tidak punya tabel `{value}`; pilih salah satu: {choices}.",
            "en": "this report has no table `{value}`; choose one of: {choices}.",
        },
        "report.error.bad-paper": {
            "id": "ukuran kertas `{value}` tidak dikenal; pilih salah satu: {choices}.",
            "en": "unknown paper size `{value}`; choose one of: {choices}.",
        },
        "report.error.needs-file": {
            "id": "format {format} hanya dapat ditulis ke berkas: tambahkan -o LAPORAN.{format}.",
            "en": "the {format} format can only be written to a file: add -o REPORT.{format}.",
        },
        "report.option.show-nip": {
            "id": "Tampilkan NIP utuh (bawaan: disamarkan; data pribadi, UU PDP).",
            "en": "Show NIPs in full (default: masked; personal data, UU PDP).",
        },
        "report.data-has-errors": {
            "id": "kesalahan di data: {errors}; angka mungkin tidak lengkap. Jalankan "
            "`pustaka check`.",
            "en": "errors in the data: {errors}; figures may be incomplete. Run `pustaka check`.",
        },
        "report.trainings.staff-selected": {
            "id": "Kegiatan yang diikuti sedikitnya satu pustakawan terpilih; angka tiap kegiatan "
            "mencakup semua pesertanya.",
            "en": "Activities at least one of the selected librarians took part in; each "
            "activity's figures count all its participants.",
        },
        "report.feedback.named-only": {
            "id": "Hanya umpan balik yang menyebut salah satu pustakawan terpilih (`librarian`) "
            "yang dihitung.",
            "en": "Only the feedback that names one of the selected librarians (`librarian`) is "
            "counted.",
        },
        "report.error.unused.one-day": {
            "id": "`{report}` tidak memakai {option}: laporan ini menunjukkan level pada satu "
            "hari; pilih harinya dengan --as-of.",
            "en": "`{report}` does not use {option}: it shows the levels on one day; choose the "
            "day with --as-of.",
        },
        "report.error.unused.current-grade": {
            "id": "`{report}` tidak memakai {option}: awal dan akhir periode diukur terhadap "
            "jenjang yang dipegang pustakawan pada hari itu (riwayat jenjang, `history`).",
            "en": "`{report}` does not use {option}: each end of the period is measured "
            "against the grade the librarian held that day (grade history, `history`).",
        },
        "report.error.unused.no-profile": {
            "id": "`{report}` tidak memakai {option}: laporan ini tidak membandingkan apa pun "
            "dengan profil jenjang; --target berlaku untuk laporan kesenjangan, ringkasan, "
            "mentoring dan explain.",
            "en": "`{report}` does not use {option}: it compares nothing with a grade profile; "
            "--target is for the gaps, summary and mentoring reports and explain.",
        },
        "report.error.unused.hours-competency": {
            "id": "`{report}` tidak memakai {option}: setiap JP dihitung untuk kewajiban tahunan, "
            "apa pun kompetensi yang dikembangkan kegiatannya; kegiatan yang mengembangkan "
            "suatu kompetensi ada di `pustaka report trainings --competency`.",
            "en": "`{report}` does not use {option}: every JP counts toward the yearly "
            "obligation, whatever competency the activity develops; the activities that develop "
            "a competency are in `pustaka report trainings --competency`.",
        },
        "report.error.unused.feedback-competency": {
            "id": "`{report}` tidak memakai {option}: umpan balik pemustaka dicatat per unit, "
            "layanan dan pustakawan, bukan per kompetensi.",
            "en": "`{report}` does not use {option}: user feedback is recorded per library, "
            "service and librarian, not per competency.",
        },
        "report.error.unused.whole-years": {
            "id": "`{report}` menghitung tahun kalender utuh: --from harus 1 Januari (bukan "
            "{start}); pakai --year, atau --to untuk berhenti pada suatu hari.",
            "en": "`{report}` counts whole calendar years: --from must be 1 January (not "
            "{start}); use --year, or --to to stop on a given day.",
        },
        "report.error.unused.one-year": {
            "id": "`{report}` merangkum satu tahun kalender: {start} dan {end} tidak berada pada "
            "tahun yang sama; pakai --year.",
            "en": "`{report}` summarises one calendar year: {start} and {end} are not in the same "
            "year; use --year.",
        },
        "report.error.year-and-dates": {
            "id": "pakai --year atau --from/--to, tidak keduanya.",
            "en": "use --year or --from/--to, not both.",
        },
        "report.error.end-before-start": {
            "id": "--to {end} lebih awal daripada --from {start}.",
            "en": "--to {end} is before --from {start}.",
        },
        "report.error.unknown-extension": {
            "id": "format untuk {path} tidak dapat ditentukan dari ekstensinya; pakai salah satu "
            "({choices}) atau --format.",
            "en": "cannot tell the format of {path} from its extension; use one of ({choices}) "
            "or --format.",
        },
        "report.error.unknown-filter": {
            "id": "{option} `{value}` tidak ada di data.",
            "en": "{option} `{value}` is not in the data.",
        },
        "report.error.unknown-filter-suggest": {
            "id": "{option} `{value}` tidak ada di data; mungkin maksudnya `{suggestion}`?",
            "en": "{option} `{value}` is not in the data; did you mean `{suggestion}`?",
        },
        "report.error.cannot-write": {
            "id": "tidak dapat menulis {path}: {reason}",
            "en": "cannot write {path}: {reason}",
        },
    }
)

MESSAGES.update(
    {
        # --- more column headers ---
        "report.col.achieved": {"id": "Tercapai", "en": "Achieved"},
        "report.col.after": {"id": "Sesudah", "en": "After"},
        "report.col.aim": {"id": "Sasaran", "en": "Aim"},
        "report.col.assessed-after": {"id": "Dinilai sesudah", "en": "Assessed after"},
        "report.col.at-end": {"id": "Mahir di akhir", "en": "Proficient at end"},
        "report.col.at-start": {"id": "Mahir di awal", "en": "Proficient at start"},
        "report.col.before": {"id": "Sebelum", "en": "Before"},
        "report.col.capacity": {"id": "Kuota", "en": "Seats"},
        "report.col.change-points": {"id": "Perubahan (poin %)", "en": "Change (% points)"},
        "report.col.closed": {"id": "Ditutup", "en": "Closed"},
        "report.col.unknown-start": {"id": "Belum dinilai, awal", "en": "Not assessed, start"},
        "report.col.unknown-end": {"id": "Belum dinilai, akhir", "en": "Not assessed, end"},
        "report.col.baseline": {"id": "Kompetensi dinilai", "en": "Competencies assessed"},
        "report.col.baseline-gaps": {
            "id": "Senjang saat pertama dinilai",
            "en": "Gaps at first assessment",
        },
        "report.col.first-assessed": {"id": "Pertama dinilai", "en": "First assessed"},
        "report.col.lapsed": {"id": "Bukti kedaluwarsa", "en": "Lapsed"},
        "report.col.completed": {"id": "Selesai", "en": "Completed"},
        "report.col.cost": {"id": "Biaya", "en": "Cost"},
        "report.col.cost-per-jp": {"id": "Biaya per orang-JP", "en": "Cost per person-JP"},
        "report.col.cost-per-participant": {
            "id": "Biaya per peserta",
            "en": "Cost per participant",
        },
        "report.col.end": {"id": "Selesai pada", "en": "End"},
        "report.col.enrolled": {"id": "Terdaftar", "en": "Enrolled"},
        "report.col.enrolled-of": {"id": "Kuota", "en": "Seats"},
        "report.col.failed": {"id": "Tidak lulus", "en": "Failed"},
        "report.col.gaps-start": {"id": "Senjang awal", "en": "Gaps at start"},
        "report.col.gaps-end": {"id": "Senjang akhir", "en": "Gaps at end"},
        "report.col.improved": {"id": "Meningkat", "en": "Improved"},
        "report.col.indicator": {"id": "Indikator", "en": "Indicator"},
        "report.col.indicator-met": {"id": "Tercapai?", "en": "Met?"},
        "report.col.level-now": {"id": "Level kini", "en": "Level now"},
        "report.col.level-start": {"id": "Level awal", "en": "Level at start"},
        "report.col.mentee": {"id": "Mentee", "en": "Mentee"},
        "report.col.mentee-id": {"id": "ID mentee", "en": "Mentee ID"},
        "report.col.mentor": {"id": "Mentor", "en": "Mentor"},
        "report.col.mentor-id": {"id": "ID mentor", "en": "Mentor ID"},
        "report.col.mentoring-id": {"id": "Mentoring", "en": "Mentoring"},
        "report.col.opened": {"id": "Terbuka", "en": "Opened"},
        "report.col.passed": {"id": "Lulus post-test", "en": "Passed post-test"},
        "report.col.post-test": {"id": "Post-test", "en": "Post-test"},
        "report.col.previous": {"id": "Tahun lalu", "en": "Year before"},
        "report.col.raised": {"id": "Naik", "en": "Levels up"},
        "report.col.rating": {"id": "Penilaian peserta", "en": "Rating"},
        "report.col.respondents": {"id": "Responden", "en": "Respondents"},
        "report.col.respondents-short": {"id": "Resp.", "en": "Resp."},
        "report.col.score": {"id": "Nilai", "en": "Score"},
        "report.col.service": {"id": "Layanan", "en": "Service"},
        "report.col.sessions": {"id": "Sesi", "en": "Sessions"},
        "report.col.share-end": {"id": "% mahir akhir", "en": "% proficient, end"},
        "report.col.share-start": {"id": "% mahir awal", "en": "% proficient, start"},
        "report.col.skp": {"id": "SKP", "en": "SKP"},
        "report.col.skp-before": {"id": "SKP sebelumnya", "en": "SKP before"},
        "report.col.start": {"id": "Mulai", "en": "Start"},
        "report.col.surveys": {"id": "Survei", "en": "Surveys"},
        "report.col.state": {"id": "Status", "en": "State"},
        "report.col.cancelled": {"id": "Batal", "en": "Cancelled"},
        "report.col.activities-cancelled": {
            "id": "Kegiatan (batal)",
            "en": "Activities (cancelled)",
        },
        "report.col.reason": {"id": "Alasan", "en": "Reason"},
        "report.col.to-tell": {"id": "Perlu diberi tahu", "en": "To tell"},
        "report.col.to-tell-ids": {"id": "id_perlu_diberi_tahu", "en": "to_tell_ids"},
        "report.col.uncounted": {
            "id": "Survei tanpa jumlah responden",
            "en": "Surveys without a count",
        },
        "report.col.basis": {"id": "Dasar rerata", "en": "Mean basis"},
        "report.col.ikm": {"id": "IKM", "en": "IKM"},
        "report.col.ikm-grade": {"id": "Mutu", "en": "Grade"},
        "report.col.previous-ikm": {"id": "IKM tahun lalu", "en": "IKM year before"},
        "report.col.target-value": {"id": "Target", "en": "Target"},
        "report.col.type": {"id": "Jenis", "en": "Type"},
        "report.col.unit": {"id": "Satuan", "en": "Unit"},
        "report.col.waitlisted": {"id": "Daftar tunggu", "en": "Waitlist"},
        "report.col.withdrawn": {"id": "Mundur", "en": "Withdrawn"},
        "report.param.start": {"id": "Awal", "en": "Start"},
        "report.param.end": {"id": "Akhir", "en": "End"},
        # --- progress ---
        "report.progress.help": {
            "id": "Kemajuan dalam satu periode: level dan kesenjangan di awal dan akhir, "
            "kesenjangan yang ditutup dan yang terbuka, kegiatan selesai, JP, dan SKP; serta "
            "persentase staf yang mahir per kompetensi di awal dan akhir. Hanya yang diketahui "
            "di kedua ujung yang dibandingkan: penilaian pertama dalam periode adalah titik awal, "
            "bukan kemajuan.",
            "en": "Progress over a period: levels and gaps at its start and end, gaps closed and "
            "opened, activities completed, JP and SKP; and the share of staff proficient in each "
            "competency at the start and the end. Only what is known at both ends is compared: "
            "a first assessment within the period is a baseline, not progress.",
        },
        "report.progress.title": {"id": "Kemajuan pembinaan", "en": "Development progress"},
        "report.progress.librarians": {"id": "Per pustakawan", "en": "Per librarian"},
        "report.progress.note": {
            "id": "Senjang: kesenjangan yang diketahui; +n? = n kompetensi belum dinilai (tanpa "
            "bukti, bukan kesenjangan 0). Ditutup, terbuka dan naik hanya membandingkan "
            "kompetensi yang diketahui di awal dan di akhir; penilaian pertama adalah titik awal "
            "(di bawah), bukan kemajuan. Semua diukur terhadap profil jenjang saat ini.",
            "en": "Gaps: known gaps; +n? = n competencies not yet assessed (no evidence, not a "
            "gap of 0). Closed, opened and levels up compare only competencies known at both the "
            "start and the end; a first assessment is a baseline (below), not progress. All "
            "against the current grade profile.",
        },
        "report.progress.baselines": {
            "id": "Pertama dinilai dalam periode ini (titik awal, bukan kemajuan)",
            "en": "First assessed within the period (a baseline, not progress)",
        },
        "report.progress.baselines-note": {
            "id": "Kompetensi yang belum dinilai di awal periode dan dinilai di akhir, dengan "
            "kesenjangan yang ditemukan; tanggal: bukti paling awal yang berlaku.",
            "en": "Competencies not yet assessed at the start of the period and assessed at its "
            "end, with the gaps found; date: the earliest evidence that counts.",
        },
        "report.progress.no-baselines": {
            "id": "Tidak ada yang pertama kali dinilai dalam periode ini.",
            "en": "Nobody was first assessed within the period.",
        },
        "report.progress.proficiency-note": {
            "id": "Persentase dari staf yang levelnya diketahui pada hari itu; Belum dinilai: staf "
            "tanpa bukti pada hari itu, tidak dihitung sebagai di bawah level.",
            "en": "Shares of the staff whose level is known on the day; Not assessed: staff "
            "without evidence that day, not counted as below the level.",
        },
        "report.progress.proficiency": {
            "id": "Staf pada level {level} atau lebih, per kompetensi",
            "en": "Staff at level {level} or above, per competency",
        },
        # --- trainings ---
        "report.trainings.help": {
            "id": "Evaluasi per kegiatan: kuota, terdaftar, daftar tunggu, selesai, tingkat "
            "penyelesaian, level peserta sebelum dan sesudah, post-test, penilaian peserta, "
            "indikator keberhasilan (target dan capaian), biaya per peserta dan per JP.",
            "en": "Evaluation per activity: seats, enrolled, waitlisted, completed, completion "
            "rate, participants' levels before and after, post-test, participants' ratings, "
            "success indicators (target and achieved), cost per participant and per JP.",
        },
        "report.trainings.title": {
            "id": "Evaluasi kegiatan pengembangan",
            "en": "Activity evaluation",
        },
        "report.trainings.activities": {"id": "Per kegiatan", "en": "Per activity"},
        "report.trainings.note": {
            "id": "Kuota: terdaftar/kuota. Tuntas = selesai / terdaftar, setelah kegiatan "
            "berakhir. Level sebelum: level "
            "peserta yang selesai sehari sebelum kegiatan; sesudah: level dari bukti pertama "
            "setelah kegiatan berakhir (selain kegiatan itu sendiri).",
            "en": "Seats: enrolled/seats. Done = completed / enrolled, once the activity has "
            "ended. Level before: the "
            "level of those who completed, the day before it started; after: the level of the "
            "first evidence after it ended (other than the activity itself).",
        },
        "report.trainings.cancelled": {
            "id": "Kegiatan yang dibatalkan",
            "en": "Cancelled activities",
        },
        "report.trainings.cancelled-note": {
            "id": "Alasan: catatan (notes) kegiatan. Perlu diberi tahu: semua yang masih terdaftar "
            "atau di daftar tunggu (kecuali yang mundur). Kegiatan batal tidak memberi JP atau level "
            "dan tidak dihitung di tabel lain.",
            "en": "Reason: the activity's notes. To tell: everyone still on its list, enrolled or "
            "waitlisted (not those who withdrew). A cancelled activity gives no JP and no level and "
            "is counted in no other table.",
        },
        "report.trainings.none-cancelled": {
            "id": "Tidak ada kegiatan yang dibatalkan.",
            "en": "No activity was cancelled.",
        },
        "report.trainings.costs": {"id": "Biaya ({currency})", "en": "Cost ({currency})"},
        "report.trainings.indicators": {
            "id": "Indikator keberhasilan",
            "en": "Success indicators",
        },
        "report.trainings.no-indicators": {
            "id": "Tidak ada indikator keberhasilan.",
            "en": "No success indicators.",
        },
        "report.trainings.levels": {
            "id": "Level peserta yang selesai, sebelum dan sesudah (rerata per kompetensi)",
            "en": "Levels of those who completed, before and after (mean per competency)",
        },
        # --- feedback ---
        "report.feedback.help": {
            "id": "Umpan balik pemustaka per perpustakaan, layanan dan tahun, dengan tren "
            "dibanding tahun sebelumnya.",
            "en": "User feedback per library, service and year, with the trend against the year "
            "before.",
        },
        "report.feedback.title": {"id": "Umpan balik pemustaka", "en": "User feedback"},
        "report.feedback.libraries": {"id": "Per perpustakaan", "en": "Per library"},
        "report.feedback.services": {"id": "Per layanan", "en": "Per service"},
        "report.feedback.note": {
            "id": "Nilai: rerata skala 1-{scale}. Bila setiap survei dalam satu angka mencantumkan "
            "jumlah respondennya, rerata ditimbang dengan responden (rerata seluruh orang yang "
            "ditanya); bila ada yang tidak, tiap survei dihitung sekali (dasar: survei). Responden: "
            "jumlah dari survei yang mencantumkannya. Aturan yang sama untuk setiap baris dan "
            "ringkasan.",
            "en": "Score: mean on a 1-{scale} scale. When every survey behind a figure gives its "
            "number of respondents, the mean is weighted by them (the mean over everyone asked); "
            "when one does not, each survey counts once (basis: surveys). Respondents: the sum "
            "over the surveys that give it. The same rule in every row and in the summary.",
        },
        "report.feedback.ikm-note": {
            "id": "IKM (PermenPANRB 14/2017): nilai x 25, indeks 25-100; mutu A 88,31-100 (sangat "
            "baik), B 76,61-88,30 (baik), C 65,00-76,60 (kurang baik), D 25,00-64,99 (tidak baik).",
            "en": "IKM (PermenPANRB 14/2017): score x 25, an index of 25-100; grade A 88.31-100 "
            "(very good), B 76.61-88.30 (good), C 65.00-76.60 (poor), D 25.00-64.99 (not good).",
        },
        "report.feedback.marked": {
            "id": "* ada survei tanpa jumlah responden: tiap survei dihitung sekali.",
            "en": "* some surveys give no number of respondents: each survey counts once.",
        },
        "report.feedback.no-ikm-note": {
            "id": "IKM (PermenPANRB 14/2017) memakai skala 1-4; skala di sini 1-{scale}, jadi "
            "indeks IKM tidak dihitung.",
            "en": "The IKM (PermenPANRB 14/2017) uses a 1-4 scale; this one is 1-{scale}, so no "
            "IKM index is given.",
        },
        # --- mentoring ---
        "report.mentoring.help": {
            "id": "Pasangan mentoring: sesi, JP, dan kemajuan mentee pada kompetensi yang "
            "dibimbing.",
            "en": "Mentoring pairs: sessions, JP, and the mentees' progress in the mentored "
            "competencies.",
        },
        "report.mentoring.title": {"id": "Mentoring", "en": "Mentoring"},
        "report.mentoring.pairs": {"id": "Pasangan", "en": "Pairs"},
        "report.mentoring.note": {
            "id": "Sesi dan JP dalam periode. Level naik: kompetensi yang dibimbing dengan level "
            "kini di atas level saat mentoring dimulai.",
            "en": "Sessions and JP within the period. Levels up: mentored competencies whose level "
            "now is above the level when the mentoring started.",
        },
        "report.mentoring.competencies": {
            "id": "Kompetensi yang dibimbing",
            "en": "Mentored competencies",
        },
    }
)
