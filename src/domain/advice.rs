//! What the ledger means for the reader: where they stand and how to climb.

use super::date::Date;
use super::ledger::{Ledger, LedgerError};
use super::money::Money;
use super::schedule::Schedule;
use super::standing::{standing, WaitAnchor};

/// Where the account stands today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    /// Index into `Schedule::tiers`; `None` before the first tier.
    pub tier: Option<usize>,
    pub total: Money,
    /// The current tier's monthly limit (`None` with no tier, or a tier without a limit).
    pub limit: Option<Money>,
    /// The most one deposit may be today; `None` means no cap.
    pub max_deposit: Option<Money>,
    /// The next tier reachable by purchases, and how much more it needs.
    pub next: Option<(usize, Money)>,
    /// A tier whose amount is met but whose waiting period ends on the given day.
    pub pending: Option<(usize, Date)>,
}

pub fn status(schedule: &Schedule, ledger: &Ledger, today: Date) -> Status {
    let caps = ledger.caps_from(schedule, today);
    let (total, anchor, now) = (caps.total(), caps.anchor(), caps.standing(today));
    let by_amount = schedule.purchasable().filter(|&(_, _, th)| total >= th).map(|(i, _, _)| i).last();
    let pending = by_amount
        .filter(|&i| Some(i) != now.tier)
        .and_then(|i| anchor.ends(schedule.tiers[i].wait_days).map(|day| (i, day)));
    let next = schedule
        .purchasable()
        .find(|&(i, _, th)| th > total && now.tier.is_none_or(|t| i > t))
        .map(|(i, _, th)| (i, th.saturating_sub(total)));
    Status {
        tier: now.tier,
        total,
        limit: now.tier.and_then(|i| schedule.tiers[i].monthly_limit),
        max_deposit: caps.most(today),
        next,
        pending,
    }
}

/// One deposit of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub amount: Money,
    /// The earliest day it can be made: today unless a wait or a spent month is in the way.
    pub date: Date,
    /// The tier in force once it is made, if any.
    pub tier_after: Option<usize>,
}

/// How to reach a target tier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The target's threshold minus what has been bought, to the cent; zero once reached.
    pub needed: Money,
    pub steps: Vec<Step>,
    /// The day the target is in force, once every step is made on its date.
    pub reached_on: Date,
}

/// Why no plan can be given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// No tier has that id.
    UnknownTier,
    /// The tier is granted by arrangement (with sales), not by purchases.
    ByArrangement,
    /// The caps are so small against the threshold that the plan would be absurdly long.
    TooManySteps,
}

/// The longest plan we will spell out.
pub const MAX_STEPS: usize = 1000;

/// The fewest deposits that reach `target`, each within the cap in force when it is made.
///
/// Depositing the most allowed at every step is optimal: caps never fall as the total grows,
/// so a larger earlier deposit never shrinks a later one. Where a wait or a spent month holds
/// the cap down, the plan waits for it rather than adding deposits.
pub fn plan(schedule: &Schedule, ledger: &Ledger, target: &str, today: Date) -> Result<Plan, PlanError> {
    let index = schedule.index_of(target).ok_or(PlanError::UnknownTier)?;
    let tier = &schedule.tiers[index];
    let threshold = tier.threshold.ok_or(PlanError::ByArrangement)?;
    let needed = threshold.saturating_sub(ledger.total());
    let mut steps = Vec::new();
    let mut caps = ledger.caps_from(schedule, today);
    let mut day = today;
    while caps.total() < threshold {
        if steps.len() == MAX_STEPS {
            return Err(PlanError::TooManySteps);
        }
        // A tier already paid for but still waiting gives a higher cap on the day the wait ends.
        let total = caps.total();
        let wait_end = schedule
            .purchasable()
            .filter(|&(_, _, th)| total >= th)
            .filter_map(|(_, t, _)| caps.anchor().ends(t.wait_days))
            .max();
        if let Some(end) = wait_end.filter(|&end| end > day) {
            day = end;
        }
        let remaining = threshold.saturating_sub(total);
        let amount = match caps.most(day) {
            None => remaining,
            Some(most) => {
                let amount = most.min(remaining);
                // Under a monthly cap, what is left of this month can be less than the whole limit.
                // Topping up with it is worth a deposit only if that adds none overall; otherwise
                // the next month, where the whole limit is free again, needs fewer deposits.
                let whole = caps.standing(day).limit.unwrap_or(most);
                let partial = amount < whole.min(remaining);
                let costs_a_deposit =
                    || 1 + fewest(schedule, total + amount, threshold) > fewest(schedule, total, threshold);
                if amount.is_zero() || (partial && costs_a_deposit()) {
                    day = day.next_month_start();
                    continue;
                }
                amount
            }
        };
        caps.deposit(amount, day);
        steps.push(Step { amount, date: day, tier_after: caps.standing(day).tier });
    }
    let reached_on = caps.anchor().ends(tier.wait_days).map_or(day, |end| end.max(day));
    Ok(Plan { needed, steps, reached_on })
}

/// The fewest deposits from `total` to `threshold` once every wait has passed, each on a month
/// of its own: no plan can need fewer, so it tells whether a smaller deposit now costs one more.
fn fewest(schedule: &Schedule, mut total: Money, threshold: Money) -> usize {
    let mut count = 0;
    while total < threshold && count <= MAX_STEPS {
        let remaining = threshold.saturating_sub(total);
        let cap = standing(schedule, total, WaitAnchor::Passed, schedule.as_of).limit;
        total = total + cap.map_or(remaining, |cap| cap.min(remaining));
        count += 1;
    }
    count
}

/// "If I buy this much today": the tier it leads to, or why it would be refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhatIf {
    pub tier: Option<usize>,
    pub limit: Option<Money>,
    pub total: Money,
}

pub fn what_if(schedule: &Schedule, ledger: &Ledger, amount: Money, today: Date) -> Result<WhatIf, LedgerError> {
    if amount.is_zero() {
        return Err(LedgerError::NotPositive);
    }
    let mut caps = ledger.caps_from(schedule, today);
    caps.check(amount, today).map_err(|over| LedgerError::over_cap(amount, over))?;
    caps.deposit(amount, today);
    let tier = caps.standing(today).tier;
    Ok(WhatIf { tier, limit: tier.and_then(|i| schedule.tiers[i].monthly_limit), total: caps.total() })
}
