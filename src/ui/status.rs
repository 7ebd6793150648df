//! The answer first: the tier now, its monthly limit, the most one can deposit now, and how
//! much more the target tier needs (the page's `data-target-tier`, else the next tier), with
//! the progress toward it.

use yew::prelude::*;

use super::raw::raw;
use super::whole::date_whole;
use crate::domain::{status, Date, Ledger, Schedule};
use crate::formats::markup::Markup;
use crate::i18n::{Text, Words};

/// The panel for `ledger` on `today`; `target` is the page's `data-target-tier`, already
/// checked against the schedule. A function, not a component (see `fold`): it re-renders with
/// its instance, and `status` reads no more than this month's purchases.
pub fn status_panel(schedule: &Schedule, ledger: &Ledger, today: Date, target: Option<&str>, words: &Words) -> Html {
    let tag = words.locale.tag();
    let name = |i: usize| schedule.tiers[i].name_in(tag);
    let st = status(schedule, ledger, today);
    let tier_name = st.tier.map_or(words.get(Text::NoTierYet), name);
    let limit = match (st.tier, st.limit) {
        (None, _) => words.get(Text::NoneYet).to_string(),
        (Some(_), Some(limit)) => words.money(limit),
        (Some(_), None) => words.get(Text::NoLimit).to_string(),
    };
    let max_deposit = st.max_deposit.map_or(words.get(Text::NoLimit).to_string(), |m| words.money(m));
    // The target while it is still ahead; once reached (or by arrangement), the next tier.
    let target = target.and_then(|id| schedule.index_of(id)).and_then(|i| {
        let threshold = schedule.tiers[i].threshold.filter(|&th| th > st.total)?;
        Some((i, threshold.saturating_sub(st.total)))
    });
    let aim = target.or(st.next);
    let next = match aim {
        Some((i, needed)) => words.fill(Text::MoreToReach, &[&words.money(needed), name(i)]),
        None => words.get(Text::HighestTier).to_string(),
    };
    // Progress toward that tier, as decimal strings: <progress> needs no inline style.
    let progress = aim.and_then(|(i, _)| schedule.tiers[i].threshold);
    // Nothing here to click or type in: written as markup (see `formats::markup`).
    let mut m = Markup::default();
    m.element("h2", &[("class", "tier"), ("data-testid", "current-tier")], tier_name);
    m.open("dl", &[("class", "figures")]);
    m.element("dt", &[], words.get(Text::MonthlyLimit));
    m.element("dd", &[("data-testid", "monthly-limit")], &limit);
    m.element("dt", &[], words.get(Text::MostDepositNow));
    m.element("dd", &[("data-testid", "max-deposit")], &max_deposit);
    m.element("dt", &[], words.get(Text::PurchasedSoFar));
    m.element("dd", &[("data-testid", "cumulative-total")], &words.money(st.total)).close("dl");
    m.element("p", &[("class", "next"), ("data-testid", "next-tier-needed")], &next);
    if let Some(threshold) = progress {
        let (max, value) = (threshold.to_canonical(), st.total.to_canonical());
        let label = words.get(Text::ProgressLabel);
        m.empty("progress", &[("class", "progress"), ("max", &max), ("value", &value), ("aria-label", label)]);
    }
    if let Some((i, day)) = st.pending {
        m.open("p", &[("class", "pending")]);
        date_whole(&mut m, &words.fill(Text::Pending, &[name(i), &day.iso()]), &day.iso());
        m.close("p");
    }
    // The live region stays while what it says changes: a region added with its text in it
    // is not announced.
    html! {
        <div class="status" aria-live="polite">{ raw(m) }</div>
    }
}
