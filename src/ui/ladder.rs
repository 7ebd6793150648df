//! A picture of the ladder: every tier a step with its threshold and limit, a dot where the
//! account stands, and the plan's deposits as arrows up to the target. SVG drawn from the
//! domain's figures, with a text alternative saying the same in words.
//!
//! A function, not a component (see `fold`): it is drawn again with the calculator, on each
//! what-if keystroke too: measured, that stays within the noise of a fraction of a millisecond.

use yew::prelude::*;

use crate::domain::text::{concat, decimal, join};
use crate::domain::{Money, Plan, Schedule, Tier};
use crate::i18n::{Text, Words};

const WIDTH: u32 = 600;
const HEIGHT: u32 = 230;
const BASE: u32 = 200;
const RISE: u32 = 34;

/// The ladder with the account at `tier` (an index into `schedule.tiers`, `None` below the
/// first) and `total`, and the plan to the chosen target when there is one.
pub fn ladder(schedule: &Schedule, words: &Words, tier: Option<usize>, total: Money, plan: Option<&Plan>) -> Html {
    let steps: Vec<_> = schedule.purchasable().collect();
    let n = steps.len() as u32;
    let width = WIDTH / (n + 1);
    // Step k (0 = no tier yet) sits at column k, k rises high.
    let column =
        |tier: Option<usize>| tier.and_then(|t| steps.iter().position(|(i, _, _)| *i == t)).map_or(0, |k| k as u32 + 1);
    let top = |k: u32| BASE - k * RISE;
    let centre = |k: u32| k * width + width / 2;

    let limit_of = |tier: &Tier| -> String {
        tier.monthly_limit.map_or(words.string(Text::NoLimitShort), |l| words.fill_money(Text::PerMonth, l))
    };
    // Each step is drawn from its top left corner (and each arrowhead from its tip): its parts
    // then sit at the same places in every step, with fewer coordinates to write.
    let drawn = steps.iter().enumerate().map(|(k, (_, tier, threshold))| {
        let k = k as u32 + 1;
        let limit = limit_of(tier);
        html! {
            <g class="step" transform={translate(k * width, top(k))}>
                <rect width={num(width)} height={num(k * RISE)} />
                <text x={num(width / 2)} y="16" class="name">{ words.tier(tier) }</text>
                <text x={num(width / 2)} y="-20" class="figure">{ words.money(*threshold) }</text>
                <text x={num(width / 2)} y="-6" class="figure">{ limit }</text>
            </g>
        }
    });

    let here = column(tier);
    let mut from = here;
    let arrows = plan.map_or(&[][..], |p| &p.steps).iter().map(|step| {
        let to = column(step.tier_after).max(from);
        let (x1, y1, x2, y2) = (centre(from) + 8, top(from) - 40, centre(to) - 8, top(to) - 40);
        from = to;
        html! {
            <g class="arrow">
                <line x1={num(x1)} y1={num(y1)} x2={num(x2)} y2={num(y2)} />
                <polygon transform={translate(x2, y2)} points="0,0 -9,-4 -6,7" />
                <text x={num((x1 + x2) / 2)} y={num((y1 + y2) / 2 - 12)} class="figure">{ words.money(step.amount) }</text>
            </g>
        }
    }).collect::<Html>();

    // The "You" label sits left of the dot, over the lower steps, so the plan's arrows (which go
    // right) never cross it; with no tier yet there is nothing to its left, so it goes above.
    let (side, you_x, you_y) = match here {
        0 => ("above", centre(0), top(0) - 52),
        _ => ("left", centre(here) - 12, top(here) - 36),
    };
    let description = describe(schedule, words, tier, total, plan);
    // In a narrow widget the picture's labels would be too small to read: the same steps as a
    // list, top tier last, the one in force marked (the total is in the figures above). CSS
    // shows the list or the picture, and styles the step in force by its `aria-current` (no
    // `class={…}`: see `button`).
    let rows = steps.iter().enumerate().map(|(k, (_, tier, threshold))| {
        let limit = limit_of(tier);
        let at = here == k as u32 + 1;
        html! {
            <li aria-current={if at { "step" } else { "false" }}>
                <span class="name">{ words.tier(tier) }</span>
                <span class="amount">{ words.money(*threshold) }</span>
                <span class="limit money">{ limit }</span>
            </li>
        }
    });
    let steps_list = html! {
        <ol class="steps" data-testid="ladder-steps" aria-label={words.get(Text::LadderTitle)}>
            if here == 0 {
                <li aria-current="step"><span class="name">{ words.get(Text::NoTierYet) }</span></li>
            }
            { for rows }
        </ol>
    };
    html! {
        <>
        { steps_list }
        <svg class="ladder" viewBox={concat(&["0 0 ", &num(WIDTH), " ", &num(HEIGHT)])} role="img" aria-labelledby="tierup-ladder-title tierup-ladder-desc"
            data-testid="ladder">
            <title id="tierup-ladder-title">{ words.get(Text::LadderTitle) }</title>
            <desc id="tierup-ladder-desc" data-testid="ladder-description">{ description }</desc>
            <line class="ground" x1="0" y1={num(BASE)} x2={num(WIDTH)} y2={num(BASE)} />
            { for drawn }
            { arrows }
            <circle class="you" cx={num(centre(here))} cy={num(top(here) - 40)} r="7" />
            <text class="you-label" data-side={side} x={num(you_x)} y={num(you_y)}>{ words.fill_money(Text::YouAre, total) }</text>
        </svg>
        </>
    }
}

/// The picture in words, for screen readers and anyone who cannot see it.
fn describe(schedule: &Schedule, words: &Words, tier: Option<usize>, total: Money, plan: Option<&Plan>) -> String {
    let (tag, total) = (words.locale.tag(), words.money(total));
    let mut sentences = vec![match tier {
        Some(i) => words.fill(Text::DescribeAt, &[&total, words.tier(&schedule.tiers[i])]),
        None => words.fill(Text::DescribeNoTier, &[&total]),
    }];
    for (_, t, threshold) in schedule.purchasable() {
        let (name, threshold) = (words.tier(t), words.money(threshold));
        sentences.push(match t.monthly_limit {
            Some(limit) => words.fill(Text::DescribeStep, &[name, &threshold, &words.money(limit)]),
            None => words.fill(Text::DescribeStepNoLimit, &[name, &threshold]),
        });
    }
    if let Some(p) = plan.filter(|p| !p.steps.is_empty()) {
        let amounts: Vec<String> = p.steps.iter().map(|s| words.money(s.amount)).collect();
        sentences.push(words.fill(Text::DescribePlan, &[&join(&amounts, words.get(Text::ThenSeparator))]));
    }
    // Chinese and Japanese sentences end in a full-width mark and take no space after it.
    let separator = if matches!(tag, "ja" | "zh-CN" | "zh-TW") { "" } else { " " };
    join(&sentences, separator)
}

/// A coordinate as SVG writes it.
fn num(n: u32) -> String {
    decimal(n.into())
}

/// A move to `(x, y)`: what is drawn in it is placed from there.
fn translate(x: u32, y: u32) -> String {
    concat(&["translate(", &num(x), " ", &num(y), ")"])
}
