//! Each refusal and notice of the domain, storage and page settings, in words.

use super::{Text, Words};
use crate::config::ConfigError;
use crate::domain::advice::MAX_STEPS;
use crate::domain::text::{concat, decimal, join};
use crate::domain::{AmountError, DateError, LedgerError, Money, NumberStyle, PlanError};
use crate::formats::json::{JsonError, Kind};
use crate::formats::{EntryProblem, FileError, ScheduleError};
use crate::storage::{SetAside, Spot, StorageNotice, Unusable};

impl Words {
    /// With the language's own separators in its examples, so they match what the reader types.
    pub fn amount_error(&self, error: &AmountError) -> String {
        self.amount_error_in(error, &self.locale.number_style())
    }

    /// An amount in a file or a schedule: those are always written `40.50`, whatever the language.
    fn data_amount_error(&self, error: &AmountError) -> String {
        self.amount_error_in(error, &NumberStyle::EN)
    }

    fn amount_error_in(&self, error: &AmountError, style: &NumberStyle) -> String {
        let cents = concat(&["40", style.decimal().encode_utf8(&mut [0; 4]), "50"]);
        let example = style.example();
        match error {
            AmountError::Empty => self.fill(Text::AmountEmpty, &["40", &cents]),
            AmountError::NotANumber => self.fill(Text::AmountNotNumber, &["40", &cents]),
            AmountError::NotPositive => self.fill_money(Text::AmountNotPositive, Money::ZERO),
            AmountError::TooManyDecimals => self.string(Text::AmountTooManyDecimals),
            AmountError::TooLarge => self.string(Text::AmountTooLarge),
            AmountError::BadGrouping => {
                let text = match style.group() {
                    ',' => Text::GroupsCommas,
                    '.' => Text::GroupsPoints,
                    _ => Text::GroupsSpaces,
                };
                self.fill(text, &[&example])
            }
            AmountError::Ambiguous => {
                let text = if style.decimal() == ',' { Text::CentsAfterComma } else { Text::CentsAfterPoint };
                self.fill(text, &[&example])
            }
            AmountError::NotDollars => self.fill(Text::AmountNotDollars, &["40", &cents]),
        }
    }

    pub fn date_error(&self, error: &DateError) -> String {
        self.get(match error {
            DateError::Malformed => Text::DateMalformed,
            DateError::NoSuchDay => Text::DateNoSuchDay,
        })
        .into()
    }

    pub fn ledger_error(&self, error: &LedgerError) -> String {
        match error {
            LedgerError::OverCap { amount, limit, most } => {
                self.fill(Text::OverCap, &[&self.money(*amount), &self.money(*limit), &self.money(*most)])
            }
            LedgerError::BreaksLater { amount, date, limit } => {
                self.fill(Text::BreaksLater, &[&self.money(*amount), &date.iso(), &self.money(*limit)])
            }
            LedgerError::FutureDate { date } => self.fill(Text::FutureDate, &[&date.iso()]),
            LedgerError::NotPositive => self.amount_error(&AmountError::NotPositive),
            LedgerError::DuplicateId { id } => self.fill(Text::DuplicateId, &[id]),
            LedgerError::UnknownId { id } => self.fill(Text::UnknownId, &[id]),
        }
    }

    pub fn plan_error(&self, error: &PlanError) -> String {
        match error {
            PlanError::UnknownTier => self.string(Text::PlanUnknownTier),
            PlanError::ByArrangement => self.string(Text::PlanByArrangement),
            PlanError::TooManySteps => self.fill(Text::PlanTooManySteps, &[&self.number(MAX_STEPS as u64)]),
        }
    }

    pub fn file_error(&self, error: &FileError) -> String {
        match error {
            FileError::Json(e) => self.fill(Text::FileNotLedger, &[&self.json_error(e)]),
            FileError::WrongFormat(name) => self.fill(Text::FileWrongFormat, &[name]),
            FileError::NewerVersion(v) => self.fill(Text::FileNewer, &[&decimal((*v).into())]),
            FileError::UnknownVersion(v) => self.fill(Text::FileUnknownVersion, &[&decimal((*v).into())]),
            FileError::OpeningTotal(e) => self.fill(Text::FileOpeningTotal, &[&self.data_amount_error(e)]),
            FileError::Entry { index, id, why } => {
                let (position, why) = (self.number(*index as u64 + 1), self.entry_problem(why));
                match id {
                    Some(id) => self.fill(Text::FileEntryWithId, &[&position, id, &why]),
                    None => self.fill(Text::FileEntry, &[&position, &why]),
                }
            }
            FileError::Conflict(e) => self.ledger_error(e),
        }
    }

    fn entry_problem(&self, problem: &EntryProblem) -> String {
        match problem {
            EntryProblem::Shape(e) => self.json_error(e),
            EntryProblem::EmptyId => self.string(Text::FileEmptyId),
            EntryProblem::Amount(e) => self.data_amount_error(e),
            EntryProblem::Date(e) => self.date_error(e),
            EntryProblem::Rule(e) => self.ledger_error(e),
        }
    }

    pub fn schedule_error(&self, error: &ScheduleError) -> String {
        let (text, arg) = match error {
            ScheduleError::Json(e) => (Text::ScheduleJson, self.json_error(e)),
            ScheduleError::EmptyTitle => (Text::ScheduleEmptyTitle, String::new()),
            ScheduleError::NoTiers => (Text::ScheduleNoTiers, String::new()),
            ScheduleError::NoPurchasableTier => (Text::ScheduleNoPurchasable, String::new()),
            ScheduleError::EmptyId { position } => (Text::ScheduleEmptyId, self.number(*position as u64)),
            ScheduleError::DuplicateId { id } => (Text::ScheduleDuplicateId, id.clone()),
            ScheduleError::EmptyName { id } => (Text::ScheduleEmptyName, id.clone()),
            ScheduleError::MissingThreshold { id } => (Text::ScheduleMissingThreshold, id.clone()),
            ScheduleError::ThresholdNotIncreasing { id } => (Text::ScheduleNotIncreasing, id.clone()),
            ScheduleError::ArrangementNotLast { id } => (Text::ScheduleArrangementNotLast, id.clone()),
            ScheduleError::LimitNotPositive { id } => (Text::ScheduleLimitZero, id.clone()),
            ScheduleError::LimitDecreasing { id } => (Text::ScheduleLimitDecreasing, id.clone()),
        };
        self.fill(text, &[&arg])
    }

    /// What is wrong with a JSON document, naming the field by its path (`tiers[2].wait_days`).
    pub fn json_error(&self, error: &JsonError) -> String {
        let (text, at) = match error {
            JsonError::Syntax { line, column } => {
                return self.fill(Text::JsonSyntax, &[&self.number(*line as u64), &self.number(*column as u64)]);
            }
            JsonError::WrongKind { at, .. } if at.is_empty() => return self.string(Text::JsonNotObject),
            JsonError::Amount { at, why } => return self.fill(Text::JsonField, &[at, &self.data_amount_error(why)]),
            JsonError::Date { at, why } => return self.fill(Text::JsonField, &[at, &self.date_error(why)]),
            JsonError::Missing { at } => (Text::JsonMissing, at),
            JsonError::Unknown { at } => (Text::JsonUnknown, at),
            JsonError::Duplicate { at } => (Text::JsonDuplicate, at),
            JsonError::BadValue { at } => (Text::JsonBadValue, at),
            JsonError::WrongKind { at, expected } => {
                let text = match expected {
                    Kind::Text => Text::JsonWantText,
                    Kind::WholeNumber => Text::JsonWantNumber,
                    Kind::TrueOrFalse => Text::JsonWantBool,
                    Kind::List => Text::JsonWantList,
                    Kind::Object => Text::JsonWantObject,
                };
                (text, at)
            }
        };
        self.fill(text, &[at])
    }

    pub fn config_error(&self, error: &ConfigError) -> String {
        match error {
            ConfigError::UnknownView(v) => self.fill(Text::ConfigView, &[v]),
            ConfigError::UnknownLocale(l) => self.fill(Text::ConfigLocale, &[l, self.locale.name()]),
            ConfigError::UnknownTargetTier(t) => self.fill(Text::ConfigTargetTier, &[t]),
            ConfigError::EmptyScheduleUrl => self.string(Text::ConfigScheduleEmpty),
        }
    }

    pub fn notice(&self, notice: &StorageNotice) -> String {
        match notice {
            StorageNotice::Unavailable => self.string(Text::StorageUnavailable),
            StorageNotice::SetAside(entries) => {
                let list: Vec<String> = entries.iter().map(|entry| self.set_aside(entry)).collect();
                self.count(Text::StorageSetAside, entries.len() as u64, &[&join(&list, "; ")])
            }
            StorageNotice::Quarantined { key, why } => {
                self.fill(Text::StorageQuarantined, &[&self.storage_reason(why), key])
            }
            StorageNotice::LeftInPlace { key, why } => {
                self.fill(Text::StorageLeftInPlace, &[key, &self.storage_reason(why)])
            }
            StorageNotice::NewerVersion(v) => self.fill(Text::StorageNewer, &[&decimal((*v).into())]),
            StorageNotice::WriteFailed => self.string(Text::StorageWriteFailed),
        }
    }

    /// A stored entry set aside: where it is, and why, with the key as the browser shows it.
    fn set_aside(&self, entry: &SetAside) -> String {
        let place = match &entry.spot {
            Spot::Key => entry.key.clone(),
            Spot::Line(line) => self.fill(Text::StorageAtLine, &[&entry.key, &self.number(*line as u64)]),
            Spot::Purchase(id) => concat(&[&entry.key, " (", id, ")"]),
        };
        concat(&["\"", &place, "\" (", &self.storage_reason(&entry.why), ")"])
    }

    pub fn storage_reason(&self, why: &Unusable) -> String {
        let text = match why {
            Unusable::NotAnEvent => Text::StorageNotAnEvent,
            Unusable::NotATime => Text::StorageNotATime,
            Unusable::NotAnAmount => Text::StorageNotAnAmount,
            Unusable::NotADate => Text::StorageNotADate,
            Unusable::BadId => Text::StorageBadId,
            Unusable::NoSessionSuffix => Text::StorageNoSessionSuffix,
            Unusable::IdTaken => Text::StorageIdTaken,
            Unusable::Rule(e) => return self.ledger_error(e),
            Unusable::Json(e) => return self.json_error(e),
            Unusable::WrongFormat(name) => return self.fill(Text::StorageWrongFormat, &[name]),
        };
        self.get(text).into()
    }
}
