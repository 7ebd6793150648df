//! German: formal Sie, help-center tone; tier = Stufe, schedule = Stufenplan, credits = Guthaben, ledger = Kaufprotokoll.

use super::Text::{self, *};

pub(super) fn text(text: Text) -> &'static str {
    match text {
        // The widget's accessible name.
        WidgetLabel => "tierup: Rechner für API-Nutzungsstufen",
        // The standalone page's language picker.
        LanguageLabel => "Sprache",
        LanguageUnavailable => "Die Texte auf {0} konnten nicht geladen werden, daher wird tierup auf Englisch angezeigt.",
        // {0} the schedule's URL, {1} one of the schedule or fetch errors below (a sentence).
        ScheduleUnusable => "Der Stufenplan unter {0} konnte nicht verwendet werden: {1} Es wird der Standard-Stufenplan angezeigt.",
        FetchUnreachable => "Der Server ist nicht erreichbar.",
        // {0} an HTTP status code.
        FetchStatus => "Der Server hat mit {0} geantwortet.",
        FetchUnreadable => "Die Antwort des Servers konnte nicht gelesen werden.",
        FileUnreadable => "Die Datei konnte nicht gelesen werden.",
        DownloadRefused => "Der Browser hat das Speichern der Datei verweigert.",

        // Status: the tier name where there is none (a heading), and inside a sentence.
        NoTierYet => "Noch keine Stufe",
        NoTierYetInline => "noch keine Stufe",
        PurchasedSoFar => "Bisher gekauft",
        MonthlyLimit => "Monatliches Limit",
        MostDepositNow => "Derzeit maximal einzahlbar",
        // The monthly limit before any tier is reached.
        NoneYet => "Noch keines",
        NoLimit => "Kein Limit",
        // {0} an amount, {1} a tier name.
        MoreToReach => "Noch {0} bis {1}",
        HighestTier => "Sie haben die höchste Stufe erreicht, die durch Käufe erreichbar ist.",
        ProgressLabel => "Fortschritt zur nächsten Stufe",
        // {0} a tier name, {1} a date (YYYY-MM-DD).
        Pending => "{0} gilt ab dem {1}, sobald die Wartezeit abgelaufen ist.",
        // {0} the schedule's title, {1} a date.
        AsOf => "{0} · Stand: {1}",
        SourceLink => "Quelle",
        PlanningAid => "Eine Planungshilfe, nur in diesem Browser gespeichert. Maßgeblich ist die Abrechnungsseite der Console.",

        // Heading and button of the form.
        AddPurchase => "Kauf hinzufügen",
        AmountLabel => "Betrag (USD)",
        DateLabel => "Datum",

        PurchasesHeading => "Käufe",
        NoPurchases => "Noch keine Käufe erfasst.",
        PurchasesLabel => "Käufe, neueste zuerst",
        EarlierPurchases => "Frühere Käufe",
        // Count {0} = all purchases (always more than 50); {1} how many are shown.
        ShowingNewest => "Angezeigt werden die neuesten {1} von {0} Kauf.|Angezeigt werden die neuesten {1} von {0} Käufen.",
        // Count {0} = how many more the button shows.
        ShowMore => "{0} weiteren Kauf anzeigen|{0} weitere Käufe anzeigen",
        Delete => "Löschen",
        // {0} an amount, {1} a date: the delete button's accessible name.
        DeleteLabel => "Kauf über {0} vom {1} löschen",
        Undo => "Rückgängig",
        ClearAll => "Alle Käufe löschen",
        // {0} an amount, {1} a date.
        UndoDeleted => "Kauf über {0} vom {1} gelöscht.",
        // Count {0} = purchases removed.
        UndoCleared => "{0} Kauf gelöscht.|{0} Käufe gelöscht.",
        // {0} an amount.
        UndoOpening => "Anfangssumme geändert (vorher {0}).",
        // {0} the reason (one of the refusals below, a sentence).
        CannotDelete => "Dieser Kauf kann nicht gelöscht werden. {0}",
        CannotUndo => "Rückgängigmachen ist nicht mehr möglich. {0}",
        ReadOnly => "tierup ist hier wegen des obigen Hinweises schreibgeschützt: Es können keine Änderungen vorgenommen werden.",

        HowMuchMore => "Wie viel muss ich noch kaufen?",
        TargetTier => "Zielstufe",
        // {0} an amount (zero).
        ReachedTier => "{0} erforderlich: Sie haben diese Stufe erreicht.",
        // {0} an amount.
        MoreNeeded => "Noch {0} erforderlich",
        // A plan step: {0} an amount, {1} the tier it leads to (a name or "no tier yet").
        StepToday => "{0} heute einzahlen (danach: {1})",
        // {0} an amount, {1} a date, {2} the tier it leads to.
        StepOn => "{0} am {1} einzahlen (danach: {2})",
        // {0} a date.
        ReachOn => "Sie erreichen sie am {0}.",
        WhatIfLabel => "Was wäre, wenn ich jetzt kaufe? (USD)",
        // {0} an amount, {1} a tier name (or "no tier yet"), {2} an amount.
        WhatIfResult => "Wenn Sie jetzt {0} kaufen, erreichen Sie {1} (insgesamt gekauft: {2}).",
        // {0} the reason (a sentence).
        NotAllowed => "Nicht zulässig: {0}",

        // The ladder picture and its text alternative.
        LadderTitle => "Die Stufenleiter",
        // {0} an amount: a monthly limit under a step.
        PerMonth => "{0}/Monat",
        NoLimitShort => "kein Limit",
        // {0} an amount: the label of the dot where the account stands.
        YouAre => "Sie: {0}",
        // {0} an amount, {1} a tier name.
        DescribeAt => "Sie haben {0} gekauft und {1} erreicht.",
        // {0} an amount.
        DescribeNoTier => "Sie haben {0} gekauft und noch keine Stufe erreicht.",
        // {0} a tier name, {1} an amount, {2} an amount.
        DescribeStep => "{0} erfordert {1} und bietet ein monatliches Limit von {2}.",
        // {0} a tier name, {1} an amount.
        DescribeStepNoLimit => "{0} erfordert {1} und hat kein monatliches Limit.",
        // {0} amounts joined by ThenSeparator.
        DescribePlan => "Plan: {0} einzahlen.",
        ThenSeparator => ", dann ",

        OpeningHeading => "Vor der Erfassung gekauft",
        OpeningLabel => "Vor der Nutzung von tierup gekauftes Guthaben (USD)",
        SaveOpening => "Anfangssumme speichern",

        TransferHeading => "Käufe sichern oder übertragen",
        ExportJson => "Als JSON exportieren",
        ExportCsv => "Als CSV exportieren",
        CsvPurchaseId => "Kauf-ID",
        ImportLabel => "tierup-JSON-Datei importieren",
        NothingNew => "Nichts Neues: Alle Käufe in dieser Datei sind bereits vorhanden.",
        // Count {0} = purchases imported (1 or more).
        Imported => "{0} Kauf importiert.|{0} Käufe importiert.",
        // {0} the reason (a sentence).
        NothingImported => "Es wurde nichts importiert. {0}",

        // Amount refusals: {0} a whole example ("40"), {1} the example with cents ("40.50" or "40,50").
        AmountEmpty => "Geben Sie einen Betrag ein, zum Beispiel {0} oder {1}.",
        AmountNotNumber => "Verwenden Sie nur Ziffern, zum Beispiel {0} oder {1}.",
        // {0} an amount (zero).
        AmountNotPositive => "Der Betrag muss größer als {0} sein.",
        AmountTooManyDecimals => "Verwenden Sie höchstens zwei Nachkommastellen (Cent).",
        AmountTooLarge => "Dieser Betrag ist zu hoch.",
        // {0} an example with groups, such as "1,000.50" or "1 000,50".
        GroupsCommas => "Kommas müssen Dreiergruppen von Ziffern trennen, wie in {0}.",
        GroupsPoints => "Punkte müssen Dreiergruppen von Ziffern trennen, wie in {0}.",
        GroupsSpaces => "Leerzeichen müssen Dreiergruppen von Ziffern trennen, wie in {0}.",
        // The mark before the cents is unclear; {0} an example such as "1.000,50".
        CentsAfterComma => "Trennen Sie die Cent mit einem Komma ab, wie in {0}.",
        CentsAfterPoint => "Trennen Sie die Cent mit einem Punkt ab, wie in {0}.",
        AmountNotDollars => "Beträge werden in US-Dollar angegeben, zum Beispiel {0} oder {1}.",
        DateMalformed => "Geben Sie ein Datum im Format YYYY-MM-DD ein.",
        DateNoSuchDay => "Diesen Tag gibt es im Kalender nicht.",

        // {0} the amount refused, {1} the monthly limit, {2} the most allowed now (amounts).
        OverCap => "Sie können {0} nicht einzahlen: Eine Einzahlung darf Ihr monatliches Ausgabenlimit von {1} nicht überschreiten. Derzeit können Sie höchstens {2} einzahlen.",
        // {0} an amount, {1} a date, {2} a monthly limit (amount).
        BreaksLater => "Dadurch würde der Kauf über {0} vom {1} das damals geltende monatliche Limit von {2} überschreiten.",
        // {0} a date.
        FutureDate => "{0} liegt in der Zukunft. Erfassen Sie Käufe erst, wenn sie getätigt wurden.",
        // {0} an id (technical).
        DuplicateId => "Ein anderer Kauf hat bereits die ID „{0}“.",
        UnknownId => "Es gibt keinen Kauf mit der ID „{0}“.",

        PlanUnknownTier => "Diese Stufe gibt es in diesem Stufenplan nicht.",
        PlanByArrangement => "Diese Stufe wird mit dem Vertriebsteam vereinbart und nicht durch Käufe erreicht.",
        // {0} a number (1,000).
        PlanTooManySteps => "Für diese Stufe wären mehr als {0} Einzahlungen nötig.",

        // Import refusals. {0} a technical detail from the JSON reader (stays in English).
        FileNotLedger => "Dies ist keine tierup-Kaufprotokolldatei: {0}",
        // {0} the file's "format" field.
        FileWrongFormat => "Diese Datei hat das Format „{0}“ und ist kein tierup-Kaufprotokoll.",
        // {0} a version number.
        FileNewer => "Dieses Kaufprotokoll wurde von einer neueren tierup-Version erstellt (Version {0}). Aktualisieren Sie tierup, um es zu lesen.",
        FileUnknownVersion => "Die Protokollversion {0} ist tierup nicht bekannt.",
        // {0} the reason (an amount refusal, a sentence).
        FileOpeningTotal => "Die Anfangssumme ist ungültig: {0}",
        // {0} the purchase's position in the file, {1} its id, {2} the reason (a sentence).
        FileEntryWithId => "Kauf {0} (ID „{1}“): {2}",
        // {0} the position, {1} the reason.
        FileEntry => "Kauf {0}: {1}",
        FileEmptyId => "Die ID ist leer.",
        JsonSyntax => "Der Text ist ab Zeile {0}, Spalte {1} kein gültiges JSON mehr.",
        JsonNotObject => "Der Inhalt muss ein JSON-Objekt sein, geschrieben {…}.",
        JsonMissing => "Das Feld \"{0}\" fehlt.",
        JsonUnknown => "\"{0}\" ist kein Feld dieses Formats.",
        JsonDuplicate => "Das Feld \"{0}\" kommt zweimal vor.",
        JsonWantText => "\"{0}\" muss ein Text in Anführungszeichen sein.",
        JsonWantNumber => "\"{0}\" muss eine ganze Zahl sein.",
        JsonWantBool => "\"{0}\" muss true oder false sein.",
        JsonWantList => "\"{0}\" muss eine Liste sein, geschrieben [...].",
        JsonWantObject => "\"{0}\" muss ein Objekt sein, geschrieben {…}.",
        JsonBadValue => "\"{0}\" hat einen Wert, den tierup nicht verwenden kann.",
        JsonField => "\"{0}\": {1}",

        // A page's own schedule is refused. {0} a technical detail from the JSON reader.
        ScheduleJson => "Der Stufenplan ist kein gültiges JSON in der erwarteten Form: {0}",
        ScheduleEmptyTitle => "Der Stufenplan benötigt einen Titel.",
        ScheduleNoTiers => "Der Stufenplan enthält keine Stufen.",
        ScheduleNoPurchasable => "Keine Stufe im Stufenplan ist durch Käufe erreichbar.",
        // {0} a position (1, 2...).
        ScheduleEmptyId => "Stufe {0} hat keine ID.",
        // {0} a tier id (technical).
        ScheduleDuplicateId => "Die Stufen-ID „{0}“ wird doppelt verwendet.",
        ScheduleEmptyName => "Stufe „{0}“ hat keinen Namen.",
        ScheduleMissingThreshold => "Stufe „{0}“ benötigt einen Schwellenwert (oder \"by_arrangement\": true).",
        ScheduleNotIncreasing => "Stufe „{0}“ muss einen höheren Betrag erfordern als die vorherige Stufe.",
        ScheduleArrangementNotLast => "Stufe „{0}“ wird individuell vereinbart und muss daher die letzte Stufe sein.",
        ScheduleLimitZero => "Stufe „{0}“ hat ein monatliches Limit von null.",
        ScheduleLimitDecreasing => "Stufe „{0}“ hat ein niedrigeres monatliches Limit als die vorherige Stufe.",

        // The page's data-* attributes. {0} the value given.
        ConfigView => "data-view=\"{0}\" ist keine gültige Ansicht: Verwenden Sie \"full\" oder \"compact\". Es wird die vollständige Ansicht angezeigt.",
        ConfigLocale => "data-locale=\"{0}\" ist keine Sprache, die tierup unterstützt. Angezeigt wird {1}.",
        ConfigTargetTier => "data-target-tier=\"{0}\" ist keine Stufen-ID dieses Stufenplans.",
        ConfigScheduleEmpty => "data-schedule ist leer: Geben Sie die URL einer JSON-Datei mit einem Stufenplan an. Es wird der Standard-Stufenplan verwendet.",

        StorageUnavailable => "Dieser Browser erlaubt tierup nicht, hier Daten zu speichern. Ihre Käufe gehen daher verloren, wenn Sie die Seite schließen.",
        // Count {0} = records set aside; {1} the list of storage keys with technical reasons.
        StorageSetAside => "{0} gespeicherter Eintrag konnte nicht verwendet werden und wird unverändert gesondert aufbewahrt: {1}. Alles andere wird angezeigt.|{0} gespeicherte Einträge konnten nicht verwendet werden und werden unverändert gesondert aufbewahrt: {1}. Alles andere wird angezeigt.",
        // {0} a technical reason, {1} a storage key.
        StorageQuarantined => "Ihre gespeicherten Einstellungen konnten nicht gelesen werden ({0}). Sie bleiben unverändert unter „{1}“ erhalten.",
        // {0} a storage key, {1} a technical reason.
        StorageLeftInPlace => "Ihre unter „{0}“ gespeicherten Daten konnten nicht gelesen werden ({1}). Sie bleiben unangetastet, daher ist tierup schreibgeschützt und Änderungen werden nicht gespeichert.",
        // {0} a version number.
        StorageNewer => "Ihre Käufe wurden von einer neueren tierup-Version gespeichert (Speicherversion {0}). Sie bleiben unangetastet und tierup ist hier schreibgeschützt: Aktualisieren Sie die Seite, um Änderungen vorzunehmen.",
        StorageWriteFailed => "Ihre letzte Änderung konnte nicht gespeichert werden (der Browserspeicher ist voll oder blockiert). Sie wird hier angezeigt, und tierup speichert sie bei Ihrer nächsten Änderung, sobald wieder Platz ist.",
        // Why a stored entry is set aside. StorageAtLine: {0} a storage key, {1} a line number.
        StorageAtLine => "{0} (Zeile {1})",
        StorageNotAnEvent => "weder ein Kauf noch eine Löschung",
        StorageNotATime => "die Zeitangabe ist unlesbar",
        StorageNotAnAmount => "kein Betrag über null",
        StorageNotADate => "kein gültiges Datum im Format JJJJ-MM-TT",
        StorageBadId => "die Kauf-ID ist leer oder beschädigt",
        StorageNoSessionSuffix => "der Schlüssel endet nicht mit dem Namen einer Sitzung",
        StorageIdTaken => "ein anderer Kauf hat dieselbe ID",
        // {0} the format name found.
        StorageWrongFormat => "das Format „{0}“ ist nicht das von tierup",
    }
}
