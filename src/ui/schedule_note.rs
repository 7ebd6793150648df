//! Where the tier table comes from (its title, date and source link) and who has the last word:
//! the foot of every view, after the answer and the action. A function, not a component (see
//! `fold`).

use super::whole::date_whole;
use crate::domain::Schedule;
use crate::i18n::{Text, Words};
use yew::prelude::*;

pub fn schedule_note(schedule: &Schedule, words: &Words) -> Html {
    let as_of = schedule.as_of.iso();
    html! {
        <footer class="about">
            <p class="schedule-note" data-testid="schedule-note">
                { date_whole(&words.fill(Text::AsOf, &[words.title(schedule), &as_of]), &as_of) }
                if let Some(url) = &schedule.source {
                    { " · " }
                    <a href={url.clone()} target="_blank" rel="noopener noreferrer" data-testid="schedule-source">
                        { words.get(Text::SourceLink) }
                    </a>
                }
            </p>
            <p class="aid" data-testid="planning-aid">{ words.get(Text::PlanningAid) }</p>
        </footer>
    }
}
