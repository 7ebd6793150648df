//! Export the ledger (JSON to re-import, CSV for spreadsheets) and import a JSON export.

use yew::prelude::*;

use super::browser;
use super::by_identity::ByIdentity;
use super::context::use_instance;
use super::field_error::field_error;
use super::state::{Action, Problem};
use crate::domain::Ledger;
use crate::formats::ledger_file;
use crate::i18n::{Text, Words};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ledger: ByIdentity<Ledger>,
    pub error: Option<String>,
    pub result: Option<String>,
}

#[component]
pub fn Transfer(props: &Props) -> Html {
    let context = use_instance();
    let words = context.words;
    let export = |name: &'static str, mime: &'static str, render: fn(&Ledger, &Words) -> String| {
        let (ledger, on_action) = (props.ledger.clone(), context.on_action.clone());
        Callback::from(move |_| {
            if browser::download(name, mime, &render(&ledger, &words)).is_err() {
                on_action.emit(Action::TransferFailed(Problem::DownloadRefused));
            }
        })
    };
    let on_import = {
        let on_action = context.on_action.clone();
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
    let words = &context.words;
    let to_json = |ledger: &Ledger, _: &Words| ledger_file::to_json(ledger);
    let to_csv = |ledger: &Ledger, words: &Words| {
        ledger_file::to_csv(ledger, [Text::DateLabel, Text::AmountLabel, Text::CsvPurchaseId].map(|t| words.get(t)))
    };
    html! {
        <div class="transfer">
            <button type="button" data-testid="export-json"
                onclick={export("tierup-ledger.json", "application/json", to_json)}>{ words.get(Text::ExportJson) }</button>
            <button type="button" data-testid="export-csv"
                onclick={export("tierup-purchases.csv", "text/csv", to_csv)}>{ words.get(Text::ExportCsv) }</button>
            <label for="tierup-import">{ words.get(Text::ImportLabel) }</label>
            <input id="tierup-import" type="file" accept="application/json,.json" data-testid="import-file"
                onchange={on_import} aria-describedby="tierup-import-error" />
            { field_error("tierup-import-error", "import-error", props.error.as_deref()) }
            if let Some(result) = &props.result {
                <p role="status" data-testid="import-result">{ result }</p>
            }
        </div>
    }
}
