//! The answer first: the tier now, its monthly limit, the most one can deposit now, and how
//! much more the target tier needs (the page's `data-target-tier`, else the next tier), with
//! the progress toward it.

use yew::prelude::*;

use super::whole::date_whole;
use crate::domain::{status, Date, Ledger, Schedule};
use crate::i18n::{Text, Words};

/// The panel for `ledger` on `today`; `target` is the page's `data-target-tier`, already
/// checked against the schedule. A function, not a component (see `fold`): it re-renders with
/// its instance, and `status` reads no more than this month's purchases.
pub fn status_panel(schedule: &Schedule, ledger: &Ledger, today: Date, target: Option<&str>, words: &Words) -> Html {
    let name = |i: usize| words.tier(&schedule.tiers[i]);
    let st = status(schedule, ledger, today);
    let tier_name = st.tier.map_or(words.get(Text::NoTierYet), name);
    let limit = match (st.tier, st.limit) {
        (None, _) => words.string(Text::NoneYet),
        (Some(_), Some(limit)) => words.money(limit),
        (Some(_), None) => words.string(Text::NoLimit),
    };
    let max_deposit = st.max_deposit.map_or(words.string(Text::NoLimit), |m| words.money(m));
    // The target while it is still ahead; once reached (or by arrangement), the next tier.
    let target = target.and_then(|id| schedule.index_of(id)).and_then(|i| {
        let threshold = schedule.tiers[i].threshold.filter(|&th| th > st.total)?;
        Some((i, threshold.saturating_sub(st.total)))
    });
    let aim = target.or(st.next);
    let next = match aim {
        Some((i, needed)) => words.fill(Text::MoreToReach, &[&words.money(needed), name(i)]),
        None => words.string(Text::HighestTier),
    };
    // Progress toward that tier, as decimal strings: <progress> needs no inline style.
    let progress = aim.and_then(|(i, _)| schedule.tiers[i].threshold).map(|threshold| {
        html! {
            <progress class="progress" max={threshold.to_canonical()} value={st.total.to_canonical()}
                aria-label={words.get(Text::ProgressLabel)} />
        }
    });
    html! {
        <div class="status" aria-live="polite">
            <h2 class="tier" data-testid="current-tier">{ tier_name }</h2>
            <dl class="figures">
                <dt>{ words.get(Text::MonthlyLimit) }</dt>
                <dd data-testid="monthly-limit">{ limit }</dd>
                <dt>{ words.get(Text::MostDepositNow) }</dt>
                <dd data-testid="max-deposit">{ max_deposit }</dd>
                <dt>{ words.get(Text::PurchasedSoFar) }</dt>
                <dd data-testid="cumulative-total">{ words.money(st.total) }</dd>
            </dl>
            <p class="next" data-testid="next-tier-needed">{ next }</p>
            { progress.unwrap_or_default() }
            if let Some((i, day)) = st.pending {
                <p class="pending">{ date_whole(&words.fill(Text::Pending, &[name(i), &day.iso()]), &day.iso()) }</p>
            }
        </div>
    }
}
