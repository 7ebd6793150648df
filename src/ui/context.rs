//! What every section of an instance takes from the instance it is in, through Yew's context
//! (the shape of yew's `examples/contexts`: one value and one provider component) rather than
//! through the props of each section on the way.

use yew::prelude::*;

use super::state::{Action, State};
use crate::i18n::{dollars, Locale, Words};

/// The words of the instance's language, and where its sections' actions go.
#[derive(Clone, PartialEq)]
pub struct InstanceContext {
    pub words: Words,
    /// Dispatches an action as this instance's, so that its errors and undo show here only.
    pub on_action: Callback<Action>,
}

#[derive(Properties, PartialEq)]
pub struct ProviderProps {
    /// The instance's place in the page's list.
    pub index: usize,
    pub words: Words,
    pub dispatch: UseReducerDispatcher<State>,
    pub children: Html,
}

#[component]
pub fn InstanceProvider(props: &ProviderProps) -> Html {
    // The same callback every render, so that a section re-renders only when what it shows changes.
    let on_action = use_callback((props.index, props.dispatch.clone()), |action, (index, dispatch)| {
        dispatch.dispatch((Some(*index), action));
    });
    let context = InstanceContext { words: props.words, on_action };
    html! {
        <ContextProvider<InstanceContext> {context}>{ props.children.clone() }</ContextProvider<InstanceContext>>
    }
}

/// The context of the instance a section is in. Every section is inside one; were one not, it
/// would speak English and its actions would go nowhere.
#[hook]
pub fn use_instance() -> InstanceContext {
    use_context::<InstanceContext>()
        .unwrap_or_else(|| InstanceContext { words: Words::new(Locale::En, dollars), on_action: Callback::noop() })
}
