//! What every section of an instance takes from the instance it is in, through Yew's context
//! (`InstanceView` provides it) rather than through the props of each section on the way.

use yew::prelude::*;

use super::browser;
use super::state::Action;
use crate::i18n::{Locale, Words};

/// The words of the instance's language, and where its sections' actions go.
#[derive(Clone, PartialEq)]
pub struct InstanceContext {
    pub words: Words,
    /// Dispatches an action as this instance's, so that its errors and undo show here only.
    pub on_action: Callback<Action>,
}

/// The context of the instance a section is in. Every section is inside one; were one not, it
/// would speak English and its actions would go nowhere.
#[hook]
pub fn use_instance() -> InstanceContext {
    use_context::<InstanceContext>().unwrap_or_else(|| InstanceContext {
        words: Words::new(Locale::En, browser::format_usd),
        on_action: Callback::noop(),
    })
}
