//! Where the tier table comes from (its title, date and source link) and who has the last word:
//! the foot of every view, after the answer and the action. A function, not a component (see
//! `fold`).

use super::raw::raw;
use super::whole::date_whole;
use crate::domain::Schedule;
use crate::formats::markup::Markup;
use crate::i18n::{Text, Words};
use yew::prelude::*;

pub fn schedule_note(schedule: &Schedule, words: &Words) -> Html {
    let as_of = schedule.as_of.iso();
    // Text and a link: written as markup (see `formats::markup`).
    let mut m = Markup::default();
    m.open("footer", &[("class", "about")]).open("p", &[("class", "schedule-note"), ("data-testid", "schedule-note")]);
    date_whole(&mut m, &words.fill(Text::AsOf, &[schedule.title_in(words.locale.tag()), &as_of]), &as_of);
    if let Some(url) = &schedule.source {
        m.text(" · ");
        let link = [
            ("href", &**url),
            ("target", "_blank"),
            ("rel", "noopener noreferrer"),
            ("data-testid", "schedule-source"),
        ];
        m.element("a", &link, words.get(Text::SourceLink));
    }
    m.close("p").element("p", &[("class", "aid"), ("data-testid", "planning-aid")], words.get(Text::PlanningAid));
    m.close("footer");
    raw(m)
}
