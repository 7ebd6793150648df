//! English: the source of every message. The comment before each says what fills its blanks;
//! `a|b` holds plural forms (here: one, other) and `{0}` in them is the count.

use super::Text::{self, *};

pub(super) const fn text(text: Text) -> &'static str {
    match text {
        // The widget's accessible name.
        WidgetLabel => "tierup: API usage tier calculator",
        // The standalone page's language picker.
        LanguageLabel => "Language",
        // {0} the language's own name ("Français"): its pack could not be fetched.
        LanguageUnavailable => "The texts in {0} could not be loaded, so tierup is shown in English.",
        // {0} the schedule's URL, {1} one of the schedule or fetch errors below (a sentence).
        ScheduleUnusable => "The tier schedule at {0} could not be used: {1} Showing the default schedule.",
        FetchUnreachable => "The server could not be reached.",
        // {0} an HTTP status code.
        FetchStatus => "The server answered {0}.",
        FetchUnreadable => "Its answer could not be read.",
        FileUnreadable => "The file could not be read.",
        DownloadRefused => "The browser refused to save the file.",

        // Status: the tier name where there is none (a heading), and inside a sentence.
        NoTierYet => "No tier yet",
        NoTierYetInline => "no tier yet",
        PurchasedSoFar => "Purchased so far",
        MonthlyLimit => "Monthly limit",
        MostDepositNow => "Most you can deposit now",
        // The monthly limit before any tier is reached.
        NoneYet => "None yet",
        NoLimit => "No limit",
        // {0} an amount, {1} a tier name.
        MoreToReach => "{0} more to reach {1}",
        HighestTier => "You are on the highest tier reached by purchases.",
        ProgressLabel => "Progress toward the next tier",
        // {0} a tier name, {1} a date (YYYY-MM-DD).
        Pending => "{0} starts on {1}, once its waiting period ends.",
        // {0} the schedule's title, {1} a date.
        AsOf => "{0} · as of {1}",
        // Beside the schedule's title and date: a link to where its figures come from.
        SourceLink => "Source",
        // Under the schedule's title: what tierup is and is not.
        PlanningAid => "A planning aid, kept in this browser only. The Console's Billing page is the authority.",

        // Heading and button of the form.
        AddPurchase => "Add purchase",
        AmountLabel => "Amount (USD)",
        DateLabel => "Date",

        PurchasesHeading => "Purchases",
        NoPurchases => "No purchases recorded yet.",
        PurchasesLabel => "Purchases, newest first",
        // The folded part of the purchase list, after the newest few.
        EarlierPurchases => "Earlier purchases",
        // Count {0} = all purchases (always more than 50); {1} how many are shown.
        ShowingNewest => "Showing the newest {1} of {0} purchase.|Showing the newest {1} of {0} purchases.",
        // Count {0} = how many more the button shows.
        ShowMore => "Show {0} more|Show {0} more",
        Delete => "Delete",
        // {0} an amount, {1} a date: the delete button's accessible name.
        DeleteLabel => "Delete the purchase of {0} on {1}",
        Undo => "Undo",
        ClearAll => "Clear all purchases",
        // {0} an amount, {1} a date.
        UndoDeleted => "Deleted the purchase of {0} on {1}.",
        // Count {0} = purchases removed.
        UndoCleared => "Cleared {0} purchase.|Cleared {0} purchases.",
        // {0} an amount.
        UndoOpening => "Changed the opening total from {0}.",
        // {0} the reason (one of the refusals below, a sentence).
        CannotDelete => "That purchase cannot be deleted. {0}",
        CannotUndo => "Undo is not possible any more. {0}",
        ReadOnly => "tierup is read-only here because of the notice above: nothing can be changed.",

        HowMuchMore => "How much more do I need?",
        TargetTier => "Target tier",
        // {0} an amount (zero).
        ReachedTier => "{0} needed: you have reached this tier.",
        // {0} an amount.
        MoreNeeded => "{0} more needed",
        // A plan step: {0} an amount, {1} the tier it leads to (a name or "no tier yet").
        StepToday => "Deposit {0} today (then {1})",
        // {0} an amount, {1} a date, {2} the tier it leads to.
        StepOn => "Deposit {0} on {1} (then {2})",
        // {0} a date.
        ReachOn => "You reach it on {0}.",
        WhatIfLabel => "What if I buy now (USD)",
        // {0} an amount, {1} a tier name (or "no tier yet"), {2} an amount.
        WhatIfResult => "Buying {0} now brings you to {1} with {2} purchased.",
        // {0} the reason (a sentence).
        NotAllowed => "Not allowed: {0}",

        // The ladder picture and its text alternative.
        LadderTitle => "The tier ladder",
        // {0} an amount: a monthly limit under a step.
        PerMonth => "{0}/mo",
        NoLimitShort => "no limit",
        // {0} an amount: the label of the dot where the account stands.
        YouAre => "You: {0}",
        // {0} an amount, {1} a tier name.
        DescribeAt => "You have purchased {0} and are at {1}.",
        // {0} an amount.
        DescribeNoTier => "You have purchased {0} and have no tier yet.",
        // {0} a tier name, {1} an amount, {2} an amount.
        DescribeStep => "{0} needs {1} and gives a {2} monthly limit.",
        // {0} a tier name, {1} an amount.
        DescribeStepNoLimit => "{0} needs {1} and gives no monthly limit.",
        // {0} amounts joined by ThenSeparator.
        DescribePlan => "Plan: deposit {0}.",
        ThenSeparator => ", then ",

        OpeningHeading => "Bought before tracking",
        OpeningLabel => "Credits purchased before you started using tierup (USD)",
        SaveOpening => "Save opening total",

        TransferHeading => "Back up or move your purchases",
        ExportJson => "Export JSON",
        ExportCsv => "Export CSV",
        // The id column's header in the CSV export (the date and amount columns use DateLabel and AmountLabel).
        CsvPurchaseId => "Purchase ID",
        ImportLabel => "Import a tierup JSON file",
        NothingNew => "Nothing new: every purchase in that file is already here.",
        // Count {0} = purchases imported (1 or more).
        Imported => "Imported {0} purchase.|Imported {0} purchases.",
        // {0} the reason (a sentence).
        NothingImported => "Nothing was imported. {0}",

        // Amount refusals: {0} a whole example ("40"), {1} the example with cents ("40.50" or "40,50").
        AmountEmpty => "Enter an amount, for example {0} or {1}.",
        AmountNotNumber => "Use digits only, for example {0} or {1}.",
        // {0} an amount (zero).
        AmountNotPositive => "The amount must be more than {0}.",
        AmountTooManyDecimals => "Use at most two decimals (cents).",
        AmountTooLarge => "That amount is too large.",
        // {0} an example with groups, such as "1,000.50" or "1 000,50".
        GroupsCommas => "Commas must separate groups of three digits, as in {0}.",
        GroupsPoints => "Points must separate groups of three digits, as in {0}.",
        GroupsSpaces => "Spaces must separate groups of three digits, as in {0}.",
        // The mark before the cents is unclear; {0} an example such as "1.000,50".
        CentsAfterComma => "Put a comma before the cents, as in {0}.",
        CentsAfterPoint => "Put a point before the cents, as in {0}.",
        AmountNotDollars => "Amounts are in US dollars, for example {0} or {1}.",
        DateMalformed => "Enter a date as YYYY-MM-DD.",
        DateNoSuchDay => "That day is not on the calendar.",

        // {0} the amount refused, {1} the monthly limit, {2} the most allowed now (amounts).
        OverCap => "You can't deposit {0}: a deposit may not exceed your monthly spend limit of {1}. The most you can deposit now is {2}.",
        // {0} an amount, {1} a date, {2} a monthly limit (amount).
        BreaksLater => "This would leave the purchase of {0} on {1} above the {2} monthly limit that applied then.",
        // {0} a date.
        FutureDate => "{0} is in the future. Record purchases once made.",
        // {0} an id (technical).
        DuplicateId => "A different purchase already has the id \"{0}\".",
        UnknownId => "No purchase has the id \"{0}\".",

        PlanUnknownTier => "There is no such tier in this schedule.",
        PlanByArrangement => "This tier is arranged with the sales team, not reached by purchases.",
        // {0} a number (1,000).
        PlanTooManySteps => "Reaching this tier would take more than {0} deposits.",

        // Import refusals. {0} one of the JSON refusals below (a sentence).
        FileNotLedger => "This is not a tierup ledger file: {0}",
        // {0} the file's "format" field.
        FileWrongFormat => "This file is a \"{0}\", not a tierup ledger.",
        // {0} a version number.
        FileNewer => "This ledger was written by a newer tierup (version {0}). Update tierup to read it.",
        FileUnknownVersion => "Ledger version {0} is not one tierup knows.",
        // {0} the reason (an amount refusal, a sentence).
        FileOpeningTotal => "The opening total is wrong: {0}",
        // {0} the purchase's position in the file, {1} its id, {2} the reason (a sentence).
        FileEntryWithId => "Purchase {0} (id \"{1}\"): {2}",
        // {0} the position, {1} the reason.
        FileEntry => "Purchase {0}: {1}",
        FileEmptyId => "The id is empty.",
        // Why a JSON document was refused. {0} the path of a field (tiers[2].wait_days, code); in
        // JsonSyntax {0} a line and {1} a column; in JsonField {1} an amount or date refusal (a sentence).
        JsonSyntax => "The text stops being valid JSON at line {0}, column {1}.",
        JsonNotObject => "It should be a JSON object, written {…}.",
        JsonMissing => "The field \"{0}\" is missing.",
        JsonUnknown => "\"{0}\" is not a field of this format.",
        JsonDuplicate => "The field \"{0}\" is given twice.",
        JsonWantText => "\"{0}\" should be text in quotes.",
        JsonWantNumber => "\"{0}\" should be a whole number.",
        JsonWantBool => "\"{0}\" should be true or false.",
        JsonWantList => "\"{0}\" should be a list, written [...].",
        JsonWantObject => "\"{0}\" should be an object, written {…}.",
        JsonBadValue => "\"{0}\" has a value tierup cannot use.",
        JsonField => "\"{0}\": {1}",

        // A page's own schedule is refused. {0} one of the JSON refusals below (a sentence).
        ScheduleJson => "The schedule is not valid JSON of the expected shape: {0}",
        ScheduleEmptyTitle => "The schedule needs a title.",
        ScheduleNoTiers => "The schedule has no tiers.",
        ScheduleNoPurchasable => "No tier in the schedule can be reached by purchases.",
        // {0} a position (1, 2...).
        ScheduleEmptyId => "Tier {0} has no id.",
        // {0} a tier id (technical).
        ScheduleDuplicateId => "The tier id \"{0}\" is used twice.",
        ScheduleEmptyName => "Tier \"{0}\" has no name.",
        ScheduleMissingThreshold => "Tier \"{0}\" needs a threshold (or \"by_arrangement\": true).",
        ScheduleNotIncreasing => "Tier \"{0}\" must need more than the tier before it.",
        ScheduleArrangementNotLast => "Tier \"{0}\" is by arrangement, so it must be the last tier.",
        ScheduleLimitZero => "Tier \"{0}\" has a monthly limit of zero.",
        ScheduleLimitDecreasing => "Tier \"{0}\" has a lower monthly limit than the tier before it.",

        // The page's data-* attributes. {0} the value given.
        ConfigView => "data-view=\"{0}\" is not a view: use \"full\" or \"compact\". Showing the full widget.",
        ConfigLocale => "data-locale=\"{0}\" is not a language tierup has. Showing {1}.",
        ConfigTargetTier => "data-target-tier=\"{0}\" is not a tier id of this schedule.",
        ConfigScheduleEmpty => "data-schedule is empty: give the URL of a schedule JSON file. Using the default schedule.",

        StorageUnavailable => "This browser does not let tierup keep data here, so your purchases will be forgotten when you close the page.",
        // Count {0} = records set aside; {1} the list of storage keys with technical reasons.
        StorageSetAside => "1 saved record could not be used and is kept aside, unchanged: {1}. Everything else is shown.|Some saved records could not be used and are kept aside, unchanged: {1}. Everything else is shown.",
        // {0} a technical reason, {1} a storage key.
        StorageQuarantined => "Your saved settings could not be read ({0}). They are kept unchanged under \"{1}\".",
        // {0} a storage key, {1} a technical reason.
        StorageLeftInPlace => "Your saved data under \"{0}\" could not be read ({1}). It is left untouched, so tierup is read-only and changes will not be kept.",
        // {0} a version number.
        StorageNewer => "Your purchases were saved by a newer tierup (storage version {0}). They are left untouched and tierup is read-only here: update the page to make changes.",
        StorageWriteFailed => "Your latest change could not be saved (browser storage is full or blocked). It is shown here, and tierup will save it with your next change once there is room.",
        // Why a stored entry is set aside. StorageAtLine: {0} a storage key, {1} a line number.
        StorageAtLine => "{0} (line {1})",
        StorageNotAnEvent => "not a purchase or a deletion",
        StorageNotATime => "its time cannot be read",
        StorageNotAnAmount => "not an amount above zero",
        StorageNotADate => "not a real YYYY-MM-DD date",
        StorageBadId => "its purchase id is empty or damaged",
        StorageNoSessionSuffix => "the key does not end in a tab session's name",
        StorageIdTaken => "another purchase has its id",
        // {0} the format name found.
        StorageWrongFormat => "the format \"{0}\" is not tierup's",
    }
}
