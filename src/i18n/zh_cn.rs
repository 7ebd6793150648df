//! Simplified Chinese: 您, help-center tone; tier = 层级, deposit = 充值, credits = 额度; spaces around amounts, numbers and Latin text.

use super::Text::{self, *};

pub(super) fn text(text: Text) -> &'static str {
    match text {
        // The widget's accessible name.
        WidgetLabel => "tierup：API 使用层级计算器",
        // The standalone page's language picker.
        LanguageLabel => "语言",
        LanguageUnavailable => "无法加载{0}文本，因此 tierup 以英文显示。",
        // {0} the schedule's URL, {1} one of the schedule or fetch errors below (a sentence).
        ScheduleUnusable => "无法使用位于 {0} 的层级表：{1}现显示默认层级表。",
        FetchUnreachable => "无法连接到服务器。",
        // {0} an HTTP status code.
        FetchStatus => "服务器返回了状态码 {0}。",
        FetchUnreadable => "无法读取服务器的响应。",
        FileUnreadable => "无法读取该文件。",
        DownloadRefused => "浏览器拒绝保存该文件。",

        // Status: the tier name where there is none (a heading), and inside a sentence.
        NoTierYet => "尚无层级",
        NoTierYetInline => "尚无层级",
        PurchasedSoFar => "累计购买额",
        MonthlyLimit => "每月限额",
        MostDepositNow => "当前最多可充值",
        // The monthly limit before any tier is reached.
        NoneYet => "暂无",
        NoLimit => "无限额",
        // {0} an amount, {1} a tier name.
        MoreToReach => "还需 {0} 即可达到{1}",
        HighestTier => "您已达到可通过购买达到的最高层级。",
        ProgressLabel => "距下一层级的进度",
        // {0} a tier name, {1} a date (YYYY-MM-DD).
        Pending => "{0}将于等待期结束后的 {1} 开始生效。",
        // {0} the schedule's title, {1} a date.
        AsOf => "{0} · 截至 {1}",
        SourceLink => "来源",
        PlanningAid => "这是规划辅助工具，数据只保存在此浏览器中。请以 Console 的账单页面为准。",

        // Heading and button of the form.
        AddPurchase => "添加购买记录",
        AmountLabel => "金额（USD）",
        DateLabel => "日期",

        PurchasesHeading => "购买记录",
        NoPurchases => "尚未记录任何购买。",
        PurchasesLabel => "购买记录（从新到旧）",
        EarlierPurchases => "更早的购买",
        // Count {0} = all purchases (always more than 50); {1} how many are shown.
        ShowingNewest => "正在显示 {0} 笔购买中最新的 {1} 笔。",
        // Count {0} = how many more the button shows.
        ShowMore => "再显示 {0} 笔",
        Delete => "删除",
        // {0} an amount, {1} a date: the delete button's accessible name.
        DeleteLabel => "删除 {1} 的 {0} 购买记录",
        Undo => "撤销",
        ClearAll => "清除所有购买记录",
        // {0} an amount, {1} a date.
        UndoDeleted => "已删除 {1} 的 {0} 购买记录。",
        // Count {0} = purchases removed.
        UndoCleared => "已清除 {0} 笔购买记录。",
        // {0} an amount.
        UndoOpening => "已更改初始总额（原为 {0}）。",
        // {0} the reason (one of the refusals below, a sentence).
        CannotDelete => "无法删除该购买记录。{0}",
        CannotUndo => "已无法撤销。{0}",
        ReadOnly => "由于上方提示的问题，tierup 在此处为只读状态，无法进行任何更改。",

        HowMuchMore => "我还需要购买多少？",
        TargetTier => "目标层级",
        // {0} an amount (zero).
        ReachedTier => "还需 {0}：您已达到此层级。",
        // {0} an amount.
        MoreNeeded => "还需 {0}",
        // A plan step: {0} an amount, {1} the tier it leads to (a name or "no tier yet").
        StepToday => "今天充值 {0}（充值后：{1}）",
        // {0} an amount, {1} a date, {2} the tier it leads to.
        StepOn => "于 {1} 充值 {0}（充值后：{2}）",
        // {0} a date.
        ReachOn => "您将于 {0} 达到该层级。",
        WhatIfLabel => "如果现在购买（USD）",
        // {0} an amount, {1} a tier name (or "no tier yet"), {2} an amount.
        WhatIfResult => "现在购买 {0} 后，您的累计购买额将达到 {2}，对应层级：{1}。",
        // {0} the reason (a sentence).
        NotAllowed => "不允许：{0}",

        // The ladder picture and its text alternative.
        LadderTitle => "层级阶梯图",
        // {0} an amount: a monthly limit under a step.
        PerMonth => "{0}/月",
        NoLimitShort => "无限额",
        // {0} an amount: the label of the dot where the account stands.
        YouAre => "当前：{0}",
        // {0} an amount, {1} a tier name.
        DescribeAt => "您已累计购买 {0}，当前处于{1}。",
        // {0} an amount.
        DescribeNoTier => "您已累计购买 {0}，尚无层级。",
        // {0} a tier name, {1} an amount, {2} an amount.
        DescribeStep => "{0}需要累计购买 {1}，每月限额为 {2}。",
        // {0} a tier name, {1} an amount.
        DescribeStepNoLimit => "{0}需要累计购买 {1}，无每月限额。",
        // {0} amounts joined by ThenSeparator.
        DescribePlan => "计划：充值 {0}。",
        ThenSeparator => "，然后 ",

        OpeningHeading => "开始记录前的购买",
        OpeningLabel => "开始使用 tierup 之前购买的额度（USD）",
        SaveOpening => "保存初始总额",

        TransferHeading => "备份或迁移购买记录",
        ExportJson => "导出 JSON",
        ExportCsv => "导出 CSV",
        CsvPurchaseId => "购买 ID",
        ImportLabel => "导入 tierup JSON 文件",
        NothingNew => "没有新内容：该文件中的所有购买记录均已存在。",
        // Count {0} = purchases imported (1 or more).
        Imported => "已导入 {0} 笔购买记录。",
        // {0} the reason (a sentence).
        NothingImported => "未导入任何内容。{0}",

        // Amount refusals: {0} a whole example ("40"), {1} the example with cents ("40.50" or "40,50").
        AmountEmpty => "请输入金额，例如 {0} 或 {1}。",
        AmountNotNumber => "请仅使用数字，例如 {0} 或 {1}。",
        // {0} an amount (zero).
        AmountNotPositive => "金额必须大于 {0}。",
        AmountTooManyDecimals => "最多只能有两位小数（美分）。",
        AmountTooLarge => "金额过大。",
        // {0} an example with groups, such as "1,000.50" or "1 000,50".
        GroupsCommas => "逗号（,）只能用作千位分隔符，每三位数字一组，例如 {0}。",
        GroupsPoints => "句点（.）只能用作千位分隔符，每三位数字一组，例如 {0}。",
        GroupsSpaces => "空格只能用作千位分隔符，每三位数字一组，例如 {0}。",
        // The mark before the cents is unclear; {0} an example such as "1.000,50".
        CentsAfterComma => "请在美分前加上逗号（,），例如 {0}。",
        CentsAfterPoint => "请在美分前加上小数点（.），例如 {0}。",
        AmountNotDollars => "金额以美元为单位，例如 {0} 或 {1}。",
        DateMalformed => "请按 YYYY-MM-DD 格式输入日期。",
        DateNoSuchDay => "该日期不存在。",

        // {0} the amount refused, {1} the monthly limit, {2} the most allowed now (amounts).
        OverCap => "无法充值 {0}：单笔充值金额不得超过您的每月支出限额 {1}。您当前最多可充值 {2}。",
        // {0} an amount, {1} a date, {2} a monthly limit (amount).
        BreaksLater => "这会导致 {1} 的 {0} 购买超出当时适用的每月限额 {2}。",
        // {0} a date.
        FutureDate => "{0} 是未来的日期。请在完成购买后再记录。",
        // {0} an id (technical).
        DuplicateId => "另一笔购买已使用 ID“{0}”。",
        UnknownId => "没有 ID 为“{0}”的购买记录。",

        PlanUnknownTier => "此层级表中没有该层级。",
        PlanByArrangement => "此层级需与销售团队协商开通，无法通过购买达到。",
        // {0} a number (1,000).
        PlanTooManySteps => "达到此层级需要超过 {0} 次充值。",

        // Import refusals. {0} a technical detail from the JSON reader (stays in English).
        FileNotLedger => "这不是 tierup 账本文件：{0}",
        // {0} the file's "format" field.
        FileWrongFormat => "此文件是“{0}”格式，不是 tierup 账本。",
        // {0} a version number.
        FileNewer => "此账本由更新版本的 tierup（版本 {0}）写入。请更新 tierup 后再读取。",
        FileUnknownVersion => "tierup 无法识别账本版本 {0}。",
        // {0} the reason (an amount refusal, a sentence).
        FileOpeningTotal => "初始总额有误：{0}",
        // {0} the purchase's position in the file, {1} its id, {2} the reason (a sentence).
        FileEntryWithId => "第 {0} 笔购买（ID “{1}”）：{2}",
        // {0} the position, {1} the reason.
        FileEntry => "第 {0} 笔购买：{1}",
        FileEmptyId => "ID 为空。",
        JsonSyntax => "文本从第 {0} 行第 {1} 列起不是有效的 JSON。",
        JsonNotObject => "内容应为用 {…} 括起的 JSON 对象。",
        JsonMissing => "缺少字段 \"{0}\"。",
        JsonUnknown => "\"{0}\" 不是此格式中的字段。",
        JsonDuplicate => "字段 \"{0}\" 出现了两次。",
        JsonWantText => "\"{0}\" 应为带引号的文本。",
        JsonWantNumber => "\"{0}\" 应为整数。",
        JsonWantBool => "\"{0}\" 应为 true 或 false。",
        JsonWantList => "\"{0}\" 应为用 [...] 括起的列表。",
        JsonWantObject => "\"{0}\" 应为用 {…} 括起的对象。",
        JsonBadValue => "tierup 无法使用 \"{0}\" 的值。",
        JsonField => "\"{0}\"：{1}",

        // A page's own schedule is refused. {0} a technical detail from the JSON reader.
        ScheduleJson => "层级表不是符合预期结构的有效 JSON：{0}",
        ScheduleEmptyTitle => "层级表需要有标题。",
        ScheduleNoTiers => "层级表中没有任何层级。",
        ScheduleNoPurchasable => "层级表中没有可通过购买达到的层级。",
        // {0} a position (1, 2...).
        ScheduleEmptyId => "第 {0} 个层级没有 ID。",
        // {0} a tier id (technical).
        ScheduleDuplicateId => "层级 ID“{0}”被使用了两次。",
        ScheduleEmptyName => "层级“{0}”没有名称。",
        ScheduleMissingThreshold => "层级“{0}”需要设置门槛（或 \"by_arrangement\": true）。",
        ScheduleNotIncreasing => "层级“{0}”的门槛必须高于前一层级。",
        ScheduleArrangementNotLast => "层级“{0}”需协商开通，因此必须是最后一个层级。",
        ScheduleLimitZero => "层级“{0}”的每月限额为零。",
        ScheduleLimitDecreasing => "层级“{0}”的每月限额低于前一层级。",

        // The page's data-* attributes. {0} the value given.
        ConfigView => "data-view=\"{0}\" 不是有效的视图：请使用 \"full\" 或 \"compact\"。现显示完整版组件。",
        ConfigLocale => "tierup 不支持 data-locale=\"{0}\" 指定的语言。现以{1}显示。",
        ConfigTargetTier => "data-target-tier=\"{0}\" 不是此层级表中的层级 ID。",
        ConfigScheduleEmpty => "data-schedule 为空：请提供层级表 JSON 文件的网址。现使用默认层级表。",

        StorageUnavailable => "此浏览器不允许 tierup 在此保存数据，因此关闭页面后，您的购买记录将会丢失。",
        // Count {0} = records set aside; {1} the list of storage keys with technical reasons.
        StorageSetAside => "有 {0} 条已保存的记录无法使用，已原样另行保留：{1}。其余内容均已显示。",
        // {0} a technical reason, {1} a storage key.
        StorageQuarantined => "无法读取您保存的设置（{0}）。这些设置已原样保留在“{1}”下。",
        // {0} a storage key, {1} a technical reason.
        StorageLeftInPlace => "无法读取您保存在“{0}”下的数据（{1}）。该数据保持原样，因此 tierup 为只读状态，所做更改不会被保存。",
        // {0} a version number.
        StorageNewer => "您的购买记录由更新版本的 tierup（存储版本 {0}）保存。这些数据保持原样，tierup 在此处为只读状态：请刷新页面后再进行更改。",
        StorageWriteFailed => "无法保存您最近的更改（浏览器存储空间已满或被阻止）。该更改仍显示在此处，待有空间后，tierup 会在您下次更改时一并保存。",
        // Why a stored entry is set aside. StorageAtLine: {0} a storage key, {1} a line number.
        StorageAtLine => "{0}（第 {1} 行）",
        StorageNotAnEvent => "既不是购买也不是删除",
        StorageNotATime => "无法读取其时间",
        StorageNotAnAmount => "不是大于零的金额",
        StorageNotADate => "不是有效的 YYYY-MM-DD 日期",
        StorageBadId => "购买 ID 为空或已损坏",
        StorageNoSessionSuffix => "键名未以会话名称结尾",
        StorageIdTaken => "另一笔购买使用了相同的 ID",
        // {0} the format name found.
        StorageWrongFormat => "格式“{0}”不是 tierup 的格式",
    }
}
