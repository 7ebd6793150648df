//! "How much more do I need?": the amount and a purchase plan for any tier, plus a what-if.

use std::rc::Rc;

use yew::prelude::*;

use super::by_identity::ByIdentity;
use super::ladder::ladder;
use super::whole::date_whole;
use crate::domain::{plan, status, what_if, Date, Ledger, Money, Schedule};
use crate::i18n::{Text, Words};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub words: Words,
    pub schedule: Rc<Schedule>,
    pub ledger: ByIdentity<Ledger>,
    pub today: Date,
    /// The tier to preselect (the page's `data-target-tier`).
    pub target: Option<String>,
    /// Its own heading; without, the fold it sits in names it.
    pub heading: bool,
}

#[component]
pub fn Calculator(props: &Props) -> Html {
    let (schedule, words) = (&*props.schedule, props.words);
    let tag = words.locale.tag();
    let tier_or_none =
        |tier: Option<usize>| tier.map_or(words.get(Text::NoTierYetInline), |i| schedule.tiers[i].name_in(tag));
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
        html! { <option value={t.id.clone()} selected={t.id == target}>{ t.name_in(tag) }</option> }
    });
    let planned = plan(schedule, &props.ledger, &target, props.today);
    let result = match &planned {
        Err(e) => html! { <p class="plan-error" data-testid="amount-needed">{ words.plan_error(e) }</p> },
        Ok(p) if p.steps.is_empty() => html! {
            <p data-testid="amount-needed">{ words.fill(Text::ReachedTier, &[&words.money(Money::ZERO)]) }</p>
        },
        Ok(p) => {
            let steps = p.steps.iter().map(|step| {
                let (amount, after) = (words.money(step.amount), tier_or_none(step.tier_after));
                let date = step.date.to_string();
                let text = match step.date == props.today {
                    true => words.fill(Text::StepToday, &[&amount, after]).into(),
                    false => date_whole(&words.fill(Text::StepOn, &[&amount, &date, after]), &date),
                };
                html! { <li data-testid="plan-step">{ text }</li> }
            });
            html! {
                <>
                    <p data-testid="amount-needed">{ words.fill(Text::MoreNeeded, &[&words.money(p.needed)]) }</p>
                    <ol class="plan">{ for steps }</ol>
                    if p.reached_on != props.today {
                        <p>{ date_whole(&words.fill(Text::ReachOn, &[&p.reached_on.to_string()]), &p.reached_on.to_string()) }</p>
                    }
                </>
            }
        }
    };
    let style = words.locale.number_style();
    let what_if_result = (!what_if_text.trim().is_empty()).then(|| match Money::parse_in(&what_if_text, &style) {
        Err(e) => words.amount_error(&e),
        Ok(amount) => match what_if(schedule, &props.ledger, amount, props.today) {
            Ok(w) => {
                words.fill(Text::WhatIfResult, &[&words.money(amount), tier_or_none(w.tier), &words.money(w.total)])
            }
            Err(e) => words.fill(Text::NotAllowed, &[&words.ledger_error(&e)]),
        },
    });
    html! {
        <div class="calculator" aria-live="polite">
            if props.heading {
                <h3>{ words.get(Text::HowMuchMore) }</h3>
            }
            <label for="tierup-target">{ words.get(Text::TargetTier) }</label>
            <select id="tierup-target" data-testid="target-tier" onchange={on_target}>{ for options }</select>
            { result }
            { ladder(schedule, &words, now.tier, now.total, planned.as_ref().ok()) }
            <label for="tierup-what-if">{ words.get(Text::WhatIfLabel) }</label>
            <input id="tierup-what-if" type="text" inputmode="decimal" autocomplete="off" data-testid="what-if-input"
                value={(*what_if_text).clone()} oninput={on_what_if} />
            if let Some(text) = what_if_result {
                <p data-testid="what-if-result">{ text }</p>
            }
        </div>
    }
}
