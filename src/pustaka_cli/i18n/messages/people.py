"""Messages of attendance (sign-in lists, the completion rule), participants from outside
and the events the library organises for others (issue 19)."""

from __future__ import annotations

from pustaka_cli import vocab

MESSAGES: dict[str, dict[str, str]] = {
    # --- problems found by check ---
    "problem.day-outside-activity": {
        "id": "hari {date} di `days` berada di luar tanggal kegiatan ({start} s.d. {end})",
        "en": "the day {date} in `days` lies outside the activity's dates ({start} to {end})",
    },
    "problem.completed-below-attendance": {
        "id": "`{id}` selesai (completed) dengan kehadiran {share} hari, di bawah syarat "
        "kehadiran minimal {minimum}% kegiatan ini (completion.min_attendance)",
        "en": "`{id}` completed with attendance of {share} days, below this activity's "
        "minimum attendance of {minimum}% (completion.min_attendance)",
    },
    "problem.attended-not-a-day": {
        "id": "`{id}` tercatat hadir {date}, yang bukan salah satu hari kegiatan (`days`); "
        "hari itu tidak dihitung dalam kehadiran",
        "en": "`{id}` is recorded present on {date}, which is not one of the activity's "
        "days (`days`); it does not count towards attendance",
    },
    "error.attend-not-a-day": {
        "id": "`{training}` tidak bertemu pada {date}; hari-harinya: {days}.",
        "en": "`{training}` does not meet on {date}; its days: {days}.",
    },
    "problem.duplicate-organiser": {
        "id": "`{id}` tercatat dua kali sebagai penyelenggara acara ini",
        "en": "`{id}` is listed twice as an organiser of this event",
    },
    # --- refusals ---
    "error.attendance-below-minimum": {
        "id": "{path}:{line}:{col}: `{librarian}` hadir {present} dari {days} hari `{training}`, "
        "di bawah kehadiran minimal {minimum}% hari untuk selesai; tidak ada yang ditulis.",
        "en": "{path}:{line}:{col}: `{librarian}` attended {present} of {days} days of "
        "`{training}`, below the minimum attendance of {minimum}% of its days to complete; "
        "nothing was written.",
    },
    "error.attendance-not-recorded": {
        "id": "{path}:{line}:{col}: kehadiran `{librarian}` di `{training}` belum dicatat, "
        "padahal kegiatan ini mensyaratkan kehadiran minimal {minimum}% untuk selesai (catat "
        "dulu dengan `pustaka attend`); tidak ada yang ditulis.",
        "en": "{path}:{line}:{col}: no attendance of `{librarian}` is recorded for "
        "`{training}`, which asks for at least {minimum}% attendance to complete (record it "
        "first with `pustaka attend`); nothing was written.",
    },
    "error.attendance-no-days": {
        "id": "hari-hari kegiatan `{training}` ({start} s.d. {end}) tidak diketahui: lebih "
        "dari 14 hari tanpa `days` dan tanpa kehadiran tercatat; tulis `days: [...]` (hari "
        "pertemuannya) pada kegiatan itu.",
        "en": "the days of `{training}` ({start} to {end}) are not known: longer than 14 "
        "days, with no `days` and no attendance recorded; write `days: [...]` (the days it "
        "meets) on the activity.",
    },
    "error.guest-twice": {
        "id": "{name} ({institution}) sudah tercatat sebagai peserta luar `{training}`.",
        "en": "{name} ({institution}) is already an outside participant of `{training}`.",
    },
    "error.guest-full": {
        "id": "`{training}` sudah penuh ({capacity} kursi, termasuk peserta luar); peserta "
        "luar tidak masuk daftar tunggu: naikkan `capacity` bila ruangan cukup.",
        "en": "`{training}` is full ({capacity} seats, outside participants included); "
        "people from outside are not waitlisted: raise `capacity` if the room allows.",
    },
    "done.guest": {
        "id": "{name} ({institution}) dicatat sebagai peserta luar {training}",
        "en": "{name} ({institution}) recorded as an outside participant of {training}",
    },
    "guest.help": {
        "id": "Catat peserta dari luar staf (pustakawan sekolah, pengelola taman bacaan, "
        "mahasiswa) pada sebuah kegiatan: nama dan instansi, tanpa ID pustakawan. Ia masuk "
        "daftar hadir dan jangkauan kegiatan, tidak pernah dalam JP atau kesenjangan staf.\n\n"
        'Contoh: pustaka guest 2026-workshop-minat-baca "Siti Aminah" --institution '
        '"SD Negeri 3 Cilegon" --role "pustakawan sekolah"',
        "en": "Record a participant from outside the staff (a school librarian, a "
        "reading-corner keeper, a student) in an activity: a name and an institution, no "
        "librarian id. They are on its sign-in list and in its reach, never in staff JP or "
        'gaps.\n\nExample: pustaka guest 2026-workshop-minat-baca "Siti Aminah" '
        '--institution "SD Negeri 3 Cilegon" --role "school librarian"',
    },
    "guest.argument.name": {
        "id": "Nama peserta dari luar.",
        "en": "The outside participant's name.",
    },
    "guest.option.institution": {
        "id": "Instansinya (sekolah, taman bacaan, universitas...). Wajib.",
        "en": "Their institution (school, reading corner, university...). Required.",
    },
    "guest.option.role": {
        "id": "Perannya (pustakawan sekolah, mahasiswa PKL...).",
        "en": "Their role (school librarian, student on placement...).",
    },
    "guest.metavar.name": {"id": "NAMA", "en": "NAME"},
    # --- pustaka attendance ---
    "attendance.help": {
        "id": "Cetak daftar hadir sebuah kegiatan: satu baris per peserta per hari (staf "
        "yang terdaftar dan peserta dari luar), NIP disamarkan kecuali --show-nip, kolom tanda "
        "tangan, penyelenggara, tempat dan tanggal, serta tempat tanda tangan penyelenggara "
        "dan kepala perpustakaan. Dicetak (HTML): satu halaman per hari.\n\n"
        "Contoh: pustaka attendance 2026-bimtek-katalog-digital -o daftar-hadir.html",
        "en": "Print the sign-in list of an activity: one row per participant and day (staff "
        "with a seat and participants from outside), NIPs masked unless --show-nip, a column "
        "to sign, the organiser, place and dates, and room for the organiser's and the head "
        "of library's signatures. Printed (HTML): one page per day.\n\n"
        "Example: pustaka attendance 2026-bimtek-katalog-digital -o attendance.html",
    },
    "attendance.argument.training": {
        "id": "ID kegiatan (trainings).",
        "en": "The activity's id (trainings).",
    },
    "attendance.metavar.training": {"id": "KEGIATAN", "en": "TRAINING"},
    "attendance.title": {"id": "Daftar Hadir", "en": "Attendance list"},
    "attendance.field.activity": {"id": "Kegiatan", "en": "Activity"},
    "attendance.field.id": {"id": "Kode kegiatan", "en": "Activity id"},
    "attendance.field.organiser": {"id": "Penyelenggara", "en": "Organiser"},
    "attendance.field.place": {"id": "Tempat", "en": "Place"},
    "attendance.field.dates": {"id": "Tanggal", "en": "Dates"},
    "attendance.span": {"id": "{start} s.d. {end}", "en": "{start} to {end}"},
    "attendance.field.days": {"id": "Jumlah hari", "en": "Days"},
    "attendance.col.day": {"id": "Hari/tanggal", "en": "Day"},
    "attendance.col.number": {"id": "No.", "en": "No."},
    "attendance.col.name": {"id": "Nama", "en": "Name"},
    "attendance.col.nip": {"id": "NIP", "en": "NIP"},
    "attendance.col.institution": {"id": "Unit/instansi", "en": "Unit or institution"},
    "attendance.col.librarian": {"id": "ID pustakawan", "en": "Librarian ID"},
    "attendance.col.recorded": {"id": "Kehadiran tercatat", "en": "Attendance recorded"},
    "attendance.col.signature": {"id": "Tanda tangan", "en": "Signature"},
    "attendance.empty": {
        "id": "Belum ada peserta terdaftar.",
        "en": "Nobody has a seat yet.",
    },
    "attendance.sign.organiser": {"id": "Penyelenggara,", "en": "Organiser,"},
    "attendance.sign.head": {
        "id": "Mengetahui, Kepala Perpustakaan",
        "en": "Acknowledged, Head of Library",
    },
    "attendance.sign.place-date": {"id": "{place}, {date}", "en": "{place}, {date}"},
    "attendance.note": {
        "id": "Peserta dari luar staf (nama dan instansi) ikut menandatangani; mereka dihitung "
        "dalam jangkauan kegiatan, tidak dalam JP staf.",
        "en": "Participants from outside the staff (name and institution) sign too; they "
        "count in the activity's reach, never in staff JP.",
    },
    "attendance.note-minimum": {
        "id": "Syarat selesai: hadir sekurang-kurangnya {minimum}% hari kegiatan.",
        "en": "To complete: present on at least {minimum}% of the activity's days.",
    },
    # --- report trainings: attendance and reach ---
    "report.trainings.attendance": {
        "id": "Kehadiran per peserta",
        "en": "Attendance per participant",
    },
    "report.trainings.attendance-note": {
        "id": "Kehadiran = hari hadir tercatat dari hari kegiatan (`days`, atau setiap hari "
        "dari mulai s.d. selesai bila paling lama 14 hari, atau hari-hari pertemuan yang "
        "tercatat). Tanpa hari tercatat: tidak ada catatan kehadiran, bukan 0%.",
        "en": "Attendance = days recorded present of the activity's days (`days`, or every "
        "day from start to end when at most 14 days, or the meeting days recorded). No day "
        "recorded: no attendance recorded, not 0%.",
    },
    "report.attendance.none": {
        "id": "tidak ada catatan kehadiran",
        "en": "no attendance recorded",
    },
    "report.attendance.outside": {"id": "peserta luar", "en": "from outside"},
    "report.col.institution": {"id": "Instansi", "en": "Institution"},
    "report.col.state-code": {"id": "Kode status", "en": "State code"},
    "report.col.days-present": {"id": "Hari hadir", "en": "Days present"},
    "report.col.days": {"id": "Hari kegiatan", "en": "Days of the activity"},
    "report.col.attendance-share": {"id": "Kehadiran (%)", "en": "Attendance (%)"},
    "report.col.attendance": {"id": "Kehadiran", "en": "Attendance"},
    "report.col.attendance-minimum": {"id": "Minimal", "en": "Minimum"},
    "report.col.attendance-met": {"id": "Memenuhi?", "en": "Meets it?"},
    "report.col.outside": {"id": "Peserta luar", "en": "From outside"},
    "report.col.reach": {"id": "Jangkauan", "en": "Reach"},
    # --- report events ---
    "report.events.help": {
        "id": "Acara yang diselenggarakan perpustakaan untuk pihak lain (seminar umum, "
        "diskusi buku, pameran, PKL mahasiswa yang dibimbing): penyelenggara dari staf, "
        "jangkauan (pengunjung dan peserta luar), indikator. Tidak memberi JP kepada staf.",
        "en": "Events the library organises for others (public seminars, book discussions, "
        "exhibitions, hosted student placements): the staff who ran them, their reach "
        "(audience and outside participants), indicators. They earn staff no JP.",
    },
    "report.events.title": {
        "id": "Acara yang diselenggarakan untuk pihak lain",
        "en": "Events organised for others",
    },
    "report.events.events": {"id": "Per acara", "en": "Per event"},
    "report.events.note": {
        "id": "Jangkauan = pengunjung yang dihitung + peserta luar yang dicatat namanya; acara "
        "yang batal atau belum terlaksana tidak punya jangkauan. Menyelenggarakan acara bukan "
        "pengembangan kompetensi staf sendiri (Peraturan LAN 10/2018): tidak ada JP.",
        "en": "Reach = the counted audience + the outside participants named; a cancelled or "
        "not yet held event has no reach. Organising an event is not the staff's own "
        "competency development (Peraturan LAN 10/2018): no JP.",
    },
    "report.events.none": {
        "id": "Tidak ada acara untuk pihak lain dalam periode ini.",
        "en": "No events organised for others in this period.",
    },
    "report.events.organisers": {
        "id": "Penyelenggara dari staf (acara yang terlaksana)",
        "en": "Staff who organised them (events held)",
    },
    "report.events.organisers-note": {
        "id": "Dicatat sebagai penyelenggara, bukan peserta: tidak masuk laporan JP atau "
        "kesenjangan.",
        "en": "Credited as organisers, not participants: not in the JP or gap reports.",
    },
    "report.events.no-organisers": {
        "id": "Tidak ada penyelenggara tercatat.",
        "en": "No organisers recorded.",
    },
    "report.events.guests": {
        "id": "Peserta dari luar (nama dan instansi)",
        "en": "Participants from outside (name and institution)",
    },
    "report.events.no-guests": {
        "id": "Tidak ada peserta luar yang dicatat namanya.",
        "en": "No outside participants recorded by name.",
    },
    "report.events.status.held": {"id": "terlaksana", "en": "held"},
    "report.events.status.planned": {"id": "direncanakan", "en": "planned"},
    "report.events.status.cancelled": {"id": "batal", "en": "cancelled"},
    "report.error.unused.events-competency": {
        "id": "{report} tidak menerima {option}: acara untuk pihak lain tidak mengembangkan "
        "kompetensi staf.",
        "en": "{report} takes no {option}: events organised for others develop no staff "
        "competency.",
    },
    "report.col.event-id": {"id": "Acara", "en": "Event"},
    "report.col.organisers": {"id": "Penyelenggara", "en": "Organisers"},
    "report.col.organiser-ids": {"id": "ID penyelenggara", "en": "Organiser IDs"},
    "report.col.audience": {"id": "Pengunjung", "en": "Audience"},
    "report.col.events": {"id": "Acara", "en": "Events"},
    "report.col.event-ids": {"id": "ID acara", "en": "Event IDs"},
    "report.col.roles": {"id": "Peran", "en": "Roles"},
    "report.col.role": {"id": "Peran/keterangan", "en": "Role"},
    "report.col.cost-in": {"id": "Biaya ({currency})", "en": "Cost ({currency})"},
    "report.col.librarian": {"id": "ID pustakawan", "en": "Librarian ID"},
}

_EVENT_TYPES = {
    "seminar": ("Seminar", "Seminar"),
    "lokakarya": ("Lokakarya", "Workshop"),
    "pelatihan": ("Pelatihan untuk masyarakat", "Training for the public"),
    "diskusi-buku": ("Diskusi buku", "Book discussion"),
    "bedah-buku": ("Bedah buku", "Book review session"),
    "kelompok-baca": ("Kelompok baca", "Reading group"),
    "pameran": ("Pameran", "Exhibition"),
    "kelas-literasi": ("Kelas literasi", "Literacy class"),
    "praktik-kerja-lapangan": (
        "Praktik kerja lapangan (PKL) yang dibimbing",
        "Hosted field placement",
    ),
    "magang": ("Magang yang dibimbing", "Hosted internship"),
}
_ROLES = {
    "ketua": ("ketua", "lead"),
    "panitia": ("panitia", "committee"),
    "narasumber": ("narasumber", "speaker"),
    "moderator": ("moderator", "moderator"),
    "fasilitator": ("fasilitator", "facilitator"),
    "pembimbing": ("pembimbing", "supervisor"),
}
_STATES = {
    "enrolled": ("terdaftar", "enrolled"),
    "waitlisted": ("daftar tunggu", "waitlisted"),
    "withdrawn": ("mundur", "withdrawn"),
    "attended": ("hadir", "attended"),
    "completed": ("selesai", "completed"),
    "failed": ("tidak lulus", "failed"),
}
assert set(_EVENT_TYPES) == set(vocab.EVENT_TYPES)
assert set(_ROLES) == set(vocab.ORGANISER_ROLES)
assert set(_STATES) == set(vocab.PARTICIPANT_STATES)
for _field, _words in (("event", _EVENT_TYPES), ("role", _ROLES), ("state", _STATES)):
    for _word, (_id, _en) in _words.items():
        MESSAGES[f"report.value.{_field}.{_word}"] = {"id": _id, "en": _en}
