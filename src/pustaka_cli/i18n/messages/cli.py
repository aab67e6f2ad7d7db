"""Messages: the command line — help texts, options, refusals, confirmations."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- the application ---
    "app.help": {
        "id": "pustaka: pencatat kompetensi untuk program pembinaan pustakawan.\n\n"
        "Data program (pustakawan, kegiatan, penilaian, mentoring, umpan balik) disimpan "
        "sebagai berkas YAML dalam satu folder data yang memuat pustaka.yaml.",
        "en": "pustaka: a competency tracker for librarian development programmes.\n\n"
        "The programme's records (librarians, activities, evaluations, mentoring, feedback) "
        "are YAML files in one data folder that holds pustaka.yaml.",
    },
    "app.epilog": {
        "id": "Kode keluar: 0 berhasil; 1 ada masalah di data atau perintah ditolak; "
        "2 penggunaan perintah keliru.",
        "en": "Exit codes: 0 success; 1 problems in the data or a refused command; 2 wrong usage.",
    },
    "metavar.options": {"id": "[OPSI]", "en": "[OPTIONS]"},
    "metavar.command": {"id": "PERINTAH [ARG]...", "en": "COMMAND [ARGS]..."},
    "metavar.dir": {"id": "FOLDER", "en": "DIR"},
    "metavar.date": {"id": "TANGGAL", "en": "DATE"},
    "option.version": {"id": "Tampilkan versi lalu keluar.", "en": "Show the version and exit."},
    "option.lang": {
        "id": "Bahasa keluaran: id atau en (bawaan: language di pustaka.yaml, lalu locale).",
        "en": "Output language: id or en (default: language in pustaka.yaml, then the locale).",
    },
    "option.data": {
        "id": "Folder data (bawaan: PUSTAKA_DATA, lalu folder terdekat ke atas yang memuat "
        "pustaka.yaml).",
        "en": "The data folder (default: PUSTAKA_DATA, then the nearest folder upward that "
        "holds pustaka.yaml).",
    },
    "option.today": {
        "id": "Anggap hari ini tanggal ini (TTTT-BB-HH; juga PUSTAKA_TODAY), agar hasil dapat "
        "diulang.",
        "en": "Take this date as today (YYYY-MM-DD; also PUSTAKA_TODAY), for reproducible results.",
    },
    "option.no-cache": {
        "id": "Baca ulang setiap berkas; jangan pakai atau perbarui cache di .pustaka/cache/.",
        "en": "Read every file again; neither use nor update the cache in .pustaka/cache/.",
    },
    # --- check ---
    "check.help": {
        "id": "Periksa seluruh folder data dan tampilkan setiap masalah sebagai "
        "berkas:baris:kolom. Diam dan keluar 0 bila bersih; tidak pernah mengubah berkas.",
        "en": "Check the whole data folder and show every problem as path:line:col. "
        "Silent with exit 0 when clean; never changes a file.",
    },
    "check.epilog": {
        "id": "Kode keluar: 0 bersih (peringatan boleh); 1 ada kesalahan, atau peringatan "
        "dengan --strict; 2 penggunaan keliru.",
        "en": "Exit codes: 0 clean (warnings allowed); 1 errors, or warnings with --strict; "
        "2 wrong usage.",
    },
    "check.option.strict": {
        "id": "Peringatan juga membuat pemeriksaan gagal.",
        "en": "Fail on warnings too.",
    },
    "check.option.format": {
        "id": "Format keluaran: text, atau json untuk editor dan CI.",
        "en": "Output format: text, or json for editors and CI.",
    },
    "check.summary": {
        "id": "{errors} kesalahan, {warnings} peringatan.",
        "en": "{errors} error(s), {warnings} warning(s).",
    },
    # --- init ---
    "init.help": {
        "id": "Buat folder data baru: pengaturan, kerangka kompetensi dan profil jabatan "
        "bawaan, berkas catatan kosong berisi contoh, skema untuk editor, .gitignore dan "
        "konfigurasi pre-commit. Menolak folder yang sudah berisi catatan.",
        "en": "Create a new data folder: settings, the default competency framework and role "
        "profiles, empty record files with an example, schemas for editors, a .gitignore and "
        "a pre-commit configuration. Refuses a folder that already holds records.",
    },
    "init.argument.folder": {
        "id": "Folder yang dibuat (bawaan: folder ini).",
        "en": "The folder to create (default: this folder).",
    },
    "init.option.organisation": {
        "id": 'Nama instansi, misalnya "Dinas Perpustakaan Kota Bukittinggi".',
        "en": 'The organisation\'s name, such as "Dinas Perpustakaan Kota Bukittinggi".',
    },
    "init.default-organisation": {
        "id": "Dinas Perpustakaan Kota (ganti nama ini)",
        "en": "City Library Service (change this name)",
    },
    "init.done": {
        "id": "Folder data dibuat di {folder} ({count} berkas):",
        "en": "Created a data folder in {folder} ({count} files):",
    },
    "init.next": {
        "id": "Berikutnya: isi librarians.yaml, lalu jalankan `pustaka check --data {folder}`.",
        "en": "Next: fill in librarians.yaml, then run `pustaka check --data {folder}`.",
    },
    # --- schema ---
    "schema.help": {
        "id": "Tulis JSON Schema tiap jenis berkas catatan, agar editor YAML (mis. VS Code) "
        "dapat memeriksa dan melengkapi isian tanpa internet.",
        "en": "Write the JSON Schema of each kind of record file, so that a YAML editor "
        "(such as VS Code) validates and completes them offline.",
    },
    "schema.argument.kind": {
        "id": "Jenis berkas yang skemanya dicetak (settings, framework, profiles, librarians, "
        "trainings, evaluations, feedback, mentoring).",
        "en": "The kind of file whose schema to print (settings, framework, profiles, "
        "librarians, trainings, evaluations, feedback, mentoring).",
    },
    "schema.option.out": {
        "id": "Tulis semua skema ke folder ini (satu berkas .json per jenis).",
        "en": "Write every schema into this folder (one .json file per kind).",
    },
    "schema.done": {
        "id": "{count} skema ditulis ke {folder}.",
        "en": "Wrote {count} schemas to {folder}.",
    },
    "schema.kinds": {
        "id": "Sebutkan jenis berkas ({kinds}) atau pakai --out FOLDER.",
        "en": "Name a kind ({kinds}) or use --out DIR.",
    },
    # --- refusals and broken environments ---
    "error.no-data-folder": {
        "id": "tidak ada folder data (pustaka.yaml) di {start} maupun di atasnya. Buat dengan "
        "`pustaka init`, atau tunjuk dengan --data FOLDER atau PUSTAKA_DATA.",
        "en": "no data folder (pustaka.yaml) in {start} or above it. Create one with "
        "`pustaka init`, or point to one with --data DIR or PUSTAKA_DATA.",
    },
    "error.data-too-large": {
        "id": "berkas YAML data ini berjumlah {size_mb} MB; pustaka membaca paling banyak "
        "{limit_mb} MB dalam satu perintah (memuatnya butuh memori sekitar sepuluh kali "
        "ukurannya). Pecah data menjadi beberapa folder data, misalnya per perpustakaan atau "
        "per tahun, atau pindahkan tahun-tahun lama ke arsip.",
        "en": "the YAML files of this data come to {size_mb} MB; pustaka reads at most "
        "{limit_mb} MB in one command (loading takes about ten times their size in memory). "
        "Split the data into several data folders, for example by library or by year, or "
        "move old years to an archive.",
    },
    "error.data-not-found": {
        "id": "folder data {path} tidak ada.",
        "en": "the data folder {path} does not exist.",
    },
    "error.not-a-data-folder": {
        "id": "{path} bukan folder data: tidak ada pustaka.yaml di dalamnya. Buat dengan "
        "`pustaka init {path}`.",
        "en": "{path} is not a data folder: it has no pustaka.yaml. Create one with "
        "`pustaka init {path}`.",
    },
    "error.unreadable": {
        "id": "berkas {path} tidak dapat dibaca: {reason}",
        "en": "cannot read {path}: {reason}",
    },
    "error.bad-date-option": {
        "id": "{option} harus tanggal TTTT-BB-HH, bukan `{value}`.",
        "en": "{option} must be a date YYYY-MM-DD, not `{value}`.",
    },
    "error.bad-format": {
        "id": "format `{value}` tidak dikenal; pilih: {choices}.",
        "en": "unknown format `{value}`; choose: {choices}.",
    },
    "error.bad-kind": {
        "id": "jenis berkas `{value}` tidak dikenal; pilih: {choices}.",
        "en": "unknown kind of file `{value}`; choose: {choices}.",
    },
    "error.init-exists": {
        "id": "{path} sudah berisi catatan ({files}); pustaka init tidak mengubahnya.",
        "en": "{path} already holds records ({files}); pustaka init leaves it alone.",
    },
    "error.init-not-folder": {
        "id": "{path} sudah ada dan bukan folder.",
        "en": "{path} exists and is not a folder.",
    },
    "completion.help": {
        "id": "Cetak skrip pelengkap (tab completion) untuk bash, zsh atau fish: nama perintah "
        "dan id pustakawan, kegiatan dan kompetensi dari folder data.",
        "en": "Print the completion script for bash, zsh or fish: command names, and the ids "
        "of librarians, activities and competencies from the data folder.",
    },
    "completion.epilog": {
        "id": "Pasang: bash: `pustaka completion bash > ~/.local/share/bash-completion/"
        "completions/pustaka`; zsh: `pustaka completion zsh > ~/.zfunc/_pustaka`; fish: "
        "`pustaka completion fish > ~/.config/fish/completions/pustaka.fish`.",
        "en": "Install: bash: `pustaka completion bash > ~/.local/share/bash-completion/"
        "completions/pustaka`; zsh: `pustaka completion zsh > ~/.zfunc/_pustaka`; fish: "
        "`pustaka completion fish > ~/.config/fish/completions/pustaka.fish`.",
    },
    "completion.argument.shell": {"id": "bash, zsh atau fish.", "en": "bash, zsh or fish."},
    "error.bad-shell": {
        "id": "shell `{value}` tidak didukung; pilih: {choices}.",
        "en": "the shell `{value}` is not supported; choose: {choices}.",
    },
    "error.bad-lang": {
        "id": "bahasa `{value}` tidak dikenal; pilih: {choices}.",
        "en": "the language `{value}` is not known; choose: {choices}.",
    },
    "progress.files": {"id": "berkas, {size}", "en": "files, {size}"},
}
