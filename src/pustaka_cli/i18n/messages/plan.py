"""Messages: recommend, plan and idp (individual development plan)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- help -------------------------------------------------------------------------
    "recommend.help": {
        "id": "Sarankan kegiatan terencana yang paling banyak menutup kesenjangan kompetensi "
        "seorang pustakawan (berbobot), lalu menurut tanggal, biaya dan JP yang masih "
        "diperlukan pada tahun kegiatan itu. Kegiatan yang terhalang prasyarat, tanggal, kuota atau "
        "bentrok ditampilkan beserta alasannya. Dengan --mentors: usulan pasangan mentor.",
        "en": "Recommend the planned activities that close most of a librarian's weighted "
        "competency gap, then by date, cost and the JP still needed in the activity's year. Activities "
        "ruled out by prerequisites, dates, capacity or clashes are shown with the reason. "
        "With --mentors: proposed mentor pairs.",
    },
    "recommend.epilog": {
        "id": "Kode keluar: 0 berhasil; 1 data bermasalah atau pustakawan tidak dikenal; "
        "2 penggunaan keliru. Tidak pernah mengubah berkas.",
        "en": "Exit codes: 0 done; 1 problems in the records or an unknown librarian; "
        "2 wrong usage. Never changes a file.",
    },
    "recommend.arg.librarian": {
        "id": "Id pustakawan (tidak perlu dengan --mentors).",
        "en": "The librarian's id (not needed with --mentors).",
    },
    "recommend.option.mentors": {
        "id": "Usulkan pasangan mentor–mentee: mentor di tingkat ahli (levels.expert_level) "
        "pada kompetensi yang masih senjang bagi mentee, perpustakaan yang sama didahulukan.",
        "en": "Propose mentor–mentee pairs: a mentor at the expert level "
        "(levels.expert_level) in a competency where the mentee has a gap, same library first.",
    },
    "recommend.option.max-mentees": {
        "id": "Paling banyak N mentee per mentor, termasuk pasangan yang sedang berjalan "
        "(bawaan: mentoring.max_mentees di pustaka.yaml, atau 3).",
        "en": "At most N mentees per mentor, running pairs included (default: "
        "mentoring.max_mentees in pustaka.yaml, or 3).",
    },
    "plan.help": {
        "id": "Susun rencana program dalam anggaran: kegiatan terencana mana yang dijalankan dan "
        "siapa yang didaftarkan agar kesenjangan yang tertutup (berbobot prioritas kompetensi "
        "dan jumlah pemegang yang dibutuhkan) sebesar mungkin, mendahulukan pegawai yang "
        "JP-nya belum cukup. Menampilkan biaya, kesenjangan yang tertutup, siapa yang belum "
        "terlayani dan apa yang dapat dibeli dengan tambahan anggaran.",
        "en": "Plan the programme within a budget: which planned activities to run and whom "
        "to enrol so that the gap closed (weighted by competency priority and by how many "
        "holders are needed) is as large as possible, staff short of their JP first. Shows "
        "the cost, the gap closed, who is still unserved and what more budget would buy.",
    },
    "plan.epilog": {
        "id": "Biaya kegiatan (`cost`) dibayar sekali bila kegiatan berjalan. Rencana hanya "
        "ditampilkan; daftarkan peserta dengan `pustaka enroll`. Kode keluar: 0 berhasil; "
        "1 data bermasalah; 2 penggunaan keliru.",
        "en": "An activity's `cost` is paid once if it runs. The plan is only shown; enrol "
        "people with `pustaka enroll`. Exit codes: 0 done; 1 problems in the records; "
        "2 wrong usage.",
    },
    "plan.option.budget": {
        "id": "Anggaran total, mis. 25000000 atau 25.000.000 (atau `tak-terbatas`); "
        "`sisa`/`remaining`: sisa pagu tahun itu menurut budgets.yaml (report budget), "
        "periode bawaan sampai 31 Desember.",
        "en": "The total budget, e.g. 25000000 or 25,000,000 (or `unlimited`); "
        "`remaining`/`sisa`: what the year's budget in budgets.yaml has left (report budget), "
        "the period by default up to 31 December.",
    },
    "plan.option.from": {
        "id": "Awal periode (bawaan: besok).",
        "en": "Start of the period (default: tomorrow).",
    },
    "plan.option.to": {
        "id": "Akhir periode (bawaan: 12 bulan dari hari ini).",
        "en": "End of the period (default: 12 months from today).",
    },
    "plan.metavar.amount": {"id": "JUMLAH", "en": "AMOUNT"},
    "plan.metavar.file": {"id": "BERKAS", "en": "FILE"},
    "idp.help": {
        "id": "Rencana Pengembangan Kompetensi individu: profil, kesenjangan terhadap jenjang "
        "sekarang dan jenjang sasaran, kegiatan terencana dan yang disarankan dengan tanggal "
        "dan JP, mentor, target periode, dan tempat tanda tangan.",
        "en": "The individual development plan: profile, gaps against the current and the "
        "target grade, planned and recommended activities with dates and JP, mentor, "
        "targets for the period, and a place to sign.",
    },
    "idp.epilog": {
        "id": "Format dari --format atau dari ekstensi -o (.txt, .md, .html). HTML adalah satu "
        "halaman mandiri yang siap cetak. NIP disamarkan kecuali dengan --show-nip. "
        "Kode keluar: 0 berhasil; 1 data bermasalah atau pustakawan tidak dikenal; "
        "2 penggunaan keliru.",
        "en": "Format from --format or from the extension of -o (.txt, .md, .html). HTML is "
        "one self-contained printable page. NIPs are masked unless --show-nip. Exit codes: "
        "0 done; 1 problems in the records or an unknown librarian; 2 wrong usage.",
    },
    "idp.arg.librarian": {"id": "Id pustakawan.", "en": "The librarian's id."},
    "idp.option.format": {
        "id": "Format: text, markdown atau html.",
        "en": "Format: text, markdown or html.",
    },
    "idp.option.output": {
        "id": "Tulis ke berkas ini alih-alih ke layar.",
        "en": "Write to this file instead of the screen.",
    },
    "idp.option.show-nip": {
        "id": "Tampilkan NIP lengkap (data pribadi, UU PDP).",
        "en": "Show the full NIP (personal data, UU PDP).",
    },
    # --- errors -----------------------------------------------------------------------
    "error.plan-unknown-librarian": {
        "id": "pustakawan `{id}` tidak ada dalam catatan.",
        "en": "there is no librarian `{id}` in the records.",
    },
    "error.plan-librarian-needed": {
        "id": "sebutkan id pustakawan, atau gunakan --mentors.",
        "en": "name a librarian's id, or use --mentors.",
    },
    "error.plan-bad-max-mentees": {
        "id": "--max-mentees harus minimal 1, bukan {value}.",
        "en": "--max-mentees must be at least 1, not {value}.",
    },
    "error.plan-bad-budget": {
        "id": "--budget (anggaran) harus jumlah uang, mis. 25000000, 25.000.000 atau "
        "Rp 25.000.000, bukan `{value}`.",
        "en": "--budget (the budget) must be an amount of money, e.g. 25000000, 25.000.000 "
        "or Rp 25.000.000, not `{value}`.",
    },
    "error.plan-data-problems": {
        "id": "catatan mengandung kesalahan; jalankan `pustaka check` dan perbaiki dulu.",
        "en": "the records have errors; run `pustaka check` and fix them first.",
    },
    "error.plan-cannot-write": {
        "id": "tidak dapat menulis {path}: {reason}.",
        "en": "cannot write {path}: {reason}.",
    },
    # --- shared words -----------------------------------------------------------------
    "plan.dates": {"id": "{start} s.d. {end}", "en": "{start} to {end}"},
    "plan.closing": {
        "id": "{competency} {start}→{reaches}",
        "en": "{competency} {start}→{reaches}",
    },
    "plan.obstacle.started": {
        "id": "sudah dimulai",
        "en": "already started",
    },
    "plan.obstacle.full": {
        "id": "kuota penuh (hanya daftar tunggu)",
        "en": "full (waitlist only)",
    },
    "plan.obstacle.prerequisite-level": {
        "id": "prasyarat: {competency} tingkat {level}, saat ini {has}",
        "en": "prerequisite: {competency} at level {level}, now {has}",
    },
    "plan.obstacle.prerequisite-training": {
        "id": "prasyarat: belum menyelesaikan {other}",
        "en": "prerequisite: {other} not completed",
    },
    "plan.obstacle.clash": {
        "id": "bentrok dengan {other}",
        "en": "clashes with {other}",
    },
    "plan.state.enrolled": {"id": "terdaftar", "en": "enrolled"},
    "plan.state.waitlisted": {"id": "daftar tunggu", "en": "waitlisted"},
    "plan.field.grade": {"id": "Jenjang", "en": "Grade"},
    "plan.field.library": {"id": "Perpustakaan", "en": "Library"},
    "plan.field.jp": {"id": "JP {year}", "en": "JP {year}"},
    "plan.field.name": {"id": "Nama", "en": "Name"},
    "plan.field.nip": {"id": "NIP", "en": "NIP"},
    "plan.field.id": {"id": "ID pustakawan", "en": "Librarian ID"},
    "plan.field.target-grade": {"id": "Jenjang sasaran", "en": "Target grade"},
    "plan.field.employment": {"id": "Status kepegawaian", "en": "Employment"},
    "plan.jp.line": {
        "id": "{total} dari target {target} (kurang {short})",
        "en": "{total} of the {target} target (short by {short})",
    },
    "plan.jp.met": {
        "id": "{total} dari target {target} (terpenuhi)",
        "en": "{total} of the {target} target (met)",
    },
    "plan.jp.no-target": {
        "id": "{total} (tanpa target)",
        "en": "{total} (no target)",
    },
    "plan.col.activity": {"id": "Kegiatan", "en": "Activity"},
    "plan.col.dates": {"id": "Tanggal", "en": "Dates"},
    "plan.col.state": {"id": "Status", "en": "State"},
    "plan.col.jp": {"id": "JP", "en": "JP"},
    "plan.booked.item": {
        "id": "{activity} · {dates} · {state}",
        "en": "{activity} · {dates} · {state}",
    },
    "plan.seat": {
        "id": "{mark} {who}: {closes} · {jp} JP{short}",
        "en": "{mark} {who}: {closes} · {jp} JP{short}",
    },
    "plan.col.closes": {"id": "Menutup kesenjangan", "en": "Gaps closed"},
    "plan.col.competency": {"id": "Kompetensi", "en": "Competency"},
    "plan.col.current": {"id": "Kini", "en": "Now"},
    "plan.col.required": {"id": "Jenjang", "en": "Grade"},
    "plan.col.target": {"id": "Sasaran", "en": "Target"},
    "plan.col.cost-seat": {"id": "Biaya/kursi", "en": "Cost/seat"},
    "plan.col.mentor": {"id": "Mentor", "en": "Mentor"},
    "plan.col.mentees": {"id": "Mentee", "en": "Mentees"},
    # --- recommend LIBRARIAN ----------------------------------------------------------
    "recommend.title": {
        "id": "Rekomendasi untuk {name} per {date}",
        "en": "Recommendations for {name} as of {date}",
    },
    "recommend.left": {
        "id": "Pustakawan ini sudah tidak aktif; tidak ada rekomendasi.",
        "en": "This librarian is no longer active; nothing is recommended.",
    },
    "recommend.unknown": {
        "id": "Belum dinilai (tingkat tidak diketahui, jadi belum dihitung sebagai kesenjangan): "
        "{competencies}. Nilai dulu; lihat `pustaka explain`.",
        "en": "Not yet assessed (level unknown, so not counted as a gap): {competencies}. "
        "Assess first; see `pustaka explain`.",
    },
    "recommend.booked": {"id": "Sudah terdaftar", "en": "Already booked"},
    "recommend.booked.none": {
        "id": "Belum terdaftar di kegiatan mendatang.",
        "en": "Not booked on any coming activity.",
    },
    "recommend.recommended": {"id": "Kegiatan yang disarankan", "en": "Recommended activities"},
    "recommend.recommended.none": {
        "id": "Tidak ada kegiatan terencana yang dapat diikuti dan menutup kesenjangan.",
        "en": "No planned activity they can join closes a gap.",
    },
    "recommend.option": {
        "id": "{n}. {activity} · {kind} · {dates} · {jp} JP · {cost}/kursi",
        "en": "{n}. {activity} · {kind} · {dates} · {jp} JP · {cost}/seat",
    },
    "recommend.closes": {
        "id": "menutup: {gaps} (nilai {value})",
        "en": "closes: {gaps} (value {value})",
    },
    "recommend.toward-target": {
        "id": "menuju jenjang sasaran: {gaps}",
        "en": "toward the target grade: {gaps}",
    },
    "recommend.jp-needed": {
        "id": "memberi {jp} dari {needed} JP yang masih diperlukan pada {year}",
        "en": "gives {jp} of the {needed} JP still needed in {year}",
    },
    "recommend.for-hours": {
        "id": "Untuk memenuhi JP (tanpa kesenjangan yang tertutup)",
        "en": "For the JP target (no gap closed)",
    },
    "recommend.ruled-out": {
        "id": "Tidak dapat diikuti ({shown} terbaik dari {total})",
        "en": "Ruled out (best {shown} of {total})",
    },
    "recommend.ruled-out.item": {
        "id": "{activity}: {reason} — akan menutup {closes}",
        "en": "{activity}: {reason} — would close {closes}",
    },
    "recommend.suggestions": {
        "id": "Kesenjangan yang tidak ditutup kegiatan terencana",
        "en": "Gaps no planned activity closes",
    },
    "recommend.suggestion": {
        "id": "{competency} (kesenjangan {gap}): {ways}",
        "en": "{competency} (gap {gap}): {ways}",
    },
    "recommend.suggestion-target": {
        "id": "{competency} (kesenjangan {gap}; {target} terhadap jenjang sasaran): {ways}",
        "en": "{competency} (gap {gap}; {target} toward the target grade): {ways}",
    },
    "recommend.suggestion-target-only": {
        "id": "{competency} (kesenjangan {target} terhadap jenjang sasaran): {ways}",
        "en": "{competency} (gap {target} toward the target grade): {ways}",
    },
    "recommend.way.mentoring": {
        "id": "mentoring oleh {names}",
        "en": "mentoring by {names}",
    },
    "recommend.way.workshop": {
        "id": "workshop/lokakarya",
        "en": "a workshop",
    },
    "recommend.way.magang": {
        "id": "magang di {partners}",
        "en": "a magang (internship) at {partners}",
    },
    # --- recommend --mentors ----------------------------------------------------------
    "mentors.title": {
        "id": "Usulan pasangan mentor per {date}",
        "en": "Proposed mentor pairs as of {date}",
    },
    "mentors.rule": {
        "id": "Mentor: tingkat {expert} atau lebih pada kompetensi yang senjang bagi mentee; "
        "paling banyak {max} mentee per mentor (termasuk yang berjalan); mentee dengan "
        "kesenjangan terbesar didahulukan, masing-masing satu mentor sebelum ada yang dapat dua.",
        "en": "Mentors: level {expert} or above in a competency where the mentee has a gap; at "
        "most {max} mentees per mentor (running pairs included); mentees with the largest gap "
        "first, each gets one mentor before anyone gets a second.",
    },
    "mentors.current": {"id": "Pasangan yang sedang berjalan", "en": "Running pairs"},
    "mentors.current.item": {
        "id": "{mentor} → {mentee}: {competencies} ({source})",
        "en": "{mentor} → {mentee}: {competencies} ({source})",
    },
    "mentors.current.none": {
        "id": "Tidak ada pasangan yang sedang berjalan.",
        "en": "No pairs are running.",
    },
    "mentors.pairs": {"id": "Usulan", "en": "Proposed"},
    "mentors.pairs.none": {"id": "Tidak ada usulan.", "en": "Nothing to propose."},
    "mentors.pair": {"id": "{mentor} → {mentee} ({why})", "en": "{mentor} → {mentee} ({why})"},
    "mentors.gap": {
        "id": "{competency}: mentee {mentee}, wajib {required}, mentor {mentor}",
        "en": "{competency}: mentee {mentee}, required {required}, mentor {mentor}",
    },
    "mentors.why.same-library": {"id": "perpustakaan yang sama", "en": "same library"},
    "mentors.why.other-library": {
        "id": "perpustakaan lain: tidak ada ahli yang tersedia di perpustakaan sendiri",
        "en": "another library: no expert free in their own",
    },
    "mentors.why.existing": {
        "id": "memperluas pasangan yang sudah ada",
        "en": "widens an existing pair",
    },
    "mentors.unmatched": {"id": "Belum ada mentor", "en": "No mentor yet"},
    "mentors.unmatched.item": {
        "id": "{mentee}: {competency} (kesenjangan {gap}) — {reason}",
        "en": "{mentee}: {competency} (gap {gap}) — {reason}",
    },
    "mentors.reason.no-expert": {
        "id": "tidak ada rekan di tingkat ahli",
        "en": "no colleague at the expert level",
    },
    "mentors.reason.mentors-full": {
        "id": "semua ahli sudah mencapai batas mentee",
        "en": "every expert has reached the mentee limit",
    },
    "mentors.load": {"id": "Beban mentor", "en": "Mentor load"},
    # --- plan -------------------------------------------------------------------------
    "plan.title": {
        "id": "Rencana program {start} s.d. {end}",
        "en": "Programme plan {start} to {end}",
    },
    "plan.unlimited": {"id": "tak terbatas", "en": "unlimited"},
    "plan.field.budget": {"id": "Anggaran", "en": "Budget"},
    "plan.field.cost": {"id": "Biaya", "en": "Cost"},
    "plan.field.value": {"id": "Nilai rencana", "en": "Plan value"},
    "plan.field.levels": {"id": "Tingkat kesenjangan tertutup", "en": "Levels of gap closed"},
    "plan.field.enrollments": {"id": "Pendaftaran baru", "en": "New enrolments"},
    "plan.field.jp-short": {"id": "Pegawai kurang JP {year}", "en": "Staff short of JP in {year}"},
    "plan.field.adds": {"id": "Sumbangan nilai", "en": "Adds to the value"},
    "plan.jp-short": {"id": "{before} → {after}", "en": "{before} → {after}"},
    "plan.runs": {"id": "Kegiatan yang dijalankan", "en": "Activities to run"},
    "plan.runs.none": {
        "id": "Tidak ada kegiatan yang dijalankan.",
        "en": "No activity is run.",
    },
    "plan.cost-line": {"id": "{cost} ({seat}/kursi)", "en": "{cost} ({seat}/seat)"},
    "plan.legend": {
        "id": "+ didaftarkan oleh rencana · = sudah terdaftar · * masih kurang JP tahun itu",
        "en": "+ enrolled by the plan · = already enrolled · * still short of JP that year",
    },
    "plan.not-run": {"id": "Tidak dijalankan", "en": "Not run"},
    "plan.not-run.item": {
        "id": "{activity} · {cost} · {reason} (nilai tambahan {value})",
        "en": "{activity} · {cost} · {reason} (would add {value})",
    },
    "plan.not-run.seated": {
        "id": "; {n} orang sudah terdaftar: beri tahu mereka",
        "en": "; {n} already enrolled: tell them",
    },
    "plan.not-run.no-cost": {
        "id": "biaya belum dicatat",
        "en": "no cost recorded",
    },
    "plan.not-run.over-budget": {"id": "melebihi anggaran", "en": "over the budget"},
    "plan.not-run.no-value": {
        "id": "tidak ada peserta yang dapat menutup kesenjangan atau JP",
        "en": "nobody who may join would close a gap or JP",
    },
    "plan.not-run.not-chosen": {
        "id": "anggaran lebih bermanfaat untuk kegiatan lain",
        "en": "the budget does more elsewhere",
    },
    "plan.unserved": {"id": "Belum terlayani", "en": "Still unserved"},
    "plan.unserved.none": {
        "id": "Semua yang memiliki kesenjangan atau kurang JP mendapat tempat.",
        "en": "Everyone with a gap or short of JP has a seat.",
    },
    "plan.unserved.item": {
        "id": "{who}: kesenjangan {gap}, kurang {jp} JP tahun ini — {reason}",
        "en": "{who}: gap {gap}, {jp} JP short this year — {reason}",
    },
    "plan.unserved.no-activity": {
        "id": "tidak ada kegiatan terencana dalam periode untuk kesenjangannya "
        "(lihat `pustaka recommend`)",
        "en": "no planned activity in the period for their gaps (see `pustaka recommend`)",
    },
    "plan.unserved.ruled-out": {
        "id": "terhalang untuk {activity}",
        "en": "ruled out of {activity}",
    },
    "plan.unserved.not-funded": {
        "id": "{activity} tidak terdanai dalam anggaran ini",
        "en": "{activity} is not funded within this budget",
    },
    "plan.unserved.full": {
        "id": "kursi {activity} diberikan kepada yang lebih membutuhkan",
        "en": "the seats of {activity} went to greater needs",
    },
    "plan.unserved.clash-in-plan": {
        "id": "{activity} bentrok dengan kegiatan lain dalam rencana",
        "en": "{activity} clashes with another activity in the plan",
    },
    "plan.unserved.holders-met": {
        "id": "{activity} tidak lagi menambah nilai: perpustakaannya sudah punya cukup pemegang",
        "en": "{activity} would add nothing more: their library has enough holders",
    },
    "plan.next": {"id": "Langkah anggaran berikutnya", "en": "Next budget step"},
    "plan.next.none": {
        "id": "Tambahan anggaran tidak menambah apa pun: semua kegiatan yang bermanfaat sudah "
        "dijalankan.",
        "en": "More budget would buy nothing more: every useful activity already runs.",
    },
    "plan.next.item": {
        "id": "Tambah {extra} (anggaran {total}) untuk juga menjalankan {activity}: "
        "{seats} peserta baru, nilai +{value}.",
        "en": "Add {extra} (budget {total}) to also run {activity}: {seats} new "
        "participants, value +{value}.",
    },
    "plan.how": {"id": "Cara menghitung", "en": "How it is computed"},
    "plan.how.text": {
        "id": "Nilai = jumlah kesenjangan yang tertutup × bobot kompetensi; bila kompetensi "
        "hanya perlu beberapa pemegang per perpustakaan (`holders`), penutupan melebihi "
        "kebutuhan itu bernilai {beyond}; tiap JP dari kekurangan JP tahun ini yang tertutup "
        "bernilai {jp}, JP tahun berikutnya {later}. Biaya kegiatan dibayar sekali bila berjalan. Prasyarat dinilai per hari ini; "
        "peserta dianggap lulus.",
        "en": "Value = gap closed × competency weight; where a competency needs only a few "
        "holders per library (`holders`), closing beyond that need is worth {beyond}; each JP "
        "of this year's JP shortfall covered is worth {jp}, a JP of a later year {later}. An activity's cost is paid once if it runs. "
        "Prerequisites are judged as of today; participants are assumed to pass.",
    },
    # --- idp --------------------------------------------------------------------------
    "idp.title": {
        "id": "Rencana Pengembangan Kompetensi Individu",
        "en": "Individual Development Plan",
    },
    "idp.subtitle": {
        "id": "{organisation} · periode {start} s.d. {end}",
        "en": "{organisation} · period {start} to {end}",
    },
    "idp.profile": {"id": "Profil", "en": "Profile"},
    "idp.basis.target-grade": {"id": "{grade}", "en": "{grade}"},
    "idp.basis.next-rank": {
        "id": "{grade} (jenjang berikutnya)",
        "en": "{grade} (the next rank)",
    },
    "idp.basis.grade": {
        "id": "{grade} (sudah jenjang tertinggi)",
        "en": "{grade} (already the top rank)",
    },
    "idp.basis.no-profile": {"id": "- ({grade})", "en": "- ({grade})"},
    "idp.gaps": {"id": "Kesenjangan kompetensi", "en": "Competency gaps"},
    "idp.gaps.none": {
        "id": "Tidak ada kesenjangan terhadap jenjang sekarang maupun sasaran.",
        "en": "No gap against the current or the target grade.",
    },
    "idp.gaps.note": {
        "id": "Kini = tingkat saat ini; Jenjang dan Sasaran = tingkat wajib pada jenjang sekarang "
        "dan jenjang sasaran, dengan kesenjangan dalam kurung. ? = belum diketahui (belum ada "
        "bukti yang berlaku): perlu dinilai.",
        "en": "Now = the current level; Grade and Target = the level required by the current and "
        "the target grade, with the gap in brackets. ? = not known (no evidence counts): to be "
        "assessed.",
    },
    "idp.planned": {"id": "Kegiatan terencana", "en": "Planned activities"},
    "idp.recommended": {"id": "Kegiatan yang disarankan", "en": "Recommended activities"},
    "idp.recommended.note": {
        "id": "Kegiatan yang dapat diikuti bersama (tidak bentrok, tidak berulang), dipilih "
        "menurut kesenjangan yang ditutup.",
        "en": "Activities that can be taken together (no clash, no repeat), chosen by the gap "
        "they close.",
    },
    "idp.mentor": {"id": "Mentor", "en": "Mentor"},
    "idp.mentor.current": {
        "id": "{mentor} (berjalan): {competencies}",
        "en": "{mentor} (running): {competencies}",
    },
    "idp.mentor.proposed": {
        "id": "{mentor} (usulan): {competencies}",
        "en": "{mentor} (proposed): {competencies}",
    },
    "idp.mentor.none": {"id": "Belum ada mentor.", "en": "No mentor."},
    "idp.targets": {"id": "Target periode", "en": "Targets for the period"},
    "idp.target.level": {
        "id": "{competency}: dari tingkat {start} ke {target} paling lambat {by}",
        "en": "{competency}: from level {start} to {target} by {by}",
    },
    "idp.target.jp": {
        "id": "Minimal {jp} JP pengembangan kompetensi per tahun",
        "en": "At least {jp} JP of competency development a year",
    },
    "idp.targets.none": {"id": "Tidak ada target.", "en": "No targets."},
    "idp.sign.place-date": {
        "id": "Tempat, tanggal: ______________________",
        "en": "Place, date: ______________________",
    },
    "idp.sign.librarian": {"id": "Pegawai yang bersangkutan", "en": "Librarian"},
    "idp.sign.supervisor": {"id": "Atasan langsung", "en": "Direct supervisor"},
    "idp.sign.coordinator": {"id": "Koordinator pembinaan", "en": "Development coordinator"},
    # --- activity types ---------------------------------------------------------------
    "plan.type.pelatihan": {"id": "pelatihan", "en": "training"},
    "plan.type.bimtek": {"id": "bimtek", "en": "technical guidance"},
    "plan.type.workshop": {"id": "workshop", "en": "workshop"},
    "plan.type.seminar": {"id": "seminar", "en": "seminar"},
    "plan.type.konferensi": {"id": "konferensi", "en": "conference"},
    "plan.type.diskusi-panel": {"id": "diskusi panel", "en": "panel discussion"},
    "plan.type.kursus": {"id": "kursus", "en": "course"},
    "plan.type.penataran": {"id": "penataran", "en": "upgrading course"},
    "plan.type.sosialisasi": {"id": "sosialisasi", "en": "briefing"},
    "plan.type.studi-kasus": {"id": "studi kasus", "en": "case study"},
    "plan.type.coaching": {"id": "coaching", "en": "coaching"},
    "plan.type.mentoring": {"id": "mentoring", "en": "mentoring"},
    "plan.type.e-learning": {"id": "e-learning", "en": "e-learning"},
    "plan.type.pelatihan-jarak-jauh": {"id": "pelatihan jarak jauh", "en": "distance training"},
    "plan.type.detasering": {"id": "detasering", "en": "secondment"},
    "plan.type.patok-banding": {"id": "patok banding", "en": "benchmarking visit"},
    "plan.type.pertukaran-pegawai": {"id": "pertukaran pegawai", "en": "staff exchange"},
    "plan.type.belajar-mandiri": {"id": "belajar mandiri", "en": "self-study"},
    "plan.type.komunitas-belajar": {"id": "komunitas belajar", "en": "learning community"},
    "plan.type.bimbingan-di-tempat-kerja": {
        "id": "bimbingan di tempat kerja",
        "en": "on-the-job guidance",
    },
    "plan.type.magang": {"id": "magang", "en": "internship"},
    "plan.type.penelitian-bersama": {"id": "penelitian bersama", "en": "joint research"},
    "plan.option.apply": {
        "id": "Daftarkan peserta sesuai rencana (dengan penulis yang sama seperti enroll), "
        "setelah rencana ditampilkan dan disetujui.",
        "en": "Enrol people as planned (through the same writer as enroll), after showing "
        "the plan and asking.",
    },
    "plan.apply-nothing": {
        "id": "Rencana ini tidak menambah peserta; tidak ada yang ditulis.",
        "en": "This plan adds nobody; nothing was written.",
    },
    "plan.applied": {
        "id": "{count} pendaftaran dari rencana di {trainings} kegiatan",
        "en": "{count} enrolments from the plan in {trainings} activities",
    },
}
