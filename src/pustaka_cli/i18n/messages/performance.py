"""Messages: the performance gap, certificates and learning outside the programme
(``report performance``, ``report certificates``, ``learning:`` records; issue 18)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- report performance ---
    "report.performance.help": {
        "id": "Kesenjangan kinerja (Peraturan LAN 10/2018): predikat SKP per tahun dan trennya, "
        "target dan realisasi indikator SKP, umpan balik pemustaka yang menyebut pustakawan, "
        "dan kaitannya dengan kesenjangan kompetensi tugas pokok.",
        "en": "The performance gap (Peraturan LAN 10/2018): the SKP predicate per year and its "
        "trend, the SKP indicators' targets and results, the user feedback naming the "
        "librarian, and its link to gaps in the competencies of their main duties.",
    },
    "careers.performance.title": {
        "id": "Kesenjangan kinerja (SKP)",
        "en": "Performance gap (SKP)",
    },
    "careers.performance.librarians": {
        "id": "Per pustakawan: SKP terakhir, tren, umpan balik, kesenjangan tugas pokok",
        "en": "Per librarian: latest SKP, trend, feedback, gaps in main duties",
    },
    "careers.performance.years": {"id": "SKP per tahun", "en": "SKP per year"},
    "careers.performance.indicators": {
        "id": "Indikator SKP: target dan realisasi",
        "en": "SKP indicators: target and result",
    },
    "careers.performance.note": {
        "id": "SKP terakhir: SKP tahun tertinggi yang diketahui per tanggal laporan. Tren: "
        "dibanding SKP tahun sebelumnya yang tercatat. Umpan balik: catatan feedback yang "
        "menyebut pustakawan (librarian), rata-rata (skala feedback.scale_max). Tugas pokok: "
        "kompetensi inti yang diwajibkan profil jenjangnya.",
        "en": "Latest SKP: the SKP of the highest year known on the report's date. Trend: "
        "against the latest earlier SKP recorded. Feedback: feedback records naming the "
        "librarian (librarian), the mean (scale feedback.scale_max). Main duties: the core "
        "(inti) competencies their grade's profile requires.",
    },
    "careers.performance.rule": {
        "id": "Predikat (PermenPANRB 1/2023): sangat baik 150 %, baik 100 %, butuh perbaikan "
        "75 %, kurang 50 %, sangat kurang 25 %. Predikat di bawah baik disertai kesenjangan "
        "tugas pokok = calon pertama pengembangan; tanpa SKP tertulis 'belum ada SKP', "
        "bukan nol.",
        "en": "Predicates (PermenPANRB 1/2023): very good 150 %, good 100 %, needs improvement "
        "75 %, poor 50 %, very poor 25 %. A predicate below good together with gaps in main "
        "duties = first candidate for development; no SKP reads 'no SKP recorded', never zero.",
    },
    "careers.performance.indicators-note": {
        "id": "Capaian = realisasi / target x 100; tercapai bila realisasi >= target. Indikator "
        "tanpa target atau realisasi tidak dinilai.",
        "en": "Achievement = result / target x 100; met when the result reaches the target. "
        "An indicator without a target or a result is not judged.",
    },
    "careers.first-candidates": {
        "id": "Calon pertama pengembangan (SKP di bawah baik dan kesenjangan tugas pokok): "
        "{names}.",
        "en": "First candidates for development (SKP below good and gaps in main duties): {names}.",
    },
    "careers.no-first-candidates": {
        "id": "Tidak ada calon pertama pengembangan: tidak ada SKP di bawah baik yang disertai "
        "kesenjangan tugas pokok.",
        "en": "No first candidate for development: no SKP below good comes with gaps in main "
        "duties.",
    },
    "careers.no-indicators": {
        "id": "Tidak ada indikator SKP yang tercatat (indicators pada evaluasi skp).",
        "en": "No SKP indicators recorded (indicators on skp evaluations).",
    },
    "careers.no-skp": {"id": "belum ada SKP", "en": "no SKP recorded"},
    "careers.no-feedback": {"id": "tidak ada", "en": "none"},
    "careers.feedback-text": {"id": "{mean} (n={surveys})", "en": "{mean} (n={surveys})"},
    "careers.trend.up": {"id": "naik", "en": "up"},
    "careers.trend.down": {"id": "turun", "en": "down"},
    "careers.trend.same": {"id": "tetap", "en": "same"},
    "careers.priority.first": {
        "id": "calon pertama pengembangan: SKP {year} {predicate} dan kesenjangan tugas pokok "
        "({gaps})",
        "en": "first candidate for development: SKP {year} {predicate} and gaps in main duties "
        "({gaps})",
    },
    "careers.priority.weak": {
        "id": "SKP {year} {predicate} tanpa kesenjangan tugas pokok yang diketahui: cari "
        "penyebabnya bersama atasan",
        "en": "SKP {year} {predicate} without a known gap in main duties: look for the cause "
        "with the supervisor",
    },
    "careers.priority.gaps": {
        "id": "kesenjangan tugas pokok ({gaps}); SKP: {predicate}",
        "en": "gaps in main duties ({gaps}); SKP: {predicate}",
    },
    "careers.priority.none": {
        "id": "tidak ada kesenjangan tugas pokok; SKP: {predicate}",
        "en": "no gap in main duties; SKP: {predicate}",
    },
    "careers.priority-short.first": {"id": "CALON PERTAMA", "en": "FIRST CANDIDATE"},
    "careers.priority-short.weak": {"id": "SKP lemah", "en": "weak SKP"},
    "careers.priority-short.gaps": {"id": "kesenjangan", "en": "gaps"},
    "careers.priority-short.none": {"id": "-", "en": "-"},
    "careers.col.skp-year": {"id": "Tahun SKP", "en": "SKP year"},
    "careers.col.predicate": {"id": "Predikat", "en": "Predicate"},
    "careers.col.predicate-code": {"id": "Kode predikat", "en": "Predicate code"},
    "careers.col.percent": {"id": "%", "en": "%"},
    "careers.col.trend": {"id": "Tren", "en": "Trend"},
    "careers.col.trend-code": {"id": "Kode tren", "en": "Trend code"},
    "careers.col.feedback": {"id": "Umpan balik", "en": "Feedback"},
    "careers.col.surveys": {"id": "Catatan umpan balik", "en": "Feedback records"},
    "careers.col.core-gaps": {"id": "Kesenjangan tugas pokok", "en": "Gaps in main duties"},
    "careers.col.core-competencies": {
        "id": "Kompetensi tugas pokok yang kurang",
        "en": "Main-duty competencies below",
    },
    "careers.col.priority": {"id": "Prioritas pengembangan", "en": "Development priority"},
    "careers.col.priority-code": {"id": "Kode prioritas", "en": "Priority code"},
    "careers.col.indicators-met": {"id": "Indikator tercapai", "en": "Indicators met"},
    "careers.col.indicators": {"id": "Indikator dinilai", "en": "Indicators judged"},
    "careers.col.indicator": {"id": "Indikator", "en": "Indicator"},
    "careers.col.target": {"id": "Target", "en": "Target"},
    "careers.col.result": {"id": "Realisasi", "en": "Result"},
    "careers.col.unit": {"id": "Satuan", "en": "Unit"},
    "careers.col.achievement": {"id": "Capaian", "en": "Achievement"},
    "careers.col.met": {"id": "Tercapai", "en": "Met"},
    # --- report certificates ---
    "report.certificates.help": {
        "id": "Sertifikat: STTPP kegiatan dan pembelajaran di luar program, sertifikat LSP "
        "(skema, masa berlaku); --expiring 6m untuk yang habis berlaku dalam jendela itu.",
        "en": "Certificates: STTPPs of activities and of learning outside the programme, LSP "
        "certificates (scheme, validity); --expiring 6m for those that lapse within that "
        "window.",
    },
    "report.option.expiring": {
        "id": "report certificates: hanya sertifikat yang habis berlaku dalam jendela ini sejak "
        "tanggal laporan (--as-of, atau --today): 90d, 6m, 1y.",
        "en": "report certificates: only certificates that lapse within this window from the "
        "report's date (--as-of, or --today): 90d, 6m, 1y.",
    },
    "report.metavar.window": {"id": "JANGKA", "en": "WINDOW"},
    "report.error.bad-window": {
        "id": "--expiring `{value}` tidak dikenali: tulis angka dan satuan, mis. 90d (hari), "
        "6m (bulan), 1y (tahun).",
        "en": "--expiring `{value}` is not understood: write a number and a unit, e.g. 90d "
        "(days), 6m (months), 1y (years).",
    },
    "report.error.unused.certificates-only": {
        "id": "`{report}` tidak memakai {option}: jendela masa berlaku hanya untuk "
        "`pustaka report certificates`.",
        "en": "`{report}` does not use {option}: a validity window is for "
        "`pustaka report certificates` only.",
    },
    "report.error.unused.performance-competency": {
        "id": "`{report}` tidak memakai {option}: SKP menilai kinerja seseorang secara utuh; "
        "kesenjangan per kompetensi ada di `pustaka report gaps --competency`.",
        "en": "`{report}` does not use {option}: an SKP appraises a person's whole "
        "performance; gaps per competency are in `pustaka report gaps --competency`.",
    },
    "report.error.unused.certificates-competency": {
        "id": "`{report}` tidak memakai {option}: sertifikat didaftar per orang; level per "
        "kompetensi ada di `pustaka explain`.",
        "en": "`{report}` does not use {option}: certificates are listed per person; levels "
        "per competency are in `pustaka explain`.",
    },
    "careers.certificates.title": {"id": "Sertifikat", "en": "Certificates"},
    "careers.certificates.table": {
        "id": "Sertifikat yang dimiliki per tanggal laporan",
        "en": "Certificates held on the report's date",
    },
    "careers.certificates.note": {
        "id": "STTPP: certificate: {{number, date}} pada peserta kegiatan atau catatan "
        "learning; tidak berakhir. LSP: berlaku sampai expires, atau tanggal + "
        "levels.valid_months.lsp; tanpa keduanya 'tanpa tanggal berakhir' (check "
        "memperingatkan).",
        "en": "STTPP: certificate: {{number, date}} on an activity's participant or a "
        "learning record; it does not expire. LSP: valid until expires, or its date + "
        "levels.valid_months.lsp; with neither 'no expiry date' (check warns).",
    },
    "careers.certificates.expiring": {
        "id": "Habis berlaku sampai {end} (perlu sertifikasi ulang)",
        "en": "Lapsing by {end} (to recertify)",
    },
    "careers.certificates.expiring-note": {
        "id": "Hari terakhir berlaku jatuh dari tanggal laporan sampai akhir jendela; yang "
        "terdekat dahulu.",
        "en": "The last valid day falls from the report's date to the window's end; the "
        "soonest first.",
    },
    "careers.no-certificates": {
        "id": "Tidak ada sertifikat yang tercatat.",
        "en": "No certificates recorded.",
    },
    "careers.none-expiring": {
        "id": "Tidak ada sertifikat yang habis berlaku dalam jendela ini.",
        "en": "No certificate lapses within this window.",
    },
    "careers.param.first": {
        "id": "Calon pertama pengembangan",
        "en": "First candidates for development",
    },
    "careers.param.expiring": {"id": "Jendela", "en": "Window"},
    "careers.param.window-end": {"id": "Akhir jendela", "en": "Window ends"},
    "careers.kind.sttpp": {"id": "STTPP", "en": "STTPP"},
    "careers.kind.lsp": {"id": "LSP", "en": "LSP"},
    "careers.status.valid": {"id": "berlaku", "en": "valid"},
    "careers.status.expired": {"id": "habis berlaku", "en": "expired"},
    "careers.status.no-expiry": {"id": "tanpa tanggal berakhir", "en": "no expiry date"},
    "careers.col.kind": {"id": "Jenis", "en": "Kind"},
    "careers.col.kind-code": {"id": "Kode jenis", "en": "Kind code"},
    "careers.col.number": {"id": "Nomor", "en": "Number"},
    "careers.col.about": {"id": "Kegiatan / skema", "en": "Activity / scheme"},
    "careers.col.source": {"id": "Sumber", "en": "Source"},
    "careers.col.date": {"id": "Tanggal", "en": "Date"},
    "careers.col.until": {"id": "Berlaku sampai", "en": "Valid until"},
    "careers.col.status": {"id": "Status", "en": "Status"},
    "careers.col.status-code": {"id": "Kode status", "en": "Status code"},
    "careers.col.where": {"id": "Letak", "en": "Where"},
    # --- learning outside the programme ---
    "careers.hours.learning": {
        "id": "Pembelajaran di luar program (learning)",
        "en": "Learning outside the programme (learning)",
    },
    "careers.hours.learning-note": {
        "id": "Kursus di tempat lain (Latsar CPNS, e-learning Perpusnas, kuliah, bimtek "
        "provinsi) dihitung dengan aturan JP yang sama: selesai (completed) dihitung, "
        "klasikal atau nonklasikal menurut jenisnya; sudah termasuk dalam jumlah JP di atas.",
        "en": "Courses taken elsewhere (Latsar CPNS, Perpusnas e-learning, university "
        "courses, provincial bimtek) are counted by the same JP rules: completed counts, "
        "klasikal or nonklasikal by its type; already in the JP totals above.",
    },
    "careers.hours.no-learning": {
        "id": "Tidak ada pembelajaran di luar program yang tercatat untuk tahun ini.",
        "en": "No learning outside the programme recorded for these years.",
    },
    "careers.col.learning-id": {"id": "Pembelajaran", "en": "Learning"},
    "careers.col.category": {"id": "Kategori", "en": "Category"},
    "careers.col.category-code": {"id": "Kode kategori", "en": "Category code"},
    "careers.col.verdict": {"id": "Keputusan", "en": "Verdict"},
    "careers.col.verdict-code": {"id": "Kode keputusan", "en": "Verdict code"},
    # --- recommend, plan, idp: the performance gap ---
    "careers.field.performance": {"id": "Kinerja (SKP)", "en": "Performance (SKP)"},
    "careers.recommend.first": {
        "id": "Calon pertama pengembangan (SKP di bawah baik dan kesenjangan tugas pokok): "
        "kegiatan yang menutup kesenjangan tugas pokok didahulukan.",
        "en": "First candidate for development (SKP below good and gaps in main duties): "
        "activities that close a gap in the main duties come first.",
    },
    "careers.idp.first": {
        "id": "Kesenjangan kinerja: SKP di bawah baik disertai kesenjangan tugas pokok, jadi "
        "kegiatan yang menutup kesenjangan tugas pokok didahulukan (Peraturan LAN 10/2018).",
        "en": "Performance gap: an SKP below good with gaps in main duties, so activities "
        "that close a gap in the main duties come first (Peraturan LAN 10/2018).",
    },
    "careers.plan.first": {
        "id": "! calon pertama pengembangan (SKP di bawah baik dan kesenjangan tugas pokok): "
        "didahulukan untuk kursi yang bernilai sama: {names}.",
        "en": "! first candidate for development (SKP below good and gaps in main duties): "
        "given seats of equal value first: {names}.",
    },
    "careers.plan.no-first": {
        "id": "Tidak ada calon pertama pengembangan (SKP di bawah baik dan kesenjangan tugas "
        "pokok) di antara staf.",
        "en": "No first candidate for development (SKP below good and gaps in main duties) "
        "among the staff.",
    },
    # --- pustaka learning ---
    "learning.help": {
        "id": "Catat pembelajaran di luar program (Latsar CPNS, e-learning Perpusnas, kuliah, "
        "bimtek provinsi) bagi seorang pustakawan, di learning.yaml. JP-nya dihitung dengan "
        "aturan yang sama; yang selesai dengan nilai lulus menjadi bukti level.",
        "en": "Record learning outside the programme (Latsar CPNS, Perpusnas e-learning, a "
        "university course, a provincial bimtek) for one librarian, in learning.yaml. Its JP "
        "count by the same rules; completed with a passing score, it is evidence of a level.",
    },
    "learning.arg.librarian": {"id": "Id pustakawan.", "en": "The librarian's id."},
    "learning.option.title": {"id": "Nama kursus.", "en": "The course's title."},
    "learning.option.type": {
        "id": "Jenis kegiatan (pelatihan, bimtek, kursus, e-learning, ...): menentukan "
        "klasikal atau nonklasikal.",
        "en": "The activity type (pelatihan, bimtek, kursus, e-learning, ...): klasikal or "
        "nonklasikal follows from it.",
    },
    "learning.option.start": {"id": "Tanggal mulai.", "en": "The first day."},
    "learning.option.end": {"id": "Tanggal selesai.", "en": "The last day."},
    "learning.option.provider": {"id": "Penyelenggara.", "en": "The provider."},
    "learning.option.jp": {"id": "JP (atau --minutes).", "en": "JP (or --minutes)."},
    "learning.option.minutes": {
        "id": "Lama dalam menit, dikonversi dengan jp.minutes_per_jp (atau --jp).",
        "en": "Length in minutes, converted by jp.minutes_per_jp (or --jp).",
    },
    "learning.option.state": {
        "id": "completed (bawaan), attended atau failed.",
        "en": "completed (the default), attended or failed.",
    },
    "learning.option.score": {"id": "Nilai akhir, 0-100.", "en": "The final score, 0-100."},
    "learning.option.develops": {
        "id": "Kompetensi dan level yang dikembangkan: katalogisasi:3,klasifikasi:2.",
        "en": "Competencies and levels it develops: katalogisasi:3,klasifikasi:2.",
    },
    "learning.option.certificate": {
        "id": "Nomor sertifikat (STTPP).",
        "en": "The certificate's (STTPP) number.",
    },
    "learning.option.certificate-date": {
        "id": "Tanggal sertifikat.",
        "en": "The certificate's date.",
    },
    "learning.option.notes": {"id": "Catatan.", "en": "Notes."},
    "learning.option.id": {
        "id": "Id catatan (bawaan: jenis-tahun-pustakawan).",
        "en": "The record's id (default: type-year-librarian).",
    },
    "done.learning": {
        "id": "pembelajaran {id} untuk {who} dicatat",
        "en": "learning {id} for {who} recorded",
    },
    "error.jp-or-minutes": {
        "id": "berikan --jp atau --minutes, tidak keduanya.",
        "en": "give --jp or --minutes, not both.",
    },
}
