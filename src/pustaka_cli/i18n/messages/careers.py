"""Messages: grade history (``check``) and ``report promotion`` (angka kredit, readiness)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- check: history ---
    "problem.history-reversed": {
        "id": "riwayat `{id}`: perubahan {day} tertulis sesudah perubahan {previous} yang lebih "
        "akhir — periodenya akan bertumpang tindih; urutkan riwayat menurut tanggal",
        "en": "history of `{id}`: the change of {day} is written after the later change of "
        "{previous} — their periods would overlap; list the history in date order",
    },
    "problem.history-duplicate": {
        "id": "riwayat `{id}`: dua perubahan pada tanggal yang sama ({day}); gabungkan menjadi "
        "satu entri",
        "en": "history of `{id}`: two changes on the same day ({day}); merge them into one entry",
    },
    "problem.history-before-start": {
        "id": "riwayat `{id}`: perubahan {day} sebelum tanggal mulai bekerja ({started}); "
        "perbaiki tanggalnya atau `started`",
        "en": "history of `{id}`: the change of {day} comes before they started ({started}); "
        "correct its date or `started`",
    },
    "problem.history-after-left": {
        "id": "riwayat `{id}`: perubahan {day} sesudah tanggal keluar ({left})",
        "en": "history of `{id}`: the change of {day} comes after they left ({left})",
    },
    "problem.history-empty": {
        "id": "riwayat `{id}`: entri {day} tidak mengubah apa pun (tulis `grade`, `employment`, "
        "`library` atau `credit`)",
        "en": "history of `{id}`: the entry of {day} changes nothing (give `grade`, "
        "`employment`, `library` or `credit`)",
    },
    # --- report promotion ---
    "report.promotion.help": {
        "id": "Angka kredit per jenjang (predikat SKP × koefisien, PermenPANRB 1/2023) dan "
        "kesiapan kenaikan jenjang: angka kredit, uji kompetensi atau sertifikat LSP, profil "
        "jenjang sasaran.",
        "en": "Credit points per grade (SKP predicate × coefficient, PermenPANRB 1/2023) and "
        "readiness for the next grade: credit, competency test or LSP certificate, the "
        "target grade's profile.",
    },
    "report.error.unused.promotion-profile": {
        "id": "`{report}` tidak memakai {option}: profil jenjang sasaran dinilai pada semua "
        "kompetensinya.",
        "en": "`{report}` does not use {option}: the target grade's profile is judged over all "
        "its competencies.",
    },
    "report.error.unused.promotion-target": {
        "id": "`{report}` tidak memakai {option}: laporan ini selalu mengukur terhadap jenjang "
        "berikutnya (jenjang yang diukur --target di laporan lain).",
        "en": "`{report}` does not use {option}: it always measures against the next grade "
        "(the grade --target measures in the other reports).",
    },
    "promotion.title": {
        "id": "Angka kredit dan kesiapan kenaikan jenjang",
        "en": "Credit points and promotion readiness",
    },
    "promotion.librarians": {"id": "Kesiapan per pustakawan", "en": "Readiness per librarian"},
    "promotion.credits": {
        "id": "Angka kredit per tahun",
        "en": "Credit points per year",
    },
    "promotion.col.since": {"id": "Dalam jenjang sejak", "en": "In grade since"},
    "promotion.col.next-id": {"id": "ID jenjang berikutnya", "en": "Next grade ID"},
    "promotion.col.next": {"id": "Jenjang berikutnya", "en": "Next grade"},
    "promotion.col.predicate": {"id": "Predikat SKP", "en": "SKP predicate"},
    "promotion.col.credit": {"id": "Angka kredit", "en": "Credit"},
    "promotion.col.need-rank": {
        "id": "Dibutuhkan untuk pangkat",
        "en": "Needed for the next rank",
    },
    "promotion.col.need-grade": {"id": "Dibutuhkan", "en": "Needed"},
    "promotion.col.short": {"id": "Kurang", "en": "Short"},
    "promotion.col.without-skp": {"id": "Tahun tanpa SKP", "en": "Years without SKP"},
    "promotion.col.test-id": {"id": "Kode uji", "en": "Test code"},
    "promotion.col.test": {
        "id": "Uji kompetensi / sertifikat LSP",
        "en": "Competency test / LSP certificate",
    },
    "promotion.col.below": {
        "id": "Di bawah profil sasaran",
        "en": "Below the target profile",
    },
    "promotion.col.unassessed": {"id": "Belum dinilai", "en": "Not yet assessed"},
    "promotion.col.ready-on": {"id": "Angka kredit cukup pada", "en": "Credit reached on"},
    "promotion.col.state-id": {"id": "Kode kesiapan", "en": "Readiness code"},
    "promotion.col.state": {"id": "Kesiapan", "en": "Readiness"},
    "promotion.col.year": {"id": "Tahun", "en": "Year"},
    "promotion.col.months": {"id": "Bulan", "en": "Months"},
    "promotion.col.percent": {"id": "Persen", "en": "Percent"},
    "promotion.col.coefficient": {"id": "Koefisien", "en": "Coefficient"},
    "promotion.no-skp-year": {"id": "belum ada SKP", "en": "no SKP recorded"},
    "promotion.brought": {"id": "angka kredit dibawa", "en": "credit brought in"},
    "promotion.state.ready": {"id": "siap", "en": "ready"},
    "promotion.state.ready-on": {
        "id": "siap pada {date} dengan predikat sekarang",
        "en": "ready on {date} at the current predicate",
    },
    "promotion.state.not-yet": {"id": "belum: {missing}", "en": "not yet: {missing}"},
    "promotion.state.no-skp": {"id": "belum ada SKP", "en": "no SKP recorded"},
    "promotion.state.no-credit": {
        "id": "bukan jabatan fungsional (tanpa angka kredit)",
        "en": "not a functional grade (no credit points)",
    },
    "promotion.state.top": {"id": "jenjang tertinggi", "en": "top grade"},
    "promotion.missing.credit": {
        "id": "angka kredit kurang {short}",
        "en": "{short} credit short",
    },
    "promotion.missing.credit-on": {
        "id": "angka kredit kurang {short} (cukup pada {date} dengan predikat sekarang)",
        "en": "{short} credit short (reached on {date} at the current predicate)",
    },
    "promotion.missing.skp": {"id": "belum ada SKP", "en": "no SKP recorded"},
    "promotion.missing.test": {
        "id": "uji kompetensi belum lulus (atau sertifikat LSP yang berlaku)",
        "en": "no competency test passed (nor a valid LSP certificate)",
    },
    "promotion.missing.profile": {
        "id": "{count} kompetensi di bawah profil {grade}",
        "en": "{count} competencies below the {grade} profile",
    },
    "promotion.missing.unassessed": {
        "id": "{count} kompetensi belum dinilai",
        "en": "{count} competencies not yet assessed",
    },
    "promotion.test.uji": {"id": "uji kompetensi lulus {day}", "en": "test passed {day}"},
    "promotion.test.lsp": {
        "id": "sertifikat LSP {day}, berlaku s.d. {until}",
        "en": "LSP certificate {day}, valid until {until}",
    },
    "promotion.note.credit": {
        "id": "Angka kredit = persentase predikat SKP × koefisien jenjang (PermenPANRB 1/2023, "
        "PerBKN 3/2023), dihitung sejak jenjang dimulai dan tidak sebelum 2023; tahun tanpa SKP "
        "tidak dihitung sebagai 0.",
        "en": "Credit = SKP predicate percentage × grade coefficient (PermenPANRB 1/2023, "
        "PerBKN 3/2023), counted since the grade began and not before 2023; a year without an "
        "SKP is never counted as 0.",
    },
    "promotion.note.ready": {
        "id": "Siap: angka kredit untuk jenjang berikutnya cukup, uji kompetensi lulus dalam "
        "jenjang ini (Perpusnas 17/2021) atau sertifikat LSP berlaku, dan profil jenjang "
        "berikutnya terpenuhi (semua level diketahui).",
        "en": "Ready: the credit for the next grade reached, a competency test passed in this "
        "grade (Perpusnas 17/2021) or a valid LSP certificate, and the next grade's profile "
        "met (every level known).",
    },
    "promotion.note.months": {
        "id": "Tahun yang tidak utuh dalam jenjang dihitung per bulan: bulan dihitung untuk "
        "jenjang yang dipegang pada tanggal 1-nya.",
        "en": "A year not whole in the grade is pro-rated by month: a month counts for the "
        "grade held on its first day.",
    },
    "promotion.note.rank": {
        "id": "pustaka tidak menyimpan riwayat pangkat: angka untuk kenaikan pangkat "
        "dibandingkan dengan angka kredit sejak jenjang dimulai; periksa dengan BKPSDM.",
        "en": "pustaka keeps no history of ranks (pangkat): the figure for the next rank is "
        "set against the credit since the grade began; check with the HR office (BKPSDM).",
    },
    "promotion.state.ready-on-short": {
        "id": "siap pada {date}",
        "en": "ready on {date}",
    },
    "promotion.short.credit": {"id": "AK", "en": "credit"},
    "promotion.short.skp": {"id": "SKP", "en": "SKP"},
    "promotion.short.no-rule": {"id": "aturan AK", "en": "credit rule"},
    "promotion.state.no-credit-short": {"id": "tanpa AK", "en": "no credit"},
    "promotion.short.test": {"id": "uji", "en": "test"},
    "promotion.short.profile": {"id": "profil", "en": "profile"},
    "promotion.missing.no-rule": {
        "id": "angka kredit untuk ke {grade} tidak ditetapkan (credit_grade di profiles.yaml)",
        "en": "no credit figure for the move to {grade} (credit_grade in profiles.yaml)",
    },
}
