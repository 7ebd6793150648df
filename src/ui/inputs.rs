//! What the reader set in an instance that is not the ledger: the calculator's tier and what-if
//! text, and how many of the purchase list's rows are shown. The widget's state keeps them, by
//! instance, so the sections that show them are plain functions (see `fold`).

/// Purchase rows shown at first and added by "Show more": a long history must not make every
/// render pay for every row.
pub const PAGE: usize = 50;

#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AllInputs(Vec<Inputs>);

impl AllInputs {
    pub fn of(&self, index: usize) -> Option<&Inputs> {
        self.0.get(index)
    }

    /// Takes what the reader set in instance `index`.
    pub fn set(&mut self, index: usize, input: Input) {
        if self.0.len() <= index {
            self.0.resize(index + 1, Inputs::default());
        }
        let inputs = &mut self.0[index];
        match input {
            Input::Target(id) => inputs.target = Some(id),
            Input::WhatIf(text) => inputs.what_if = text,
            Input::MoreRows => inputs.rows += PAGE,
        }
    }
}
