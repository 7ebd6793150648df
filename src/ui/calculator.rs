//! "How much more do I need?": the amount and a purchase plan for any tier, plus a what-if.
//!
//! A function, not a component (see `fold`): what the reader picks and types is kept by the
//! widget's state for each instance ([`Inputs`]), so the calculator is drawn from its arguments
//! alone.

use yew::prelude::*;

use super::inputs::{Input, Inputs};
use super::label::label;
use super::ladder::ladder;
use super::state::Action;
use super::whole::date_whole;
use crate::domain::{plan, status, what_if, Date, Ledger, Money, Schedule};
use crate::i18n::{Text, Words};

/// What a calculator is drawn from.
pub struct Args<'a> {
    pub words: &'a Words,
    pub schedule: &'a Schedule,
    pub ledger: &'a Ledger,
    pub today: Date,
    /// The tier to preselect (the page's `data-target-tier`).
    pub target: Option<&'a str>,
    /// Its own heading; without, the fold it sits in names it.
    pub heading: bool,
    pub inputs: Option<&'a Inputs>,
    /// Where what the reader picks and types goes (as this instance's).
    pub on_action: &'a Callback<Action>,
}

pub fn calculator(props: &Args) -> Html {
    let (schedule, words, inputs) = (props.schedule, *props.words, props.inputs.cloned().unwrap_or_default());
    let tier_or_none =
        |tier: Option<usize>| tier.map_or(words.get(Text::NoTierYetInline), |i| words.tier(&schedule.tiers[i]));
    let now = status(schedule, props.ledger, props.today);
    // Until the reader picks one, aim at the page's or the next tier up (or the top one once there).
    let target = inputs.target.or(props.target.map(str::to_string)).unwrap_or_else(|| {
        let next = now.next.map(|(i, _)| i);
        let top = schedule.purchasable().last().map(|(i, _, _)| i);
        next.or(top).map(|i| schedule.tiers[i].id.clone()).unwrap_or_default()
    });
    let on_target = props.on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::Input(Input::Target(select.value()))
    });
    let on_what_if = props.on_action.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::Input(Input::WhatIf(input.value()))
    });
    let options = schedule.tiers.iter().map(|t| {
        html! { <option value={t.id.clone()} selected={t.id == target}>{ words.tier(t) }</option> }
    });
    let planned = plan(schedule, props.ledger, &target, props.today);
    // The answer in one line (a refusal when no plan reaches the tier), then the plan's steps.
    let answer = match &planned {
        Err(e) => words.plan_error(e),
        Ok(p) if p.steps.is_empty() => words.fill_money(Text::ReachedTier, Money::ZERO),
        Ok(p) => words.fill_money(Text::MoreNeeded, p.needed),
    };
    let steps = planned.as_ref().ok().filter(|p| !p.steps.is_empty()).map(|p| {
        let items = p.steps.iter().map(|step| {
            let (amount, after) = (words.money(step.amount), tier_or_none(step.tier_after));
            let date = step.date.iso();
            let text = match step.date == props.today {
                true => words.fill(Text::StepToday, &[&amount, after]).into(),
                false => date_whole(&words.fill(Text::StepOn, &[&amount, &date, after]), &date),
            };
            html! { <li data-testid="plan-step">{ text }</li> }
        });
        html! {
            <>
                <ol class="plan">{ for items }</ol>
                if p.reached_on != props.today {
                    <p>{ date_whole(&words.fill(Text::ReachOn, &[&p.reached_on.iso()]), &p.reached_on.iso()) }</p>
                }
            </>
        }
    });
    let style = words.locale.number_style();
    let what_if_text = inputs.what_if;
    let what_if_result = (!what_if_text.trim().is_empty()).then(|| match Money::parse_in(&what_if_text, &style) {
        Err(e) => words.amount_error(&e),
        Ok(amount) => match what_if(schedule, props.ledger, amount, props.today) {
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
            { label("tierup-target", words.get(Text::TargetTier)) }
            <select id="tierup-target" data-testid="target-tier" onchange={on_target}>{ for options }</select>
            <p data-testid="amount-needed">{ answer }</p>
            // One child whether or not there is a plan: a `for` would splice in a varying number of
            // children, and Yew would then re-create the menu before them (and lose its focus).
            { steps.unwrap_or_default() }
            { ladder(schedule, &words, now.tier, now.total, planned.as_ref().ok()) }
            { label("tierup-what-if", words.get(Text::WhatIfLabel)) }
            <input id="tierup-what-if" type="text" inputmode="decimal" autocomplete="off" data-testid="what-if-input"
                value={what_if_text} oninput={on_what_if} />
            if let Some(text) = what_if_result {
                <p data-testid="what-if-result">{ text }</p>
            }
        </div>
    }
}
