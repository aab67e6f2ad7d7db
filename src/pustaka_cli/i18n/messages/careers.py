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
}
