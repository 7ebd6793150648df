//! "How much more do I need?": the amount and a purchase plan for any tier, plus a what-if.

use std::rc::Rc;

use yew::prelude::*;

use super::ladder::Ladder;
use crate::domain::{plan, status, what_if, Date, Ledger, Money, Schedule};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub schedule: Rc<Schedule>,
    pub ledger: Rc<Ledger>,
    pub today: Date,
    /// The tier to preselect (the page's `data-target-tier`).
    pub target: Option<String>,
}

#[component]
pub fn Calculator(props: &Props) -> Html {
    let schedule = &*props.schedule;
    let chosen = use_state(|| props.target.clone());
    let what_if_text = use_state(String::new);
    let now = status(schedule, &props.ledger, props.today);
    // Until the reader picks one, aim at the next tier up (or the top one once there).
    let target = (*chosen).clone().unwrap_or_else(|| {
        let next = now.next.map(|(i, _)| i);
        let top = schedule.purchasable().last().map(|(i, _, _)| i);
        next.or(top).map(|i| schedule.tiers[i].id.clone()).unwrap_or_default()
    });
    let on_target = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            chosen.set(Some(select.value()));
        })
    };
    let on_what_if = {
        let what_if_text = what_if_text.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            what_if_text.set(input.value());
        })
    };
    let options = schedule.tiers.iter().map(|t| {
        html! { <option value={t.id.clone()} selected={t.id == target}>{ &t.name }</option> }
    });
    let planned = plan(schedule, &props.ledger, &target, props.today);
    let result = match &planned {
        Err(e) => html! { <p class="plan-error" data-testid="amount-needed">{ e.to_string() }</p> },
        Ok(p) if p.steps.is_empty() => html! {
            <p data-testid="amount-needed">{ format!("{} needed: you have reached this tier.", Money::ZERO.usd()) }</p>
        },
        Ok(p) => {
            let steps = p.steps.iter().map(|step| {
                let when = if step.date == props.today { "today".to_string() } else { format!("on {}", step.date) };
                let after = step.tier_after.map_or("no tier yet".to_string(), |i| schedule.tiers[i].name.clone());
                html! { <li data-testid="plan-step">{ format!("Deposit {} {when} (then {after})", step.amount.usd()) }</li> }
            });
            html! {
                <>
                    <p data-testid="amount-needed">{ format!("{} more needed", p.needed.usd()) }</p>
                    <ol class="plan">{ for steps }</ol>
                    if p.reached_on != props.today {
                        <p>{ format!("You reach it on {}.", p.reached_on) }</p>
                    }
                </>
            }
        }
    };
    let what_if_result = (!what_if_text.trim().is_empty()).then(|| match Money::parse(&what_if_text) {
        Err(e) => e.to_string(),
        Ok(amount) => match what_if(schedule, &props.ledger, amount, props.today) {
            Ok(w) => {
                let tier = w.tier.map_or("no tier yet".to_string(), |i| schedule.tiers[i].name.clone());
                format!("Buying {} now brings you to {} with {} purchased.", amount.usd(), tier, w.total.usd())
            }
            Err(e) => format!("Not allowed: {e}"),
        },
    });
    html! {
        <div class="calculator" aria-live="polite">
            <h3>{ "How much more do I need?" }</h3>
            <label for="tierup-target">{ "Target tier" }</label>
            <select id="tierup-target" data-testid="target-tier" onchange={on_target}>{ for options }</select>
            { result }
            <Ladder schedule={props.schedule.clone()} tier={now.tier} total={now.total} plan={planned.ok()} />
            <label for="tierup-what-if">{ "What if I buy now (USD)" }</label>
            <input id="tierup-what-if" type="text" inputmode="decimal" autocomplete="off" data-testid="what-if-input"
                value={(*what_if_text).clone()} oninput={on_what_if} />
            if let Some(text) = what_if_result {
                <p data-testid="what-if-result">{ text }</p>
            }
        </div>
    }
}
