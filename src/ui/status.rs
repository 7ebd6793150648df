//! Where the account stands: tier, total, limit, progress and the most one can deposit now.

use std::rc::Rc;

use yew::prelude::*;

use super::by_identity::ByIdentity;
use super::context::use_instance;
use crate::domain::{status, Date, Ledger, Schedule};
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub schedule: Rc<Schedule>,
    pub ledger: ByIdentity<Ledger>,
    pub today: Date,
}

#[component]
pub fn StatusPanel(props: &Props) -> Html {
    let (schedule, words) = (&*props.schedule, use_instance().words);
    let tag = words.locale.tag();
    let name = |i: usize| schedule.tiers[i].name_in(tag);
    let st = status(schedule, &props.ledger, props.today);
    let tier_name = st.tier.map_or(words.get(Text::NoTierYet), name);
    let limit = match (st.tier, st.limit) {
        (None, _) => words.get(Text::NoneYet).to_string(),
        (Some(_), Some(limit)) => words.money(limit),
        (Some(_), None) => words.get(Text::NoLimit).to_string(),
    };
    let max_deposit = st.max_deposit.map_or(words.get(Text::NoLimit).to_string(), |m| words.money(m));
    let next = match st.next {
        Some((i, needed)) => words.fill(Text::MoreToReach, &[&words.money(needed), name(i)]),
        None => words.get(Text::HighestTier).to_string(),
    };
    // Progress toward the next tier, as decimal strings: <progress> needs no inline style.
    let progress = st.next.and_then(|(i, _)| schedule.tiers[i].threshold).map(|threshold| {
        html! {
            <progress class="progress" max={threshold.to_canonical()} value={st.total.to_canonical()}
                aria-label={words.get(Text::ProgressLabel)} />
        }
    });
    html! {
        <div class="status" aria-live="polite">
            <h2 class="tier" data-testid="current-tier">{ tier_name }</h2>
            <dl class="figures">
                <dt>{ words.get(Text::PurchasedSoFar) }</dt>
                <dd data-testid="cumulative-total">{ words.money(st.total) }</dd>
                <dt>{ words.get(Text::MonthlyLimit) }</dt>
                <dd data-testid="monthly-limit">{ limit }</dd>
                <dt>{ words.get(Text::MostDepositNow) }</dt>
                <dd data-testid="max-deposit">{ max_deposit }</dd>
            </dl>
            { for progress }
            <p class="next" data-testid="next-tier-needed">{ next }</p>
            if let Some((i, day)) = st.pending {
                <p class="pending">{ words.fill(Text::Pending, &[name(i), &day.to_string()]) }</p>
            }
            <p class="schedule-note">{ words.fill(Text::AsOf, &[schedule.title_in(tag), &schedule.as_of.to_string()]) }</p>
        </div>
    }
}
