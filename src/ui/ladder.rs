//! A picture of the ladder: every tier a step with its threshold and limit, a dot where the
//! account stands, and the plan's deposits as arrows up to the target. SVG drawn from the
//! domain's figures, with a text alternative saying the same in words.
//!
//! A function, not a component (see `fold`): it is written again with the calculator, on each
//! what-if keystroke too, and the browser draws it again only when the text differs.

use yew::prelude::*;

use super::raw::raw;
use crate::domain::text::{concat, decimal, join};
use crate::domain::{Money, Plan, Schedule, Tier};
use crate::formats::markup::Markup;
use crate::i18n::{Text, Words};

const WIDTH: u32 = 600;
const HEIGHT: u32 = 230;
const BASE: u32 = 200;
const RISE: u32 = 34;

/// The ladder with the account at `tier` (an index into `schedule.tiers`, `None` below the
/// first) and `total`, and the plan to the chosen target when there is one.
///
/// A picture with nothing to click: written as markup (see `formats::markup`), which the
/// browser parses again only when the text changes.
pub fn ladder(schedule: &Schedule, words: &Words, tier: Option<usize>, total: Money, plan: Option<&Plan>) -> Html {
    let tag = words.locale.tag();
    let steps: Vec<_> = schedule.purchasable().collect();
    let n = steps.len() as u32;
    let width = WIDTH / (n + 1);
    // Step k (0 = no tier yet) sits at column k, k rises high.
    let column =
        |tier: Option<usize>| tier.and_then(|t| steps.iter().position(|(i, _, _)| *i == t)).map_or(0, |k| k as u32 + 1);
    let top = |k: u32| BASE - k * RISE;
    let centre = |k: u32| k * width + width / 2;
    let limit_of = |tier: &Tier| -> String {
        tier.monthly_limit
            .map_or(words.get(Text::NoLimitShort).into(), |l| words.fill(Text::PerMonth, &[&words.money(l)]))
    };
    let here = column(tier);
    let mut m = Markup::default();

    // In a narrow widget the picture's labels would be too small to read: the same steps as a
    // list, top tier last, the one in force marked (the total is in the figures above). CSS
    // shows the list or the picture.
    m.open("ol", &[("class", "steps"), ("data-testid", "ladder-steps"), ("aria-label", words.get(Text::LadderTitle))]);
    if here == 0 {
        m.open("li", &[("class", "here"), ("aria-current", "step")]);
        m.element("span", &[("class", "name")], words.get(Text::NoTierYet)).close("li");
    }
    for (k, (_, tier, threshold)) in steps.iter().enumerate() {
        let at = here == k as u32 + 1;
        m.open(
            "li",
            &[("class", if at { "here" } else { "step" }), ("aria-current", if at { "step" } else { "false" })],
        );
        m.element("span", &[("class", "name")], tier.name_in(tag));
        m.element("span", &[("class", "amount")], &words.money(*threshold));
        m.element("span", &[("class", "limit money")], &limit_of(tier)).close("li");
    }
    m.close("ol");

    m.open(
        "svg",
        &[
            ("class", "ladder"),
            ("viewBox", &concat(&["0 0 ", &num(WIDTH), " ", &num(HEIGHT)])),
            ("role", "img"),
            ("aria-labelledby", "tierup-ladder-title tierup-ladder-desc"),
            ("data-testid", "ladder"),
        ],
    );
    m.element("title", &[("id", "tierup-ladder-title")], words.get(Text::LadderTitle));
    let description = describe(schedule, words, tier, total, plan);
    m.element("desc", &[("id", "tierup-ladder-desc"), ("data-testid", "ladder-description")], &description);
    m.empty("line", &[("class", "ground"), ("x1", "0"), ("y1", &num(BASE)), ("x2", &num(WIDTH)), ("y2", &num(BASE))]);
    for (k, (_, tier, threshold)) in steps.iter().enumerate() {
        let k = k as u32 + 1;
        let (x, y) = (&num(centre(k)), top(k));
        m.open("g", &[("class", "step")]);
        m.empty("rect", &[("x", &num(k * width)), ("y", &num(y)), ("width", &num(width)), ("height", &num(k * RISE))]);
        m.element("text", &[("x", x), ("y", &num(y + 16)), ("class", "name")], tier.name_in(tag));
        m.element("text", &[("x", x), ("y", &num(y - 20)), ("class", "figure")], &words.money(*threshold));
        m.element("text", &[("x", x), ("y", &num(y - 6)), ("class", "figure")], &limit_of(tier)).close("g");
    }
    let mut from = here;
    for step in plan.iter().flat_map(|p| p.steps.iter()) {
        let to = column(step.tier_after).max(from);
        let (x1, y1, x2, y2) = (centre(from) + 8, top(from) - 40, centre(to) - 8, top(to) - 40);
        from = to;
        let (tip_x, tip_y) = (&num(x2), &num(y2));
        let points =
            concat(&[tip_x, ",", tip_y, " ", &num(x2 - 9), ",", &num(y2 - 4), " ", &num(x2 - 6), ",", &num(y2 + 7)]);
        m.open("g", &[("class", "arrow")]);
        m.empty("line", &[("x1", &num(x1)), ("y1", &num(y1)), ("x2", tip_x), ("y2", tip_y)]);
        m.empty("polygon", &[("points", &points)]);
        let label_at = [("x", &*num((x1 + x2) / 2)), ("y", &num((y1 + y2) / 2 - 12)), ("class", "figure")];
        m.element("text", &label_at, &words.money(step.amount)).close("g");
    }
    // The "You" label sits left of the dot, over the lower steps, so the plan's arrows (which go
    // right) never cross it; with no tier yet there is nothing to its left, so it goes above.
    let (side, you_x, you_y) = match here {
        0 => ("above", centre(0), top(0) - 52),
        _ => ("left", centre(here) - 12, top(here) - 36),
    };
    m.empty("circle", &[("class", "you"), ("cx", &num(centre(here))), ("cy", &num(top(here) - 40)), ("r", "7")]);
    let you_at = [("class", "you-label"), ("data-side", side), ("x", &*num(you_x)), ("y", &num(you_y))];
    m.element("text", &you_at, &words.fill(Text::YouAre, &[&words.money(total)])).close("svg");
    raw(m)
}

/// The picture in words, for screen readers and anyone who cannot see it.
fn describe(schedule: &Schedule, words: &Words, tier: Option<usize>, total: Money, plan: Option<&Plan>) -> String {
    let (tag, total) = (words.locale.tag(), words.money(total));
    let mut sentences = vec![match tier {
        Some(i) => words.fill(Text::DescribeAt, &[&total, schedule.tiers[i].name_in(tag)]),
        None => words.fill(Text::DescribeNoTier, &[&total]),
    }];
    for (_, t, threshold) in schedule.purchasable() {
        let (name, threshold) = (t.name_in(tag), words.money(threshold));
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
