//! Every message tierup shows. Each language file matches on all of them, so adding one here
//! fails the build until every language has it; `tests/i18n.rs` checks blanks and plural forms.

macro_rules! texts {
    ($($name:ident),* $(,)?) => {
        /// A message; its English, with what fills each blank, is in `en.rs`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Text { $($name),* }

        impl Text {
            pub const ALL: &'static [Text] = &[$(Text::$name),*];
        }

        /// A digest of the message keys, in order: a language pack carries the one it was made
        /// for, so a pack from another version is never read into the wrong slots. Computed at
        /// compile time: the names themselves stay out of the wasm.
        pub const KEYS_DIGEST: u32 = digest(&[$(stringify!($name)),*]);
    };
}

/// FNV-1a over the names, each followed by a comma.
const fn digest(names: &[&str]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < names.len() {
        let bytes = names[i].as_bytes();
        let mut j = 0;
        while j <= bytes.len() {
            let byte = if j < bytes.len() { bytes[j] } else { b',' };
            hash = (hash ^ byte as u32).wrapping_mul(0x0100_0193);
            j += 1;
        }
        i += 1;
    }
    hash
}

texts! {
    WidgetLabel, LanguageLabel, LanguageUnavailable,
    ScheduleUnusable, FetchUnreachable, FetchStatus, FetchUnreadable, FileUnreadable, DownloadRefused,
    NoTierYet, NoTierYetInline, PurchasedSoFar, MonthlyLimit, MostDepositNow, NoneYet, NoLimit,
    MoreToReach, HighestTier, ProgressLabel, Pending, AsOf, SourceLink, PlanningAid,
    AddPurchase, AmountLabel, DateLabel,
    PurchasesHeading, NoPurchases, PurchasesLabel, EarlierPurchases, ShowingNewest, ShowMore, Delete, DeleteLabel, Undo, ClearAll,
    UndoDeleted, UndoCleared, UndoOpening, CannotDelete, CannotUndo, ReadOnly,
    HowMuchMore, TargetTier, ReachedTier, MoreNeeded, StepToday, StepOn, ReachOn,
    WhatIfLabel, WhatIfResult, NotAllowed,
    LadderTitle, PerMonth, NoLimitShort, YouAre, DescribeAt, DescribeNoTier, DescribeStep, DescribeStepNoLimit,
    DescribePlan, ThenSeparator,
    OpeningHeading, OpeningLabel, SaveOpening,
    TransferHeading, ExportJson, ExportCsv, CsvPurchaseId, ImportLabel, NothingNew, Imported, NothingImported,
    AmountEmpty, AmountNotNumber, AmountNotPositive, AmountTooManyDecimals, AmountTooLarge,
    GroupsCommas, GroupsPoints, GroupsSpaces, CentsAfterComma, CentsAfterPoint, AmountNotDollars,
    DateMalformed, DateNoSuchDay,
    OverCap, BreaksLater, FutureDate, DuplicateId, UnknownId,
    PlanUnknownTier, PlanByArrangement, PlanTooManySteps,
    FileNotLedger, FileWrongFormat, FileNewer, FileUnknownVersion, FileOpeningTotal, FileEntryWithId, FileEntry,
    FileEmptyId,
    JsonSyntax, JsonNotObject, JsonMissing, JsonUnknown, JsonDuplicate, JsonWantText, JsonWantNumber, JsonWantBool,
    JsonWantList, JsonWantObject, JsonBadValue, JsonField,
    ScheduleJson, ScheduleEmptyTitle, ScheduleNoTiers, ScheduleNoPurchasable, ScheduleEmptyId, ScheduleDuplicateId,
    ScheduleEmptyName, ScheduleMissingThreshold, ScheduleNotIncreasing, ScheduleArrangementNotLast,
    ScheduleLimitZero, ScheduleLimitDecreasing,
    ConfigView, ConfigLocale, ConfigTargetTier, ConfigScheduleEmpty,
    StorageUnavailable, StorageSetAside, StorageQuarantined, StorageLeftInPlace, StorageNewer, StorageWriteFailed,
    StorageAtLine, StorageNotAnEvent, StorageNotATime, StorageNotAnAmount, StorageNotADate, StorageBadId,
    StorageNoSessionSuffix, StorageIdTaken, StorageWrongFormat,
}
