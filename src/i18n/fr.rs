//! French: formal vous, help-center tone; tier = niveau, schedule = grille des niveaux, ledger = registre; French spacing (no-break space before :, narrow no-break space before ? and ;).

use super::Text::{self, *};

pub(super) fn text(text: Text) -> &'static str {
    match text {
        // The widget's accessible name.
        WidgetLabel => "tierup : calculateur de niveau d'utilisation de l'API",
        // The standalone page's language picker.
        LanguageLabel => "Langue",
        LanguageUnavailable => "Les textes en {0} n'ont pas pu être chargés\u{202f}; tierup s'affiche donc en anglais.",
        // {0} the schedule's URL, {1} one of the schedule or fetch errors below (a sentence).
        ScheduleUnusable => "Impossible d'utiliser la grille des niveaux disponible à l'adresse {0} : {1} La grille par défaut est affichée.",
        FetchUnreachable => "Impossible de joindre le serveur.",
        // {0} an HTTP status code.
        FetchStatus => "Le serveur a renvoyé le code {0}.",
        FetchUnreadable => "Impossible de lire la réponse du serveur.",
        FileUnreadable => "Impossible de lire le fichier.",
        DownloadRefused => "Le navigateur a refusé d'enregistrer le fichier.",

        // Status: the tier name where there is none (a heading), and inside a sentence.
        NoTierYet => "Aucun niveau pour l'instant",
        NoTierYetInline => "aucun niveau pour l'instant",
        PurchasedSoFar => "Achats à ce jour",
        MonthlyLimit => "Limite mensuelle",
        MostDepositNow => "Dépôt maximal possible maintenant",
        // The monthly limit before any tier is reached.
        NoneYet => "Aucune pour l'instant",
        NoLimit => "Aucune limite",
        // {0} an amount, {1} a tier name.
        MoreToReach => "Encore {0} pour passer au niveau suivant ({1})",
        HighestTier => "Vous avez atteint le niveau le plus élevé accessible par des achats.",
        ProgressLabel => "Progression vers le niveau suivant",
        // {0} a tier name, {1} a date (YYYY-MM-DD).
        Pending => "{0} prend effet le {1}, à l'issue de sa période d'attente.",
        // {0} the schedule's title, {1} a date.
        AsOf => "{0} · à jour au {1}",
        SourceLink => "Référence",
        PlanningAid => "Une aide à la planification, conservée dans ce navigateur uniquement. La page Facturation de la Console fait foi.",

        // Heading and button of the form.
        AddPurchase => "Ajouter un achat",
        AmountLabel => "Montant (USD)",
        DateLabel => "Date",

        PurchasesHeading => "Achats",
        NoPurchases => "Aucun achat enregistré pour l'instant.",
        PurchasesLabel => "Achats, du plus récent au plus ancien",
        EarlierPurchases => "Achats précédents",
        // Count {0} = all purchases (always more than 50); {1} how many are shown.
        ShowingNewest => "{0} achat : affichage des {1} plus récents.|{0} achats : affichage des {1} plus récents.",
        // Count {0} = how many more the button shows.
        ShowMore => "Afficher {0} achat de plus|Afficher {0} achats de plus",
        Delete => "Supprimer",
        // {0} an amount, {1} a date: the delete button's accessible name.
        DeleteLabel => "Supprimer l'achat de {0} du {1}",
        Undo => "Annuler",
        ClearAll => "Supprimer tous les achats",
        // {0} an amount, {1} a date.
        UndoDeleted => "Achat de {0} du {1} supprimé.",
        // Count {0} = purchases removed.
        UndoCleared => "{0} achat supprimé.|{0} achats supprimés.",
        // {0} an amount.
        UndoOpening => "Total de départ modifié (ancienne valeur : {0}).",
        // {0} the reason (one of the refusals below, a sentence).
        CannotDelete => "Impossible de supprimer cet achat. {0}",
        CannotUndo => "Il n'est plus possible d'annuler. {0}",
        ReadOnly => "tierup est ici en lecture seule en raison de l'avis ci-dessus : aucune modification n'est possible.",

        HowMuchMore => "Combien me reste-t-il à acheter ?",
        TargetTier => "Niveau visé",
        // {0} an amount (zero).
        ReachedTier => "{0} requis : vous avez atteint ce niveau.",
        // {0} an amount.
        MoreNeeded => "Il vous manque {0}",
        // A plan step: {0} an amount, {1} the tier it leads to (a name or "no tier yet").
        StepToday => "Déposez {0} aujourd'hui (résultat : {1})",
        // {0} an amount, {1} a date, {2} the tier it leads to.
        StepOn => "Déposez {0} le {1} (résultat : {2})",
        // {0} a date.
        ReachOn => "Vous l'atteignez le {0}.",
        WhatIfLabel => "Et si j'achète maintenant ? (USD)",
        // {0} an amount, {1} a tier name (or "no tier yet"), {2} an amount.
        WhatIfResult => "Si vous achetez {0} maintenant, votre niveau sera : {1} (total des achats : {2}).",
        // {0} the reason (a sentence).
        NotAllowed => "Non autorisé : {0}",

        // The ladder picture and its text alternative.
        LadderTitle => "L'échelle des niveaux",
        // {0} an amount: a monthly limit under a step.
        PerMonth => "{0}/mois",
        NoLimitShort => "sans limite",
        // {0} an amount: the label of the dot where the account stands.
        YouAre => "Vous : {0}",
        // {0} an amount, {1} a tier name.
        DescribeAt => "Vous avez acheté {0} ; niveau actuel : {1}.",
        // {0} an amount.
        DescribeNoTier => "Vous avez acheté {0} et n'avez encore aucun niveau.",
        // {0} a tier name, {1} an amount, {2} an amount.
        DescribeStep => "{0} : nécessite {1} et donne une limite mensuelle de {2}.",
        // {0} a tier name, {1} an amount.
        DescribeStepNoLimit => "{0} : nécessite {1}, sans limite mensuelle.",
        // {0} amounts joined by ThenSeparator.
        DescribePlan => "Plan : déposez {0}.",
        ThenSeparator => ", puis ",

        OpeningHeading => "Achats antérieurs au suivi",
        OpeningLabel => "Crédits achetés avant d'utiliser tierup (USD)",
        SaveOpening => "Enregistrer le total de départ",

        TransferHeading => "Sauvegarder ou transférer vos achats",
        ExportJson => "Exporter en JSON",
        ExportCsv => "Exporter en CSV",
        CsvPurchaseId => "ID d'achat",
        ImportLabel => "Importer un fichier JSON tierup",
        NothingNew => "Rien de nouveau : tous les achats de ce fichier sont déjà présents.",
        // Count {0} = purchases imported (1 or more).
        Imported => "{0} achat importé.|{0} achats importés.",
        // {0} the reason (a sentence).
        NothingImported => "Rien n'a été importé. {0}",

        // Amount refusals: {0} a whole example ("40"), {1} the example with cents ("40.50" or "40,50").
        AmountEmpty => "Saisissez un montant, par exemple {0} ou {1}.",
        AmountNotNumber => "Utilisez uniquement des chiffres, par exemple {0} ou {1}.",
        // {0} an amount (zero).
        AmountNotPositive => "Le montant doit être supérieur à {0}.",
        AmountTooManyDecimals => "Utilisez au maximum deux décimales (cents).",
        AmountTooLarge => "Ce montant est trop élevé.",
        // {0} an example with groups, such as "1,000.50" or "1 000,50".
        GroupsCommas => "Les virgules doivent séparer des groupes de trois chiffres, comme dans {0}.",
        GroupsPoints => "Les points doivent séparer des groupes de trois chiffres, comme dans {0}.",
        GroupsSpaces => "Les espaces doivent séparer des groupes de trois chiffres, comme dans {0}.",
        // The mark before the cents is unclear; {0} an example such as "1.000,50".
        CentsAfterComma => "Mettez une virgule avant les cents, comme dans {0}.",
        CentsAfterPoint => "Mettez un point avant les cents, comme dans {0}.",
        AmountNotDollars => "Les montants sont en dollars américains, par exemple {0} ou {1}.",
        DateMalformed => "Saisissez une date au format YYYY-MM-DD.",
        DateNoSuchDay => "Ce jour n'existe pas dans le calendrier.",

        // {0} the amount refused, {1} the monthly limit, {2} the most allowed now (amounts).
        OverCap => "Vous ne pouvez pas déposer {0} : un dépôt ne peut pas dépasser votre limite de dépenses mensuelle de {1}. Le dépôt maximal possible maintenant est de {2}.",
        // {0} an amount, {1} a date, {2} a monthly limit (amount).
        BreaksLater => "L'achat de {0} du {1} dépasserait alors la limite mensuelle de {2} qui s'appliquait à cette date.",
        // {0} a date.
        FutureDate => "{0} est une date future. Enregistrez vos achats une fois qu'ils ont été effectués.",
        // {0} an id (technical).
        DuplicateId => "Un autre achat a déjà l'identifiant «\u{a0}{0}\u{a0}».",
        UnknownId => "Aucun achat n'a l'identifiant «\u{a0}{0}\u{a0}».",

        PlanUnknownTier => "Ce niveau n'existe pas dans cette grille.",
        PlanByArrangement => "Ce niveau s'obtient auprès de l'équipe commerciale, et non par des achats.",
        // {0} a number (1,000).
        PlanTooManySteps => "Atteindre ce niveau nécessiterait plus de {0} dépôts.",

        // Import refusals. {0} a technical detail from the JSON reader (stays in English).
        FileNotLedger => "Ce n'est pas un fichier de registre tierup : {0}",
        // {0} the file's "format" field.
        FileWrongFormat => "Ce fichier est au format «\u{a0}{0}\u{a0}»\u{202f}; ce n'est pas un registre tierup.",
        // {0} a version number.
        FileNewer => "Ce registre a été créé par une version plus récente de tierup (version {0}). Mettez tierup à jour pour le lire.",
        FileUnknownVersion => "La version de registre {0} est inconnue de tierup.",
        // {0} the reason (an amount refusal, a sentence).
        FileOpeningTotal => "Le total de départ est incorrect : {0}",
        // {0} the purchase's position in the file, {1} its id, {2} the reason (a sentence).
        FileEntryWithId => "Achat {0} (identifiant «\u{a0}{1}\u{a0}»)\u{a0}: {2}",
        // {0} the position, {1} the reason.
        FileEntry => "Achat {0} : {1}",
        FileEmptyId => "L'identifiant est vide.",
        JsonSyntax => "Le texte n'est plus du JSON valide à la ligne {0}, colonne {1}.",
        JsonNotObject => "Le contenu doit être un objet JSON, écrit {…}.",
        JsonMissing => "Il manque le champ \"{0}\".",
        JsonUnknown => "\"{0}\" n'est pas un champ de ce format.",
        JsonDuplicate => "Le champ \"{0}\" figure deux fois.",
        JsonWantText => "\"{0}\" doit être un texte entre guillemets.",
        JsonWantNumber => "\"{0}\" doit être un nombre entier.",
        JsonWantBool => "\"{0}\" doit valoir true ou false.",
        JsonWantList => "\"{0}\" doit être une liste, écrite [...].",
        JsonWantObject => "\"{0}\" doit être un objet, écrit {…}.",
        JsonBadValue => "\"{0}\" a une valeur que tierup ne peut pas utiliser.",
        JsonField => "\"{0}\"\u{a0}: {1}",

        // A page's own schedule is refused. {0} a technical detail from the JSON reader.
        ScheduleJson => "La grille n'est pas un JSON valide de la forme attendue : {0}",
        ScheduleEmptyTitle => "La grille doit avoir un titre.",
        ScheduleNoTiers => "La grille ne contient aucun niveau.",
        ScheduleNoPurchasable => "Aucun niveau de la grille ne peut être atteint par des achats.",
        // {0} a position (1, 2...).
        ScheduleEmptyId => "Le niveau {0} n'a pas d'identifiant.",
        // {0} a tier id (technical).
        ScheduleDuplicateId => "L'identifiant de niveau «\u{a0}{0}\u{a0}» est utilisé deux fois.",
        ScheduleEmptyName => "Le niveau «\u{a0}{0}\u{a0}» n'a pas de nom.",
        ScheduleMissingThreshold => "Le niveau «\u{a0}{0}\u{a0}» doit avoir un seuil (ou \"by_arrangement\": true).",
        ScheduleNotIncreasing => "Le niveau «\u{a0}{0}\u{a0}» doit exiger plus que le niveau précédent.",
        ScheduleArrangementNotLast => "Le niveau «\u{a0}{0}\u{a0}» s'obtient sur accord ; il doit donc être le dernier niveau.",
        ScheduleLimitZero => "Le niveau «\u{a0}{0}\u{a0}» a une limite mensuelle nulle.",
        ScheduleLimitDecreasing => "Le niveau «\u{a0}{0}\u{a0}» a une limite mensuelle inférieure à celle du niveau précédent.",

        // The page's data-* attributes. {0} the value given.
        ConfigView => "data-view=\"{0}\" n'est pas une vue valide : utilisez \"full\" ou \"compact\". La vue complète est affichée.",
        ConfigLocale => "data-locale=\"{0}\" n'est pas une langue disponible dans tierup. Langue affichée : {1}.",
        ConfigTargetTier => "data-target-tier=\"{0}\" n'est pas un identifiant de niveau de cette grille.",
        ConfigScheduleEmpty => "data-schedule est vide : indiquez l'URL d'un fichier JSON de grille des niveaux. La grille par défaut est utilisée.",

        StorageUnavailable => "Ce navigateur ne permet pas à tierup de conserver des données ici : vos achats seront perdus à la fermeture de la page.",
        // Count {0} = records set aside; {1} the list of storage keys with technical reasons.
        StorageSetAside => "{0} enregistrement sauvegardé n'a pas pu être utilisé et a été mis de côté, sans modification : {1}. Tout le reste est affiché.|{0} enregistrements sauvegardés n'ont pas pu être utilisés et ont été mis de côté, sans modification : {1}. Tout le reste est affiché.",
        // {0} a technical reason, {1} a storage key.
        StorageQuarantined => "Vos paramètres enregistrés n'ont pas pu être lus ({0}). Ils sont conservés tels quels sous «\u{a0}{1}\u{a0}».",
        // {0} a storage key, {1} a technical reason.
        StorageLeftInPlace => "Vos données enregistrées sous «\u{a0}{0}\u{a0}» n'ont pas pu être lues ({1}). Elles restent intactes : tierup est donc en lecture seule et vos modifications ne seront pas conservées.",
        // {0} a version number.
        StorageNewer => "Vos achats ont été enregistrés par une version plus récente de tierup (version de stockage {0}). Ils restent intacts et tierup est ici en lecture seule : actualisez la page pour apporter des modifications.",
        StorageWriteFailed => "Votre dernière modification n'a pas pu être enregistrée (le stockage du navigateur est plein ou bloqué). Elle reste affichée ici, et tierup l'enregistrera lors de votre prochaine modification, dès qu'il y aura de la place.",
        // Why a stored entry is set aside. StorageAtLine: {0} a storage key, {1} a line number.
        StorageAtLine => "{0} (ligne {1})",
        StorageNotAnEvent => "ni un achat ni une suppression",
        StorageNotATime => "son horodatage est illisible",
        StorageNotAnAmount => "pas un montant supérieur à zéro",
        StorageNotADate => "pas une date AAAA-MM-JJ valide",
        StorageBadId => "son identifiant d'achat est vide ou endommagé",
        StorageNoSessionSuffix => "la clé ne se termine pas par le nom d'une session",
        StorageIdTaken => "un autre achat a le même identifiant",
        // {0} the format name found.
        StorageWrongFormat => "le format «\u{a0}{0}\u{a0}» n'est pas celui de tierup",
    }
}
