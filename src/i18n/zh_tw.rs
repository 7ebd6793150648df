//! Traditional Chinese (Taiwan): 您, help-center tone, Taiwan terms (儲值, 額度, 檔案, 資料, 匯出/匯入); tier = 層級.

use super::Text::{self, *};

pub(super) fn text(text: Text) -> &'static str {
    match text {
        // The widget's accessible name.
        WidgetLabel => "tierup：API 使用層級計算工具",
        // The standalone page's language picker.
        LanguageLabel => "語言",
        LanguageUnavailable => "無法載入{0}文字，因此 tierup 以英文顯示。",
        // {0} the schedule's URL, {1} one of the schedule or fetch errors below (a sentence).
        ScheduleUnusable => "無法使用位於 {0} 的層級表：{1}目前顯示預設層級表。",
        FetchUnreachable => "無法連線至伺服器。",
        // {0} an HTTP status code.
        FetchStatus => "伺服器傳回狀態碼 {0}。",
        FetchUnreadable => "無法讀取伺服器的回應。",
        FileUnreadable => "無法讀取該檔案。",
        DownloadRefused => "瀏覽器拒絕儲存該檔案。",

        // Status: the tier name where there is none (a heading), and inside a sentence.
        NoTierYet => "尚無層級",
        NoTierYetInline => "尚無層級",
        PurchasedSoFar => "累計購買金額",
        MonthlyLimit => "每月上限",
        MostDepositNow => "目前最多可儲值",
        // The monthly limit before any tier is reached.
        NoneYet => "尚無",
        NoLimit => "無上限",
        // {0} an amount, {1} a tier name.
        MoreToReach => "還需 {0} 即可達到{1}",
        HighestTier => "您已達到透過購買可達到的最高層級。",
        ProgressLabel => "距離下一層級的進度",
        // {0} a tier name, {1} a date (YYYY-MM-DD).
        Pending => "{0}將於等待期結束後的 {1} 開始生效。",
        // {0} the schedule's title, {1} a date.
        AsOf => "{0} · 截至 {1}",
        SourceLink => "來源",
        PlanningAid => "這是規劃輔助工具，資料只保存在此瀏覽器中。請以 Console 的帳單頁面為準。",

        // Heading and button of the form.
        AddPurchase => "新增購買紀錄",
        AmountLabel => "金額（USD）",
        DateLabel => "日期",

        PurchasesHeading => "購買紀錄",
        NoPurchases => "尚未記錄任何購買。",
        PurchasesLabel => "購買紀錄（由新到舊）",
        EarlierPurchases => "更早的購買",
        // Count {0} = all purchases (always more than 50); {1} how many are shown.
        ShowingNewest => "目前顯示 {0} 筆購買中最新的 {1} 筆。",
        // Count {0} = how many more the button shows.
        ShowMore => "再顯示 {0} 筆",
        Delete => "刪除",
        // {0} an amount, {1} a date: the delete button's accessible name.
        DeleteLabel => "刪除 {1} 的 {0} 購買紀錄",
        Undo => "復原",
        ClearAll => "清除所有購買紀錄",
        // {0} an amount, {1} a date.
        UndoDeleted => "已刪除 {1} 的 {0} 購買紀錄。",
        // Count {0} = purchases removed.
        UndoCleared => "已清除 {0} 筆購買紀錄。",
        // {0} an amount.
        UndoOpening => "已變更初始總額（原為 {0}）。",
        // {0} the reason (one of the refusals below, a sentence).
        CannotDelete => "無法刪除該筆購買紀錄。{0}",
        CannotUndo => "已無法復原。{0}",
        ReadOnly => "由於上方通知所述的問題，tierup 在此為唯讀狀態，無法進行任何變更。",

        HowMuchMore => "我還需要購買多少？",
        TargetTier => "目標層級",
        // {0} an amount (zero).
        ReachedTier => "還需 {0}：您已達到此層級。",
        // {0} an amount.
        MoreNeeded => "還需 {0}",
        // A plan step: {0} an amount, {1} the tier it leads to (a name or "no tier yet").
        StepToday => "今天儲值 {0}（儲值後：{1}）",
        // {0} an amount, {1} a date, {2} the tier it leads to.
        StepOn => "於 {1} 儲值 {0}（儲值後：{2}）",
        // {0} a date.
        ReachOn => "您將於 {0} 達到此層級。",
        WhatIfLabel => "如果現在購買（USD）",
        // {0} an amount, {1} a tier name (or "no tier yet"), {2} an amount.
        WhatIfResult => "現在購買 {0} 後，您的累計購買金額將達到 {2}，對應層級：{1}。",
        // {0} the reason (a sentence).
        NotAllowed => "不允許：{0}",

        // The ladder picture and its text alternative.
        LadderTitle => "層級階梯圖",
        // {0} an amount: a monthly limit under a step.
        PerMonth => "{0}/月",
        NoLimitShort => "無上限",
        // {0} an amount: the label of the dot where the account stands.
        YouAre => "目前：{0}",
        // {0} an amount, {1} a tier name.
        DescribeAt => "您已累計購買 {0}，目前位於{1}。",
        // {0} an amount.
        DescribeNoTier => "您已累計購買 {0}，尚無層級。",
        // {0} a tier name, {1} an amount, {2} an amount.
        DescribeStep => "{0}需要累計購買 {1}，每月上限為 {2}。",
        // {0} a tier name, {1} an amount.
        DescribeStepNoLimit => "{0}需要累計購買 {1}，沒有每月上限。",
        // {0} amounts joined by ThenSeparator.
        DescribePlan => "計畫：儲值 {0}。",
        ThenSeparator => "，接著 ",

        OpeningHeading => "開始記錄前的購買",
        OpeningLabel => "開始使用 tierup 之前購買的額度（USD）",
        SaveOpening => "儲存初始總額",

        TransferHeading => "備份或轉移購買紀錄",
        ExportJson => "匯出 JSON",
        ExportCsv => "匯出 CSV",
        CsvPurchaseId => "購買 ID",
        ImportLabel => "匯入 tierup JSON 檔案",
        NothingNew => "沒有新內容：該檔案中的所有購買紀錄都已存在。",
        // Count {0} = purchases imported (1 or more).
        Imported => "已匯入 {0} 筆購買紀錄。",
        // {0} the reason (a sentence).
        NothingImported => "未匯入任何內容。{0}",

        // Amount refusals: {0} a whole example ("40"), {1} the example with cents ("40.50" or "40,50").
        AmountEmpty => "請輸入金額，例如 {0} 或 {1}。",
        AmountNotNumber => "請只使用數字，例如 {0} 或 {1}。",
        // {0} an amount (zero).
        AmountNotPositive => "金額必須大於 {0}。",
        AmountTooManyDecimals => "最多只能有兩位小數（美分）。",
        AmountTooLarge => "金額過大。",
        // {0} an example with groups, such as "1,000.50" or "1 000,50".
        GroupsCommas => "逗號（,）只能用作千分位符號，每三位數字一組，例如 {0}。",
        GroupsPoints => "句點（.）只能用作千分位符號，每三位數字一組，例如 {0}。",
        GroupsSpaces => "空格只能用作千分位符號，每三位數字一組，例如 {0}。",
        // The mark before the cents is unclear; {0} an example such as "1.000,50".
        CentsAfterComma => "請在美分前加上逗號（,），例如 {0}。",
        CentsAfterPoint => "請在美分前加上小數點（.），例如 {0}。",
        AmountNotDollars => "金額以美元為單位，例如 {0} 或 {1}。",
        DateMalformed => "請以 YYYY-MM-DD 格式輸入日期。",
        DateNoSuchDay => "該日期不存在。",

        // {0} the amount refused, {1} the monthly limit, {2} the most allowed now (amounts).
        OverCap => "無法儲值 {0}：單筆儲值金額不得超過您的每月支出上限 {1}。您目前最多可儲值 {2}。",
        // {0} an amount, {1} a date, {2} a monthly limit (amount).
        BreaksLater => "這會使 {1} 的 {0} 購買超出當時適用的每月上限 {2}。",
        // {0} a date.
        FutureDate => "{0} 是未來的日期。請在完成購買後再記錄。",
        // {0} an id (technical).
        DuplicateId => "另一筆購買已使用 ID「{0}」。",
        UnknownId => "沒有 ID 為「{0}」的購買紀錄。",

        PlanUnknownTier => "此層級表中沒有這個層級。",
        PlanByArrangement => "此層級須與業務團隊洽談安排，無法透過購買達到。",
        // {0} a number (1,000).
        PlanTooManySteps => "達到此層級需要超過 {0} 次儲值。",

        // Import refusals. {0} a technical detail from the JSON reader (stays in English).
        FileNotLedger => "這不是 tierup 帳本檔案：{0}",
        // {0} the file's "format" field.
        FileWrongFormat => "此檔案是「{0}」格式，不是 tierup 帳本。",
        // {0} a version number.
        FileNewer => "此帳本是由較新版本的 tierup（版本 {0}）寫入。請更新 tierup 後再讀取。",
        FileUnknownVersion => "tierup 無法識別帳本版本 {0}。",
        // {0} the reason (an amount refusal, a sentence).
        FileOpeningTotal => "初始總額有誤：{0}",
        // {0} the purchase's position in the file, {1} its id, {2} the reason (a sentence).
        FileEntryWithId => "第 {0} 筆購買（ID「{1}」）：{2}",
        // {0} the position, {1} the reason.
        FileEntry => "第 {0} 筆購買：{1}",
        FileEmptyId => "ID 為空白。",
        JsonSyntax => "文字從第 {0} 行第 {1} 欄起不是有效的 JSON。",
        JsonNotObject => "內容應為以 {…} 括住的 JSON 物件。",
        JsonMissing => "缺少欄位 \"{0}\"。",
        JsonUnknown => "\"{0}\" 不是此格式中的欄位。",
        JsonDuplicate => "欄位 \"{0}\" 出現了兩次。",
        JsonWantText => "\"{0}\" 應為加上引號的文字。",
        JsonWantNumber => "\"{0}\" 應為整數。",
        JsonWantBool => "\"{0}\" 應為 true 或 false。",
        JsonWantList => "\"{0}\" 應為以 [...] 括住的清單。",
        JsonWantObject => "\"{0}\" 應為以 {…} 括住的物件。",
        JsonBadValue => "tierup 無法使用 \"{0}\" 的值。",
        JsonField => "\"{0}\"：{1}",

        // A page's own schedule is refused. {0} a technical detail from the JSON reader.
        ScheduleJson => "層級表不是符合預期結構的有效 JSON：{0}",
        ScheduleEmptyTitle => "層級表需要有標題。",
        ScheduleNoTiers => "層級表中沒有任何層級。",
        ScheduleNoPurchasable => "層級表中沒有可透過購買達到的層級。",
        // {0} a position (1, 2...).
        ScheduleEmptyId => "第 {0} 個層級沒有 ID。",
        // {0} a tier id (technical).
        ScheduleDuplicateId => "層級 ID「{0}」被使用了兩次。",
        ScheduleEmptyName => "層級「{0}」沒有名稱。",
        ScheduleMissingThreshold => "層級「{0}」需要設定門檻（或 \"by_arrangement\": true）。",
        ScheduleNotIncreasing => "層級「{0}」的門檻必須高於前一個層級。",
        ScheduleArrangementNotLast => "層級「{0}」須另行洽談安排，因此必須是最後一個層級。",
        ScheduleLimitZero => "層級「{0}」的每月上限為零。",
        ScheduleLimitDecreasing => "層級「{0}」的每月上限低於前一個層級。",

        // The page's data-* attributes. {0} the value given.
        ConfigView => "data-view=\"{0}\" 不是有效的檢視模式：請使用 \"full\" 或 \"compact\"。目前顯示完整版小工具。",
        ConfigLocale => "tierup 不支援 data-locale=\"{0}\" 指定的語言。目前以{1}顯示。",
        ConfigTargetTier => "data-target-tier=\"{0}\" 不是此層級表中的層級 ID。",
        ConfigScheduleEmpty => "data-schedule 為空白：請提供層級表 JSON 檔案的網址。目前使用預設層級表。",

        StorageUnavailable => "此瀏覽器不允許 tierup 在這裡儲存資料，因此關閉頁面後，您的購買紀錄將會遺失。",
        // Count {0} = records set aside; {1} the list of storage keys with technical reasons.
        StorageSetAside => "有 {0} 筆已儲存的紀錄無法使用，已原封不動另行保留：{1}。其餘內容皆已顯示。",
        // {0} a technical reason, {1} a storage key.
        StorageQuarantined => "無法讀取您儲存的設定（{0}）。這些設定已原封不動保留在「{1}」下。",
        // {0} a storage key, {1} a technical reason.
        StorageLeftInPlace => "無法讀取您儲存在「{0}」下的資料（{1}）。這些資料維持原狀，因此 tierup 為唯讀狀態，所做的變更不會保留。",
        // {0} a version number.
        StorageNewer => "您的購買紀錄是由較新版本的 tierup（儲存空間版本 {0}）所儲存。這些資料維持原狀，tierup 在此為唯讀狀態：請重新整理頁面後再進行變更。",
        StorageWriteFailed => "無法儲存您最近的變更（瀏覽器儲存空間已滿或遭到封鎖）。變更仍會顯示在這裡，待空間足夠時，tierup 會在您下次變更時一併儲存。",
        // Why a stored entry is set aside. StorageAtLine: {0} a storage key, {1} a line number.
        StorageAtLine => "{0}（第 {1} 行）",
        StorageNotAnEvent => "既不是購買也不是刪除",
        StorageNotATime => "無法讀取其時間",
        StorageNotAnAmount => "不是大於零的金額",
        StorageNotADate => "不是有效的 YYYY-MM-DD 日期",
        StorageBadId => "購買 ID 為空或已損毀",
        StorageNoSessionSuffix => "鍵名未以工作階段名稱結尾",
        StorageIdTaken => "另一筆購買使用了相同的 ID",
        // {0} the format name found.
        StorageWrongFormat => "格式「{0}」不是 tierup 的格式",
    }
}
