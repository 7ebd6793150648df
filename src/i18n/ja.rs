//! Japanese: です/ます polite style, help-center tone; tier = ティア, deposit = 入金, monthly spend limit = 月間支出上限.

use super::Text::{self, *};

pub(super) fn text(text: Text) -> &'static str {
    match text {
        // The widget's accessible name.
        WidgetLabel => "tierup：API使用量ティア計算ツール",
        // The standalone page's language picker.
        LanguageLabel => "言語",
        LanguageUnavailable => "{0}のテキストを読み込めなかったため、tierupを英語で表示しています。",
        // {0} the schedule's URL, {1} one of the schedule or fetch errors below (a sentence).
        ScheduleUnusable => "{0}のティア表を使用できませんでした：{1}既定のティア表を表示しています。",
        FetchUnreachable => "サーバーに接続できませんでした。",
        // {0} an HTTP status code.
        FetchStatus => "サーバーからステータス{0}が返されました。",
        FetchUnreadable => "サーバーの応答を読み取れませんでした。",
        FileUnreadable => "ファイルを読み取れませんでした。",
        DownloadRefused => "ブラウザーがファイルの保存を拒否しました。",

        // Status: the tier name where there is none (a heading), and inside a sentence.
        NoTierYet => "ティア未到達",
        NoTierYetInline => "ティア未到達",
        PurchasedSoFar => "これまでの購入額",
        MonthlyLimit => "月間上限",
        MostDepositNow => "現在入金できる最大額",
        // The monthly limit before any tier is reached.
        NoneYet => "まだありません",
        NoLimit => "上限なし",
        // {0} an amount, {1} a tier name.
        MoreToReach => "{1}まであと{0}",
        HighestTier => "購入で到達できる最上位のティアに達しています。",
        ProgressLabel => "次のティアまでの進捗",
        // {0} a tier name, {1} a date (YYYY-MM-DD).
        Pending => "{0}は、待機期間が終わる{1}から適用されます。",
        // {0} the schedule's title, {1} a date.
        AsOf => "{0}（{1}時点）",
        SourceLink => "出典",
        PlanningAid => "計画のための目安で、このブラウザーにのみ保存されます。正式な情報はConsoleの請求ページで確認してください。",

        // Heading and button of the form.
        AddPurchase => "購入を追加",
        AmountLabel => "金額（USD）",
        DateLabel => "日付",

        PurchasesHeading => "購入履歴",
        NoPurchases => "購入の記録はまだありません。",
        PurchasesLabel => "購入履歴（新しい順）",
        EarlierPurchases => "以前の購入",
        // Count {0} = all purchases (always more than 50); {1} how many are shown.
        ShowingNewest => "{0}件の購入のうち、新しい{1}件を表示しています。",
        // Count {0} = how many more the button shows.
        ShowMore => "さらに{0}件を表示",
        Delete => "削除",
        // {0} an amount, {1} a date: the delete button's accessible name.
        DeleteLabel => "{1}の購入（{0}）を削除",
        Undo => "元に戻す",
        ClearAll => "すべての購入を消去",
        // {0} an amount, {1} a date.
        UndoDeleted => "{1}の購入（{0}）を削除しました。",
        // Count {0} = purchases removed.
        UndoCleared => "{0}件の購入を消去しました。",
        // {0} an amount.
        UndoOpening => "記録開始前の合計を変更しました（変更前：{0}）。",
        // {0} the reason (one of the refusals below, a sentence).
        CannotDelete => "この購入は削除できません。{0}",
        CannotUndo => "元に戻すことはできなくなりました。{0}",
        ReadOnly => "上記のお知らせのため、ここではtierupは読み取り専用です。変更はできません。",

        HowMuchMore => "あといくら必要ですか？",
        TargetTier => "目標ティア",
        // {0} an amount (zero).
        ReachedTier => "必要額は{0}です。このティアには到達済みです。",
        // {0} an amount.
        MoreNeeded => "あと{0}必要",
        // A plan step: {0} an amount, {1} the tier it leads to (a name or "no tier yet").
        StepToday => "本日{0}を入金（入金後：{1}）",
        // {0} an amount, {1} a date, {2} the tier it leads to.
        StepOn => "{1}に{0}を入金（入金後：{2}）",
        // {0} a date.
        ReachOn => "{0}に到達します。",
        WhatIfLabel => "今すぐ購入する場合の金額（USD）",
        // {0} an amount, {1} a tier name (or "no tier yet"), {2} an amount.
        WhatIfResult => "今{0}を購入すると、購入合計は{2}となり、{1}になります。",
        // {0} the reason (a sentence).
        NotAllowed => "許可されていません：{0}",

        // The ladder picture and its text alternative.
        LadderTitle => "ティアの階段図",
        // {0} an amount: a monthly limit under a step.
        PerMonth => "{0}/月",
        NoLimitShort => "上限なし",
        // {0} an amount: the label of the dot where the account stands.
        YouAre => "現在：{0}",
        // {0} an amount, {1} a tier name.
        DescribeAt => "これまでに{0}を購入しており、現在は{1}です。",
        // {0} an amount.
        DescribeNoTier => "これまでに{0}を購入しており、まだティアには到達していません。",
        // {0} a tier name, {1} an amount, {2} an amount.
        DescribeStep => "{0}には{1}の購入が必要で、月間上限は{2}です。",
        // {0} a tier name, {1} an amount.
        DescribeStepNoLimit => "{0}には{1}の購入が必要で、月間上限はありません。",
        // {0} amounts joined by ThenSeparator.
        DescribePlan => "プラン：{0}を入金します。",
        ThenSeparator => "、その後",

        OpeningHeading => "記録開始前の購入",
        OpeningLabel => "tierupを使い始める前に購入したクレジット（USD）",
        SaveOpening => "記録開始前の合計を保存",

        TransferHeading => "購入履歴のバックアップと移行",
        ExportJson => "JSONをエクスポート",
        ExportCsv => "CSVをエクスポート",
        CsvPurchaseId => "購入ID",
        ImportLabel => "tierupのJSONファイルをインポート",
        NothingNew => "新しいデータはありません。このファイルの購入はすべて登録済みです。",
        // Count {0} = purchases imported (1 or more).
        Imported => "{0}件の購入をインポートしました。",
        // {0} the reason (a sentence).
        NothingImported => "何もインポートされませんでした。{0}",

        // Amount refusals: {0} a whole example ("40"), {1} the example with cents ("40.50" or "40,50").
        AmountEmpty => "金額を入力してください（例：{0}、{1}）。",
        AmountNotNumber => "数字のみを使用してください（例：{0}、{1}）。",
        // {0} an amount (zero).
        AmountNotPositive => "{0}より大きい金額を入力してください。",
        AmountTooManyDecimals => "小数点以下は2桁（セント）までにしてください。",
        AmountTooLarge => "金額が大きすぎます。",
        // {0} an example with groups, such as "1,000.50" or "1 000,50".
        GroupsCommas => "「,」は3桁ごとの区切りに使用してください（例：{0}）。",
        GroupsPoints => "「.」は3桁ごとの区切りに使用してください（例：{0}）。",
        GroupsSpaces => "スペースは3桁ごとの区切りに使用してください（例：{0}）。",
        // The mark before the cents is unclear; {0} an example such as "1.000,50".
        CentsAfterComma => "セントの前には「,」を入れてください（例：{0}）。",
        CentsAfterPoint => "セントの前には「.」を入れてください（例：{0}）。",
        AmountNotDollars => "金額は米ドルで入力してください（例：{0}、{1}）。",
        DateMalformed => "日付はYYYY-MM-DDの形式で入力してください。",
        DateNoSuchDay => "その日付は存在しません。",

        // {0} the amount refused, {1} the monthly limit, {2} the most allowed now (amounts).
        OverCap => "{0}は入金できません。1回の入金額は月間支出上限の{1}を超えることはできません。現在入金できる最大額は{2}です。",
        // {0} an amount, {1} a date, {2} a monthly limit (amount).
        BreaksLater => "この操作を行うと、{1}の購入（{0}）が、当時適用されていた月間上限{2}を超えることになります。",
        // {0} a date.
        FutureDate => "{0}は未来の日付です。購入は完了してから記録してください。",
        // {0} an id (technical).
        DuplicateId => "ID「{0}」は別の購入ですでに使用されています。",
        UnknownId => "ID「{0}」の購入はありません。",

        PlanUnknownTier => "このティア表にそのティアはありません。",
        PlanByArrangement => "このティアは購入で到達するものではなく、営業チームとの個別契約で適用されます。",
        // {0} a number (1,000).
        PlanTooManySteps => "このティアに到達するには、{0}回を超える入金が必要です。",

        // Import refusals. {0} a technical detail from the JSON reader (stays in English).
        FileNotLedger => "tierupの台帳ファイルではありません：{0}",
        // {0} the file's "format" field.
        FileWrongFormat => "このファイルは「{0}」形式で、tierupの台帳ではありません。",
        // {0} a version number.
        FileNewer => "この台帳は新しいバージョンのtierup（バージョン{0}）で作成されています。読み込むにはtierupを更新してください。",
        FileUnknownVersion => "台帳のバージョン{0}にはtierupが対応していません。",
        // {0} the reason (an amount refusal, a sentence).
        FileOpeningTotal => "記録開始前の合計が正しくありません：{0}",
        // {0} the purchase's position in the file, {1} its id, {2} the reason (a sentence).
        FileEntryWithId => "{0}件目の購入（ID「{1}」）：{2}",
        // {0} the position, {1} the reason.
        FileEntry => "{0}件目の購入：{1}",
        FileEmptyId => "IDが空です。",
        JsonSyntax => "{0}行目の{1}文字目から、有効なJSONではありません。",
        JsonNotObject => "内容は {…} で囲んだJSONオブジェクトである必要があります。",
        JsonMissing => "フィールド\"{0}\"がありません。",
        JsonUnknown => "\"{0}\"はこの形式のフィールドではありません。",
        JsonDuplicate => "フィールド\"{0}\"が2回指定されています。",
        JsonWantText => "\"{0}\"は引用符で囲んだ文字列である必要があります。",
        JsonWantNumber => "\"{0}\"は整数である必要があります。",
        JsonWantBool => "\"{0}\"はtrueまたはfalseである必要があります。",
        JsonWantList => "\"{0}\"は [...] で囲んだリストである必要があります。",
        JsonWantObject => "\"{0}\"は {…} で囲んだオブジェクトである必要があります。",
        JsonBadValue => "\"{0}\"の値はtierupでは使用できません。",
        JsonField => "\"{0}\"：{1}",

        // A page's own schedule is refused. {0} a technical detail from the JSON reader.
        ScheduleJson => "ティア表が、想定された構造の有効なJSONではありません：{0}",
        ScheduleEmptyTitle => "ティア表にはタイトルが必要です。",
        ScheduleNoTiers => "ティア表にティアがありません。",
        ScheduleNoPurchasable => "ティア表に、購入で到達できるティアがありません。",
        // {0} a position (1, 2...).
        ScheduleEmptyId => "{0}番目のティアにIDがありません。",
        // {0} a tier id (technical).
        ScheduleDuplicateId => "ティアID「{0}」が2回使用されています。",
        ScheduleEmptyName => "ティア「{0}」に名前がありません。",
        ScheduleMissingThreshold => "ティア「{0}」にはしきい値（または \"by_arrangement\": true）が必要です。",
        ScheduleNotIncreasing => "ティア「{0}」の必要額は、前のティアより大きくする必要があります。",
        ScheduleArrangementNotLast => "ティア「{0}」は個別契約のティアのため、最後のティアにする必要があります。",
        ScheduleLimitZero => "ティア「{0}」の月間上限が0になっています。",
        ScheduleLimitDecreasing => "ティア「{0}」の月間上限が、前のティアより低くなっています。",

        // The page's data-* attributes. {0} the value given.
        ConfigView => "data-view=\"{0}\" は有効な表示形式ではありません。\"full\" または \"compact\" を指定してください。ウィジェットを完全版で表示しています。",
        ConfigLocale => "data-locale=\"{0}\" はtierupが対応していない言語です。{1}で表示しています。",
        ConfigTargetTier => "data-target-tier=\"{0}\" はこのティア表のティアIDではありません。",
        ConfigScheduleEmpty => "data-schedule が空です。ティア表のJSONファイルのURLを指定してください。既定のティア表を使用しています。",

        StorageUnavailable => "このブラウザーではtierupがここにデータを保存できないため、ページを閉じると購入履歴は失われます。",
        // Count {0} = records set aside; {1} the list of storage keys with technical reasons.
        StorageSetAside => "保存されている{0}件の記録を使用できなかったため、変更せずに別途保管しています：{1}。それ以外はすべて表示しています。",
        // {0} a technical reason, {1} a storage key.
        StorageQuarantined => "保存された設定を読み取れませんでした（{0}）。設定は「{1}」に変更されないまま保管されています。",
        // {0} a storage key, {1} a technical reason.
        StorageLeftInPlace => "「{0}」に保存されたデータを読み取れませんでした（{1}）。データはそのまま残しているため、tierupは読み取り専用となり、変更は保存されません。",
        // {0} a version number.
        StorageNewer => "購入履歴は新しいバージョンのtierup（ストレージバージョン{0}）で保存されています。データはそのまま残しているため、ここではtierupは読み取り専用です。変更するにはページを更新してください。",
        StorageWriteFailed => "最新の変更を保存できませんでした（ブラウザーのストレージの空き容量がないか、ブロックされています）。変更はここに表示されており、空き容量ができると、次回の変更時にtierupがあわせて保存します。",
        // Why a stored entry is set aside. StorageAtLine: {0} a storage key, {1} a line number.
        StorageAtLine => "{0}（{1}行目）",
        StorageNotAnEvent => "購入でも削除でもありません",
        StorageNotATime => "時刻を読み取れません",
        StorageNotAnAmount => "0より大きい金額ではありません",
        StorageNotADate => "有効なYYYY-MM-DD形式の日付ではありません",
        StorageBadId => "購入IDが空か、破損しています",
        StorageNoSessionSuffix => "キーの末尾がセッション名ではありません",
        StorageIdTaken => "別の購入が同じIDを使っています",
        // {0} the format name found.
        StorageWrongFormat => "形式「{0}」はtierupの形式ではありません",
    }
}
