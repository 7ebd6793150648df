//! Brazilian Portuguese: você, help-center tone; tier = «nível», monthly spend limit = «limite
//! mensal de gastos», deposit = «depositar/depósito», credits = «créditos». Tier names fill blanks
//! without an article (after a colon, «em», «alcançar»), since a page may name tiers of either gender.

use super::Text::{self, *};

pub(super) fn text(text: Text) -> &'static str {
    match text {
        WidgetLabel => "tierup: calculadora de nível de uso da API",
        LanguageLabel => "Idioma",
        LanguageUnavailable => "Não foi possível carregar os textos em {0}, então o tierup é exibido em inglês.",
        // {0} the schedule's URL, {1} one of the schedule or fetch errors below (a sentence).
        ScheduleUnusable => "Não foi possível usar a tabela de níveis em {0}: {1} Exibindo a tabela padrão.",
        FetchUnreachable => "Não foi possível acessar o servidor.",
        // {0} an HTTP status code.
        FetchStatus => "O servidor respondeu com o código {0}.",
        FetchUnreadable => "Não foi possível ler a resposta do servidor.",
        FileUnreadable => "Não foi possível ler o arquivo.",
        DownloadRefused => "O navegador não permitiu salvar o arquivo.",

        NoTierYet => "Nenhum nível ainda",
        // Fills a tier-name blank: after «depois:» and «Situação:».
        NoTierYetInline => "sem nível",
        PurchasedSoFar => "Total comprado até agora",
        MonthlyLimit => "Limite mensal",
        MostDepositNow => "Máximo que você pode depositar agora",
        NoneYet => "Nenhum ainda",
        NoLimit => "Sem limite",
        // {0} an amount, {1} a tier name.
        MoreToReach => "Faltam {0} para alcançar {1}",
        HighestTier => "Você está no nível mais alto que pode ser alcançado com compras.",
        ProgressLabel => "Progresso até o próximo nível",
        // {0} a tier name, {1} a date (YYYY-MM-DD).
        Pending => "{0} passa a valer em {1}, após o fim do período de espera.",
        // {0} the schedule's title, {1} a date.
        AsOf => "{0} · atualizado em {1}",
        SourceLink => "Fonte",
        PlanningAid => "Uma ajuda para planejar, guardada só neste navegador. A referência é a página de faturamento do Console.",

        AddPurchase => "Adicionar compra",
        AmountLabel => "Valor (USD)",
        DateLabel => "Data",

        PurchasesHeading => "Compras",
        NoPurchases => "Nenhuma compra registrada ainda.",
        PurchasesLabel => "Compras, mais recentes primeiro",
        EarlierPurchases => "Compras anteriores",
        // Count {0} = all purchases (always more than 50); {1} how many are shown.
        ShowingNewest => "Exibindo as {1} mais recentes de {0} compra.|Exibindo as {1} mais recentes de {0} compras.",
        ShowMore => "Mostrar mais {0}|Mostrar mais {0}",
        Delete => "Excluir",
        // {0} an amount, {1} a date.
        DeleteLabel => "Excluir a compra de {0} em {1}",
        Undo => "Desfazer",
        ClearAll => "Excluir todas as compras",
        UndoDeleted => "A compra de {0} em {1} foi excluída.",
        UndoCleared => "{0} compra excluída.|{0} compras excluídas.",
        // {0} the previous opening total.
        UndoOpening => "O total inicial foi alterado (antes: {0}).",
        CannotDelete => "Não é possível excluir essa compra. {0}",
        CannotUndo => "Não é mais possível desfazer. {0}",
        ReadOnly => "O tierup está em modo somente leitura aqui por causa do aviso acima: nada pode ser alterado.",

        HowMuchMore => "Quanto ainda preciso comprar?",
        TargetTier => "Nível desejado",
        // {0} an amount (zero).
        ReachedTier => "Necessário: {0}. Você já alcançou este nível.",
        MoreNeeded => "Faltam {0}",
        // {0} an amount, {1} a tier name or NoTierYetInline.
        StepToday => "Deposite {0} hoje (depois: {1})",
        // {0} an amount, {1} a date, {2} a tier name.
        StepOn => "Deposite {0} em {1} (depois: {2})",
        ReachOn => "Você alcançará este nível em {0}.",
        WhatIfLabel => "E se eu comprar agora (USD)",
        // {0} an amount, {1} a tier name or NoTierYetInline, {2} an amount.
        WhatIfResult => "Se você comprar {0} agora, seu total em compras será {2}. Situação: {1}.",
        NotAllowed => "Não permitido: {0}",

        LadderTitle => "Escada de níveis",
        PerMonth => "{0}/mês",
        NoLimitShort => "sem limite",
        YouAre => "Você: {0}",
        DescribeAt => "Você comprou {0}. Seu nível atual: {1}.",
        DescribeNoTier => "Você comprou {0} e ainda não tem nível.",
        // {0} a tier name, {1} an amount, {2} an amount.
        DescribeStep => "{0}: exige {1} em compras e dá um limite mensal de {2}.",
        DescribeStepNoLimit => "{0}: exige {1} em compras e não tem limite mensal.",
        DescribePlan => "Plano: deposite {0}.",
        ThenSeparator => ", depois ",

        OpeningHeading => "Comprado antes de usar o tierup",
        OpeningLabel => "Créditos comprados antes de você começar a usar o tierup (USD)",
        SaveOpening => "Salvar total inicial",

        TransferHeading => "Cópia de segurança e transferência das compras",
        ExportJson => "Exportar JSON",
        ExportCsv => "Exportar CSV",
        CsvPurchaseId => "ID da compra",
        ImportLabel => "Importar um arquivo JSON do tierup",
        NothingNew => "Nada de novo: todas as compras desse arquivo já estão aqui.",
        Imported => "{0} compra importada.|{0} compras importadas.",
        NothingImported => "Nada foi importado. {0}",

        // {0} a whole example ("40"), {1} the example with cents ("40,50").
        AmountEmpty => "Informe um valor, por exemplo {0} ou {1}.",
        AmountNotNumber => "Use apenas dígitos, por exemplo {0} ou {1}.",
        AmountNotPositive => "O valor deve ser maior que {0}.",
        AmountTooManyDecimals => "Use no máximo duas casas decimais (centavos).",
        AmountTooLarge => "Esse valor é alto demais.",
        GroupsCommas => "Os grupos de três dígitos devem ser separados por vírgulas, como em {0}.",
        GroupsPoints => "Os grupos de três dígitos devem ser separados por pontos, como em {0}.",
        GroupsSpaces => "Os grupos de três dígitos devem ser separados por espaços, como em {0}.",
        CentsAfterComma => "Coloque uma vírgula antes dos centavos, como em {0}.",
        CentsAfterPoint => "Coloque um ponto antes dos centavos, como em {0}.",
        AmountNotDollars => "Os valores são em dólares americanos, por exemplo {0} ou {1}.",
        DateMalformed => "Informe a data no formato YYYY-MM-DD.",
        DateNoSuchDay => "Essa data não existe no calendário.",

        // {0} the amount refused, {1} the monthly limit, {2} the most allowed now.
        OverCap => "Não é possível depositar {0}: um depósito não pode exceder seu limite mensal de gastos de {1}. O máximo que você pode depositar agora é {2}.",
        // {0} an amount, {1} a date, {2} a monthly limit.
        BreaksLater => "Isso deixaria a compra de {0} em {1} acima do limite mensal de {2} em vigor na época.",
        FutureDate => "{0} é uma data futura. Registre as compras depois de realizá-las.",
        DuplicateId => "Outra compra já tem o identificador \"{0}\".",
        UnknownId => "Nenhuma compra tem o identificador \"{0}\".",

        PlanUnknownTier => "Esse nível não existe nesta tabela.",
        PlanByArrangement => "Este nível é combinado com a equipe de vendas e não é alcançado por meio de compras.",
        PlanTooManySteps => "Alcançar este nível exigiria mais de {0} depósitos.",

        // «registro de compras» = tierup's ledger file. {0} a technical detail (stays in English).
        FileNotLedger => "Este não é um arquivo de registro de compras do tierup: {0}",
        FileWrongFormat => "Este arquivo é do formato \"{0}\", não um registro de compras do tierup.",
        FileNewer => "Este registro foi criado por uma versão mais recente do tierup (versão {0}). Atualize o tierup para lê-lo.",
        FileUnknownVersion => "A versão {0} do registro não é reconhecida pelo tierup.",
        FileOpeningTotal => "O total inicial está incorreto: {0}",
        // {0} the purchase's position in the file, {1} its id, {2} the reason.
        FileEntryWithId => "Compra nº {0} (identificador \"{1}\"): {2}",
        FileEntry => "Compra nº {0}: {1}",
        FileEmptyId => "O identificador está vazio.",
        JsonSyntax => "O texto deixa de ser JSON válido na linha {0}, coluna {1}.",
        JsonNotObject => "O conteúdo deve ser um objeto JSON, escrito {…}.",
        JsonMissing => "Falta o campo \"{0}\".",
        JsonUnknown => "\"{0}\" não é um campo deste formato.",
        JsonDuplicate => "O campo \"{0}\" aparece duas vezes.",
        JsonWantText => "\"{0}\" deve ser um texto entre aspas.",
        JsonWantNumber => "\"{0}\" deve ser um número inteiro.",
        JsonWantBool => "\"{0}\" deve ser true ou false.",
        JsonWantList => "\"{0}\" deve ser uma lista, escrita [...].",
        JsonWantObject => "\"{0}\" deve ser um objeto, escrito {…}.",
        JsonBadValue => "\"{0}\" tem um valor que o tierup não pode usar.",
        JsonField => "\"{0}\": {1}",

        ScheduleJson => "A tabela de níveis não é um JSON válido com a estrutura esperada: {0}",
        ScheduleEmptyTitle => "A tabela de níveis precisa de um título.",
        ScheduleNoTiers => "A tabela não tem níveis.",
        ScheduleNoPurchasable => "Nenhum nível da tabela pode ser alcançado por meio de compras.",
        // {0} a position (1, 2...).
        ScheduleEmptyId => "O nível nº {0} não tem identificador.",
        // {0} a tier id (technical).
        ScheduleDuplicateId => "O identificador de nível \"{0}\" é usado duas vezes.",
        ScheduleEmptyName => "O nível \"{0}\" não tem nome.",
        ScheduleMissingThreshold => "O nível \"{0}\" precisa de um valor mínimo (ou \"by_arrangement\": true).",
        ScheduleNotIncreasing => "O nível \"{0}\" deve exigir mais do que o nível anterior.",
        ScheduleArrangementNotLast => "O nível \"{0}\" é definido mediante acordo, então deve ser o último nível.",
        ScheduleLimitZero => "O nível \"{0}\" tem limite mensal zero.",
        ScheduleLimitDecreasing => "O nível \"{0}\" tem um limite mensal menor que o do nível anterior.",

        ConfigView => "data-view=\"{0}\" não é uma visualização válida: use \"full\" ou \"compact\". Exibindo a versão completa.",
        // {1} the language's own name ("Português (Brasil)").
        ConfigLocale => "data-locale=\"{0}\" não é um idioma disponível no tierup. Exibindo em {1}.",
        ConfigTargetTier => "data-target-tier=\"{0}\" não é um identificador de nível desta tabela.",
        ConfigScheduleEmpty => "data-schedule está vazio: informe o endereço de um arquivo JSON com a tabela de níveis. Usando a tabela padrão.",

        StorageUnavailable => "Este navegador não permite que o tierup guarde dados aqui, então suas compras serão perdidas quando você fechar a página.",
        // Count {0} = records set aside; {1} the list of storage keys with technical reasons.
        StorageSetAside => "{0} registro salvo não pôde ser usado e foi mantido à parte, sem alterações: {1}. Todo o resto está sendo exibido.|{0} registros salvos não puderam ser usados e foram mantidos à parte, sem alterações: {1}. Todo o resto está sendo exibido.",
        // {0} a technical reason, {1} a storage key.
        StorageQuarantined => "Não foi possível ler suas configurações salvas ({0}). Elas foram mantidas sem alterações em \"{1}\".",
        // {0} a storage key, {1} a technical reason.
        StorageLeftInPlace => "Não foi possível ler seus dados salvos em \"{0}\" ({1}). Eles não foram alterados; por isso, o tierup está em modo somente leitura e as alterações não serão mantidas.",
        StorageNewer => "Suas compras foram salvas por uma versão mais recente do tierup (versão de armazenamento {0}). Elas não foram alteradas e o tierup está em modo somente leitura aqui: atualize a página para fazer alterações.",
        StorageWriteFailed => "Não foi possível salvar sua última alteração (o armazenamento do navegador está cheio ou bloqueado). Ela aparece aqui, e o tierup vai salvá-la junto com sua próxima alteração assim que houver espaço.",
        // Why a stored entry is set aside. StorageAtLine: {0} a storage key, {1} a line number.
        StorageAtLine => "{0} (linha {1})",
        StorageNotAnEvent => "não é uma compra nem uma exclusão",
        StorageNotATime => "o horário não pode ser lido",
        StorageNotAnAmount => "não é um valor acima de zero",
        StorageNotADate => "não é uma data AAAA-MM-DD válida",
        StorageBadId => "o ID da compra está vazio ou danificado",
        StorageNoSessionSuffix => "a chave não termina com o nome de uma sessão",
        StorageIdTaken => "outra compra tem o mesmo ID",
        // {0} the format name found.
        StorageWrongFormat => "o formato \"{0}\" não é o do tierup",
    }
}
