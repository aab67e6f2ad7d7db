"""Messages: odd files, outputs pustaka will not write, control characters and typed
values it will not change (the README's "What pustaka refuses")."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- -o FILE: only a regular file, never a record ---
    "error.output-is-folder": {
        "id": "{path} adalah folder; laporan hanya ditulis ke berkas biasa (baru atau yang sudah ada).",
        "en": "{path} is a folder; a report is written only to a regular file (new or existing).",
    },
    "error.output-is-fifo": {
        "id": "{path} adalah FIFO (pipa bernama); laporan hanya ditulis ke berkas biasa. "
        "Untuk mengirim ke program lain, jangan pakai -o dan salurkan keluarannya.",
        "en": "{path} is a FIFO (named pipe); a report is written only to a regular file. "
        "To feed another program, leave out -o and pipe the output.",
    },
    "error.output-is-device": {
        "id": "{path} adalah perangkat, bukan berkas; laporan hanya ditulis ke berkas biasa.",
        "en": "{path} is a device, not a file; a report is written only to a regular file.",
    },
    "error.output-is-socket": {
        "id": "{path} adalah soket, bukan berkas; laporan hanya ditulis ke berkas biasa.",
        "en": "{path} is a socket, not a file; a report is written only to a regular file.",
    },
    "error.output-is-not-file": {
        "id": "{path} bukan berkas biasa; laporan hanya ditulis ke berkas biasa.",
        "en": "{path} is not a regular file; a report is written only to a regular file.",
    },
    "error.output-record-file": {
        "id": "{path} adalah berkas catatan folder data {folder}; laporan tidak pernah "
        "menimpanya. Pilih nama berkas lain.",
        "en": "{path} is a record file of the data folder {folder}; a report never overwrites "
        "one. Choose another file name.",
    },
    # --- check: NIPs masked in messages as in reports ---
    "check.option.show-nip": {
        "id": "Tampilkan NIP lengkap dalam pesan (data pribadi, UU PDP; log CI menyimpannya).",
        "en": "Show full NIPs in messages (personal data, UU PDP; CI logs keep them).",
    },
    # --- a write on a folder with a file that cannot be read ---
    "error.write-file-unreadable": {
        "id": "{path} tidak dapat dibaca (lihat `pustaka check`); perbaiki dulu, tidak ada "
        "yang ditulis.",
        "en": "{path} cannot be read (see `pustaka check`); fix it first; nothing was written.",
    },
    # --- standard output ---
    "error.stdout-failed": {
        "id": "keluaran tidak dapat ditulis: {reason}; keluarannya tidak lengkap.",
        "en": "cannot write the output: {reason}; it is incomplete.",
    },
    # --- what a file in the data folder is, when it is no regular file ---
    "word.is-folder": {
        "id": "ini folder, bukan berkas (ganti namanya agar tidak berakhiran .yaml)",
        "en": "it is a folder, not a file (rename it so that it does not end in .yaml)",
    },
    "word.is-fifo": {
        "id": "ini FIFO (pipa bernama), bukan berkas; tidak dibaca",
        "en": "it is a FIFO (named pipe), not a file; it is not read",
    },
    "word.is-device": {"id": "ini perangkat, bukan berkas", "en": "it is a device, not a file"},
    "word.is-socket": {"id": "ini soket, bukan berkas", "en": "it is a socket, not a file"},
    "word.is-not-file": {"id": "ini bukan berkas biasa", "en": "it is not a regular file"},
    "word.symlink-loop": {
        "id": "tautan simbolik ini berputar (menunjuk ke dirinya sendiri lewat tautan lain)",
        "en": "this symbolic link loops (it leads back to itself through other links)",
    },
    "word.symlink-dangling": {
        "id": "tautan simbolik ini menunjuk ke berkas yang tidak ada",
        "en": "this symbolic link leads to a file that does not exist",
    },
    # --- control characters in records ---
    "problem.control-character": {
        "id": "`{field}` berisi karakter kendali tak terlihat ({char}) yang dapat dijalankan "
        "terminal alih-alih ditampilkan; laporan menampilkannya sebagai kode escape",
        "en": "`{field}` holds an invisible control character ({char}) that a terminal could "
        "act on instead of showing; reports show it as an escape",
    },
    "hint.control-character": {
        "id": "hapus karakter itu; biasanya ikut tersalin dari program lain, atau tertulis "
        "sebagai escape (\\e, \\x1b, \\u202e) di dalam tanda kutip ganda",
        "en": "remove it; it usually comes with text copied from another program, or is "
        "written as an escape (\\e, \\x1b, \\u202e) inside double quotes",
    },
    # --- values typed on the command line: kept exactly, or refused ---
    "error.value-blank": {
        "id": "{field} diberikan tetapi kosong; isi nilainya, atau hilangkan opsinya.",
        "en": "{field} is given but blank; give it a value, or leave the option out.",
    },
    "error.value-padded": {
        "id": "{field}: `{value}` diawali atau diakhiri spasi atau karakter tak terlihat "
        "({char}); pustaka tidak mengubah yang diketik. Tulis tanpa karakter itu.",
        "en": "{field}: `{value}` starts or ends with a space or an invisible character "
        "({char}); pustaka does not change what was typed. Write it without.",
    },
    "error.value-control": {
        "id": "{field}: `{value}` berisi karakter kendali ({char}); tidak ditulis.",
        "en": "{field}: `{value}` holds a control character ({char}); it is not written.",
    },
    "error.input-not-a-file": {
        "id": "{path} bukan berkas biasa (melainkan folder, FIFO atau perangkat); pustaka "
        "hanya mengimpor berkas CSV biasa.",
        "en": "{path} is not a regular file (but a folder, a FIFO or a device); pustaka "
        "imports only a regular CSV file.",
    },
}
