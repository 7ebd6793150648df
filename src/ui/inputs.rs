//! What the reader set in an instance that is not the ledger: the calculator's tier and what-if
//! text, and how many of the purchase list's rows are shown. The widget keeps them, by instance,
//! so the sections that show them are plain functions (see `fold`).

use std::rc::Rc;

use yew::Reducible;

/// Purchase rows shown at first and added by "Show more": a long history must not make every
/// render pay for every row.
pub const PAGE: usize = 50;

#[derive(Clone, PartialEq)]
pub struct Inputs {
    /// The tier picked in the calculator; until then the page's `data-target-tier`, else the next.
    pub target: Option<String>,
    /// The what-if amount as typed.
    pub what_if: String,
    /// How many purchase rows are shown (at most).
    pub rows: usize,
}

impl Default for Inputs {
    fn default() -> Inputs {
        Inputs { target: None, what_if: String::new(), rows: PAGE }
    }
}

pub enum Input {
    Target(String),
    WhatIf(String),
    MoreRows,
}

/// Every instance's [`Inputs`], by instance index.
#[derive(Clone, Default, PartialEq)]
pub struct AllInputs(Vec<Inputs>);

impl AllInputs {
    pub fn of(&self, index: usize) -> Option<&Inputs> {
        self.0.get(index)
    }
}

impl Reducible for AllInputs {
    type Action = (usize, Input);

    fn reduce(self: Rc<Self>, (index, input): (usize, Input)) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.0.len() <= index {
            next.0.resize(index + 1, Inputs::default());
        }
        let inputs = &mut next.0[index];
        match input {
            Input::Target(id) => inputs.target = Some(id),
            Input::WhatIf(text) => inputs.what_if = text,
            Input::MoreRows => inputs.rows += PAGE,
        }
        Rc::new(next)
    }
}
