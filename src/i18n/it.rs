//! Italian: informal tu (as Italian software and billing pages use), help-center tone; tier = livello, schedule = tabella dei livelli, ledger = registro.

use super::Text::{self, *};

pub(super) fn text(text: Text) -> &'static str {
    match text {
        // The widget's accessible name.
        WidgetLabel => "tierup: calcolatore del livello di utilizzo dell'API",
        // The standalone page's language picker.
        LanguageLabel => "Lingua",
        LanguageUnavailable => "Non è stato possibile caricare i testi in {0}, quindi tierup è mostrato in inglese.",
        // {0} the schedule's URL, {1} one of the schedule or fetch errors below (a sentence).
        ScheduleUnusable => "Impossibile usare la tabella dei livelli all'indirizzo {0}: {1} Viene mostrata la tabella predefinita.",
        FetchUnreachable => "Impossibile raggiungere il server.",
        // {0} an HTTP status code.
        FetchStatus => "Il server ha risposto con il codice {0}.",
        FetchUnreadable => "Impossibile leggere la risposta del server.",
        FileUnreadable => "Impossibile leggere il file.",
        DownloadRefused => "Il browser non ha consentito il salvataggio del file.",

        // Status: the tier name where there is none (a heading), and inside a sentence.
        NoTierYet => "Ancora nessun livello",
        NoTierYetInline => "ancora nessun livello",
        PurchasedSoFar => "Acquistato finora",
        MonthlyLimit => "Limite mensile",
        MostDepositNow => "Deposito massimo possibile ora",
        // The monthly limit before any tier is reached.
        NoneYet => "Ancora nessuno",
        NoLimit => "Nessun limite",
        // {0} an amount, {1} a tier name.
        MoreToReach => "Ancora {0} per il livello successivo ({1})",
        HighestTier => "Hai raggiunto il livello più alto ottenibile con gli acquisti.",
        ProgressLabel => "Avanzamento verso il livello successivo",
        // {0} a tier name, {1} a date (YYYY-MM-DD).
        Pending => "{0} entra in vigore il {1}, al termine del periodo di attesa.",
        // {0} the schedule's title, {1} a date.
        AsOf => "{0} · aggiornato al {1}",
        SourceLink => "Fonte",
        PlanningAid => "Uno strumento di pianificazione, salvato solo in questo browser. Fa fede la pagina Fatturazione della Console.",

        // Heading and button of the form.
        AddPurchase => "Aggiungi acquisto",
        AmountLabel => "Importo (USD)",
        DateLabel => "Data",

        PurchasesHeading => "Acquisti",
        NoPurchases => "Nessun acquisto registrato.",
        PurchasesLabel => "Acquisti, dal più recente",
        EarlierPurchases => "Acquisti precedenti",
        // Count {0} = all purchases (always more than 50); {1} how many are shown.
        ShowingNewest => "{0} acquisto in totale: sono mostrati i {1} più recenti.|{0} acquisti in totale: sono mostrati i {1} più recenti.",
        // Count {0} = how many more the button shows.
        ShowMore => "Mostra {0} altro acquisto|Mostra altri {0} acquisti",
        Delete => "Elimina",
        // {0} an amount, {1} a date: the delete button's accessible name.
        DeleteLabel => "Elimina l'acquisto di {0} del {1}",
        Undo => "Annulla",
        ClearAll => "Elimina tutti gli acquisti",
        // {0} an amount, {1} a date.
        UndoDeleted => "Acquisto di {0} del {1} eliminato.",
        // Count {0} = purchases removed.
        UndoCleared => "{0} acquisto eliminato.|{0} acquisti eliminati.",
        // {0} an amount.
        UndoOpening => "Totale iniziale modificato (in precedenza: {0}).",
        // {0} the reason (one of the refusals below, a sentence).
        CannotDelete => "Impossibile eliminare questo acquisto. {0}",
        CannotUndo => "Non è più possibile annullare. {0}",
        ReadOnly => "Qui tierup è in sola lettura a causa dell'avviso qui sopra: non è possibile modificare nulla.",

        HowMuchMore => "Quanto devo ancora acquistare?",
        TargetTier => "Livello obiettivo",
        // {0} an amount (zero).
        ReachedTier => "Servono {0}: hai già raggiunto questo livello.",
        // {0} an amount.
        MoreNeeded => "Mancano ancora {0}",
        // A plan step: {0} an amount, {1} the tier it leads to (a name or "no tier yet").
        StepToday => "Deposita {0} oggi (dopo: {1})",
        // {0} an amount, {1} a date, {2} the tier it leads to.
        StepOn => "Deposita {0} il {1} (dopo: {2})",
        // {0} a date.
        ReachOn => "Lo raggiungi il {0}.",
        WhatIfLabel => "E se acquisto ora? (USD)",
        // {0} an amount, {1} a tier name (or "no tier yet"), {2} an amount.
        WhatIfResult => "Se acquisti {0} ora, il tuo livello sarà: {1} (totale acquistato: {2}).",
        // {0} the reason (a sentence).
        NotAllowed => "Non consentito: {0}",

        // The ladder picture and its text alternative.
        LadderTitle => "La scala dei livelli",
        // {0} an amount: a monthly limit under a step.
        PerMonth => "{0}/mese",
        NoLimitShort => "nessun limite",
        // {0} an amount: the label of the dot where the account stands.
        YouAre => "Tu: {0}",
        // {0} an amount, {1} a tier name.
        DescribeAt => "Hai acquistato {0} e il tuo livello è {1}.",
        // {0} an amount.
        DescribeNoTier => "Hai acquistato {0} e non hai ancora un livello.",
        // {0} a tier name, {1} an amount, {2} an amount.
        DescribeStep => "{0} richiede {1} e offre un limite mensile di {2}.",
        // {0} a tier name, {1} an amount.
        DescribeStepNoLimit => "{0} richiede {1} e non ha un limite mensile.",
        // {0} amounts joined by ThenSeparator.
        DescribePlan => "Piano: deposita {0}.",
        ThenSeparator => ", poi ",

        OpeningHeading => "Acquisti precedenti al monitoraggio",
        OpeningLabel => "Crediti acquistati prima di iniziare a usare tierup (USD)",
        SaveOpening => "Salva totale iniziale",

        TransferHeading => "Salva una copia o trasferisci i tuoi acquisti",
        ExportJson => "Esporta JSON",
        ExportCsv => "Esporta CSV",
        CsvPurchaseId => "ID acquisto",
        ImportLabel => "Importa un file JSON di tierup",
        NothingNew => "Niente di nuovo: tutti gli acquisti di questo file sono già presenti.",
        // Count {0} = purchases imported (1 or more).
        Imported => "{0} acquisto importato.|{0} acquisti importati.",
        // {0} the reason (a sentence).
        NothingImported => "Non è stato importato nulla. {0}",

        // Amount refusals: {0} a whole example ("40"), {1} the example with cents ("40.50" or "40,50").
        AmountEmpty => "Inserisci un importo, ad esempio {0} o {1}.",
        AmountNotNumber => "Usa solo cifre, ad esempio {0} o {1}.",
        // {0} an amount (zero).
        AmountNotPositive => "L'importo deve essere maggiore di {0}.",
        AmountTooManyDecimals => "Usa al massimo due decimali (centesimi).",
        AmountTooLarge => "L'importo è troppo elevato.",
        // {0} an example with groups, such as "1,000.50" or "1 000,50".
        GroupsCommas => "Le virgole devono separare gruppi di tre cifre, come in {0}.",
        GroupsPoints => "I punti devono separare gruppi di tre cifre, come in {0}.",
        GroupsSpaces => "Gli spazi devono separare gruppi di tre cifre, come in {0}.",
        // The mark before the cents is unclear; {0} an example such as "1.000,50".
        CentsAfterComma => "Metti una virgola prima dei centesimi, come in {0}.",
        CentsAfterPoint => "Metti un punto prima dei centesimi, come in {0}.",
        AmountNotDollars => "Gli importi sono in dollari statunitensi, ad esempio {0} o {1}.",
        DateMalformed => "Inserisci una data nel formato YYYY-MM-DD.",
        DateNoSuchDay => "Questo giorno non esiste nel calendario.",

        // {0} the amount refused, {1} the monthly limit, {2} the most allowed now (amounts).
        OverCap => "Non puoi depositare {0}: un deposito non può superare il tuo limite di spesa mensile di {1}. Al momento puoi depositare al massimo {2}.",
        // {0} an amount, {1} a date, {2} a monthly limit (amount).
        BreaksLater => "In questo modo l'acquisto di {0} del {1} supererebbe il limite mensile di {2} in vigore a quella data.",
        // {0} a date.
        FutureDate => "{0} è una data futura. Registra gli acquisti solo dopo averli effettuati.",
        // {0} an id (technical).
        DuplicateId => "Un altro acquisto ha già l'ID \"{0}\".",
        UnknownId => "Nessun acquisto ha l'ID \"{0}\".",

        PlanUnknownTier => "Questo livello non esiste in questa tabella.",
        PlanByArrangement => "Questo livello si concorda con l'ufficio vendite, non si raggiunge con gli acquisti.",
        // {0} a number (1,000).
        PlanTooManySteps => "Per raggiungere questo livello servirebbero più di {0} depositi.",

        // Import refusals. {0} a technical detail from the JSON reader (stays in English).
        FileNotLedger => "Questo non è un file di registro di tierup: {0}",
        // {0} the file's "format" field.
        FileWrongFormat => "Questo file è di tipo \"{0}\", non un registro di tierup.",
        // {0} a version number.
        FileNewer => "Questo registro è stato creato da una versione più recente di tierup (versione {0}). Aggiorna tierup per leggerlo.",
        FileUnknownVersion => "tierup non riconosce la versione {0} del registro.",
        // {0} the reason (an amount refusal, a sentence).
        FileOpeningTotal => "Il totale iniziale non è valido: {0}",
        // {0} the purchase's position in the file, {1} its id, {2} the reason (a sentence).
        FileEntryWithId => "Acquisto {0} (ID \"{1}\"): {2}",
        // {0} the position, {1} the reason.
        FileEntry => "Acquisto {0}: {1}",
        FileEmptyId => "L'ID è vuoto.",
        JsonSyntax => "Il testo non è più JSON valido alla riga {0}, colonna {1}.",
        JsonNotObject => "Il contenuto deve essere un oggetto JSON, scritto {…}.",
        JsonMissing => "Manca il campo \"{0}\".",
        JsonUnknown => "\"{0}\" non è un campo di questo formato.",
        JsonDuplicate => "Il campo \"{0}\" compare due volte.",
        JsonWantText => "\"{0}\" deve essere un testo tra virgolette.",
        JsonWantNumber => "\"{0}\" deve essere un numero intero.",
        JsonWantBool => "\"{0}\" deve essere true o false.",
        JsonWantList => "\"{0}\" deve essere un elenco, scritto [...].",
        JsonWantObject => "\"{0}\" deve essere un oggetto, scritto {…}.",
        JsonBadValue => "\"{0}\" ha un valore che tierup non può usare.",
        JsonField => "\"{0}\": {1}",

        // A page's own schedule is refused. {0} a technical detail from the JSON reader.
        ScheduleJson => "La tabella non è un JSON valido nella forma prevista: {0}",
        ScheduleEmptyTitle => "La tabella deve avere un titolo.",
        ScheduleNoTiers => "La tabella non contiene livelli.",
        ScheduleNoPurchasable => "Nessun livello della tabella è raggiungibile con gli acquisti.",
        // {0} a position (1, 2...).
        ScheduleEmptyId => "Il livello {0} non ha un ID.",
        // {0} a tier id (technical).
        ScheduleDuplicateId => "L'ID di livello \"{0}\" è usato due volte.",
        ScheduleEmptyName => "Il livello \"{0}\" non ha un nome.",
        ScheduleMissingThreshold => "Il livello \"{0}\" richiede una soglia (oppure \"by_arrangement\": true).",
        ScheduleNotIncreasing => "Il livello \"{0}\" deve richiedere più del livello precedente.",
        ScheduleArrangementNotLast => "Il livello \"{0}\" è soggetto ad accordo, quindi deve essere l'ultimo livello.",
        ScheduleLimitZero => "Il livello \"{0}\" ha un limite mensile pari a zero.",
        ScheduleLimitDecreasing => "Il livello \"{0}\" ha un limite mensile inferiore a quello del livello precedente.",

        // The page's data-* attributes. {0} the value given.
        ConfigView => "data-view=\"{0}\" non è una vista valida: usa \"full\" o \"compact\". Viene mostrata la vista completa.",
        ConfigLocale => "data-locale=\"{0}\" non è una lingua disponibile in tierup. Lingua mostrata: {1}.",
        ConfigTargetTier => "data-target-tier=\"{0}\" non è un ID di livello di questa tabella.",
        ConfigScheduleEmpty => "data-schedule è vuoto: indica l'URL di un file JSON con la tabella dei livelli. Viene usata la tabella predefinita.",

        StorageUnavailable => "Questo browser non consente a tierup di conservare dati qui, quindi i tuoi acquisti andranno persi alla chiusura della pagina.",
        // Count {0} = records set aside; {1} the list of storage keys with technical reasons.
        StorageSetAside => "{0} elemento salvato non è utilizzabile ed è stato messo da parte senza modifiche: {1}. Tutto il resto viene mostrato.|{0} elementi salvati non sono utilizzabili e sono stati messi da parte senza modifiche: {1}. Tutto il resto viene mostrato.",
        // {0} a technical reason, {1} a storage key.
        StorageQuarantined => "Impossibile leggere le impostazioni salvate ({0}). Sono conservate senza modifiche in \"{1}\".",
        // {0} a storage key, {1} a technical reason.
        StorageLeftInPlace => "Impossibile leggere i dati salvati in \"{0}\" ({1}). Restano intatti, quindi tierup è in sola lettura e le modifiche non verranno conservate.",
        // {0} a version number.
        StorageNewer => "I tuoi acquisti sono stati salvati da una versione più recente di tierup (versione di archiviazione {0}). Restano intatti e qui tierup è in sola lettura: aggiorna la pagina per apportare modifiche.",
        StorageWriteFailed => "Impossibile salvare l'ultima modifica (lo spazio di archiviazione del browser è pieno o bloccato). La modifica viene mostrata qui e tierup la salverà con la modifica successiva, non appena ci sarà spazio.",
        // Why a stored entry is set aside. StorageAtLine: {0} a storage key, {1} a line number.
        StorageAtLine => "{0} (riga {1})",
        StorageNotAnEvent => "non è né un acquisto né un'eliminazione",
        StorageNotATime => "l'orario non è leggibile",
        StorageNotAnAmount => "non è un importo maggiore di zero",
        StorageNotADate => "non è una data AAAA-MM-GG valida",
        StorageBadId => "l'ID dell'acquisto è vuoto o danneggiato",
        StorageNoSessionSuffix => "la chiave non termina con il nome di una sessione",
        StorageIdTaken => "un altro acquisto ha lo stesso ID",
        // {0} the format name found.
        StorageWrongFormat => "il formato \"{0}\" non è quello di tierup",
    }
}
