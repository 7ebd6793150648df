//! Export the ledger (JSON to re-import, CSV for spreadsheets) and import a JSON export.

use yew::prelude::*;

use super::browser;
use super::button::button;
use super::by_identity::ByIdentity;
use super::field_error::field_error;
use super::label::label;
use super::state::{Action, Problem};
use crate::domain::Ledger;
use crate::formats::ledger_file;
use crate::i18n::{Text, Words};

/// The buttons and the file field for `ledger`; their actions go to `on_action`. `error` and
/// `result` are the last import's. A function, not a component (see `fold`).
pub fn transfer(
    words: &Words,
    on_action: &Callback<Action>,
    ledger: &ByIdentity<Ledger>,
    error: Option<&str>,
    result: Option<&str>,
) -> Html {
    let export = |name: &'static str, mime: &'static str, render: fn(&Ledger, &Words) -> String| {
        let (ledger, on_action, words) = (ledger.clone(), on_action.clone(), *words);
        Callback::from(move |_| {
            if browser::download(name, mime, &render(&ledger, &words)).is_err() {
                on_action.emit(Action::TransferFailed(Problem::DownloadRefused));
            }
        })
    };
    let on_import = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value(""); // Picking the same file again must fire another change.
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                on_action.emit(match browser::read_file(file).await {
                    Some(text) => Action::Import(text),
                    None => Action::TransferFailed(Problem::FileUnreadable),
                });
            });
        })
    };
    let to_json = |ledger: &Ledger, _: &Words| ledger_file::to_json(ledger);
    let to_csv = |ledger: &Ledger, words: &Words| {
        ledger_file::to_csv(ledger, [Text::DateLabel, Text::AmountLabel, Text::CsvPurchaseId].map(|t| words.get(t)))
    };
    html! {
        <div class="transfer">
            { button("export-json", false, export("tierup-ledger.json", "application/json", to_json), words.get(Text::ExportJson)) }
            { button("export-csv", false, export("tierup-purchases.csv", "text/csv", to_csv), words.get(Text::ExportCsv)) }
            { label("tierup-import", words.get(Text::ImportLabel)) }
            <input id="tierup-import" type="file" accept="application/json,.json" data-testid="import-file"
                onchange={on_import} aria-describedby="tierup-import-error" />
            { field_error("tierup-import-error", "import-error", error) }
            if let Some(result) = result {
                <p role="status" data-testid="import-result">{ result }</p>
            }
        </div>
    }
}
