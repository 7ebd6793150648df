//! Korean: 합니다/하세요 polite style; no variable particles (을/를, 이/가...) right after a blank; tier = 티어, deposit = 충전.

use super::Text::{self, *};

pub(super) fn text(text: Text) -> &'static str {
    match text {
        // The widget's accessible name.
        WidgetLabel => "tierup: API 사용량 티어 계산기",
        // The standalone page's language picker.
        LanguageLabel => "언어",
        LanguageUnavailable => "{0} 텍스트를 불러오지 못해 tierup을 영어로 표시합니다.",
        // {0} the schedule's URL, {1} one of the schedule or fetch errors below (a sentence).
        ScheduleUnusable => "{0}의 티어 기준표를 사용할 수 없습니다. {1} 기본 티어 기준표를 표시합니다.",
        FetchUnreachable => "서버에 연결할 수 없습니다.",
        // {0} an HTTP status code.
        FetchStatus => "서버의 응답 상태 코드가 {0}입니다.",
        FetchUnreadable => "서버의 응답을 읽을 수 없습니다.",
        FileUnreadable => "파일을 읽을 수 없습니다.",
        DownloadRefused => "브라우저에서 파일 저장을 거부했습니다.",

        // Status: the tier name where there is none (a heading), and inside a sentence.
        NoTierYet => "아직 티어 없음",
        NoTierYetInline => "아직 티어 없음",
        PurchasedSoFar => "지금까지 구매한 금액",
        MonthlyLimit => "월 한도",
        MostDepositNow => "지금 충전 가능한 최대 금액",
        // The monthly limit before any tier is reached.
        NoneYet => "아직 없음",
        NoLimit => "한도 없음",
        // {0} an amount, {1} a tier name.
        MoreToReach => "{1}까지 {0} 남음",
        HighestTier => "구매로 도달할 수 있는 최고 티어에 도달했습니다.",
        ProgressLabel => "다음 티어까지의 진행률",
        // {0} a tier name, {1} a date (YYYY-MM-DD).
        Pending => "{0}: 대기 기간이 끝나는 {1}부터 적용됩니다.",
        // {0} the schedule's title, {1} a date.
        AsOf => "{0} · {1} 기준",
        SourceLink => "출처",
        PlanningAid => "계획을 위한 참고 도구이며 이 브라우저에만 저장됩니다. 정확한 정보는 Console의 결제 페이지를 기준으로 하세요.",

        // Heading and button of the form.
        AddPurchase => "구매 추가",
        AmountLabel => "금액 (USD)",
        DateLabel => "날짜",

        PurchasesHeading => "구매 내역",
        NoPurchases => "아직 기록된 구매가 없습니다.",
        PurchasesLabel => "구매 내역(최신순)",
        EarlierPurchases => "이전 구매",
        // Count {0} = all purchases (always more than 50); {1} how many are shown.
        ShowingNewest => "구매 {0}건 중 최근 {1}건을 표시합니다.",
        // Count {0} = how many more the button shows.
        ShowMore => "{0}건 더 보기",
        Delete => "삭제",
        // {0} an amount, {1} a date: the delete button's accessible name.
        DeleteLabel => "{1}의 {0} 구매 삭제",
        Undo => "실행 취소",
        ClearAll => "모든 구매 지우기",
        // {0} an amount, {1} a date.
        UndoDeleted => "{1}의 {0} 구매를 삭제했습니다.",
        // Count {0} = purchases removed.
        UndoCleared => "구매 {0}건을 지웠습니다.",
        // {0} an amount.
        UndoOpening => "기록 시작 전 합계를 변경했습니다(변경 전: {0}).",
        // {0} the reason (one of the refusals below, a sentence).
        CannotDelete => "해당 구매는 삭제할 수 없습니다. {0}",
        CannotUndo => "더 이상 실행 취소할 수 없습니다. {0}",
        ReadOnly => "위 안내로 인해 이곳의 tierup은 읽기 전용이며, 아무것도 변경할 수 없습니다.",

        HowMuchMore => "얼마나 더 필요한가요?",
        TargetTier => "목표 티어",
        // {0} an amount (zero).
        ReachedTier => "필요 금액 {0}: 이미 이 티어에 도달했습니다.",
        // {0} an amount.
        MoreNeeded => "{0} 더 필요",
        // A plan step: {0} an amount, {1} the tier it leads to (a name or "no tier yet").
        StepToday => "오늘 {0} 충전 (충전 후: {1})",
        // {0} an amount, {1} a date, {2} the tier it leads to.
        StepOn => "{1}에 {0} 충전 (충전 후: {2})",
        // {0} a date.
        ReachOn => "{0}에 도달합니다.",
        WhatIfLabel => "지금 구매할 경우 (USD)",
        // {0} an amount, {1} a tier name (or "no tier yet"), {2} an amount.
        WhatIfResult => "지금 {0}의 크레딧을 구매하면 누적 구매 금액이 {2}에 이릅니다(티어: {1}).",
        // {0} the reason (a sentence).
        NotAllowed => "허용되지 않음: {0}",

        // The ladder picture and its text alternative.
        LadderTitle => "티어 단계",
        // {0} an amount: a monthly limit under a step.
        PerMonth => "월 {0}",
        NoLimitShort => "한도 없음",
        // {0} an amount: the label of the dot where the account stands.
        YouAre => "현재: {0}",
        // {0} an amount, {1} a tier name.
        DescribeAt => "지금까지 총 {0}의 크레딧을 구매했으며 현재 {1}에 해당합니다.",
        // {0} an amount.
        DescribeNoTier => "지금까지 총 {0}의 크레딧을 구매했으며 아직 티어가 없습니다.",
        // {0} a tier name, {1} an amount, {2} an amount.
        DescribeStep => "{0}에 도달하려면 누적 {1}의 구매가 필요하며, 월 한도는 {2}입니다.",
        // {0} a tier name, {1} an amount.
        DescribeStepNoLimit => "{0}에 도달하려면 누적 {1}의 구매가 필요하며, 월 한도는 없습니다.",
        // {0} amounts joined by ThenSeparator.
        DescribePlan => "충전 계획: {0}.",
        ThenSeparator => ", 그다음 ",

        OpeningHeading => "기록 시작 전 구매",
        OpeningLabel => "tierup 사용 전에 구매한 크레딧 (USD)",
        SaveOpening => "기록 시작 전 합계 저장",

        TransferHeading => "구매 내역 백업 또는 이전",
        ExportJson => "JSON 내보내기",
        ExportCsv => "CSV 내보내기",
        CsvPurchaseId => "구매 ID",
        ImportLabel => "tierup JSON 파일 가져오기",
        NothingNew => "새로운 항목이 없습니다. 이 파일의 모든 구매가 이미 등록되어 있습니다.",
        // Count {0} = purchases imported (1 or more).
        Imported => "구매 {0}건을 가져왔습니다.",
        // {0} the reason (a sentence).
        NothingImported => "아무것도 가져오지 않았습니다. {0}",

        // Amount refusals: {0} a whole example ("40"), {1} the example with cents ("40.50" or "40,50").
        AmountEmpty => "금액을 입력하세요(예: {0} 또는 {1}).",
        AmountNotNumber => "숫자만 사용하세요(예: {0} 또는 {1}).",
        // {0} an amount (zero).
        AmountNotPositive => "금액은 {0}보다 커야 합니다.",
        AmountTooManyDecimals => "소수점 이하는 두 자리(센트)까지만 입력하세요.",
        AmountTooLarge => "금액이 너무 큽니다.",
        // {0} an example with groups, such as "1,000.50" or "1 000,50".
        GroupsCommas => "쉼표(,)는 세 자리마다 숫자를 구분하는 데만 사용하세요(예: {0}).",
        GroupsPoints => "마침표(.)는 세 자리마다 숫자를 구분하는 데만 사용하세요(예: {0}).",
        GroupsSpaces => "공백은 세 자리마다 숫자를 구분하는 데만 사용하세요(예: {0}).",
        // The mark before the cents is unclear; {0} an example such as "1.000,50".
        CentsAfterComma => "센트 앞에는 쉼표(,)를 넣으세요(예: {0}).",
        CentsAfterPoint => "센트 앞에는 소수점(.)을 넣으세요(예: {0}).",
        AmountNotDollars => "금액은 미국 달러로 입력하세요(예: {0} 또는 {1}).",
        DateMalformed => "날짜를 YYYY-MM-DD 형식으로 입력하세요.",
        DateNoSuchDay => "존재하지 않는 날짜입니다.",

        // {0} the amount refused, {1} the monthly limit, {2} the most allowed now (amounts).
        OverCap => "{0} 충전은 불가능합니다. 1회 충전 금액은 월 지출 한도({1})를 초과할 수 없습니다. 지금 충전할 수 있는 최대 금액은 {2}입니다.",
        // {0} an amount, {1} a date, {2} a monthly limit (amount).
        BreaksLater => "이렇게 하면 {1}의 {0} 구매가 당시 적용되던 월 한도({2})를 초과하게 됩니다.",
        // {0} a date.
        FutureDate => "미래 날짜({0})입니다. 구매는 완료된 후에 기록하세요.",
        // {0} an id (technical).
        DuplicateId => "이미 다른 구매에서 사용 중인 ID입니다: \"{0}\"",
        UnknownId => "ID가 \"{0}\"인 구매가 없습니다.",

        PlanUnknownTier => "이 티어 기준표에 해당 티어가 없습니다.",
        PlanByArrangement => "이 티어는 구매로 도달하는 것이 아니라 영업팀과의 협의를 통해 적용됩니다.",
        // {0} a number (1,000).
        PlanTooManySteps => "이 티어에 도달하려면 {0}회를 넘는 충전이 필요합니다.",

        // Import refusals. {0} a technical detail from the JSON reader (stays in English).
        FileNotLedger => "tierup 원장 파일이 아닙니다: {0}",
        // {0} the file's "format" field.
        FileWrongFormat => "이 파일은 tierup 원장이 아니라 \"{0}\" 형식입니다.",
        // {0} a version number.
        FileNewer => "이 원장은 더 최신 버전의 tierup(버전 {0})에서 작성되었습니다. 읽으려면 tierup을 업데이트하세요.",
        FileUnknownVersion => "tierup에서 인식할 수 없는 원장 버전({0})입니다.",
        // {0} the reason (an amount refusal, a sentence).
        FileOpeningTotal => "기록 시작 전 합계가 올바르지 않습니다: {0}",
        // {0} the purchase's position in the file, {1} its id, {2} the reason (a sentence).
        FileEntryWithId => "{0}번째 구매(ID \"{1}\"): {2}",
        // {0} the position, {1} the reason.
        FileEntry => "{0}번째 구매: {1}",
        FileEmptyId => "ID가 비어 있습니다.",
        JsonSyntax => "{0}번째 줄 {1}번째 문자부터 올바른 JSON이 아닙니다.",
        JsonNotObject => "내용은 {…}로 묶은 JSON 객체여야 합니다.",
        JsonMissing => "\"{0}\" 필드가 없습니다.",
        JsonUnknown => "\"{0}\" 필드는 이 형식에 없는 필드입니다.",
        JsonDuplicate => "\"{0}\" 필드가 두 번 지정되었습니다.",
        JsonWantText => "\"{0}\" 값은 따옴표로 묶은 텍스트여야 합니다.",
        JsonWantNumber => "\"{0}\" 값은 정수여야 합니다.",
        JsonWantBool => "\"{0}\" 값은 true 또는 false여야 합니다.",
        JsonWantList => "\"{0}\" 값은 [...]로 묶은 목록이어야 합니다.",
        JsonWantObject => "\"{0}\" 값은 {…}로 묶은 객체여야 합니다.",
        JsonBadValue => "\"{0}\" 값은 tierup에서 사용할 수 없습니다.",
        JsonField => "\"{0}\": {1}",

        // A page's own schedule is refused. {0} a technical detail from the JSON reader.
        ScheduleJson => "티어 기준표가 예상된 구조의 유효한 JSON이 아닙니다: {0}",
        ScheduleEmptyTitle => "티어 기준표에는 제목이 필요합니다.",
        ScheduleNoTiers => "티어 기준표에 티어가 없습니다.",
        ScheduleNoPurchasable => "티어 기준표에 구매로 도달할 수 있는 티어가 없습니다.",
        // {0} a position (1, 2...).
        ScheduleEmptyId => "{0}번째 티어에 ID가 없습니다.",
        // {0} a tier id (technical).
        ScheduleDuplicateId => "같은 티어 ID가 두 번 사용되었습니다: \"{0}\"",
        ScheduleEmptyName => "티어 \"{0}\"에 이름이 없습니다.",
        ScheduleMissingThreshold => "티어 \"{0}\"에 기준 금액(또는 \"by_arrangement\": true)이 필요합니다.",
        ScheduleNotIncreasing => "티어 \"{0}\"의 기준 금액은 이전 티어보다 커야 합니다.",
        ScheduleArrangementNotLast => "티어 \"{0}\"의 적용 방식은 별도 협의이므로 마지막 티어여야 합니다.",
        ScheduleLimitZero => "티어 \"{0}\"의 월 한도가 0입니다.",
        ScheduleLimitDecreasing => "티어 \"{0}\"의 월 한도가 이전 티어보다 낮습니다.",

        // The page's data-* attributes. {0} the value given.
        ConfigView => "data-view=\"{0}\": 올바른 보기 형식이 아닙니다. \"full\" 또는 \"compact\" 중 하나를 사용하세요. 전체 위젯을 표시합니다.",
        ConfigLocale => "data-locale=\"{0}\": tierup에서 지원하지 않는 언어입니다. {1}로 표시합니다.",
        ConfigTargetTier => "data-target-tier=\"{0}\": 이 티어 기준표의 티어 ID가 아닙니다.",
        ConfigScheduleEmpty => "data-schedule 값이 비어 있습니다. 티어 기준표 JSON 파일의 URL을 지정하세요. 기본 티어 기준표를 사용합니다.",

        StorageUnavailable => "이 브라우저에서는 tierup이 이곳에 데이터를 저장할 수 없으므로 페이지를 닫으면 구매 내역이 사라집니다.",
        // Count {0} = records set aside; {1} the list of storage keys with technical reasons.
        StorageSetAside => "저장된 기록 {0}건을 사용할 수 없어 변경하지 않고 따로 보관했습니다: {1}. 나머지는 모두 표시됩니다.",
        // {0} a technical reason, {1} a storage key.
        StorageQuarantined => "저장된 설정을 읽을 수 없습니다({0}). 설정은 변경되지 않은 채 \"{1}\"에 보관되어 있습니다.",
        // {0} a storage key, {1} a technical reason.
        StorageLeftInPlace => "\"{0}\"에 저장된 데이터를 읽을 수 없습니다({1}). 데이터를 그대로 두었으므로 tierup은 읽기 전용이며 변경 사항은 저장되지 않습니다.",
        // {0} a version number.
        StorageNewer => "구매 내역이 더 최신 버전의 tierup(저장소 버전 {0})에서 저장되었습니다. 데이터를 그대로 두었으므로 이곳의 tierup은 읽기 전용입니다. 변경하려면 페이지를 새로 고침하세요.",
        StorageWriteFailed => "최근 변경 사항을 저장할 수 없습니다(브라우저 저장소가 가득 찼거나 차단됨). 변경 사항은 여기에 표시되며, 공간이 확보되면 다음 변경 시 tierup이 함께 저장합니다.",
        // Why a stored entry is set aside. StorageAtLine: {0} a storage key, {1} a line number.
        StorageAtLine => "{0}({1}번째 줄)",
        StorageNotAnEvent => "구매도 삭제도 아닙니다",
        StorageNotATime => "시간을 읽을 수 없습니다",
        StorageNotAnAmount => "0보다 큰 금액이 아닙니다",
        StorageNotADate => "올바른 YYYY-MM-DD 날짜가 아닙니다",
        StorageBadId => "구매 ID가 비어 있거나 손상되었습니다",
        StorageNoSessionSuffix => "키가 세션 이름으로 끝나지 않습니다",
        StorageIdTaken => "다른 구매가 같은 ID를 사용합니다",
        // {0} the format name found.
        StorageWrongFormat => "\"{0}\" 형식은 tierup 형식이 아닙니다",
    }
}
