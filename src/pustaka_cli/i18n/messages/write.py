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
    "metavar.librarian": {"id": "PUSTAKAWAN", "en": "LIBRARIAN"},
    "metavar.score": {"id": "NILAI", "en": "SCORE"},
    "write.option.dry-run": {
        "id": "Tampilkan perubahan sebagai diff tanpa menulis apa pun.",
        "en": "Show the change as a diff and write nothing.",
    },
    "write.option.commit": {
        "id": "Buat commit git untuk berkas yang diubah (hanya berkas itu).",
        "en": "Make a git commit of the changed file (that file only).",
    },
    "enroll.option.allow-clash": {
        "id": "Tetap daftarkan walau jadwalnya bentrok dengan kegiatan lain orang itu.",
        "en": "Enrol even when the dates clash with another of the librarian's activities.",
    },
    "attend.option.date": {
        "id": "Hari kehadiran (TTTT-BB-HH; bawaan: hari ini).",
        "en": "The day attended (YYYY-MM-DD; default: today).",
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
        "id": "{what} ({path}). Saran pesan commit: \"{message}\"",
        "en": "{what} ({path}). Suggested commit message: \"{message}\"",
    },
    "write.committed": {
        "id": "{what} ({path}). Di-commit: \"{message}\"",
        "en": "{what} ({path}). Committed: \"{message}\"",
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
        "id": "{who} naik dari daftar tunggu dan terdaftar",
        "en": "{who} moves up from the waitlist and is enrolled",
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
        "id": "perintah yang menulis butuh tepat satu folder data, bukan {count}; pakai satu "
        "--data.",
        "en": "a command that writes needs exactly one data folder, not {count}; give one "
        "--data.",
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
    "error.write-file-problems": {
        "id": "{path} bermasalah di baris {line} (lihat `pustaka check`); perbaiki dulu, "
        "tidak ada yang ditulis.",
        "en": "{path} has a problem at line {line} (see `pustaka check`); fix it first; "
        "nothing was written.",
    },
    "error.write-unverified": {
        "id": "pustaka tidak dapat mengubah {path} dengan aman ({reason}); tidak ada yang "
        "ditulis.",
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
}
