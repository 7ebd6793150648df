//! Russian: formal «вы» (lowercase mid-sentence), help-center tone; tier = «уровень», monthly spend
//! limit = «месячный лимит расходов», deposit = «внести / пополнение», credits = «кредиты».
//! Tier names fill blanks in the nominative, so sentences put them after a colon or dash, or after
//! «на» (accusative = nominative for «Уровень N»). Plural forms: one|few|many.

use super::Text::{self, *};

pub(super) fn text(text: Text) -> &'static str {
    match text {
        WidgetLabel => "tierup: калькулятор уровня использования API",
        LanguageLabel => "Язык",
        LanguageUnavailable => "Не удалось загрузить тексты на языке «{0}», поэтому tierup показан на английском.",
        // {0} the schedule's URL, {1} one of the schedule or fetch errors below (a sentence).
        ScheduleUnusable => "Не удалось использовать таблицу уровней по адресу {0}: {1} Показана таблица по умолчанию.",
        FetchUnreachable => "Не удалось связаться с сервером.",
        // {0} an HTTP status code.
        FetchStatus => "Сервер вернул код {0}.",
        FetchUnreadable => "Не удалось прочитать ответ сервера.",
        FileUnreadable => "Не удалось прочитать файл.",
        DownloadRefused => "Браузер не позволил сохранить файл.",

        NoTierYet => "Уровня пока нет",
        // Fills a tier-name blank: after «после этого:» and «Ваш статус:».
        NoTierYetInline => "без уровня",
        PurchasedSoFar => "Всего куплено",
        MonthlyLimit => "Месячный лимит",
        MostDepositNow => "Максимальное пополнение сейчас",
        NoneYet => "Пока нет",
        NoLimit => "Без лимита",
        // {0} an amount, {1} a tier name.
        MoreToReach => "Для перехода на {1} нужно ещё {0}",
        HighestTier => "У вас наивысший уровень, доступный за счёт покупок.",
        ProgressLabel => "Прогресс до следующего уровня",
        // {0} a tier name, {1} a date (YYYY-MM-DD).
        Pending => "{0} вступит в силу {1}, по окончании периода ожидания.",
        // {0} the schedule's title, {1} a date.
        AsOf => "{0} · по состоянию на {1}",
        SourceLink => "Источник",
        PlanningAid => "Это помощник для планирования, данные хранятся только в этом браузере. Точные сведения — на странице оплаты в Console.",

        AddPurchase => "Добавить покупку",
        AmountLabel => "Сумма (USD)",
        DateLabel => "Дата",

        PurchasesHeading => "Покупки",
        NoPurchases => "Покупки пока не добавлены.",
        PurchasesLabel => "Покупки, сначала новые",
        EarlierPurchases => "Более ранние покупки",
        // Count {0} = all purchases (always more than 50); {1} how many are shown.
        ShowingNewest => "Показаны последние {1} из {0} покупки.|Показаны последние {1} из {0} покупок.|Показаны последние {1} из {0} покупок.",
        ShowMore => "Показать ещё {0} покупку|Показать ещё {0} покупки|Показать ещё {0} покупок",
        Delete => "Удалить",
        // {0} an amount, {1} a date.
        DeleteLabel => "Удалить покупку на сумму {0} от {1}",
        Undo => "Отменить",
        ClearAll => "Удалить все покупки",
        UndoDeleted => "Покупка на сумму {0} от {1} удалена.",
        UndoCleared => "Удалена {0} покупка.|Удалены {0} покупки.|Удалено {0} покупок.",
        // {0} the previous opening total.
        UndoOpening => "Начальная сумма изменена (прежнее значение: {0}).",
        CannotDelete => "Эту покупку нельзя удалить. {0}",
        CannotUndo => "Отменить действие уже невозможно. {0}",
        ReadOnly => "Из-за уведомления выше tierup здесь работает в режиме только для чтения: ничего изменить нельзя.",

        HowMuchMore => "Сколько ещё нужно купить?",
        TargetTier => "Целевой уровень",
        // {0} an amount (zero).
        ReachedTier => "Нужно {0}: вы уже достигли этого уровня.",
        MoreNeeded => "Нужно ещё {0}",
        // {0} an amount, {1} a tier name or NoTierYetInline.
        StepToday => "Сегодня: внесите {0} (после этого: {1})",
        // {0} an amount, {1} a date, {2} a tier name. The ISO date leads, as in a dated list.
        StepOn => "{1}: внесите {0} (после этого: {2})",
        ReachOn => "Дата достижения уровня: {0}.",
        WhatIfLabel => "Если купить сейчас (USD)",
        // {0} an amount, {1} a tier name or NoTierYetInline, {2} an amount.
        WhatIfResult => "Если сейчас купить кредиты на {0}, сумма покупок составит {2}. Ваш статус: {1}.",
        NotAllowed => "Недопустимо: {0}",

        LadderTitle => "Лестница уровней",
        PerMonth => "{0}/мес.",
        NoLimitShort => "без лимита",
        YouAre => "Вы: {0}",
        DescribeAt => "Вы купили кредиты на {0}, ваш уровень — {1}.",
        DescribeNoTier => "Вы купили кредиты на {0}, уровня пока нет.",
        // {0} a tier name, {1} an amount, {2} an amount.
        DescribeStep => "{0}: нужны покупки на {1}, месячный лимит — {2}.",
        DescribeStepNoLimit => "{0}: нужны покупки на {1}, месячного лимита нет.",
        DescribePlan => "План: внесите {0}.",
        ThenSeparator => ", затем ",

        OpeningHeading => "Куплено до начала учёта",
        OpeningLabel => "Кредиты, купленные до начала работы с tierup (USD)",
        SaveOpening => "Сохранить начальную сумму",

        TransferHeading => "Резервная копия и перенос покупок",
        ExportJson => "Экспорт в JSON",
        ExportCsv => "Экспорт в CSV",
        CsvPurchaseId => "ID покупки",
        ImportLabel => "Импорт файла JSON из tierup",
        NothingNew => "Ничего нового: все покупки из этого файла уже есть здесь.",
        Imported => "Импортирована {0} покупка.|Импортированы {0} покупки.|Импортировано {0} покупок.",
        NothingImported => "Ничего не импортировано. {0}",

        // {0} a whole example ("40"), {1} the example with cents ("40,50").
        AmountEmpty => "Введите сумму, например {0} или {1}.",
        AmountNotNumber => "Используйте только цифры, например {0} или {1}.",
        AmountNotPositive => "Сумма должна быть больше {0}.",
        AmountTooManyDecimals => "Укажите не более двух знаков после запятой (центы).",
        AmountTooLarge => "Слишком большая сумма.",
        GroupsCommas => "Группы по три цифры должны разделяться запятыми, например {0}.",
        GroupsPoints => "Группы по три цифры должны разделяться точками, например {0}.",
        GroupsSpaces => "Группы по три цифры должны разделяться пробелами, например {0}.",
        CentsAfterComma => "Поставьте запятую перед центами, например {0}.",
        CentsAfterPoint => "Поставьте точку перед центами, например {0}.",
        AmountNotDollars => "Суммы указываются в долларах США, например {0} или {1}.",
        DateMalformed => "Введите дату в формате YYYY-MM-DD.",
        DateNoSuchDay => "Такой даты нет в календаре.",

        // {0} the amount refused, {1} the monthly limit, {2} the most allowed now.
        OverCap => "Нельзя внести {0}: сумма одного пополнения не может превышать ваш месячный лимит расходов ({1}). Сейчас можно внести не более {2}.",
        // {0} an amount, {1} a date, {2} a monthly limit.
        BreaksLater => "Тогда покупка на сумму {0} от {1} превысит месячный лимит {2}, действовавший на тот момент.",
        FutureDate => "{0} — дата в будущем. Добавляйте покупки после того, как они совершены.",
        DuplicateId => "У другой покупки уже есть идентификатор «{0}».",
        UnknownId => "Нет покупки с идентификатором «{0}».",

        PlanUnknownTier => "В этой таблице нет такого уровня.",
        PlanByArrangement => "Этот уровень предоставляется по договорённости с отделом продаж, а не за счёт покупок.",
        PlanTooManySteps => "Для перехода на этот уровень потребуется более {0} пополнений.",

        // «журнал покупок» = tierup's ledger file. {0} a technical detail (stays in English).
        FileNotLedger => "Это не файл журнала покупок tierup: {0}",
        FileWrongFormat => "Это файл формата «{0}», а не журнал покупок tierup.",
        FileNewer => "Этот журнал создан более новой версией tierup (версия {0}). Обновите tierup, чтобы открыть его.",
        FileUnknownVersion => "Версия журнала {0} неизвестна tierup.",
        FileOpeningTotal => "Неверная начальная сумма: {0}",
        // {0} the purchase's position in the file, {1} its id, {2} the reason.
        FileEntryWithId => "Покупка № {0} (идентификатор «{1}»): {2}",
        FileEntry => "Покупка № {0}: {1}",
        FileEmptyId => "Идентификатор пуст.",
        JsonSyntax => "Текст перестаёт быть корректным JSON в строке {0}, столбце {1}.",
        JsonNotObject => "Содержимое должно быть объектом JSON в фигурных скобках {…}.",
        JsonMissing => "Отсутствует поле \"{0}\".",
        JsonUnknown => "Поле \"{0}\" не предусмотрено этим форматом.",
        JsonDuplicate => "Поле \"{0}\" указано дважды.",
        JsonWantText => "Значение \"{0}\" должно быть текстом в кавычках.",
        JsonWantNumber => "Значение \"{0}\" должно быть целым числом.",
        JsonWantBool => "Значение \"{0}\" должно быть true или false.",
        JsonWantList => "Значение \"{0}\" должно быть списком в квадратных скобках [...].",
        JsonWantObject => "Значение \"{0}\" должно быть объектом в фигурных скобках {…}.",
        JsonBadValue => "У поля \"{0}\" значение, которое tierup не может использовать.",
        JsonField => "\"{0}\": {1}",

        ScheduleJson => "Таблица уровней не является корректным JSON ожидаемой структуры: {0}",
        ScheduleEmptyTitle => "У таблицы уровней должно быть название.",
        ScheduleNoTiers => "В таблице нет уровней.",
        ScheduleNoPurchasable => "Ни один уровень в таблице нельзя получить за счёт покупок.",
        // {0} a position (1, 2...).
        ScheduleEmptyId => "У уровня № {0} нет идентификатора.",
        // {0} a tier id (technical).
        ScheduleDuplicateId => "Идентификатор уровня «{0}» используется дважды.",
        ScheduleEmptyName => "У уровня «{0}» нет названия.",
        ScheduleMissingThreshold => "Для уровня «{0}» нужен порог (или \"by_arrangement\": true).",
        ScheduleNotIncreasing => "Порог уровня «{0}» должен быть выше, чем у предыдущего уровня.",
        ScheduleArrangementNotLast => "Уровень «{0}» предоставляется по договорённости, поэтому он должен быть последним.",
        ScheduleLimitZero => "У уровня «{0}» нулевой месячный лимит.",
        ScheduleLimitDecreasing => "Месячный лимит уровня «{0}» ниже, чем у предыдущего уровня.",

        ConfigView => "data-view=\"{0}\" — недопустимый вид: используйте \"full\" или \"compact\". Показан полный виджет.",
        // {1} the language's own name ("Русский").
        ConfigLocale => "data-locale=\"{0}\": tierup не поддерживает этот язык. Язык интерфейса: {1}.",
        ConfigTargetTier => "data-target-tier=\"{0}\" не является идентификатором уровня в этой таблице.",
        ConfigScheduleEmpty => "Атрибут data-schedule пуст: укажите адрес файла JSON с таблицей уровней. Используется таблица по умолчанию.",

        StorageUnavailable => "Этот браузер не позволяет tierup хранить здесь данные, поэтому ваши покупки будут потеряны после закрытия страницы.",
        // Count {0} = records set aside; {1} the list of storage keys with technical reasons.
        StorageSetAside => "{0} сохранённую запись не удалось использовать, она отложена без изменений: {1}. Остальные данные отображаются.|{0} сохранённые записи не удалось использовать, они отложены без изменений: {1}. Остальные данные отображаются.|{0} сохранённых записей не удалось использовать, они отложены без изменений: {1}. Остальные данные отображаются.",
        // {0} a technical reason, {1} a storage key.
        StorageQuarantined => "Не удалось прочитать сохранённые настройки ({0}). Они оставлены без изменений под ключом «{1}».",
        // {0} a storage key, {1} a technical reason.
        StorageLeftInPlace => "Не удалось прочитать сохранённые данные под ключом «{0}» ({1}). Они оставлены без изменений, поэтому tierup работает в режиме только для чтения и изменения не сохранятся.",
        StorageNewer => "Ваши покупки сохранены более новой версией tierup (версия хранилища {0}). Они оставлены без изменений, и tierup здесь работает в режиме только для чтения: обновите страницу, чтобы вносить изменения.",
        StorageWriteFailed => "Не удалось сохранить последнее изменение (хранилище браузера заполнено или заблокировано). Оно отображается здесь, и tierup сохранит его вместе со следующим изменением, когда освободится место.",
        // Why a stored entry is set aside. StorageAtLine: {0} a storage key, {1} a line number.
        StorageAtLine => "{0} (строка {1})",
        StorageNotAnEvent => "это не покупка и не удаление",
        StorageNotATime => "время не удаётся прочитать",
        StorageNotAnAmount => "это не сумма больше нуля",
        StorageNotADate => "это не дата в формате ГГГГ-ММ-ДД",
        StorageBadId => "идентификатор покупки пуст или повреждён",
        StorageNoSessionSuffix => "ключ не заканчивается именем сеанса",
        StorageIdTaken => "у другой покупки такой же идентификатор",
        // {0} the format name found.
        StorageWrongFormat => "формат «{0}» не является форматом tierup",
    }
}
