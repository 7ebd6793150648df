//! Where the account stands: tier, total, limit, progress and the most one can deposit now.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::{status, Date, Ledger, Schedule};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub schedule: Rc<Schedule>,
    pub ledger: Rc<Ledger>,
    pub today: Date,
}

#[component]
pub fn StatusPanel(props: &Props) -> Html {
    let schedule = &*props.schedule;
    let st = status(schedule, &props.ledger, props.today);
    let tier_name = st.tier.map_or("No tier yet", |i| schedule.tiers[i].name.as_str());
    let limit = match (st.tier, st.limit) {
        (None, _) => "None yet".to_string(),
        (Some(_), Some(limit)) => limit.usd(),
        (Some(_), None) => "No limit".to_string(),
    };
    let max_deposit = st.max_deposit.map_or("No limit".to_string(), |m| m.usd());
    let next = match st.next {
        Some((i, needed)) => format!("{} more to reach {}", needed.usd(), schedule.tiers[i].name),
        None => "You are on the highest tier reached by purchases.".to_string(),
    };
    // Progress toward the next tier, as decimal strings: <progress> needs no inline style.
    let progress = st.next.and_then(|(i, _)| schedule.tiers[i].threshold).map(|threshold| {
        html! {
            <progress class="progress" max={threshold.to_canonical()} value={st.total.to_canonical()}
                aria-label="Progress toward the next tier" />
        }
    });
    html! {
        <div class="status" aria-live="polite">
            <h2 class="tier" data-testid="current-tier">{ tier_name }</h2>
            <dl class="figures">
                <dt>{ "Purchased so far" }</dt>
                <dd data-testid="cumulative-total">{ st.total.usd() }</dd>
                <dt>{ "Monthly limit" }</dt>
                <dd data-testid="monthly-limit">{ limit }</dd>
                <dt>{ "Most you can deposit now" }</dt>
                <dd data-testid="max-deposit">{ max_deposit }</dd>
            </dl>
            { for progress }
            <p class="next" data-testid="next-tier-needed">{ next }</p>
            if let Some((i, day)) = st.pending {
                <p class="pending">{ format!("{} starts on {day}, once its waiting period ends.", schedule.tiers[i].name) }</p>
            }
            <p class="schedule-note">{ format!("{} · as of {}", schedule.title, schedule.as_of) }</p>
        </div>
    }
}
