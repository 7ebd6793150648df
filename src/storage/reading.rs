//! Storage read, in steps: with 10,000 purchases each step takes tens of milliseconds, so the
//! page runs each in a task of its own. Pure (it works on the entries `local` read in one go),
//! so the native tools and tests read storage with the same code.

use super::keys::{LOG_PREFIX, SETTINGS_KEY};
use super::log::Log;
use super::replay::{replay, Replayed};
use super::settings::{Settings, SettingsError};
use super::{SetAside, Spot, StorageNotice, Unusable};
use crate::domain::{Date, Ledger, Schedule};

/// The settings record among tierup's entries: its text and what it holds, if there is one.
pub fn settings_record(entries: &[(String, String)]) -> Option<(&str, Result<Settings, SettingsError>)> {
    let (_, text) = entries.iter().find(|(key, _)| key == SETTINGS_KEY)?;
    Some((text, Settings::decode(text)))
}

/// What storage holds, as far as it has been read.
#[derive(Debug)]
pub struct Reading {
    pub settings: Settings,
    /// tierup's entries as read, until they are parsed.
    entries: Vec<(String, String)>,
    /// How many of `entries` are parsed (and emptied).
    parsed: usize,
    notices: Vec<StorageNotice>,
    set_aside: Vec<SetAside>,
    logs: Vec<Log>,
    pub replayed: Replayed,
}

impl Reading {
    /// Step 1 (after the settings record is read, or found unusable and dealt with).
    pub fn new(entries: Vec<(String, String)>, settings: Settings, notices: Vec<StorageNotice>) -> Reading {
        let (set_aside, logs, replayed) = Default::default();
        Reading { settings, entries, parsed: 0, notices, set_aside, logs, replayed }
    }

    /// Step 2: each session's log parsed; lines that cannot be read are set aside.
    pub fn parse(&mut self) {
        while self.parse_next() {}
    }

    /// Step 2 a log at a time, so that start-up can pause between logs: parses the next entry
    /// that is a session's log. False once none is left.
    pub fn parse_next(&mut self) -> bool {
        while self.parsed < self.entries.len() {
            let (key, value) = core::mem::take(&mut self.entries[self.parsed]);
            self.parsed += 1;
            if !key.starts_with(LOG_PREFIX) {
                continue;
            }
            match Log::parse(&key, &value) {
                Ok((log, bad)) => {
                    let bad =
                        bad.into_iter().map(|(line, why)| SetAside { key: key.clone(), spot: Spot::Line(line), why });
                    self.set_aside.extend(bad);
                    self.logs.push(log);
                }
                Err(why) => self.set_aside.push(SetAside { key, spot: Spot::Key, why }),
            }
            return true;
        }
        self.entries = Vec::new();
        false
    }

    /// This session's log as it is in memory, in place of what storage holds of it (which may
    /// be behind, after a failed write).
    pub fn with_own(&mut self, own: &Log) {
        match self.logs.iter_mut().find(|log| log.key == own.key) {
            Some(stored) => *stored = own.clone(),
            None => self.logs.push(own.clone()),
        }
    }

    /// Step 3: the logs replayed into the purchases that are live.
    pub fn replay(&mut self) {
        self.replayed = replay(&self.logs, self.settings.cleared_at);
        self.set_aside.append(&mut self.replayed.set_aside);
    }

    /// Other sessions' logs with nothing live left after "Clear all": safe to remove.
    pub fn spent(&self) -> impl Iterator<Item = &str> {
        let cleared_at = self.settings.cleared_at;
        let spent = move |log: &&Log| cleared_at.is_some_and(|c| log.events.iter().all(|e| e.t() <= c));
        self.logs.iter().filter(spent).map(|log| log.key.as_str())
    }

    /// Step 4: the purchases checked against the schedule. One that breaks a rule (two tabs
    /// each adding up to a monthly cap, say) is set aside on its own, its line left where it is.
    pub fn ledger(&mut self, schedule: &Schedule, today: Date) -> (Ledger, Vec<StorageNotice>) {
        let purchases = core::mem::take(&mut self.replayed.purchases);
        let (ledger, left_out) = Ledger::leaving_out_invalid(schedule, self.settings.opening_total, purchases, today);
        for (at, e) in left_out {
            let key = self.logs[self.replayed.log_of[at]].key.clone();
            self.set_aside.push(SetAside { key, spot: Spot::Purchase(e.id), why: Unusable::Rule(e.error) });
        }
        let mut notices = core::mem::take(&mut self.notices);
        if !self.set_aside.is_empty() {
            notices.push(StorageNotice::SetAside(core::mem::take(&mut self.set_aside)));
        }
        (ledger, notices)
    }

    /// The entries that could not be used so far (the native tools report them).
    pub fn set_aside(&self) -> &[SetAside] {
        &self.set_aside
    }
}
