//! Resolves the schedule (the default, or the page's `data-schedule`), then shows the widget.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use super::widget::Widget;
use super::Instance;
use crate::domain::Schedule;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub instances: Rc<Vec<Instance>>,
}

/// The schedule in use, and why it is not the one the page asked for, if it is not.
#[derive(Clone, PartialEq)]
struct Resolved {
    schedule: Rc<Schedule>,
    error: Option<String>,
}

#[component]
pub fn App(props: &Props) -> Html {
    // One schedule per page: the first instance that names one decides.
    let url = props.instances.iter().find_map(|i| i.config.schedule_url.clone());
    let resolved = {
        let waiting = url.is_some();
        use_state(move || (!waiting).then(|| Resolved { schedule: Rc::new(Schedule::default()), error: None }))
    };
    {
        let resolved = resolved.clone();
        use_effect_with(url, move |url| {
            if let Some(url) = url.clone() {
                wasm_bindgen_futures::spawn_local(async move { resolved.set(Some(load_schedule(&url).await)) });
            }
        });
    }
    match &*resolved {
        Some(r) => html! {
            <Widget schedule={r.schedule.clone()} schedule_error={r.error.clone()} instances={props.instances.clone()} />
        },
        None => html! {
            <>{ for props.instances.iter().map(|i| create_portal(
                html! { <p class="tierup loading" data-testid="tierup-loading">{ "Loading the tier schedule…" }</p> },
                i.container.clone(),
            )) }</>
        },
    }
}

/// Fetches and validates a schedule; any failure falls back to the default, with the reason.
async fn load_schedule(url: &str) -> Resolved {
    let outcome = match browser::fetch_text(url).await {
        Ok(text) => Schedule::from_json(&text).map_err(|e| e.to_string()),
        Err(why) => Err(why),
    };
    match outcome {
        Ok(schedule) => Resolved { schedule: Rc::new(schedule), error: None },
        Err(why) => Resolved {
            schedule: Rc::new(Schedule::default()),
            error: Some(format!("The tier schedule at {url} could not be used: {why}. Showing the default schedule.")),
        },
    }
}
