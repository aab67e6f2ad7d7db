"""Messages: problems found in records (``problem.<code>``) and their hints (``hint.<name>``)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- reading records ---
    "problem.unknown-key": {
        "id": "kunci `{key}` tidak dikenal di {record}; kunci ini diabaikan",
        "en": "unknown key `{key}` in {record}; it is ignored",
    },
    "problem.missing-field": {
        "id": "`{field}` wajib diisi di {record}",
        "en": "`{field}` is required in {record}",
    },
    "problem.wrong-type": {
        "id": "diharapkan {expected}, tertulis `{found}`",
        "en": "expected {expected}, found `{found}`",
    },
    "problem.wrong-root": {
        "id": "berkas {kind} harus berisi kunci {keys} di tingkat teratas",
        "en": "a {kind} file must hold the key {keys} at its top level",
    },
    "problem.bad-date": {
        "id": "tanggal `{value}` tidak ada di kalender",
        "en": "the date `{value}` does not exist",
    },
    "problem.bad-value": {
        "id": "`{value}` bukan nilai yang sah untuk `{field}`; pilih salah satu: {choices}",
        "en": "`{value}` is not a valid `{field}`; choose one of: {choices}",
    },
    "problem.bad-id": {
        "id": "id `{value}` hanya boleh berisi huruf, angka, `-`, `_` dan `.`",
        "en": "the id `{value}` may hold only letters, digits, `-`, `_` and `.`",
    },
    "problem.out-of-range": {
        "id": "nilai `{value}` untuk `{field}` harus antara {minimum} dan {maximum}",
        "en": "`{field}` must lie between {minimum} and {maximum}, not `{value}`",
    },
    "problem.not-checked": {
        "id": "{files} tidak dapat dibaca: {count} rujukan di {in_files} berkas tidak diperiksa",
        "en": "{files} could not be read: {count} reference(s) in {in_files} file(s) not checked",
    },
    "hint.not-checked": {
        "id": "Perbaiki berkas itu lebih dulu, lalu jalankan `pustaka check` lagi; "
        "`pustaka check --format json` mencantumkan setiap rujukan.",
        "en": "Fix that file first, then run `pustaka check` again; "
        "`pustaka check --format json` lists every reference.",
    },
    "problem.file-unreadable": {
        "id": "berkas tidak dapat dibaca: {reason}",
        "en": "the file cannot be read: {reason}",
    },
    # --- between records ---
    "problem.duplicate-id": {
        "id": "id {kind} `{id}` sudah dipakai di {first}",
        "en": "the {kind} id `{id}` is already used at {first}",
    },
    "problem.combined-framework-differs": {
        "id": "kerangka kompetensi folder `{folder}` berbeda dari milik `{first}`; "
        "laporan gabungan hanya membandingkan kompetensi yang dimiliki semua folder",
        "en": "folder `{folder}` defines the competency framework differently from "
        "`{first}`; the combined report compares only the competencies every folder defines",
    },
    "problem.combined-profiles-differs": {
        "id": "profil jabatan folder `{folder}` berbeda dari milik `{first}`; "
        "laporan gabungan memakai milik `{first}`",
        "en": "folder `{folder}` defines the role profiles differently from `{first}`; "
        "the combined report uses `{first}`'s",
    },
    "problem.combined-settings-differs": {
        "id": "aturan folder `{folder}` (level, target JP, menit per JP, skala umpan balik, "
        "jumlah mentee) berbeda dari milik `{first}`; laporan gabungan memakai milik `{first}`",
        "en": "folder `{folder}` sets its rules (levels, JP targets, minutes per JP, "
        "feedback scale, mentees) differently from `{first}`; the combined report uses "
        "`{first}`'s",
    },
    "problem.unknown-librarian": {
        "id": "pustakawan `{value}` tidak ada di data",
        "en": "there is no librarian `{value}`",
    },
    "problem.unknown-training": {
        "id": "kegiatan `{value}` tidak ada di data",
        "en": "there is no training `{value}`",
    },
    "problem.unknown-competency": {
        "id": "kompetensi `{value}` tidak ada di kerangka kompetensi",
        "en": "there is no competency `{value}` in the framework",
    },
    "problem.unknown-grade": {
        "id": "jenjang jabatan `{value}` tidak dikenal",
        "en": "unknown grade `{value}`",
    },
    "problem.unknown-library": {
        "id": "perpustakaan/unit `{value}` tidak tercantum di `libraries` pada pustaka.yaml",
        "en": "the library `{value}` is not listed under `libraries` in pustaka.yaml",
    },
    "problem.unknown-key-function": {
        "id": "fungsi kunci `{value}` tidak ada di `key_functions`",
        "en": "there is no key function `{value}` under `key_functions`",
    },
    "problem.bad-scale": {
        "id": "tingkat skala harus berurutan mulai 0 tanpa loncatan, tertulis: {levels}",
        "en": "scale levels must run from 0 without gaps, found: {levels}",
    },
    "problem.level-out-of-scale": {
        "id": "tingkat {value} berada di luar skala (0–{maximum})",
        "en": "level {value} is outside the scale (0–{maximum})",
    },
    "problem.end-before-start": {
        "id": "tanggal akhir {end} lebih awal dari tanggal mulai {start}",
        "en": "the end {end} comes before the start {start}",
    },
    "problem.over-capacity": {
        "id": "kegiatan `{id}` berkapasitas {capacity} tetapi ada {count} peserta; sisanya masukkan ke daftar tunggu (waitlisted)",
        "en": "training `{id}` has room for {capacity} but {count} participants; put the rest on the waitlist (waitlisted)",
    },
    "problem.duplicate-participant": {
        "id": "`{id}` sudah tercatat sebagai peserta di {first}",
        "en": "`{id}` is already a participant at {first}",
    },
    "problem.self-prerequisite": {
        "id": "kegiatan `{id}` tidak dapat menjadi prasyarat bagi dirinya sendiri",
        "en": "training `{id}` cannot be its own prerequisite",
    },
    "problem.score-out-of-range": {
        "id": "nilai {value} harus antara {minimum} dan {maximum}",
        "en": "the score {value} must lie between {minimum} and {maximum}",
    },
    "problem.evidence-before-start": {
        "id": "tanggal {date} lebih awal dari mulai bertugasnya `{id}` ({started})",
        "en": "the date {date} is before `{id}` started ({started})",
    },
    "problem.evidence-in-future": {
        "id": "tanggal {date} belum terjadi (hari ini {today})",
        "en": "the date {date} has not happened yet (today is {today})",
    },
    "problem.self-mentoring": {
        "id": "`{id}` tidak dapat menjadi mentor bagi dirinya sendiri",
        "en": "`{id}` cannot mentor themselves",
    },
    "problem.mentoring-cycle": {
        "id": "`{mentor}` membimbing `{mentee}`, padahal `{mentee}` sudah (langsung atau tidak) membimbing `{mentor}`",
        "en": "`{mentor}` mentors `{mentee}`, but `{mentee}` already mentors `{mentor}` (directly or through others)",
    },
    "problem.left-without-date": {
        "id": "`{id}` berstatus left tetapi tanggal `left` tidak diisi",
        "en": "`{id}` has status left but no `left` date",
    },
    "problem.jp-min-above-max": {
        "id": "target JP `{employment}`: min {minimum} lebih besar dari max {maximum}",
        "en": "JP rule of `{employment}`: min {minimum} is above max {maximum}",
    },
    "problem.jp-pppk-minimum": {
        "id": "PPPK diberi minimal {minimum} JP setahun tanpa batas atas; menurut PP 49/2018 "
        "pasal 39(3) pengembangan kompetensi PPPK paling banyak 24 JP dalam satu tahun masa "
        "perjanjian kerja (batas atas, bukan sasaran)",
        "en": "PPPK are given a minimum of {minimum} JP a year and no maximum; under PP "
        "49/2018 art. 39(3) a PPPK's competency development is at most 24 JP in one year of "
        "the work contract (a ceiling, not a target)",
    },
    "problem.no-contract-start": {
        "id": "`{id}` ({employment}): JP dihitung per tahun masa perjanjian kerja, tetapi "
        "`contract_start` tidak diisi; dihitung dari `started` ({fallback}), atau per tahun "
        "kalender bila itu pun kosong",
        "en": "`{id}` ({employment}): JP count per year of the work contract, but "
        "`contract_start` is missing; counted from `started` ({fallback}), or per calendar "
        "year when that is missing too",
    },
    "problem.completed-below-pass": {
        "id": "`{id}` selesai (completed) dengan nilai post-test {score}, di bawah nilai lulus "
        "{pass_score}: mendapat JP kegiatan karena hadir, tetapi tidak memberi level",
        "en": "`{id}` completed with a post-test score of {score}, below the pass score "
        "{pass_score}: the activity's JP count for attending, but it gives no level",
    },
    "problem.failed-but-attended": {
        "id": "`{id}` tidak lulus (failed) padahal hadir setiap hari kegiatan ({days} hari): "
        "tidak mendapat JP",
        "en": "`{id}` failed although they attended every day of the activity ({days} days): no JP",
    },
    "problem.nip-malformed": {
        "id": "NIP `{nip}` tidak sesuai format 18 digit ({reason})",
        "en": "the NIP `{nip}` does not follow the 18-digit layout ({reason})",
    },
    "problem.nip-unquoted": {
        "id": "NIP `{nip}` ditulis tanpa tanda kutip",
        "en": "the NIP `{nip}` is written without quotes",
    },
    "problem.nip-born-in-future": {
        "id": "NIP `{nip}` memuat tanggal lahir {born}, yang belum terjadi (hari ini {today})",
        "en": "the NIP `{nip}` gives a birth date of {born}, which has not happened yet "
        "(today is {today})",
    },
    "problem.nip-appointed-in-future": {
        "id": "NIP `{nip}` memuat TMT CPNS {appointed}, yang belum terjadi (hari ini {today})",
        "en": "the NIP `{nip}` gives a CPNS appointment (TMT) of {appointed}, which has not "
        "happened yet (today is {today})",
    },
    "problem.nip-appointment-age": {
        "id": "NIP `{nip}` memuat TMT CPNS {appointed} pada usia {age} tahun; CPNS diangkat "
        "paling muda {youngest} tahun dan sebelum usia {oldest}",
        "en": "the NIP `{nip}` gives a CPNS appointment (TMT) of {appointed} at age {age}; "
        "a CPNS is appointed at {youngest} at the youngest and before {oldest}",
    },
    "problem.lsp-without-expiry": {
        "id": "sertifikat LSP milik `{id}` tanpa tanggal `expires`: levelnya akan berlaku selamanya",
        "en": "the LSP certificate of `{id}` has no `expires` date: its levels would count "
        "for ever",
    },
    "problem.duplicate-nip": {
        "id": "NIP milik `{id}` sama dengan NIP `{other}`",
        "en": "`{id}` has the same NIP as `{other}`",
    },
    # --- hints ---
    "hint.combined-differs": {
        "id": "samakan berkasnya di setiap folder, atau buat laporan untuk tiap folder sendiri",
        "en": "make the files the same in every folder, or report on each folder alone",
    },
    # where the ids of each kind are kept, for an unknown id near none of them
    "hint.unknown-librarian": {
        "id": "pustakawan dicatat di `librarians.yaml` atau folder `librarians/`; "
        "tambahkan dengan `pustaka add librarian`",
        "en": "librarians are kept in `librarians.yaml` or the `librarians/` folder; "
        "add one with `pustaka add librarian`",
    },
    "hint.unknown-training": {
        "id": "kegiatan dicatat di `trainings.yaml` atau folder `trainings/`; "
        "tambahkan dengan `pustaka add training`",
        "en": "activities are kept in `trainings.yaml` or the `trainings/` folder; "
        "add one with `pustaka add training`",
    },
    "hint.unknown-competency": {
        "id": "kompetensi didefinisikan di `framework.yaml` (tanpa berkas itu: kerangka bawaan)",
        "en": "competencies are defined in `framework.yaml` (without that file: the default "
        "framework)",
    },
    "hint.unknown-grade": {
        "id": "jenjang didefinisikan di `profiles.yaml` (tanpa berkas itu: profil bawaan)",
        "en": "grades are defined in `profiles.yaml` (without that file: the default profiles)",
    },
    "hint.did-you-mean": {
        "id": "mungkin maksudnya `{suggestion}`?",
        "en": "did you mean `{suggestion}`?",
    },
    "hint.bad-id": {
        "id": "ganti spasi dengan `-`, misalnya `sari-wulandari`",
        "en": "replace spaces with `-`, as in `sari-wulandari`",
    },
    "hint.number-format": {
        "id": "tulis angka tanpa pemisah ribuan dan pakai titik untuk desimal: 15000000, 3.5",
        "en": "write numbers without thousands separators, with a point for decimals: 15000000, 3.5",
    },
    "hint.date-format": {
        "id": "tulis tanggal sebagai TTTT-BB-HH, misalnya 2025-03-10",
        "en": "write dates as YYYY-MM-DD, for example 2025-03-10",
    },
    "hint.jp-pppk": {
        "id": "tulis di pustaka.yaml: jp: targets: pppk: {{max: 24, year: contract}}",
        "en": "write in pustaka.yaml: jp: targets: pppk: {{max: 24, year: contract}}",
    },
    "hint.contract-start": {
        "id": "tambahkan tanggal mulai perjanjian kerja: contract_start: 2025-02-01",
        "en": "add the date the work contract began: contract_start: 2025-02-01",
    },
    "hint.jp-requires-pass": {
        "id": "nyatakan aturannya di pustaka.yaml: jp: requires_pass: false (JP untuk kehadiran; "
        "peringatan ini berhenti) atau true (tanpa lulus tidak ada JP)",
        "en": "state the rule in pustaka.yaml: jp: requires_pass: false (JP for attending; "
        "this warning stops) or true (no pass, no JP)",
    },
    "hint.failed-but-attended": {
        "id": "JP untuk kehadiran, level untuk kelulusan: bila hanya post-test yang tidak "
        "lulus, tulis state: completed dengan score-nya",
        "en": "JP are for attending, a level for passing: if only the post-test was failed, "
        "write state: completed with the score",
    },
    "hint.nip": {
        "id": 'tulis NIP dalam tanda kutip: nip: "19870412 201101 2 003" (tanggal lahir, TMT CPNS, jenis kelamin, urutan)',
        "en": 'quote NIPs: nip: "19870412 201101 2 003" (birth date, CPNS appointment, gender, sequence)',
    },
    "hint.nip-layout": {
        "id": "cocokkan NIP dengan SK atau SIASN: digit 1–8 tanggal lahir (TTTTBBHH), 9–14 TMT "
        "CPNS (TTTTBB), 15 jenis kelamin, 16–18 nomor urut (mulai 001)",
        "en": "compare the NIP with the appointment letter (SK) or SIASN: digits 1–8 are the "
        "birth date (YYYYMMDD), 9–14 the CPNS appointment (YYYYMM), 15 the sex, 16–18 the "
        "sequence (from 001)",
    },
    "hint.lsp-without-expiry": {
        "id": "salin tanggal berakhir dari sertifikat: expires: 2028-03-12 (atau tetapkan "
        "levels.valid_months.lsp di pustaka.yaml)",
        "en": "copy the end date from the certificate: expires: 2028-03-12 (or set "
        "levels.valid_months.lsp in pustaka.yaml)",
    },
    # --- words used inside messages ---
    "word.mapping": {"id": "pasangan kunci: nilai", "en": "a mapping of keys to values"},
    "word.list": {"id": "daftar", "en": "a list"},
    "word.text": {"id": "teks", "en": "text"},
    "word.id": {"id": "id", "en": "an id"},
    "word.whole-number": {"id": "bilangan bulat", "en": "a whole number"},
    "word.number": {"id": "angka", "en": "a number"},
    "word.date": {"id": "tanggal (TTTT-BB-HH)", "en": "a date (YYYY-MM-DD)"},
    "word.yes-no": {"id": "true atau false", "en": "true or false"},
    "word.names": {"id": "nama, atau {id: ..., en: ...}", "en": "a name, or {id: ..., en: ...}"},
    "word.length": {"id": "harus 18 digit", "en": "it must have 18 digits"},
    "word.birth-date": {
        "id": "8 digit pertama bukan tanggal lahir",
        "en": "the first 8 digits are not a birth date",
    },
    "word.appointment": {
        "id": "digit 9–14 bukan TMT CPNS yang masuk akal",
        "en": "digits 9–14 are not a plausible CPNS appointment",
    },
    "word.gender": {"id": "digit ke-15 harus 1 atau 2", "en": "digit 15 must be 1 or 2"},
    "word.sequence": {
        "id": "nomor urut, digit 16–18, tidak boleh 000",
        "en": "the sequence, digits 16–18, cannot be 000",
    },
    "severity.error": {"id": "kesalahan", "en": "error"},
    "severity.warning": {"id": "peringatan", "en": "warning"},
    "hint.label": {"id": "petunjuk", "en": "hint"},
}
