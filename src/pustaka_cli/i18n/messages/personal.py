"""Messages: personal data (UU PDP 27/2022) — ``pustaka export --pseudonymise`` and
``pustaka erase``."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- export ---
    "export.help": {
        "id": "Tulis salinan folder data tanpa data pribadi, untuk provinsi atau peneliti: "
        "nama dan id pustakawan diganti nama samaran yang tetap (sama di setiap ekspor), NIP, "
        "e-mail, nomor sertifikat, catatan bebas dan semua komentar dihapus; jabatan, "
        "perpustakaan, tanggal, level, nilai dan JP tetap, sehingga setiap laporan atas "
        "salinan memberi angka yang sama. Kunci nama samaran dibuat sekali di "
        ".pustaka/pseudonym.key (tidak pernah di-commit; jangan dibagikan). Ditolak bila "
        "tujuan sudah ada dan tidak kosong, atau folder punya galat: tidak ada yang ditulis.",
        "en": "Write a copy of the data folder without personal data, for a province or a "
        "researcher: librarians' names and ids become stable pseudonyms (the same in every "
        "export), NIPs, e-mails, certificate numbers, free-text notes and every comment are "
        "removed; grades, libraries, dates, levels, scores and JP stay, so every report on "
        "the copy gives the same numbers. The pseudonym key is made once in "
        ".pustaka/pseudonym.key (never committed; do not share it). Refused when the target "
        "exists and is not empty, or the folder has errors: nothing is written.",
    },
    "export.option.pseudonymise": {
        "id": "Samarkan data pribadi (wajib: pustaka hanya mengekspor salinan tersamar).",
        "en": "Pseudonymise personal data (required: pustaka exports only pseudonymised copies).",
    },
    "export.option.output": {
        "id": "Folder baru (atau kosong) untuk salinan; berkas baru untuk --format json.",
        "en": "A new (or empty) folder for the copy; a new file for --format json.",
    },
    "export.option.format": {
        "id": "yaml: folder data yang dapat diperiksa dan dilaporkan pustaka (bawaan); json: "
        "satu berkas dataset.",
        "en": "yaml: a data folder pustaka can check and report on (default); json: one "
        "dataset file.",
    },
    "export.done": {
        "id": "Salinan tersamar ditulis ke {path}: {files} berkas, {people} pustakawan dengan "
        "nama samaran.",
        "en": "Pseudonymised copy written to {path}: {files} file(s), {people} librarian(s) "
        "under pseudonyms.",
    },
    "export.key-made": {
        "id": "Kunci nama samaran dibuat: {key} (di luar git). Simpan bersama folder ini dan "
        "jangan dibagikan: dengan kunci yang sama, ekspor berikutnya memberi nama samaran yang "
        "sama; siapa pun yang memegangnya dapat mencocokkan nama samaran dengan id.",
        "en": "Pseudonym key made: {key} (outside git). Keep it with this folder and do not "
        "share it: with the same key, later exports give the same pseudonyms; whoever holds it "
        "can match pseudonyms to ids.",
    },
    "error.export-needs-pseudonymise": {
        "id": "pustaka hanya mengekspor salinan tersamar: tambahkan --pseudonymise.",
        "en": "pustaka exports only pseudonymised copies: add --pseudonymise.",
    },
    "error.export-format": {
        "id": "format ekspor `{value}` tidak dikenal; pilih salah satu: {choices}.",
        "en": "unknown export format `{value}`; choose one of: {choices}.",
    },
    "error.export-not-empty": {
        "id": "{path} sudah ada dan tidak kosong; salinan hanya ditulis ke folder baru atau "
        "kosong. Tidak ada yang ditulis.",
        "en": "{path} exists and is not empty; a copy is written only to a new or empty "
        "folder. Nothing was written.",
    },
    "error.export-exists": {
        "id": "{path} sudah ada; dataset hanya ditulis ke berkas baru. Tidak ada yang ditulis.",
        "en": "{path} exists; a dataset is written only to a new file. Nothing was written.",
    },
    "error.export-inside": {
        "id": "{path} berada di dalam folder data; salinan tersamar ditulis di luarnya (agar "
        "tidak terbaca sebagai catatan atau ikut di-commit). Tidak ada yang ditulis.",
        "en": "{path} is inside the data folder; a pseudonymised copy is written outside it "
        "(so that it is neither read as records nor committed). Nothing was written.",
    },
    "error.export-broken": {
        "id": "folder {folder} punya {count} galat (di atas); salinan folder yang rusak tidak "
        "memberi angka yang layak dibagikan. Perbaiki dulu (lihat `pustaka check`); tidak ada "
        "yang ditulis.",
        "en": "the folder {folder} has {count} error(s) (above); a copy of a broken folder "
        "gives no numbers worth sharing. Fix them first (see `pustaka check`); nothing was "
        "written.",
    },
    "error.export-unchecked": {
        "id": "salinan tersamar akan punya {count} galat (di atas) yang tidak ada di folder "
        "asli; ini kekeliruan pustaka, mohon dilaporkan. Tidak ada yang ditulis.",
        "en": "the pseudonymised copy would have {count} error(s) (above) the folder does not "
        "have; this is a bug in pustaka, please report it. Nothing was written.",
    },
    "error.export-unverified": {
        "id": "salinan tersamar tidak terbaca kembali sama persis; ini kekeliruan pustaka, "
        "mohon dilaporkan. Tidak ada yang ditulis.",
        "en": "the pseudonymised copy did not read back exactly; this is a bug in pustaka, "
        "please report it. Nothing was written.",
    },
    "error.pseudonym-key-bad": {
        "id": "{path} bukan kunci nama samaran yang sah (64 digit heksadesimal). Pulihkan dari "
        "cadangan; kunci baru memberi nama samaran lain dari ekspor sebelumnya.",
        "en": "{path} is not a valid pseudonym key (64 hex digits). Restore it from a backup; "
        "a new key gives other pseudonyms than earlier exports.",
    },
    "error.pseudonym-collision": {
        "id": "dua pustakawan mendapat nama samaran yang sama (peluangnya sangat kecil); tidak "
        "ada yang ditulis. Coba lagi, atau laporkan.",
        "en": "two librarians got the same pseudonym (a very small chance); nothing was "
        "written. Try again, or report it.",
    },
    # --- erase ---
    "erase.help": {
        "id": "Hapus data pribadi seorang pustakawan dari setiap berkas (hak subjek data, UU "
        "PDP 27/2022 pasal 8): nama dan id menjadi nama samaran acak di mana pun dirujuk, NIP, "
        "e-mail, nomor sertifikat dan catatan tentang dirinya dihapus, namanya di teks dan "
        "komentar lain diganti, komentar di atas catatannya dihapus. Jabatan, tanggal, level "
        "dan JP tetap, sehingga semua total tidak berubah. Cache .pustaka/ dikosongkan. "
        "Riwayat git masih menyimpan data lama: pustaka menunjukkan cara menulis ulangnya, "
        "atau melakukannya dengan --rewrite-history.",
        "en": "Remove a librarian's personal data from every file (a data subject's right, "
        "UU PDP 27/2022 art. 8): name and id become a random pseudonym wherever referred to, "
        "NIP, e-mail, certificate numbers and the notes about them are removed, their name in "
        "other text and comments is replaced, the comments above their record are removed. "
        "Grades, dates, levels and JP stay, so every total is unchanged. The .pustaka/ caches "
        "are cleared. Git history still holds the old data: pustaka shows how to rewrite it, "
        "or does it with --rewrite-history.",
    },
    "erase.option.rewrite-history": {
        "id": "Commit penghapusan lalu tulis ulang seluruh riwayat git tanpa orang ini (perlu "
        "git-filter-repo; semua salinan repositori harus di-clone ulang).",
        "en": "Commit the erasure, then rewrite all of git history without this person "
        "(needs git-filter-repo; every clone of the repository must be cloned again).",
    },
    "erase.option.yes": {
        "id": "Jangan bertanya (untuk skrip).",
        "en": "Do not ask (for scripts).",
    },
    "erase.shown": {
        "id": "Akan dihapus: {id} ({name}). Namanya, id-nya, NIP, e-mail dan catatan tentang "
        "dirinya tidak dapat dikembalikan dari folder ini; di semua berkas ia menjadi {alias}.",
        "en": "To be erased: {id} ({name}). Their name, id, NIP, e-mail and the notes about "
        "them cannot be brought back from this folder; in every file they become {alias}.",
    },
    "erase.confirm": {"id": "Hapus data pribadinya?", "en": "Erase their personal data?"},
    "error.erase-confirm-needed": {
        "id": "bukan di terminal: tambahkan --yes untuk menghapus; tidak ada yang ditulis.",
        "en": "not in a terminal: add --yes to erase; nothing was written.",
    },
    "done.erased": {
        "id": "data pribadi seorang pustakawan dihapus; kini {alias}",
        "en": "a librarian's personal data erased; now {alias}",
    },
    "erase.cache-cleared": {
        "id": "Cache .pustaka/cache/ dikosongkan (menyimpan NIP dan nama).",
        "en": "The .pustaka/cache/ caches were cleared (they hold NIPs and names).",
    },
    "erase.history": {
        "id": "Riwayat git masih menyimpan data lama orang ini. Untuk menulis ulang riwayat "
        "(setiap id commit berubah; push dengan --force dan minta setiap pemegang salinan "
        "meng-clone ulang), commit dulu perubahan ini, pasang git-filter-repo, lalu jalankan:",
        "en": "Git history still holds this person's old data. To rewrite history (every "
        "commit id changes; push with --force and ask everyone with a clone to clone again), "
        "commit this change first, install git-filter-repo, then run:",
    },
    "erase.history-after": {
        "id": "Atau ulangi dengan `pustaka erase ... --rewrite-history` lain kali.",
        "en": "Or use `pustaka erase ... --rewrite-history` next time.",
    },
    "erase.rewritten": {
        "id": "Riwayat git ditulis ulang tanpa orang ini (git-filter-repo). Push dengan "
        "--force ke setiap remote (filter-repo melepas `origin`) dan minta setiap pemegang "
        "salinan meng-clone ulang.",
        "en": "Git history rewritten without this person (git-filter-repo). Push with --force "
        "to every remote (filter-repo removes `origin`) and ask everyone with a clone to clone "
        "again.",
    },
    "error.filter-repo-missing": {
        "id": "--rewrite-history memerlukan {tool}, yang tidak terpasang (mis. `pip install "
        "git-filter-repo` atau `apt install git-filter-repo`); tidak ada yang ditulis.",
        "en": "--rewrite-history needs {tool}, which is not installed (e.g. `pip install "
        "git-filter-repo` or `apt install git-filter-repo`); nothing was written.",
    },
    "error.rewrite-dirty": {
        "id": "repositori folder {folder} punya perubahan yang belum di-commit; menulis ulang "
        "riwayat akan menghapusnya. Commit atau simpan dulu (git stash); tidak ada yang ditulis.",
        "en": "the repository of {folder} has changes not committed; rewriting history would "
        "lose them. Commit or stash them first; nothing was written.",
    },
    "error.cache-not-cleared": {
        "id": "cache {path} tidak dapat dihapus ({reason}); hapus folder itu sendiri: ia masih "
        "menyimpan data orang yang dihapus.",
        "en": "the cache {path} could not be removed ({reason}); remove that folder yourself: "
        "it still holds the erased person's data.",
    },
}
