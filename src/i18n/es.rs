//! Spanish: neutral Latin American, informal tú, help-center tone; tier = nivel, schedule = tabla de niveles, amount = monto, ledger = historial de compras.

use super::Text::{self, *};

pub(super) fn text(text: Text) -> &'static str {
    match text {
        // The widget's accessible name.
        WidgetLabel => "tierup: calculadora del nivel de uso de la API",
        // The standalone page's language picker.
        LanguageLabel => "Idioma",
        LanguageUnavailable => "No se pudieron cargar los textos en {0}, así que tierup se muestra en inglés.",
        // {0} the schedule's URL, {1} one of the schedule or fetch errors below (a sentence).
        ScheduleUnusable => "No se pudo usar la tabla de niveles de {0}: {1} Se muestra la tabla predeterminada.",
        FetchUnreachable => "No se pudo conectar con el servidor.",
        // {0} an HTTP status code.
        FetchStatus => "El servidor respondió con el código {0}.",
        FetchUnreadable => "No se pudo leer la respuesta del servidor.",
        FileUnreadable => "No se pudo leer el archivo.",
        DownloadRefused => "El navegador no permitió guardar el archivo.",

        // Status: the tier name where there is none (a heading), and inside a sentence.
        NoTierYet => "Aún sin nivel",
        NoTierYetInline => "aún sin nivel",
        PurchasedSoFar => "Comprado hasta ahora",
        MonthlyLimit => "Límite mensual",
        MostDepositNow => "Depósito máximo posible ahora",
        // The monthly limit before any tier is reached.
        NoneYet => "Aún ninguno",
        NoLimit => "Sin límite",
        // {0} an amount, {1} a tier name.
        MoreToReach => "Faltan {0} para el siguiente nivel ({1})",
        HighestTier => "Estás en el nivel más alto que se alcanza con compras.",
        ProgressLabel => "Progreso hacia el siguiente nivel",
        // {0} a tier name, {1} a date (YYYY-MM-DD).
        Pending => "{0} entra en vigor el {1}, al terminar su período de espera.",
        // {0} the schedule's title, {1} a date.
        AsOf => "{0} · al {1}",
        SourceLink => "Fuente",
        PlanningAid => "Una ayuda para planificar, guardada solo en este navegador. La referencia es la página de facturación de la Console.",

        // Heading and button of the form.
        AddPurchase => "Agregar compra",
        AmountLabel => "Monto (USD)",
        DateLabel => "Fecha",

        PurchasesHeading => "Compras",
        NoPurchases => "Aún no hay compras registradas.",
        PurchasesLabel => "Compras, de la más reciente a la más antigua",
        EarlierPurchases => "Compras anteriores",
        // Count {0} = all purchases (always more than 50); {1} how many are shown.
        ShowingNewest => "{0} compra en total: se muestran las {1} más recientes.|{0} compras en total: se muestran las {1} más recientes.",
        // Count {0} = how many more the button shows.
        ShowMore => "Mostrar {0} compra más|Mostrar {0} compras más",
        Delete => "Eliminar",
        // {0} an amount, {1} a date: the delete button's accessible name.
        DeleteLabel => "Eliminar la compra de {0} del {1}",
        Undo => "Deshacer",
        ClearAll => "Eliminar todas las compras",
        // {0} an amount, {1} a date.
        UndoDeleted => "Se eliminó la compra de {0} del {1}.",
        // Count {0} = purchases removed.
        UndoCleared => "Se eliminó {0} compra.|Se eliminaron {0} compras.",
        // {0} an amount.
        UndoOpening => "Se cambió el total inicial (antes: {0}).",
        // {0} the reason (one of the refusals below, a sentence).
        CannotDelete => "No se puede eliminar esa compra. {0}",
        CannotUndo => "Ya no es posible deshacer. {0}",
        ReadOnly => "Aquí tierup es de solo lectura debido al aviso anterior: no se puede cambiar nada.",

        HowMuchMore => "¿Cuánto más necesito comprar?",
        TargetTier => "Nivel objetivo",
        // {0} an amount (zero).
        ReachedTier => "Se necesitan {0}: ya estás en este nivel.",
        // {0} an amount.
        MoreNeeded => "Faltan {0}",
        // A plan step: {0} an amount, {1} the tier it leads to (a name or "no tier yet").
        StepToday => "Deposita {0} hoy (después: {1})",
        // {0} an amount, {1} a date, {2} the tier it leads to.
        StepOn => "Deposita {0} el {1} (después: {2})",
        // {0} a date.
        ReachOn => "Lo alcanzas el {0}.",
        WhatIfLabel => "¿Y si compro ahora? (USD)",
        // {0} an amount, {1} a tier name (or "no tier yet"), {2} an amount.
        WhatIfResult => "Si compras {0} ahora, tu nivel será: {1} (total comprado: {2}).",
        // {0} the reason (a sentence).
        NotAllowed => "No permitido: {0}",

        // The ladder picture and its text alternative.
        LadderTitle => "La escalera de niveles",
        // {0} an amount: a monthly limit under a step.
        PerMonth => "{0}/mes",
        NoLimitShort => "sin límite",
        // {0} an amount: the label of the dot where the account stands.
        YouAre => "Tú: {0}",
        // {0} an amount, {1} a tier name.
        DescribeAt => "Has comprado {0} y tu nivel es {1}.",
        // {0} an amount.
        DescribeNoTier => "Has comprado {0} y aún no tienes nivel.",
        // {0} a tier name, {1} an amount, {2} an amount.
        DescribeStep => "{0} requiere {1} y ofrece un límite mensual de {2}.",
        // {0} a tier name, {1} an amount.
        DescribeStepNoLimit => "{0} requiere {1} y no tiene límite mensual.",
        // {0} amounts joined by ThenSeparator.
        DescribePlan => "Plan: deposita {0}.",
        ThenSeparator => ", luego ",

        OpeningHeading => "Comprado antes del seguimiento",
        OpeningLabel => "Créditos comprados antes de empezar a usar tierup (USD)",
        SaveOpening => "Guardar total inicial",

        TransferHeading => "Guarda una copia o transfiere tus compras",
        ExportJson => "Exportar JSON",
        ExportCsv => "Exportar CSV",
        CsvPurchaseId => "ID de compra",
        ImportLabel => "Importar un archivo JSON de tierup",
        NothingNew => "Nada nuevo: todas las compras de ese archivo ya están aquí.",
        // Count {0} = purchases imported (1 or more).
        Imported => "Se importó {0} compra.|Se importaron {0} compras.",
        // {0} the reason (a sentence).
        NothingImported => "No se importó nada. {0}",

        // Amount refusals: {0} a whole example ("40"), {1} the example with cents ("40.50" or "40,50").
        AmountEmpty => "Ingresa un monto, por ejemplo, {0} o {1}.",
        AmountNotNumber => "Usa solo dígitos, por ejemplo, {0} o {1}.",
        // {0} an amount (zero).
        AmountNotPositive => "El monto debe ser mayor que {0}.",
        AmountTooManyDecimals => "Usa como máximo dos decimales (centavos).",
        AmountTooLarge => "Ese monto es demasiado alto.",
        // {0} an example with groups, such as "1,000.50" or "1 000,50".
        GroupsCommas => "Las comas deben separar grupos de tres dígitos, como en {0}.",
        GroupsPoints => "Los puntos deben separar grupos de tres dígitos, como en {0}.",
        GroupsSpaces => "Los espacios deben separar grupos de tres dígitos, como en {0}.",
        // The mark before the cents is unclear; {0} an example such as "1.000,50".
        CentsAfterComma => "Pon una coma antes de los centavos, como en {0}.",
        CentsAfterPoint => "Pon un punto antes de los centavos, como en {0}.",
        AmountNotDollars => "Los montos están en dólares estadounidenses, por ejemplo, {0} o {1}.",
        DateMalformed => "Ingresa una fecha con el formato YYYY-MM-DD.",
        DateNoSuchDay => "Ese día no existe en el calendario.",

        // {0} the amount refused, {1} the monthly limit, {2} the most allowed now (amounts).
        OverCap => "No puedes depositar {0}: un depósito no puede superar tu límite de gasto mensual de {1}. Lo máximo que puedes depositar ahora es {2}.",
        // {0} an amount, {1} a date, {2} a monthly limit (amount).
        BreaksLater => "Con esto, la compra de {0} del {1} superaría el límite mensual de {2} vigente en esa fecha.",
        // {0} a date.
        FutureDate => "{0} es una fecha futura. Registra las compras una vez realizadas.",
        // {0} an id (technical).
        DuplicateId => "Otra compra ya tiene el ID \"{0}\".",
        UnknownId => "Ninguna compra tiene el ID \"{0}\".",

        PlanUnknownTier => "Ese nivel no existe en esta tabla.",
        PlanByArrangement => "Este nivel se acuerda con el equipo de ventas; no se alcanza con compras.",
        // {0} a number (1,000).
        PlanTooManySteps => "Alcanzar este nivel requeriría más de {0} depósitos.",

        // Import refusals. {0} a technical detail from the JSON reader (stays in English).
        FileNotLedger => "Este no es un archivo de historial de compras de tierup: {0}",
        // {0} the file's "format" field.
        FileWrongFormat => "Este archivo es de tipo \"{0}\", no un historial de compras de tierup.",
        // {0} a version number.
        FileNewer => "Este historial se creó con una versión más reciente de tierup (versión {0}). Actualiza tierup para leerlo.",
        FileUnknownVersion => "tierup no reconoce la versión {0} del historial.",
        // {0} the reason (an amount refusal, a sentence).
        FileOpeningTotal => "El total inicial no es válido: {0}",
        // {0} the purchase's position in the file, {1} its id, {2} the reason (a sentence).
        FileEntryWithId => "Compra {0} (ID \"{1}\"): {2}",
        // {0} the position, {1} the reason.
        FileEntry => "Compra {0}: {1}",
        FileEmptyId => "El ID está vacío.",
        JsonSyntax => "El texto deja de ser JSON válido en la línea {0}, columna {1}.",
        JsonNotObject => "El contenido debe ser un objeto JSON, escrito {…}.",
        JsonMissing => "Falta el campo \"{0}\".",
        JsonUnknown => "\"{0}\" no es un campo de este formato.",
        JsonDuplicate => "El campo \"{0}\" aparece dos veces.",
        JsonWantText => "\"{0}\" debe ser un texto entre comillas.",
        JsonWantNumber => "\"{0}\" debe ser un número entero.",
        JsonWantBool => "\"{0}\" debe ser true o false.",
        JsonWantList => "\"{0}\" debe ser una lista, escrita [...].",
        JsonWantObject => "\"{0}\" debe ser un objeto, escrito {…}.",
        JsonBadValue => "\"{0}\" tiene un valor que tierup no puede usar.",
        JsonField => "\"{0}\": {1}",

        // A page's own schedule is refused. {0} a technical detail from the JSON reader.
        ScheduleJson => "La tabla no es un JSON válido con la estructura esperada: {0}",
        ScheduleEmptyTitle => "La tabla necesita un título.",
        ScheduleNoTiers => "La tabla no tiene niveles.",
        ScheduleNoPurchasable => "Ningún nivel de la tabla se puede alcanzar con compras.",
        // {0} a position (1, 2...).
        ScheduleEmptyId => "El nivel {0} no tiene ID.",
        // {0} a tier id (technical).
        ScheduleDuplicateId => "El ID de nivel \"{0}\" se usa dos veces.",
        ScheduleEmptyName => "El nivel \"{0}\" no tiene nombre.",
        ScheduleMissingThreshold => "El nivel \"{0}\" necesita un umbral (o \"by_arrangement\": true).",
        ScheduleNotIncreasing => "El nivel \"{0}\" debe requerir más que el nivel anterior.",
        ScheduleArrangementNotLast => "El nivel \"{0}\" se obtiene por acuerdo, así que debe ser el último nivel.",
        ScheduleLimitZero => "El nivel \"{0}\" tiene un límite mensual de cero.",
        ScheduleLimitDecreasing => "El nivel \"{0}\" tiene un límite mensual menor que el del nivel anterior.",

        // The page's data-* attributes. {0} the value given.
        ConfigView => "data-view=\"{0}\" no es una vista válida: usa \"full\" o \"compact\". Se muestra la vista completa.",
        ConfigLocale => "data-locale=\"{0}\" no es un idioma disponible en tierup. Idioma mostrado: {1}.",
        ConfigTargetTier => "data-target-tier=\"{0}\" no es un ID de nivel de esta tabla.",
        ConfigScheduleEmpty => "data-schedule está vacío: indica la URL de un archivo JSON con la tabla de niveles. Se usa la tabla predeterminada.",

        StorageUnavailable => "Este navegador no permite que tierup guarde datos aquí, así que tus compras se perderán al cerrar la página.",
        // Count {0} = records set aside; {1} the list of storage keys with technical reasons.
        StorageSetAside => "{0} registro guardado no se pudo usar y se conserva aparte, sin cambios: {1}. Se muestra todo lo demás.|{0} registros guardados no se pudieron usar y se conservan aparte, sin cambios: {1}. Se muestra todo lo demás.",
        // {0} a technical reason, {1} a storage key.
        StorageQuarantined => "No se pudo leer tu configuración guardada ({0}). Se conserva sin cambios en \"{1}\".",
        // {0} a storage key, {1} a technical reason.
        StorageLeftInPlace => "No se pudieron leer tus datos guardados en \"{0}\" ({1}). Se dejan intactos, así que tierup es de solo lectura y los cambios no se guardarán.",
        // {0} a version number.
        StorageNewer => "Tus compras se guardaron con una versión más reciente de tierup (versión de almacenamiento {0}). Se dejan intactas y aquí tierup es de solo lectura: actualiza la página para hacer cambios.",
        StorageWriteFailed => "No se pudo guardar tu último cambio (el almacenamiento del navegador está lleno o bloqueado). Se muestra aquí, y tierup lo guardará con tu próximo cambio cuando haya espacio.",
        // Why a stored entry is set aside. StorageAtLine: {0} a storage key, {1} a line number.
        StorageAtLine => "{0} (línea {1})",
        StorageNotAnEvent => "no es una compra ni una eliminación",
        StorageNotATime => "su hora no se puede leer",
        StorageNotAnAmount => "no es un importe mayor que cero",
        StorageNotADate => "no es una fecha AAAA-MM-DD válida",
        StorageBadId => "su identificador de compra está vacío o dañado",
        StorageNoSessionSuffix => "la clave no termina con el nombre de una sesión",
        StorageIdTaken => "otra compra tiene su identificador",
        // {0} the format name found.
        StorageWrongFormat => "el formato \"{0}\" no es el de tierup",
    }
}
