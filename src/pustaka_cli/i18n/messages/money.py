"""Messages: budgets (report budget, plan --budget remaining), the training-needs
analysis (report needs) and the BKPSDM listing of report hours."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- budget -----------------------------------------------------------------------
    "report.budget.help": {
        "id": "Anggaran program satu tahun per sumber (APBD/DPA, APBN/DAK, CSR, mitra): pagu, "
        "terikat (kegiatan yang direncanakan), realisasi (kegiatan yang sudah terlaksana: "
        "actual_cost, atau cost bila realisasi belum dicatat) dan sisa; kegiatan batal "
        "beserta alasannya; kegiatan yang biayanya belum dicatat.",
        "en": "The programme's budget for one year per source (APBD/DPA, APBN/DAK, CSR, "
        "partner): allocated, committed (planned activities), spent (held activities: "
        "actual_cost, or cost when no actual cost is recorded) and remaining; cancelled "
        "activities with their reason; activities whose cost is not recorded.",
    },
    "report.budget.title": {"id": "Anggaran program {year}", "en": "Programme budget {year}"},
    "report.budget.sources": {
        "id": "Per sumber anggaran ({currency})",
        "en": "Per source of funds ({currency})",
    },
    "report.budget.total": {"id": "Jumlah", "en": "Total"},
    "report.budget.no-source": {
        "id": "Sumber belum dicatat",
        "en": "Source not recorded",
    },
    "report.budget.not-allocated": {
        "id": "pagu belum dicatat",
        "en": "no budget recorded",
    },
    "report.budget.over": {"id": "melebihi pagu", "en": "over budget"},
    "report.budget.note": {
        "id": "Sisa = pagu - terikat - realisasi. Pagu yang belum dicatat di budgets.yaml "
        "ditampilkan '-' dan sisanya tidak dihitung (bukan 0). Kegiatan tanpa budget_source "
        "masuk baris 'sumber belum dicatat': dihitung dalam jumlah, tidak dalam sisa sumber mana "
        "pun.",
        "en": "Remaining = allocated - committed - spent. An allocation not recorded in "
        "budgets.yaml shows '-' and its remainder is not worked out (it is not 0). Activities "
        "without budget_source are in the row 'source not recorded': counted in the total, in "
        "no source's remainder.",
    },
    "report.budget.rules": {
        "id": "Tahun anggaran: kegiatan masuk tahun tanggal mulainya. Realisasi: kegiatan yang "
        "terlaksana (tidak batal, hari terakhirnya pada atau sebelum tanggal laporan, bukan "
        "status: planned) dengan actual_cost, atau cost bila realisasinya belum dicatat (kolom "
        "'dasar'). Terikat: kegiatan lain tahun itu yang tidak batal, dengan cost-nya. Kegiatan "
        "batal tidak dihitung, kecuali actual_cost mencatat yang tetap dibayar. Kegiatan tanpa "
        "biaya dicatat sebagai 'biaya belum dicatat', tidak pernah dihitung 0.",
        "en": "Budget year: an activity belongs to the year of its start. Spent: held "
        "activities (not cancelled, their last day on or before the as-of date, not status: "
        "planned) at their actual_cost, or their cost when no actual cost is recorded (the "
        "'basis' column). Committed: the year's other activities that are not cancelled, at "
        "their cost. A cancelled activity counts nothing unless actual_cost records what was "
        "paid anyway. An activity without a cost is listed as 'cost not recorded', never "
        "counted as 0.",
    },
    "report.budget.empty": {
        "id": "Tidak ada pagu maupun kegiatan pada tahun ini.",
        "en": "No budget and no activity in this year.",
    },
    "report.budget.activities": {
        "id": "Kegiatan tahun ini ({currency})",
        "en": "This year's activities ({currency})",
    },
    "report.budget.no-activities": {
        "id": "Tidak ada kegiatan pada tahun ini.",
        "en": "No activity in this year.",
    },
    "report.budget.state.held": {"id": "terlaksana", "en": "held"},
    "report.budget.state.committed": {"id": "direncanakan", "en": "planned"},
    "report.budget.state.cancelled": {"id": "batal", "en": "cancelled"},
    "report.budget.basis.actual": {"id": "realisasi (actual_cost)", "en": "actual (actual_cost)"},
    "report.budget.basis.cost": {"id": "biaya rencana (cost)", "en": "planned cost (cost)"},
    "report.budget.basis.nothing": {"id": "tidak dihitung", "en": "not counted"},
    "report.budget.basis.unpriced": {
        "id": "biaya belum dicatat",
        "en": "cost not recorded",
    },
    "report.budget.cancelled": {
        "id": "Kegiatan batal dan alasannya",
        "en": "Cancelled activities and why",
    },
    "report.budget.none-cancelled": {
        "id": "Tidak ada kegiatan batal.",
        "en": "No activity was cancelled.",
    },
    "report.budget.unpriced": {
        "id": "Biaya belum dicatat",
        "en": "Cost not recorded",
    },
    "report.budget.unpriced-note": {
        "id": "Kegiatan ini tidak dihitung dalam terikat maupun realisasi: tulis cost (atau "
        "actual_cost bila sudah terlaksana) di letak yang disebut.",
        "en": "These activities are counted neither as committed nor as spent: write their "
        "cost (or actual_cost once held) where shown.",
    },
    "report.budget.none-unpriced": {
        "id": "Semua kegiatan tahun ini mencatat biayanya.",
        "en": "Every activity of the year records its cost.",
    },
    "report.error.unused.budget-whole": {
        "id": "`{report}` tidak memakai {option}: pagu dicatat untuk seluruh program, tidak per "
        "perpustakaan, jenjang, kompetensi atau orang.",
        "en": "`{report}` does not use {option}: a budget is recorded for the whole programme, "
        "not per library, grade, competency or person.",
    },
    "report.value.budget_source.apbd": {"id": "APBD (DPA)", "en": "APBD (DPA)"},
    "report.value.budget_source.apbn": {"id": "APBN (mis. DAK)", "en": "APBN (e.g. DAK)"},
    "report.value.budget_source.csr": {"id": "CSR", "en": "CSR"},
    "report.value.budget_source.mitra": {"id": "Mitra", "en": "Partner"},
    "report.value.budget_source.lainnya": {"id": "Lainnya", "en": "Other"},
    "report.value.category.klasikal": {"id": "Klasikal", "en": "Klasikal (classroom)"},
    "report.value.category.nonklasikal": {
        "id": "Nonklasikal",
        "en": "Nonklasikal (non-classroom)",
    },
    "report.col.source-code": {"id": "Kode sumber", "en": "Source code"},
    "report.col.budget-source": {"id": "Sumber anggaran", "en": "Source of funds"},
    "report.col.budget-reference": {"id": "Dokumen anggaran", "en": "Budget document"},
    "report.col.allocated": {"id": "Pagu", "en": "Allocated"},
    "report.col.committed": {"id": "Terikat", "en": "Committed"},
    "report.col.spent": {"id": "Realisasi", "en": "Spent"},
    "report.col.remaining": {"id": "Sisa", "en": "Remaining"},
    "report.col.unpriced": {"id": "Biaya belum dicatat", "en": "Cost not recorded"},
    "report.col.note": {"id": "Catatan", "en": "Note"},
    "report.col.budget-state": {"id": "Keadaan", "en": "State"},
    "report.col.actual-cost": {"id": "Realisasi dicatat", "en": "Actual cost"},
    "report.col.counted": {"id": "Dihitung", "en": "Counted"},
    "report.col.basis-code": {"id": "Kode dasar", "en": "Basis code"},
    "report.col.amount-basis": {"id": "Dasar", "en": "Basis"},
    "report.col.paid-anyway": {"id": "Tetap dibayar", "en": "Paid anyway"},
    "plan.remaining-over": {
        "id": "Pagu sudah terlampaui: rencana tidak menjalankan kegiatan berbiaya.",
        "en": "The budget is already exceeded: the plan runs no activity that costs money.",
    },
    "error.plan-remaining-two-years": {
        "id": "--budget remaining memakai anggaran satu tahun: periode {start} sampai {end} "
        "melewati akhir tahun; pakai --from dan --to dalam satu tahun.",
        "en": "--budget remaining takes one year's budget: the period {start} to {end} crosses "
        "a year's end; give --from and --to within one year.",
    },
    "error.plan-no-budget": {
        "id": "--budget remaining: tidak ada pagu tahun {year} di budgets.yaml; catat pagunya, "
        "atau beri jumlah dengan --budget.",
        "en": "--budget remaining: no budget for {year} is recorded in budgets.yaml; record it, "
        "or give an amount with --budget.",
    },
    "plan.remaining-said": {
        "id": "Sisa anggaran {year}: {amount} (pagu {allocated}, dikurangi realisasi dan "
        "kegiatan terikat di luar rencana ini: {taken}).",
        "en": "Budget remaining for {year}: {amount} (allocated {allocated}, less what is spent "
        "and committed outside this plan: {taken}).",
    },
    # --- needs ------------------------------------------------------------------------
    "report.needs.help": {
        "id": "Analisis kebutuhan pengembangan kompetensi satu tahun: per kompetensi x jenjang x "
        "perpustakaan, berapa orang yang perlu (menurut kesenjangan dan holders), bentuk yang "
        "disarankan (klasikal/nonklasikal), JP dan perkiraan biaya — dalam bentuk rencana "
        "pengembangan kompetensi instansi (HTML untuk dicetak, XLSX).",
        "en": "The training-needs analysis for one year: per competency x grade x library, how "
        "many people need development (by the gaps and holders), the suggested form "
        "(klasikal/nonklasikal), JP and estimated cost — in the shape of the agency's annual "
        "competency development plan (HTML to print, XLSX).",
    },
    "report.needs.title": {
        "id": "Analisis kebutuhan pengembangan kompetensi {year}",
        "en": "Training-needs analysis {year}",
    },
    "report.needs.table": {
        "id": "Rencana pengembangan kompetensi ({currency})",
        "en": "Competency development plan ({currency})",
    },
    "report.needs.empty": {
        "id": "Tidak ada kesenjangan yang diketahui pada pustakawan terpilih.",
        "en": "No known gap among the selected librarians.",
    },
    "report.needs.grades": {
        "id": "Jumlah per jenjang ({currency})",
        "en": "Totals per grade ({currency})",
    },
    "report.needs.estimates": {
        "id": "Dasar perkiraan JP dan biaya ({currency})",
        "en": "Where the JP and cost estimates come from ({currency})",
    },
    "report.needs.grades-note": {
        "id": "JP dan biaya dijumlahkan dari baris yang perkiraannya diketahui.",
        "en": "JP and cost add up the rows whose estimate is known.",
    },
    "report.needs.unestimated": {
        "id": "{rows} baris tanpa perkiraan JP atau biaya (belum ada kegiatan terlaksana "
        "berbentuk sama dengan biaya tercatat): tidak termasuk dalam jumlah.",
        "en": "{rows} rows without a JP or cost estimate (no held activity of that form with a "
        "recorded cost): left out of the totals.",
    },
    "report.needs.rules": {
        "id": "Yang perlu: kesenjangan yang diketahui (level di bawah level wajib jenjangnya); "
        "bila kerangka menyebut holders, hanya yang masih kurang per perpustakaan, yang paling "
        "dekat dahulu. Level yang belum dinilai bukan kebutuhan: dihitung di kolom 'belum "
        "dinilai'. Sudah direncanakan: sudah terdaftar (enrolled) pada kegiatan yang "
        "mengembangkan kompetensinya, pada tahun itu atau yang masih akan datang sebelumnya. Bentuk: klasikal bila kesenjangan terbesar kelompok ≥ 2 "
        "level, selain itu nonklasikal (Peraturan LAN 10/2018). JP per orang: rerata JP "
        "kegiatan terlaksana untuk kompetensi dan bentuk itu, atau bila tidak ada, semua "
        "kegiatan berbentuk itu. Biaya per JP: biaya (realisasi bila ada) dibagi JP x peserta "
        "kegiatan yang sama. Perkiraan biaya = yang belum direncanakan x JP x biaya per JP.",
        "en": "In need: a known gap (a level below the grade's required level); when the "
        "framework gives holders, only those still missing per library, the closest first. "
        "A level not yet assessed is no need: it is counted under 'not yet assessed'. "
        "Already planned: enrolled in an activity that develops the competency, in the year or "
        "still to come before it. "
        "Form: klasikal when the group's largest gap is 2 levels or more, else nonklasikal "
        "(Peraturan LAN 10/2018). JP per person: the mean JP of the held activities for that "
        "competency and form, or without any, of every activity of that form. Cost per JP: "
        "cost (the actual cost when recorded) divided by JP x participants of the same "
        "activities. Estimated cost = to plan x JP x cost per JP.",
    },
    "report.needs.basis.competency": {
        "id": "kegiatan lalu untuk kompetensi ini: {activities}",
        "en": "past activities for this competency: {activities}",
    },
    "report.needs.basis.form": {
        "id": "kegiatan lalu berbentuk sama: {activities}",
        "en": "past activities of this form: {activities}",
    },
    "report.needs.basis.unknown": {
        "id": "belum diketahui (tidak ada kegiatan lalu)",
        "en": "unknown (no past activity)",
    },
    "report.col.number": {"id": "No.", "en": "No."},
    "report.col.skkni-ref": {"id": "Unit SKKNI", "en": "SKKNI unit"},
    "report.col.people-in-need": {"id": "Perlu", "en": "In need"},
    "report.col.already-planned": {"id": "Sudah direncanakan", "en": "Already planned"},
    "report.col.to-plan": {"id": "Belum direncanakan", "en": "To plan"},
    "report.col.unassessed": {"id": "Belum dinilai", "en": "Not yet assessed"},
    "report.col.largest-gap": {"id": "Kesenjangan terbesar", "en": "Largest gap"},
    "report.col.form": {"id": "Bentuk", "en": "Form"},
    "report.col.suggested-type": {"id": "Jenis disarankan", "en": "Suggested type"},
    "report.col.jp-per-person": {"id": "JP per orang", "en": "JP per person"},
    "report.col.jp-total": {"id": "Jumlah JP", "en": "Total JP"},
    "report.col.estimated-cost": {"id": "Perkiraan biaya", "en": "Estimated cost"},
    "report.col.estimate-basis": {"id": "Dasar perkiraan", "en": "Estimate from"},
    "report.col.who": {"id": "Nama", "en": "Names"},
    "report.col.who-ids": {"id": "Id pustakawan", "en": "Librarian ids"},
    # --- the BKPSDM listing of report hours -------------------------------------------
    "report.col.certificate-number": {
        "id": "Nomor sertifikat/STTPP",
        "en": "Certificate (STTPP) number",
    },
    "report.listing.title": {
        "id": "Rincian JP per pegawai (BKPSDM)",
        "en": "JP per employee (for BKPSDM)",
    },
    "report.listing.note": {
        "id": "Satu baris per JP yang dihitung: jumlah JP tiap orang sama dengan jumlah JP-nya "
        "di tabel pertama. Penyelenggara: provider kegiatan (dan partner-nya); untuk "
        "mentoring, mentornya. NIP tersamar kecuali --show-nip.",
        "en": "One row per counted JP: each person's JP add up to their total in the first "
        "table. Organiser: the activity's provider (and its partner); for mentoring, the "
        "mentor. NIPs masked unless --show-nip.",
    },
    "report.listing.empty": {
        "id": "Tidak ada JP yang dihitung.",
        "en": "No JP counted.",
    },
    "report.listing.mentoring-title": {
        "id": "Mentoring: {competencies}",
        "en": "Mentoring: {competencies}",
    },
    "report.col.organiser": {"id": "Penyelenggara", "en": "Organiser"},
}
