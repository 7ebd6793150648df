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
    };
}

texts! {
    WidgetLabel, Loading, LanguageLabel,
    ScheduleUnusable, FetchUnreachable, FetchStatus, FetchUnreadable, FileUnreadable, DownloadRefused,
    NoTierYet, NoTierYetInline, PurchasedSoFar, MonthlyLimit, MostDepositNow, NoneYet, NoLimit,
    MoreToReach, HighestTier, ProgressLabel, Pending, AsOf,
    AddPurchase, AmountLabel, DateLabel,
    PurchasesHeading, NoPurchases, PurchasesLabel, ShowingNewest, ShowMore, Delete, DeleteLabel, Undo, ClearAll,
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
}
