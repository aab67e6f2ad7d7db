"""Messages: commands that write records (enroll, withdraw, attend, complete, ...)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- help ---
    "enroll.help": {
        "id": "Daftarkan satu atau beberapa pustakawan ke sebuah kegiatan. Bila kuota penuh, "
        "mereka masuk daftar tunggu sesuai urutan. Ditolak (tanpa mengubah berkas apa pun) "
        "bila ada id yang tidak dikenal, sudah terdaftar, kegiatan selesai atau batal, "
        "prasyarat belum terpenuhi, pustakawan sudah keluar, atau jadwal bentrok.",
        "en": "Enrol one or more librarians in an activity. When it is full they go on its "
        "waitlist, in order. Refused (and no file changed) for unknown ids, someone already "
        "enrolled, a finished or cancelled activity, unmet prerequisites, a librarian who "
        "has left, or clashing dates.",
    },
    "withdraw.help": {
        "id": "Keluarkan pustakawan dari kegiatan; orang pertama di daftar tunggu naik "
        "mendapat kursi.",
        "en": "Withdraw a librarian from an activity; the first on the waitlist moves up.",
    },
    "attend.help": {
        "id": "Catat kehadiran pustakawan pada satu hari kegiatan (bawaan: hari ini).",
        "en": "Record the attendance of librarians on one day of an activity (default: today).",
    },
    "complete.help": {
        "id": "Catat bahwa pustakawan menyelesaikan kegiatan, dengan nilai post-test bila ada; "
        "penyelesaian menjadi bukti tingkat kompetensi.",
        "en": "Record that librarians completed an activity, with the post-test result if "
        "known; a completion is evidence of a level.",
    },
    "write.epilog": {
        "id": "Setiap perubahan ditulis dengan aman: berkas dikunci, dibaca ulang, hanya baris "
        "yang perlu yang diubah, lalu diperiksa sebelum disimpan. Kode keluar: 0 berhasil; "
        "1 ditolak (tidak ada berkas yang berubah); 2 penggunaan keliru.",
        "en": "Every change is written safely: the folder is locked, the file re-read, only "
        "the lines that must change are changed, and the result is checked before it is "
        "saved. Exit codes: 0 done; 1 refused (no file changed); 2 wrong usage.",
    },
    "write.argument.training": {"id": "Id kegiatan.", "en": "The activity's id."},
    "write.argument.librarians": {
        "id": "Id satu atau beberapa pustakawan.",
        "en": "The ids of one or more librarians.",
    },
    "write.argument.librarian": {"id": "Id pustakawan.", "en": "The librarian's id."},
    "metavar.training": {"id": "KEGIATAN", "en": "TRAINING"},
    "metavar.librarians": {"id": "PUSTAKAWAN...", "en": "LIBRARIAN..."},
    "metavar.ids": {"id": "ID,ID...", "en": "ID,ID..."},
    "metavar.outcomes": {"id": "ID:NILAI,...", "en": "ID:SCORE,..."},
    "metavar.librarian": {"id": "PUSTAKAWAN", "en": "LIBRARIAN"},
    "metavar.score": {"id": "NILAI", "en": "SCORE"},
    "write.option.dry-run": {
        "id": "Tampilkan perubahan sebagai diff tanpa menulis apa pun.",
        "en": "Show the change as a diff and write nothing.",
    },
    "write.option.commit": {
        "id": "Buat commit git yang hanya berisi perubahan pustaka (perubahan Anda yang belum "
        "di-commit di berkas itu tetap belum di-commit).",
        "en": "Make a git commit holding pustaka's change only (your uncommitted edits in "
        "that file stay uncommitted).",
    },
    "write.option.force": {
        "id": "Tulis walau folder punya galat antar-rekaman (mis. id tak dikenal di berkas "
        "lain). Tidak berlaku bila ada berkas yang tak terbaca utuh, atau galat di "
        "pustaka.yaml, framework, profiles; perubahan ini tetap tidak boleh menambah galat.",
        "en": "Write even though the folder has cross-record errors (such as an unknown id "
        "in another file). Not when a file cannot be read whole, nor for errors in "
        "pustaka.yaml, the framework or the profiles; the change still may add no error.",
    },
    "enroll.option.allow-clash": {
        "id": "Tetap daftarkan walau jadwalnya bentrok dengan kegiatan lain orang itu.",
        "en": "Enrol even when the dates clash with another of the librarian's activities.",
    },
    "attend.option.date": {
        "id": "Hari kehadiran (TTTT-BB-HH; bawaan: hari ini, atau satu-satunya hari kegiatan "
        "yang sudah lewat). Hari ini yang ditulis di `attended`.",
        "en": "The day attended (YYYY-MM-DD; default: today, or the only day of a one-day "
        "activity that is past). This day is written in `attended`.",
    },
    "enroll.option.on": {
        "id": "Tanggal pendaftaran yang sebenarnya (TTTT-BB-HH), bila bukan hari ini; dengan "
        "ini kegiatan yang sudah selesai pun menerima peserta yang memang mengikutinya. "
        "Tanggal inilah yang ditulis sebagai `date`.",
        "en": "The real enrolment date (YYYY-MM-DD), when it was not today; with it a "
        "finished activity also takes the people who were in it. This date is written as "
        "`date`.",
    },
    "record.help": {
        "id": "Catat kegiatan yang sudah selesai sekaligus, dari daftar hadir dan nilai "
        "post-test: --attended a,b,c --passed a:85,b:72 --failed c:55. Yang ditulis: "
        "`date` = tanggal --on bila diberikan, kalau tidak hari pertama kegiatan; `attended` "
        "= setiap hari kegiatan (bila paling lama 14 hari); `state` = completed (lulus), "
        "failed (gagal) atau attended (hanya hadir); `score` = nilai yang diberikan. "
        "Prasyarat tidak dinilai (kegiatannya sudah terjadi); kuota dan bentrok jadwal ya.",
        "en": "Record a finished activity at once, from its attendance list and post-test "
        "results: --attended a,b,c --passed a:85,b:72 --failed c:55. What is written: "
        "`date` = the --on date if given, else the activity's first day; `attended` = each "
        "day of the activity (when it lasts at most 14 days); `state` = completed (passed), "
        "failed, or attended (attended only); `score` = the result given. Prerequisites "
        "are not judged (it happened); capacity and clashing dates are.",
    },
    "record.option.attended": {
        "id": "Yang hadir (id dipisah koma; boleh diulang).",
        "en": "Who attended (ids separated by commas; may be repeated).",
    },
    "record.option.passed": {
        "id": "Yang lulus, dengan nilai post-test bila ada: id:nilai dipisah koma (72,5 boleh).",
        "en": "Who passed, with the post-test result if known: id:score separated by commas "
        "(72,5 is fine).",
    },
    "record.option.failed": {
        "id": "Yang tidak lulus, dengan nilai bila ada: id:nilai dipisah koma.",
        "en": "Who failed, with the result if known: id:score separated by commas.",
    },
    "done.recorded": {
        "id": "{training} dicatat: {count} peserta ({passed} lulus, {failed} tidak lulus, "
        "{attended} hanya hadir)",
        "en": "{training} recorded: {count} participants ({passed} passed, {failed} failed, "
        "{attended} attended only)",
    },
    "complete.option.result": {
        "id": "Nilai post-test, 0–100.",
        "en": "The post-test result, 0–100.",
    },
    "complete.option.failed": {
        "id": "Catat sebagai tidak lulus.",
        "en": "Record a fail.",
    },
    # --- what changed ---
    "write.done": {
        "id": '{what} ({path}). Saran pesan commit: "{message}"',
        "en": '{what} ({path}). Suggested commit message: "{message}"',
    },
    "write.committed": {
        "id": '{what} ({path}). Di-commit: "{message}"',
        "en": '{what} ({path}). Committed: "{message}"',
    },
    "write.dry-run": {
        "id": "Uji coba: {what} ({path}); tidak ada yang ditulis.",
        "en": "Dry run: {what} ({path}); nothing written.",
    },
    "done.enrolled": {
        "id": "{who} terdaftar di {training}",
        "en": "{who} enrolled in {training}",
    },
    "done.waitlisted": {
        "id": "{who} masuk daftar tunggu {training} (urutan {position})",
        "en": "{who} waitlisted for {training} (position {position})",
    },
    "done.withdrawn": {
        "id": "{who} mundur dari {training}",
        "en": "{who} withdrawn from {training}",
    },
    "done.promoted": {
        "id": "naik dari daftar tunggu, kini terdaftar: {who}",
        "en": "moved up from the waitlist, enrolled now: {who}",
    },
    "done.attended": {
        "id": "kehadiran {who} di {training} pada {date} dicatat",
        "en": "attendance of {who} at {training} on {date} recorded",
    },
    "done.completed": {
        "id": "{who} menyelesaikan {training}",
        "en": "{who} completed {training}",
    },
    "done.failed": {
        "id": "{who} tidak lulus {training}",
        "en": "{who} failed {training}",
    },
    "done.score": {"id": "dengan nilai {score}", "en": "with a result of {score}"},
    # --- refusals: the records ---
    "error.unknown-training": {
        "id": "tidak ada kegiatan dengan id `{id}`.",
        "en": "there is no activity with the id `{id}`.",
    },
    "error.unknown-training-suggest": {
        "id": "tidak ada kegiatan dengan id `{id}`; maksudnya `{suggestion}`?",
        "en": "there is no activity with the id `{id}`; did you mean `{suggestion}`?",
    },
    "error.unknown-librarian": {
        "id": "tidak ada pustakawan dengan id `{id}`.",
        "en": "there is no librarian with the id `{id}`.",
    },
    "error.unknown-librarian-suggest": {
        "id": "tidak ada pustakawan dengan id `{id}`; maksudnya `{suggestion}`?",
        "en": "there is no librarian with the id `{id}`; did you mean `{suggestion}`?",
    },
    "error.named-twice": {
        "id": "{librarian} disebut dua kali.",
        "en": "{librarian} is named twice.",
    },
    "error.training-cancelled": {
        "id": "kegiatan {training} dibatalkan.",
        "en": "the activity {training} is cancelled.",
    },
    "error.training-finished": {
        "id": "kegiatan {training} sudah selesai pada {end}.",
        "en": "the activity {training} finished on {end}.",
    },
    "error.training-finished-enrol": {
        "id": "kegiatan {training} sudah selesai pada {end}. Untuk mencatat peserta yang "
        "memang mengikutinya, sebutkan tanggal mereka terdaftar dengan --on TTTT-BB-HH, atau "
        "catat seluruh kegiatan dengan `pustaka record {training} --attended ...`.",
        "en": "the activity {training} finished on {end}. To record people who were in it, "
        "give the day they enrolled with --on YYYY-MM-DD, or record the whole activity with "
        "`pustaka record {training} --attended ...`.",
    },
    "error.enrol-after-end": {
        "id": "{date} sesudah hari terakhir {training} ({end}): tidak ada yang mendaftar "
        "sesudah kegiatan selesai.",
        "en": "{date} is after the last day of {training} ({end}): nobody enrols after an "
        "activity is over.",
    },
    "error.record-not-over": {
        "id": "kegiatan {training} belum selesai (hari terakhir {end}); catat yang sedang "
        "berjalan dengan `pustaka attend` dan `pustaka complete`.",
        "en": "the activity {training} is not over yet (last day {end}); record a running "
        "one with `pustaka attend` and `pustaka complete`.",
    },
    "error.record-nobody": {
        "id": "sebutkan siapa yang mengikuti {training}: --attended, --passed atau --failed.",
        "en": "name who took part in {training}: --attended, --passed or --failed.",
    },
    "error.record-over-capacity": {
        "id": "{training} berkuota {capacity}; dengan mereka ada {count} peserta. Naikkan "
        "`capacity` di berkas kegiatannya bila memang sebanyak itu yang hadir.",
        "en": "{training} has {capacity} seats; with these people it would have {count}. "
        "Raise its `capacity` in its file if that many really took part.",
    },
    "error.bad-outcome": {
        "id": "`{value}`: tulis id:nilai (mis. sari-w:85 atau sari-w:72,5), atau id saja.",
        "en": "`{value}`: write id:score (e.g. sari-w:85 or sari-w:72,5), or the id alone.",
    },
    "error.not-started": {
        "id": "kegiatan {training} belum dimulai (mulai {start}).",
        "en": "the activity {training} has not started yet (it starts on {start}).",
    },
    "error.librarian-left": {
        "id": "{librarian} tidak aktif lagi (keluar {left}).",
        "en": "{librarian} is no longer active (left {left}).",
    },
    "error.already-enrolled": {
        "id": "{librarian} sudah ada di {training} (status: {state}).",
        "en": "{librarian} is already in {training} (state: {state}).",
    },
    "error.prerequisite-level": {
        "id": "{librarian} belum memenuhi prasyarat {training}: {competency} tingkat {level} "
        "(sekarang: {has}).",
        "en": "{librarian} does not meet the prerequisite of {training}: {competency} at level "
        "{level} (now: {has}).",
    },
    "error.prerequisite-training": {
        "id": "{librarian} belum menyelesaikan {earlier}, prasyarat {training}.",
        "en": "{librarian} has not completed {earlier}, which {training} requires.",
    },
    "error.clash": {
        "id": "jadwal {training} bentrok dengan {other} ({start} s.d. {end}) yang juga diikuti "
        "{librarian}; pakai --allow-clash bila memang disengaja.",
        "en": "{training} clashes with {other} ({start} to {end}), which {librarian} is also "
        "in; use --allow-clash if that is intended.",
    },
    "error.not-enrolled": {
        "id": "{librarian} tidak terdaftar di {training}.",
        "en": "{librarian} is not enrolled in {training}.",
    },
    "error.not-seated": {
        "id": "{librarian} tidak memegang kursi di {training} (status: {state}).",
        "en": "{librarian} has no seat in {training} (state: {state}).",
    },
    "error.withdraw-too-late": {
        "id": "{librarian} tidak dapat mundur dari {training}: statusnya sudah {state}.",
        "en": "{librarian} cannot withdraw from {training}: the state is already {state}.",
    },
    "error.already-completed": {
        "id": "{librarian} sudah tercatat {state} di {training}.",
        "en": "{librarian} is already recorded as {state} in {training}.",
    },
    "error.already-attended": {
        "id": "kehadiran {librarian} di {training} pada {date} sudah tercatat.",
        "en": "the attendance of {librarian} at {training} on {date} is already recorded.",
    },
    "error.attend-date-needed": {
        "id": "sebutkan hari kehadiran dengan --date (kegiatan {training}: {start} s.d. {end}).",
        "en": "give the day attended with --date ({training} runs {start} to {end}).",
    },
    "error.attend-outside": {
        "id": "{date} di luar jadwal {training} ({start} s.d. {end}).",
        "en": "{date} is outside the dates of {training} ({start} to {end}).",
    },
    "error.date-in-future": {
        "id": "tanggal {date} masih di masa depan (hari ini {today}).",
        "en": "{date} is in the future (today is {today}).",
    },
    "error.bad-score": {
        "id": "nilai harus 0–100, bukan {value}.",
        "en": "the result must be 0–100, not {value}.",
    },
    # --- refusals: writing ---
    "error.write-one-folder": {
        "id": "perintah yang menulis mengubah folder satu kota, jadi butuh tepat satu folder "
        "data, bukan {count}; pakai satu --data (folder kota itu). Beberapa folder hanya "
        "dibaca bersama oleh check dan report.",
        "en": "a command that writes changes one city's folder, so it needs exactly one data "
        "folder, not {count}; give one --data (that city's folder). Several folders are only "
        "read together, by check and report.",
    },
    "error.write-locked": {
        "id": "pustaka lain sedang menulis di {folder}; coba lagi sebentar lagi.",
        "en": "another pustaka is writing in {folder}; try again in a moment.",
    },
    "error.write-changed": {
        "id": "{path} berubah saat pustaka sedang menulis; tidak ada yang ditulis. Jalankan "
        "perintahnya lagi.",
        "en": "{path} changed while pustaka was writing; nothing was written. Run the command "
        "again.",
    },
    "error.commit-mixed": {
        "id": "{path} punya perubahan yang belum di-commit di baris yang juga diubah pustaka "
        "(atau belum pernah di-commit), jadi commit tidak dapat berisi perubahan pustaka "
        "saja. Commit atau simpan dulu perubahan Anda (`git commit {path}` atau `git stash`), "
        "atau jalankan tanpa --commit. Tidak ada yang ditulis.",
        "en": "{path} has uncommitted edits on the lines pustaka would change (or was never "
        "committed), so a commit could not hold pustaka's change alone. Commit or put away "
        "your edits first (`git commit {path}` or `git stash`), or run without --commit. "
        "Nothing was written.",
    },
    "error.write-broken-folder": {
        "id": "folder {folder} punya {count} galat (di atas); penulisan memutuskan berdasarkan "
        "isi folder, jadi tidak ada yang ditulis. Perbaiki dulu (lihat `pustaka check`), atau "
        "tambahkan --force bila galat itu memang boleh menunggu.",
        "en": "the folder {folder} has {count} error(s) (above); a write decides on what the "
        "folder holds, so nothing was written. Fix them first (see `pustaka check`), or add "
        "--force if they may wait.",
    },
    "error.write-broken-unforced": {
        "id": "folder {folder} punya {count} galat (di atas) yang membuat penulisan memutuskan "
        "atas rekaman yang tak terbaca atau aturan yang tak dapat dipercaya (pustaka.yaml, "
        "framework, profiles); --force pun tidak berlaku. Perbaiki dulu (lihat `pustaka "
        "check`); tidak ada yang ditulis.",
        "en": "the folder {folder} has {count} error(s) (above) that would make the write "
        "decide on records it cannot read or rules it cannot trust (pustaka.yaml, the "
        "framework, the profiles); --force does not apply. Fix them first (see `pustaka "
        "check`); nothing was written.",
    },
    "error.write-would-break": {
        "id": "perubahan ini akan menimbulkan {count} galat baru (di atas) yang membuat "
        "`pustaka check` gagal; tidak ada yang ditulis.",
        "en": "this change would cause {count} new error(s) (above) that make `pustaka check` "
        "fail; nothing was written.",
    },
    "error.more-problems": {
        "id": "… dan {count} lagi (lihat `pustaka check`).",
        "en": "… and {count} more (see `pustaka check`).",
    },
    "error.write-file-problems": {
        "id": "{path} bermasalah di baris {line} (lihat `pustaka check`); perbaiki dulu, "
        "tidak ada yang ditulis.",
        "en": "{path} has a problem at line {line} (see `pustaka check`); fix it first; "
        "nothing was written.",
    },
    "error.write-unverified": {
        "id": "pustaka tidak dapat mengubah {path} dengan aman ({reason}); tidak ada yang ditulis.",
        "en": "pustaka cannot change {path} safely ({reason}); nothing was written.",
    },
    "error.write-flow-list": {
        "id": "{path}:{line}: daftar `{name}` ditulis dalam gaya [ ... ]; tulis sebagai daftar "
        "blok (satu `- ` per baris) agar pustaka dapat menambahkannya. Tidak ada yang ditulis.",
        "en": "{path}:{line}: the list `{name}` is written in [ ... ] style; write it as a block "
        "list (one `- ` per line) so that pustaka can add to it. Nothing was written.",
    },
    "error.write-bad-text": {
        "id": "teks {value} tidak dapat ditulis ({reason}); tidak ada yang ditulis.",
        "en": "the text {value} cannot be written ({reason}); nothing was written.",
    },
    "error.write-read-only": {
        "id": "{path} hanya-baca; tidak ada yang ditulis.",
        "en": "{path} is read-only; nothing was written.",
    },
    "error.write-failed": {
        "id": "{path} tidak dapat ditulis: {reason}; berkasnya tidak berubah.",
        "en": "cannot write {path}: {reason}; the file is unchanged.",
    },
    "error.not-a-repository": {
        "id": "--commit: {folder} tidak berada dalam repositori git; tidak ada yang ditulis.",
        "en": "--commit: {folder} is not in a git repository; nothing was written.",
    },
    "error.git-failed": {
        "id": "perubahan sudah ditulis, tetapi commit git gagal: {reason}",
        "en": "the change was written, but the git commit failed: {reason}",
    },
    # --- evaluate, feedback, mentor, add, import ---
    "evaluate.help": {
        "id": "Catat penilaian (atasan, rekan, diri sendiri) atau hasil uji kompetensi/LSP "
        "seorang pustakawan: KOMPETENSI=TINGKAT, atau KOMPETENSI=kompeten|belum-kompeten.",
        "en": "Record an assessment (supervisor, peer, self) or an uji kompetensi/LSP result "
        "for a librarian: COMPETENCY=LEVEL, or COMPETENCY=kompeten|belum-kompeten.",
    },
    "evaluate.argument.levels": {
        "id": "Satu atau beberapa KOMPETENSI=TINGKAT.",
        "en": "One or more COMPETENCY=LEVEL.",
    },
    "evaluate.option.assessor": {
        "id": "Jenis penilai: supervisor, peer, self, uji-kompetensi atau lsp.",
        "en": "Kind of assessor: supervisor, peer, self, uji-kompetensi or lsp.",
    },
    "evaluate.option.by": {
        "id": "Siapa yang menilai (id pustakawan atau nama).",
        "en": "Who assessed (a librarian id or a name).",
    },
    "evaluate.option.expires": {
        "id": "Tanggal berakhirnya sertifikat LSP atau hasil uji kompetensi (tanpa tanggal ini "
        "sertifikat LSP berlaku selamanya, dan `check` memperingatkannya).",
        "en": "When the LSP certificate or competency-test result expires (without it an LSP "
        "certificate counts for ever, and `check` warns about it).",
    },
    "evaluate.option.date": {
        "id": "Tanggal penilaian (bawaan: hari ini).",
        "en": "Date of the assessment (default: today).",
    },
    "metavar.ratings": {"id": "KOMPETENSI=TINGKAT...", "en": "COMPETENCY=LEVEL..."},
    "metavar.who": {"id": "SIAPA", "en": "WHO"},
    "metavar.mentor": {
        "id": "MENTOR MENTI [KOMPETENSI]...",
        "en": "MENTOR MENTEE [COMPETENCY]...",
    },
    "metavar.csv": {"id": "BERKAS.csv", "en": "FILE.csv"},
    "feedback.help": {
        "id": "Catat hasil umpan balik pemustaka (survei IKM, kotak saran): tanggal dan skor "
        "rata-rata.",
        "en": "Record a user-feedback result (IKM survey, suggestion box): date and mean score.",
    },
    "feedback.option.score": {
        "id": "Skor rata-rata (1 sampai feedback.scale_max).",
        "en": "The mean score (1 to feedback.scale_max).",
    },
    "feedback.option.date": {
        "id": "Tanggal survei (bawaan: hari ini).",
        "en": "Date of the survey (default: today).",
    },
    "feedback.option.library": {"id": "Id perpustakaan/unit.", "en": "Library or unit id."},
    "feedback.option.service": {
        "id": "Layanan yang dinilai (mis. sirkulasi).",
        "en": "The service rated (e.g. sirkulasi).",
    },
    "feedback.option.librarian": {
        "id": "Id pustakawan yang dinilai, bila ada.",
        "en": "The librarian rated, if any.",
    },
    "feedback.option.method": {
        "id": "Cara: kuesioner, kotak-saran, daring atau wawancara.",
        "en": "Method: kuesioner, kotak-saran, daring or wawancara.",
    },
    "feedback.option.respondents": {"id": "Jumlah responden.", "en": "Number of respondents."},
    "feedback.option.comments": {"id": "Catatan.", "en": "Comments."},
    "feedback.option.id": {
        "id": "Id catatan (bawaan: dibuat dari tanggal, perpustakaan dan layanan).",
        "en": "The record's id (default: made from date, library and service).",
    },
    "mentor.help": {
        "id": "Mulai pasangan mentoring MENTOR MENTI untuk kompetensi tertentu, atau catat "
        "satu sesi dengan --session ID.",
        "en": "Start a mentoring pair MENTOR MENTEE for some competencies, or log a session "
        "with --session ID.",
    },
    "mentor.argument.people": {
        "id": "Mentor, menti, lalu kompetensinya.",
        "en": "The mentor, the mentee, then the competencies.",
    },
    "mentor.option.session": {
        "id": "Catat sesi untuk pasangan mentoring dengan id ini.",
        "en": "Log a session of the mentoring pair with this id.",
    },
    "mentor.option.date": {
        "id": "Tanggal mulai atau tanggal sesi (bawaan: hari ini).",
        "en": "Start date, or the session's date (default: today).",
    },
    "mentor.option.minutes": {"id": "Lama sesi dalam menit.", "en": "Session length in minutes."},
    "mentor.option.notes": {"id": "Catatan sesi.", "en": "Notes on the session."},
    "add.help": {
        "id": "Tambahkan pustakawan atau kegiatan baru.",
        "en": "Add a new librarian or activity.",
    },
    "add.librarian.help": {
        "id": "Tambahkan pustakawan. Di terminal, kolom wajib yang belum diisi akan ditanyakan.",
        "en": "Add a librarian. In a terminal, missing required fields are asked for.",
    },
    "add.training.help": {
        "id": "Tambahkan kegiatan pengembangan. Di terminal, kolom wajib yang belum diisi akan "
        "ditanyakan.",
        "en": "Add a development activity. In a terminal, missing required fields are asked for.",
    },
    "add.option.cost": {
        "id": "Biaya (Rp; 10.000.000 atau Rp 10.000.000).",
        "en": "Cost (Rp; 10.000.000 or Rp 10.000.000).",
    },
    "add.option.develops": {
        "id": "Kompetensi yang dikembangkan dan level tujuannya: katalogisasi:3,klasifikasi:2.",
        "en": "Competencies it develops and the level aimed at: katalogisasi:3,klasifikasi:2.",
    },
    "add.option.prerequisites": {
        "id": "Level yang harus sudah dicapai peserta: otomasi:2.",
        "en": "Levels a participant must already have: otomasi:2.",
    },
    "add.option.requires": {
        "id": "Kegiatan yang harus sudah diselesaikan peserta (id dipisah koma).",
        "en": "Activities a participant must have completed (ids separated by commas).",
    },
    "add.option.indicator": {
        "id": "Indikator keberhasilan: `apa yang diukur = target [satuan]` (boleh diulang).",
        "en": "A success indicator: `what is measured = target [unit]` (may be repeated).",
    },
    "add.ask.librarian.id": {"id": "Id pustakawan baru?", "en": "The new librarian's id?"},
    "add.ask.librarian.name": {"id": "Nama lengkap?", "en": "Full name?"},
    "add.ask.librarian.nip": {"id": "NIP?", "en": "NIP?"},
    "add.ask.librarian.library": {
        "id": "Perpustakaan/unit tempat bertugas?",
        "en": "Library or unit they work in?",
    },
    "add.ask.librarian.grade": {"id": "Jenjang jabatan?", "en": "Grade?"},
    "add.ask.librarian.employment": {"id": "Status kepegawaian?", "en": "Employment?"},
    "add.ask.librarian.started": {"id": "Mulai bertugas sejak?", "en": "Started working on?"},
    "add.ask.training.id": {"id": "Id kegiatan baru?", "en": "The new activity's id?"},
    "add.ask.training.title": {"id": "Judul kegiatan?", "en": "Title?"},
    "add.ask.training.type": {"id": "Jenis kegiatan?", "en": "Type of activity?"},
    "add.ask.training.mode": {"id": "Moda?", "en": "Mode?"},
    "add.ask.training.provider": {"id": "Penyelenggara?", "en": "Provider?"},
    "add.ask.training.start": {"id": "Tanggal mulai?", "en": "Start date?"},
    "add.ask.training.end": {"id": "Tanggal selesai?", "en": "End date?"},
    "add.ask.training.jp": {
        "id": "Berapa JP (jam pelajaran)?",
        "en": "How many JP (lesson hours)?",
    },
    "add.ask.training.capacity": {"id": "Kuota peserta?", "en": "How many seats?"},
    "add.ask.training.cost": {"id": "Biaya (Rp)?", "en": "Cost (Rp)?"},
    "add.ask.training.develops": {
        "id": "Kompetensi yang dikembangkan, dengan level tujuan?",
        "en": "Competencies it develops, with the level aimed at?",
    },
    "add.ask.training.prerequisites": {
        "id": "Prasyarat level peserta?",
        "en": "Levels a participant must already have?",
    },
    "add.choices": {"id": "Pilihan: {choices}", "en": "Choices: {choices}"},
    "add.optional": {
        "id": "(boleh dikosongkan: tekan Enter)",
        "en": "(may be left empty: press Enter)",
    },
    "add.required": {"id": "{field} wajib diisi.", "en": "{field} is required."},
    "add.hint.id": {
        "id": "Huruf kecil, angka dan tanda hubung, mis. andi-p.",
        "en": "Lower-case letters, digits and hyphens, e.g. andi-p.",
    },
    "add.hint.nip": {"id": "18 digit; spasi boleh.", "en": "18 digits; spaces allowed."},
    "add.hint.date": {
        "id": "Format TTTT-BB-HH, mis. 2026-10-06.",
        "en": "As YYYY-MM-DD, e.g. 2026-10-06.",
    },
    "add.hint.end": {
        "id": "Format TTTT-BB-HH; kosong bila hanya sehari.",
        "en": "As YYYY-MM-DD; empty for a one-day activity.",
    },
    "add.hint.number": {"id": "Angka, mis. 16 atau 7,5.", "en": "A number, e.g. 16 or 7,5."},
    "add.hint.money": {
        "id": "Rupiah, mis. 12.500.000 (0 bila tanpa biaya).",
        "en": "Rupiah, e.g. 12.500.000 (0 if free).",
    },
    "add.hint.levels": {
        "id": "Tulis kompetensi:level dipisah koma, mis. katalogisasi:3,klasifikasi:2.",
        "en": "Write competency:level separated by commas, e.g. katalogisasi:3,klasifikasi:2.",
    },
    "add.preview": {"id": "Yang akan ditulis:", "en": "This will be written:"},
    "add.confirm": {"id": "Simpan?", "en": "Save it?"},
    "add.option.id": {"id": "Id catatan baru.", "en": "The new record's id."},
    "add.option.name": {"id": "Nama lengkap.", "en": "Full name."},
    "add.option.nip": {
        "id": "NIP (18 digit, spasi boleh).",
        "en": "NIP (18 digits, spaces allowed).",
    },
    "add.option.library": {"id": "Id perpustakaan/unit.", "en": "Library or unit id."},
    "add.option.grade": {"id": "Jenjang jabatan.", "en": "Grade."},
    "add.option.employment": {
        "id": "Status kepegawaian: pns, cpns, pppk, honorer, non-asn.",
        "en": "Employment: pns, cpns, pppk, honorer, non-asn.",
    },
    "add.option.started": {"id": "Tanggal mulai bertugas.", "en": "Start date."},
    "add.option.title": {"id": "Judul kegiatan.", "en": "The activity's title."},
    "add.option.type": {
        "id": "Jenis kegiatan (mis. bimtek).",
        "en": "Activity type (e.g. bimtek).",
    },
    "add.option.mode": {"id": "luring, daring atau blended.", "en": "luring, daring or blended."},
    "add.option.start": {"id": "Tanggal mulai.", "en": "Start date."},
    "add.option.end": {"id": "Tanggal selesai.", "en": "End date."},
    "add.option.jp": {"id": "Jam pelajaran (JP).", "en": "Learning hours (JP)."},
    "add.option.capacity": {"id": "Kuota peserta.", "en": "Number of seats."},
    "add.option.provider": {"id": "Penyelenggara.", "en": "Provider."},
    "import.help": {
        "id": "Masukkan data dari lembar kerja (CSV). Setiap baris diperiksa dulu; bila ada "
        "yang salah, setiap baris salah disebut nomornya dan tidak ada yang ditulis.",
        "en": "Enter data from a spreadsheet (CSV). Every row is checked first; if any is "
        "wrong, each wrong row is named by its number and nothing is written.",
    },
    "import.evaluations.help": {
        "id": "Impor penilaian: kolom librarian, kind, date, by, lalu competency dan level "
        "(satu baris per kompetensi) atau satu kolom per id kompetensi.",
        "en": "Import evaluations: columns librarian, kind, date, by, then competency and "
        "level (a row per competency) or a column per competency id.",
    },
    "import.feedback.help": {
        "id": "Impor umpan balik pemustaka: kolom date, score, dan bila ada id, library, "
        "service, librarian, method, respondents, comments.",
        "en": "Import user feedback: columns date, score, and optionally id, library, "
        "service, librarian, method, respondents, comments.",
    },
    "import.participants.help": {
        "id": "Impor daftar pendaftar: kolom training dan librarian; aturan `pustaka enroll` "
        "berlaku untuk setiap baris. Dengan kolom result (lulus/gagal/hadir) atau score "
        "(nilai), lembar itu adalah daftar hadir kegiatan yang sudah selesai dan dicatat "
        "seperti `pustaka record`.",
        "en": "Import a sign-up list: columns training and librarian; the rules of "
        "`pustaka enroll` apply to every row. With a result column (passed/failed/attended) "
        "or a score column, the sheet is the attendance list of a finished activity and is "
        "recorded as `pustaka record` does.",
    },
    "import.argument.file": {"id": "Berkas CSV.", "en": "The CSV file."},
    "import.nothing": {
        "id": "{path} tidak memuat baris data; tidak ada yang ditulis.",
        "en": "{path} has no data rows; nothing written.",
    },
    "done.evaluated": {
        "id": "penilaian {kind} untuk {who} tanggal {date} dicatat",
        "en": "{kind} evaluation of {who} on {date} recorded",
    },
    "done.feedback": {
        "id": "umpan balik {id} (skor {score}) dicatat",
        "en": "feedback {id} (score {score}) recorded",
    },
    "done.mentoring": {
        "id": "mentoring {id} dimulai: {mentor} membimbing {mentee}",
        "en": "mentoring {id} started: {mentor} mentors {mentee}",
    },
    "done.session": {
        "id": "sesi mentoring {id} tanggal {date} dicatat",
        "en": "mentoring session of {id} on {date} recorded",
    },
    "done.added-librarian": {"id": "pustakawan {id} ditambahkan", "en": "librarian {id} added"},
    "done.added-training": {"id": "kegiatan {id} ditambahkan", "en": "activity {id} added"},
    "done.imported": {
        "id": "{count} catatan dari {path} ditambahkan ke {kind}",
        "en": "{count} records from {path} added to {kind}",
    },
    # --- refusals: values and rows ---
    "error.expires-not-a-result": {
        "id": "--expires hanya untuk hasil uji (lsp, uji-kompetensi), bukan penilaian {kind}.",
        "en": "--expires is for test results (lsp, uji-kompetensi), not a {kind} assessment.",
    },
    "error.expires-before-date": {
        "id": "--expires {expires} harus sesudah tanggal penilaian {date}.",
        "en": "--expires {expires} must come after the date of the assessment, {date}.",
    },
    "error.value-date": {
        "id": "{field}: `{value}` bukan tanggal TTTT-BB-HH yang benar.",
        "en": "{field}: `{value}` is not a valid date YYYY-MM-DD.",
    },
    "error.value-number": {
        "id": "{field}: `{value}` bukan angka yang benar.",
        "en": "{field}: `{value}` is not a valid number.",
    },
    "error.value-levels": {
        "id": "{field}: tulis kompetensi:level dipisah koma (mis. katalogisasi:3,klasifikasi:2), "
        "bukan `{value}`.",
        "en": "{field}: write competency:level separated by commas (e.g. "
        "katalogisasi:3,klasifikasi:2), not `{value}`.",
    },
    "error.value-indicator": {
        "id": "indikator: tulis apa yang diukur = target [satuan] (mis. `Judul e-book "
        "dipinjam = 1500 judul`), bukan `{value}`.",
        "en": "indicator: write what is measured = target [unit] (e.g. `E-book titles lent "
        "= 1500 titles`), not `{value}`.",
    },
    "error.value-whole": {
        "id": "{field}: `{value}` harus bilangan bulat.",
        "en": "{field}: `{value}` must be a whole number.",
    },
    "error.value-ambiguous": {
        "id": "{field}: `{value}` bisa berarti ribuan atau desimal; tulis tanpa titik "
        "(1500) atau dengan koma desimal (1,5).",
        "en": "{field}: `{value}` could mean thousands or a decimal; write it without the dot "
        "(1500) or with a decimal comma (1,5).",
    },
    # --- fields, in words (a refusal's {field}) ---
    "field.score": {"id": "nilai", "en": "the score"},
    "field.result": {"id": "nilai post-test (--result)", "en": "the post-test result (--result)"},
    "field.jp": {"id": "JP (jam pelajaran)", "en": "the JP (lesson hours)"},
    "field.capacity": {"id": "kuota peserta", "en": "the capacity"},
    "field.cost": {"id": "biaya", "en": "the cost"},
    "field.requires": {"id": "kegiatan prasyarat", "en": "the activities required before"},
    "field.indicators": {"id": "indikator keberhasilan", "en": "the success indicators"},
    "field.minutes": {"id": "lama sesi dalam menit", "en": "the session's minutes"},
    "field.respondents": {"id": "jumlah responden", "en": "the number of respondents"},
    "field.budget": {"id": "anggaran (--budget)", "en": "the budget (--budget)"},
    "field.limit": {"id": "batas jumlah orang (--limit)", "en": "the limit of people (--limit)"},
    "field.id": {"id": "id", "en": "the id"},
    "field.name": {"id": "nama", "en": "the name"},
    "field.title": {"id": "judul", "en": "the title"},
    "field.type": {"id": "jenis kegiatan", "en": "the activity type"},
    "field.mode": {"id": "moda (luring/daring/blended)", "en": "the mode (luring/daring/blended)"},
    "field.start": {"id": "tanggal mulai", "en": "the start date"},
    "field.end": {"id": "tanggal selesai", "en": "the end date"},
    "field.date": {"id": "tanggal", "en": "the date"},
    "field.on": {"id": "tanggal kejadian (--on)", "en": "the date of the event (--on)"},
    "field.started": {"id": "tanggal mulai bekerja", "en": "the date they started"},
    "field.library": {"id": "perpustakaan", "en": "the library"},
    "field.grade": {"id": "jenjang jabatan", "en": "the grade"},
    "field.employment": {"id": "status kepegawaian", "en": "the employment"},
    "field.nip": {"id": "NIP", "en": "the NIP"},
    "field.training": {"id": "kegiatan", "en": "the activity"},
    "field.librarian": {"id": "pustakawan", "en": "the librarian"},
    "field.provider": {"id": "penyelenggara", "en": "the provider"},
    "field.method": {"id": "metode", "en": "the method"},
    "field.assessor": {"id": "jenis penilai", "en": "the kind of assessor"},
    "field.develops": {"id": "kompetensi yang dikembangkan", "en": "the competencies it develops"},
    "field.prerequisites": {"id": "prasyarat level", "en": "the prerequisite levels"},
    "field.target": {"id": "target indikator", "en": "the indicator's target"},
    "field.level": {"id": "level", "en": "the level"},
    "field.result-word": {
        "id": "hasil (lulus/gagal/hadir)",
        "en": "the result (passed/failed/attended)",
    },
    "error.value-range": {
        "id": "{field}: {value} di luar batas {low}–{high}.",
        "en": "{field}: {value} is outside {low}–{high}.",
    },
    "error.value-id": {
        "id": "{field}: `{value}` bukan id (huruf, angka, -, _ dan .).",
        "en": "{field}: `{value}` is not an id (letters, digits, -, _ and .).",
    },
    "error.value-choice": {
        "id": "{field}: `{value}` tidak dikenal; pilih: {choices}.",
        "en": "{field}: `{value}` is not known; choose: {choices}.",
    },
    "error.value-missing": {
        "id": "{field} wajib diisi.",
        "en": "{field} is required.",
    },
    "error.value-nip": {
        "id": "NIP `{value}` hanya boleh berisi angka dan spasi.",
        "en": "the NIP `{value}` may hold only digits and spaces.",
    },
    "error.unknown-competency": {
        "id": "tidak ada kompetensi dengan id `{id}`.",
        "en": "there is no competency with the id `{id}`.",
    },
    "error.unknown-competency-suggest": {
        "id": "tidak ada kompetensi dengan id `{id}`; maksudnya `{suggestion}`?",
        "en": "there is no competency with the id `{id}`; did you mean `{suggestion}`?",
    },
    "error.unknown-library": {
        "id": "tidak ada perpustakaan dengan id `{id}` di pustaka.yaml.",
        "en": "there is no library with the id `{id}` in pustaka.yaml.",
    },
    "error.unknown-grade": {
        "id": "jenjang `{value}` tidak dikenal (lihat profiles.yaml).",
        "en": "unknown grade `{value}` (see profiles.yaml).",
    },
    "error.unknown-mentoring": {
        "id": "tidak ada mentoring dengan id `{id}`.",
        "en": "there is no mentoring with the id `{id}`.",
    },
    "error.unknown-mentoring-suggest": {
        "id": "tidak ada mentoring dengan id `{id}`; maksudnya `{suggestion}`?",
        "en": "there is no mentoring with the id `{id}`; did you mean `{suggestion}`?",
    },
    "error.duplicate-id": {
        "id": "id `{id}` sudah dipakai.",
        "en": "the id `{id}` is already used.",
    },
    "error.end-before-start": {
        "id": "tanggal selesai {end} sebelum tanggal mulai {start}.",
        "en": "the end {end} is before the start {start}.",
    },
    "error.before-start": {
        "id": "{date} sebelum {librarian} mulai bertugas ({started}).",
        "en": "{date} is before {librarian} started ({started}).",
    },
    "error.no-ratings": {
        "id": "sebutkan paling sedikit satu KOMPETENSI=TINGKAT.",
        "en": "give at least one COMPETENCY=LEVEL.",
    },
    "error.bad-rating": {
        "id": "`{value}` harus berbentuk KOMPETENSI=TINGKAT.",
        "en": "`{value}` must be COMPETENCY=LEVEL.",
    },
    "error.rated-twice": {
        "id": "{competency} dinilai dua kali.",
        "en": "{competency} is rated twice.",
    },
    "error.already-recorded": {
        "id": "penilaian {kind} untuk {librarian} tanggal {date} oleh penilai yang sama sudah ada.",
        "en": "a {kind} evaluation of {librarian} on {date} by the same assessor already exists.",
    },
    "error.self-mentoring": {
        "id": "{librarian} tidak dapat membimbing dirinya sendiri.",
        "en": "{librarian} cannot mentor themself.",
    },
    "error.mentoring-cycle": {
        "id": "{mentee} tidak dapat dibimbing {mentor}: {mentee} sudah membimbing {mentor} "
        "(langsung atau lewat orang lain), jadi bimbingan akan berputar. Tidak ada yang ditulis.",
        "en": "{mentor} cannot mentor {mentee}: {mentee} already mentors {mentor} (directly "
        "or through others), so the mentoring would go in a circle. Nothing was written.",
    },
    "error.mentor-not-expert": {
        "id": "{mentor} belum ahli dalam {competency} (level {level}; mentor perlu level "
        "{expert}, levels.expert_level di pustaka.yaml). Pilih mentor lain, atau catat dulu "
        "penilaian yang menunjukkan level itu.",
        "en": "{mentor} is not an expert in {competency} (level {level}; a mentor needs "
        "level {expert}, levels.expert_level in pustaka.yaml). Choose another mentor, or "
        "first record an assessment that shows that level.",
    },
    "error.mentor-full": {
        "id": "{mentor} sudah membimbing {count} orang ({mentees}); paling banyak {most} "
        "(mentoring.max_mentees di pustaka.yaml). Tidak ada yang ditulis.",
        "en": "{mentor} already mentors {count} people ({mentees}); at most {most} "
        "(mentoring.max_mentees in pustaka.yaml). Nothing was written.",
    },
    "error.mentoring-exists": {
        "id": "{mentor} sudah membimbing {mentee} ({id}).",
        "en": "{mentor} already mentors {mentee} ({id}).",
    },
    "error.session-outside": {
        "id": "{date} di luar masa mentoring {id} ({start} s.d. {end}).",
        "en": "{date} is outside the mentoring {id} ({start} to {end}).",
    },
    "error.mentor-usage": {
        "id": "pakai `pustaka mentor MENTOR MENTI [KOMPETENSI]...` atau "
        "`pustaka mentor --session ID`.",
        "en": "use `pustaka mentor MENTOR MENTEE [COMPETENCY]...` or "
        "`pustaka mentor --session ID`.",
    },
    "error.csv-columns": {
        "id": "{count} sel lebih banyak daripada kolom judul.",
        "en": "{count} more cells than the header has columns.",
    },
    "error.csv-no-ratings": {
        "id": "tidak ada kolom competency maupun kolom bernama id kompetensi.",
        "en": "no competency column and no column named after a competency id.",
    },
    "error.csv-repeated": {
        "id": "sama dengan baris {row}.",
        "en": "the same as row {row}.",
    },
    "error.csv-too-large": {
        "id": "{path} terlalu besar untuk diimpor.",
        "en": "{path} is too large to import.",
    },
    "error.csv-encoding": {
        "id": "{path} bukan UTF-8 (byte ke-{byte}); simpan sebagai CSV UTF-8.",
        "en": "{path} is not UTF-8 (byte {byte}); save it as CSV UTF-8.",
    },
    "error.csv-empty": {"id": "{path} kosong.", "en": "{path} is empty."},
    "error.csv-syntax": {
        "id": "{path}:{line}: CSV tidak terbaca ({reason}).",
        "en": "{path}:{line}: unreadable CSV ({reason}).",
    },
    "error.import-refused": {
        "id": "{path}: {count} baris salah (lihat di atas); tidak ada yang ditulis.",
        "en": "{path}: wrong rows: {count} (see above); nothing was written.",
    },
    "enroll.option.from-gaps": {
        "id": "Pilih sendiri pesertanya: yang kesenjangannya terbesar pada kompetensi yang "
        "dikembangkan kegiatan ini, sampai kuota penuh. Daftarnya ditampilkan dan ditanyakan "
        "dulu.",
        "en": "Choose the participants: those with the largest gaps in the competencies the "
        "activity develops, up to its capacity. The list is shown and confirmed first.",
    },
    "enroll.option.library": {
        "id": "Dengan --from-gaps: hanya pustakawan perpustakaan/unit ini.",
        "en": "With --from-gaps: only librarians of this library or unit.",
    },
    "enroll.option.grade": {
        "id": "Dengan --from-gaps: hanya pustakawan jenjang ini.",
        "en": "With --from-gaps: only librarians of this grade.",
    },
    "enroll.option.limit": {
        "id": "Dengan --from-gaps: paling banyak sekian orang.",
        "en": "With --from-gaps: at most this many people.",
    },
    "enroll.option.yes": {
        "id": "Jangan bertanya; daftarkan langsung (untuk skrip).",
        "en": "Do not ask; enrol at once (for scripts).",
    },
    "enroll.candidate": {
        "id": "  {who}: kesenjangan {gap} ({competencies})",
        "en": "  {who}: gap {gap} ({competencies})",
    },
    "enroll.unassessed": {
        "id": "belum dinilai, jadi tidak diusulkan menurut kesenjangan (nilai dulu; lihat "
        "pustaka explain): {who}",
        "en": "not yet assessed, so not proposed by gap (assess them first; see pustaka "
        "explain): {who}",
    },
    "enroll.candidate-unassessed": {
        "id": "; belum dinilai: {competencies}",
        "en": "; not yet assessed: {competencies}",
    },
    "enroll.nobody": {
        "id": "tidak ada pustakawan yang membutuhkan {training} dan dapat didaftarkan; tidak "
        "ada yang ditulis.",
        "en": "no librarian who needs {training} can be enrolled; nothing written.",
    },
    "enroll.confirm": {"id": "Daftarkan mereka?", "en": "Enrol them?"},
    "error.confirm-needed": {
        "id": "bukan di terminal: tambahkan --yes untuk mendaftarkan daftar di atas; tidak ada "
        "yang ditulis.",
        "en": "not in a terminal: add --yes to enrol the list above; nothing was written.",
    },
    "error.cancelled": {
        "id": "dibatalkan; tidak ada yang ditulis.",
        "en": "cancelled; nothing was written.",
    },
    "error.enroll-usage": {
        "id": "sebutkan pustakawan, atau pakai --from-gaps (tidak keduanya).",
        "en": "name the librarians, or use --from-gaps (not both).",
    },
    "metavar.kind": {"id": "JENIS", "en": "KIND"},
    "metavar.library": {"id": "PERPUSTAKAAN", "en": "LIBRARY"},
    "metavar.service": {"id": "LAYANAN", "en": "SERVICE"},
    "metavar.grade": {"id": "JENJANG", "en": "GRADE"},
    "metavar.id": {"id": "ID", "en": "ID"},
    "metavar.nip": {"id": "NIP", "en": "NIP"},
    "metavar.number": {"id": "ANGKA", "en": "NUMBER"},
    "metavar.text": {"id": "TEKS", "en": "TEXT"},
}
