//! A picture of the ladder: every tier a step with its threshold and limit, a dot where the
//! account stands, and the plan's deposits as arrows up to the target. SVG drawn from the
//! domain's figures, with a text alternative saying the same in words.
//!
//! A function, not a component (see `fold`): it is drawn again with the calculator, on each
//! what-if keystroke too: measured, that stays within the noise of a fraction of a millisecond.

use yew::prelude::*;

use crate::domain::{Money, Plan, Schedule, Tier};
use crate::i18n::{Text, Words};

const WIDTH: u32 = 600;
const HEIGHT: u32 = 230;
const BASE: u32 = 200;
const RISE: u32 = 34;

/// The ladder with the account at `tier` (an index into `schedule.tiers`, `None` below the
/// first) and `total`, and the plan to the chosen target when there is one.
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
    // The picture is markup written here and handed to Yew whole: Yew builds each of its few
    // dozen elements by a call of its own into the browser and keeps each in its virtual DOM,
    // and re-creating the picture only when its text changes is all a picture needs.
    let mut svg = format!(
        r#"<svg class="ladder" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="tierup-ladder-title tierup-ladder-desc" data-testid="ladder"><title id="tierup-ladder-title">"#
    );
    escaped(&mut svg, words.get(Text::LadderTitle));
    svg.push_str(r#"</title><desc id="tierup-ladder-desc" data-testid="ladder-description">"#);
    escaped(&mut svg, &describe(schedule, words, tier, total, plan));
    svg.push_str(&format!(r#"</desc><line class="ground" x1="0" y1="{BASE}" x2="{WIDTH}" y2="{BASE}"/>"#));
    for (k, (_, tier, threshold)) in steps.iter().enumerate() {
        let k = k as u32 + 1;
        let (x, y) = (centre(k), top(k));
        svg.push_str(&format!(
            r#"<g class="step"><rect x="{}" y="{y}" width="{width}" height="{}"/><text x="{x}" y="{}" class="name">"#,
            k * width,
            k * RISE,
            y + 16
        ));
        escaped(&mut svg, tier.name_in(tag));
        svg.push_str(&format!(r#"</text><text x="{x}" y="{}" class="figure">"#, y - 20));
        escaped(&mut svg, &words.money(*threshold));
        svg.push_str(&format!(r#"</text><text x="{x}" y="{}" class="figure">"#, y - 6));
        escaped(&mut svg, &limit_of(tier));
        svg.push_str("</text></g>");
    }
    let here = column(tier);
    let mut from = here;
    for step in plan.iter().flat_map(|p| p.steps.iter()) {
        let to = column(step.tier_after).max(from);
        let (x1, y1, x2, y2) = (centre(from) + 8, top(from) - 40, centre(to) - 8, top(to) - 40);
        from = to;
        svg.push_str(&format!(
            r#"<g class="arrow"><line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/><polygon points="{x2},{y2} {},{} {},{}"/><text x="{}" y="{}" class="figure">"#,
            x2 - 9,
            y2 - 4,
            x2 - 6,
            y2 + 7,
            (x1 + x2) / 2,
            (y1 + y2) / 2 - 12
        ));
        escaped(&mut svg, &words.money(step.amount));
        svg.push_str("</text></g>");
    }
    // The "You" label sits left of the dot, over the lower steps, so the plan's arrows (which go
    // right) never cross it; with no tier yet there is nothing to its left, so it goes above.
    let (side, you_x, you_y) = match here {
        0 => ("above", centre(0), top(0) - 52),
        _ => ("left", centre(here) - 12, top(here) - 36),
    };
    svg.push_str(&format!(
        r#"<circle class="you" cx="{}" cy="{}" r="7"/><text class="you-label" data-side="{side}" x="{you_x}" y="{you_y}">"#,
        centre(here),
        top(here) - 40
    ));
    escaped(&mut svg, &words.fill(Text::YouAre, &[&words.money(total)]));
    svg.push_str("</text></svg>");

    // In a narrow widget the picture's labels would be too small to read: the same steps as a
    // list, top tier last, the one in force marked (the total is in the figures above). CSS
    // shows the list or the picture.
    let rows = steps.iter().enumerate().map(|(k, (_, tier, threshold))| {
        let limit = limit_of(tier);
        let at = here == k as u32 + 1;
        html! {
            <li class={if at { "here" } else { "step" }} aria-current={if at { "step" } else { "false" }}>
                <span class="name">{ tier.name_in(tag) }</span>
                <span class="amount">{ words.money(*threshold) }</span>
                <span class="limit money">{ limit }</span>
            </li>
        }
    });
    html! {
        <>
        <ol class="steps" data-testid="ladder-steps" aria-label={words.get(Text::LadderTitle)}>
            if here == 0 {
                <li class="here" aria-current="step"><span class="name">{ words.get(Text::NoTierYet) }</span></li>
            }
            { for rows }
        </ol>
        { Html::from_html_unchecked(svg.into()) }
        </>
    }
}

/// `text` written into markup as text: the characters that could end it or open a tag escaped
/// (tier names come from the page's schedule file).
fn escaped(markup: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => markup.push_str("&amp;"),
            '<' => markup.push_str("&lt;"),
            '>' => markup.push_str("&gt;"),
            '"' => markup.push_str("&quot;"),
            c => markup.push(c),
        }
    }
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
        sentences.push(words.fill(Text::DescribePlan, &[&amounts.join(words.get(Text::ThenSeparator))]));
    }
    // Chinese and Japanese sentences end in a full-width mark and take no space after it.
    let separator = if matches!(tag, "ja" | "zh-CN" | "zh-TW") { "" } else { " " };
    sentences.join(separator)
}
