"""Messages: several data folders read together (a province and its cities)."""

MESSAGES: dict[str, dict[str, str]] = {
    "problem.namespace-clash": {
        "id": "folder ini memakai kode `{namespace}`, sama dengan `{first}`: id kedua folder "
        "akan bercampur",
        "en": "this folder has the code `{namespace}`, as `{first}` has: the ids of the two "
        "folders would mix",
    },
    "hint.namespace-clash": {
        "id": "beri salah satunya kode lain di pustaka.yaml, misalnya `code: kota-lain`",
        "en": "give one of them another code in its pustaka.yaml, as in `code: other-city`",
    },
    "hint.bad-ref": {
        "id": "ganti spasi dengan `-`; id folder lain ditulis `kode/id`, misalnya `cilegon/pusat`",
        "en": "replace spaces with `-`; another folder's id is written `code/id`, as in "
        "`cilegon/pusat`",
    },
    "report.col.city": {"id": "Kota", "en": "City"},
    "report.col.city-id": {"id": "Kode kota", "en": "City code"},
    "report.city-all": {"id": "{city}: semua perpustakaan", "en": "{city}: all libraries"},
    "report.province.cities": {
        "id": "Dibaca bersama {count} folder: {cities}; setiap id diawali kode kotanya.",
        "en": "{count} folders read together: {cities}; every id starts with its city's code.",
    },
    "report.province.shared": {
        "id": "Kerangka kompetensi kota-kota berbeda: hanya {count} kompetensi yang dimiliki "
        "semua kota dibandingkan; tidak dibandingkan: {left}.",
        "en": "The cities' competency frameworks differ: only the {count} competencies every "
        "city defines are compared; not compared: {left}.",
    },
}
