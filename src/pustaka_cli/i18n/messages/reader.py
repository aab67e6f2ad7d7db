"""Messages: reader (problems found while reading a YAML file, before its records).

Written for coordinators who edit the files by hand: what is wrong, in plain words, and in
the hint what to do about it. Placeholders match the problem's args (see store/yaml/).
"""

MESSAGES: dict[str, dict[str, str]] = {
    "problem.file-too-large": {
        "id": "Berkas ini terlalu besar ({size_mb} MB); batasnya {limit_mb} MB.",
        "en": "This file is too large ({size_mb} MB); the limit is {limit_mb} MB.",
    },
    "hint.file-too-large": {
        "id": "Pecah datanya menjadi beberapa berkas .yaml di dalam satu folder "
        "(misalnya librarians/pusat.yaml dan librarians/cabang.yaml).",
        "en": "Split the records into several .yaml files in one folder "
        "(for example librarians/pusat.yaml and librarians/cabang.yaml).",
    },
    "problem.yaml-encoding": {
        "id": "Berkas ini tidak disimpan sebagai teks UTF-8: byte {byte} di sini tidak dapat "
        "dibaca.",
        "en": "This file is not saved as UTF-8 text: the byte {byte} here cannot be read.",
    },
    "hint.yaml-encoding": {
        "id": "Simpan ulang berkas dengan pengodean UTF-8 (di Notepad: Simpan Sebagai, lalu "
        "pilih Pengodean UTF-8). Huruf seperti é sering menjadi penyebabnya.",
        "en": "Save the file again with the UTF-8 encoding (in Notepad: Save As, then choose "
        "Encoding UTF-8). Letters such as é are a common cause.",
    },
    "problem.yaml-control-char": {
        "id": "Ada karakter kendali tak terlihat ({char}) di sini; YAML tidak mengizinkannya.",
        "en": "There is an invisible control character ({char}) here; YAML does not allow it.",
    },
    "hint.yaml-control-char": {
        "id": "Hapus karakter itu. Biasanya karakter seperti ini ikut tersalin dari program "
        "lain (Word, Excel, PDF).",
        "en": "Delete that character. It usually comes along when text is copied from another "
        "program (Word, Excel, a PDF).",
    },
    "problem.yaml-conflict": {
        "id": "Penanda konflik git ({marker}): berkas ini masih memuat dua versi dari baris "
        "yang sama.",
        "en": "Git conflict marker ({marker}): the file still holds two versions of the same "
        "lines.",
    },
    "hint.yaml-conflict": {
        "id": "Selesaikan konflik penggabungan git lebih dulu: pilih baris yang benar, lalu "
        "hapus semua baris penanda (<<<<<<<, |||||||, =======, >>>>>>>).",
        "en": "Resolve the git merge conflict first: keep the right lines, then delete every "
        "marker line (<<<<<<<, |||||||, =======, >>>>>>>).",
    },
    "problem.yaml-tab": {
        "id": "Ada karakter tab di sini. YAML hanya menerima spasi untuk indentasi.",
        "en": "There is a tab character here. YAML accepts only spaces for indentation.",
    },
    "hint.yaml-tab": {
        "id": "Gunakan spasi, bukan tab, untuk indentasi. Atur editor agar tombol Tab "
        "menyisipkan spasi. Tab juga bisa tersembunyi di baris yang tampak kosong.",
        "en": "Use spaces, not tabs, for indentation. Set your editor to insert spaces when "
        "you press Tab. A tab can also hide on a line that looks empty.",
    },
    "problem.yaml-alias": {
        "id": "Anchor, alias, dan merge key YAML ({text}) tidak didukung oleh pustaka.",
        "en": "YAML anchors, aliases and merge keys ({text}) are not supported by pustaka.",
    },
    "hint.yaml-alias": {
        "id": "Tulis setiap nilai selengkapnya di tempatnya sendiri. Jika teksnya memang "
        "diawali & atau *, apit seluruh nilai dengan tanda kutip.",
        "en": "Write each value out in full where it belongs. If the text really starts with "
        "& or *, put the whole value in quotes.",
    },
    "problem.yaml-nesting": {
        "id": "Data di sini bersarang lebih dari {limit} tingkat; catatan pustaka tidak "
        "pernah sedalam itu.",
        "en": "The data is nested more than {limit} levels deep here; pustaka records never "
        "go that deep.",
    },
    "hint.yaml-nesting": {
        "id": "Periksa tanda kurung [ atau {{ yang tidak ditutup atau berlebih.",
        "en": "Look for [ or {{ brackets that are never closed or are one too many.",
    },
    "problem.yaml-documents": {
        "id": "Dokumen YAML kedua dimulai di sini (sesudah baris --- atau ...). Satu berkas "
        "pustaka hanya boleh berisi satu dokumen.",
        "en": "A second YAML document starts here (after a --- or ... line). A pustaka file "
        "holds one document only.",
    },
    "hint.yaml-documents": {
        "id": "Hapus baris --- atau ... yang memisahkan dokumen, atau pindahkan bagian "
        "sesudahnya ke berkas tersendiri.",
        "en": "Delete the --- or ... line that separates the documents, or move what follows "
        "into a file of its own.",
    },
    "problem.yaml-duplicate-key": {
        "id": "Kunci '{key}' muncul dua kali di blok yang sama (pertama kali di baris "
        "{first_line}); hanya yang pertama dipakai.",
        "en": "The key '{key}' appears twice in the same block (first on line {first_line}); "
        "only the first one is used.",
    },
    "hint.yaml-duplicate-key": {
        "id": "Hapus salah satunya, atau gabungkan isinya menjadi satu.",
        "en": "Delete one of them, or merge what they hold into one.",
    },
    "problem.yaml-tag": {
        "id": "Tag tipe YAML seperti {tag} tidak didukung: pustaka membaca setiap nilai "
        "sebagai teks dan memeriksanya sesuai kolomnya.",
        "en": "YAML type tags such as {tag} are not supported: pustaka reads every value as "
        "text and checks it by its field.",
    },
    "hint.yaml-tag": {
        "id": "Hapus {tag}. Jika teksnya memang diawali tanda seru, apit seluruh nilai dengan "
        "tanda kutip.",
        "en": "Remove {tag}. If the text really starts with an exclamation mark, put the "
        "whole value in quotes.",
    },
    "problem.yaml-key": {
        "id": "Kunci di sini berupa daftar atau pemetaan; kunci harus berupa teks biasa.",
        "en": "The key here is a list or a mapping; a key must be plain text.",
    },
    "hint.yaml-key": {
        "id": "Tulis kunci sebagai teks, seperti nama: nilai, tanpa ? atau tanda kurung di "
        "depannya.",
        "en": "Write the key as text, like name: value, without a ? or brackets before it.",
    },
    "problem.yaml-too-many": {
        "id": "Terlalu banyak masalah YAML di berkas ini; pemeriksaan berhenti setelah {limit} "
        "masalah.",
        "en": "Too many YAML problems in this file; checking stopped after {limit} of them.",
    },
    "problem.yaml-syntax": {
        "id": "Isi YAML di sini tidak dapat dibaca (keterangan teknis, dalam bahasa Inggris: "
        "{detail}).",
        "en": "The YAML here cannot be read ({detail}).",
    },
    "hint.yaml-syntax": {
        "id": "Bandingkan baris ini dengan contoh di dokumentasi; perhatikan indentasi, titik "
        "dua, dan tanda kutip.",
        "en": "Compare this line with the examples in the documentation; look at the "
        "indentation, the colons and the quotes.",
    },
    "problem.yaml-indent": {
        "id": "Indentasi baris ini tidak cocok dengan baris-baris di atasnya.",
        "en": "The indentation of this line does not match the lines above it.",
    },
    "hint.yaml-indent": {
        "id": "Kunci dalam satu blok harus mulai di kolom yang sama, dan isi sebuah kunci "
        "harus menjorok lebih dalam daripada kuncinya. Gunakan spasi.",
        "en": "Keys of one block must start in the same column, and what belongs under a key "
        "must be indented further than the key. Use spaces.",
    },
    "problem.yaml-colon": {
        "id": "Titik dua yang diikuti spasi (': ') tidak boleh muncul di sini.",
        "en": "A colon followed by a space (': ') is not allowed here.",
    },
    "hint.yaml-colon": {
        "id": "Jika titik dua itu bagian dari teks, apit seluruh nilai dengan tanda kutip, "
        'misalnya judul: "Catatan: penting". Jika bukan, periksa indentasinya, dan pastikan '
        "kunci di baris atasnya diikuti titik dua dan spasi (nama: Budi).",
        "en": "If the colon is part of the text, put the whole value in quotes, for example "
        'title: "Note: important". If not, check the indentation, and that the key on the '
        "line above is followed by a colon and a space (name: Budi).",
    },
    "problem.yaml-missing-colon": {
        "id": "Baris ini bukan pasangan kunci: nilai; kuncinya tidak diikuti titik dua dan spasi.",
        "en": "This line is not a key: value pair; the key is not followed by a colon and a space.",
    },
    "hint.yaml-missing-colon": {
        "id": "Tulis titik dua dan spasi sesudah kunci (nama: Budi). Jika baris ini lanjutan "
        "teks di atasnya, apit teks itu dengan tanda kutip.",
        "en": "Write a colon and a space after the key (name: Budi). If this line continues "
        "the text above it, put that text in quotes.",
    },
    "problem.yaml-list-item": {
        "id": "Butir daftar (tanda - di awal) tidak boleh dimulai di sini.",
        "en": "A list item (a leading -) cannot start here.",
    },
    "hint.yaml-list-item": {
        "id": "Tulis setiap butir daftar di barisnya sendiri, di bawah kuncinya dan menjorok "
        "ke dalam. Jika tanda - itu bagian dari teks, apit nilainya dengan tanda kutip.",
        "en": "Put each list item on a line of its own, under its key and indented. If the "
        "- is part of the text, put the value in quotes.",
    },
    "problem.yaml-quote": {
        "id": "Tanda kutip {quote} yang dibuka di sini tidak pernah ditutup.",
        "en": "The quote {quote} opened here is never closed.",
    },
    "hint.yaml-quote": {
        "id": "Tambahkan tanda kutip penutup {quote} di akhir teks. Di dalam kutip tunggal, "
        "tulis apostrof dua kali, misalnya 'Jum''at'.",
        "en": "Add the closing quote {quote} at the end of the text. Inside single quotes, "
        "write an apostrophe twice, for example 'Jum''at'.",
    },
    "problem.yaml-escape": {
        "id": "Di dalam tanda kutip ganda, garis miring terbalik memulai kode khusus, dan "
        "{escape} bukan kode yang sah.",
        "en": "Inside double quotes a backslash starts a special code, and {escape} is not a "
        "valid one.",
    },
    "hint.yaml-escape": {
        "id": "Gunakan tanda kutip tunggal ('C:\\Data'), atau tulis garis miring terbalik dua "
        'kali ("C:\\\\Data").',
        "en": "Use single quotes ('C:\\Data'), or write the backslash twice (\"C:\\\\Data\").",
    },
    "problem.yaml-bracket": {
        "id": "Daftar atau pemetaan yang dibuka di sini dengan {bracket} tidak ditutup dengan "
        "{closer} (diperiksa sampai baris {found_line}).",
        "en": "The list or mapping opened here with {bracket} is never closed with {closer} "
        "(checked up to line {found_line}).",
    },
    "hint.yaml-bracket": {
        "id": "Tambahkan {closer} penutup dan pisahkan butirnya dengan koma. Jika tanda kurung "
        "itu bagian dari teks, apit seluruh nilai dengan tanda kutip.",
        "en": "Add the closing {closer} and separate the items with commas. If the bracket is "
        "part of the text, put the whole value in quotes.",
    },
    "problem.yaml-bracket-extra": {
        "id": "Tanda kurung penutup {bracket} ini tidak punya pasangan pembuka.",
        "en": "This closing bracket {bracket} has no opening bracket.",
    },
    "hint.yaml-bracket-extra": {
        "id": "Hapus tanda kurung itu, atau jika itu bagian dari teks, apit seluruh nilai "
        "dengan tanda kutip.",
        "en": "Delete the bracket, or if it is part of the text, put the whole value in quotes.",
    },
    "problem.yaml-reserved": {
        "id": "Nilai tidak boleh diawali dengan {char} tanpa tanda kutip.",
        "en": "A value cannot start with {char} unless it is in quotes.",
    },
    "hint.yaml-reserved": {
        "id": 'Apit seluruh nilai dengan tanda kutip, misalnya "{char}teks".',
        "en": 'Put the whole value in quotes, for example "{char}text".',
    },
    "problem.yaml-trailing": {
        "id": "Ada teks tambahan sesudah nilai yang sudah lengkap di baris ini.",
        "en": "There is more text after a complete value on this line.",
    },
    "hint.yaml-trailing": {
        "id": "Jika teks itu bagian dari nilainya, apit seluruh nilai dengan tanda kutip. "
        "Apostrof di dalam kutip tunggal ditulis dua kali ('Jum''at'), atau gunakan kutip "
        'ganda ("Jum\'at").',
        "en": "If the text belongs to the value, put the whole value in quotes. Inside "
        "single quotes write an apostrophe twice ('Jum''at'), or use double quotes "
        '("Jum\'at").',
    },
    "problem.yaml-comment": {
        "id": "Tanda # di sini menempel pada teks sebelumnya; komentar YAML harus didahului spasi.",
        "en": "The # here is glued to what comes before it; a YAML comment needs a space "
        "before it.",
    },
    "hint.yaml-comment": {
        "id": "Sisipkan spasi sebelum #. Jika # itu bagian dari nilainya, apit seluruh nilai "
        'dengan tanda kutip, misalnya "C#".',
        "en": "Put a space before the #. If the # belongs to the value, put the whole value "
        'in quotes, for example "C#".',
    },
    "problem.yaml-continuation": {
        "id": "Baris ini melanjutkan teks berkutip atau [daftar]/{{pemetaan}} yang dimulai di "
        "baris {start_line}, jadi harus mulai di kolom {column} atau lebih ke kanan.",
        "en": "This line continues the quoted text or [list]/{{mapping}} begun on line "
        "{start_line}, so it must start at column {column} or further right.",
    },
    "hint.yaml-continuation": {
        "id": "Menjorokkan baris lanjutan dengan spasi (bukan tab) lebih dalam daripada "
        "kuncinya, atau tulis nilainya dalam satu baris.",
        "en": "Indent the continuing lines with spaces (not tabs) further than their key, or "
        "write the value on one line.",
    },
    "problem.yaml-block-indent": {
        "id": "Baris kosong di awal teks | atau > ini berisi lebih banyak spasi daripada "
        "baris teks pertamanya.",
        "en": "An empty line at the start of this | or > text holds more spaces than its "
        "first line of text.",
    },
    "hint.yaml-block-indent": {
        "id": "Hapus spasi di baris-baris kosong itu, atau tulis angka indentasi sesudah | "
        "atau > (misalnya |2).",
        "en": "Delete the spaces on those empty lines, or give the indentation as a number "
        "after | or > (for example |2).",
    },
}
