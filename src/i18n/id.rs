//! Indonesian: formal Anda, help-center tone; tier = «tingkat», monthly spend limit = «batas
//! pengeluaran bulanan», deposit = «deposit», credits = «kredit», ledger = «riwayat pembelian».
//! Common UI loanwords (file, browser, server, ID) as Google and Microsoft use them. One plural form.

use super::Text::{self, *};

pub(super) fn text(text: Text) -> &'static str {
    match text {
        WidgetLabel => "tierup: kalkulator tingkat penggunaan API",
        LanguageLabel => "Bahasa",
        LanguageUnavailable => "Teks dalam {0} tidak dapat dimuat, jadi tierup ditampilkan dalam bahasa Inggris.",
        // {0} the schedule's URL, {1} one of the schedule or fetch errors below (a sentence).
        ScheduleUnusable => "Tabel tingkat di {0} tidak dapat digunakan: {1} Menampilkan tabel bawaan.",
        FetchUnreachable => "Server tidak dapat dijangkau.",
        // {0} an HTTP status code.
        FetchStatus => "Server merespons dengan kode {0}.",
        FetchUnreadable => "Respons server tidak dapat dibaca.",
        FileUnreadable => "File tidak dapat dibaca.",
        DownloadRefused => "Browser menolak menyimpan file.",

        NoTierYet => "Belum ada tingkat",
        // Fills a tier-name blank: after «setelah itu:» and «Status:».
        NoTierYetInline => "belum ada tingkat",
        PurchasedSoFar => "Total pembelian sejauh ini",
        MonthlyLimit => "Batas bulanan",
        MostDepositNow => "Deposit maksimum saat ini",
        NoneYet => "Belum ada",
        NoLimit => "Tanpa batas",
        // {0} an amount, {1} a tier name.
        MoreToReach => "Perlu {0} lagi untuk mencapai {1}",
        HighestTier => "Anda berada di tingkat tertinggi yang dapat dicapai melalui pembelian.",
        ProgressLabel => "Kemajuan menuju tingkat berikutnya",
        // {0} a tier name, {1} a date (YYYY-MM-DD).
        Pending => "{0} mulai berlaku pada {1}, setelah masa tunggunya berakhir.",
        // {0} the schedule's title, {1} a date.
        AsOf => "{0} · per {1}",
        SourceLink => "Sumber",
        PlanningAid => "Alat bantu perencanaan yang hanya disimpan di browser ini. Acuannya adalah halaman Penagihan di Console.",

        AddPurchase => "Tambahkan pembelian",
        AmountLabel => "Jumlah (USD)",
        DateLabel => "Tanggal",

        PurchasesHeading => "Pembelian",
        NoPurchases => "Belum ada pembelian yang dicatat.",
        PurchasesLabel => "Pembelian, terbaru lebih dulu",
        EarlierPurchases => "Pembelian sebelumnya",
        // Count {0} = all purchases (always more than 50); {1} how many are shown.
        ShowingNewest => "Menampilkan {1} pembelian terbaru dari total {0}.",
        ShowMore => "Tampilkan {0} lagi",
        Delete => "Hapus",
        // {0} an amount, {1} a date.
        DeleteLabel => "Hapus pembelian {0} pada {1}",
        Undo => "Urungkan",
        ClearAll => "Hapus semua pembelian",
        UndoDeleted => "Pembelian {0} pada {1} telah dihapus.",
        UndoCleared => "{0} pembelian telah dihapus.",
        // {0} the previous opening total.
        UndoOpening => "Total awal telah diubah dari {0}.",
        CannotDelete => "Pembelian tersebut tidak dapat dihapus. {0}",
        CannotUndo => "Tindakan ini tidak dapat diurungkan lagi. {0}",
        ReadOnly => "tierup berada dalam mode hanya baca di sini karena pemberitahuan di atas: tidak ada yang dapat diubah.",

        HowMuchMore => "Berapa lagi yang perlu saya beli?",
        TargetTier => "Tingkat tujuan",
        // {0} an amount (zero).
        ReachedTier => "Perlu {0}: Anda sudah mencapai tingkat ini.",
        MoreNeeded => "Perlu {0} lagi",
        // {0} an amount, {1} a tier name or NoTierYetInline.
        StepToday => "Lakukan deposit {0} hari ini (setelah itu: {1})",
        // {0} an amount, {1} a date, {2} a tier name.
        StepOn => "Lakukan deposit {0} pada {1} (setelah itu: {2})",
        ReachOn => "Anda akan mencapainya pada {0}.",
        WhatIfLabel => "Bagaimana jika saya membeli sekarang (USD)",
        // {0} an amount, {1} a tier name or NoTierYetInline, {2} an amount.
        WhatIfResult => "Jika Anda membeli {0} sekarang, total pembelian Anda menjadi {2}. Status: {1}.",
        NotAllowed => "Tidak diizinkan: {0}",

        LadderTitle => "Tangga tingkat",
        PerMonth => "{0}/bln",
        NoLimitShort => "tanpa batas",
        YouAre => "Anda: {0}",
        DescribeAt => "Anda telah membeli {0} dan berada di {1}.",
        DescribeNoTier => "Anda telah membeli {0} dan belum memiliki tingkat.",
        // {0} a tier name, {1} an amount, {2} an amount.
        DescribeStep => "{0} memerlukan pembelian {1} dan memberikan batas bulanan {2}.",
        DescribeStepNoLimit => "{0} memerlukan pembelian {1} dan tidak memiliki batas bulanan.",
        DescribePlan => "Rencana: lakukan deposit {0}.",
        ThenSeparator => ", lalu ",

        OpeningHeading => "Dibeli sebelum pencatatan",
        OpeningLabel => "Kredit yang dibeli sebelum Anda mulai menggunakan tierup (USD)",
        SaveOpening => "Simpan total awal",

        TransferHeading => "Cadangkan atau pindahkan pembelian Anda",
        ExportJson => "Ekspor JSON",
        ExportCsv => "Ekspor CSV",
        CsvPurchaseId => "ID pembelian",
        ImportLabel => "Impor file JSON tierup",
        NothingNew => "Tidak ada yang baru: semua pembelian dalam file tersebut sudah ada di sini.",
        Imported => "{0} pembelian telah diimpor.",
        NothingImported => "Tidak ada yang diimpor. {0}",

        // {0} a whole example ("40"), {1} the example with cents ("40,50").
        AmountEmpty => "Masukkan jumlah, misalnya {0} atau {1}.",
        AmountNotNumber => "Gunakan angka saja, misalnya {0} atau {1}.",
        AmountNotPositive => "Jumlah harus lebih dari {0}.",
        AmountTooManyDecimals => "Gunakan paling banyak dua angka desimal (sen).",
        AmountTooLarge => "Jumlah tersebut terlalu besar.",
        GroupsCommas => "Kelompok tiga digit harus dipisahkan dengan koma, seperti pada {0}.",
        GroupsPoints => "Kelompok tiga digit harus dipisahkan dengan titik, seperti pada {0}.",
        GroupsSpaces => "Kelompok tiga digit harus dipisahkan dengan spasi, seperti pada {0}.",
        CentsAfterComma => "Beri koma sebelum sen, seperti pada {0}.",
        CentsAfterPoint => "Beri titik sebelum sen, seperti pada {0}.",
        AmountNotDollars => "Jumlah dinyatakan dalam dolar AS, misalnya {0} atau {1}.",
        DateMalformed => "Masukkan tanggal dengan format YYYY-MM-DD.",
        DateNoSuchDay => "Tanggal tersebut tidak ada di kalender.",

        // {0} the amount refused, {1} the monthly limit, {2} the most allowed now.
        OverCap => "Anda tidak dapat melakukan deposit {0}: deposit tidak boleh melebihi batas pengeluaran bulanan Anda sebesar {1}. Deposit maksimum saat ini adalah {2}.",
        // {0} an amount, {1} a date, {2} a monthly limit.
        BreaksLater => "Hal ini akan membuat pembelian {0} pada {1} melebihi batas bulanan {2} yang berlaku saat itu.",
        FutureDate => "{0} adalah tanggal di masa mendatang. Catat pembelian setelah dilakukan.",
        DuplicateId => "Pembelian lain sudah memiliki ID \"{0}\".",
        UnknownId => "Tidak ada pembelian dengan ID \"{0}\".",

        PlanUnknownTier => "Tingkat tersebut tidak ada dalam tabel ini.",
        PlanByArrangement => "Tingkat ini disepakati dengan tim penjualan, bukan dicapai melalui pembelian.",
        PlanTooManySteps => "Untuk mencapai tingkat ini, diperlukan lebih dari {0} deposit.",

        // {0} a technical detail from the JSON reader (stays in English).
        FileNotLedger => "Ini bukan file riwayat pembelian tierup: {0}",
        FileWrongFormat => "File ini berformat \"{0}\", bukan riwayat pembelian tierup.",
        FileNewer => "Riwayat ini dibuat oleh tierup versi yang lebih baru (versi {0}). Perbarui tierup untuk membacanya.",
        FileUnknownVersion => "Versi riwayat {0} tidak dikenali oleh tierup.",
        FileOpeningTotal => "Total awal salah: {0}",
        // {0} the purchase's position in the file, {1} its id, {2} the reason.
        FileEntryWithId => "Pembelian ke-{0} (ID \"{1}\"): {2}",
        FileEntry => "Pembelian ke-{0}: {1}",
        FileEmptyId => "ID kosong.",
        JsonSyntax => "Teks tidak lagi berupa JSON yang valid mulai baris {0}, kolom {1}.",
        JsonNotObject => "Isinya harus berupa objek JSON, ditulis {…}.",
        JsonMissing => "Bidang \"{0}\" tidak ada.",
        JsonUnknown => "\"{0}\" bukan bidang dalam format ini.",
        JsonDuplicate => "Bidang \"{0}\" diberikan dua kali.",
        JsonWantText => "\"{0}\" harus berupa teks dalam tanda kutip.",
        JsonWantNumber => "\"{0}\" harus berupa bilangan bulat.",
        JsonWantBool => "\"{0}\" harus bernilai true atau false.",
        JsonWantList => "\"{0}\" harus berupa daftar, ditulis [...].",
        JsonWantObject => "\"{0}\" harus berupa objek, ditulis {…}.",
        JsonBadValue => "\"{0}\" berisi nilai yang tidak dapat digunakan tierup.",
        JsonField => "\"{0}\": {1}",

        ScheduleJson => "Tabel tingkat bukan JSON yang valid dengan struktur yang diharapkan: {0}",
        ScheduleEmptyTitle => "Tabel tingkat harus memiliki judul.",
        ScheduleNoTiers => "Tabel tidak memiliki tingkat.",
        ScheduleNoPurchasable => "Tidak ada tingkat dalam tabel yang dapat dicapai melalui pembelian.",
        // {0} a position (1, 2...).
        ScheduleEmptyId => "Tingkat ke-{0} tidak memiliki ID.",
        // {0} a tier id (technical).
        ScheduleDuplicateId => "ID tingkat \"{0}\" digunakan dua kali.",
        ScheduleEmptyName => "Tingkat \"{0}\" tidak memiliki nama.",
        ScheduleMissingThreshold => "Tingkat \"{0}\" memerlukan ambang batas (atau \"by_arrangement\": true).",
        ScheduleNotIncreasing => "Tingkat \"{0}\" harus memerlukan jumlah yang lebih besar daripada tingkat sebelumnya.",
        ScheduleArrangementNotLast => "Tingkat \"{0}\" ditetapkan berdasarkan kesepakatan, jadi harus menjadi tingkat terakhir.",
        ScheduleLimitZero => "Tingkat \"{0}\" memiliki batas bulanan nol.",
        ScheduleLimitDecreasing => "Tingkat \"{0}\" memiliki batas bulanan yang lebih rendah daripada tingkat sebelumnya.",

        ConfigView => "data-view=\"{0}\" bukan tampilan yang valid: gunakan \"full\" atau \"compact\". Menampilkan tampilan lengkap.",
        // {1} the language's own name ("Bahasa Indonesia").
        ConfigLocale => "data-locale=\"{0}\" bukan bahasa yang tersedia di tierup. Menggunakan {1}.",
        ConfigTargetTier => "data-target-tier=\"{0}\" bukan ID tingkat dalam tabel ini.",
        ConfigScheduleEmpty => "data-schedule kosong: berikan alamat file JSON tabel tingkat. Menggunakan tabel bawaan.",

        StorageUnavailable => "Browser ini tidak mengizinkan tierup menyimpan data di sini, jadi pembelian Anda akan hilang saat Anda menutup halaman.",
        // Count {0} = records set aside; {1} the list of storage keys with technical reasons.
        StorageSetAside => "{0} catatan tersimpan tidak dapat digunakan dan disisihkan tanpa diubah: {1}. Semua data lainnya ditampilkan.",
        // {0} a technical reason, {1} a storage key.
        StorageQuarantined => "Pengaturan tersimpan Anda tidak dapat dibaca ({0}). Pengaturan tersebut disimpan tanpa diubah di \"{1}\".",
        // {0} a storage key, {1} a technical reason.
        StorageLeftInPlace => "Data tersimpan Anda di \"{0}\" tidak dapat dibaca ({1}). Data tersebut dibiarkan apa adanya, jadi tierup berada dalam mode hanya baca dan perubahan tidak akan disimpan.",
        StorageNewer => "Pembelian Anda disimpan oleh tierup versi yang lebih baru (versi penyimpanan {0}). Data tersebut dibiarkan apa adanya dan tierup berada dalam mode hanya baca di sini: perbarui halaman untuk membuat perubahan.",
        StorageWriteFailed => "Perubahan terakhir Anda tidak dapat disimpan (penyimpanan browser penuh atau diblokir). Perubahan tersebut ditampilkan di sini, dan tierup akan menyimpannya bersama perubahan berikutnya setelah ada ruang.",
        // Why a stored entry is set aside. StorageAtLine: {0} a storage key, {1} a line number.
        StorageAtLine => "{0} (baris {1})",
        StorageNotAnEvent => "bukan pembelian atau penghapusan",
        StorageNotATime => "waktunya tidak dapat dibaca",
        StorageNotAnAmount => "bukan jumlah di atas nol",
        StorageNotADate => "bukan tanggal YYYY-MM-DD yang valid",
        StorageBadId => "ID pembeliannya kosong atau rusak",
        StorageNoSessionSuffix => "kuncinya tidak diakhiri nama sesi",
        StorageIdTaken => "pembelian lain memiliki ID yang sama",
        // {0} the format name found.
        StorageWrongFormat => "format \"{0}\" bukan format tierup",
    }
}
